#include "extractors/entities/ner_trainer.h"

#include <doctest/doctest.h>

#include <filesystem>
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
  o.train_paths = {dir / "train.conll"};
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

TEST_CASE("TrainNerModel: several training files train as their concatenation; cv_only writes no model") {
  testing::TempDir dir;
  std::string corpus = TinyCorpus();
  size_t half = corpus.find("-DOCSTART-", corpus.size() / 2);
  REQUIRE(half != std::string::npos);
  testing::WriteFile(dir / "all.conll", corpus);
  testing::WriteFile(dir / "a.conll", corpus.substr(0, half));
  testing::WriteFile(dir / "b.conll", corpus.substr(half));
  NerTrainOptions o;
  o.epochs = 3;
  o.folds = 3;
  std::ostringstream log;
  o.train_paths = {dir / "all.conll"};
  o.output_path = dir / "one.bin";
  NerCvScores cv_one;
  REQUIRE(TrainNerModel(o, log, &cv_one).ok());
  o.train_paths = {dir / "a.conll", dir / "b.conll"};
  o.output_path = dir / "two.bin";
  REQUIRE(TrainNerModel(o, log).ok());
  CHECK(testing::ReadFile(dir / "one.bin") == testing::ReadFile(dir / "two.bin"));

  SUBCASE("cv_only") {
    o.cv_only = true;
    o.output_path = dir / "cv.bin";
    NerCvScores cv;
    REQUIRE(TrainNerModel(o, log, &cv).ok());
    CHECK(!std::filesystem::exists(dir / "cv.bin"));
    CHECK(cv.micro == cv_one.micro);
    CHECK(cv.micro > 0.5);  // the tiny corpus repeats its names across folds
  }
  SUBCASE("a missing training file is NotFound") {
    o.train_paths = {dir / "a.conll", dir / "missing.conll"};
    CHECK(TrainNerModel(o, log).code() == StatusCode::kNotFound);
  }
}

// A short training run on dir/train.conll with the word classes dir/c.tsv,
// writing dir/model.
NerTrainOptions QuickOptions(const testing::TempDir& dir, const std::string& model) {
  NerTrainOptions o;
  o.train_paths = {dir / "train.conll"};
  o.clusters_path = dir / "c.tsv";
  o.epochs = 3;
  o.folds = 3;
  o.output_path = dir / model;
  return o;
}

TEST_CASE("WordClusters: reads the TSV, keys words case- and digit-folded, rejects bad lines") {
  testing::TempDir dir;
  testing::WriteFile(dir / "c.tsv",
                     "# comment\nword\ttop\tmid\tfine\tcount\nessex\t1\t7\t70\t30\n"
                     "surrey\t1\t7\t70\t10\nsaid\t2\t9\t90\t60\n00-0\t3\t4\t5\t9\n");
  auto wc = ner::WordClusters::FromTsv(dir / "c.tsv");
  REQUIRE(wc.ok());
  CHECK(wc->size() == 4);
  const auto* essex = wc->Find(ner::LowerWordHash("ESSEX"));
  REQUIRE(essex != nullptr);
  CHECK(essex->top == 1);
  CHECK(essex->mid == 7);
  CHECK(essex->fine == 70);
  REQUIRE(wc->Find(ner::LowerWordHash("12-3")) != nullptr);  // digits fold to 0
  CHECK(wc->Find(ner::LowerWordHash("Kent")) == nullptr);
  // Priors: running-text shares of lower-case topic words by top class
  // ("00-0" is no topic word).
  REQUIRE(wc->top_prior().size() == 3);
  CHECK(wc->top_prior()[1] == doctest::Approx(0.4));
  CHECK(wc->top_prior()[2] == doctest::Approx(0.6));

  testing::WriteFile(dir / "bad.tsv", "word\ttop\tmid\tfine\nessex\t1\tx\t70\n");
  auto bad = ner::WordClusters::FromTsv(dir / "bad.tsv");
  REQUIRE(!bad.ok());
  CHECK(bad.status().ToString().find("bad.tsv:2") != std::string::npos);
}

