#include "extractors/entities/ner_model.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>

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

Perceptron::Perceptron() {
  for (auto& row : trans_) std::fill(std::begin(row), std::end(row), 0.0f);
}

void Perceptron::Assign(const std::vector<uint32_t>& keys, const std::vector<Row>& rows,
                        const float trans[kNumLabels + 1][kNumLabels]) {
  keys_ = keys;
  float mx = 0;
  for (const Row& row : rows) {
    for (float v : row) mx = std::max(mx, std::fabs(v));
  }
  scale_ = mx > 0 ? mx / 32767.0f : 1.0f;
  q_.resize(rows.size() * kNumLabels);
  for (size_t r = 0; r < rows.size(); ++r) {
    for (int l = 0; l < kNumLabels; ++l) {
      q_[r * kNumLabels + l] = static_cast<int16_t>(std::lround(rows[r][l] / scale_));
    }
  }
  std::memcpy(trans_, trans, sizeof trans_);
  BuildIndex();
}

void Perceptron::BuildIndex() {
  uint32_t cap = 16;
  while (cap < keys_.size() + keys_.size() / 2) cap <<= 1;  // load <= 2/3
  slots_.assign(cap, Slot());
  mask_ = cap - 1;
  for (uint32_t r = 0; r < keys_.size(); ++r) {
    uint32_t i = keys_[r] & mask_;
    while (slots_[i].row != 0) i = (i + 1) & mask_;
    slots_[i] = {keys_[r], r + 1};
  }
  filter_.assign(kFilterBits / 64, 0);
  for (uint32_t k : keys_) filter_[FilterBit(k) >> 6] |= 1ull << (FilterBit(k) & 63);
}

void Perceptron::ScoreTokens(const FeatureSet& fs, uint32_t tb, uint32_t te, float* e,
                             std::vector<int32_t>* scratch) const {
  if (keys_.empty() || te <= tb) return;
  const uint32_t kb = fs.begin[tb], ke = fs.begin[te];
  const uint32_t* keys = fs.keys.data();
  // Most keys are not in the model: a bit filter small enough for the
  // cache turns most of those away before they touch the table.
  scratch->resize(ke - kb);
  int32_t* rows = scratch->data();
  for (uint32_t k = kb; k < ke; ++k) {
    uint32_t bit = FilterBit(keys[k]);
    bool maybe = (filter_[bit >> 6] >> (bit & 63)) & 1;
    rows[k - kb] = maybe ? 0 : -1;
    if (maybe) __builtin_prefetch(&slots_[keys[k] & mask_]);
  }
  for (uint32_t k = kb; k < ke; ++k) {
    if (rows[k - kb] < 0) continue;
    int32_t r = Find(keys[k]);
    rows[k - kb] = r;
    if (r >= 0) __builtin_prefetch(&q_[static_cast<size_t>(r) * kNumLabels]);
  }
  for (uint32_t t = tb; t < te; ++t) {
    int32_t acc[kNumLabels] = {};
    for (uint32_t k = fs.begin[t]; k < fs.begin[t + 1]; ++k) {
      int32_t r = rows[k - kb];
      if (r < 0) continue;
      const int16_t* w = &q_[static_cast<size_t>(r) * kNumLabels];
      for (int l = 0; l < kNumLabels; ++l) acc[l] += w[l];
    }
    float* out = e + static_cast<size_t>(t - tb) * kNumLabels;
    for (int l = 0; l < kNumLabels; ++l) out[l] += static_cast<float>(acc[l]) * scale_;
  }
}

void Viterbi(const float* e, uint32_t n, const float trans[kNumLabels + 1][kNumLabels],
             uint8_t* out) {
  if (n == 0) return;
  // Sentences are short; keep the lattice on the stack when it fits.
  constexpr uint32_t kStack = 256;
  float best_buf[2][kNumLabels];
  uint8_t back_stack[kStack * kNumLabels];
  std::vector<uint8_t> back_heap;
  uint8_t* back = back_stack;
  if (n > kStack) {
    back_heap.resize(static_cast<size_t>(n) * kNumLabels);
    back = back_heap.data();
  }
  float* prev = best_buf[0];
  float* cur = best_buf[1];
  for (int l = 0; l < kNumLabels; ++l) {
    prev[l] = Allowed(-1, l) ? e[l] + trans[0][l] : kNegInf;
  }
  for (uint32_t t = 1; t < n; ++t) {
    uint8_t* bk = back + static_cast<size_t>(t) * kNumLabels;
    const float* et = e + static_cast<size_t>(t) * kNumLabels;
    for (int l = 0; l < kNumLabels; ++l) {
      float m;
      int arg;
      if (IsInside(l)) {  // only B-X or I-X may precede I-X
        float vb = prev[l - 1] + trans[l][l], vi = prev[l] + trans[l + 1][l];
        if (vb >= vi) {
          m = vb;
          arg = l - 1;
        } else {
          m = vi;
          arg = l;
        }
      } else {
        m = prev[0] + trans[1][l];
        arg = 0;
        for (int a = 1; a < kNumLabels; ++a) {
          float v = prev[a] + trans[a + 1][l];
          if (v > m) {
            m = v;
            arg = a;
          }
        }
      }
      cur[l] = m + et[l];
      bk[l] = static_cast<uint8_t>(arg);
    }
    std::swap(prev, cur);
  }
  int arg = static_cast<int>(std::max_element(prev, prev + kNumLabels) - prev);
  for (uint32_t t = n; t-- > 0;) {
    out[t] = static_cast<uint8_t>(arg);
    arg = back[static_cast<size_t>(t) * kNumLabels + arg];
  }
}

