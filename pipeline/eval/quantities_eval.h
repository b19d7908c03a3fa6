// Scoring numeric claims against NewsQuant (CQE's evaluation set) the way
// ../shared/tools/score.py `quantities` does: value P/R/F1, value+unit
// P/R/F1 and change (qualifier) accuracy on value-matched pairs, with the
// same unit canonicalization (CanonUnit), unit matching (UnitsMatch) and
// greedy pairing (ranges first, unit-matching pairs first, then gold ranges
// matched by their two ends).
//
//   auto r = EvalQuantities("newsquant/dev.jsonl", *pipeline, {}, &std::cout);
//   r->value.f1();
//
// Thread safety: stateless; the pipeline is only read.
#ifndef NEWSIE_PIPELINE_EVAL_QUANTITIES_EVAL_H_
#define NEWSIE_PIPELINE_EVAL_QUANTITIES_EVAL_H_

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "pipeline/document.h"
#include "pipeline/pipeline.h"
#include "pipeline/status.h"

namespace newsie {

// score.py canon_unit: NFKC, lower case, metre->meter, word and symbol tokens,
// "$"->dollar, "%"->percent, a plural 's' stripped (words over 3 letters).
std::string CanonUnit(const std::string& unit);
// score.py units_match: an empty predicted unit matches a bare gold number;
// otherwise equal or word-contained either way, against the gold surface or
// normalized unit.
bool UnitsMatch(const std::string& gold_unit, const std::string& gold_norm,
                const std::string& pred_unit);
// score.py QUALIFIER_MAP: EXACT -> "=", APPROXIMATE -> "~", MORE_THAN and
// AT_LEAST -> ">", LESS_THAN, AT_MOST and UP_TO -> "<", INCREASE -> "up",
// DECREASE -> "down"; others (RANGE) -> their lower-cased name.
std::string ChangeOf(Qualifier q);

struct PRF {
  int tp_pred = 0, n_pred = 0, tp_gold = 0, n_gold = 0;
  double p() const { return n_pred ? double(tp_pred) / n_pred : 0; }
  double r() const { return n_gold ? double(tp_gold) / n_gold : 0; }
  double f1() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0; }
};

struct QuantitiesEvalResult {
  int sentences = 0;
  PRF value, value_unit;
  int change_ok = 0, change_n = 0;
  std::map<std::string, int> confusion;  // "gold->pred"
  double change_accuracy() const { return change_n ? double(change_ok) / change_n : 0; }
};

struct QuantitiesEvalOptions {
  int show = 0;  // print up to N errors (FN, UNIT, FP)
};

// NotFound when the gold file is missing.
StatusOr<QuantitiesEvalResult> EvalQuantities(const std::string& gold_path,
                                              const Pipeline& p,
                                              const QuantitiesEvalOptions& opt,
                                              std::ostream* log);

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_EVAL_QUANTITIES_EVAL_H_
