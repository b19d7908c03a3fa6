// `newsie eval quantities --gold FILE`: CQE-style scores of the claims layer
// on NewsQuant, as ../shared/tools/score.py quantities counts them (logic in
// pipeline/eval/quantities_eval.h).
#include <boost/program_options.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>

#include "pipeline/eval/quantities_eval.h"
#include "tools/cli.h"
#include "tools/pipeline_options.h"

namespace newsie::cli {

namespace po = boost::program_options;

namespace {
struct Options {
  std::string gold;
  int show = 0;
  double min_value_f1 = 0, min_value_unit_f1 = 0;
};
}  // namespace

int RunEvalQuantities(int argc, char** argv) {
  Options o;
  PipelineFlags flags;
  po::options_description desc("usage: newsie eval quantities --gold FILE.jsonl [options]");
  desc.add_options()("help,h", "show this help")(
      "gold", po::value(&o.gold), "NewsQuant JSON lines (id, text, quantities)")(
      "show", po::value(&o.show)->default_value(0), "print up to N errors (FN, UNIT, FP)")(
      "min-value-f1", po::value(&o.min_value_f1)->default_value(0),
      "exit 1 when value F1 is below this")(
      "min-value-unit-f1", po::value(&o.min_value_unit_f1)->default_value(0),
      "exit 1 when value+unit F1 is below this");
  AddPipelineOptions(desc, &flags);
  po::variables_map vm;
  std::vector<std::string> positional;
  if (auto rc = ParseCommandLine(argc, argv, "eval quantities", desc, &positional, &vm)) {
    return *rc;
  }
  if (o.gold.empty()) {
    std::cerr << "newsie eval quantities: --gold is required\n" << desc;
    return 2;
  }
  if (!std::ifstream(o.gold)) {
    std::cerr << "newsie eval quantities: gold file not found: " << o.gold << "\n";
    return 77;
  }
  auto lp = LoadPipeline(flags);
  if (!lp.ok()) {
    std::cerr << "newsie eval quantities: " << lp.status().ToString() << "\n";
    return 2;
  }
  QuantitiesEvalOptions eo;
  eo.show = o.show;
  auto r = EvalQuantities(o.gold, *(*lp)->pipeline, eo, &std::cout);
  if (!r.ok()) {
    std::cerr << "newsie eval quantities: " << r.status().ToString() << "\n";
    return 2;
  }
  std::printf("QUANTITIES  gold=%s  sentences=%d\n", o.gold.c_str(), r->sentences);
  std::printf("%-18s %6s %6s %6s %8s %8s %6s %6s\n", "", "P", "R", "F1", "tp_pred", "tp_gold",
              "gold", "pred");
  auto row = [](const char* name, const PRF& f) {
    std::printf("%-18s %6.2f %6.2f %6.2f %8d %8d %6d %6d\n", name, 100 * f.p(), 100 * f.r(),
                100 * f.f1(), f.tp_pred, f.tp_gold, f.n_gold, f.n_pred);
  };
  row("value", r->value);
  row("value+unit", r->value_unit);
  std::printf("%-18s %6.2f  (n=%d value-matched pairs)\n", "change accuracy",
              100 * r->change_accuracy(), r->change_n);
  std::printf("change confusion (gold->pred):");
  for (const auto& [k, v] : r->confusion) std::printf(" %s=%d", k.c_str(), v);
  std::printf("\n{\"task\": \"quantities\", \"value_f1\": %.4f, \"value_unit_f1\": %.4f, "
              "\"change_acc\": %.4f}\n",
              r->value.f1(), r->value_unit.f1(), r->change_accuracy());
  if (r->value.f1() < o.min_value_f1 || r->value_unit.f1() < o.min_value_unit_f1) {
    std::cerr << "newsie eval quantities: below the floor\n";
    return 1;
  }
  return 0;
}

}  // namespace newsie::cli