TEST_CASE("TrainNerModel: a model trained with word clusters carries them through Save/Load") {
  testing::TempDir dir;
  testing::WriteFile(dir / "train.conll", TinyCorpus());
  testing::WriteFile(dir / "c.tsv",
                     "word\ttop\tmid\tfine\tcount\nparis\t1\t1\t1\t5\nlisbon\t1\t1\t1\t5\n"
                     "visited\t2\t2\t2\t9\n");
  NerTrainOptions o = QuickOptions(dir, "a.bin");
  std::ostringstream log;
  REQUIRE(TrainNerModel(o, log).ok());
  auto model = ner::NerModel::Load(dir / "a.bin");
  REQUIRE(model.ok());
  REQUIRE((*model)->clusters() != nullptr);
  CHECK((*model)->clusters()->size() == 3);
  CHECK((*model)->clusters()->Find(ner::LowerWordHash("Lisbon")) != nullptr);
  CHECK((*model)->clusters()->top_prior().size() == 3);
}

TEST_CASE("WordClusters: the lexicon keeps how the word list writes each word, through Save/Load") {
  testing::TempDir dir;
  testing::WriteFile(dir / "train.conll", TinyCorpus());
  testing::WriteFile(dir / "c.tsv", "word\ttop\tmid\tfine\tcount\nparis\t1\t1\t1\t5\n");
  testing::WriteFile(dir / "words", "NATO\nCrystal\ncrystal\nHyundai\nHyundai's\npalace\n"
                                    "palace's\nMcDonald\nA\n\nice cream\n");
  auto wc = ner::WordClusters::FromTsv(dir / "c.tsv");
  REQUIRE(wc.ok());
  CHECK(!wc->has_lexicon());
  CHECK(wc->Lex(ner::LowerWordHash("palace")) == 0);
  REQUIRE(wc->AddLexicon(dir / "words").ok());
  using W = ner::WordClusters;
  CHECK(wc->lexicon_size() == 6);  // no possessives, no phrases
  CHECK(wc->Lex(ner::LowerWordHash("Palace")) == W::kLexLower);
  CHECK(wc->Lex(ner::LowerWordHash("CRYSTAL")) == (W::kLexLower | W::kLexTitle));
  CHECK(wc->Lex(ner::LowerWordHash("hyundai")) == W::kLexTitle);
  CHECK(wc->Lex(ner::LowerWordHash("McDonald")) == W::kLexTitle);
  CHECK(wc->Lex(ner::LowerWordHash("nato")) == W::kLexCaps);
  CHECK(wc->Lex(ner::LowerWordHash("a")) == W::kLexTitle);  // one capital: no acronym
  CHECK(wc->Lex(ner::LowerWordHash("Deportivo")) == 0);
  CHECK(!wc->AddLexicon(dir / "missing").ok());

  // The trainer stores it in the model; a model without it loads with none.
  NerTrainOptions o = QuickOptions(dir, "lex.bin");
  o.lexicon_path = dir / "words";
  std::ostringstream log;
  REQUIRE(TrainNerModel(o, log).ok());
  auto model = ner::NerModel::Load(dir / "lex.bin");
  REQUIRE(model.ok());
  REQUIRE((*model)->clusters() != nullptr);
  CHECK((*model)->clusters()->lexicon_size() == 6);
  CHECK((*model)->clusters()->Lex(ner::LowerWordHash("Crystal")) ==
        (W::kLexLower | W::kLexTitle));
  CHECK((*model)->clusters()->size() == 1);
  o.lexicon_path.clear();
  o.output_path = dir / "plain.bin";
  REQUIRE(TrainNerModel(o, log).ok());
  auto plain = ner::NerModel::Load(dir / "plain.bin");
  REQUIRE(plain.ok());
  CHECK(!(*plain)->clusters()->has_lexicon());
  // A lexicon needs the word classes it is stored with.
  o.clusters_path.clear();
  o.lexicon_path = dir / "words";
  CHECK(TrainNerModel(o, log).code() == StatusCode::kInvalidArgument);
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
