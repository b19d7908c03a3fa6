#include "extractors/entities/ner_model.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "pipeline/tokenizer.h"

namespace newsie::ner {
namespace {

// The textbook constrained Viterbi with explicit back pointers: the
// reference the SIMD decoder must agree with, ties included (the lowest
// previous label wins; the lowest final label wins).
std::vector<uint8_t> ReferenceViterbi(const std::vector<float>& e, uint32_t n,
                                      const float trans[kNumLabels + 1][kNumLabels]) {
  const float kNeg = -1e30f;
  std::vector<float> prev(kNumLabels), cur(kNumLabels);
  std::vector<uint8_t> back(static_cast<size_t>(n) * kNumLabels), out(n);
  for (int l = 0; l < kNumLabels; ++l) prev[l] = Allowed(-1, l) ? e[l] + trans[0][l] : kNeg;
  for (uint32_t t = 1; t < n; ++t) {
    for (int l = 0; l < kNumLabels; ++l) {
      float m = 0;
      int arg = -1;
      for (int a = 0; a < kNumLabels; ++a) {
        if (!Allowed(a, l)) continue;
        float v = prev[a] + trans[a + 1][l];
        if (arg < 0 || v > m) {
          m = v;
          arg = a;
        }
      }
      cur[l] = m + e[t * kNumLabels + l];
      back[t * kNumLabels + l] = static_cast<uint8_t>(arg);
    }
    prev.swap(cur);
  }
  int arg = 0;
  for (int l = 1; l < kNumLabels; ++l) {
    if (prev[l] > prev[arg]) arg = l;
  }
  for (uint32_t t = n; t-- > 0;) {
    out[t] = static_cast<uint8_t>(arg);
    arg = back[t * kNumLabels + arg];
  }
  return out;
}

// A random score: a small integer when `ties` (ties are then common),
// else a real.
float DrawScore(std::mt19937& rng, bool ties) {
  if (ties) return static_cast<float>(static_cast<int>(rng() % 5) - 2);
  return std::uniform_real_distribution<float>(-3, 3)(rng);
}

void DrawTransitions(std::mt19937& rng, bool ties, float trans[kNumLabels + 1][kNumLabels]) {
  for (int a = 0; a <= kNumLabels; ++a) {
    for (int l = 0; l < kNumLabels; ++l) trans[a][l] = DrawScore(rng, ties);
  }
}

// Two sentences' random lattices and transitions for round `round`:
// small integer scores (ties common) but in one round of four; either
// sentence may be the longer, empty, or past the decoder's stack buffer.
struct PairRound {
  PairRound(std::mt19937& rng, int round) {
    const bool ties = round % 4 != 0;
    DrawTransitions(rng, ties, trans);
    auto length = [&]() -> uint32_t {
      if (round % 30 == 0) return 250 + rng() % 20;
      return rng() % 40;
    };
    na = length();
    nb = length();
    ea.resize(static_cast<size_t>(na) * kNumLabels);
    eb.resize(static_cast<size_t>(nb) * kNumLabels);
    for (float& v : ea) v = DrawScore(rng, ties);
    for (float& v : eb) v = DrawScore(rng, ties);
  }
  float trans[kNumLabels + 1][kNumLabels];
  uint32_t na, nb;
  std::vector<float> ea, eb;
};

}  // namespace

TEST_CASE("Viterbi: same labels as the textbook decoder, ties and long sentences included") {
  std::mt19937 rng(7);
  for (int round = 0; round < 400; ++round) {
    // Small integer scores make ties common; round 0 mod 4 uses reals.
    const bool ties = round % 4 != 0;
    auto draw = [&]() { return DrawScore(rng, ties); };
    float trans[kNumLabels + 1][kNumLabels];
    DrawTransitions(rng, ties, trans);
    // Lengths around the decoder's stack buffer (256 tokens) too.
    const uint32_t n = round % 50 == 0 ? 250 + rng() % 20 : 1 + rng() % 40;
    std::vector<float> e(static_cast<size_t>(n) * kNumLabels);
    for (float& v : e) v = draw();
    std::vector<uint8_t> got(n);
    Viterbi(e.data(), n, trans, got.data());
    REQUIRE(got == ReferenceViterbi(e, n, trans));
    for (uint32_t t = 0; t < n; ++t) CHECK(Allowed(t == 0 ? -1 : got[t - 1], got[t]));
  }
}

TEST_CASE("ViterbiPair: same labels as two Viterbi calls, any two lengths") {
  std::mt19937 rng(11);
  for (int round = 0; round < 300; ++round) {
    const PairRound r(rng, round);
    const ViterbiTable table(r.trans);
    const uint32_t na = r.na, nb = r.nb;
    std::vector<uint8_t> want_a(na), want_b(nb), got_a(na, 99), got_b(nb, 99);
    Viterbi(r.ea.data(), na, table, want_a.data());
    Viterbi(r.eb.data(), nb, table, want_b.data());
    ViterbiPair(r.ea.data(), na, got_a.data(), r.eb.data(), nb, got_b.data(), table);
    REQUIRE(got_a == want_a);
    REQUIRE(got_b == want_b);
    if (na > 0) REQUIRE(want_a == ReferenceViterbi(r.ea, na, r.trans));
  }
}

TEST_CASE("Viterbi, ViterbiPair: the AVX2 build gives the portable build's labels") {
  if (BestViterbiIsa() != ViterbiIsa::kAvx2) {
    MESSAGE("no AVX2 on this CPU: the portable build alone runs");
    return;
  }
  std::mt19937 rng(23);
  for (int round = 0; round < 600; ++round) {
    // Ties (small integers; all-zero transitions in one round of eight)
    // are where the builds' maxima and first maxima could differ.
    PairRound r(rng, round);
    if (round % 8 == 1) {
      for (auto& row : r.trans) std::fill(std::begin(row), std::end(row), 0.0f);
    }
    const ViterbiTable table(r.trans);
    const uint32_t na = r.na, nb = r.nb;
    std::vector<uint8_t> want_a(na), want_b(nb), got_a(na, 99), got_b(nb, 99), one_a(na, 99);
    ViterbiPair(r.ea.data(), na, want_a.data(), r.eb.data(), nb, want_b.data(), table,
                ViterbiIsa::kPortable);
    ViterbiPair(r.ea.data(), na, got_a.data(), r.eb.data(), nb, got_b.data(), table,
                ViterbiIsa::kAvx2);
    Viterbi(r.ea.data(), na, table, one_a.data(), ViterbiIsa::kAvx2);
    REQUIRE(got_a == want_a);
    REQUIRE(got_b == want_b);
    REQUIRE(one_a == want_a);
    if (na > 0) REQUIRE(want_a == ReferenceViterbi(r.ea, na, r.trans));
  }
}

}  // namespace newsie::ner

