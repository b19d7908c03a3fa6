// NER features: turns a tokenized Document into hashed feature keys per
// token, for the averaged-perceptron tagger (ner_model.h). The trainer
// (ner_trainer.h) and the extractor call the same code, so a model always
// sees at run time the features it was trained on.
//
//   FeatureSet fs;
//   ExtractNerFeatures(doc, gazetteers, &fs);
//   for (uint32_t k = fs.begin[t]; k < fs.begin[t + 1]; ++k) use(fs.keys[k]);
//
// Features per token: the word, its lower-cased form, its shape, affixes,
// the words and shapes within +-2 tokens (within the sentence), word and
// shape bigrams, sentence-initial and all-caps-line (headline, dateline)
// context, gazetteer matches covering the token (type and B/I position) and
// document-level evidence: whether the same word appears elsewhere in the
// document capitalized mid-sentence, in lower case, as the first or last
// word of a longer capitalized name, inside a name ending in a company
// designator ("Pirelli SpA") or in an organization's head word ("Blackburn
// Rovers", "Labour Party") or opened by a club's prefix ("AC Milan"), after
// an organization cue word ("news agency Tanjug") or before one ("Barrick
// chairman"), or after an honorific ("Mr."); what stands beside a gazetteer
// match (a score, the possessive, a parenthesis) with its list; whether
// the token is in a name opening a table row or before a score on a line
// of numbers ("TABAK 6700.00 6700.00", "Stadler 0 Haladas 0"); and, with
// WordClusters, the word classes (learned from unlabeled news text) of the
// token and its neighbours, which carry what train taught about a word to
// words train never saw, and the document's topic (the classes its
// lower-case words over-represent: a sports report), alone and with the
// token's gazetteer match; with the English lexicon WordClusters may
// carry, how the word list writes the word (lower case, capitalized, all
// capitals, or not at all) with how the token is written: an ordinary word
// capitalized ("Crystal Palace") against a word the list knows only as a
// name ("Hyundai") or not at all (most foreign names).
//
// Thread safety: stateless.
#ifndef NEWSIE_EXTRACTORS_ENTITIES_NER_FEATURES_H_
#define NEWSIE_EXTRACTORS_ENTITIES_NER_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/document.h"
#include "pipeline/status.h"

namespace newsie {

class Gazetteers;
struct GazetteerMatch;

namespace ner {

// BIO labels over PER, ORG, LOC, MISC.
enum Label : uint8_t {
  kO = 0,
  kBPer, kIPer, kBOrg, kIOrg, kBLoc, kILoc, kBMisc, kIMisc,
};
inline constexpr int kNumLabels = 9;
inline bool IsBegin(int l) { return l != kO && (l & 1) == 1; }
inline bool IsInside(int l) { return l != kO && (l & 1) == 0; }
// 0 = PER, 1 = ORG, 2 = LOC, 3 = MISC; REQUIRES: l != kO.
inline int LabelClass(int l) { return (l - 1) / 2; }
inline int BeginOf(int cls) { return 1 + 2 * cls; }
// True when label `b` may follow label `a` (`a` = -1 at sentence start):
// I-X only continues B-X or I-X.
inline bool Allowed(int a, int b) {
  if (!IsInside(b)) return true;
  return a > 0 && LabelClass(a) == LabelClass(b);
}
const char* LabelName(int l);  // "B-PER", ...
EntityType LabelEntityType(int l);

// Feature keys per token: keys[begin[t] .. begin[t+1]) for token t.
struct FeatureSet {
  std::vector<uint32_t> keys;
  std::vector<uint32_t> begin;  // tokens + 1 entries
};

// Per-token evidence for the stacked second stage: for
// each token, the label class the first pass gave other occurrences of the
// same word in the document, -1 for none. May be empty.
struct DocHints {
  std::vector<int8_t> other_class;  // -1, or 0..3 (PER ORG LOC MISC), 4 = O
  std::vector<uint8_t> own_label;   // the stage-1 label of the token itself
};

// Word classes at three granularities (top, mid, fine) by lower-cased word
// (LowerWordHash), from extractors/entities/model/word_clusters.tsv; the
// model file carries its own copy, so a model always sees the classes it was
// trained with. Immutable after loading.
class WordClusters {
 public:
  struct Classes {
    uint16_t top = 0, mid = 0, fine = 0;
  };
  // Reads the TSV (header "word top mid fine count", '#' comments; count,
  // the word's frequency in the unlabeled text, gives top_prior()); fails
  // on a malformed line with "path:line: reason".
  static StatusOr<WordClusters> FromTsv(const std::string& path);
  // Classes of the word whose LowerWordHash is `lower_hash`, null if none.
  const Classes* Find(uint64_t lower_hash) const {
    if (slots_.empty()) return nullptr;
    const uint32_t check = static_cast<uint32_t>(lower_hash >> 32);
    for (size_t i = lower_hash & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].index == kEmpty) return nullptr;
      if (slots_[i].check == check) return &classes_[slots_[i].index];
    }
  }
  // Share of each top class among the running-text occurrences of the
  // lower-case words (three or more letters) of the unlabeled text: the
  // prior a document's own shares are compared with (its topic).
  const std::vector<float>& top_prior() const { return top_prior_; }
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  // The English lexicon (optional): how a broad word list writes each word,
  // by LowerWordHash. Bits of Lex(): kLexLower (an entry in lower case:
  // "crystal"), kLexTitle (capitalized: "Crystal", "Hyundai",
  // "McDonald"), kLexCaps (all capitals: "NATO"); 0 when the list lacks
  // the word (most foreign names) or there is no lexicon.
  static constexpr uint8_t kLexLower = 1, kLexTitle = 2, kLexCaps = 4;
  // Reads a word list, one word a line (Debian's wamerican format); skips
  // possessive forms ("Aachen's") and words with spaces. Fails when the
  // file is missing or holds no word.
  Status AddLexicon(const std::string& path);
  bool has_lexicon() const { return !lex_words_.empty(); }
  size_t lexicon_size() const { return lex_words_.size(); }
  uint8_t Lex(uint64_t lower_hash) const {
    if (lex_slots_.empty()) return 0;
    const uint32_t check = static_cast<uint32_t>(lower_hash >> 32) & ~7u;
    for (size_t i = lower_hash & lex_mask_;; i = (i + 1) & lex_mask_) {
      const uint32_t s = lex_slots_[i];
      if (s == 0) return 0;
      if ((s & ~7u) == check) return static_cast<uint8_t>(s & 7u);
    }
  }

