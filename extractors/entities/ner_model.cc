#include "extractors/entities/ner_model.h"

#include <zlib.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
// The decoder's AVX2 build (ViterbiAvx2), chosen at run time: the
// default build targets plain x86-64 (SSE2).
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define NEWSIE_VITERBI_AVX2 1
#include <immintrin.h>
#else
#define NEWSIE_VITERBI_AVX2 0
#endif

#include <algorithm>
#include <cassert>
#include <atomic>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>

#include "extractors/entities/ner_scorer.h"

namespace newsie::ner {
namespace {

constexpr char kMagic[8] = {'N', 'W', 'S', 'N', 'E', 'R', '0', '1'};
constexpr float kNegInf = -1e30f;

template <typename T>
void Put(std::string* out, const T& v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof v);
}
template <typename T>
bool Get(const char*& p, const char* end, T* v) {
  if (end - p < static_cast<ptrdiff_t>(sizeof(T))) return false;
  std::memcpy(v, p, sizeof(T));
  p += sizeof(T);
  return true;
}

}  // namespace

Perceptron::Perceptron() = default;

void Perceptron::Assign(const std::vector<uint32_t>& keys, const std::vector<Row>& rows,
                        const float trans[kNumLabels + 1][kNumLabels]) {
  float mx = 0;
  for (const Row& row : rows) {
    for (float v : row) mx = std::max(mx, std::fabs(v));
  }
  scale_ = mx > 0 ? mx / 32767.0f : 1.0f;
  std::vector<int16_t> q(rows.size() * kNumLabels);
  for (size_t r = 0; r < rows.size(); ++r) {
    for (int l = 0; l < kNumLabels; ++l) {
      q[r * kNumLabels + l] = static_cast<int16_t>(std::lround(rows[r][l] / scale_));
    }
  }
  std::memcpy(trans_, trans, sizeof trans_);
  vt_ = ViterbiTable(trans_);
  BuildIndex(keys, reinterpret_cast<const char*>(q.data()));
}

void Perceptron::BuildIndex(std::vector<uint32_t> keys, const char* q) {
  static std::atomic<uint64_t> next_id{1};
  id_ = next_id.fetch_add(1, std::memory_order_relaxed);
  keys_ = std::move(keys);
  const std::vector<uint32_t>& k = keys_;
  // The empty marker: the smallest value that is no key (feature keys are
  // never 0, so almost always 0).
  empty_ = 0;
  if (std::find(k.begin(), k.end(), 0u) != k.end()) {
    std::vector<uint32_t> sorted = k;
    std::sort(sorted.begin(), sorted.end());
    for (uint32_t key : sorted) {
      if (key == empty_) ++empty_;
      else if (key > empty_) break;
    }
  }
  cap_ = static_cast<uint32_t>(std::max<size_t>(16, k.size() + k.size() / 2));
  slot_keys_.assign(cap_ + 1, empty_);
  slot_weights_.assign(slot_keys_.size() * kNumLabels, 0);
  size_t bits = 64;
  while (bits < k.size() * kFilterBitsPerKey) bits <<= 1;
  filter_.assign(bits / 64, 0);
  filter_mask_ = static_cast<uint32_t>(bits - 1);
  for (uint32_t r = 0; r < k.size(); ++r) {
    uint32_t i = Home(k[r]);
    while (slot_keys_[i] != empty_ && slot_keys_[i] != k[r]) ++i;
    if (slot_keys_[i] == k[r]) continue;  // a repeated key: the first row wins
    if (i + 1 == slot_keys_.size()) {  // keep an empty slot at the end
      slot_keys_.push_back(empty_);
      slot_weights_.resize(slot_keys_.size() * kNumLabels, 0);
    }
    slot_keys_[i] = k[r];
    filter_[(k[r] & filter_mask_) >> 6] |= uint64_t{1} << (k[r] & 63);
    std::memcpy(&slot_weights_[static_cast<size_t>(i) * kNumLabels],
                q + static_cast<size_t>(r) * kNumLabels * sizeof(int16_t),
                kNumLabels * sizeof(int16_t));
  }
}

