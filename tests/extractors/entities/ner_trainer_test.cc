#include "extractors/entities/ner_trainer.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "extractors/entities/ner_model.h"
#include "pipeline/tokenizer.h"
#include "tests/testing/temp_dir.h"

namespace newsie {
namespace {

// A tiny IOB1 corpus: enough documents for the jackknife folds.
std::string TinyCorpus() {
  std::string out;
  const char* people[] = {"John Smith", "Mary Jones", "Peter Brown", "Anna Clark",
                          "David Lee", "Laura King"};
  const char* places[] = {"Paris", "London", "Berlin", "Madrid", "Rome", "Vienna"};
  for (int d = 0; d < 12; ++d) {
    out += "-DOCSTART- -X- O O\n\n";
    std::string person = people[d % 6];
    std::string first = person.substr(0, person.find(' '));
    std::string last = person.substr(person.find(' ') + 1);
    out += first + " NNP I-NP I-PER\n" + last + " NNP I-NP I-PER\n";
    out += "visited VBD I-VP O\n" + std::string(places[(d + 1) % 6]) + " NNP I-NP I-LOC\n";
    out += "on IN I-PP O\nMonday NNP I-NP O\n. . O O\n\n";
  }
  return out;
}

TEST_CASE("TrainNerModel: same data and seed give the same model bytes; the model tags") {
  testing::TempDir dir;
  testing::WriteFile(dir / "train.conll", TinyCorpus());
  NerTrainOptions o;
  o.train_path = dir / "train.conll";
  o.epochs = 3;
  o.folds = 3;
  std::ostringstream log;
  o.output_path = dir / "a.bin";
  REQUIRE(TrainNerModel(o, log).ok());
  o.output_path = dir / "b.bin";
  REQUIRE(TrainNerModel(o, log).ok());
  CHECK(testing::ReadFile(dir / "a.bin") == testing::ReadFile(dir / "b.bin"));

  auto model = ner::NerModel::Load(dir / "a.bin");
  REQUIRE(model.ok());
  Document doc("Mary Jones visited Rome on Monday .");
  TokenizeDocument(doc);
  std::vector<uint8_t> labels;
  (*model)->Tag(doc, nullptr, nullptr, &labels);
  REQUIRE(labels.size() == 7);
  CHECK(labels[0] == ner::kBPer);
  CHECK(labels[1] == ner::kIPer);
  CHECK(labels[2] == ner::kO);
  CHECK(labels[3] == ner::kBLoc);
}

TEST_CASE("NerModel::Load: missing and corrupt files fail cleanly") {
  CHECK(ner::NerModel::Load("/nonexistent/ner.bin").status().code() == StatusCode::kNotFound);
  testing::TempDir dir;
  testing::WriteFile(dir / "bad.bin", "NWSNER01\x10\x00\x00\x00\x00\x00\x00\x00garbage");
  CHECK(!ner::NerModel::Load(dir / "bad.bin").ok());
  testing::WriteFile(dir / "other.bin", "not a model at all");
  CHECK(!ner::NerModel::Load(dir / "other.bin").ok());
}

}  // namespace
}  // namespace newsie
