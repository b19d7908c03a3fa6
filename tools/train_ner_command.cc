// `newsie train-ner`: trains the entity tagger's model (see
// extractors/entities/ner_trainer.h). The shipped model is regenerated with
// the command in extractors/entities/model/README.md (train and dev as
// training data). With --cv-only it runs stage 1's cross-validation alone
// and, given --min-cv-micro, exits 3 below that floor; 77 when a training
// file is missing (CTest: skipped).
#include <boost/program_options.hpp>

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "extractors/entities/ner_trainer.h"
#include "gazetteers/gazetteer.h"
#include "tools/cli.h"

namespace newsie::cli {

int RunTrainNer(int argc, char** argv) {
  namespace po = boost::program_options;
  NerTrainOptions o;
  std::string gaz_dir;
  bool no_gaz = false;
  double min_cv = -1;
  po::options_description desc(
      "usage: newsie train-ner --train FILE [--train FILE ...] -o MODEL [options]\n"
      "       newsie train-ner --train FILE --cv-only [--min-cv-micro F1]\n\n"
      "Trains the entities.perceptron model (deterministic for a given seed)");
  desc.add_options()("help,h", "show this help")(
      "train", po::value(&o.train_paths)->required()->composing(),
      "training corpus (.conll IOB1 or .jsonl gold); repeatable, read in order")(
      "dev", po::value(&o.dev_path), "dev corpus scored after training (.conll or .jsonl)")(
      "output,o", po::value(&o.output_path), "model file to write (required unless --cv-only)")(
      "cv-only", po::bool_switch(&o.cv_only),
      "stop after stage 1's cross-validation on the training data; write no model")(
      "min-cv-micro", po::value(&min_cv),
      "exit 3 when the cross-validation's micro PER+ORG+LOC F1 is below this")(
      "epochs", po::value(&o.epochs)->default_value(o.epochs), "perceptron epochs")(
      "folds", po::value(&o.folds)->default_value(o.folds), "jackknife folds for stage 2")(
      "seed", po::value(&o.seed)->default_value(o.seed), "shuffling seed")(
      "bags", po::value(&o.bags)->default_value(o.bags),
      "stage 1 is the mean of this many runs with different shuffling seeds")(
      "min-count", po::value(&o.min_count)->default_value(o.min_count),
      "drop features seen fewer times in train")(
      "prune", po::value(&o.prune)->default_value(o.prune),
      "drop weight rows whose largest |weight| is at most this")(
      "clusters", po::value(&o.clusters_path),
      "word classes (TSV: word top mid fine) for cluster features; stored in the model")(
      "lexicon", po::value(&o.lexicon_path),
      "English word list (one word a line) for lexicon features; stored in the model; "
      "needs --clusters")(
      "gazetteers", po::value(&gaz_dir), "gazetteer directory (default: the shipped one)")(
      "no-gazetteers", po::bool_switch(&no_gaz), "train without gazetteer features");
  po::variables_map vm;
  std::vector<std::string> positional;
  if (auto code = ParseCommandLine(argc, argv, "train-ner", desc, &positional, &vm)) return *code;
  if (!positional.empty()) {
    std::cerr << "newsie train-ner: unexpected argument '" << positional[0] << "'\n";
    return 2;
  }
  if (o.output_path.empty() && !o.cv_only) {
    std::cerr << "newsie train-ner: --output is required unless --cv-only\n";
    return 2;
  }
  for (std::string& path : o.train_paths) path = ResolveCorpusPath(path);
  if (!o.dev_path.empty()) o.dev_path = ResolveCorpusPath(o.dev_path);
  for (const std::string& path : o.train_paths) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      std::cerr << "newsie train-ner: " << path << " not found\nSKIPPED: corpora not found\n";
      return 77;
    }
  }
  std::unique_ptr<Gazetteers> gaz;
  if (!no_gaz) {
    auto g = Gazetteers::Load({gaz_dir.empty() ? DefaultGazetteerDir() : gaz_dir});
    if (!g.ok()) {
      std::cerr << "newsie train-ner: " << g.status().ToString() << "\n";
      return 2;
    }
    gaz = std::move(*g);
    o.gazetteers = gaz.get();
    std::cerr << "gazetteers: " << gaz->size() << " entries, fingerprint "
              << gaz->fingerprint() << "\n";
  }
  NerCvScores cv;
  Status s = TrainNerModel(o, std::cerr, &cv);
  if (!s.ok()) {
    std::cerr << "newsie train-ner: " << s.ToString() << "\n";
    return s.code() == StatusCode::kNotFound || s.code() == StatusCode::kInvalidArgument ? 2 : 1;
  }
  if (min_cv >= 0 && cv.micro < min_cv) {
    std::cerr << "newsie train-ner: cross-validation micro F1 " << cv.micro
              << " is below the floor " << min_cv << "\n";
    return 3;
  }
  return 0;
}

}  // namespace newsie::cli
