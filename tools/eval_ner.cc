// `newsie eval ner`: runs the pipeline over a CoNLL-2003 gold file and prints
// P/R/F1 per type and micro-averaged (exact span and type), as
// ../shared/tools/score.py ner does. Exit 77 when the gold file is missing,
// 3 when --min-micro-f1 is given and the micro PER+ORG+LOC F1 is below it.
#include <boost/program_options.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "extractors/register_builtin.h"
#include "gazetteers/gazetteer.h"
#include "pipeline/eval/ner_eval.h"
#include "pipeline/pipeline.h"
#include "tools/cli.h"

namespace newsie::cli {

int RunEvalNer(int argc, char** argv) {
  namespace po = boost::program_options;
  std::string gold_path, gaz_dir, stages = "text.icu,entities.perceptron";
  double min_f1 = -1;
  NerEvalOptions opts;
  std::vector<std::string> sets;
  po::options_description desc(
      "usage: newsie eval ner --gold FILE [options]\n\n"
      "Scores name mentions against CoNLL-2003 (.jsonl or .conll)");
  desc.add_options()("help,h", "show this help")(
      "gold", po::value(&gold_path)->required(), "gold file (.jsonl or .conll)")(
      "extractors", po::value(&stages)->default_value(stages), "pipeline stages")(
      "gazetteers", po::value(&gaz_dir), "gazetteer directory (default: the shipped one)")(
      "set", po::value(&sets)->composing(), "extractor option name=value (repeatable)")(
      "metonymy-as-location", po::bool_switch(&opts.metonymy_as_location),
      "score metonymy mentions (the Kremlin) as LOC, as CoNLL annotates them")(
      "show", po::value(&opts.show)->default_value(0), "print this many errors")(
      "min-micro-f1", po::value(&min_f1),
      "exit 3 when micro PER+ORG+LOC F1 is below this (regression floor)");
  po::variables_map vm;
  std::vector<std::string> positional;
  if (auto code = ParseCommandLine(argc, argv, "eval ner", desc, &positional, &vm)) return *code;
  if (!positional.empty()) {
    std::cerr << "newsie eval ner: unexpected argument '" << positional[0] << "'\n";
    return 2;
  }
  gold_path = ResolveCorpusPath(gold_path);
  auto gold = ReadNerGold(gold_path);
  if (!gold.ok()) {
    std::cerr << "newsie eval ner: " << gold.status().ToString() << "\n";
    return gold.status().code() == StatusCode::kNotFound ? 77 : 2;
  }
  auto gaz = Gazetteers::Load({gaz_dir.empty() ? DefaultGazetteerDir() : gaz_dir});
  if (!gaz.ok()) {
    std::cerr << "newsie eval ner: " << gaz.status().ToString() << "\n";
    return 2;
  }
  ExtractorContext ctx;
  ctx.gazetteers = gaz->get();
  for (const std::string& s : sets) {
    auto eq = s.find('=');
    if (eq == std::string::npos) {
      std::cerr << "newsie eval ner: --set wants name=value, got '" << s << "'\n";
      return 2;
    }
    ctx.options[s.substr(0, eq)] = s.substr(eq + 1);
  }
  ExtractorRegistry registry;
  RegisterBuiltinExtractors(registry);
  auto pipeline = Pipeline::Build(registry, SplitExtractorList(stages), ctx);
  if (!pipeline.ok()) {
    std::cerr << "newsie eval ner: " << pipeline.status().ToString() << "\n";
    return 2;
  }
  NerScorer scorer = EvaluateNer(**pipeline, *gold, opts, &std::cout);
  std::cout << "NER  gold=" << gold_path << "  docs=" << scorer.docs()
            << (opts.metonymy_as_location ? "  (metonymy scored as LOC)" : "") << "\n";
  scorer.Print(std::cout);
  size_t bytes = 0;
  for (const NerDoc& d : *gold) bytes += d.text.size();
  const auto& st = (*pipeline)->stages();
  std::vector<uint64_t> nanos = (*pipeline)->StageNanos();
  for (size_t i = 0; i < st.size(); ++i) {
    double sec = nanos[i] * 1e-9;
    std::printf("stage %-22s %8.3f s  %8.2f MB/s\n", st[i]->info().name.c_str(), sec,
                sec > 0 ? bytes / sec / 1e6 : 0.0);
  }
  double micro = scorer.MicroPerOrgLoc().f1();
  if (min_f1 >= 0 && micro < min_f1) {
    std::printf("FAIL: micro PER+ORG+LOC F1 %.4f is below the floor %.4f\n", micro, min_f1);
    return 3;
  }
  return 0;
}

}  // namespace newsie::cli
