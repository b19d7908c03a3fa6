// NerModel: the shipped named-entity tagger, two stacked averaged
// perceptrons with first-order BIO transitions, decoded by Viterbi per
// sentence. Stage 1 tags from local features (ner_features.h); stage 2 adds
// to stage 1's scores weights for what stage 1 said about the other
// occurrences of each word in the document (DocHints), so "Essex" in a
// headline follows "Essex" in the body, and decodes again with its own
// transitions.
//
//   auto m = NerModel::Load(FindDataPath("extractors/entities/model/ner.bin"));
//   std::vector<uint8_t> labels;
//   (*m)->Tag(doc, gazetteers, &labels);  // one ner::Label per token
//
// File format (zlib-compressed): "NWSNER01", then per stage the row count,
// the int16 quantization scale, 10x9 float transitions (row 0: sentence
// start) and the rows (uint32 feature key, 9 int16 weights); then, optional,
// the word classes the features use (WordClusters: uint32 count, then per
// word uint64 LowerWordHash and three uint16 classes, then the uint32
// count and float top-class shares), and after them, optional, the English
// lexicon ("LEX1", uint32 count, then per word, in sorted order, a flags
// byte (WordClusters::kLex*) and the lower-cased word, NUL-terminated):
// models without it load as before and have no lexicon features. Written
// by the trainer (`newsie train-ner`, ner_trainer.h).
//
// Thread safety: immutable after Load(); Tag() may run concurrently.
#ifndef NEWSIE_EXTRACTORS_ENTITIES_NER_MODEL_H_
#define NEWSIE_EXTRACTORS_ENTITIES_NER_MODEL_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "extractors/entities/ner_features.h"
#include "pipeline/document.h"
#include "pipeline/status.h"

