// Scoring the holders of numeric claims (Claim::holder: who states the
// number) against PolNeAR attributions. A claim's number (its value span)
// that overlaps a gold attribution's content is stated by that
// attribution's source; a number outside every gold content, source and cue
// is stated by nobody but the article.
//
//  - Recall: over claims inside a content whose attribution has a source,
//    the share whose holder mention overlaps a gold source fragment
//    ("mention"), or whose holder entity has some mention overlapping it
//    ("entity": a gold "he" our holder resolves to the name, or a name our
//    holder reached through a pronoun; the entity's mentions and its
//    coreference references count; also a gold relative pronoun right
//    after the holder mention: "Mark Zuckerberg, who announced ...").
//  - Precision: over claims given a holder (resolved or named, as records
//    write it), the share inside a content with a source that match.
//    Claims given a holder outside every content are false holders; PolNeAR
//    leaves some attributions unannotated, so read them before trusting it.
//  - A number inside a gold source or cue only ("500 economists said") is
//    counted apart and not scored.
// Offsets are compared in code points, as the gold gives them.
//
//   HolderScorer scorer;
//   scorer.Add(gold_doc, doc);  // doc ran through the pipeline
//   scorer.scores().recall();
//
// Thread safety: a HolderScorer is used by one thread.
#ifndef NEWSIE_PIPELINE_EVAL_HOLDERS_EVAL_H_
#define NEWSIE_PIPELINE_EVAL_HOLDERS_EVAL_H_

#include <string>
#include <vector>

#include "pipeline/document.h"
#include "pipeline/eval/quotes_eval.h"

namespace newsie {

struct HolderScores {
  int docs = 0;
  int claims = 0;
  // Claims inside a content whose attribution has a source, and of those
  // how many have the right holder (by mention, by entity) and none.
  int sourced = 0, right = 0, right_entity = 0, empty = 0;
  int sourceless = 0;      // inside a content whose attribution has no source
  int source_or_cue = 0;   // outside every content, inside a source or cue
  int outside = 0;         // outside every content, source and cue
  // Claims given a holder (those in a source or cue only left out), and how
  // many of them lie inside a sourceless content or outside every content.
  int given = 0, given_sourceless = 0, given_outside = 0;
  // Of the holders given, those whose number stands inside a predicted
  // quote's content (the rest come from an attributed sentence), and how
  // many of each are right (by mention).
  int given_in_quote = 0, right_in_quote = 0;

  double recall() const { return sourced ? double(right) / sourced : 0; }
  double recall_entity() const { return sourced ? double(right_entity) / sourced : 0; }
  double precision() const { return given ? double(right) / given : 0; }
  double precision_entity() const { return given ? double(right_entity) / given : 0; }
  double f1() const;
  double f1_entity() const;
};

enum class HolderErrorKind {
  kMissed,  // inside a sourced content, no holder
  kWrong,   // inside a sourced content, a holder that is not the source
  kFalse,   // a holder outside every content (or inside a sourceless one)
};

// One error, for --show: the number, the holder given, the gold source and
// the claim's sentence (UTF-8 text).
struct HolderError {
  HolderErrorKind kind = HolderErrorKind::kMissed;
  std::string doc_id, number, holder, gold_source, sentence;
  bool in_quote = false;  // the number stands inside a predicted quote
};

class HolderScorer {
 public:
  // Scores `doc.claims()` against `gold`. REQUIRES: doc.text() == gold.text.
  void Add(const GoldQuoteDoc& gold, const Document& doc);
  const HolderScores& scores() const { return scores_; }
  // Every error, in document order.
  const std::vector<HolderError>& errors() const { return errors_; }
  // The human table.
  std::string Table() const;
  // One JSON object with the headline figures.
  std::string SummaryJson() const;

 private:
  HolderScores scores_;
  std::vector<HolderError> errors_;
};

// "MISSED", "WRONG", "FALSE".
const char* HolderErrorKindName(HolderErrorKind k);

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_EVAL_HOLDERS_EVAL_H_
