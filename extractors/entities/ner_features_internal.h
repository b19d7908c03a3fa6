// The NER feature templates and the document-level evidence, shared by the
// key extraction (ExtractNerFeatures, which the trainer and the tests use)
// and the tagger's fast path (ner_scorer.h), which sums the same keys'
// weights without listing them. Internal to extractors/entities/.
//
// Thread safety: stateless functions; DocContext belongs to one document.
#ifndef NEWSIE_EXTRACTORS_ENTITIES_NER_FEATURES_INTERNAL_H_
#define NEWSIE_EXTRACTORS_ENTITIES_NER_FEATURES_INTERNAL_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/entities/ner_features.h"
#include "gazetteers/gazetteer.h"
#include "pipeline/document.h"

namespace newsie::ner::internal {

// Feature templates. Values are part of the model file's meaning: append,
// never renumber (renumbering needs a retrained model).
enum Template : uint64_t {
  kBias = 1, kWord, kLower, kShape, kPrefix2, kPrefix3, kPrefix4, kSuffix1,
  kSuffix2, kSuffix3, kSuffix4, kPrevLower, kNextLower, kPrev2Lower,
  kNext2Lower, kPrevShape, kNextShape, kPrevCurLower, kCurNextLower,
  kShape3, kInitialShape, kCapsLineShape, kCapsLineLower, kDocEvidence,
  kGazetteer, kHint, kPrevWordShape, kNextWordShape, kLength, kCapsLineHint,
  kInQuotesParens, kDocEvidenceLower, kPrev2Shape, kNext2Shape, kHintOwn,
  kHintContext, kCluster, kPrevCluster, kNextCluster, kDocTopic, kDocTopicGaz, kDocNameEvidence,
  kGazContext, kGazContextTopic, kDocOrgCue, kTableRun, kLexicon,
};

inline uint64_t Mix(uint64_t x) {  // splitmix64 finalizer
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}
inline uint32_t Key(uint64_t tmpl, uint64_t value) {
  uint32_t k = static_cast<uint32_t>(Mix(value * 31 + tmpl * 0x100000001b3ull));
  return k ? k : 1;  // 0 marks an empty slot in the model's table
}
inline uint64_t Combine(uint64_t a, uint64_t b) { return Mix(a ^ (b * 0x9ddfea08eb382d69ull)); }

inline uint64_t HashBytes(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

// Past the sentence's edges.
inline constexpr uint64_t kBos = 0x5b05, kEos = 0xe05e;
// A word with no class (kPrevCluster, kNextCluster, kCluster).
inline constexpr uint64_t kNoClass = 0xffff;

// What the features know of one word: hashes of its bytes, lower-cased
// form, shape and affixes, and its word classes. A function of the word's
// bytes (and the clusters) only.
struct WordInfo {
  uint64_t word, lower, shape;
  uint64_t pre[3], suf[4];  // prefixes of 2..4 bytes, suffixes of 1..4; 0: none
  const WordClusters::Classes* cls;  // null: no word class
  uint8_t lex;                       // WordClusters::Lex, 0 without a lexicon
};
void ComputeWordInfo(std::string_view w, const WordClusters* clusters, WordInfo* out);

// Mojibake, UTF-8 read as Latin-1 (or Windows-1252) and re-encoded, undone
// for the features: a lead "Â", "Ã", "Ä" or "Å" (precomposed or as "A" plus
// a combining circumflex, tilde, diaeresis or ring) before a U+0080-U+00BF
// character (not a no-break space) or "ƒ" becomes the two bytes it was,
// twice over for a double encoding ("PeÃ±a" -> "Peña", "BasÃ\u0083Â¡" ->
// "Basá"). Returns false, leaving `out` alone, when `w` has no such pair.
// The document's text is never changed: only hashes read the repaired word.
bool RepairMojibake(std::string_view w, std::string* out);

// Words that say what a document is about: lower case, three or more
// ASCII letters (no function-word punctuation or numbers).
inline bool IsTopicWord(std::string_view w) {
  if (w.size() < 3) return false;
  for (char c : w) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

// The mid class a neighbour contributes (kPrevCluster, kNextCluster).
inline uint64_t MidOf(const WordClusters::Classes* c) { return c ? c->mid : kNoClass; }

// The capitalization the fine class is conjoined with.
inline uint64_t CapsOf(const Token& tok) {
  return tok.Has(kTokLower) ? 0 : tok.Has(kTokAllCaps) ? 1 : 2;
}

// Which of EmitWordKeys' keys: all, or those that depend on the word's
// shape alone (kBias, kShape: few values, whose rows the fast path keeps
// by shape), or the others.
enum class WordKeys { kAll, kShapeOnly, kNotShapeOnly };

// The keys of the word itself, in ExtractNerFeatures' order: bias, word,
// lower, shape, prefixes, suffixes.
template <WordKeys kWhich = WordKeys::kAll, typename Sink>
inline void EmitWordKeys(const WordInfo& wi, Sink&& sink) {
  constexpr bool kShapeKeys = kWhich != WordKeys::kNotShapeOnly;
  constexpr bool kOtherKeys = kWhich != WordKeys::kShapeOnly;
  if constexpr (kShapeKeys) sink(Key(kBias, 0));
  if constexpr (kOtherKeys) {
    sink(Key(kWord, wi.word));
    sink(Key(kLower, wi.lower));
  }
  if constexpr (kShapeKeys) sink(Key(kShape, wi.shape));
  if constexpr (kOtherKeys) {
    for (int k = 0; k < 3; ++k) {
      if (wi.pre[k]) sink(Key(kPrefix2 + k, wi.pre[k]));
    }
    for (int k = 0; k < 4; ++k) {
      if (wi.suf[k]) sink(Key(kSuffix1 + k, wi.suf[k]));
    }
  }
}

// The word's own class keys (only with WordClusters): the fine class with
// its capitalization `caps` (CapsOf), its mid and fine classes, or one
// "no class" key.
template <typename Sink>
inline void EmitClassKeys(const WordClusters::Classes* cls, uint64_t caps, Sink&& sink) {
  if (cls) {
    sink(Key(kCluster, 0x30000 + cls->fine * 4 + caps));
    sink(Key(kCluster, 0x10000 + cls->mid));
    sink(Key(kCluster, 0x20000 + cls->fine));
  } else {
    sink(Key(kCluster, kNoClass));
  }
}

// The word's lexicon key (only with a lexicon; words only): how the
// English word list writes it (WordClusters::Lex: absent, lower case,
// capitalized, all capitals, or several) with how the token is written
// (CapsOf). "Crystal", "Palace", "United" are ordinary words written as
// names; "Hyundai" a word the list knows only capitalized; "Deportivo"
// one it lacks, like most foreign names.
template <typename Sink>
inline void EmitLexKeys(uint8_t lex, const Token& tok, Sink&& sink) {
  if (tok.Has(kTokWord)) sink(Key(kLexicon, uint64_t{lex} * 4 + CapsOf(tok)));
}

// The kShape3 key of a token of shape `shape` between tokens of shapes
// ps1 and ns1.
inline uint32_t Shape3Key(uint64_t ps1, uint64_t shape, uint64_t ns1) {
  return Key(kShape3, Combine(Combine(ps1, shape), ns1));
}

// The key joining the previous word's lower form p1 (kBos past the
// sentence) with the token's shape, and the one joining the token's shape
// with the next word's lower form n1 (kEos past it).
inline uint32_t PrevWordShapeKey(uint64_t p1, uint64_t shape) {
  return Key(kPrevWordShape, Combine(p1, shape));
}
inline uint32_t NextWordShapeKey(uint64_t shape, uint64_t n1) {
  return Key(kNextWordShape, Combine(shape, n1));
}

// The keys joining the token with its neighbours (lower forms p1/n1 and
// shapes ps1/ns1 of the previous and next tokens, kBos/kEos past the
// sentence), and the sentence-initial shape. `prev_cur` is
// Combine(p1, lower); the result is Combine(lower, n1), the next token's
// `prev_cur` within the sentence. Without kWithShape3, the kShape3 key
// (Shape3Key) is left to the caller; without kWithWordShape, the
// kPrevWordShape and kNextWordShape keys (PrevWordShapeKey,
// NextWordShapeKey).
template <bool kWithShape3 = true, bool kWithWordShape = true, typename Sink>
[[gnu::always_inline]] inline uint64_t EmitPairKeys(uint64_t p1, uint64_t n1, uint64_t ps1,
                                                    uint64_t ns1, uint64_t lower, uint64_t shape,
                                                    bool initial, uint64_t kind,
                                                    uint64_t prev_cur, Sink&& sink) {
  const uint64_t cur_next = Combine(lower, n1);
  sink(Key(kPrevCurLower, prev_cur));
  sink(Key(kCurNextLower, cur_next));
  if constexpr (kWithShape3) sink(Shape3Key(ps1, shape, ns1));
  if constexpr (kWithWordShape) {
    sink(PrevWordShapeKey(p1, shape));
    sink(NextWordShapeKey(shape, n1));
  }
  if (initial) sink(Key(kInitialShape, Combine(shape, kind)));
  return cur_next;
}

// The stage-2 keys of a token with hint h (DocHints::other_class + 1, not
// 0), capitalized or not, on a line of kind `kind` (LineKind).
template <typename Sink>
inline void EmitHintKeys(uint64_t h, bool capitalized, uint64_t kind, Sink&& sink) {
  sink(Key(kHint, h * 4 + (capitalized ? 1 : 0)));
  sink(Key(kCapsLineHint, h * 4 + kind));
  sink(Key(kBias, 1));
}

// Small open-addressing map from a word hash to document statistics.
struct DocStat {
  uint64_t key = 0;
  uint16_t cap_mid = 0;     // capitalized, not sentence-initial, normal line
  uint16_t lower = 0;       // lower-case occurrence
  uint16_t name_first = 0;  // first word of a longer capitalized run
  uint16_t name_last = 0;   // last word of a longer capitalized run
  uint16_t org_run = 0;     // in a capitalized run ending in a company designator
  uint16_t honorific = 0;   // right after Mr., Mrs., Ms., Dr. or Sir
  uint16_t org_head = 0;    // in a capitalized run an organization's head word ends
  uint16_t org_before = 0;  // in a capitalized run after "newspaper", "firm", ...
  uint16_t org_after = 0;   // in a capitalized run before "chairman", "shares", ...
  uint8_t pronouns = 0;     // 1: "it(s)" followed a capitalized run it is in; 2: "he", "his", ...
  uint32_t gen = 0;         // DocStats::gen_ when in use; any other value: empty
};

class DocStats {
 public:
  // Empties the map for a document of n tokens. Slots are emptied by a new
  // generation, not rewritten: clearing 2-4 slots a token cost more than
  // the lookups; the table is rewritten only when it grows (or shrinks
  // after a large document) and when the generation wraps.
  void Reset(size_t n) {
    size_t cap = 64;
    while (cap < 2 * n + 2) cap <<= 1;
    constexpr size_t kKeep = size_t{1} << 16;
    if (slots_.size() < cap || (slots_.size() > kKeep && cap <= kKeep)) {
      slots_.assign(cap, DocStat());
      gen_ = 1;
    } else if (++gen_ == 0) {
      std::fill(slots_.begin(), slots_.end(), DocStat());
      gen_ = 1;
    }
    mask_ = cap - 1;  // the first cap slots
  }
  DocStat& At(uint64_t key) {
    key |= 1;
    size_t i = key & mask_;
    while (slots_[i].gen == gen_ && slots_[i].key != key) i = (i + 1) & mask_;
    DocStat& s = slots_[i];
    if (s.gen != gen_) {
      s = DocStat();
      s.gen = gen_;
      s.key = key;
    }
    return s;
  }

 private:
  std::vector<DocStat> slots_;
  size_t mask_ = 0;
  uint32_t gen_ = 0;
};

// What a document says beyond each token's neighbourhood: line kinds,
// word statistics, topic and gazetteer matches. PrepareDocContext refills
// it, so one may serve document after document (keeping its memory).
struct DocContext {
  static constexpr uint32_t kMaxGaz = 6;
  std::vector<uint8_t> line_kind;  // per token (LineKind of its sentence)
  // Per token: 1 in the capitalized run opening a line of numbers with no
  // lower-case word (a table row: "TABAK 6700.00 6700.00 1000"), 2 in a
  // run right before a number on such a line ("Stadler 0 Haladas 0"), 3
  // both; 0 elsewhere.
  std::vector<uint8_t> table;
  DocStats stats;
  uint64_t topics[2] = {0, 0};
  int n_topics = 0;
  bool has_gaz = false;       // false: no matches (gaz and gaz_n unused)
  std::vector<uint64_t> gaz;  // kMaxGaz per token, gaz_n[t] of them set
  std::vector<uint8_t> gaz_n;
  // Per token with a match: what stands before and after its first
  // match (GazContextCode), conjoined with the match's first list.
  std::vector<uint32_t> gaz_ctx;  // 2 per token: before, after
  std::vector<uint32_t> topic_count;  // scratch: by top class
};

// Fills `ctx` for `doc`; lower[t] and cls[t] are token t's WordInfo fields.
// `matches` as for ExtractNerFeatures. `sentence_kinds` (may be null: then
// computed here) holds LineKind of each sentence; `topic_word` (may be
// null: computed) IsTopicWord of each token.
void PrepareDocContext(const Document& doc, const uint64_t* lower,
                       const WordClusters::Classes* const* cls, const Gazetteers* gazetteers,
                       const std::vector<GazetteerMatch>* matches,
                       const WordClusters* clusters, DocContext* ctx,
                       const uint8_t* sentence_kinds = nullptr,
                       const uint8_t* topic_word = nullptr);

// The document-level keys of token t (after the class keys in
// ExtractNerFeatures' order): all-caps line, document evidence,
// gazetteer, topic.
template <typename Sink>
[[gnu::always_inline]] inline void EmitDocKeys(DocContext& ctx, const Token& tok, uint32_t t, uint64_t lower,
                        uint64_t shape, bool initial, Sink&& sink) {
  const uint64_t kind = ctx.line_kind[t];
  if (kind != 0) {
    sink(Key(kCapsLineShape, Combine(shape, kind)));
    sink(Key(kCapsLineLower, Combine(lower, kind)));
  }
  const bool cap_word = tok.Has(kTokWord) && !tok.Has(kTokLower);
  if (cap_word) {
    // Where the capitals of this token say little (sentence start,
    // headline), the rest of the document says more.
    DocStat& st = ctx.stats.At(lower);
    uint64_t ev = (st.cap_mid > 0) | (st.lower > 0) << 1 | (st.name_first > 0) << 2 |
                  (st.name_last > 0) << 3;
    uint64_t where = kind != 0 ? 2 : (initial ? 1 : 0);
    sink(Key(kDocEvidence, ev * 4 + where));
    sink(Key(kDocEvidenceLower, Combine(lower, ev)));
    uint64_t names = (st.org_run > 0) | (st.honorific > 0) << 1 | (st.org_head > 0) << 2;
    if (names != 0) {
      sink(Key(kDocNameEvidence, names * 4 + where));
    }
    // Organization cue words, one key each: their combinations with the
    // evidence above are too rare in train to weigh.
    if (st.org_before > 0) sink(Key(kDocOrgCue, where));
    if (st.org_after > 0) sink(Key(kDocOrgCue, 4 + where));
    // The pronouns that followed the name: "it" says organization, "he"
    // person.
    if (st.pronouns != 0) sink(Key(kDocOrgCue, 12 + st.pronouns * 4u + where));
  }
  const uint64_t* g = ctx.has_gaz ? &ctx.gaz[static_cast<size_t>(t) * DocContext::kMaxGaz] : nullptr;
  const uint32_t ng = g ? ctx.gaz_n[t] : 0;
  if (ctx.table[t] != 0) {
    sink(Key(kTableRun, ctx.table[t] * 8u + (tok.Has(kTokAllCaps) ? 4u : 0u) + (ng > 0 ? 2u : 0u)));
  }
  for (uint32_t k = 0; k < ng; ++k) sink(Key(kGazetteer, g[k]));
  if (ng > 0) {
    // A listed name's neighbours: a city before a score or "striker" is a
    // club, a surname before "said" a person.
    const uint32_t* gc = &ctx.gaz_ctx[2 * static_cast<size_t>(t)];
    sink(Key(kGazContext, Combine(g[0], gc[0])));
    sink(Key(kGazContext, Combine(g[0], gc[1] | 0x100000)));
  }
  if (ctx.n_topics > 0 && cap_word) {
    for (int k = 0; k < ctx.n_topics; ++k) sink(Key(kDocTopic, ctx.topics[k]));
    if (ng > 0) sink(Key(kDocTopicGaz, Combine(ctx.topics[0], g[0])));
  }
}

}  // namespace newsie::ner::internal

#endif  // NEWSIE_EXTRACTORS_ENTITIES_NER_FEATURES_INTERNAL_H_
