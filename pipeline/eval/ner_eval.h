// NER evaluation: gold corpora (CoNLL-2003 as .conll in IOB1 or as the
// derived JSON lines) and CoNLL-style scoring: a predicted entity counts only
// when its span and type both match a gold one exactly. Precision, recall and
// F1 per type (PER, ORG, LOC, MISC), micro over PER+ORG+LOC (the issue's
// target), micro over all four, and untyped spans, as
// ../shared/tools/score.py ner computes them.
//
//   auto gold = ReadNerGold("conll2003/dev.jsonl");
//   NerScorer s;
//   for (const NerDoc& d : *gold) s.Add(d.spans, Predict(d.text));
//   s.Print(std::cout);
//
// Thread safety: plain data; NerScorer is not synchronized.
#ifndef NEWSIE_PIPELINE_EVAL_NER_EVAL_H_
#define NEWSIE_PIPELINE_EVAL_NER_EVAL_H_

#include <array>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "pipeline/document.h"
#include "pipeline/status.h"

namespace newsie {

// Types scored, in print order.
enum NerType : int { kNerPer = 0, kNerOrg, kNerLoc, kNerMisc, kNumNerTypes };
const char* NerTypeName(int t);  // "PER", ...
// PERSON->PER, ORGANIZATION->ORG, LOCATION->LOC, anything else MISC.
int NerTypeOf(EntityType t);

// Byte offsets into the document text, half-open.
struct NerSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  int type = kNerMisc;
  friend bool operator<(const NerSpan& a, const NerSpan& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end < b.end;
    return a.type < b.type;
  }
  friend bool operator==(const NerSpan& a, const NerSpan& b) {
    return a.begin == b.begin && a.end == b.end && a.type == b.type;
  }
};

struct NerDoc {
  std::string id;
  std::string text;
  std::vector<NerSpan> spans;
};

// Reads a gold file by extension: ".conll" (CoNLL-2003 columns, IOB1; text
// built as the JSON lines are: tokens joined by one space, sentences by
// "\n") or JSON lines ({"id", "text", "entities": [{"start", "end",
// "type"}]}, code-point offsets, converted to bytes). NotFound when the file
// is missing; InvalidArgument naming file:line on malformed input.
StatusOr<std::vector<NerDoc>> ReadNerGold(const std::string& path);

// Decodes IOB1 or BIO tags (one per token; "O", "I-PER", "B-LOC", ...) into
// spans over tokens: returns (first token, last token + 1, type).
struct TokenSpan {
  uint32_t begin, end;
  int type;
};
std::vector<TokenSpan> DecodeIob(const std::vector<std::string>& tags);

// The spans a document's mentions give (name mentions only).
std::vector<NerSpan> SpansFromMentions(const Document& doc);

struct Prf {
  uint64_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0.0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

class NerScorer {
 public:
  // Adds one document; duplicate spans count once, as sets do.
  void Add(std::vector<NerSpan> gold, std::vector<NerSpan> pred);
  const Prf& type(int t) const { return by_type_[t]; }
  Prf MicroPerOrgLoc() const;
  Prf MicroAll() const;
  const Prf& untyped() const { return untyped_; }
  uint64_t docs() const { return docs_; }
  // The score.py-like table.
  void Print(std::ostream& os) const;

 private:
  std::array<Prf, kNumNerTypes> by_type_{};
  Prf untyped_;
  uint64_t docs_ = 0;
};

class Pipeline;

struct NerEvalOptions {
  // Score mentions flagged as metonymy ("the Kremlin" as ORGANIZATION) as
  // LOC, as CoNLL-2003 annotates them.
  bool metonymy_as_location = false;
  // Print up to this many false negatives / false positives to `errors`.
  int show = 0;
};

// Runs `pipeline` over each gold document's text and scores its name
// mentions. Documents whose run failed score as predicting nothing.
NerScorer EvaluateNer(const Pipeline& pipeline, const std::vector<NerDoc>& gold,
                      const NerEvalOptions& options, std::ostream* errors);

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_EVAL_NER_EVAL_H_
