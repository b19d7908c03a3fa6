// SniffInput(): tells newsie records (`newsie extract` output, read back
// with pipeline/record_reader.h) from article dumps and .txt files (to be
// extracted first), so `newsie reconcile` and `newsie diff` accept both.
//
//   auto kind = SniffInput("dump.jsonl.gz");  // kArticles
//
// Thread safety: stateless.
#ifndef NEWSIE_PIPELINE_RECONCILE_INPUT_KIND_H_
#define NEWSIE_PIPELINE_RECONCILE_INPUT_KIND_H_

#include <string>

#include "newsie/v1/document.pb.h"
#include "pipeline/status.h"

namespace newsie::reconcile {

enum class InputKind {
  kRecordsJsonl,  // ArticleRecord JSON lines (an "article" object per line)
  kRecordsPb,     // varint-delimited ArticleRecord messages
  kArticles,      // article dumps or plain text: to be extracted first
};

// Looks at the first bytes of `path` (after gunzip): a JSON line with an
// "article" object is records; another JSON line is an article dump; a
// stream whose first message parses as an ArticleRecord with an article is
// records (pb); anything else (plain text, directories) is articles.
// NotFound when the path cannot be opened.
StatusOr<InputKind> SniffInput(const std::string& path);


}  // namespace newsie::reconcile

#endif  // NEWSIE_PIPELINE_RECONCILE_INPUT_KIND_H_