void Perceptron::ScoreTokens(const FeatureSet& fs, uint32_t tb, uint32_t te, float* e) const {
  if (keys_.empty() || te <= tb) return;
  const uint32_t* keys = fs.keys.data();
  const uint32_t* begin = fs.begin.data();
  const uint32_t* slot_keys = slot_keys_.data();
  const int16_t* slot_weights = slot_weights_.data();
  const uint64_t cap = cap_;
  const uint32_t empty = empty_;
  auto home = [cap](uint32_t key) { return static_cast<uint32_t>((key * cap) >> 32); };
  // The weights of a token's keys' home slots are prefetched one token
  // ahead: the weights are larger than the caches.
  auto prefetch = [&](uint32_t t) {
    for (uint32_t k = begin[t]; k < begin[t + 1]; ++k) {
      __builtin_prefetch(&slot_weights[static_cast<size_t>(home(keys[k])) * kNumLabels]);
    }
  };
  prefetch(tb);
  for (uint32_t t = tb; t < te; ++t) {
    if (t + 1 < te) prefetch(t + 1);
    // Integer sums are exact in any order; the float conversion and the
    // scaling are per label, as the trainer's scoring does.
#if defined(__SSE2__)
    __m128i acc_lo = _mm_setzero_si128(), acc_hi = _mm_setzero_si128();
    int32_t acc8 = 0;
#else
    int32_t acc[kNumLabels] = {};
#endif
    for (uint32_t k = begin[t], kend = begin[t + 1]; k < kend; ++k) {
      const uint32_t key = keys[k];
      if (key == empty) continue;  // no key of the model
      uint32_t i = home(key), found;
      while ((found = slot_keys[i]) != key && found != empty) ++i;
      if (found != key) continue;
      const int16_t* w = &slot_weights[static_cast<size_t>(i) * kNumLabels];
#if defined(__SSE2__)
      // Weights 0..7 sign-extended to two vectors of four int32; weight 8
      // apart.
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(w));
      acc_lo = _mm_add_epi32(acc_lo, _mm_srai_epi32(_mm_unpacklo_epi16(v, v), 16));
      acc_hi = _mm_add_epi32(acc_hi, _mm_srai_epi32(_mm_unpackhi_epi16(v, v), 16));
      acc8 += w[8];
#else
      for (int l = 0; l < kNumLabels; ++l) acc[l] += w[l];
#endif
    }
    float* out = e + static_cast<size_t>(t - tb) * kNumLabels;
#if defined(__SSE2__)
    static_assert(kNumLabels == 9);
    const __m128 scale = _mm_set1_ps(scale_);
    _mm_storeu_ps(out, _mm_add_ps(_mm_loadu_ps(out), _mm_mul_ps(_mm_cvtepi32_ps(acc_lo), scale)));
    _mm_storeu_ps(out + 4,
                  _mm_add_ps(_mm_loadu_ps(out + 4), _mm_mul_ps(_mm_cvtepi32_ps(acc_hi), scale)));
    out[8] += static_cast<float>(acc8) * scale_;
#else
    for (int l = 0; l < kNumLabels; ++l) out[l] += static_cast<float>(acc[l]) * scale_;
#endif
  }
}

ViterbiTable::ViterbiTable(const float trans[kNumLabels + 1][kNumLabels]) {
  for (int a = 0; a < kNumLabels; ++a) {
    for (int l = 0; l < kLanes; ++l) {
      tt[a][l] = l < kNumLabels && Allowed(a, l) ? trans[a + 1][l] : kNegInf;
    }
  }
  for (int l = 0; l < kNumLabels; ++l) {
    for (int a = 0; a < kLanes; ++a) tc[l][a] = a < kNumLabels ? tt[a][l] : kNegInf;
  }
  for (int l = 0; l < kLanes; ++l) {
    start_ok[l] = l < kNumLabels && Allowed(-1, l);
    start[l] = start_ok[l] ? trans[0][l] : 0.0f;
  }
}

void Viterbi(const float* e, uint32_t n, const float trans[kNumLabels + 1][kNumLabels],
             uint8_t* out) {
  if (n == 0) return;
  Viterbi(e, n, ViterbiTable(trans), out);
}

namespace {

// The transitions are a full 9 x 9 table over (previous, current), with
// the BIO constraint as kNegInf, padded to 12 labels: every step is then
// the same max-plus product, which runs as SIMD (8 lanes, and the ninth
// label apart). Forbidden transitions score near -1e30 and never win
// against the allowed ones (a B- label is always reachable), so the best
// scores are exactly the constrained ones. The back pointers are not
// kept: the backward pass recomputes the argmax for the chosen label
// only, with the same tie-breaking (the lowest previous label wins).
using V4 = float __attribute__((vector_size(16)));
using V4i = int __attribute__((vector_size(16)));
constexpr int kLanes = ViterbiTable::kLanes, kVecs = kLanes / 4;
static_assert(kNumLabels <= kLanes);
static_assert(kNumLabels == 9 && kBMisc == 7 && kIMisc == 8);

// One sentence's lattice, on the stack when it fits (sentences are short).
class Lattice {
 public:
  explicit Lattice(uint32_t n) {
    if (n > kStack) {
      heap_.resize(static_cast<size_t>(n) * kVecs);
      score_ = reinterpret_cast<float*>(heap_.data());
    }
  }
  float* score() { return score_; }