void Perceptron::Serialize(std::string* out) const {
  Put(out, static_cast<uint32_t>(keys_.size()));
  Put(out, scale_);
  for (const auto& row : trans_) {
    for (float v : row) Put(out, v);
  }
  for (uint32_t k : keys_) Put(out, k);
  for (int16_t q : q_) Put(out, q);
}

bool Perceptron::Deserialize(const char*& p, const char* end) {
  uint32_t n = 0;
  if (!Get(p, end, &n) || !Get(p, end, &scale_)) return false;
  for (auto& row : trans_) {
    for (float& v : row) {
      if (!Get(p, end, &v)) return false;
    }
  }
  size_t need = static_cast<size_t>(n) * (4 + 2 * kNumLabels);
  if (static_cast<size_t>(end - p) < need) return false;
  keys_.resize(n);
  std::memcpy(keys_.data(), p, static_cast<size_t>(n) * 4);
  p += static_cast<size_t>(n) * 4;
  q_.resize(static_cast<size_t>(n) * kNumLabels);
  std::memcpy(q_.data(), p, q_.size() * 2);
  p += q_.size() * 2;
  BuildIndex();
  return true;
}

void ComputeHints(const Document& doc, const std::vector<uint8_t>& labels, DocHints* hints) {
  const auto& toks = doc.tokens();
  const size_t n = toks.size();
  hints->other_class.assign(n, -1);
  hints->own_label = labels;
  // Group tokens by word: sort (hash, index) pairs rather than build a map.
  std::vector<std::pair<uint64_t, uint32_t>> order;
  order.reserve(n);
  for (uint32_t t = 0; t < n; ++t) {
    if (!toks[t].Has(kTokWord) || toks[t].Has(kTokLower)) continue;
    order.emplace_back(LowerWordHash(doc.Slice(toks[t].span)), t);
  }
  std::sort(order.begin(), order.end());
  for (size_t a = 0; a < order.size();) {
    size_t b = a;
    int counts[5] = {0, 0, 0, 0, 0};
    while (b < order.size() && order[b].first == order[a].first) {
      uint8_t l = labels[order[b].second];
      ++counts[l == kO ? 4 : LabelClass(l)];
      ++b;
    }
    if (b - a > 1) {
      for (size_t i = a; i < b; ++i) {
        uint8_t l = labels[order[i].second];
        int c[5];
        std::copy(counts, counts + 5, c);
        --c[l == kO ? 4 : LabelClass(l)];
        int best = -1, bc = 0;
        for (int k = 0; k < 4; ++k) {
          if (c[k] > bc) {
            bc = c[k];
            best = k;
          }
        }
        if (best < 0 && c[4] > 0) best = 4;
        hints->other_class[order[i].second] = static_cast<int8_t>(best);
      }
    }
    a = b;
  }
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
  std::vector<int32_t> scratch;
  for (const Sentence& s : doc.sentences()) {
    p.ScoreTokens(fs, s.token_begin, s.token_end,
                  e->data() + static_cast<size_t>(s.token_begin) * kNumLabels, &scratch);
  }
}

void NerModel::Decode(const Perceptron& p, const Document& doc, const std::vector<float>& e,
                      std::vector<uint8_t>* labels) {
  labels->assign(doc.tokens().size(), kO);
  for (const Sentence& s : doc.sentences()) {
    if (s.token_end <= s.token_begin) continue;
    p.Viterbi(e.data() + static_cast<size_t>(s.token_begin) * kNumLabels,
              s.token_end - s.token_begin, labels->data() + s.token_begin);
  }
}

void NerModel::Tag(const Document& doc, const Gazetteers* gazetteers,
                   const std::vector<GazetteerMatch>* matches,
                   std::vector<uint8_t>* labels) const {
  FeatureSet fs;
  ExtractNerFeatures(doc, gazetteers, matches, &fs, clusters());
  std::vector<float> e;
  AddEmissions(stage1_, doc, fs, &e);
  std::vector<uint8_t> first;
  Decode(stage1_, doc, e, &first);
  DocHints hints;
  ComputeHints(doc, first, &hints);
  ExtractHintFeatures(doc, hints, &fs);
  AddEmissions(stage2_, doc, fs, &e);
  Decode(stage2_, doc, e, labels);
}

}  // namespace newsie::ner
