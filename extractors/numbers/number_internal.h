// The pieces of NumberExtractor (number_extractor.h) that cross its files:
// the numeral lexicon and word lists (number_lexicon.cc), and Scanner, which
// reads one sentence's numbers. Scanner's members are defined by concern:
// number_scanner.cc (the driver: where an expression starts, and emitting),
// number_numerals.cc (pieces, cardinals in words and digits, fractions),
// number_units.cc (currency, suffixes and units attached to a number),
// number_kinds.cc (dates, years, times, ages, identifiers) and
// number_ranges.cc (digit pairs, ranges, and the document-level merges of
// adjacent mentions). Internal to extractors/numbers/.
//
// Thread safety: the lexicon is built once and read-only; a Scanner belongs
// to one Document.
#ifndef NEWSIE_EXTRACTORS_NUMBERS_NUMBER_INTERNAL_H_
#define NEWSIE_EXTRACTORS_NUMBERS_NUMBER_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/common/ascii_words.h"
#include "extractors/common/scale_words.h"
#include "extractors/numbers/unit_table.h"
#include "pipeline/document.h"

namespace newsie::numbers::internal {

// ------------------------------------------------------------------ lexicon
// (number_lexicon.cc)

// What a word (or a piece of a hyphenated word) can do in a numeral.
enum Cls : uint8_t {
  kNone,
  kDigits,   // starts with a digit
  kUnitW,    // zero .. nine
  kTeen,     // ten .. nineteen
  kTens,     // twenty .. ninety
  kHundred,  // hundred
  kScale,    // thousand, million, ..., lakh, crore; plural: "millions"
  kDozen,    // dozen, dozens, dz, doz
  kA,        // a, an
  kAnd,      // and
  kPoint,    // point
  kMinus,    // minus, negative
  kHalf,     // half (value 2 as a denominator)
  kQuarter,  // quarter(s) (4)
  kOrd,      // first .. ninth, tenth, twentieth, hundredth, millionth; plural
  kDash,     // a free-standing "-" or en dash
  kOver,     // over
  kOut,      // out (of)
  kOf,       // of
  kIn,       // in
  kTo,       // to
  kOr,       // or
  kBetween,  // between
  kFrom,     // from
};

struct Lex {
  Cls cls = kNone;
  double val = 0;
  bool plural = false;
};

// The lexicon entry of a word (ASCII case folded), or kNone.
Lex LookupWord(std::string_view w);
bool IsMonth(std::string_view w);
bool IsWeekday(std::string_view w);
bool IsIdentifierCue(std::string_view w);
bool IsNamedSeries(std::string_view w);
bool IsAcronymPlural(std::string_view w);
bool IsQuantityCue(std::string_view w);
bool IsDirectionWord(std::string_view w);

// ------------------------------------------------------------------ pieces

// One token, or one part of a hyphenated token, classified.
struct Piece {
  Span span;
  uint32_t tok = 0;
  Cls cls = kNone;
  double val = 0;
  bool plural = false;
  bool joined = false;  // hyphen-joined to the previous piece in one token
  // kDigits only:
  std::string_view num;     // the numeric part: "250,000", "1.2"
  std::string_view suffix;  // the rest of the piece: "-strong", "bn", "th"
  bool commas = false, dot = false;
};

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A scaled value as the decimal the text wrote: "524.2 million" multiplies
// to 524200000.00000006, which 15 significant digits round back to
// 524200000. Whole numbers and values under 1,000 pass unchanged.
double SnapScaled(double v);

// Lower-cased copy: "ps2.7m", "ps8.1bn", "ps21,700" are pounds as "PS2.7m"
// is; "ps4", "ps5" stay consoles (a decimal, a thousands comma or a scale
// suffix marks the money).
inline bool LowerPoundsPrefix(std::string_view pre, const Piece& num) {
  return pre == "ps" && (num.dot || num.commas || !num.suffix.empty());
}

void SplitNumeric(std::string_view t, Piece* p);
bool NumericValue(std::string_view num, double* v);
using ::newsie::SuffixScale;  // extractors/common/scale_words.h
double ScaleWordAfterDigits(std::string_view w);
double VulgarFraction(std::string_view w);

// ------------------------------------------------------------------ scanner

struct Parsed {
  double value = 0;
  size_t end = 0;          // piece index after the numeral
  bool words = false;      // contains number words
  bool scaled = false;     // has a scale word or suffix ("million", "bn")
  bool fraction = false;
  double last_scale = 0;   // scale of the last word when it ended on one
};

// Reads the numbers of a document's sentences, in order, into `out`.
class Scanner {
 public:
  Scanner(const Document& doc, const UnitTable& units, std::vector<NumberMention>& out)
      : doc_(doc), text_(doc.text()), toks_(doc.tokens()), units_(units), out_(out) {}

