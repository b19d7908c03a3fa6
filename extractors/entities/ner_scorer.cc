#include "extractors/entities/ner_scorer.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cassert>
#include <cstring>
#include <string>
#include <string_view>

#include "extractors/entities/ner_features_internal.h"

namespace newsie::ner {
namespace {

using internal::CapsOf;
using internal::DocContext;
using internal::Key;
using internal::kBos;
using internal::kEos;
using internal::MidOf;
using internal::WordInfo;

static_assert(kNumLabels == 9);

// Sums of int16 weights per label, in int32 (no overflow: a token has a
// few dozen keys). Labels 0..7 in v[0..8), label 8 in v[8].
struct alignas(16) Sums {
  int32_t v[12] = {};
};

// A running sum of weight rows and Sums.
class Acc {
 public:
#if defined(__SSE2__)
  void AddRow(const int16_t* w) {
    // Weights 0..7 sign-extended to two vectors of four int32; weight 8
    // apart.
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(w));
    lo_ = _mm_add_epi32(lo_, _mm_srai_epi32(_mm_unpacklo_epi16(x, x), 16));
    hi_ = _mm_add_epi32(hi_, _mm_srai_epi32(_mm_unpackhi_epi16(x, x), 16));
    l8_ += w[8];
  }
  void Add(const Sums& s) {
    lo_ = _mm_add_epi32(lo_, _mm_load_si128(reinterpret_cast<const __m128i*>(s.v)));
    hi_ = _mm_add_epi32(hi_, _mm_load_si128(reinterpret_cast<const __m128i*>(s.v + 4)));
    l8_ += s.v[8];
  }
  void Store(Sums* s) const {
    _mm_store_si128(reinterpret_cast<__m128i*>(s->v), lo_);
    _mm_store_si128(reinterpret_cast<__m128i*>(s->v + 4), hi_);
    s->v[8] = l8_;
  }
  // out[l] += acc[l] * scale, as Perceptron::ScoreTokens does.
  // out[l] = 0.0f + acc[l] * scale: what AddScaled gives into zeros, the
  // same bits (the sum with +0 keeps turning -0 into +0), without reading
  // or zeroing `out` first.
  void StoreScaled(float scale, float* out) const {
    const __m128 sc = _mm_set1_ps(scale), zero = _mm_setzero_ps();
    _mm_storeu_ps(out, _mm_add_ps(zero, _mm_mul_ps(_mm_cvtepi32_ps(lo_), sc)));
    _mm_storeu_ps(out + 4, _mm_add_ps(zero, _mm_mul_ps(_mm_cvtepi32_ps(hi_), sc)));
    out[8] = 0.0f + static_cast<float>(l8_) * scale;
  }
  void AddScaled(float scale, float* out) const {
    const __m128 sc = _mm_set1_ps(scale);
    _mm_storeu_ps(out, _mm_add_ps(_mm_loadu_ps(out), _mm_mul_ps(_mm_cvtepi32_ps(lo_), sc)));
    _mm_storeu_ps(out + 4,
                  _mm_add_ps(_mm_loadu_ps(out + 4), _mm_mul_ps(_mm_cvtepi32_ps(hi_), sc)));
    out[8] += static_cast<float>(l8_) * scale;
  }

 private:
  __m128i lo_ = _mm_setzero_si128(), hi_ = _mm_setzero_si128();
  int32_t l8_ = 0;
#else
  void AddRow(const int16_t* w) {
    for (int l = 0; l < kNumLabels; ++l) a_[l] += w[l];
  }
  void Add(const Sums& s) {
    for (int l = 0; l < kNumLabels; ++l) a_[l] += s.v[l];
  }
  void Store(Sums* s) const {
    for (int l = 0; l < kNumLabels; ++l) s->v[l] = a_[l];
  }
  void StoreScaled(float scale, float* out) const {
    for (int l = 0; l < kNumLabels; ++l) out[l] = 0.0f + static_cast<float>(a_[l]) * scale;
  }
  void AddScaled(float scale, float* out) const {
    for (int l = 0; l < kNumLabels; ++l) out[l] += static_cast<float>(a_[l]) * scale;
  }

