#include "pipeline/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string>

#include "pipeline/flat_string_map.h"

namespace newsie {
namespace {

// Character classes used by the scanner.
enum CharClass : uint8_t {
  kSpace,      // white space other than line breaks
  kNewline,    // \n, \r, U+2028, U+2029, U+0085
  kLetter,     // letters and combining marks
  kDigit,      // decimal digits
  kQuote,      // quotation marks and apostrophes
  kHyphen,     // - and U+2010/U+2011 (word-internal hyphens)
  kOther,      // punctuation and symbols
  kInvisible,  // zero-width characters and other format controls
};

constexpr CharClass ClassifyAscii(int c) {
  if (c == '\n' || c == '\r') return kNewline;
  if (c == ' ' || c == '\t' || c == '\f' || c == '\v') return kSpace;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return kLetter;
  if (c >= '0' && c <= '9') return kDigit;
  if (c == '"' || c == '\'' || c == '`') return kQuote;
  if (c == '-') return kHyphen;
  if (c < 0x20 || c == 0x7f) return kInvisible;
  return kOther;
}

// ASCII classes by table: classification runs once per character.
struct AsciiClasses {
  CharClass cls[128];
  constexpr AsciiClasses() : cls() {
    for (int c = 0; c < 128; ++c) cls[c] = ClassifyAscii(c);
  }
};
constexpr AsciiClasses kAsciiClasses;

CharClass ClassifyCodePoint(UChar32 c) {
  if (c >= 0 && c < 0x80) return kAsciiClasses.cls[c];
  if (c < 0) return kOther;  // invalid byte sequence
  if (c == 0x2028 || c == 0x2029 || c == 0x85) return kNewline;
  if (IsQuoteMarkCodePoint(static_cast<uint32_t>(c))) return kQuote;
  if (c == 0x2010 || c == 0x2011) return kHyphen;
  if (u_isUWhiteSpace(c)) return kSpace;
  int8_t t = u_charType(c);
  switch (t) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK: case U_ENCLOSING_MARK:
      return kLetter;
    case U_DECIMAL_DIGIT_NUMBER:
      return kDigit;
    case U_FORMAT_CHAR: case U_CONTROL_CHAR:
      return kInvisible;
    default:
      return kOther;
  }
}

struct Cp {
  UChar32 c;
  uint32_t begin, end;
  CharClass cls;
};

// Decodes the code point at `pos`. Invalid sequences decode as U+FFFD-like
// (c < 0) of one byte, so scanning always advances.
inline Cp Decode(std::string_view s, uint32_t pos) {
  Cp cp;
  cp.begin = pos;
  unsigned char b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) {
    cp.c = b;
    cp.end = pos + 1;
  } else {
    int32_t i = static_cast<int32_t>(pos);
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    cp.c = c;
    cp.end = static_cast<uint32_t>(i);
  }
  cp.cls = ClassifyCodePoint(cp.c);
  return cp;
}

bool IsUpper(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c) || u_istitle(c);
}
bool IsLower(UChar32 c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(c);
}