 private:
  static constexpr uint32_t kStack = 256;
  alignas(16) float stack_[kStack * kLanes];
  std::vector<V4> heap_;
  float* score_ = stack_;
};

// The previous position's scores, kept in registers (p0: labels 0..3, p1:
// 4..7, p8) rather than reloaded from the lattice just stored.
struct Scores {
  V4 p0, p1;
  float p8;
};

// The transitions as vectors: row[a][v] = tt[a][4v .. 4v + 4).
struct Rows {
  explicit Rows(const ViterbiTable& table) {
    for (int a = 0; a < kNumLabels; ++a) {
      for (int v = 0; v < 2; ++v) std::memcpy(&row[a][v], &table.tt[a][4 * v], sizeof(V4));
    }
    t78 = table.tt[7][8];
    t88 = table.tt[8][8];
  }
  V4 row[kNumLabels][2];
  float t78, t88;
};

// Position 0 of the lattice `score` for emissions `e`.
Scores Start(const ViterbiTable& table, const float* e, float* score) {
  for (int l = 0; l < kLanes; ++l) {
    score[l] = table.start_ok[l] ? e[l] + table.start[l] : kNegInf;
  }
  Scores s;
  std::memcpy(&s.p0, score, sizeof s.p0);
  std::memcpy(&s.p1, score + 4, sizeof s.p1);
  s.p8 = score[8];
  return s;
}

// Lane `i` of `v` in all four lanes: one shuffle. GCC and clang name the
// builtin differently (the fuzzing build uses clang).
template <int i>
[[gnu::always_inline]] inline V4 Splat(V4 v) {
#if defined(__clang__)
  return __builtin_shufflevector(v, v, i, i, i, i);
#else
  return __builtin_shuffle(v, V4i{i, i, i, i});
#endif
}

// One position: from the previous scores `s` and the emissions `et`,
// the scores written to `out` and kept in `s`. Labels 0..7 run as two
// vectors; label 8 (I-MISC) may only follow B-MISC or I-MISC, so its lane
// is those two sums (the other previous labels' sums are near -1e30 and
// never win; B-MISC is always reachable). The nine candidates are reduced
// as a tree, four maxima deep rather than a running maximum's eight: the
// maximum of a set of finite floats is the same whatever the order (at
// most the sign of a zero differs, which no later sum or comparison
// sees), so the scores and labels are those of the running maximum.
[[gnu::always_inline]] inline void Step(const Rows& r, const float* et, float* out, Scores& s) {
  auto max = [](V4 a, V4 b) { return a > b ? a : b; };
  const V4 b[kNumLabels] = {Splat<0>(s.p0), Splat<1>(s.p0), Splat<2>(s.p0),
                            Splat<3>(s.p0), Splat<0>(s.p1), Splat<1>(s.p1),
                            Splat<2>(s.p1), Splat<3>(s.p1), V4{s.p8, s.p8, s.p8, s.p8}};
  V4 m[2];
  for (int v = 0; v < 2; ++v) {
    const V4 c01 = max(b[0] + r.row[0][v], b[1] + r.row[1][v]);
    const V4 c23 = max(b[2] + r.row[2][v], b[3] + r.row[3][v]);
    const V4 c45 = max(b[4] + r.row[4][v], b[5] + r.row[5][v]);
    const V4 c67 = max(b[6] + r.row[6][v], b[7] + r.row[7][v]);
    m[v] = max(max(max(c01, c23), max(c45, c67)), b[8] + r.row[8][v]);
  }
  V4 e0, e1;
  std::memcpy(&e0, et, sizeof e0);
  std::memcpy(&e1, et + 4, sizeof e1);
  const float p8 = std::max(s.p1[3] + r.t78, s.p8 + r.t88) + et[8];
  s.p0 = m[0] + e0;
  s.p1 = m[1] + e1;
  s.p8 = p8;
  std::memcpy(out, &s.p0, sizeof s.p0);
  std::memcpy(out + 4, &s.p1, sizeof s.p1);
  out[8] = p8;
}

// The labels of the n >= 1 positions of the filled lattice `score`.
// Each step takes the lowest previous label a of the largest
// score[t - 1][a] + tt[a][arg], as a scalar loop over a with `>` does:
// the nine sums as two vectors and a scalar (the same float additions),
// their maximum, then the first lane equal to it (== holds for -0 and +0
// alike, as `>` keeps the first of them).
void Backward(const ViterbiTable& table, const float* score, uint32_t n, uint8_t* out) {
  const float* last = score + static_cast<size_t>(n - 1) * kLanes;
  int arg = static_cast<int>(std::max_element(last, last + kNumLabels) - last);
  for (uint32_t t = n; t-- > 1;) {
    out[t] = static_cast<uint8_t>(arg);
    const float* prev = score + static_cast<size_t>(t - 1) * kLanes;
#if defined(__SSE2__)
    const float* col = table.tc[arg];
    const __m128 v0 = _mm_add_ps(_mm_load_ps(prev), _mm_loadu_ps(col));
    const __m128 v1 = _mm_add_ps(_mm_load_ps(prev + 4), _mm_loadu_ps(col + 4));
    const float v8 = prev[8] + col[8];
    __m128 m = _mm_max_ps(v0, v1);
    m = _mm_max_ps(m, _mm_shuffle_ps(m, m, _MM_SHUFFLE(1, 0, 3, 2)));
    m = _mm_max_ps(m, _mm_shuffle_ps(m, m, _MM_SHUFFLE(2, 3, 0, 1)));
    const float best = std::max(_mm_cvtss_f32(m), v8);
    const __m128 b = _mm_set1_ps(best);
    const unsigned bits = static_cast<unsigned>(_mm_movemask_ps(_mm_cmpeq_ps(v0, b))) |
                          static_cast<unsigned>(_mm_movemask_ps(_mm_cmpeq_ps(v1, b))) << 4 |
                          (v8 == best ? 1u << 8 : 0u);
    arg = __builtin_ctz(bits);
#else
    const auto& tt = table.tt;
    int best = 0;
    float m = prev[0] + tt[0][arg];
    for (int a = 1; a < kNumLabels; ++a) {
      float v = prev[a] + tt[a][arg];
      if (v > m) {
        m = v;
        best = a;
      }
    }
    arg = best;
#endif
  }
  out[0] = static_cast<uint8_t>(arg);
}

void ViterbiPortable(const float* e, uint32_t n, const ViterbiTable& table, uint8_t* out) {
  if (n == 0) return;
  const Rows rows(table);
  Lattice lattice(n);
  float* score = lattice.score();
  Scores s = Start(table, e, score);
  for (uint32_t t = 1; t < n; ++t) {
    Step(rows, e + static_cast<size_t>(t) * kNumLabels, score + static_cast<size_t>(t) * kLanes, s);
  }
  Backward(table, score, n, out);
}

void ViterbiPairPortable(const float* ea, uint32_t na, uint8_t* outa, const float* eb,
                         uint32_t nb, uint8_t* outb, const ViterbiTable& table) {
  if (na == 0 || nb == 0) {
    ViterbiPortable(ea, na, table, outa);
    ViterbiPortable(eb, nb, table, outb);
    return;
  }
  // Each step waits for the one before; two sentences' steps side by side
  // fill each other's waits.
  const Rows rows(table);
  Lattice la(na), lb(nb);
  float* sa = la.score();
  float* sb = lb.score();
  Scores a = Start(table, ea, sa), b = Start(table, eb, sb);
  const uint32_t both = std::min(na, nb);
  uint32_t t = 1;
  for (; t < both; ++t) {
    Step(rows, ea + static_cast<size_t>(t) * kNumLabels, sa + static_cast<size_t>(t) * kLanes, a);
    Step(rows, eb + static_cast<size_t>(t) * kNumLabels, sb + static_cast<size_t>(t) * kLanes, b);
  }
  for (uint32_t u = t; u < na; ++u) {
    Step(rows, ea + static_cast<size_t>(u) * kNumLabels, sa + static_cast<size_t>(u) * kLanes, a);
  }
  for (uint32_t u = t; u < nb; ++u) {
    Step(rows, eb + static_cast<size_t>(u) * kNumLabels, sb + static_cast<size_t>(u) * kLanes, b);
  }
  Backward(table, sa, na, outa);
  Backward(table, sb, nb, outb);
}

#if NEWSIE_VITERBI_AVX2
// The same lattice with labels 0..7 as one 8-lane AVX vector instead of
// two SSE vectors: each lane does the same float additions and takes the
// same maxima in the same tree as Step (vmaxps keeps the second operand
// on equality, as `a > b ? a : b` does), and label 8 is the same scalar
// expression: half the vector additions and maxima a step. The forward
// pass also keeps each label's back pointer, the first previous label of
// the largest sum, which is the one Backward finds by recomputing the
// sums: Backward's steps wait on each other (the label chosen picks the
// column summed next, about 25 cycles a step), while the pointers cost
// the forward pass compares and blends off its critical path, and the
// way back is one load a step. Compiled for AVX2 alone and run only
// where the CPU has it.
struct Rows8 {
  __m256 row[kNumLabels];
  float t78, t88;
};

[[gnu::target("avx2"), gnu::always_inline]] inline void Rows8Of(const ViterbiTable& table,
                                                                 Rows8* r) {
  for (int a = 0; a < kNumLabels; ++a) r->row[a] = _mm256_loadu_ps(table.tt[a]);
  r->t78 = table.tt[7][8];
  r->t88 = table.tt[8][8];
}

// Lane `i` of `p` in all eight lanes: one vpermps.
template <int i>
[[gnu::target("avx2"), gnu::always_inline]] inline __m256 Lane(__m256 p) {
  return _mm256_permutevar8x32_ps(p, _mm256_set1_epi32(i));
}

// The larger of (lv, li) and (rv, ri), lane by lane: lv becomes
// max(lv, rv) as Step takes it, li the index of the first maximum (the
// left's on ties: its indices are the lower ones), as Backward's first
// equal lane is.
[[gnu::target("avx2"), gnu::always_inline]] inline void Pick(__m256& lv, __m256& li, __m256 rv,
                                                             __m256 ri) {
  li = _mm256_blendv_ps(li, ri, _mm256_cmp_ps(rv, lv, _CMP_GT_OQ));
  lv = _mm256_max_ps(lv, rv);
}

// Index k in all eight lanes, as the bits of an int32.
template <int k>
[[gnu::target("avx2"), gnu::always_inline]] inline __m256 Index() {
  return _mm256_castsi256_ps(_mm256_set1_epi32(k));
}

// One position, as Step: `p` holds the previous scores of labels 0..7,
// `p8` label 8's; both become this position's. bp[l] is set to the
// previous label of the best path to l, the label Backward would take.
[[gnu::target("avx2"), gnu::always_inline]] inline void Step8(const Rows8& r, const float* et,
                                                              int32_t* bp, __m256& p, float& p8) {
  __m256 v01 = _mm256_add_ps(Lane<0>(p), r.row[0]), i01 = Index<0>();
  __m256 v23 = _mm256_add_ps(Lane<2>(p), r.row[2]), i23 = Index<2>();
  __m256 v45 = _mm256_add_ps(Lane<4>(p), r.row[4]), i45 = Index<4>();
  __m256 v67 = _mm256_add_ps(Lane<6>(p), r.row[6]), i67 = Index<6>();
  Pick(v01, i01, _mm256_add_ps(Lane<1>(p), r.row[1]), Index<1>());
  Pick(v23, i23, _mm256_add_ps(Lane<3>(p), r.row[3]), Index<3>());
  Pick(v45, i45, _mm256_add_ps(Lane<5>(p), r.row[5]), Index<5>());
  Pick(v67, i67, _mm256_add_ps(Lane<7>(p), r.row[7]), Index<7>());
  Pick(v01, i01, v23, i23);
  Pick(v45, i45, v67, i67);
  Pick(v01, i01, v45, i45);
  Pick(v01, i01, _mm256_add_ps(_mm256_set1_ps(p8), r.row[8]), Index<8>());
  _mm256_storeu_ps(reinterpret_cast<float*>(bp), i01);
  const float from7 = _mm256_cvtss_f32(Lane<7>(p)) + r.t78, from8 = p8 + r.t88;
  bp[8] = from7 < from8 ? 8 : 7;  // std::max keeps the first on ties
  p8 = std::max(from7, from8) + et[8];
  p = _mm256_add_ps(v01, _mm256_loadu_ps(et));
}

// Back pointers of one sentence, kLanes int32 a position (position 0's
// unused), on the stack when they fit.
class BackPointers {
 public:
  explicit BackPointers(uint32_t n) {
    if (n > kStack) {
      heap_.resize(static_cast<size_t>(n) * kLanes);
      bp_ = heap_.data();
    }
  }
  int32_t* row(uint32_t t) { return bp_ + static_cast<size_t>(t) * kLanes; }