 private:
  int32_t a_[kNumLabels] = {};
#endif
};

// What the cache keeps of a word: its cached sums and the values the
// per-token keys combine. Four cache lines, aligned to them: the scoring
// pass prefetches the first two (the sums) by address.
struct alignas(64) WordEntry {
  Sums self;   // its own keys (EmitWordKeys, EmitClassKeys)
  Sums prev1;  // what it gives the next token (kPrevLower, kPrevShape, kPrevCluster)
  Sums next1;  // what it gives the previous token (kNextLower, kNextShape, kNextCluster)
  const int16_t* prev2 = nullptr;  // kPrev2Lower's row for the token two after; null: none
  const int16_t* next2 = nullptr;  // kNext2Lower's row for the token two before
  uint64_t lower = 0, shape = 0;
  const WordClusters::Classes* cls = nullptr;
  uint64_t hash = 0;  // of the bytes and flags
  uint32_t text = 0, len = 0, flags = 0;  // bytes at WordCache::text_[text]
  uint32_t hits = 0;  // lookups since it was added or last kept (WordCache::Compact)
  bool topic = false;  // internal::IsTopicWord of the bytes
  // The last kPrevWordShape row looked up for a token after this word (its
  // shape `after_shape`), and the last kNextWordShape row for a token
  // before it: most words are followed and preceded by few shapes, so
  // these spare most tokens two hashes and lookups. Valid when the flag
  // is set; a function of the word, the shape and the model, as the
  // entry is.
  bool has_after = false, has_before = false;
  uint64_t after_shape = 0, before_shape = 0;
  const int16_t* after_row = nullptr;
  const int16_t* before_row = nullptr;
};
static_assert(sizeof(WordEntry) == 256);

// The most keys EmitPairKeys and EmitDocKeys give one token (6, 5 without
// kShape3, and
// 2 + 6 + 1 + kMaxGaz + 2 + 3: the capitalized word's document evidence
// gives six since v14's pronoun key).
constexpr size_t kMaxTokenKeys = 6 + 14 + DocContext::kMaxGaz;

// The token flags the cached keys depend on besides the bytes.
constexpr uint32_t kFlagMask = kTokWord | kTokLower | kTokAllCaps;

uint64_t Load64(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}
uint32_t Load32(const char* p) {
  uint32_t x;
  std::memcpy(&x, p, 4);
  return x;
}

// The cache's hash of a word's bytes and flags: whole 8- or 4-byte loads,
// the last overlapping (the length is hashed too), never a loop per byte.
// Only the cache's slots depend on it; entries are matched by their bytes.
uint64_t HashWord(std::string_view w, uint32_t flags) {
  const char* p = w.data();
  const size_t n = w.size();
  uint64_t h = 0x9e3779b97f4a7c15ull ^ (uint64_t{flags} << 32) ^ n;
  auto mix = [&h](uint64_t x) {
    h = (h ^ x) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  };
  if (n >= 8) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) mix(Load64(p + i));
    if (i < n) mix(Load64(p + n - 8));
  } else if (n >= 4) {
    mix(Load32(p) | uint64_t{Load32(p + n - 4)} << 32);
  } else if (n > 0) {
    mix(static_cast<unsigned char>(p[0]) | static_cast<unsigned char>(p[n / 2]) << 8 |
        static_cast<unsigned char>(p[n - 1]) << 16);
  }
  return internal::Mix(h);
}

// a[0, n) == b[0, n), inline for the short words most are (no memcmp call).
bool SameBytes(const char* a, const char* b, size_t n) {
  if (n >= 8) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      if (Load64(a + i) != Load64(b + i)) return false;
    }
    return i == n || Load64(a + n - 8) == Load64(b + n - 8);
  }
  if (n >= 4) return Load32(a) == Load32(b) && Load32(a + n - 4) == Load32(b + n - 4);
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

class WordCache {
 public:
  // Makes room for a document of `n` tokens scored by `p` with `clusters`:
  // starts over when the model changed or the cache would overflow, so
  // entries stay where they are while a document is scored.
  void Prepare(const Perceptron& p, const WordClusters* clusters, size_t n) {
    if (p.id() != model_ || clusters != clusters_) {
      Reset(p, clusters, n);
      return;
    }
    if (entries_.size() + n > entries_.capacity() || text_.size() > kMaxText) {
      // Full: keep the words looked up often (function words, the
      // running story's names), which would all miss again after a
      // reset, and drop the rest.
      Compact();
      if (entries_.size() + n > entries_.capacity() || text_.size() > kMaxText) {
        Reset(p, clusters, n);
      }
    }
  }

