// Scoring the number layer against a Microsoft Recognizers-Text spec file
// (e.g. recognizers-specs/Number-NumberModel.json), the way
// ../shared/tools/score.py `numbers` does: a case passes when the set of
// values of its non-ORDINAL numbers equals the set of gold Resolution values
// (1e-6 relative). Cases whose NotSupported* lists name "dotnet" are skipped.
//
//   auto r = EvalNumbers(spec_path, *pipeline, {.show = 20}, &std::cout);
//   r->pass_rate();
//
// Thread safety: stateless; the pipeline is only read.
#ifndef NEWSIE_PIPELINE_EVAL_NUMBERS_EVAL_H_
#define NEWSIE_PIPELINE_EVAL_NUMBERS_EVAL_H_

#include <ostream>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"
#include "pipeline/status.h"

namespace newsie {

struct NumbersEvalOptions {
  int show = 0;  // print up to this many failing cases
  // Inputs (lower-cased, exact) judged out of scope; reported separately.
  std::vector<std::string> out_of_scope;
};

struct NumbersEvalResult {
  int cases = 0, skipped = 0, evaluated = 0, passed = 0;
  int clean_n = 0, clean_pass = 0;        // no NotSupported* marks
  int js_n = 0, js_pass = 0;              // marked for javascript
  int negative_n = 0, negative_pass = 0;  // no gold values
  int in_scope_n = 0, in_scope_pass = 0;  // evaluated minus out_of_scope
  double pass_rate() const { return evaluated ? double(passed) / evaluated : 0; }
  double in_scope_rate() const { return in_scope_n ? double(in_scope_pass) / in_scope_n : 0; }
};

// Relative equality as score.py's values_equal.
bool ValuesEqual(double a, double b, double rel = 1e-6);

// NotFound when the spec file is missing.
StatusOr<NumbersEvalResult> EvalNumbers(const std::string& spec_path, const Pipeline& p,
                                        const NumbersEvalOptions& opt, std::ostream* log);

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_EVAL_NUMBERS_EVAL_H_