namespace newsie {

class Gazetteers;

namespace ner {

// Best label sequence under the BIO constraints (ner::Allowed) for n
// tokens with emissions e[n][kNumLabels] and transitions trans[prev + 1][cur]
// (row 0: sentence start).
void Viterbi(const float* e, uint32_t n, const float trans[kNumLabels + 1][kNumLabels],
             uint8_t* out);

// The transitions as Viterbi's inner loop reads them: a full 9 x 9 table
// over (previous, current) with the BIO constraint as -1e30, padded to 12
// lanes, and the start row with its constraint. Built once per model, not
// per sentence (sentences are short: the build cost as much as the
// lattice).
struct ViterbiTable {
  static constexpr int kLanes = 12;  // lanes 9..11 unused
  explicit ViterbiTable(const float trans[kNumLabels + 1][kNumLabels]);
  alignas(16) float tt[kNumLabels][kLanes];
  // tt transposed: tc[l][a] = tt[a][l] (lanes 9..11 unused), the column
  // the backward pass reads as vectors.
  alignas(16) float tc[kNumLabels][kLanes];
  float start[kLanes];  // trans[0][l]; unused where start_ok[l] is false
  bool start_ok[kLanes];
};
// The same labels as Viterbi(e, n, trans, out) with table = ViterbiTable(trans).
void Viterbi(const float* e, uint32_t n, const ViterbiTable& table, uint8_t* out);
// Viterbi(ea, na, table, outa) and Viterbi(eb, nb, table, outb), the two
// sentences' lattices filled side by side (faster: each step's latency is
// the other's to fill).
void ViterbiPair(const float* ea, uint32_t na, uint8_t* outa, const float* eb, uint32_t nb,
                 uint8_t* outb, const ViterbiTable& table);

// The decoder's builds: the portable one (SSE2 on x86-64) and, on x86-64
// CPUs with AVX2, one that fills labels 0..7 of a position as one 8-lane
// vector. Both give the same labels: each lane adds and compares the same
// floats in the same order. The calls above run BestViterbiIsa()'s; those
// below the given one (tests). REQUIRES: isa is kPortable or
// BestViterbiIsa().
enum class ViterbiIsa : uint8_t { kPortable, kAvx2 };
ViterbiIsa BestViterbiIsa();
void Viterbi(const float* e, uint32_t n, const ViterbiTable& table, uint8_t* out,
             ViterbiIsa isa);
void ViterbiPair(const float* ea, uint32_t na, uint8_t* outa, const float* eb, uint32_t nb,
                 uint8_t* outb, const ViterbiTable& table, ViterbiIsa isa);

// One perceptron: feature key -> kNumLabels weights, plus transitions.
class Perceptron {
 public:
  using Row = std::array<float, kNumLabels>;
  Perceptron();
  // Replaces the contents (the trainer's hand-over).
  void Assign(const std::vector<uint32_t>& keys, const std::vector<Row>& rows,
              const float trans[kNumLabels + 1][kNumLabels]);
  // Emissions e[(t - tb) * kNumLabels + l] (added to) for tokens [tb, te)
  // of `fs`. The table is larger than the caches, so slots are prefetched
  // a few keys ahead of their lookup.
  void ScoreTokens(const FeatureSet& fs, uint32_t tb, uint32_t te, float* e) const;
  // Best label sequence for tokens with emissions e[n][kNumLabels].
  void Viterbi(const float* e, uint32_t n, uint8_t* out) const {
    ner::Viterbi(e, n, vt_, out);
  }
  // The same for two sentences (ner::ViterbiPair).
  void ViterbiPair(const float* ea, uint32_t na, uint8_t* outa, const float* eb, uint32_t nb,
                   uint8_t* outb) const {
    ner::ViterbiPair(ea, na, outa, eb, nb, outb, vt_);
  }
  size_t rows() const { return keys_.size(); }
  // The lookup table by value, for hot loops: its pointers sit in
  // registers rather than being reloaded after every store. Valid while
  // the perceptron is alive and unchanged.
  class Table {
   public:
    // The kNumLabels int16 weights of feature key `key` (times scale()),
    // or null when the model has no such key.
    const int16_t* Weights(uint32_t key) const {
      if (key == empty_) return nullptr;
      for (uint32_t i = Home(key);; ++i) {
        if (keys_[i] == key) return weights_ + static_cast<size_t>(i) * kNumLabels;
        if (keys_[i] == empty_) return nullptr;
      }
    }
    // False when the model surely has no key `key` (one bit of a filter
    // read: most keys of running text that the model lacks stop here
    // instead of walking their probe run); true for every key it has.
    bool MayHave(uint32_t key) const {
      const uint32_t b = key & filter_mask_;
      return (filter_[b >> 6] >> (b & 63)) & 1;
    }
    // Starts loading the slot where a lookup of `key` begins.
    void Prefetch(uint32_t key) const {
      const uint32_t i = Home(key);
      __builtin_prefetch(keys_ + i);
      __builtin_prefetch(weights_ + static_cast<size_t>(i) * kNumLabels);
    }

   private:
    friend class Perceptron;
    uint32_t Home(uint32_t key) const { return static_cast<uint32_t>((key * cap_) >> 32); }
    const uint32_t* keys_ = nullptr;
    const int16_t* weights_ = nullptr;
    const uint64_t* filter_ = nullptr;
    uint64_t cap_ = 0;
    uint32_t empty_ = 0;
    uint32_t filter_mask_ = 0;
  };
  Table table() const {
    Table t;
    t.keys_ = slot_keys_.data();
    t.weights_ = slot_weights_.data();
    t.filter_ = filter_.data();
    t.cap_ = cap_;
    t.empty_ = empty_;
    t.filter_mask_ = filter_mask_;
    return t;
  }
  const int16_t* Weights(uint32_t key) const { return table().Weights(key); }
  float scale() const { return scale_; }
  // Differs between any two tables built in this process (Assign,
  // Deserialize): caches of sums of weights are keyed by it.
  uint64_t id() const { return id_; }

  void Serialize(std::string* out) const;
  bool Deserialize(const char*& p, const char* end);

