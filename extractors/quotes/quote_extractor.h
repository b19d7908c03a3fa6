// QuoteExtractor ("quotes.said_verb"): finds what people said and who said
// it. Adds kQuotes from kTokens (quote marks, sentences, paragraphs) and
// kEntities (speaker linking).
//
//   auto ex = QuoteExtractor::Create(ctx);  // cues from ctx.gazetteers
//   (*ex)->Extract(doc);
//   for (const Quote& q : doc.quotes()) ...;
//
// What it finds:
//  - DIRECT quotes in every news form: `"...," X said.`, `X said: "..."`,
//    `"...," said X`, quotes split by their attribution (one Quote, several
//    fragments), quotes over several sentences and paragraphs (a paragraph
//    opening with a mark and no closing one continues into the next), and
//    a stand-alone quoted sentence right after an attribution (given to the
//    same speaker).
//  - PARTIAL quotes: quoted words inside reported speech; span is the whole
//    content, fragments the quoted pieces (for one split by its
//    attribution, the content on both sides of it, as INDIRECT has).
//  - INDIRECT speech: `X said (that) ...`, `X told the AP that ...`,
//    `according to X, ...`, `..., X said.`
//  - SCARE quotes: short quoted phrases no one is said to have said.
// Cue verbs and phrases come from the CUE entries of the gazetteers
// (gazetteers/data/cues/cue_verbs.tsv, column `class`), so analysts can add
// more without a rebuild.
//
// Speakers: the subject of the cue (a name, a title or role, an
// organization or a pronoun). Speaker.mention is the span actually used
// near the quote; the speaker links to the entity whose mention overlaps it
// or, for a pronoun, to the nearest compatible sentence subject before it.
// When no speaker can be found the quote is kept with resolved = false;
// the extractor never guesses across an unrelated sentence.
//
// Broken marks: marks are paired within a paragraph; an opening mark that
// is followed by another opening mark ends just before it, a quote never
// runs past its paragraph unless the next paragraph opens with a mark, so
// one bad mark can neither swallow the article nor merge two quotes.
//
// Thread safety: immutable after Create(); Extract() may run concurrently
// on distinct Documents.
#ifndef NEWSIE_EXTRACTORS_QUOTES_QUOTE_EXTRACTOR_H_
#define NEWSIE_EXTRACTORS_QUOTES_QUOTE_EXTRACTOR_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/extractor.h"
#include "pipeline/flat_string_map.h"

namespace newsie {

class Gazetteers;

// How a cue introduces its content.
enum class CueClass : uint8_t {
  kSpeech,     // X said (that) ... / "...," X said
  kSpeechObj,  // X told reporters (that) ...: an addressee comes first
  kCall,       // X called it "..." / called for ...
  kBelief,     // X believes (that) ...
  kAccording,  // according to X, ...
};

// The cue forms: lower-cased token sequences -> class. Built from the
// gazetteers' CUE entries.
class CueTable {
 public:
  // Fails with FailedPrecondition when `g` holds no CUE entry and with
  // InvalidArgument on an unknown `class` value ("file:line: ...").
  static StatusOr<CueTable> FromGazetteers(const Gazetteers& g);

  struct Form {
    std::vector<std::string> rest;  // tokens after the first, lower case
    CueClass cls = CueClass::kSpeech;
  };
  // Forms starting with `first_lower` (lower case), or nullptr.
  const std::vector<Form>* Starting(std::string_view first_lower) const;
  // False when no form can start with the token `word` (any case), from
  // its first and last letters and its length alone: a test that spares
  // most tokens the lower-casing and the hash lookup of Starting().
  bool MayStart(std::string_view word) const {
    if (word.size() < 2 || word.size() > kMaxWordLength) return false;
    const int a = LetterIndex(word.front()), z = LetterIndex(word.back());
    if (a < 0 || z < 0) return true;  // not a letter: ask Starting()
    const size_t bit = (static_cast<size_t>(a) * 26 + static_cast<size_t>(z)) * kLengths +
                       word.size();
    return (shapes_[bit / 64] >> (bit % 64)) & 1;
  }
  size_t size() const { return by_first_.size(); }

 private:
  static constexpr size_t kMaxWordLength = 23;  // Starting() keys are shorter
  static constexpr size_t kLengths = kMaxWordLength + 1;
  static int LetterIndex(char c) {
    if (c >= 'a' && c <= 'z') return c - 'a';
    if (c >= 'A' && c <= 'Z') return c - 'A';
    return -1;
  }
  void AddShape(std::string_view first_lower);
  FlatStringMap<std::vector<Form>> by_first_;
  // One bit per (first letter, last letter, length) of the forms' first
  // words.
  std::array<uint64_t, (26 * 26 * kLengths + 63) / 64> shapes_{};
};

class QuoteExtractor : public Extractor {
 public:
  // Cues come from ctx.gazetteers; when that is null the shipped lists
  // (DefaultGazetteerDir()/cues) are loaded. Fails with a message naming
  // the expected file when no cue list can be found.
  // Option "quotes.paired_apostrophes" = true|false (default false): read
  // two straight apostrophes ('') as a double quotation mark, as archive
  // copy of some papers prints them.
  static StatusOr<std::unique_ptr<Extractor>> Create(const ExtractorContext& ctx);
  const ExtractorInfo& info() const override { return info_; }
  Status Extract(Document& doc) const override;

 private:
  QuoteExtractor(CueTable cues, bool paired_apostrophes, const Gazetteers* gazetteers);
  ExtractorInfo info_;
  CueTable cues_;
  bool paired_apostrophes_;
  // ctx.gazetteers (the given-name list), or null: pronouns then read a
  // person's gender from the article's words only.
  const Gazetteers* gazetteers_;
};

}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_QUOTES_QUOTE_EXTRACTOR_H_