bool IsApostropheLike(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool IsOpeningGlyph(UChar32 c) {
  return c == 0x201C || c == 0x201E || c == 0x00AB || c == 0x2039 ||
         c == 0x301D || c == 0x2018 || c == 0x201A || c == 0x201B || c == 0x201F;
}
bool IsClosingGlyph(UChar32 c) {
  return c == 0x201D || c == 0x00BB || c == 0x203A || c == 0x301E || c == 0x2019;
}
bool IsSingleQuoteGlyph(UChar32 c) {
  return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B ||
         c == 0x2039 || c == 0x203A || c == '`';
}

// Word lists looked up per token: an inline hash (std::hash was most of a
// lookup) in one open-addressed array.
using WordSet = FlatStringSet;

const WordSet& Abbreviations() {
  // Words that take an abbreviation period in English news copy.
  static const auto* set = new WordSet{
      "Mr", "Mrs", "Ms", "Messrs", "Dr", "Gov", "Govs", "Sen", "Sens", "Rep",
      "Reps", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Cpl",
      "Pvt", "Prof", "Rev", "Hon", "Pres", "Supt", "Atty", "Amb", "Gens",
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
      "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
      "Sat", "Sun", "No", "Nos", "Vol", "Fig", "St", "Mt", "Ft", "Ave", "Blvd",
      "Rd", "Jr", "Sr", "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Dept",
      "Univ", "Assn", "vs", "etc", "approx", "est", "Ala", "Ariz", "Ark",
      "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
      "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev",
      "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
      "Mich", "cf", "al", "Ph", "Ref", "Ste", "Gov't"};
  return *set;
}

// Abbreviations that never end a sentence: titles and those that precede a
// number or a name.
// True when `word` (without its period) is a month's abbreviation in lower
// case ("feb", "sept"), as lower-cased copy writes "dated feb. 21".
bool IsLowerMonthAbbreviation(std::string_view word) {
  static const auto* set = new WordSet{"jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                       "sep", "sept", "oct", "nov", "dec"};
  return set->count(word) > 0;
}

// The same in capitals ("FEB", "SEPT"), as a headline writes "DATED FEB. 21".
bool IsUpperMonthAbbreviation(std::string_view word) {
  if (word.size() < 3 || word.size() > 4) return false;
  char low[4];
  for (size_t i = 0; i < word.size(); ++i) {
    if (word[i] < 'A' || word[i] > 'Z') return false;
    low[i] = static_cast<char>(word[i] - 'A' + 'a');
  }
  return IsLowerMonthAbbreviation(std::string_view(low, word.size()));
}

const WordSet& NonTerminalAbbreviations() {
  static const auto* set = new WordSet{
      "Mr", "Mrs", "Ms", "Messrs", "Dr", "Gov", "Govs", "Sen", "Sens", "Rep",
      "Reps", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Cpl",
      "Pvt", "Prof", "Rev", "Hon", "Pres", "Supt", "Atty", "Amb", "Gens",
      "No", "Nos", "Vol", "Fig", "St", "Mt", "Ft", "vs", "cf", "Ph", "Ref"};
  return *set;
}

// Capitalised words that typically open a sentence; after an abbreviation
// that could also end one ("U.S.", "Inc.", "Sept."), they signal a break.
const WordSet& SentenceStarters() {
  static const auto* set = new WordSet{
      "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But",
      "And", "In", "On", "At", "This", "That", "These", "Those", "His", "Her",
      "Its", "Their", "Our", "There", "As", "For", "If", "When", "While",
      "After", "Before", "Some", "Many", "Most", "According", "Meanwhile",
      "However", "Still", "Yet", "So", "Then", "Now", "Also", "Both", "Other",
      "Officials", "Since", "Although", "Though", "One", "No", "Not", "What",
      "Who", "Why", "How", "Where", "Earlier", "Later", "Last", "Under",
      "Despite", "During", "By", "With", "From", "To", "Over", "Such"};
  return *set;
}

// The part of `w` after its last ASCII hyphen ("N.Y" of "D-N.Y"), else `w`.
std::string_view AfterLastHyphen(std::string_view w) {
  const size_t h = w.rfind('-');
  return h == std::string_view::npos ? w : w.substr(h + 1);
}

bool IsAsciiLetter(char ch) { return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'); }

bool IsLetterDotted(std::string_view w) {
  // "U.S", "a.m", "D.C" (without the final period): letter(.letter)+
  if (w.size() < 3) return false;
  bool expect_letter = true;
  int letters = 0;
  for (char ch : w) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (expect_letter) {
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
      ++letters;
    } else if (c != '.') {
      return false;
    }
    expect_letter = !expect_letter;
  }
  return letters >= 2 && !expect_letter;
}

// Mojibake: UTF-8 read as Latin-1 (or Windows-1252) and re-encoded writes
// "Peña" as "PeÃ±a": the lead byte C3 becomes "Ã" (a letter) and the
// continuation byte B1 becomes "±" (a symbol), which ended the word. Returns
// true when the text before `pos` (inside the word from `begin`) ends in such
// a lead letter, so that a U+0080-U+00BF character at `pos` continues the
// word: "Ã", "Ä", "Å" (the lead bytes of U+00C0-U+017F, letters), precomposed
// or as "A" plus a combining tilde, diaeresis or ring (as some copy stores
// them); "Â" (a lead byte of symbols, so "Â£5" stays apart) only in a double
// encoding, after "Ã" + U+0083 or "ƒ" ("BasÃƒÂ¡Ã" for "Basá"). A no-break
// space (U+00A0) stays a space: it separates words far more often than it
// stands for the "à" of "Ã\u00A0".
// REQUIRES: s[pos] is the lead byte C2 (a code point U+0080-U+00BF).
bool ContinuesMojibake(std::string_view s, uint32_t begin, uint32_t pos) {
  if (pos < begin + 2 || static_cast<unsigned char>(s[pos + 1]) == 0xA0) return false;
  const auto at = [&s](uint32_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char b1 = at(pos - 2), b2 = at(pos - 1);
  uint32_t start;
  bool circumflex;
  if (b1 == 0xC3 && b2 >= 0x82 && b2 <= 0x85) {  // Â Ã Ä Å
    start = pos - 2;
    circumflex = b2 == 0x82;
  } else if (b1 == 0xCC && pos >= begin + 3 && s[pos - 3] == 'A' &&
             (b2 == 0x82 || b2 == 0x83 || b2 == 0x88 || b2 == 0x8A)) {
    start = pos - 3;  // A + U+0302, U+0303, U+0308, U+030A
    circumflex = b2 == 0x82;
  } else {
    return false;
  }
  if (!circumflex) return true;
  if (start < begin + 2) return false;
  const unsigned char c1 = at(start - 2), c2 = at(start - 1);
  return (c1 == 0xC2 && c2 == 0x83) || (c1 == 0xC6 && c2 == 0x92);  // U+0083, ƒ
}

// Whether the non-ASCII, non-alphanumeric `cp` inside the word that began
// at `begin` continues it: a mojibake continuation (above), or a soft hyphen
// or zero-width character (a format character, not a control) followed by a
// letter or digit.
[[gnu::noinline]] bool JoinsWord(std::string_view s, uint32_t begin, const Cp& cp) {
  if (static_cast<unsigned char>(s[cp.begin]) == 0xC2 && ContinuesMojibake(s, begin, cp.begin)) {
    return true;
  }
  if (cp.cls != kInvisible || cp.c < 0xA0 || cp.end >= s.size()) return false;
  const CharClass next = Decode(s, cp.end).cls;
  return next == kLetter || next == kDigit;
}

class Scanner {
 public:
  explicit Scanner(Document& doc) : doc_(doc), s_(doc.text()) {}

  void Run() {
    auto& toks = doc_.mutable_tokens();
    toks.clear();
    doc_.mutable_sentences().clear();
    doc_.mutable_paragraphs().clear();
    toks.reserve(s_.size() / 5 + 8);
    uint32_t pos = 0;
    const uint32_t n = static_cast<uint32_t>(s_.size());
    bool para_start = true;
    uint32_t para_first_token = 0;
    while (pos < n) {
      Cp cp = Decode(s_, pos);
      switch (cp.cls) {
        case kNewline:
          if (toks.size() > para_first_token) {
            EndParagraph(para_first_token);
            para_first_token = static_cast<uint32_t>(toks.size());
          }
          para_start = true;
          pos = cp.end;
          continue;
        case kSpace:
        case kInvisible:
          pos = cp.end;
          continue;
        default:
          break;
      }
      size_t before = toks.size();
      pos = ScanToken(cp);
      if (para_start && toks.size() > before) {
        toks[before].flags |= kTokParaStart;
        para_start = false;
      }
    }
    if (toks.size() > para_first_token) EndParagraph(para_first_token);
  }

 private:
  // Scans one token (or a word plus split-off clitics) starting at `cp`.
  // Returns the position after it.
  uint32_t ScanToken(const Cp& first) {
    switch (first.cls) {
      case kLetter:
      case kDigit:
        return ScanWord(first);
      case kQuote:
        AddQuote(first);
        return first.end;
      default:
        return ScanPunct(first);
    }
  }

  uint32_t ScanWord(const Cp& first) {
    const uint32_t n = static_cast<uint32_t>(s_.size());
    uint32_t begin = first.begin;
    uint32_t pos = first.end;
    bool numeric = first.cls == kDigit;
    bool has_lower = IsLower(first.c), has_upper = IsUpper(first.c);
    int letters = first.cls == kLetter ? 1 : 0;
    uint32_t flags = kTokWord;
    bool first_upper = IsUpper(first.c);
    bool first_lower = IsLower(first.c);
    while (pos < n) {
      // ASCII fast path for the common case: more letters and digits.
      const unsigned char b = static_cast<unsigned char>(s_[pos]);
      if (b < 0x80) {
        const CharClass cls = kAsciiClasses.cls[b];
        if (cls == kLetter) {
          ++letters;
          has_lower |= b >= 'a';
          has_upper |= b <= 'Z';
          ++pos;
          continue;
        }
        if (cls == kDigit) {
          ++pos;
          continue;
        }
        // White space ends a word whatever follows it (none of the cases
        // below starts with it): no need to decode it and the next one.
        if (cls == kSpace || cls == kNewline) break;
      }
      Cp cp = Decode(s_, pos);
      if (cp.cls == kLetter || cp.cls == kDigit) {
        if (cp.cls == kLetter) {
          ++letters;
          has_lower |= IsLower(cp.c);
          has_upper |= IsUpper(cp.c);
        }
        pos = cp.end;
        continue;
      }
      if (cp.end >= n) {
        if (cp.c >= 0x80 && JoinsWord(s_, begin, cp)) pos = cp.end;  // "résumÃ©"
        break;
      }
      Cp next = Decode(s_, cp.end);
      bool next_alnum = next.cls == kLetter || next.cls == kDigit;
      if (cp.c == '.' && next_alnum) {
        // "2.5", "U.S", "a.m", "example.com". A period between a digit and
        // a digit is a decimal point in any token ("PS2.7m", "RM23.50",
        // "minus-1.4"), never a sentence end.
        std::string_view sofar = s_.substr(begin, pos - begin);
        bool prev_digit = pos > begin && s_[pos - 1] >= '0' && s_[pos - 1] <= '9';
        // After a hyphen, the part after it: "D-N.Y." as in "(D-N.Y.)".
        const std::string_view part = AfterLastHyphen(sofar);
        if ((prev_digit && next.cls == kDigit) ||
            (next.cls == kLetter && IsLetterDotted(std::string(part) + ".a")) ||
            (next.cls == kLetter && part.size() == 1 && IsAsciiLetter(part[0]) &&
             (part.size() < sofar.size() || letters == 1))) {
          pos = cp.end;
          continue;
        }
        break;
      }
      if (cp.c == ',' && next.cls == kDigit && pos > begin && s_[pos - 1] >= '0' &&
          s_[pos - 1] <= '9') {
        // "100,000": a comma followed by exactly three digits.
        uint32_t k = cp.end;
        int digits = 0;
        while (k < n && s_[k] >= '0' && s_[k] <= '9') { ++digits; ++k; }
        if (digits == 3) { pos = cp.end; continue; }
        break;
      }
      if (cp.cls == kHyphen && next_alnum) {
        flags |= kTokHyphenated;
        pos = cp.end;
        continue;
      }
      if (IsApostropheLike(cp.c) && next.cls == kLetter) {
        // Split off possessive 's and the clitics 're 'll 've 'm 'd;
        // keep O'Brien and don't whole.
        uint32_t k = next.end;
        bool next_ends = k >= n || ClassifyCodePoint(Decode(s_, k).c) != kLetter;
        char nc = static_cast<char>(next.c < 0x80 ? next.c : 0);
        if (next_ends && (nc == 's' || nc == 'S' || nc == 'm' || nc == 'd')) break;
        if (!next_ends && k + 1 <= n) {
          Cp n2 = Decode(s_, k);
          bool ends3 = n2.end >= n || ClassifyCodePoint(Decode(s_, n2.end).c) != kLetter;
          if (ends3 && ((nc == 'r' && n2.c == 'e') || (nc == 'l' && n2.c == 'l') ||
                        (nc == 'v' && n2.c == 'e'))) {
            break;
          }
        }
        pos = cp.end;
        continue;
      }
      // Non-ASCII only (out of line, after the common cases):
      // "PeÃ±a", "résumÃ©" (a Latin-1 character after a mojibake lead);
      // "news\u00ADpaper" (a soft hyphen or zero-width character between
      // letters; format characters only, not controls).
      if (cp.c >= 0x80 && JoinsWord(s_, begin, cp)) {
        pos = cp.end;
        continue;
      }
      break;
    }
    std::string_view word = s_.substr(begin, pos - begin);
    // An abbreviation period: "Gov.", "U.S.", "J."
    if (pos < n && s_[pos] == '.' && !numeric) {
      // "R-Ky." as in "(R-Ky.)": the part after the hyphen.
      const std::string_view part = AfterLastHyphen(word);
      bool abbrev = IsKnownAbbreviation(word) || IsLetterDotted(part) ||
                    (part.size() < word.size() && IsKnownAbbreviation(part)) ||
                    (letters == 1 && word.size() <= 2 && has_upper) ||
                    // Lower-cased copy ("dated feb. 21", "on sept. 11"): a
                    // month's abbreviation before a day; the period ends no
                    // sentence (the next token is not capitalized).
                    // In capitals too ("DATED FEB. 21", a headline).
                    (pos + 2 < n && s_[pos + 1] == ' ' && s_[pos + 2] >= '0' &&
                     s_[pos + 2] <= '9' &&
                     (IsLowerMonthAbbreviation(word) || IsUpperMonthAbbreviation(word)));
      // "Gov." must not swallow the sentence-final period of "... to Mo."?
      // Only ambiguous cases; resolved at sentence splitting.
      if (abbrev) {
        ++pos;
        flags |= kTokAbbrev;
      }
    }
    if (numeric) flags |= kTokNumber;
    if (first_upper) flags |= kTokCapitalized;
    if (first_lower) flags |= kTokLower;
    if (letters >= 2 && has_upper && !has_lower) flags |= kTokAllCaps;
    if (numeric) flags &= ~kTokWord;
    Add(begin, pos, flags);
    // Clitics. An ASCII byte other than the apostrophe starts none (most
    // words end at a space).
    const bool ascii_after = pos < n && static_cast<unsigned char>(s_[pos]) < 0x80;
    if (pos < n && !(ascii_after && s_[pos] != '\'')) {
      Cp cp = Decode(s_, pos);
      if (IsApostropheLike(cp.c) && cp.end < n) {
        Cp next = Decode(s_, cp.end);
        if (next.cls == kLetter) {
          uint32_t end = next.end;
          while (end < n) {
            Cp c2 = Decode(s_, end);
            if (c2.cls != kLetter) break;
            end = c2.end;
          }
          char nc = static_cast<char>(next.c < 0x80 ? next.c : 0);
          Add(cp.begin, end, kTokWord | kTokLower |
                                 ((nc == 's' || nc == 'S') && end == next.end
                                      ? kTokPossessive : 0u));
          return end;
        }
      }
      // "states' rights": a bare apostrophe after a plural in s.
      if (IsApostropheLike(cp.c) && !word.empty() &&
          (word.back() == 's' || word.back() == 'S')) {
        bool next_space = cp.end >= n;
        if (!next_space) {
          CharClass c2 = Decode(s_, cp.end).cls;
          next_space = c2 == kSpace || c2 == kNewline;
        }
        if (next_space && !open_single_) {
          Add(cp.begin, cp.end, kTokWord | kTokPossessive);
          return cp.end;
        }
      }
    }
    return pos;
  }

  uint32_t ScanPunct(const Cp& first) {
    const uint32_t n = static_cast<uint32_t>(s_.size());
    uint32_t pos = first.end;
    // Runs of the same ASCII mark form one token: "...", "--", "!!".
    if (first.c == '.' || first.c == '-' || first.c == '!' || first.c == '?') {
      while (pos < n && static_cast<UChar32>(static_cast<unsigned char>(s_[pos])) == first.c) ++pos;
    }
    Add(first.begin, pos, kTokPunct);
    return pos;
  }

  void AddQuote(const Cp& cp) {
    const uint32_t n = static_cast<uint32_t>(s_.size());
    // Context: what is before and after the mark.
    CharClass before = kSpace, after = kSpace;
    UChar32 before_c = ' ';
    if (cp.begin > 0) {
      // Step back one code point.
      int32_t i = static_cast<int32_t>(cp.begin);
      UChar32 c;
      U8_PREV(s_.data(), 0, i, c);
      before = ClassifyCodePoint(c);
      before_c = c;
    }
    if (cp.end < n) after = Decode(s_, cp.end).cls;
    bool space_before = before == kSpace || before == kNewline || cp.begin == 0 ||
                        before_c == '(' || before_c == '[' || before_c == 0x2014 ||
                        before_c == 0x2013 || before == kQuote;
    bool space_after = after == kSpace || after == kNewline || cp.end >= n ||
                       (after == kOther && cp.end < n && s_[cp.end] != '$' &&
                        s_[cp.end] != '(' && s_[cp.end] != '[');
    uint32_t flags = kTokPunct | kTokQuoteMark;
    bool single = IsSingleQuoteGlyph(cp.c);
    if (single) flags |= kTokSingleQuote;
    if (IsOpeningGlyph(cp.c)) {
      flags |= kTokOpenQuote;
    } else if (IsClosingGlyph(cp.c)) {
      flags |= kTokCloseQuote;
    } else {
      // Straight marks: decide by context; both sides spaced is left open
      // to the quote stage (neither flag).
      // A mark glued to a colon and to what follows opens (`said:"We`,
      // `Trump:"...`): a closing mark after a colon (`"Related:"`) is
      // followed by a space, the line's end or punctuation.
      const bool after_colon =
          before_c == ':' && cp.end < n && after != kSpace && after != kNewline &&
          s_[cp.end] != ',' && s_[cp.end] != ';' && s_[cp.end] != ')' && s_[cp.end] != '?' &&
          s_[cp.end] != '!';
      if (after_colon || (space_before && !space_after)) flags |= kTokOpenQuote;
      else if (!space_before && space_after) flags |= kTokCloseQuote;
      else if (!space_before && !space_after) {
        // Glued to words on both sides ("said,"and): treat as closing after
        // punctuation, opening otherwise.
        if (before == kOther) flags |= kTokCloseQuote; else flags |= kTokOpenQuote;
      }
    }
    if (single) {
      if (flags & kTokOpenQuote) open_single_ = true;
      if (flags & kTokCloseQuote) open_single_ = false;
    }
    Add(cp.begin, cp.end, flags);
  }

  void Add(uint32_t b, uint32_t e, uint32_t flags) {
    doc_.mutable_tokens().push_back(Token{Span{b, e}, flags});
  }

  bool IsTerminal(const Token& t) const {
    if (!t.Has(kTokPunct)) return false;
    std::string_view w = doc_.Slice(t.span);
    if (w.empty()) return false;
    char c = w[0];
    if (c == '.' || c == '!' || c == '?') return true;
    return w == "\xE2\x80\xA6";  // …
  }

  // Whether an abbreviation token (ending in a period) also ends the
  // sentence, given the token after it.
  bool AbbrevEndsSentence(const Token& abbr, const Token& next) const {
    std::string_view w = doc_.Slice(abbr.span);
    w.remove_suffix(1);
    if (NonTerminalAbbreviations().count(w)) return false;
    if (!next.Has(kTokCapitalized) && !next.Has(kTokOpenQuote)) return false;
    if (next.Has(kTokOpenQuote)) return true;
    // Single initials ("John F. Kennedy") never end one.
    if (w.size() == 1) return false;
    return SentenceStarters().count(doc_.Slice(next.span)) > 0;
  }

  void EndParagraph(uint32_t first) {
    auto& toks = doc_.mutable_tokens();
    auto& sents = doc_.mutable_sentences();
    auto& paras = doc_.mutable_paragraphs();
    const uint32_t last = static_cast<uint32_t>(toks.size());
    Paragraph p;
    p.span = {toks[first].span.begin, toks[last - 1].span.end};
    p.sentence_begin = static_cast<uint32_t>(sents.size());
    const uint32_t para_index = static_cast<uint32_t>(paras.size());
    uint32_t start = first;
    for (uint32_t i = first; i < last; ++i) {
      bool end_here = false;
      uint32_t end_tok = i;  // inclusive
      const Token& t = toks[i];
      if (i + 1 < last) {
        if (IsTerminal(t)) {
          // Absorb closing quotes and brackets: `... prepared.” He said`.
          uint32_t j = i + 1;
          while (j < last && (toks[j].Has(kTokCloseQuote) ||
                              (toks[j].Has(kTokQuoteMark) && !toks[j].Has(kTokOpenQuote)) ||
                              doc_.Slice(toks[j].span) == ")")) {
            ++j;
          }
          if (j < last) {
            const Token& nx = toks[j];
            std::string_view nw = doc_.Slice(t.span);
            // No sentence opens with a comma or a semicolon ("R-Ky., said").
            std::string_view nxw = doc_.Slice(nx.span);
            bool next_lower = nx.Has(kTokLower) || nxw == "," || nxw == ";";
            bool ellipsis = nw == "..." || nw == "\xE2\x80\xA6";
            if (!next_lower && !(ellipsis && !nx.Has(kTokCapitalized))) {
              end_here = true;
              end_tok = j - 1;
            }
          }
        } else if (t.Has(kTokAbbrev) && AbbrevEndsSentence(t, toks[i + 1])) {
          end_here = true;
        }
      }
      if (end_here) {
        AddSentence(start, end_tok + 1, para_index);
        start = end_tok + 1;
        i = end_tok;
      }
    }
    if (start < last) AddSentence(start, last, para_index);
    p.sentence_end = static_cast<uint32_t>(sents.size());
    paras.push_back(p);
  }

  void AddSentence(uint32_t b, uint32_t e, uint32_t para) {
    auto& toks = doc_.mutable_tokens();
    Sentence s;
    s.span = {toks[b].span.begin, toks[e - 1].span.end};
    s.token_begin = b;
    s.token_end = e;
    s.paragraph = para;
    toks[b].flags |= kTokSentStart;
    toks[e - 1].flags |= kTokSentEnd;
    doc_.mutable_sentences().push_back(s);
  }

  Document& doc_;
  std::string_view s_;
  bool open_single_ = false;
};

}  // namespace

bool IsQuoteMarkCodePoint(uint32_t c) {
  switch (c) {
    case '"': case '\'': case '`':
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
    case 0x301D: case 0x301E: case 0xFF02:
      return true;
    default:
      return false;
  }
}

bool IsKnownAbbreviation(std::string_view word) {
  return Abbreviations().count(word) > 0;
}

void TokenizeDocument(Document& doc) { Scanner(doc).Run(); }

}  // namespace newsie
