// `newsie bench-entities`: the entity stage's own benchmark. Reads article
// texts from JSON-lines corpora (default: CoNLL-2003 dev and PolNeAR
// train under ../shared/corpora; never a test split), runs the text stage once (untimed), then
// times entities.perceptron alone on one core, best of --repeat runs, and
// breaks the time down: stage 1's emissions (features and scoring), tagging
// (both perceptron stages with Viterbi), and the rest (span rules, linking). The full pipeline's
// benchmark is `newsie bench` (issue 8).
#include <time.h>

#include <boost/program_options.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "extractors/entities/entity_extractor.h"
#include "extractors/entities/ner_model.h"
#include "extractors/entities/ner_scorer.h"
#include "gazetteers/gazetteer.h"
#include "pipeline/data_path.h"
#include "pipeline/eval/json_reader.h"
#include "pipeline/tokenizer.h"

namespace newsie::cli {
namespace {

double ThreadSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

}  // namespace

int RunBenchEntities(int argc, char** argv) {
  namespace po = boost::program_options;
  std::vector<std::string> inputs;
  std::string gaz_dir;
  int repeat = 5;
  po::options_description desc(
      "usage: newsie bench-entities [FILE.jsonl ...] [options]\n\n"
      "Times the entity stage alone (CPU time of one thread, best of --repeat)");
  desc.add_options()("help,h", "show this help")(
      "input", po::value(&inputs)->composing(), "JSON-lines files with a \"text\" field")(
      "repeat", po::value(&repeat)->default_value(repeat), "runs; the best is reported")(
      "gazetteers", po::value(&gaz_dir), "gazetteer directory (default: the shipped one)");
  po::positional_options_description pos;
  pos.add("input", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(desc).positional(pos).run(), vm);
    if (vm.count("help")) {
      std::cout << desc << "\n";
      return 0;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "newsie bench-entities: " << e.what() << "\n" << desc << "\n";
    return 2;
  }
  if (inputs.empty()) {
    // The texts the figures in docs/ use; never the test splits.
    for (const char* f : {"conll2003/dev.jsonl", "polnear/train.jsonl"}) {
      std::string p = FindDataPath("../shared/corpora/" + std::string(f));
      if (std::ifstream(p)) inputs.push_back(p);
    }
    if (inputs.empty()) {
      std::cerr << "newsie bench-entities: no corpora found; name JSON-lines files\n";
      return 77;
    }
  }
  std::vector<Document> docs;
  size_t bytes = 0;
  for (const std::string& path : inputs) {
    auto recs = ReadJsonRecords(path);
    if (!recs.ok()) {
      std::cerr << "newsie bench-entities: " << recs.status().ToString() << "\n";
      return 2;
    }
    for (const google::protobuf::Struct& rec : *recs) {
      std::string text = JsonString(rec, "text");
      if (text.empty()) continue;
      bytes += text.size();
      docs.emplace_back(std::move(text));
      TokenizeDocument(docs.back());
    }
  }
  auto gaz = Gazetteers::Load({gaz_dir.empty() ? DefaultGazetteerDir() : gaz_dir});
  if (!gaz.ok()) {
    std::cerr << "newsie bench-entities: " << gaz.status().ToString() << "\n";
    return 2;
  }
  double t0 = ThreadSeconds();
  ExtractorContext ctx;
  ctx.gazetteers = gaz->get();
  auto ex = EntityExtractor::Create(ctx);
  if (!ex.ok()) {
    std::cerr << "newsie bench-entities: " << ex.status().ToString() << "\n";
    return 2;
  }
  double load = ThreadSeconds() - t0;
  auto model = ner::NerModel::Load(FindDataPath(EntityExtractor::kModelPath));
  if (!model.ok()) return 2;

  double best_features = 1e9, best_tag = 1e9, best_full = 1e9;
  std::vector<float> emissions;
  std::vector<uint8_t> labels;
  size_t mentions = 0;
  for (int r = 0; r < repeat; ++r) {
    double a = ThreadSeconds();
    for (const Document& d : docs) {
      ner::AddStage1Emissions((*model)->stage1(), d, gaz->get(), nullptr, (*model)->clusters(),
                              &emissions);
    }
    double b = ThreadSeconds();
    for (const Document& d : docs) (*model)->Tag(d, gaz->get(), nullptr, &labels);
    double c = ThreadSeconds();
    mentions = 0;
    for (Document& d : docs) {
      (void)(*ex)->Extract(d);
      mentions += d.mentions().size();
    }
    double e = ThreadSeconds();
    best_features = std::min(best_features, b - a);
    best_tag = std::min(best_tag, c - b);
    best_full = std::min(best_full, e - c);
  }
  std::printf("entities.perceptron: %zu documents, %.2f MB, %zu mentions, model load %.3f s\n",
              docs.size(), bytes / 1e6, mentions, load);
  std::printf("  entity stage       %8.3f s  %8.2f MB/s  (best of %d, one thread)\n",
              best_full, bytes / best_full / 1e6, repeat);
  std::printf("  stage-1 emissions  %8.3f s  %5.1f%%  (features and scoring)\n", best_features,
              100 * best_features / best_full);
  std::printf("  tagging (2 stages) %8.3f s  %5.1f%%  (the above, stage 2, Viterbi)\n",
              best_tag, 100 * best_tag / best_full);
  std::printf("  span rules+linking %8.3f s  %5.1f%%\n", best_full - best_tag,
              100 * (best_full - best_tag) / best_full);
  return 0;
}

}  // namespace newsie::cli