 private:
  static constexpr uint32_t kStack = 256;
  alignas(32) int32_t stack_[kStack * kLanes];
  std::vector<int32_t> heap_;
  int32_t* bp_ = stack_;
};

// The labels from the last position's scores (p, p8) and the back
// pointers: the first of the largest final scores, then each position's
// pointer, as Backward finds them.
[[gnu::target("avx2")]] void Trace(__m256 p, float p8, BackPointers& bp, uint32_t n,
                                   uint8_t* out) {
  alignas(32) float last[kLanes];
  _mm256_store_ps(last, p);
  last[8] = p8;
  int arg = static_cast<int>(std::max_element(last, last + kNumLabels) - last);
  for (uint32_t t = n; t-- > 1;) {
    out[t] = static_cast<uint8_t>(arg);
    arg = bp.row(t)[arg];
  }
  out[0] = static_cast<uint8_t>(arg);
}

[[gnu::target("avx2")]] void ViterbiAvx2(const float* e, uint32_t n, const ViterbiTable& table,
                                         uint8_t* out) {
  if (n == 0) return;
  Rows8 rows;
  Rows8Of(table, &rows);
  BackPointers bp(n);
  alignas(16) float start[kLanes];
  Start(table, e, start);
  __m256 p = _mm256_loadu_ps(start);
  float p8 = start[8];
  for (uint32_t t = 1; t < n; ++t) {
    Step8(rows, e + static_cast<size_t>(t) * kNumLabels, bp.row(t), p, p8);
  }
  Trace(p, p8, bp, n, out);
}

[[gnu::target("avx2")]] void ViterbiPairAvx2(const float* ea, uint32_t na, uint8_t* outa,
                                             const float* eb, uint32_t nb, uint8_t* outb,
                                             const ViterbiTable& table) {
  if (na == 0 || nb == 0) {
    ViterbiAvx2(ea, na, table, outa);
    ViterbiAvx2(eb, nb, table, outb);
    return;
  }
  Rows8 rows;
  Rows8Of(table, &rows);
  BackPointers ba(na), bb(nb);
  alignas(16) float start_a[kLanes], start_b[kLanes];
  Start(table, ea, start_a);
  Start(table, eb, start_b);
  __m256 pa = _mm256_loadu_ps(start_a), pb = _mm256_loadu_ps(start_b);
  float pa8 = start_a[8], pb8 = start_b[8];
  const uint32_t both = std::min(na, nb);
  uint32_t t = 1;
  for (; t < both; ++t) {
    Step8(rows, ea + static_cast<size_t>(t) * kNumLabels, ba.row(t), pa, pa8);
    Step8(rows, eb + static_cast<size_t>(t) * kNumLabels, bb.row(t), pb, pb8);
  }
  for (uint32_t u = t; u < na; ++u) {
    Step8(rows, ea + static_cast<size_t>(u) * kNumLabels, ba.row(u), pa, pa8);
  }
  for (uint32_t u = t; u < nb; ++u) {
    Step8(rows, eb + static_cast<size_t>(u) * kNumLabels, bb.row(u), pb, pb8);
  }
  Trace(pa, pa8, ba, na, outa);
  Trace(pb, pb8, bb, nb, outb);
}
#endif  // NEWSIE_VITERBI_AVX2

}  // namespace