  // The word classes, then the lexicon when there is one (an optional
  // block: files without it load with no lexicon).
  void Serialize(std::string* out) const;
  bool Deserialize(const char*& p, const char* end);

 private:
  // Sorts and de-duplicates entries_ (the last of a key wins) and builds
  // the lookup table from them.
  void Build();
  static constexpr uint16_t kEmpty = 0xffff;
  // The lookup table is the hot part: 8-byte slots (the key's high half
  // checked, its low bits the home slot) pointing into the few distinct
  // class triples, so the table stays small for the caches.
  struct Slot {
    uint32_t check = 0;
    uint16_t index = kEmpty;  // into classes_
  };
  std::vector<std::pair<uint64_t, Classes>> entries_;  // by key, for Serialize
  std::vector<Classes> classes_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::vector<float> top_prior_;
  // The lexicon: lower-cased word -> flags, sorted by word (Serialize
  // writes the words, which compress), and its lookup table: 4-byte slots
  // (the key's high 29 bits checked, its low bits the home slot) holding
  // the flags in their low 3 bits; 0 is an empty slot. Load <= 3/4: the
  // table (512 KB for wamerican) is read only when the scorer's word
  // cache misses.
  void BuildLexicon();
  std::vector<std::pair<std::string, uint8_t>> lex_words_;
  std::vector<uint32_t> lex_slots_;
  size_t lex_mask_ = 0;
};

// Fills `out` for every token of `doc`. `gazetteers` may be null (no
// gazetteer features); `matches` are its matches over the whole document
// (MatchDocument), computed here when null. `clusters` may be null (no
// word-class features). REQUIRES: the kTokens layer.
void ExtractNerFeatures(const Document& doc, const Gazetteers* gazetteers,
                        const std::vector<GazetteerMatch>* matches, FeatureSet* out,
                        const WordClusters* clusters = nullptr);

// Gazetteer matches within the runs of capitalized words of `doc` (with
// connectors such as "of" inside: "Secretary of State"), in token order.
std::vector<GazetteerMatch> MatchDocument(const Document& doc, const Gazetteers& gazetteers);

// The stage-2 features: the hint class (with the token's capitalization
// and line kind) for tokens that have one, nothing for the others.
void ExtractHintFeatures(const Document& doc, const DocHints& hints, FeatureSet* out);

// 1 for an all-caps line (headline, dateline), 2 for a title-case line of
// four or more words (a headline), 0 for running text.
int LineKind(const Document& doc, const Sentence& s);

// Whether `w` is a legal form or company word that ends a company's name
// ("Inc", "Inc.", "AG", "Plc", "Holdings", "Airlines"; case as written):
// the tagger's designator feature and the span rules share this one list.
bool IsOrgDesignator(std::string_view w);

// 64-bit hash of the lower-cased token text (digits folded to 0), the key
// the document-level features and the second pass group words by.
uint64_t LowerWordHash(std::string_view word);

}  // namespace ner
}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_ENTITIES_NER_FEATURES_H_