  // The hash Get() takes for token `tok` (bytes `w`).
  static uint64_t Hash(std::string_view w, const Token& tok) {
    return HashWord(w, tok.flags & kFlagMask);
  }
  // Starts loading the first slot a lookup of hash `h` reads.
  void PrefetchSlot(uint64_t h) const { __builtin_prefetch(&slots_[h & mask_]); }
  // Starts loading the entry that slot holds (the line with the fields
  // Get compares and the caller reads first), if any: the entries (256
  // bytes each, about 4.2 MB) are larger than the caches, and a lookup
  // otherwise waits for its entry. A hint only: Get looks up as before.
  void PrefetchEntry(uint64_t h) const {
    if (const uint32_t s = slots_[h & mask_]; s != 0) {
      __builtin_prefetch(&entries_.data()[s - 1].hash);
    }
  }

  // The entry of token `tok` (bytes `w`, Hash(w, tok) `h`), computed on a
  // miss.
  WordEntry& Get(const Perceptron& p, std::string_view w, const Token& tok, uint64_t h) {
    const uint32_t flags = tok.flags & kFlagMask;
    size_t i = h & mask_;
    for (;; i = (i + 1) & mask_) {
      uint32_t s = slots_[i];
      if (s == 0) break;
      WordEntry& e = entries_[s - 1];
      if (e.hash == h && e.flags == flags && e.len == w.size() &&
          SameBytes(text_.data() + e.text, w.data(), w.size())) {
        ++e.hits;
        return e;
      }
    }
    slots_[i] = static_cast<uint32_t>(entries_.size() + 1);
    WordEntry& e = entries_.emplace_back();
    e.hash = h;
    e.flags = flags;
    e.len = static_cast<uint32_t>(w.size());
    e.text = static_cast<uint32_t>(text_.size());
    text_.append(w);
    Fill(p, w, tok, &e);
    return e;
  }

  // kShape3's row for a token of shape `shape` between tokens of shapes
  // `prev` and `next` (kBos/kEos past the sentence), or null: the same row
  // as looking up Shape3Key(prev, shape, next). Shapes take few values,
  // so a small direct-mapped cache of the rows spares most tokens the
  // key's three mixes and its table lookup.
  const int16_t* Shape3Row(const Perceptron::Table& p, uint64_t prev, uint64_t shape,
                           uint64_t next) {
    const uint64_t h = prev * 0x9e3779b97f4a7c15ull ^ shape * 0xc2b2ae3d27d4eb4full ^
                       next * 0x165667b19e3779f9ull;
    Shape3Slot& s = shape3_[h >> (64 - kShape3Bits)];
    if (!s.used || s.prev != prev || s.shape != shape || s.next != next) {
      s = {prev, shape, next, p.Weights(internal::Shape3Key(prev, shape, next)), true};
    }
    return s.row;
  }

  const Sums& bos_prev1() const { return bos_prev1_; }
  const Sums& eos_next1() const { return eos_next1_; }
  const int16_t* bos_prev2() const { return bos_prev2_; }
  const int16_t* eos_next2() const { return eos_next2_; }

 private:
  static constexpr size_t kMaxText = size_t{1} << 20;
  static constexpr int kShape3Bits = 11;
  struct Shape3Slot {
    uint64_t prev = 0, shape = 0, next = 0;
    const int16_t* row = nullptr;
    bool used = false;
  };

  void Reset(const Perceptron& perceptron, const WordClusters* clusters, size_t n) {
    const Perceptron::Table p = perceptron.table();
    model_ = perceptron.id();
    clusters_ = clusters;
    entries_.clear();
    text_.clear();
    const size_t cap = std::max(kMaxCachedWords, n);
    if (entries_.capacity() < cap) entries_.reserve(cap);
    size_t slots = 16;
    while (slots < 2 * entries_.capacity()) slots <<= 1;  // load <= 1/2
    slots_.assign(slots, 0);
    mask_ = slots - 1;
    shape3_.assign(size_t{1} << kShape3Bits, Shape3Slot());  // rows of another model
    Acc prev, next;
    prev.AddRow(Row(p, Key(internal::kPrevLower, kBos)));
    prev.AddRow(Row(p, Key(internal::kPrevShape, kBos)));
    next.AddRow(Row(p, Key(internal::kNextLower, kEos)));
    next.AddRow(Row(p, Key(internal::kNextShape, kEos)));
    if (clusters) {
      prev.AddRow(Row(p, Key(internal::kPrevCluster, kBos)));
      next.AddRow(Row(p, Key(internal::kNextCluster, kEos)));
    }
    prev.Store(&bos_prev1_);
    next.Store(&eos_next1_);
    bos_prev2_ = p.Weights(Key(internal::kPrev2Lower, kBos));
    eos_next2_ = p.Weights(Key(internal::kNext2Lower, kEos));
    // Fill's rows and sums of few values, kept as they are first needed.
    shape_rows_.assign(size_t{1} << kShapeRowBits, ShapeRows());
    class_rows_.assign(size_t{1} << kClassRowBits, ClassRows());
    no_class_ = ClassRows();
    std::fill(std::begin(lex_set_), std::end(lex_set_), false);
  }