ViterbiIsa BestViterbiIsa() {
#if NEWSIE_VITERBI_AVX2
  static const ViterbiIsa isa = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") ? ViterbiIsa::kAvx2 : ViterbiIsa::kPortable;
  }();
  return isa;
#else
  return ViterbiIsa::kPortable;
#endif
}

void Viterbi(const float* e, uint32_t n, const ViterbiTable& table, uint8_t* out) {
  Viterbi(e, n, table, out, BestViterbiIsa());
}

void Viterbi(const float* e, uint32_t n, const ViterbiTable& table, uint8_t* out,
             ViterbiIsa isa) {
#if NEWSIE_VITERBI_AVX2
  if (isa == ViterbiIsa::kAvx2) {
    assert(BestViterbiIsa() == ViterbiIsa::kAvx2);
    ViterbiAvx2(e, n, table, out);
    return;
  }
#endif
  (void)isa;
  ViterbiPortable(e, n, table, out);
}

void ViterbiPair(const float* ea, uint32_t na, uint8_t* outa, const float* eb, uint32_t nb,
                 uint8_t* outb, const ViterbiTable& table) {
  ViterbiPair(ea, na, outa, eb, nb, outb, table, BestViterbiIsa());
}

void ViterbiPair(const float* ea, uint32_t na, uint8_t* outa, const float* eb, uint32_t nb,
                 uint8_t* outb, const ViterbiTable& table, ViterbiIsa isa) {
#if NEWSIE_VITERBI_AVX2
  if (isa == ViterbiIsa::kAvx2) {
    assert(BestViterbiIsa() == ViterbiIsa::kAvx2);
    ViterbiPairAvx2(ea, na, outa, eb, nb, outb, table);
    return;
  }
#endif
  (void)isa;
  ViterbiPairPortable(ea, na, outa, eb, nb, outb, table);
}

