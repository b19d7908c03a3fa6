#include "extractors/entities/ner_scorer.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "extractors/entities/ner_model.h"
#include "gazetteers/gazetteer.h"
#include "pipeline/eval/json_reader.h"
#include "pipeline/tokenizer.h"
#include "tests/testing/shipped_gazetteers.h"

namespace newsie::ner {
namespace {

using testing::ShippedGazetteers;

const NerModel& ShippedModel() {
  static const NerModel* m = [] {
    auto loaded =
        NerModel::Load(std::string(NEWSIE_SOURCE_DIR) + "/extractors/entities/model/ner.bin");
    REQUIRE(loaded.ok());
    return loaded->release();
  }();
  return *m;
}

// The reference: every key ExtractNerFeatures lists, scored one by one.
std::vector<float> Reference(const Perceptron& p, const Document& doc, const Gazetteers* gaz,
                             const WordClusters* clusters) {
  FeatureSet fs;
  ExtractNerFeatures(doc, gaz, nullptr, &fs, clusters);
  std::vector<float> e;
  NerModel::AddEmissions(p, doc, fs, &e);
  return e;
}

// Bit-identical floats (no tolerance: the sums are integers).
bool Same(const std::vector<float>& a, const std::vector<float>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

std::unique_ptr<Document> Tokenized(const std::string& text) {
  auto doc = std::make_unique<Document>(text);
  TokenizeDocument(*doc);
  return doc;
}

// Texts with the features' corner cases: headlines, sentence edges,
// company designators, honorifics, non-ASCII words, digits, one-token
// sentences, long words.
const char* const kTexts[] = {
    "PIRELLI SPA SAYS PROFIT ROSE\nMILAN 1996-08-22\nPirelli SpA said on Thursday its "
    "profit rose 12 percent. Pirelli is based in Milan. Mr. Tronchetti Provera said so.",
    "Biden Meets Allies as Tensions Rise\n\nPresident Joe Biden met Emmanuel Macron in "
    "Paris on Monday. \"We agree,\" Biden said. Macron’s office in Élysée confirmed it.",
    "Essex beat Surrey by 5 wickets at Chelmsford . Hussain made 112 not out , Irani 54 .",
    "Ok.", "A", "Zürich-based Crédit Suisse AG (CS) and São Paulo's Itaú said ... "
    "supercalifragilisticexpialidocious words 12,345.67 $5bn 3-1 U.S. e-mail",
};

}  // namespace

TEST_CASE("Stage-1 fast path: the shipped model's emissions, bit-identical to scoring every key") {
  const NerModel& m = ShippedModel();
  for (int round = 0; round < 2; ++round) {  // the second round runs on a warm cache
    for (const char* text : kTexts) {
      auto doc = Tokenized(text);
      std::vector<float> fast;
      AddStage1Emissions(m.stage1(), *doc, &ShippedGazetteers(), nullptr, m.clusters(), &fast);
      CHECK(Same(fast, Reference(m.stage1(), *doc, &ShippedGazetteers(), m.clusters())));
      // No gazetteers, no clusters.
      AddStage1Emissions(m.stage1(), *doc, nullptr, nullptr, nullptr, &fast);
      CHECK(Same(fast, Reference(m.stage1(), *doc, nullptr, nullptr)));
    }
  }
}

TEST_CASE("Stage-1 fast path: hands out each token's LowerWordHash, for the hints") {
  const NerModel& m = ShippedModel();
  for (const char* text : kTexts) {
    auto doc = Tokenized(text);
    std::vector<float> e;
    std::vector<uint64_t> lower(doc->tokens().size() + 1, 7);
    AddStage1Emissions(m.stage1(), *doc, &ShippedGazetteers(), nullptr, m.clusters(), &e, nullptr,
                       lower.data());
    for (size_t t = 0; t < doc->tokens().size(); ++t) {
      CHECK(lower[t] == LowerWordHash(doc->Slice(doc->tokens()[t].span)));
    }
    CHECK(lower.back() == 7);  // no more than the token count written
  }
}

TEST_CASE("Stage-1 fast path: every key counted once, by a model that has weights for all keys") {
  // A model with a distinct random row for every key the texts have: equal
  // sums then mean the same keys, each as often.
  std::vector<std::unique_ptr<Document>> docs;
  for (const char* text : kTexts) docs.push_back(Tokenized(text));
  const WordClusters* clusters = ShippedModel().clusters();
  std::vector<uint32_t> keys;
  for (const auto& doc : docs) {
    FeatureSet fs;
    ExtractNerFeatures(*doc, &ShippedGazetteers(), nullptr, &fs, clusters);
    keys.insert(keys.end(), fs.keys.begin(), fs.keys.end());
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::mt19937 rng(11);
  std::vector<Perceptron::Row> rows(keys.size());
  for (auto& row : rows) {
    for (float& v : row) v = std::uniform_real_distribution<float>(-1, 1)(rng);
  }
  float trans[kNumLabels + 1][kNumLabels] = {};
  Perceptron p;
  p.Assign(keys, rows, trans);
  for (int round = 0; round < 2; ++round) {
    for (const auto& doc : docs) {
      std::vector<float> fast;
      AddStage1Emissions(p, *doc, &ShippedGazetteers(), nullptr, clusters, &fast);
      CHECK(Same(fast, Reference(p, *doc, &ShippedGazetteers(), clusters)));
      // The shipped model in between: the cache starts over for each model.
      AddStage1Emissions(ShippedModel().stage1(), *doc, nullptr, nullptr, nullptr, &fast);
    }
  }
}

TEST_CASE("Stage-2 fast path: bit-identical to scoring every hint key") {
  const NerModel& m = ShippedModel();
  std::mt19937 rng(5);
  for (const char* text : kTexts) {
    auto doc = Tokenized(text);
    std::vector<float> e = Reference(m.stage1(), *doc, &ShippedGazetteers(), m.clusters());
    std::vector<uint8_t> labels;
    NerModel::Decode(m.stage1(), *doc, e, &labels);
    for (int round = 0; round < 3; ++round) {
      if (round > 0) {  // random labels: more and other hints
        for (uint8_t& l : labels) l = static_cast<uint8_t>(rng() % kNumLabels);
      }
      DocHints hints;
      ComputeHints(*doc, labels, &hints);
      FeatureSet fs;
      ExtractHintFeatures(*doc, hints, &fs);
      std::vector<float> reference = e, fast = e;
      NerModel::AddEmissions(m.stage2(), *doc, fs, &reference);
      AddStage2Emissions(m.stage2(), *doc, hints, &fast);
      CHECK(Same(fast, reference));
    }
  }
}

TEST_CASE("Stage-1 and stage-2 fast paths: bit-identical over CoNLL-2003 dev and PolNeAR dev") {
  std::string root = std::getenv("NEWSIE_CORPORA") ? std::getenv("NEWSIE_CORPORA")
                                                   : std::string(NEWSIE_SOURCE_DIR) +
                                                         "/../shared/corpora";
  const NerModel& m = ShippedModel();
  for (const char* rel : {"/conll2003/dev.jsonl", "/polnear/dev.jsonl"}) {
    std::string path = root + rel;
    if (!std::ifstream(path)) {
      MESSAGE("SKIPPED: corpora not found at " << path);
      continue;
    }
    auto recs = ReadJsonRecords(path);
    REQUIRE(recs.ok());
    size_t differ = 0;
    for (const auto& rec : *recs) {
      Document doc(JsonString(rec, "text"));
      TokenizeDocument(doc);
      std::vector<float> fast;
      AddStage1Emissions(m.stage1(), doc, &ShippedGazetteers(), nullptr, m.clusters(), &fast);
      std::vector<float> reference = Reference(m.stage1(), doc, &ShippedGazetteers(), m.clusters());
      if (!Same(fast, reference)) ++differ;
      std::vector<uint8_t> labels;
      NerModel::Decode(m.stage1(), doc, reference, &labels);
      DocHints hints;
      ComputeHints(doc, labels, &hints);
      FeatureSet fs;
      ExtractHintFeatures(doc, hints, &fs);
      NerModel::AddEmissions(m.stage2(), doc, fs, &reference);
      AddStage2Emissions(m.stage2(), doc, hints, &fast);
      if (!Same(fast, reference)) ++differ;
    }
    CHECK(differ == 0);
  }
}

}  // namespace newsie::ner
