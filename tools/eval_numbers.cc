// `newsie eval numbers --gold SPEC.json`: pass rate of the number layer on a
// Recognizers-Text spec (NumberModel as ../shared/tools/score.py numbers
// counts it; Ordinal, Percent, Currency and Dimension models on their own
// terms: logic in pipeline/eval/numbers_eval.h).
#include <boost/program_options.hpp>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "pipeline/eval/numbers_eval.h"
#include "tools/cli.h"
#include "tools/pipeline_options.h"

namespace newsie::cli {

namespace po = boost::program_options;

namespace {
struct Options {
  std::string gold;
  std::string out_of_scope;
  int show = 0;
  double min_pass_rate = 0, min_in_scope_rate = 0;
};
}  // namespace

int RunEvalNumbers(int argc, char** argv) {
  Options o;
  PipelineFlags flags;
  flags.extractors = "text.icu,numbers.rules";
  po::options_description desc("usage: newsie eval numbers --gold SPEC.json [options]");
  desc.add_options()("help,h", "show this help")("gold", po::value(&o.gold),
                                                 "Recognizers-Text spec (JSON array)")(
      "out-of-scope", po::value(&o.out_of_scope),
      "file of spec inputs judged out of scope, one a line (default: the shipped "
      "extractors/numbers/out_of_scope_<model>_model.txt)")(
      "show", po::value(&o.show)->default_value(0), "print up to N failing cases")(
      "min-pass-rate", po::value(&o.min_pass_rate)->default_value(0),
      "exit 1 when the pass rate over all cases is below this")(
      "min-in-scope-rate", po::value(&o.min_in_scope_rate)->default_value(0),
      "exit 1 when the pass rate over in-scope cases is below this");
  AddPipelineOptions(desc, &flags);
  po::variables_map vm;
  std::vector<std::string> positional;
  if (auto rc = ParseCommandLine(argc, argv, "eval numbers", desc, &positional, &vm)) {
    return *rc;
  }
  if (o.gold.empty()) {
    std::cerr << "newsie eval numbers: --gold is required\n" << desc;
    return 2;
  }
  if (!std::ifstream(o.gold)) {
    std::cerr << "newsie eval numbers: gold file not found: " << o.gold << "\n";
    return 77;
  }
  NumbersEvalOptions eo;
  eo.show = o.show;
  eo.out_of_scope_file = o.out_of_scope;
  auto lp = LoadPipeline(flags);
  if (!lp.ok()) {
    std::cerr << "newsie eval numbers: " << lp.status().ToString() << "\n";
    return 2;
  }
  auto r = EvalNumbers(o.gold, *(*lp)->pipeline, eo, &std::cout);
  if (!r.ok()) {
    std::cerr << "newsie eval numbers: " << r.status().ToString() << "\n";
    return 2;
  }
  auto pct = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
  std::printf("NUMBERS  gold=%s  model=%s  cases=%d  skipped=%d\n", o.gold.c_str(),
              SpecModelName(r->model), r->cases, r->skipped);
  std::printf("%-28s %7s %6s %6s\n", "subset", "pass%", "pass", "n");
  auto row = [&](const char* name, int pass, int n) {
    std::printf("%-28s %7.2f %6d %6d\n", name, pct(pass, n), pass, n);
  };
  row("all evaluated", r->passed, r->evaluated);
  row("in scope", r->in_scope_pass, r->in_scope_n);
  row("no NotSupported* marks", r->clean_pass, r->clean_n);
  row("marked for javascript", r->js_pass, r->js_n);
  row("negative (no gold)", r->negative_pass, r->negative_n);
  std::printf(
      "{\"task\": \"numbers\", \"model\": \"%s\", \"evaluated\": %d, \"passed\": %d, "
      "\"pass_rate\": %.4f, "
      "\"in_scope\": %d, \"in_scope_pass_rate\": %.4f}\n",
      SpecModelName(r->model), r->evaluated, r->passed, r->pass_rate(), r->in_scope_n,
      r->in_scope_rate());
  if (r->pass_rate() < o.min_pass_rate || r->in_scope_rate() < o.min_in_scope_rate) {
    std::cerr << "newsie eval numbers: below the floor\n";
    return 1;
  }
  return 0;
}

}  // namespace newsie::cli
