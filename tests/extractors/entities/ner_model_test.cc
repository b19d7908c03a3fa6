#include "extractors/entities/ner_model.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <vector>

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

}  // namespace

TEST_CASE("Viterbi: same labels as the textbook decoder, ties and long sentences included") {
  std::mt19937 rng(7);
  for (int round = 0; round < 400; ++round) {
    // Small integer scores make ties common; round 0 mod 4 uses reals.
    const bool ties = round % 4 != 0;
    auto draw = [&]() -> float {
      if (ties) return static_cast<float>(static_cast<int>(rng() % 5) - 2);
      return std::uniform_real_distribution<float>(-3, 3)(rng);
    };
    float trans[kNumLabels + 1][kNumLabels];
    for (auto& row : trans) {
      for (float& v : row) v = draw();
    }
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

}  // namespace newsie::ner