  // What a word of shape `shape` gives itself (EmitWordKeys' keys of the
  // shape alone) and its neighbours (kPrevShape, kNextShape): shapes take
  // few values, so a small direct-mapped cache spares most new words four
  // lookups.
  struct ShapeRows {
    uint64_t shape = 0;
    Sums self;
    const int16_t* prev = nullptr;
    const int16_t* next = nullptr;
    bool used = false;
  };
  const ShapeRows& ShapeRowsOf(const Perceptron::Table& p, const WordInfo& wi) {
    ShapeRows& r = shape_rows_[(wi.shape * 0x9e3779b97f4a7c15ull) >> (64 - kShapeRowBits)];
    if (!r.used || r.shape != wi.shape) {
      r.shape = wi.shape;
      r.used = true;
      Acc self;
      internal::EmitWordKeys<internal::WordKeys::kShapeOnly>(wi, [&](uint32_t key) {
        if (const int16_t* w = p.Weights(key)) self.AddRow(w);
      });
      self.Store(&r.self);
      r.prev = p.Weights(Key(internal::kPrevShape, wi.shape));
      r.next = p.Weights(Key(internal::kNextShape, wi.shape));
    }
    return r;
  }

  // What a word with classes `cls` (null: none) gives itself
  // (EmitClassKeys, by its CapsOf) and its neighbours (kPrevCluster,
  // kNextCluster of its mid class), by the interned triple's address:
  // words share few triples.
  struct ClassRows {
    const WordClusters::Classes* cls = nullptr;
    bool used = false;
    Sums self[3];  // by CapsOf
    const int16_t* prev = nullptr;
    const int16_t* next = nullptr;
  };
  const ClassRows& ClassRowsOf(const Perceptron::Table& p, const WordClusters::Classes* cls) {
    const uint64_t a = reinterpret_cast<uintptr_t>(cls);
    ClassRows& r =
        cls ? class_rows_[(a * 0x9e3779b97f4a7c15ull) >> (64 - kClassRowBits)] : no_class_;
    if (!r.used || r.cls != cls) {
      r.cls = cls;
      r.used = true;
      for (uint64_t caps = 0; caps < 3; ++caps) {
        Acc self;
        internal::EmitClassKeys(cls, caps, [&](uint32_t key) {
          if (const int16_t* w = p.Weights(key)) self.AddRow(w);
        });
        self.Store(&r.self[caps]);
      }
      r.prev = p.Weights(Key(internal::kPrevCluster, MidOf(cls)));
      r.next = p.Weights(Key(internal::kNextCluster, MidOf(cls)));
    }
    return r;
  }

  // EmitLexKeys' row for a word of lexicon value `lex` written as `tok`:
  // few values, looked up on first use.
  const int16_t* LexRow(const Perceptron::Table& p, uint8_t lex, const Token& tok) {
    const size_t i = (size_t{lex} * 4 + CapsOf(tok)) * 2 + (tok.Has(kTokWord) ? 1 : 0);
    if (i >= kLexValues) {  // no such lexicon value today: looked up each time
      const int16_t* row = nullptr;
      internal::EmitLexKeys(lex, tok, [&](uint32_t key) { row = p.Weights(key); });
      return row;
    }
    if (!lex_set_[i]) {
      lex_rows_[i] = nullptr;
      internal::EmitLexKeys(lex, tok, [&](uint32_t key) { lex_rows_[i] = p.Weights(key); });
      lex_set_[i] = true;
    }
    return lex_rows_[i];
  }