void Perceptron::Serialize(std::string* out) const {
  Put(out, static_cast<uint32_t>(keys_.size()));
  Put(out, scale_);
  for (const auto& row : trans_) {
    for (float v : row) Put(out, v);
  }
  for (uint32_t k : keys_) Put(out, k);
  for (uint32_t k : keys_) {
    const int16_t* w = &slot_weights_[static_cast<size_t>(Find(k)) * kNumLabels];
    for (int l = 0; l < kNumLabels; ++l) Put(out, w[l]);
  }
}

bool Perceptron::Deserialize(const char*& p, const char* end) {
  uint32_t n = 0;
  if (!Get(p, end, &n) || !Get(p, end, &scale_)) return false;
  for (auto& row : trans_) {
    for (float& v : row) {
      if (!Get(p, end, &v)) return false;
    }
  }
  vt_ = ViterbiTable(trans_);
  size_t need = static_cast<size_t>(n) * (4 + 2 * kNumLabels);
  if (static_cast<size_t>(end - p) < need) return false;
  std::vector<uint32_t> keys(n);
  // Not for an empty model: memcpy from an empty vector's null data() is
  // undefined even for zero bytes (UBSan reports it).
  if (n > 0) std::memcpy(keys.data(), p, static_cast<size_t>(n) * 4);
  p += static_cast<size_t>(n) * 4;
  // The weights are read in place: no second copy of them while loading.
  BuildIndex(std::move(keys), p);
  p += static_cast<size_t>(n) * kNumLabels * sizeof(int16_t);
  return true;
}