namespace newsie::ner {

TEST_CASE("Perceptron: scores the keys it holds, key 0 included, and nothing for others") {
  // Keys 0 and 1 are in the model (0 forces the table's empty marker off
  // its usual value); 7 and 12345 are not.
  const std::vector<uint32_t> keys = {0, 1, 2};
  std::vector<Perceptron::Row> rows(3);
  for (int r = 0; r < 3; ++r) {
    for (int l = 0; l < kNumLabels; ++l) rows[r][l] = static_cast<float>((r + 1) * (l - 4));
  }
  float trans[kNumLabels + 1][kNumLabels] = {};
  Perceptron p;
  p.Assign(keys, rows, trans);
  FeatureSet fs;
  fs.keys = {0, 7, 1, 12345, 2, 7};  // token 0: keys 0, 7; token 1: 1, 12345, 2; token 2: 7
  fs.begin = {0, 2, 5, 6};
  std::vector<float> e(3 * kNumLabels, 0.5f);
  p.ScoreTokens(fs, 0, 3, e.data());
  for (int l = 0; l < kNumLabels; ++l) {
    // Weights are quantized to int16 on the largest |weight| (12 here).
    CHECK(e[l] == doctest::Approx(0.5 + 1 * (l - 4)).epsilon(1e-3));
    CHECK(e[kNumLabels + l] == doctest::Approx(0.5 + (2 + 3) * (l - 4)).epsilon(1e-3));
    CHECK(e[2 * kNumLabels + l] == 0.5f);
  }
  // Serialize writes back what Deserialize reads.
  std::string bytes;
  p.Serialize(&bytes);
  Perceptron q;
  const char* b = bytes.data();
  REQUIRE(q.Deserialize(b, bytes.data() + bytes.size()));
  CHECK(b == bytes.data() + bytes.size());
  std::string again;
  q.Serialize(&again);
  CHECK(again == bytes);
}

}  // namespace newsie::ner

namespace newsie::ner {

TEST_CASE("Perceptron: the key filter passes every key the table holds and stops most others") {
  // 20,000 random keys in the model, key 0 among them; the filter (about
  // 8 bits a key, one hash) must never turn a held key away, and should
  // turn away most of the keys it lacks (a one-hash filter at 8 bits a
  // key lets about 12% through).
  std::mt19937 rng(3);
  std::vector<uint32_t> keys = {0};
  while (keys.size() < 20000) keys.push_back(static_cast<uint32_t>(rng()));
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::vector<Perceptron::Row> rows(keys.size());
  float trans[kNumLabels + 1][kNumLabels] = {};
  Perceptron p;
  p.Assign(keys, rows, trans);
  const Perceptron::Table table = p.table();
  for (uint32_t key : keys) REQUIRE(table.MayHave(key));
  int passed = 0, absent = 0;
  for (int i = 0; i < 20000; ++i) {
    const uint32_t key = static_cast<uint32_t>(rng());
    if (std::binary_search(keys.begin(), keys.end(), key)) continue;
    ++absent;
    passed += table.MayHave(key);
  }
  CHECK(passed < absent / 5);
  // A perceptron with no table lets nothing through.
  CHECK_FALSE(Perceptron().table().MayHave(12345));
}

TEST_CASE("ComputeHints: each capitalized word's class among its other occurrences, any case") {
  // Twice, with another document between: the grouping table is the
  // thread's and reused.
  for (int round = 0; round < 2; ++round) {
    Document doc("Paris met Paris . PARIS and paris went to Lyon . Smith saw Smith .");
    TokenizeDocument(doc);
    REQUIRE(doc.tokens().size() == 15);
    std::vector<uint8_t> labels(15, kO);
    labels[0] = kBLoc;
    labels[2] = kBPer;
    labels[4] = kBLoc;
    labels[9] = kBLoc;
    DocHints hints;
    ComputeHints(doc, labels, &hints);
    CHECK(hints.own_label == labels);
    const std::vector<int8_t> want = {0,  -1, 2,  -1, 0,  -1, -1, -1,
                                      -1, -1, -1, 4,  -1, 4,  -1};
    // "Paris"/"PARIS" as LOC see one LOC and one PER (a tie: the first
    // class, PER, wins); as PER two LOCs; lower-case "paris" and the
    // other words none; "Lyon" is alone; each "Smith" sees an O.
    CHECK(hints.other_class == want);
    Document other("Lyon and Lyon .");
    TokenizeDocument(other);
    ComputeHints(other, std::vector<uint8_t>(other.tokens().size(), kO), &hints);
    CHECK(hints.other_class[0] == 4);
  }
}

}  // namespace newsie::ner