  // Keeps at most a quarter of the capacity: the entries with the most
  // hits (at least 2), their hit counts halved, so words that stop
  // recurring age out. Entries are a function of their bytes, flags and
  // the model, so keeping one changes no sum.
  void Compact() {
    uint32_t min_hits = 2;
    const size_t keep_max = entries_.capacity() / 4;
    for (;;) {
      size_t kept = 0;
      for (const WordEntry& e : entries_) kept += e.hits >= min_hits ? 1 : 0;
      if (kept <= keep_max) break;
      min_hits *= 2;
    }
    std::string text;
    size_t out = 0;
    for (size_t i = 0; i < entries_.size(); ++i) {
      WordEntry e = entries_[i];
      if (e.hits < min_hits) continue;
      const uint32_t at = static_cast<uint32_t>(text.size());
      text.append(text_, e.text, e.len);
      e.text = at;
      e.hits /= 2;
      entries_[out++] = e;
    }
    entries_.resize(out);  // shrinks in place: the capacity stays
    text_ = std::move(text);
    std::fill(slots_.begin(), slots_.end(), 0u);
    for (size_t k = 0; k < entries_.size(); ++k) {
      size_t i = entries_[k].hash & mask_;
      while (slots_[i] != 0) i = (i + 1) & mask_;
      slots_[i] = static_cast<uint32_t>(k + 1);
    }
  }

  // A row of zeros stands for keys the model lacks.
  static const int16_t* Row(const Perceptron::Table& p, uint32_t key) {
    static const int16_t kZeros[16] = {};
    const int16_t* w = p.Weights(key);
    return w ? w : kZeros;
  }

  // The entry of a new word: the same sums as its keys' rows (EmitWordKeys,
  // EmitClassKeys, EmitLexKeys; the neighbour keys), those of few values
  // (bias, shape, classes, lexicon) from the rows kept above.
  void Fill(const Perceptron& perceptron, std::string_view w, const Token& tok, WordEntry* e) {
    const Perceptron::Table p = perceptron.table();
    WordInfo wi;
    internal::ComputeWordInfo(w, clusters_, &wi);
    e->lower = wi.lower;
    e->shape = wi.shape;
    e->cls = wi.cls;
    e->topic = internal::IsTopicWord(w);
    Acc self, prev, next;
    auto add = [](Acc& acc, const int16_t* r) {
      if (r) acc.AddRow(r);
    };
    // A new word's keys (its bytes, affixes, neighbour forms) are often
    // not in the model: the filter turns most of those away.
    auto find = [&p](uint32_t key) -> const int16_t* {
      return p.MayHave(key) ? p.Weights(key) : nullptr;
    };
    internal::EmitWordKeys<internal::WordKeys::kNotShapeOnly>(
        wi, [&](uint32_t key) { add(self, find(key)); });
    const ShapeRows& sr = ShapeRowsOf(p, wi);
    self.Add(sr.self);
    add(prev, sr.prev);
    add(next, sr.next);
    if (clusters_) {
      const ClassRows& cr = ClassRowsOf(p, wi.cls);
      self.Add(cr.self[CapsOf(tok)]);
      add(prev, cr.prev);
      add(next, cr.next);
      if (clusters_->has_lexicon()) add(self, LexRow(p, wi.lex, tok));
    }
    self.Store(&e->self);
    add(prev, find(Key(internal::kPrevLower, wi.lower)));
    add(next, find(Key(internal::kNextLower, wi.lower)));
    prev.Store(&e->prev1);
    next.Store(&e->next1);
    e->prev2 = find(Key(internal::kPrev2Lower, wi.lower));
    e->next2 = find(Key(internal::kNext2Lower, wi.lower));
  }

  uint64_t model_ = 0;
  const WordClusters* clusters_ = nullptr;
  std::vector<WordEntry> entries_;  // never reallocated between resets
  std::vector<uint32_t> slots_;     // entry index + 1; 0: empty
  size_t mask_ = 0;
  std::string text_;  // the cached words' bytes
  std::vector<Shape3Slot> shape3_;  // by a hash of the three shapes
  Sums bos_prev1_, eos_next1_;
  const int16_t* bos_prev2_ = nullptr;
  const int16_t* eos_next2_ = nullptr;
  // Fill's rows and sums of few values, for the model of Reset.
  static constexpr int kShapeRowBits = 9, kClassRowBits = 10;
  static constexpr size_t kLexValues = 64;  // (lex * 4 + CapsOf) * 2 + word: lex < 8
  const int16_t* lex_rows_[kLexValues] = {};
  bool lex_set_[kLexValues] = {};
  std::vector<ShapeRows> shape_rows_;
  std::vector<ClassRows> class_rows_;
  ClassRows no_class_;
};

