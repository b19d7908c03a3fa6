// Scoring the number layer against a Microsoft Recognizers-Text spec file
// (recognizers-specs/Number-NumberModel.json and its siblings), each model on
// its own terms, chosen from the spec's TypeName (else its file name):
//
//   number      values of the non-ORDINAL numbers (as ../shared/tools/score.py
//               `numbers` counts them)
//   ordinal     values of the ORDINAL numbers (score.py `numbers --kinds
//               ORDINAL`); relative gold values ("end-1", "current+1") do not
//               parse and are dropped, as score.py drops them
//   percentage  values of the PERCENT numbers, the gold's "5%" read as 5
//   currency    value and currency of the MONEY numbers: the gold's
//               isoCurrency against newsie's ISO code, else its unit name
//               ("Dollar", "Pence") against newsie's normalized unit
//   dimension   value and unit of the MEASURE numbers, the gold's unit name
//               ("Kilometer per hour") mapped to newsie's ("kilometre per hour")
//
// A case passes when the set of gold (value[, unit]) items equals the
// predicted set (values 1e-6 relative); gold results whose value does not
// parse ("null", relative ordinals) are dropped. Cases whose NotSupported*
// lists name "dotnet" are skipped.
//
//   auto r = EvalNumbers(spec_path, *pipeline, {.show = 20}, &std::cout);
//   r->pass_rate();
//
// Thread safety: stateless; the pipeline is only read.
#ifndef NEWSIE_PIPELINE_EVAL_NUMBERS_EVAL_H_
#define NEWSIE_PIPELINE_EVAL_NUMBERS_EVAL_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/pipeline.h"
#include "pipeline/status.h"

namespace newsie {

// The Recognizers-Text models newsie scores.
enum class SpecModel { kNumber, kOrdinal, kPercent, kCurrency, kDimension };

// "number", "ordinal", "percent", "currency", "dimension".
const char* SpecModelName(SpecModel m);

// The model of a spec from the TypeName of its first result ("number",
// "ordinal", "ordinal.relative", "percentage", "currency", "dimension"), else
// from its file name (".../Number-OrdinalModel.json"). InvalidArgument for
// other models (NumberRange, Age, Temperature).
StatusOr<SpecModel> DetectSpecModel(std::string_view type_name, std::string_view spec_path);

// The shipped list of a model's out-of-scope inputs, relative to the source
// tree: "extractors/numbers/out_of_scope_<name>_model.txt".
std::string OutOfScopeFile(SpecModel m);

// A spec's unit name in newsie's normalized form: lower case, metric names
// spelled as newsie's units.tsv spells them ("Kilometer per hour" ->
// "kilometre per hour", "Pound" -> "pound-mass" for a dimension,
// "pound sterling" for a currency, "Pence" -> "penny").
std::string NormalizeSpecUnit(SpecModel m, std::string_view spec_unit);

struct NumbersEvalOptions {
  int show = 0;  // print up to this many failing cases
  // Inputs (lower-cased, exact) judged out of scope; reported separately.
  std::vector<std::string> out_of_scope;
  // Further out-of-scope inputs are read from this file (one a line, '#'
  // comments; EvalNumbers fails with NotFound when it cannot be opened);
  // empty reads the model's shipped list, FindDataPath(OutOfScopeFile(model)),
  // when there is one.
  std::string out_of_scope_file;
};

struct NumbersEvalResult {
  SpecModel model = SpecModel::kNumber;
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

// score.py's word_contains: `a` equals `b` or stands in it as whole words
// ("franc" in "swiss franc").
bool WordContains(const std::string& a, const std::string& b);

// NotFound when the spec file or a named out_of_scope_file is missing;
// InvalidArgument for a model newsie does not score.
StatusOr<NumbersEvalResult> EvalNumbers(const std::string& spec_path, const Pipeline& p,
                                        const NumbersEvalOptions& opt, std::ostream* log);

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_EVAL_NUMBERS_EVAL_H_