void ComputeHints(const Document& doc, const std::vector<uint8_t>& labels, DocHints* hints,
                  const uint64_t* lower) {
  const auto& toks = doc.tokens();
  const size_t n = toks.size();
  hints->other_class.assign(n, -1);
  hints->own_label = labels;
  // Group tokens by word (their LowerWordHash): label counts per word in
  // an open-addressing table, the thread's, emptied by a new generation,
  // then each token's class from its word's counts less its own label.
  // A token's result depends only on its word's counts, so the order the
  // words are met in does not matter. (The same table as DocStats', kept
  // apart: sharing it as a template cost PrepareDocContext 6% more
  // instructions as GCC 12 compiled it.)
  struct Group {
    uint64_t key = 0;
    uint32_t gen = 0;  // in use when the table's generation
    int counts[5] = {0, 0, 0, 0, 0};
  };
  struct Table {
    std::vector<Group> slots;
    std::vector<std::pair<uint32_t, uint32_t>> members;  // (token, slot)
    uint32_t gen = 0;
  };
  thread_local Table table;
  size_t cap = 64;
  while (cap < 2 * n + 2) cap <<= 1;
  constexpr size_t kKeep = size_t{1} << 16;
  if (table.slots.size() < cap || (table.slots.size() > kKeep && cap <= kKeep)) {
    table.slots.assign(cap, Group());
    table.gen = 1;
  } else if (++table.gen == 0) {
    std::fill(table.slots.begin(), table.slots.end(), Group());
    table.gen = 1;
  }
  const uint32_t gen = table.gen;
  const size_t mask = cap - 1;  // the first cap slots
  Group* slots = table.slots.data();
  auto& members = table.members;
  members.clear();
  for (uint32_t t = 0; t < n; ++t) {
    if (!toks[t].Has(kTokWord) || toks[t].Has(kTokLower)) continue;
    const uint64_t key = lower ? lower[t] : LowerWordHash(doc.Slice(toks[t].span));
    size_t i = (key ^ (key >> 29)) & mask;
    while (slots[i].gen == gen && slots[i].key != key) i = (i + 1) & mask;
    Group& g = slots[i];
    if (g.gen != gen) {
      g = Group();
      g.gen = gen;
      g.key = key;
    }
    const uint8_t l = labels[t];
    ++g.counts[l == kO ? 4 : LabelClass(l)];
    members.emplace_back(t, static_cast<uint32_t>(i));
  }
  for (const auto& [t, i] : members) {
    const Group& g = slots[i];
    const uint8_t l = labels[t];
    int c[5];
    std::copy(g.counts, g.counts + 5, c);
    --c[l == kO ? 4 : LabelClass(l)];
    if (c[0] + c[1] + c[2] + c[3] + c[4] == 0) continue;  // the word's only token
    int best = -1, bc = 0;
    for (int k = 0; k < 4; ++k) {
      if (c[k] > bc) {
        bc = c[k];
        best = k;
      }
    }
    if (best < 0 && c[4] > 0) best = 4;
    hints->other_class[t] = static_cast<int8_t>(best);
  }
  if (members.capacity() > kKeep && members.size() <= kKeep) members = {};
}

std::unique_ptr<NerModel> NerModel::FromStages(Perceptron stage1, Perceptron stage2,
                                               WordClusters clusters) {
  std::unique_ptr<NerModel> m(new NerModel());
  m->stage1_ = std::move(stage1);
  m->stage2_ = std::move(stage2);
  m->clusters_ = std::move(clusters);
  return m;
}

StatusOr<std::unique_ptr<NerModel>> NerModel::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("NER model not found: " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string packed = ss.str();
  if (packed.size() < 16 || std::memcmp(packed.data(), kMagic, 8) != 0) {
    return DataLossError(path + ": not a newsie NER model");
  }
  uint64_t raw_size = 0;
  std::memcpy(&raw_size, packed.data() + 8, 8);
  if (raw_size > (1ull << 31)) return DataLossError(path + ": bad size");
  std::string raw(raw_size, '\0');
  uLongf len = static_cast<uLongf>(raw_size);
  if (uncompress(reinterpret_cast<Bytef*>(raw.data()), &len,
                 reinterpret_cast<const Bytef*>(packed.data() + 16),
                 static_cast<uLong>(packed.size() - 16)) != Z_OK ||
      len != raw_size) {
    return DataLossError(path + ": corrupt model data");
  }
  std::unique_ptr<NerModel> m(new NerModel());
  const char* p = raw.data();
  const char* end = p + raw.size();
  if (!m->stage1_.Deserialize(p, end) || !m->stage2_.Deserialize(p, end) ||
      (p != end && !m->clusters_.Deserialize(p, end)) || p != end) {
    return DataLossError(path + ": truncated model data");
  }
  return m;
}