// Per-document arrays, kept from document to document (no allocation
// per document once warm); memory beyond a large document's is released.
struct Scratch {
  void Prepare(size_t n) {
    constexpr size_t kKeep = size_t{1} << 16;  // tokens
    if (ent.capacity() > kKeep && n <= kKeep) *this = Scratch();
    if (ent.size() < n) {
      ent.resize(n);
      hash.resize(n);
      lower.resize(n);
      cls.resize(n);
      topic.resize(n);
    }
  }
  std::vector<WordEntry*> ent;
  std::vector<uint64_t> hash;  // WordCache::Hash of each token
  std::vector<uint64_t> lower;
  std::vector<const WordClusters::Classes*> cls;
  std::vector<uint8_t> topic;
  std::vector<uint32_t> keys, key_end;  // one sentence's
  // One sentence's kPrevWordShape and kNextWordShape, two a token: the
  // key to look up, or 0 (no key is 0) for the row already known.
  std::vector<uint32_t> ws_keys;
  std::vector<const int16_t*> ws_rows;
  DocContext ctx;
};

}  // namespace

void AddStage1Emissions(const Perceptron& p, const Document& doc, const Gazetteers* gazetteers,
                        const std::vector<GazetteerMatch>* matches,
                        const WordClusters* clusters, std::vector<float>* e,
                        const uint8_t* sentence_kinds, uint64_t* lower_out) {
  const auto& toks = doc.tokens();
  const uint32_t n = static_cast<uint32_t>(toks.size());
  // Every token of a sentence is written once below (StoreScaled), so
  // only the tokens between sentences are zeroed; when sentences overlap
  // or run out of order (none of the text stage's do) all are, and the
  // sums added.
  bool store = p.rows() != 0;
  for (uint32_t end = 0; const Sentence& s : doc.sentences()) {
    store = store && s.token_begin >= end && s.token_end >= s.token_begin;
    end = s.token_end;
  }
  if (!store) {
    e->assign(static_cast<size_t>(n) * kNumLabels, 0.0f);
  } else {
    e->resize(static_cast<size_t>(n) * kNumLabels);
    float* out = e->data();
    uint32_t end = 0;
    for (const Sentence& s : doc.sentences()) {
      std::fill(out + static_cast<size_t>(end) * kNumLabels,
                out + static_cast<size_t>(s.token_begin) * kNumLabels, 0.0f);
      end = s.token_end;
    }
    std::fill(out + static_cast<size_t>(end) * kNumLabels, out + static_cast<size_t>(n) * kNumLabels,
              0.0f);
  }
  if (p.rows() == 0 || n == 0) {
    for (uint32_t t = 0; lower_out && t < n; ++t) {
      lower_out[t] = LowerWordHash(doc.Slice(toks[t].span));
    }
    return;
  }
  thread_local WordCache cache;
  thread_local Scratch scratch;
  cache.Prepare(p, clusters, n);
  scratch.Prepare(n);

  WordEntry** ent = scratch.ent.data();
  uint64_t* lower = scratch.lower.data();
  const WordClusters::Classes** cls = scratch.cls.data();
  uint8_t* topic = scratch.topic.data();
  // The cache's lookups, pipelined: every token's hash first (its slot
  // prefetched), then each token's entry prefetched a few tokens before
  // its lookup. The lookups run in token order as before, so the cache
  // holds the same entries.
  uint64_t* hash = scratch.hash.data();
  for (uint32_t t = 0; t < n; ++t) {
    hash[t] = WordCache::Hash(doc.Slice(toks[t].span), toks[t]);
    cache.PrefetchSlot(hash[t]);
  }
  constexpr uint32_t kEntryAhead = 8;
  for (uint32_t t = 0; t < n; ++t) {
    if (t + kEntryAhead < n) cache.PrefetchEntry(hash[t + kEntryAhead]);
    ent[t] = &cache.Get(p, doc.Slice(toks[t].span), toks[t], hash[t]);
    lower[t] = ent[t]->lower;
    cls[t] = ent[t]->cls;
    topic[t] = ent[t]->topic;
  }
  // WordInfo::lower is LowerWordHash of the bytes (the same FNV-1a over
  // the same lower-cased bytes, digits as '0').
  if (lower_out) std::memcpy(lower_out, lower, n * sizeof(uint64_t));
  DocContext& ctx = scratch.ctx;
  internal::PrepareDocContext(doc, lower, cls, gazetteers, matches, clusters, &ctx,
                              sentence_kinds, topic);

  // Per sentence, two passes: the first hashes each token's keys that
  // join it with its neighbours or the document and starts loading their
  // table slots; the second sums the cached sums and the rows found. The
  // table is larger than the caches, and a sentence's worth of loads in
  // flight hides most of their latency.
  const float scale = p.scale();
  const Perceptron::Table table = p.table();
  std::vector<uint32_t>& keys = scratch.keys;
  std::vector<uint32_t>& key_end = scratch.key_end;
  std::vector<uint32_t>& ws_keys = scratch.ws_keys;
  std::vector<const int16_t*>& ws_rows = scratch.ws_rows;
  for (const Sentence& s : doc.sentences()) {
    const uint32_t len = s.token_end - s.token_begin;
    if (keys.size() < static_cast<size_t>(len) * kMaxTokenKeys) {
      keys.resize(static_cast<size_t>(len) * kMaxTokenKeys);
    }
    if (key_end.size() < len) key_end.resize(len);
    if (ws_keys.size() < 2 * static_cast<size_t>(len)) {
      ws_keys.resize(2 * static_cast<size_t>(len));
      ws_rows.resize(2 * static_cast<size_t>(len));
    }
    uint32_t* kp = keys.data();
    // Keys the filter says the model lacks (most of the pair and
    // document keys of running text) add nothing: they are neither
    // listed nor looked up.
    auto push = [&](uint32_t key) {
      if (!table.MayHave(key)) return;
      table.Prefetch(key);
      *kp++ = key;
    };
    uint64_t prev_cur = 0;  // Combine(p1, lower), carried from the token before
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      const WordEntry& w = *ent[t];
      // What the second pass reads through the entries starts loading
      // too: the entry's sums (its first two lines; the other two are
      // read here) and the rows it gives the tokens two before and
      // after (table rows, not listed as keys).
      __builtin_prefetch(&w);
      __builtin_prefetch(reinterpret_cast<const char*>(&w) + 64);
      if (w.prev2) __builtin_prefetch(w.prev2);
      if (w.next2) __builtin_prefetch(w.next2);
      const bool has_p1 = t > s.token_begin, has_n1 = t + 1 < s.token_end;
      const uint64_t p1 = has_p1 ? ent[t - 1]->lower : kBos;
      const uint64_t n1 = has_n1 ? ent[t + 1]->lower : kEos;
      const uint64_t ps1 = has_p1 ? ent[t - 1]->shape : kBos;
      const uint64_t ns1 = has_n1 ? ent[t + 1]->shape : kEos;
      const bool initial = t == s.token_begin;
      if (initial) prev_cur = internal::Combine(kBos, w.lower);
      prev_cur = internal::EmitPairKeys</*kWithShape3=*/false, /*kWithWordShape=*/false>(
          p1, n1, ps1, ns1, w.lower, w.shape, initial, ctx.line_kind[t], prev_cur, push);
      // The word-shape keys: the neighbour's memo of its row when the
      // neighbour last stood beside this shape, else the key (whose row
      // the second pass looks up and the memo keeps). Past the sentence's
      // edges, listed with the other keys.
      uint32_t* wk = &ws_keys[2 * static_cast<size_t>(t - s.token_begin)];
      const int16_t** wr = &ws_rows[2 * static_cast<size_t>(t - s.token_begin)];
      wk[0] = wk[1] = 0;
      wr[0] = wr[1] = nullptr;
      if (!has_p1) {
        push(internal::PrevWordShapeKey(kBos, w.shape));
      } else if (const WordEntry& pe = *ent[t - 1]; pe.has_after && pe.after_shape == w.shape) {
        wr[0] = pe.after_row;
        if (wr[0]) __builtin_prefetch(wr[0]);
      } else {
        wk[0] = internal::PrevWordShapeKey(p1, w.shape);
        if (table.MayHave(wk[0])) {
          table.Prefetch(wk[0]);
        } else {
          wk[0] = 0;  // no row: the memo stays as it was
        }
      }
      if (!has_n1) {
        push(internal::NextWordShapeKey(w.shape, kEos));
      } else if (const WordEntry& ne = *ent[t + 1]; ne.has_before && ne.before_shape == w.shape) {
        wr[1] = ne.before_row;
        if (wr[1]) __builtin_prefetch(wr[1]);
      } else {
        wk[1] = internal::NextWordShapeKey(w.shape, n1);
        if (table.MayHave(wk[1])) {
          table.Prefetch(wk[1]);
        } else {
          wk[1] = 0;  // no row: the memo stays as it was
        }
      }
      internal::EmitDocKeys(ctx, toks[t], t, w.lower, w.shape, initial, push);
      key_end[t - s.token_begin] = static_cast<uint32_t>(kp - keys.data());
    }
    uint32_t k = 0;
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      const WordEntry& w = *ent[t];
      Acc acc;
      acc.Add(w.self);
      acc.Add(t > s.token_begin ? ent[t - 1]->prev1 : cache.bos_prev1());
      acc.Add(t + 1 < s.token_end ? ent[t + 1]->next1 : cache.eos_next1());
      const int16_t* prev2 = t > s.token_begin + 1 ? ent[t - 2]->prev2 : cache.bos_prev2();
      const int16_t* next2 = t + 2 < s.token_end ? ent[t + 2]->next2 : cache.eos_next2();
      if (prev2) acc.AddRow(prev2);
      if (next2) acc.AddRow(next2);
      const uint64_t ps1 = t > s.token_begin ? ent[t - 1]->shape : kBos;
      const uint64_t ns1 = t + 1 < s.token_end ? ent[t + 1]->shape : kEos;
      if (const int16_t* r = cache.Shape3Row(table, ps1, w.shape, ns1)) acc.AddRow(r);
      const size_t wi = 2 * static_cast<size_t>(t - s.token_begin);
      const int16_t* pws = ws_rows[wi];
      if (ws_keys[wi] != 0) {
        pws = table.Weights(ws_keys[wi]);
        WordEntry& pe = *ent[t - 1];
        pe.has_after = true;
        pe.after_shape = w.shape;
        pe.after_row = pws;
      }
      if (pws) acc.AddRow(pws);
      const int16_t* nws = ws_rows[wi + 1];
      if (ws_keys[wi + 1] != 0) {
        nws = table.Weights(ws_keys[wi + 1]);
        WordEntry& ne = *ent[t + 1];
        ne.has_before = true;
        ne.before_shape = w.shape;
        ne.before_row = nws;
      }
      if (nws) acc.AddRow(nws);
      for (const uint32_t end = key_end[t - s.token_begin]; k < end; ++k) {
        if (const int16_t* r = table.Weights(keys[k])) acc.AddRow(r);
      }
      float* out = e->data() + static_cast<size_t>(t) * kNumLabels;
      if (store) {
        acc.StoreScaled(scale, out);
      } else {
        acc.AddScaled(scale, out);
      }
    }
  }
}

