// TextExtractor ("text.icu"): the text stage as a pipeline extractor; adds
// kTokens (tokens, sentences, paragraphs). See pipeline/tokenizer.h for the
// rules.
//
//   auto ex = TextExtractor::Create(ctx);
//   (*ex)->Extract(doc);
//
// Thread safety: immutable; Extract() may run concurrently on distinct
// Documents.
#ifndef NEWSIE_EXTRACTORS_TEXT_TEXT_EXTRACTOR_H_
#define NEWSIE_EXTRACTORS_TEXT_TEXT_EXTRACTOR_H_

#include <memory>

#include "pipeline/extractor.h"

namespace newsie {

class TextExtractor : public Extractor {
 public:
  static StatusOr<std::unique_ptr<Extractor>> Create(const ExtractorContext& ctx);
  const ExtractorInfo& info() const override { return info_; }
  Status Extract(Document& doc) const override;

 private:
  TextExtractor();
  ExtractorInfo info_;
};

}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_TEXT_TEXT_EXTRACTOR_H_