Status NerModel::Save(const std::string& path) const {
  std::string raw;
  stage1_.Serialize(&raw);
  stage2_.Serialize(&raw);
  if (!clusters_.empty()) clusters_.Serialize(&raw);
  uLongf bound = compressBound(static_cast<uLong>(raw.size()));
  std::string packed(16 + bound, '\0');
  std::memcpy(packed.data(), kMagic, 8);
  uint64_t raw_size = raw.size();
  std::memcpy(packed.data() + 8, &raw_size, 8);
  if (compress2(reinterpret_cast<Bytef*>(packed.data() + 16), &bound,
                reinterpret_cast<const Bytef*>(raw.data()), static_cast<uLong>(raw.size()),
                9) != Z_OK) {
    return InternalError("zlib compress failed");
  }
  packed.resize(16 + bound);
  std::ofstream out(path, std::ios::binary);
  if (!out) return NotFoundError("cannot write " + path);
  out.write(packed.data(), static_cast<std::streamsize>(packed.size()));
  if (!out) return DataLossError("write failed: " + path);
  return OkStatus();
}

void NerModel::AddEmissions(const Perceptron& p, const Document& doc, const FeatureSet& fs,
                            std::vector<float>* e) {
  const size_t n = doc.tokens().size();
  if (e->size() != n * kNumLabels) e->assign(n * kNumLabels, 0.0f);
  for (const Sentence& s : doc.sentences()) {
    p.ScoreTokens(fs, s.token_begin, s.token_end,
                  e->data() + static_cast<size_t>(s.token_begin) * kNumLabels);
  }
}

void NerModel::Decode(const Perceptron& p, const Document& doc, const std::vector<float>& e,
                      std::vector<uint8_t>* labels) {
  labels->assign(doc.tokens().size(), kO);
  // Sentences two at a time (ViterbiPair); empty ones skipped.
  const Sentence* pending = nullptr;
  for (const Sentence& s : doc.sentences()) {
    if (s.token_end <= s.token_begin) continue;
    if (!pending) {
      pending = &s;
      continue;
    }
    p.ViterbiPair(e.data() + static_cast<size_t>(pending->token_begin) * kNumLabels,
                  pending->token_end - pending->token_begin,
                  labels->data() + pending->token_begin,
                  e.data() + static_cast<size_t>(s.token_begin) * kNumLabels,
                  s.token_end - s.token_begin, labels->data() + s.token_begin);
    pending = nullptr;
  }
  if (pending) {
    p.Viterbi(e.data() + static_cast<size_t>(pending->token_begin) * kNumLabels,
              pending->token_end - pending->token_begin, labels->data() + pending->token_begin);
  }
}

void NerModel::Tag(const Document& doc, const Gazetteers* gazetteers,
                   const std::vector<GazetteerMatch>* matches,
                   std::vector<uint8_t>* labels,
                   const std::vector<uint8_t>* sentence_kinds) const {
  // Both stages read each sentence's LineKind: computed once.
  std::vector<uint8_t> own_kinds;
  if (!sentence_kinds) {
    own_kinds.resize(doc.sentences().size());
    for (size_t si = 0; si < own_kinds.size(); ++si) {
      own_kinds[si] = static_cast<uint8_t>(LineKind(doc, doc.sentences()[si]));
    }
    sentence_kinds = &own_kinds;
  }
  assert(sentence_kinds->size() == doc.sentences().size());
  // The keys are summed without being listed (ner_scorer.h): the same
  // emissions as AddEmissions over ExtractNerFeatures' and
  // ExtractHintFeatures' keys. The per-document arrays are the thread's,
  // kept from document to document (no allocation once warm); memory
  // beyond a large document's is released.
  struct Scratch {
    std::vector<float> e;
    // Stage 1 hashes every token's lower-cased form (LowerWordHash): the
    // hints reuse them.
    std::vector<uint64_t> lower;
    std::vector<uint8_t> first;
    DocHints hints;
  };
  thread_local Scratch scratch;
  constexpr size_t kKeep = size_t{1} << 16;  // tokens
  const size_t n = doc.tokens().size();
  if (scratch.lower.capacity() > kKeep && n <= kKeep) scratch = Scratch();
  if (scratch.lower.size() < n) scratch.lower.resize(n);
  std::vector<float>& e = scratch.e;
  AddStage1Emissions(stage1_, doc, gazetteers, matches, clusters(), &e, sentence_kinds->data(),
                     scratch.lower.data());
  Decode(stage1_, doc, e, &scratch.first);
  ComputeHints(doc, scratch.first, &scratch.hints, scratch.lower.data());
  AddStage2Emissions(stage2_, doc, scratch.hints, &e, sentence_kinds->data());
  Decode(stage2_, doc, e, labels);
}

}  // namespace newsie::ner