 private:
  // (Re)builds the table from `keys` and their rows of kNumLabels int16
  // weights at `q` (row r at byte r * kNumLabels * 2; any alignment).
  void BuildIndex(std::vector<uint32_t> keys, const char* q);
  // The home slot of `key`: keys are hashes, so their high bits spread
  // them evenly over any table size (Lemire's multiply-shift), and the
  // table needs no power-of-two size.
  uint32_t Home(uint32_t key) const {
    return static_cast<uint32_t>((static_cast<uint64_t>(key) * cap_) >> 32);
  }
  // The table slot holding `key`, or -1.
  int64_t Find(uint32_t key) const {
    if (key == empty_) return -1;
    for (uint32_t i = Home(key);; ++i) {
      if (slot_keys_[i] == key) return i;
      if (slot_keys_[i] == empty_) return -1;
    }
  }
  // The keys in row order (the file's order; Serialize writes them back).
  std::vector<uint32_t> keys_;
  float scale_ = 1.0f;
  float trans_[kNumLabels + 1][kNumLabels] = {};
  ViterbiTable vt_{trans_};  // of trans_; rebuilt wherever trans_ changes
  // Open addressing from Home(key), linear probing, load <= 2/3; the
  // probes run on past cap_ into a tail that ends with an empty slot, so
  // they never wrap. The keys are probed in their own array (4 bytes a
  // slot: it mostly stays in the cache); a found slot's weights, quantized
  // to int16 (times scale_), are at the same index in slot_weights_, one
  // cache miss away. Empty slots hold empty_, a value that is no key.
  std::vector<uint32_t> slot_keys_;
  std::vector<int16_t> slot_weights_;  // kNumLabels a slot
  // One bit per value of a key's low bits (a one-hash Bloom filter of at
  // least kFilterBitsPerKey bits a key, built with the table; the file
  // format is unchanged): set for every key of the table.
  static constexpr size_t kFilterBitsPerKey = 8;
  std::vector<uint64_t> filter_ = std::vector<uint64_t>(1);  // empty until built
  uint32_t filter_mask_ = 63;
  uint32_t cap_ = 0;
  uint32_t empty_ = 0;
  uint64_t id_ = 0;
};

// Stage-2 hints from stage-1 labels: for each token, the label class most
// often given to the other occurrences of the same (lower-cased) word.
// `lower` (may be null: computed) holds LowerWordHash of each token.
void ComputeHints(const Document& doc, const std::vector<uint8_t>& labels,
                  DocHints* hints, const uint64_t* lower = nullptr);

class NerModel {
 public:
  static StatusOr<std::unique_ptr<NerModel>> Load(const std::string& path);
  static std::unique_ptr<NerModel> FromStages(Perceptron stage1, Perceptron stage2,
                                              WordClusters clusters = {});
  Status Save(const std::string& path) const;

  // One label per token of `doc`. `matches` (may be null) are the
  // gazetteers' matches over the document (MatchDocument).
  // `sentence_kinds` (may be null: computed here) holds LineKind of each
  // sentence, for callers that need them too.
  // REQUIRES: the kTokens layer.
  void Tag(const Document& doc, const Gazetteers* gazetteers,
           const std::vector<GazetteerMatch>* matches, std::vector<uint8_t>* labels,
           const std::vector<uint8_t>* sentence_kinds = nullptr) const;
  // Adds `p`'s emissions for every token of `doc` to e[t * kNumLabels + l]
  // (sized to the token count when empty).
  static void AddEmissions(const Perceptron& p, const Document& doc, const FeatureSet& fs,
                           std::vector<float>* e);
  // Viterbi per sentence over emissions `e` with `p`'s transitions.
  static void Decode(const Perceptron& p, const Document& doc, const std::vector<float>& e,
                     std::vector<uint8_t>* labels);

  const Perceptron& stage1() const { return stage1_; }
  const Perceptron& stage2() const { return stage2_; }
  // The word classes the features use; null when the model has none.
  const WordClusters* clusters() const { return clusters_.empty() ? nullptr : &clusters_; }

 private:
  NerModel() = default;
  Perceptron stage1_, stage2_;
  WordClusters clusters_;
};

}  // namespace ner
}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_ENTITIES_NER_MODEL_H_