void AddStage2Emissions(const Perceptron& p, const Document& doc, const DocHints& hints,
                        std::vector<float>* e, const uint8_t* sentence_kinds) {
  if (p.rows() == 0) return;
  const auto& toks = doc.tokens();
  // Sums by hint (1..5), capitalization and line kind (0..2), computed on
  // first use.
  constexpr int kHints = 6, kKinds = 3;
  Sums sums[kHints][2][kKinds];
  bool have[kHints][2][kKinds] = {};
  const float scale = p.scale();
  const Perceptron::Table table = p.table();
  for (size_t si = 0; si < doc.sentences().size(); ++si) {
    const Sentence& s = doc.sentences()[si];
    int kind = sentence_kinds ? sentence_kinds[si] : -1;  // LineKind, computed on first use
    for (uint32_t t = s.token_begin; t < s.token_end && t < hints.other_class.size(); ++t) {
      const int h = hints.other_class[t] + 1;
      if (h == 0) continue;
      assert(h > 0 && h < kHints);
      if (kind < 0) kind = LineKind(doc, s);
      const bool cap = toks[t].Has(kTokCapitalized);
      Sums& sum = sums[h][cap][kind];
      if (!have[h][cap][kind]) {
        Acc acc;
        internal::EmitHintKeys(static_cast<uint64_t>(h), cap, static_cast<uint64_t>(kind),
                               [&](uint32_t key) {
                                 if (const int16_t* r = table.Weights(key)) acc.AddRow(r);
                               });
        acc.Store(&sum);
        have[h][cap][kind] = true;
      }
      Acc acc;
      acc.Add(sum);
      acc.AddScaled(scale, e->data() + static_cast<size_t>(t) * kNumLabels);
    }
  }
}

}  // namespace newsie::ner
