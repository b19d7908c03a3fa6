// Scoring flagged claim and quote changes against a hand-written gold set
// of real changes between article versions (`newsie eval reconcile`).
//
// Gold file: tab-separated lines, '#' comments.
//   pair    ARTICLE_ID  FROM  TO  SCOPE  [QUOTE_SCOPE]
//   change  ARTICLE_ID  FROM  TO  KIND  BEFORE  BEFORE_UNIT  AFTER  AFTER_UNIT  CONTEXT
//   quote   ARTICLE_ID  FROM  TO  KIND  SPEAKER_BEFORE  SPEAKER_AFTER  CONTEXT
// SCOPE "all": every claim change of the pair is in the gold (ADDED and
// REMOVED included); "revisions": only VALUE_CHANGED, QUALIFIER_CHANGED and
// UNIT_CHANGED are annotated (rewritten stories, where listing every new
// number is not useful), so only flags of those kinds count. BEFORE/AFTER
// are numbers or "-" (absent side); units and context are for readers.
// QUOTE_SCOPE "all": every quote change of the pair is in the gold (quote
// lines need it); "none" (the default, for files without the column): the
// pair's quote flags are not scored. A quote KIND is ADDED, REMOVED,
// TEXT_CHANGED or SPEAKER_CHANGED; speakers are "-" on an absent side;
// CONTEXT is a few words of the quote (either version) that identify it.
//
//   auto gold = LoadGold("tests/testdata/reconcile/gold/news_article_versions.tsv");
//   GoldScore s = ScoreReports(*gold, reports);  // one report per gold pair
//   s.precision(), s.recall();
//
// Thread safety: values.
#ifndef NEWSIE_PIPELINE_RECONCILE_GOLD_EVAL_H_
#define NEWSIE_PIPELINE_RECONCILE_GOLD_EVAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "newsie/v1/reconcile.pb.h"
#include "pipeline/status.h"

namespace newsie::reconcile {

struct GoldPair {
  std::string article_id;
  int64_t from = 0, to = 0;
  bool revisions_only = false;
  bool quotes_annotated = false;  // QUOTE_SCOPE "all"
};

struct GoldChange {
  std::string article_id;
  int64_t from = 0, to = 0;
  v1::ChangeKind kind = v1::CHANGE_KIND_UNSPECIFIED;
  std::optional<double> before, after;
  std::string context;
};

struct GoldQuoteChange {
  std::string article_id;
  int64_t from = 0, to = 0;
  v1::ChangeKind kind = v1::CHANGE_KIND_UNSPECIFIED;
  std::string speaker_before, speaker_after;  // "-" when absent
  std::string context;
};

struct Gold {
  std::vector<GoldPair> pairs;
  std::vector<GoldChange> changes;
  std::vector<GoldQuoteChange> quote_changes;
};

// NotFound when the file is missing; InvalidArgument "file:line: reason"
// for a malformed line, a change outside the declared pairs or a quote
// change of a pair whose quotes are not annotated.
StatusOr<Gold> LoadGold(const std::string& path);

// Counts of one kind of change (claims or quotes).
struct GoldTally {
  uint64_t flagged = 0, gold = 0, matched = 0;
  std::vector<std::string> false_positives;  // "id from->to KIND 20 -> 26"
  std::vector<std::string> misses;
  double precision() const { return flagged ? double(matched) / double(flagged) : 1.0; }
  double recall() const { return gold ? double(matched) / double(gold) : 1.0; }
};

// Claim changes (the members GoldScore inherits) and quote changes.
struct GoldScore : GoldTally {
  uint64_t quote_pairs = 0;  // pairs with QUOTE_SCOPE "all"
  GoldTally quotes;
  // Matched quote changes whose flag names the gold speakers (the last word
  // of each gold speaker other than "-" in the flagged side's name), and
  // the others ("id from->to KIND before -> after  (gold: A -> B)").
  uint64_t quote_speakers_right = 0;
  std::vector<std::string> quote_wrong_speakers;
};

// Scores the claim changes of `reports` (matched to gold pairs by article id
// and versions; reports of other pairs are ignored). A flag matches a gold
// change of the same pair and kind whose present sides have equal values;
// each gold change matches at most one flag. Quote flags of pairs with
// QUOTE_SCOPE "all" are scored likewise: a flag matches a gold quote change
// of the same pair and kind whose CONTEXT occurs (case and spacing folded)
// in the text or sentence of either side of the flag; for SPEAKER_CHANGED
// the last word of each gold speaker must also occur in the flagged
// speaker's name ("Mr. Carter" fits "Jimmy Carter").
GoldScore ScoreReports(const Gold& gold, const std::vector<v1::ChangeReport>& reports);

}  // namespace newsie::reconcile

#endif  // NEWSIE_PIPELINE_RECONCILE_GOLD_EVAL_H_
