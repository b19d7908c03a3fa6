// Scoring flagged claim changes against a hand-written gold set of real
// claim changes between article versions (`newsie eval reconcile`).
//
// Gold file: tab-separated lines, '#' comments.
//   pair    ARTICLE_ID  FROM  TO  SCOPE
//   change  ARTICLE_ID  FROM  TO  KIND  BEFORE  BEFORE_UNIT  AFTER  AFTER_UNIT  CONTEXT
// SCOPE "all": every claim change of the pair is in the gold (ADDED and
// REMOVED included); "revisions": only VALUE_CHANGED, QUALIFIER_CHANGED and
// UNIT_CHANGED are annotated (rewritten stories, where listing every new
// number is not useful), so only flags of those kinds count. BEFORE/AFTER
// are numbers or "-" (absent side); units and context are for readers.
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
};

struct GoldChange {
  std::string article_id;
  int64_t from = 0, to = 0;
  v1::ChangeKind kind = v1::CHANGE_KIND_UNSPECIFIED;
  std::optional<double> before, after;
  std::string context;
};

struct Gold {
  std::vector<GoldPair> pairs;
  std::vector<GoldChange> changes;
};

// NotFound when the file is missing; InvalidArgument "file:line: reason"
// for a malformed line or a change outside the declared pairs.
StatusOr<Gold> LoadGold(const std::string& path);

struct GoldScore {
  uint64_t flagged = 0, gold = 0, matched = 0;
  std::vector<std::string> false_positives;  // "id from->to KIND 20 -> 26"
  std::vector<std::string> misses;
  double precision() const { return flagged ? double(matched) / double(flagged) : 1.0; }
  double recall() const { return gold ? double(matched) / double(gold) : 1.0; }
};

// Scores the claim changes of `reports` (matched to gold pairs by article id
// and versions; reports of other pairs are ignored). A flag matches a gold
// change of the same pair and kind whose present sides have equal values;
// each gold change matches at most one flag.
GoldScore ScoreReports(const Gold& gold, const std::vector<v1::ChangeReport>& reports);

}  // namespace newsie::reconcile

#endif  // NEWSIE_PIPELINE_RECONCILE_GOLD_EVAL_H_