  // number_scanner.cc
  void Sentence(const newsie::Sentence& s);

 private:
  // ---------------------------------------------------------------- helpers
  // Small and hot: kept here so every file can inline them.
  std::string_view Text(size_t i) const { return doc_.Slice(p_[i].span); }
  bool Glued(size_t i) const {  // no space between piece i-1 and i
    return i > 0 && i < p_.size() && p_[i - 1].span.end == p_[i].span.begin;
  }
  bool Is(size_t i, Cls c) const { return i < p_.size() && p_[i].cls == c; }
  bool IsText(size_t i, std::string_view t) const { return i < p_.size() && Text(i) == t; }
  // Piece i starts a new word or is closing punctuation: what is glued
  // before it ends there ("9.58s)", "9.58s.", "9.58s in").
  bool EndsWord(size_t i) const {
    if (!Glued(i)) return true;
    std::string_view t = Text(i);
    return t == ")" || t == "," || t == "." || t == ";" || t == ":" || t == "!" || t == "?";
  }
  // "/" or the fraction slash U+2044 ("1⁄32").
  bool IsSlash(size_t i) const { return IsText(i, "/") || IsText(i, "\xE2\x81\x84"); }
  static bool IsAlnumStart(std::string_view w) {
    if (w.empty()) return false;
    char c = w[0];
    return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  // Digits in the run of spaced groups of plain digits (two or more each)
  // from piece i, when there are two groups or more; else 0.
  size_t SpacedDigitGroups(size_t i) const {
    size_t digits = 0, groups = 0;
    for (size_t e = i; Is(e, kDigits) && !Glued(e) && p_[e].suffix.empty() && !p_[e].commas &&
                       !p_[e].dot && p_[e].num.size() >= 2;
         ++e) {
      digits += p_[e].num.size();
      ++groups;
    }
    return groups >= 2 ? digits : 0;
  }
  bool PlainDigits(size_t i) const {
    return Is(i, kDigits) && p_[i].suffix.empty();
  }
  bool NumberStart(size_t i) const {
    if (i >= p_.size()) return false;
    Cls c = p_[i].cls;
    return c == kDigits || c == kUnitW || c == kTeen || c == kTens ||
           (c == kA && (Is(i + 1, kHundred) || Is(i + 1, kScale) || Is(i + 1, kDozen)));
  }
  // Text of the token before piece i's token, or "".
  std::string_view PrevWord(size_t i, int back = 1) const {
    uint32_t t = p_[i].tok;
    if (t < tb_ + static_cast<uint32_t>(back)) return {};
    return doc_.Slice(toks_[t - back].span);
  }

  // number_scanner.cc: the driver and emitting.
  size_t TryCouple(size_t i);
  size_t TryNumber(size_t i);
  // Most pieces are plain words or connectives, which start no number:
  // every path of TryNumber returns i + 1 for them (TryCouple wants "a",
  // the phone and sign paths digits, a sign or a dash, WordFraction,
  // HalfQuarter and Cardinal a numeral word first). Only "." may start one
  // (".08"). True for those, so callers skip the paths.
  bool StartsNoNumber(size_t i) const {
    switch (p_[i].cls) {
      case kNone:
        return !IsText(i, ".");
      case kAnd:
      case kPoint:
      case kOver:
      case kOut:
      case kOf:
      case kIn:
      case kTo:
      case kOr:
      case kBetween:
      case kFrom:
        return true;
      default:
        return false;
    }
  }
  void Emit(size_t b, size_t e, double v, NumberKind kind);
  size_t EmitOrdinal(size_t k);
  bool OrdinalContext(size_t b, size_t e) const;
  bool SecondOfTime(size_t k) const;
  size_t EmitVague(size_t k);
  size_t EmitDateLike(size_t k);

  // number_numerals.cc: pieces, cardinals, fractions, digits.
  void BuildPieces();
  uint32_t ExtendDigits(Piece* pc, uint32_t t);
  bool SplitHyphenated(std::string_view w, const Token& tok, uint32_t* last);
  bool Cardinal(size_t i, Parsed* r, bool have_init = false, double init = 0,
                size_t limit = std::string::npos);
  bool FractionContextOk(size_t e, bool plural, double numerator, bool mixed = false) const;
  bool WordFraction(size_t i, Parsed* r, bool mixed = false);
  bool HalfQuarter(size_t i, Parsed* r);
  void ScaleAfterFraction(Parsed* r);
  void AndFraction(Parsed* r);
  bool Digits(size_t i, Parsed* r, bool* done_list);
  bool GluedMixedNumber(size_t i, size_t e, double v, double den, Parsed* r);
  void OverFraction(Parsed* r);

  // number_units.cc: currency, suffixes and units.
  const UnitInfo* DimensionUnit(std::string_view rest) const;
  static bool IsVersusSuffix(std::string_view rest);
  bool PriceBefore(uint32_t tok) const;
  bool SentenceHas(const WordList& words) const;
  const UnitInfo* LetterSymbol(size_t next, const Parsed& r, size_t* after) const;
  // "w" glued to digits in lower-cased copy: watts beside a word of electric
  // power ("a 5-10w laser"); null otherwise.
  const UnitInfo* LowerWattSuffix(std::string_view suffix) const;
  size_t Finish(size_t start, size_t k, Parsed& r, size_t suffix_piece);

  // number_kinds.cc: counted things, names, dates, times, ages, identifiers.
  static bool IsCountedPlural(std::string_view w);
  static bool IsAdjectiveLike(std::string_view w);
  bool CapitalizedPlural(size_t k) const;
  bool NamesCountedThing(size_t k) const;
  static bool IsQuoteOrParen(std::string_view w);
  std::string_view SpaceWordBefore(uint32_t b) const;
  bool InName(size_t start, const Parsed& r) const;
  bool IsStreetAddress(size_t k) const;
  bool ClockTime(size_t start, const Parsed& r, size_t* next) const;
  bool IsDate(size_t start, NumberMention& m, size_t& next);
  static bool GluedMonth(std::string_view w);
  static bool IsStopWordForDate(std::string_view w);
  bool IsSentenceStartName(size_t start, size_t next) const;
  bool IsAppositionAge(size_t start, const NumberMention& m, size_t next) const;
  bool IsPredicateAge(size_t start, const NumberMention& m, size_t next) const;
  bool OpensSentence(uint32_t tok) const;
  NumberKind Classify(size_t start, size_t k, NumberMention& m, const Parsed& r,
                      size_t& next);

  // number_ranges.cc: digit pairs and ranges.
  size_t DigitPair(uint32_t begin, NumberMention& m, size_t sp, const UnitInfo* prefix,
                   size_t skip = 1);
  double PairScale(const Piece& second, const UnitInfo* prefix, size_t* next,
                   uint32_t* end) const;
  bool RangeEnd(size_t k, NumberMention* hi, size_t* next);
  size_t TryNumberNoRange(size_t k);
  int ContestCue(size_t start) const;
  size_t TryRange(size_t start, NumberMention& m, size_t next, bool own_unit, bool scaled);

  const Document& doc_;
  std::string_view text_;
  const std::vector<Token>& toks_;
  const UnitTable& units_;
  std::vector<NumberMention>& out_;
  std::vector<Piece> p_;
  uint32_t tb_ = 0, te_ = 0;
  size_t suffix_piece_ = 0;
  bool no_range_ = false;
  uint32_t consumed_until_ = 0;  // bytes already read by an earlier sentence
};

// ------------------------------------------------------------------ merges
// (number_ranges.cc) Document-level passes over the sentence-ordered
// mentions, run after the scanner.

void ShareSuspendedUnits(std::string_view text, std::vector<NumberMention>& out);
void ShareListUnits(std::string_view text, std::vector<NumberMention>& out);
void MergeVulgarFractions(std::string_view text, std::vector<NumberMention>& out);
void MergeFeetAndInches(std::string_view text, std::vector<NumberMention>& out);
void MergeAmountAndSubunit(std::string_view text, std::vector<NumberMention>& out);
void DropNumbersInWebAddresses(std::string_view text, std::vector<NumberMention>& out);

}  // namespace newsie::numbers::internal

#endif  // NEWSIE_EXTRACTORS_NUMBERS_NUMBER_INTERNAL_H_
