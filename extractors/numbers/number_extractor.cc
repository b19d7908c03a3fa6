#include "extractors/numbers/number_extractor.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extractors/common/ascii_words.h"
#include "pipeline/string_hash.h"

namespace newsie {
namespace {

// ------------------------------------------------------------------ lexicon

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

using LexMap = std::unordered_map<std::string_view, Lex, StringHash>;

const LexMap& Lexicon() {
  static const auto* m = [] {
    auto* m = new LexMap;
    const char* units[] = {"zero", "one", "two", "three", "four", "five", "six",
                           "seven", "eight", "nine"};
    for (int i = 0; i < 10; ++i) (*m)[units[i]] = {kUnitW, double(i)};
    (*m)["nought"] = {kUnitW, 0};
    (*m)["naught"] = {kUnitW, 0};
    const char* teens[] = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                           "sixteen", "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < 10; ++i) (*m)[teens[i]] = {kTeen, double(10 + i)};
    const char* tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                          "eighty", "ninety"};
    for (int i = 0; i < 8; ++i) (*m)[tens[i]] = {kTens, double(20 + 10 * i)};
    (*m)["fourty"] = {kTens, 40};
    (*m)["hundred"] = {kHundred, 100};
    (*m)["hundreds"] = {kHundred, 100, true};
    struct S { const char* w; double v; };
    for (S s : {S{"thousand", 1e3}, S{"million", 1e6}, S{"billion", 1e9},
                S{"trillion", 1e12}, S{"lakh", 1e5}, S{"lakhs", 1e5}, S{"crore", 1e7},
                S{"crores", 1e7}}) {
      (*m)[s.w] = {kScale, s.v};
    }
    for (S s : {S{"thousands", 1e3}, S{"millions", 1e6}, S{"billions", 1e9},
                S{"trillions", 1e12}}) {
      (*m)[s.w] = {kScale, s.v, true};
    }
    for (const char* w : {"dozen", "dz", "doz"}) (*m)[w] = {kDozen, 12};
    for (const char* w : {"dozens", "dzs", "dozs"}) (*m)[w] = {kDozen, 12, true};
    (*m)["a"] = {kA, 1};
    (*m)["an"] = {kA, 1};
    (*m)["and"] = {kAnd};
    (*m)["point"] = {kPoint};
    (*m)["minus"] = {kMinus};
    (*m)["negative"] = {kMinus};
    (*m)["half"] = {kHalf, 2};
    (*m)["halves"] = {kHalf, 2, true};
    (*m)["quarter"] = {kQuarter, 4};
    (*m)["quarters"] = {kQuarter, 4, true};
    const char* ords[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                          "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                          "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                          "eighteenth", "nineteenth"};
    const char* ords_pl[] = {"firsts", nullptr, "thirds", "fourths", "fifths", "sixths",
                             "sevenths", "eighths", "ninths", "tenths", "elevenths",
                             "twelfths", "thirteenths", "fourteenths", "fifteenths",
                             "sixteenths", "seventeenths", "eighteenths", "nineteenths"};
    for (int i = 0; i < 19; ++i) {
      (*m)[ords[i]] = {kOrd, double(i + 1)};
      if (ords_pl[i]) (*m)[ords_pl[i]] = {kOrd, double(i + 1), true};
    }
    const char* tens_ord[] = {"twentieth", "thirtieth", "fortieth", "fiftieth",
                              "sixtieth", "seventieth", "eightieth", "ninetieth"};
    const char* tens_ord_pl[] = {"twentieths", "thirtieths", "fortieths", "fiftieths",
                                 "sixtieths", "seventieths", "eightieths", "ninetieths"};
    for (int i = 0; i < 8; ++i) {
      (*m)[tens_ord[i]] = {kOrd, double(20 + 10 * i)};
      (*m)[tens_ord_pl[i]] = {kOrd, double(20 + 10 * i), true};
    }
    for (S s : {S{"hundredth", 1e2}, S{"thousandth", 1e3}, S{"millionth", 1e6},
                S{"billionth", 1e9}, S{"trillionth", 1e12}}) {
      (*m)[s.w] = {kOrd, s.v};
    }
    for (S s : {S{"hundredths", 1e2}, S{"thousandths", 1e3}, S{"millionths", 1e6},
                S{"billionths", 1e9}, S{"trillionths", 1e12}}) {
      (*m)[s.w] = {kOrd, s.v, true};
    }
    (*m)["over"] = {kOver};
    (*m)["out"] = {kOut};
    (*m)["of"] = {kOf};
    (*m)["in"] = {kIn};
    (*m)["to"] = {kTo};
    (*m)["or"] = {kOr};
    (*m)["between"] = {kBetween};
    (*m)["from"] = {kFrom};
    return m;
  }();
  return *m;
}

// ASCII-lowercases `w` into `buf` (at most 24 bytes); false when too long or
// not ASCII letters.
bool LowerWord(std::string_view w, char* buf, size_t* n) {
  if (w.empty() || w.size() > 24) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    else if (!(c >= 'a' && c <= 'z') && c != '.') return false;
    buf[i] = c;
  }
  *n = w.size();
  return true;
}

Lex LookupWord(std::string_view w) {
  char buf[24];
  size_t n;
  if (!LowerWord(w, buf, &n)) return {};
  const LexMap& lexicon = Lexicon();
  auto it = lexicon.find(std::string_view(buf, n));
  return it == lexicon.end() ? Lex{} : it->second;
}

// Month names and their news abbreviations, with and without the period.
bool IsMonth(std::string_view w) {
  static const std::unordered_set<std::string_view> months = {
      "January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
      "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Jan.", "Feb.",
      "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec."};
  if (months.count(w) > 0) return true;
  // Lower-cased text ("on september 8", "oct. 31"), except the verbs "may"
  // and "march".
  if (w.empty() || w[0] < 'a' || w[0] > 'z' || w.size() > 9 || w == "may" || w == "march") {
    return false;
  }
  char buf[10];
  for (size_t i = 0; i < w.size(); ++i) buf[i] = w[i];
  buf[0] = static_cast<char>(buf[0] - 32);
  return months.count(std::string_view(buf, w.size())) > 0;
}

bool IsWeekday(std::string_view w) {
  return InWordList(w, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                   "sunday"});
}

// Words before a number that make it an identifier, not a quantity.
bool IsIdentifierCue(std::string_view w) {
  return InWordList(w, {"section", "page", "pages", "no.", "nos.", "nr.", "nrs.", "room", "row",
                   "chapter", "article", "route", "highway", "interstate", "flight",
                   "platform", "gate", "exit", "floor", "channel", "episode", "seat",
                   "line", "rule", "volume", "vol.", "pp.", "p.", "figure", "fig.",
                   "table", "paragraph", "clause", "amendment", "title", "level",
                   "grade", "district", "ward", "precinct", "apartment", "apt.", "suite",
                   "unit", "box", "lot", "number", "#", "category", "season", "group",
                   "part", "phase", "stage"});
}

// Names of indexes, lists and products written before a number, in any case
// (NewsQuant has lower-cased sentences: "the sp 500 is poised to drop").
bool IsNamedSeries(std::string_view w) {
  return InWordList(w, {"s&p", "s&p/asx", "s&p/tsx", "sp", "ftse", "russell", "nikkei", "dax", "cac", "stoxx",
                   "fortune", "covid", "iphone", "ipad", "windows", "boeing", "airbus",
                   "formula", "galaxy", "xbox", "playstation", "ios", "android"});
}

// "RBIs", "MPs", "SUVs": two or more capitals and a plural "s".
bool IsAcronymPlural(std::string_view w) {
  if (w.size() < 3 || w.back() != 's') return false;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (w[i] < 'A' || w[i] > 'Z') return false;
  }
  return true;
}

// Words after which a 4-digit number is a quantity rather than a year.
bool IsQuantityCue(std::string_view w) {
  return InWordList(w, {"about", "around", "approximately", "roughly", "nearly", "almost",
                   "some", "than", "least", "most", "over", "under", "estimated",
                   "another", "additional", "extra", "only", "just", "all", "total",
                   "those", "these"});
}

// Verbs and adverbs that put a following number into a change.
bool IsDirectionWord(std::string_view w) {
  return InWordList(w, {"rose", "rise", "rises", "rising", "risen", "up", "gained", "gain",
                   "gains", "increased", "increase", "increases", "increasing", "jumped",
                   "jump", "jumps", "climbed", "climb", "climbs", "surged", "surge",
                   "soared", "advanced", "added", "grew", "grow", "grows", "boosted",
                   "fell", "fall", "falls", "falling", "fallen", "dropped", "drop",
                   "drops", "declined", "decline", "declines", "lost", "lose", "loses",
                   "down", "decreased", "decrease", "decreases", "cut", "cuts", "slid",
                   "slipped", "plunged", "plummeted", "tumbled", "sank", "shed", "eased",
                   "dipped", "slumped", "lower", "higher", "shrank", "raised", "raise"});
}

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

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Splits a digit-initial text into its numeric part (digits, ',' and '.'
// between digits) and the rest.
void SplitNumeric(std::string_view t, Piece* p) {
  size_t i = 0;
  while (i < t.size()) {
    char c = t[i];
    if (IsDigit(c)) { ++i; continue; }
    if ((c == ',' || c == '.') && i + 1 < t.size() && IsDigit(t[i + 1])) {
      (c == ',' ? p->commas : p->dot) = true;
      ++i;
      continue;
    }
    break;
  }
  p->num = t.substr(0, i);
  p->suffix = t.substr(i);
}

// Value of a numeric part: "1,234.5" -> 1234.5. Returns false when the
// text has several periods ("192.168.1.2").
bool NumericValue(std::string_view num, double* v) {
  char buf[64];
  size_t n = 0;
  int dots = 0;
  for (char c : num) {
    if (c == ',') continue;
    if (c == '.') ++dots;
    if (n + 1 >= sizeof(buf)) return false;
    buf[n++] = c;
  }
  if (dots > 1 || n == 0) return false;
  buf[n] = 0;
  *v = std::strtod(buf, nullptr);
  return true;
}

// A scale written right after digits: "1.2bn", "10k", "13.6M", "2mil".
double SuffixScale(std::string_view s, bool money) {
  // "$28.4million", "3billion": the scale word glued to the digits.
  if (EqualsLower(s, "thousand")) return 1e3;
  if (EqualsLower(s, "million")) return 1e6;
  if (EqualsLower(s, "billion")) return 1e9;
  if (EqualsLower(s, "trillion")) return 1e12;
  if (s.empty() || s.size() > 4) return 0;
  if (s == "k" || s == "K") return 1e3;
  if (s == "M" || s == "MM" || (s == "mm" && money)) return 1e6;
  if (s == "m") return money ? 1e6 : 0;
  if (s == "G") return 1e9;
  if (s == "B" || s == "b") return 1e9;
  if (EqualsLower(s, "mn") || EqualsLower(s, "mln") || EqualsLower(s, "mil") ||
      EqualsLower(s, "mio")) {
    return 1e6;
  }
  if (EqualsLower(s, "bn") || EqualsLower(s, "bln")) return 1e9;
  if (EqualsLower(s, "tn") || EqualsLower(s, "tln") || s == "T") return 1e12;
  return 0;
}

double ScaleWordAfterDigits(std::string_view w) {
  // Free-standing abbreviations after digits: "10 bln", "2.33 k", "1,674.5 G".
  if (w == "k" || w == "K" || w == "G" || w == "M" || w == "MM" || w == "B") {
    return w == "k" || w == "K" ? 1e3 : w == "G" || w == "B" ? 1e9 : 1e6;
  }
  if (EqualsLower(w, "bn") || EqualsLower(w, "bln")) return 1e9;
  if (EqualsLower(w, "mn") || EqualsLower(w, "mln")) return 1e6;
  if (EqualsLower(w, "tn") || EqualsLower(w, "tln")) return 1e12;
  return 0;
}

// "½", "¾", "⅔": the value of a vulgar fraction character, or 0.
double VulgarFraction(std::string_view w) {
  static const std::pair<std::string_view, double> kChars[] = {
      {"\xC2\xBC", 0.25}, {"\xC2\xBD", 0.5}, {"\xC2\xBE", 0.75},
      {"\xE2\x85\x90", 1.0 / 7}, {"\xE2\x85\x91", 1.0 / 9}, {"\xE2\x85\x92", 0.1},
      {"\xE2\x85\x93", 1.0 / 3}, {"\xE2\x85\x94", 2.0 / 3}, {"\xE2\x85\x95", 0.2},
      {"\xE2\x85\x96", 0.4}, {"\xE2\x85\x97", 0.6}, {"\xE2\x85\x98", 0.8},
      {"\xE2\x85\x99", 1.0 / 6}, {"\xE2\x85\x9A", 5.0 / 6}, {"\xE2\x85\x9B", 0.125},
      {"\xE2\x85\x9C", 0.375}, {"\xE2\x85\x9D", 0.625}, {"\xE2\x85\x9E", 0.875}};
  for (const auto& [c, v] : kChars) {
    if (w == c) return v;
  }
  return 0;
}

// ------------------------------------------------------------------ scanner

struct Parsed {
  double value = 0;
  size_t end = 0;          // piece index after the numeral
  bool words = false;      // contains number words
  bool scaled = false;     // has a scale word or suffix ("million", "bn")
  bool fraction = false;
  bool ordinal = false;
  double last_scale = 0;   // scale of the last word when it ended on one
};

class Scanner {
 public:
  Scanner(const Document& doc, const UnitTable& units, std::vector<NumberMention>& out)
      : doc_(doc), text_(doc.text()), toks_(doc.tokens()), units_(units), out_(out) {}

  void Sentence(const newsie::Sentence& s) {
    tb_ = s.token_begin;
    te_ = s.token_end;
    BuildPieces();
    size_t i = 0;
    while (i < p_.size()) {
      size_t next = TryNumber(i);
      i = next > i ? next : i + 1;
    }
  }

 private:
  // ---------------------------------------------------------------- pieces
  void BuildPieces() {
    p_.clear();
    for (uint32_t t = tb_; t < te_; ++t) {
      const Token& tok = toks_[t];
      if (tok.span.begin < consumed_until_) continue;
      std::string_view w = doc_.Slice(tok.span);
      Piece pc;
      pc.span = tok.span;
      pc.tok = t;
      if (tok.Has(kTokNumber)) {
        pc.cls = kDigits;
        SplitNumeric(w, &pc);
        p_.push_back(pc);
        continue;
      }
      if (tok.Has(kTokPunct)) {
        // "-", the en dash and the minus sign U+2212 ("fell to −3.2%").
        if (w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x88\x92") pc.cls = kDash;
        if (double v = VulgarFraction(w); v > 0) {
          NumberMention m;
          m.span = tok.span;
          m.value = m.low = m.high = v;
          m.kind = NumberKind::kFraction;
          out_.push_back(m);
        }
        p_.push_back(pc);
        continue;
      }
      if (tok.Has(kTokHyphenated) && SplitHyphenated(w, tok, &t)) continue;
      Lex lx = LookupWord(w);
      if (lx.cls == kNone && w.size() >= 2 && !IsDigit(w[0])) {
        // "PS2.7m", "US$": a letter prefix glued to digits.
        size_t d = 0;
        while (d < w.size() && !IsDigit(w[d])) ++d;
        if (d < w.size() && d <= 3) {
          Piece pre = pc;
          pre.span.end = pc.span.begin + static_cast<uint32_t>(d);
          p_.push_back(pre);
          Piece num = pc;
          num.span.begin = pre.span.end;
          num.cls = kDigits;
          num.joined = true;
          t = ExtendDigits(&num, t);
          p_.push_back(num);
          continue;
        }
      }
      pc.cls = lx.cls;
      pc.val = lx.val;
      pc.plural = lx.plural;
      p_.push_back(pc);
    }
  }

  // The numeric part of a word token ("PS2.7m", "minus-1.4"): the tokenizer
  // keeps decimals and separators inside the token. Sets the piece's numeric
  // part from its start to the token end; returns the token.
  uint32_t ExtendDigits(Piece* pc, uint32_t t) {
    pc->span.end = toks_[t].span.end;
    pc->tok = t;
    consumed_until_ = std::max(consumed_until_, pc->span.end);
    SplitNumeric(text_.substr(pc->span.begin, pc->span.end - pc->span.begin), pc);
    return t;
  }

  // Splits "twenty-six", "one-eighth", "minus-5", "SCP-173" into pieces.
  // Returns false (leaving the token whole) for words that are not numerals.
  bool SplitHyphenated(std::string_view w, const Token& tok, uint32_t* last) {
    size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash == 0) return false;
    Lex first = LookupWord(w.substr(0, dash));
    bool numeral_first = first.cls == kUnitW || first.cls == kTeen || first.cls == kTens ||
                         first.cls == kHundred || first.cls == kScale ||
                         first.cls == kMinus || first.cls == kA || first.cls == kTo ||
                         EqualsLower(w, "half-dozen");  // not "half-time"
    bool digits_after = dash + 1 < w.size() && IsDigit(w[dash + 1]);
    if (!numeral_first && !digits_after) return false;
    size_t pos = 0;
    bool firstp = true;
    while (pos <= w.size()) {
      size_t e = w.find('-', pos);
      if (e == std::string_view::npos) e = w.size();
      std::string_view part = w.substr(pos, e - pos);
      Piece pc;
      pc.span = {tok.span.begin + static_cast<uint32_t>(pos),
                 tok.span.begin + static_cast<uint32_t>(e)};
      pc.tok = static_cast<uint32_t>(&tok - toks_.data());
      pc.joined = !firstp;
      if (!part.empty() && IsDigit(part[0])) {
        pc.cls = kDigits;
        // Keep what follows the digits ("-year-old") with them.
        pc.span.end = tok.span.end;
        *last = ExtendDigits(&pc, pc.tok);
        p_.push_back(pc);
        return true;
      }
      Lex lx = LookupWord(part);
      pc.cls = lx.cls;
      pc.val = lx.val;
      pc.plural = lx.plural;
      p_.push_back(pc);
      firstp = false;
      pos = e + 1;
      if (e == w.size()) break;
    }
    return true;
  }

  // ---------------------------------------------------------------- helpers
  std::string_view Text(size_t i) const { return doc_.Slice(p_[i].span); }
  bool Glued(size_t i) const {  // no space between piece i-1 and i
    return i > 0 && i < p_.size() && p_[i - 1].span.end == p_[i].span.begin;
  }
  bool Is(size_t i, Cls c) const { return i < p_.size() && p_[i].cls == c; }
  bool IsText(size_t i, std::string_view t) const { return i < p_.size() && Text(i) == t; }
  // "/" or the fraction slash U+2044 ("1⁄32").
  bool IsSlash(size_t i) const { return IsText(i, "/") || IsText(i, "\xE2\x81\x84"); }
  // A lower-case plural noun after "a-b" makes it a counted range ("200-300
  // workers"), not a score ("a 3-1 win", "a 5-4 vote").
  static bool IsCountedPlural(std::string_view w) {
    if (w.size() < 3 || w.size() > 20) return false;
    for (char ch : w) {
      if (ch < 'a' || ch > 'z') return false;
    }
    if (w == "people" || w == "children" || w == "men" || w == "women") return true;
    if (w == "votes" || w == "wins" || w == "losses" || w == "defeats" || w == "victories") {
      return false;
    }
    return w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u';
  }
  // After a number, capitalized words that name what is counted, not a
  // model or a street: a capitalized plural ("35 Palestinians", "20
  // Democrats") or capitalized modifiers of a lower-case plural ("4 Israeli
  // soldiers", "10 Premier League goals").
  // A capitalized plural ("Democrats", "Palestinians") not followed by
  // another capitalized word.
  bool CapitalizedPlural(size_t k) const {
    std::string_view w = Text(k);
    return w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' &&
           w[w.size() - 2] != 'u' && w[0] >= 'A' && w[0] <= 'Z' &&
           std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
           !(k + 1 < p_.size() && toks_[p_[k + 1].tok].Has(kTokCapitalized) &&
             toks_[p_[k + 1].tok].Has(kTokWord));
  }
  bool NamesCountedThing(size_t k) const {
    std::string_view w = Text(k);
    // Product variants: "737 Max jets", "14 Pro phones".
    if (InWordList(w, {"max", "pro", "mini", "plus", "ultra", "lite", "air", "series",
                       "edition", "classic", "neo", "model"})) {
      return false;
    }
    // A capitalized plural not followed by another capitalized word ("4
    // Chris Christie" is a name).
    if (CapitalizedPlural(k)) return true;
    // "58 Fortune 500 companies", "12 Boeing 737 jets": a name with a
    // number in it.
    // "24 Senate Democrats", "61 Democratic and Republican debates":
    // coordinated capitalized modifiers, or a capitalized plural after one.
    for (size_t j = k + 1; j < p_.size() && j <= k + 3; ++j) {
      if (p_[j].joined) return false;
      if (p_[j].cls == kDigits && p_[j].suffix.empty()) continue;
      if ((Is(j, kAnd) || Is(j, kOr)) && j + 1 < p_.size() && !p_[j + 1].joined &&
          toks_[p_[j + 1].tok].Has(kTokCapitalized) && toks_[p_[j + 1].tok].Has(kTokWord)) {
        continue;
      }
      if (p_[j].cls != kNone) return false;
      const Token& t = toks_[p_[j].tok];
      if (IsCountedPlural(Text(j)) || CapitalizedPlural(j)) return true;
      if (!t.Has(kTokWord)) return false;
      // "418 Democratic primary voters": lower-case modifiers may follow
      // the capitalized one; the plural must still come within three words.
      if (!t.Has(kTokCapitalized) &&
          (!std::all_of(Text(j).begin(), Text(j).end(),
                                      [](char c) { return c >= 'a' && c <= 'z'; }))) {
        return false;
      }
    }
    return false;
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

  // ---------------------------------------------------------------- cardinals

  // Parses a cardinal in words (and digits combined with words: "2 million",
  // "4 thousand 3 hundred and 21") from piece i. `init` is a value already
  // read from digits at piece i-1 (then i is the piece after them).
  bool Cardinal(size_t i, Parsed* r, bool have_init = false, double init = 0,
                size_t limit = std::string::npos) {
    double total = 0, cur = have_init ? init : 0, seg = cur;
    Cls last = have_init ? kDigits : kNone;
    double last_mult = std::numeric_limits<double>::infinity();
    size_t j = i, end = i;
    double val = cur;
    bool have = have_init, after_and = false, words = false, scaled = false;
    double last_scale = 0;
    size_t ck_end = i;
    double ck_val = 0;
    bool ck_scaled = false;
    double ck_ls = 0;
    const size_t n = std::min(p_.size(), limit);
    while (j < n) {
      const Piece& q = p_[j];
      bool ok = true;
      switch (q.cls) {
        case kA:
          if (have || !(Is(j + 1, kHundred) || (Is(j + 1, kScale) && !p_[j + 1].plural) ||
                        Is(j + 1, kDozen))) {
            ok = false;
            break;
          }
          cur = seg = 1;
          last = kUnitW;
          break;
        case kUnitW:
          // "a dozen seven-year-old cheques": a dozen takes no units after it.
          if (last == kUnitW || last == kTeen || last == kDigits || last == kDozen) {
            ok = false;
            break;
          }
          if (q.val == 0 && (have || last != kNone)) { ok = false; break; }
          if (q.joined && last != kTens && j != i) { ok = false; break; }
          if (last == kTens) seg += q.val; else seg = q.val;
          cur += q.val;
          break;
        case kTeen:
        case kTens:
          if (last == kUnitW || last == kTeen || last == kTens || last == kDigits ||
              last == kDozen) {
            ok = false;
            break;
          }
          if (q.joined) { ok = false; break; }
          cur += q.val;
          seg = q.val;
          break;
        case kDigits:
          if (!q.suffix.empty() || !(last == kScale || last == kAnd)) { ok = false; break; }
          if (q.commas || Glued(j)) { ok = false; break; }
          {
            double v;
            if (!NumericValue(q.num, &v)) { ok = false; break; }
            cur += v;
            seg = v;
          }
          break;
        case kHundred:
          if (have && cur == 0 && total == 0) { ok = false; break; }  // "zero hundred"
          if (q.plural && !have) { ok = false; break; }
          if (!have && !(j > 0 && Is(j - 1, kA))) { ok = false; break; }
          if (cur >= 100 && last != kDigits) { ok = false; break; }
          if (after_and && 100 >= last_mult) goto rollback;
          cur = (cur == 0 ? 1 : cur) * 100;
          seg = 0;
          last_mult = std::min(last_mult, 100.0);
          break;
        case kScale: {
          if (q.plural || !have || (cur == 0 && total == 0)) { ok = false; break; }
          double s = q.val;
          // "3 hundred and 2 hundred" are two numbers; "two hundred and two
          // thousand" is one (the scale multiplies everything before it).
          if (after_and && (s == last_mult || (s > last_mult && total >= s))) {
            goto rollback;
          }
          if (total > 0 && total < s) {
            total = (total + cur) * s;
          } else {
            total += (cur == 0 ? 1 : cur) * s;
          }
          cur = seg = 0;
          last_mult = std::min(last_mult, s);
          scaled = true;
          last_scale = s;
          break;
        }
        case kDozen:
          if (!have) { ok = false; break; }
          cur = cur - seg + (seg == 0 ? 1 : seg) * 12;
          seg = 0;
          break;
        case kAnd:
          if ((last == kHundred || last == kScale) && j + 1 < n &&
              ((p_[j + 1].cls == kUnitW && p_[j + 1].val > 0) || p_[j + 1].cls == kTeen ||
               p_[j + 1].cls == kTens ||
               (PlainDigits(j + 1) && p_[j + 1].num != "0" && !p_[j + 1].dot))) {
            ck_end = end;
            ck_val = val;
            ck_scaled = scaled;
            ck_ls = r->last_scale;
            after_and = true;
            last = kAnd;
            ++j;
            continue;
          }
          ok = false;
          break;
        case kDash:
          if (last == kTens && Is(j + 1, kUnitW) && p_[j + 1].val > 0) {
            ++j;
            continue;
          }
          ok = false;
          break;
        case kPoint:
          if (have && j + 1 < n &&
              (Is(j + 1, kUnitW) || Is(j + 1, kTeen) || Is(j + 1, kTens))) {
            std::string digits;
            size_t k = j + 1;
            if (Is(k, kUnitW)) {
              while (Is(k, kUnitW)) digits.push_back(char('0' + int(p_[k++].val)));
            } else {
              int v = int(p_[k++].val);
              if (v >= 20 && Is(k, kUnitW) && p_[k].val > 0) v += int(p_[k++].val);
              else if (v >= 20 && Is(k, kDash) && Is(k + 1, kUnitW)) {
                v += int(p_[k + 1].val);
                k += 2;
              }
              digits = std::to_string(v);
            }
            double frac = std::strtod((std::string("0.") + digits).c_str(), nullptr);
            val = total + cur + frac;
            if (Is(k, kScale) && !p_[k].plural) {
              val *= p_[k].val;
              scaled = true;
              ++k;
            }
            end = k;
            words = true;
            have = true;
            goto done;
          }
          ok = false;
          break;
        default:
          ok = false;
      }
      if (!ok) break;
      if (q.cls != kDigits) words = true;
      have = true;
      last = q.cls == kA ? kUnitW : q.cls;
      ++j;
      end = j;
      val = total + cur;
      r->last_scale = (last == kScale) ? last_scale : 0;
      continue;
    rollback:
      end = ck_end;
      val = ck_val;
      scaled = ck_scaled;
      r->last_scale = ck_ls;
      break;
    }
  done:
    if (!have || end == i) {
      if (!have_init) return false;
    }
    r->value = val;
    r->end = end;
    r->words = r->words || words;
    r->scaled = r->scaled || scaled;
    return true;
  }

  // Reads a denominator ordinal at piece k ("fifths", "twenty-first",
  // "hundredth"): its value and whether it is plural.
  bool Denominator(size_t k, double* d, bool* plural, size_t* end) const {
    if (k >= p_.size()) return false;
    if (p_[k].cls == kTens && k + 1 < p_.size() && p_[k + 1].cls == kOrd &&
        p_[k + 1].val < 10 && (p_[k + 1].joined || true)) {
      *d = p_[k].val + p_[k + 1].val;
      *plural = p_[k + 1].plural;
      *end = k + 2;
      return true;
    }
    if (p_[k].cls == kOrd || p_[k].cls == kQuarter || (p_[k].cls == kHalf)) {
      if (p_[k].cls == kOrd && p_[k].val == 2) return false;  // "second"
      *d = p_[k].val;
      *plural = p_[k].plural;
      *end = k + 1;
      return true;
    }
    return false;
  }

  // After a numeral ending at piece `e` (exclusive), a singular fraction
  // must be followed by "of", punctuation, the end or a scale word, so "a
  // sixth plane" stays an ordinal.
  bool FractionContextOk(size_t e, bool plural, double numerator) const {
    if (plural) return true;
    if (numerator != 1) return false;
    if (e >= p_.size()) return true;
    const Piece& q = p_[e];
    if (q.cls == kOf || q.cls == kScale || q.cls == kAnd) return true;
    // "one-quarter to one-third of", "a fifth or a sixth of": the low end
    // of a range of shares.
    if ((q.cls == kTo || q.cls == kOr) && (NumberStart(e + 1) || Is(e + 1, kA))) return true;
    return toks_[q.tok].Has(kTokPunct);
  }

  // Tries a word fraction at piece i: "two thirds", "a fifth", "one hundred
  // thirty fifths", "three and a fifth", "half", "a quarter". On success
  // fills r (value, end) and returns true.
  bool WordFraction(size_t i, Parsed* r) {
    // Find the denominator: the first ordinal after a run of numeral words.
    size_t k = i;
    const size_t n = p_.size();
    while (k < n && (p_[k].cls == kUnitW || p_[k].cls == kTeen || p_[k].cls == kTens ||
                     p_[k].cls == kHundred || p_[k].cls == kScale || p_[k].cls == kA ||
                     p_[k].cls == kAnd || p_[k].cls == kDash || PlainDigits(k))) {
      if (p_[k].cls == kScale && p_[k].plural) break;
      ++k;
    }
    // k: first non-numeral piece; is it (or a tens + ordinal) a denominator?
    size_t dk = k;
    if (dk > i && p_[dk - 1].cls == kDash) --dk;  // "one - fourth"
    if (dk >= n || !(p_[dk].cls == kOrd || p_[dk].cls == kQuarter ||
                     (p_[dk].cls == kHalf && dk > i))) {
      if (!(k < n && (p_[k].cls == kOrd || p_[k].cls == kQuarter))) return false;
      dk = k;
    }
    if (p_[dk].cls == kOrd && p_[dk].val == 2 && !p_[dk].plural) return false;
    double d = p_[dk].val;
    bool plural = p_[dk].plural;
    size_t num_end = dk;  // numerator pieces [i, num_end)
    if (num_end > i && p_[num_end - 1].cls == kDash) --num_end;
    if (num_end == i) return false;
    bool scale_ord = d >= 100 && p_[dk].cls == kOrd;
    if (!scale_ord && p_[dk].cls == kOrd) {
      const Piece& p1 = p_[num_end - 1];
      if (p1.cls == kTens && d < 10 && num_end - 1 > i &&
          (p_[dk].joined || p_[num_end - 2].cls != kAnd)) {
        // "one hundred thirty fifths" = 100/35; "twenty twenty fifths".
        d += p1.val;
        --num_end;
      } else if (p1.cls == kTens && d < 10 && p_[dk].joined && num_end - 1 == i) {
        return false;  // "twenty-first" alone: an ordinal
      } else {
        // "one one hundred fifth" = 1/105, "one hundred one thousand fifths"
        // = 100/1005, "one one hundred and fifth".
        size_t m = num_end;
        if (m >= i + 4 && p_[m - 1].cls == kAnd) --m;
        const Piece& s1 = p_[m - 1];
        if ((s1.cls == kHundred || (s1.cls == kScale && !s1.plural)) && m >= i + 3 &&
            (p_[m - 2].cls == kUnitW || p_[m - 2].cls == kA) && !p_[m - 2].joined &&
            p_[m - 3].cls != kDash && p_[m - 3].cls != kAnd) {
          d += p_[m - 2].val * s1.val;
          num_end = m - 2;
        }
      }
    }
    if (num_end == i) return false;
    // Numerator: a cardinal over exactly [i, num_end), or "a"/"an".
    double numer;
    bool and_split = false;
    double left = 0, right = 0, left_scale = 0;
    if (num_end == i + 1 && p_[i].cls == kA) {
      numer = 1;
    } else {
      // "X and Y fifths": Y alone over d when Y is a single digit word, or
      // for scale ordinals; otherwise (X and Y) over d.
      size_t and_at = 0;
      for (size_t q = i; q < num_end; ++q) {
        if (p_[q].cls == kAnd) and_at = q;
      }
      if (and_at > i) {
        Parsed a, b;
        bool right_a = and_at + 2 == num_end && p_[and_at + 1].cls == kA;
        if (Cardinal(i, &a, false, 0, and_at) && a.end == and_at &&
            (right_a || (Cardinal(and_at + 1, &b, false, 0, num_end) && b.end == num_end))) {
          double bv = right_a ? 1 : b.value;
          bool simple = right_a || (num_end == and_at + 2 && p_[and_at + 1].cls == kUnitW);
          bool left_small = a.value < 100 && !a.scaled;
          if (simple || scale_ord || left_small) {
            and_split = true;
            left = a.value;
            right = bv;
            left_scale = a.last_scale;
          }
        }
      }
      if (!and_split) {
        Parsed a;
        if (!Cardinal(i, &a, false, 0, num_end) || a.end != num_end) return false;
        numer = a.value;
      } else {
        numer = right;
      }
    }
    size_t e = dk + 1;
    if (!FractionContextOk(e, plural, numer)) return false;
    double v = numer / d;
    r->fraction = true;
    if (and_split) {
      // "five billion and three quarters": the fraction is of the last
      // scale; "one billion and three quarters million": of the next one.
      double unit = left_scale > 0 ? left_scale : 1;
      if (Is(e, kScale) && !p_[e].plural) {
        if (left_scale > 0) {
          unit = p_[e++].val;
          v = left + v * unit;
        } else {
          unit = p_[e++].val;  // "five and a half million"
          v = (left + v) * unit;
        }
      } else {
        v = left + v * unit;
      }
      r->fraction = false;
      r->scaled = unit > 1;
    }
    r->value = v;
    r->end = e;
    r->words = true;
    return true;
  }

  // "half", "a half", "a quarter", "three quarters" (no leading number
  // word handled by WordFraction), "half a million", "quarter million".
  bool HalfQuarter(size_t i, Parsed* r) {
    size_t k = i;
    double v;
    if (Is(k, kA) && (Is(k + 1, kHalf) || Is(k + 1, kQuarter)) && !p_[k + 1].plural) {
      v = 1 / p_[k + 1].val;
      k += 2;
    } else if ((Is(k, kHalf) || Is(k, kQuarter)) && !p_[k].plural && !p_[k].joined &&
               !(k > 0 && InWordList(Text(k - 1), {"this", "that", "the", "first", "second",
                                              "each", "every", "last", "next", "other"}))) {
      if (Is(k, kQuarter) && !(Is(k + 1, kScale) && !p_[k + 1].plural)) return false;
      v = 1 / p_[k].val;
      k += 1;
    } else {
      return false;
    }
    r->value = v;
    r->end = k;
    r->words = true;
    r->fraction = true;
    return true;
  }

  // After a fraction: "of a million", "a million", "million", "a dozen".
  void ScaleAfterFraction(Parsed* r) {
    size_t k = r->end;
    if (Is(k, kOf) && Is(k + 1, kA)) k += 2;
    else if (Is(k, kA)) k += 1;
    if ((Is(k, kScale) && !p_[k].plural) || (Is(k, kDozen) && !p_[k].plural) ||
        Is(k, kHundred)) {
      r->value *= p_[k].val;
      r->end = k + 1;
      r->scaled = true;
      r->fraction = false;
    }
  }

  // After a whole number: "and a half", "and three quarters", "and two
  // thirds", optionally followed by a scale ("one billion and a half
  // million"). Fractions apply to the last scale ("3 million and a half").
  void AndFraction(Parsed* r) {
    size_t k = r->end;
    if (!Is(k, kAnd)) return;
    Parsed f;
    f.end = k + 1;
    bool word = WordFraction(k + 1, &f);
    if (!word && !HalfQuarter(k + 1, &f)) return;
    if (!word && !f.fraction) return;
    double unit = r->last_scale > 0 ? r->last_scale : 1;
    size_t e = f.end;
    if (Is(e, kScale) && !p_[e].plural) {
      unit = p_[e].val;
      ++e;
      r->scaled = true;
    }
    r->value += f.value * unit;
    r->end = e;
  }

  // ---------------------------------------------------------------- digits

  // Reads the number starting at digits piece i: separators, a comma or
  // space-grouped chain, exponents, "^", fractions "3/4" and mixed "2 1/4".
  // Returns false for shapes handled elsewhere.
  bool Digits(size_t i, Parsed* r, bool* done_list) {
    const Piece& q = p_[i];
    double v;
    *done_list = false;
    if (!NumericValue(q.num, &v)) {
      // "192.168.1.2": each group is a number.
      size_t pos = 0;
      std::string_view num = q.num;
      while (pos < num.size()) {
        size_t e = num.find_first_of(".,", pos);
        if (e == std::string_view::npos) e = num.size();
        NumberMention m;
        m.span = {q.span.begin + uint32_t(pos), q.span.begin + uint32_t(e)};
        m.value = m.low = m.high = std::strtod(std::string(num.substr(pos, e - pos)).c_str(), nullptr);
        m.kind = NumberKind::kOther;
        out_.push_back(m);
        pos = e + 1;
      }
      r->end = i + 1;
      *done_list = true;
      return true;
    }
    size_t e = i + 1;
    // Comma chains split by the tokenizer: "5,00" (decimal comma), "1,3",
    // "12,34,567.89" (Indian grouping), "22,24,26,31" (a list).
    if (q.suffix.empty() && IsText(e, ",") && Glued(e) && Is(e + 1, kDigits) && Glued(e + 1)) {
      std::vector<size_t> groups = {i};
      size_t k = e;
      while (IsText(k, ",") && Glued(k) && Is(k + 1, kDigits) && Glued(k + 1)) {
        groups.push_back(k + 1);
        k += 2;
      }
      auto len = [&](size_t g) { return p_[g].num.size(); };
      bool euro = q.dot && !q.commas && q.num.size() >= 5 &&
                  q.num[q.num.size() - 4] == '.';
      if (groups.size() == 2 && len(groups[1]) <= 2 && p_[groups[1]].suffix.empty() &&
          !p_[groups[1]].dot && (!q.dot || euro) && !q.commas) {
        std::string s;
        for (char c : q.num) if (c != '.') s.push_back(c);
        s.push_back('.');
        s.append(p_[groups[1]].num);
        r->value = std::strtod(s.c_str(), nullptr);
        r->end = groups[1] + 1;
        return true;
      }
      // Indian grouping: d{1,2}(,dd)*,ddd(.d+)? ; the tokenizer keeps a
      // trailing ",ddd" inside the last group.
      std::string joined;
      for (size_t g : groups) joined += (joined.empty() ? "" : ",") + std::string(p_[g].num);
      bool indian = q.num.size() <= 2 && !q.dot && !q.commas && p_[groups.back()].suffix.empty();
      {
        size_t dot = joined.find('.');
        std::string intpart = joined.substr(0, dot);
        std::vector<size_t> lens;
        size_t st = 0;
        while (true) {
          size_t c = intpart.find(',', st);
          lens.push_back((c == std::string::npos ? intpart.size() : c) - st);
          if (c == std::string::npos) break;
          st = c + 1;
        }
        indian = indian && lens.size() >= 3 && lens.back() == 3;
        for (size_t g = 1; g + 1 < lens.size(); ++g) indian = indian && lens[g] == 2;
      }
      if (indian) {
        std::string s;
        for (char c : joined) if (c != ',') s.push_back(c);
        r->value = std::strtod(s.c_str(), nullptr);
        r->end = groups.back() + 1;
        return true;
      }
      // A list: each group is its own number.
      for (size_t g : groups) {
        double gv = 0;
        NumericValue(p_[g].num, &gv);
        NumberMention m;
        m.span = p_[g].span;
        m.value = m.low = m.high = gv;
        out_.push_back(m);
      }
      r->end = groups.back() + 1;
      *done_list = true;
      return true;
    }
    // Space-grouped thousands: "1 234 567", "40 000", "1 414 021 100".
    if (q.suffix.empty() && !q.commas && !q.dot && q.num.size() <= 3) {
      size_t k = e;
      std::string s(q.num);
      while (k < p_.size() && p_[k].cls == kDigits && p_[k].num.size() >= 3 &&
             !p_[k].commas && p_[k].joined == false) {
        std::string_view num = p_[k].num;
        size_t int_len = num.find('.');
        if (int_len == std::string_view::npos) int_len = num.size();
        if (int_len != 3) break;
        // Exactly one space-like character in between.
        std::string_view gap = text_.substr(p_[k - 1].span.end,
                                            p_[k].span.begin - p_[k - 1].span.end);
        if (!(gap == " " || gap == "\xE2\x80\xAF" || gap == "\xC2\xA0" ||
              gap == "\xE2\x80\x89")) {
          break;
        }
        s.append(num);
        ++k;
        if (num.size() != 3 || !p_[k - 1].suffix.empty()) break;
      }
      if (k > e) {
        r->value = std::strtod(s.c_str(), nullptr);
        r->end = k;
        suffix_piece_ = k - 1;
        return true;
      }
    }
    suffix_piece_ = i;
    std::string_view suf = q.suffix;
    // Exponents: "1e10", "12.32e+14", "-12e-1"; "1.3x10^6".
    if (!suf.empty() && (suf[0] == 'e' || suf[0] == 'E')) {
      std::string_view ex = suf.substr(1);
      bool neg = false;
      if (ex.empty() && (IsText(e, "+") || IsText(e, "-")) && Glued(e) &&
          Is(e + 1, kDigits) && Glued(e + 1)) {
        neg = Text(e) == "-";
        ex = p_[e + 1].num;
        e += 2;
      } else if (!ex.empty() && ex[0] == '-') {
        neg = true;
        ex = ex.substr(1);
      }
      if (!ex.empty() && std::all_of(ex.begin(), ex.end(), IsDigit)) {
        double x = std::strtod(std::string(ex).c_str(), nullptr);
        r->value = v * std::pow(10.0, neg ? -x : x);
        r->end = e;
        r->scaled = true;
        suffix_piece_ = std::string::npos;
        return true;
      }
    }
    double base = v;
    if (suf == "x10" && IsText(e, "^")) suf = {};
    // Powers: "1.1^23", "2.5^-1", "-1.1^--23".
    if ((suf.empty() || q.suffix == "x10") && IsText(e, "^") && Glued(e)) {
      size_t k = e + 1;
      int minus = 0;
      while (k < p_.size() && Glued(k) && (Text(k) == "-" || Text(k) == "--" ||
                                            Text(k) == "+")) {
        if (Text(k)[0] == '-') minus += static_cast<int>(Text(k).size());
        ++k;
      }
      if (Is(k, kDigits) && Glued(k)) {
        double x;
        NumericValue(p_[k].num, &x);
        if (minus % 2) x = -x;
        r->value = q.suffix == "x10" ? v * std::pow(10.0, x) : std::pow(base, x);
        r->end = k + 1;
        suffix_piece_ = std::string::npos;
        return true;
      }
    }
    // "1.99×10−30", "6.02 × 10^23": a mantissa times a power of ten with a
    // sign or a caret (U+00D7 times, U+2212 minus).
    if (suf.empty() && (IsText(e, "\xC3\x97") || IsText(e, "x")) && Is(e + 1, kDigits) &&
        p_[e + 1].num == "10" && p_[e + 1].suffix.empty()) {
      size_t k = e + 2;
      bool neg = false;
      if (IsText(k, "^") && Glued(k)) ++k;
      if ((IsText(k, "\xE2\x88\x92") || IsText(k, "-")) && Glued(k)) {
        neg = true;
        ++k;
      } else if (IsText(k, "+") && Glued(k)) {
        ++k;
      }
      if (k > e + 2 && Is(k, kDigits) && Glued(k) && p_[k].suffix.empty() && !p_[k].dot) {
        double x;
        NumericValue(p_[k].num, &x);
        r->value = v * std::pow(10.0, neg ? -x : x);
        r->end = k + 1;
        r->scaled = true;
        suffix_piece_ = std::string::npos;
        return true;
      }
    }
    // A whole number and a fraction joined by a hyphen, as wire copy writes
    // them: "2-1/2 years", "33-1/3 innings". Not "1-2/3" read as a date
    // (three slash parts are handled below as dates).
    if (!q.commas && !q.dot && suf.size() >= 2 && suf.size() <= 3 && suf[0] == '-' &&
        std::all_of(suf.begin() + 1, suf.end(), IsDigit) && IsSlash(e) && Glued(e) &&
        PlainDigits(e + 1) && Glued(e + 1) && !(IsSlash(e + 2) && Glued(e + 2))) {
      double a = std::strtod(std::string(suf.substr(1)).c_str(), nullptr);
      double b;
      NumericValue(p_[e + 1].num, &b);
      if (b >= 2 && a >= 1 && a < b && (b == 2 || b == 3 || b == 4 || b == 8 || b == 16 ||
                                        b == 32 || b == 64)) {
        r->value = v + a / b;
        r->end = e + 2;
        suffix_piece_ = std::string::npos;
        return true;
      }
    }
    // Fractions: "3/4", "-4/5"; mixed "2 1/4". Three parts make a date.
    if (suf.empty() && IsSlash(e) && Glued(e) && PlainDigits(e + 1) && Glued(e + 1) &&
        !q.commas && !q.dot) {
      double den;
      NumericValue(p_[e + 1].num, &den);
      if (IsSlash(e + 2) && Glued(e + 2)) return false;  // a date
      if (den == 0) return false;
      // "9/11", "7/7", "24/7": names of days and of round-the-clock.
      if ((v == 9 && den == 11) || (v == 7 && den == 7) || (v == 24 && den == 7) ||
          (v == 3 && den == 11)) {
        return false;
      }
      // "50/50", "60/40": a split, not a fraction.
      if (v >= den && den >= 10) return false;
      // "1996/97", "2019/20": a fiscal or season year.
      if (v >= 1500 && v < 2100 && p_[e + 1].num.size() == 2 &&
          den == std::fmod(v + 1, 100.0)) {
        return false;
      }
      r->value = v / den;
      r->end = e + 2;
      r->fraction = true;
      suffix_piece_ = std::string::npos;
      return true;
    }
    if (suf.empty() && !q.commas && !q.dot && PlainDigits(e) && !Glued(e) &&
        IsSlash(e + 1) && Glued(e + 1) && PlainDigits(e + 2) && Glued(e + 2) &&
        !(IsSlash(e + 3) && Glued(e + 3))) {
      double a, b;
      NumericValue(p_[e].num, &a);
      NumericValue(p_[e + 2].num, &b);
      if (b != 0 && a < b) {
        r->value = v + a / b;
        r->end = e + 3;
        suffix_piece_ = std::string::npos;
        return true;
      }
    }
    r->value = v;
    r->end = i + 1;
    return true;
  }

  // ---------------------------------------------------------------- main

  // "a couple of hundred" (200), "a couple thousand" (2,000), "a couple of
  // days" (2): emits it and returns the piece after it; 0 when piece i does
  // not start one.
  size_t TryCouple(size_t i) {
    if (!Is(i, kA) || i + 1 >= p_.size() || !EqualsLower(Text(i + 1), "couple")) return 0;
    size_t k = i + 2;
    bool of = k < p_.size() && Is(k, kOf);
    if (of) ++k;
    if (k < p_.size() && (Is(k, kHundred) || Is(k, kScale) || Is(k, kDozen)) &&
        !p_[k].plural) {
      Emit(i, k + 1, 2 * p_[k].val, NumberKind::kCardinal);
      return k + 1;
    }
    // "a couple of days": a count of the noun that follows.
    if (of && k < p_.size() && p_[k].cls == kNone && toks_[p_[k].tok].Has(kTokWord) &&
        !toks_[p_[k].tok].Has(kTokCapitalized)) {
      Emit(i, i + 2, 2, NumberKind::kCardinal);
      return i + 2;
    }
    return 0;
  }

  // Emits the numeric expression starting at piece i, if any; returns the
  // piece after it. REQUIRES: i < p_.size() (RangeEnd checks its second
  // number's start).
  size_t TryNumber(size_t i) {
    if (size_t e = TryCouple(i)) return e;
    const Piece& q = p_[i];
    // The second half of a pairing, "one-on-one", "two-for-one": the first
    // half already made the whole word a pairing.
    if (q.joined && i >= 2 && p_[i - 1].joined &&
        InWordList(Text(i - 1), {"on", "for", "v", "vs"})) {
      return i + 1;
    }
    bool negative = false;
    size_t start = i;  // first piece of the mention (sign included)
    size_t k = i;
    // Signs: "minus five", "negative one", "-1", "- 1 4/5", "minus-5".
    // "plus or minus 3 points": a margin, not a negative number.
    bool margin = i >= 2 && EqualsLower(Text(i - 1), "or") &&
                  EqualsLower(Text(i - 2), "plus");
    if (q.cls == kMinus && !margin && (NumberStart(i + 1) || Is(i + 1, kDigits))) {
      negative = true;
      k = i + 1;
    } else if (q.cls == kDash && Is(i + 1, kDigits)) {
      bool at_start = q.tok == tb_;
      bool spaced_before = i == 0 || !Glued(i);
      std::string_view prev = i > 0 ? Text(i - 1) : std::string_view();
      if ((Glued(i + 1) && (spaced_before || prev == "$" || prev == "(")) ||
          (at_start && !Glued(i + 1))) {
        negative = true;
        k = i + 1;
      } else {
        return i + 1;
      }
    } else if (q.cls == kDash) {
      return i + 1;
    }
    // ".08": a decimal without its leading zero.
    bool lead_dot = false;
    if (IsText(k, ".") && Is(k + 1, kDigits) && Glued(k + 1) &&
        (k == 0 || !Glued(k)) && p_[k + 1].num.find('.') == std::string_view::npos) {
      lead_dot = true;
      ++k;
    }
    uint32_t dot_begin = UINT32_MAX;
    if (!lead_dot && k == 0 && Is(k, kDigits) && p_[k].tok > 0 &&
        p_[k].num.find('.') == std::string_view::npos && !p_[k].commas) {
      // ".08" at the start of a text: the tokenizer made "." a sentence.
      const Token& dt = toks_[p_[k].tok - 1];
      if (doc_.Slice(dt.span) == "." && dt.span.end == p_[k].span.begin &&
          (dt.span.begin == 0 || text_[dt.span.begin - 1] == ' ')) {
        lead_dot = true;
        dot_begin = dt.span.begin;
      }
    }
    Parsed r;
    bool list = false;
    size_t suffix_piece = std::string::npos;
    bool digits_first = Is(k, kDigits);
    if (digits_first) {
      // Identifiers glued to a word: "SCP-173", "COVID-19"; "sub-7",
      // "minus-5", "mid-2019".
      if (p_[k].joined && k > 0 && !negative) {
        std::string_view pre = Text(k - 1);
        if (InWordList(pre, {"minus"})) {
          negative = true;
        } else if (!InWordList(pre, {"sub", "mid", "pre", "post", "to", "over", "under",
                                "about", "nearly", "some", "than"}) &&
                   units_.Lookup(pre, false) == nullptr &&
                   !(k >= 2 && Glued(k - 1) &&
                     units_.Lookup(std::string(Text(k - 2)) + std::string(pre), false))) {
          double v = 0;
          NumericValue(p_[k].num, &v);
          Emit(k, k + 1, v, NumberKind::kOther);
          return k + 1;
        }
      }
      if (!Digits(k, &r, &list)) {
        return EmitDateLike(k);
      }
      if (list) return r.end;
      suffix_piece = suffix_piece_;
      if (lead_dot) {
        std::string s("0.");
        s.append(p_[k].num);
        r.value = std::strtod(s.c_str(), nullptr);
      }
      // Words after digits: "2 million", "322 hundred", "4 thousand 3 hundred
      // and 21", "3 dozens", "3 million and a half".
      if (suffix_piece == r.end - 1 && p_[suffix_piece].suffix.empty() && !r.fraction) {
        Parsed c = r;
        c.end = r.end;
        if (Cardinal(r.end, &c, true, r.value) && c.end > r.end) r = c;
        // "10 bln", "2.33 k", "1,674.5 G"
        if (c.end == r.end && r.end < p_.size() && !Glued(r.end)) {
          double s = ScaleWordAfterDigits(Text(r.end));
          if (s > 0) {
            r.value *= s;
            r.end += 1;
            r.scaled = true;
          }
        }
        if (r.end > suffix_piece + 1) suffix_piece = std::string::npos;
      }
    } else if (WordFraction(k, &r) || HalfQuarter(k, &r)) {
      ScaleAfterFraction(&r);
    } else if (Is(k, kTens) && Is(k + 1, kOrd) && p_[k + 1].joined) {
      // "twenty-second", "forty-fifth": one ordinal, not "twenty" and
      // "second".
      return EmitOrdinal(k);
    } else if (Cardinal(k, &r)) {
      // "one" as a pronoun: "the one you mentioned", "which one".
      if (r.end == k + 1 && p_[k].cls == kUnitW && p_[k].val == 1 && !negative) {
        std::string_view prev = k > 0 ? Text(k - 1) : std::string_view();
        // "only one person came back" counts; "the only one" does not.
        bool only_pronoun = EqualsLower(prev, "only") &&
                            ((k >= 1 && p_[k - 1].tok > tb_ &&
                              InWordList(PrevWord(k - 1), {"the", "an", "my", "his", "her",
                                                               "their", "our", "your", "its"})) ||
                             !Is(k + 1, kNone) ||
                             !toks_[p_[k + 1].tok].Has(kTokWord));
        // "estimates that one in 45 children": a share, not the pronoun.
        bool share = (Is(k + 1, kIn) || (Is(k + 1, kOut) && Is(k + 2, kOf))) &&
                     NumberStart(k + (Is(k + 1, kIn) ? 2 : 3));
        // "the first one or two matches": a range, not the pronoun.
        share = share || (k + 2 < p_.size() && EqualsLower(Text(k + 1), "or") &&
                          NumberStart(k + 2));
        if ((!share &&
             InWordList(prev, {"the", "this", "that", "which", "each", "every", "any", "no",
                               "another", "someone", "anyone", "everyone", "little",
                               "last", "first", "next", "other", "such", "a", "same"})) ||
            only_pronoun ||
            (Is(k + 1, kNone) && InWordList(Text(k + 1), {"another", "anothers"}))) {
          return k + 1;
        }
      }
      // "twenty-first" without a fraction reading: an ordinal.
      WordFractionAfterCardinal(k, &r);
    } else if (Is(k, kOrd) || (Is(k, kTens) && Is(k + 1, kOrd))) {
      return EmitOrdinal(k);
    } else if ((Is(k, kScale) || Is(k, kHundred)) && p_[k].plural && !negative) {
      return EmitVague(k);
    } else if (Is(k, kDozen) && p_[k].plural) {
      return EmitVague(k);
    } else if (Is(k, kTeen) && p_[k].val == 10) {
      return k + 1;
    } else {
      return i + 1;
    }
    if (!digits_first) {
      // "three and a fifth"; not "one-quarter and one-third", two shares.
      if (!r.fraction) AndFraction(&r);
      if (!r.fraction) {
        // "five and a half million"
        if (Is(r.end, kScale) && !p_[r.end].plural && r.value < 1000 && !r.scaled) {
          r.value *= p_[r.end].val;
          r.end += 1;
          r.scaled = true;
        }
      }
    } else if (!r.fraction && (suffix_piece == std::string::npos ||
                               p_[suffix_piece].suffix.empty())) {
      AndFraction(&r);
    }
    // Fractions written "one over three", "1 out of 3", "1 in twenty-one".
    OverFraction(&r);
    if (negative) r.value = -r.value;
    // "a year and a half", "an hour and a half": one unit and a half of it.
    const UnitInfo* whole_unit = nullptr;
    // So is "the previous year and a half".
    if (!digits_first && !negative && r.fraction && r.value == 0.5 && Is(k, kA) && k >= 3 &&
        Is(k - 1, kAnd) && Is(k - 2, kNone) &&
        (Is(k - 3, kA) || InWordList(Text(k - 3), {"the", "last", "past", "next", "previous",
                                                   "first", "another"}))) {
      whole_unit = units_.Lookup(Text(k - 2), true);
      if (whole_unit && whole_unit->kind != NumberKind::kDuration &&
          whole_unit->kind != NumberKind::kMeasure) {
        whole_unit = nullptr;
      }
    }
    size_t fin = Finish(start, k, r, suffix_piece);
    if (dot_begin != UINT32_MAX && !out_.empty()) out_.back().span.begin = dot_begin;
    if (whole_unit && !out_.empty() && out_.back().unit.empty()) {
      NumberMention& m = out_.back();
      m.value = m.low = m.high = 1.5;
      m.span.begin = p_[k - 3].span.begin;
      m.unit = whole_unit->canonical;
      m.kind = whole_unit->kind;
    }
    return fin;
  }

  // "twenty-first" read as a cardinal "twenty" followed by an ordinal piece:
  // the ordinal stays separate; nothing to do beyond leaving it.
  void WordFractionAfterCardinal(size_t, Parsed*) {}

  void OverFraction(Parsed* r) {
    size_t k = r->end;
    bool over = Is(k, kOver);
    bool outof = Is(k, kOut) && Is(k + 1, kOf);
    bool in = Is(k, kIn);
    if (!(over || outof || in)) return;
    size_t d = k + (outof ? 2 : 1);
    Parsed den;
    bool dl = false;
    if (Is(d, kDigits)) {
      if (!Digits(d, &den, &dl) || dl || !p_[d].suffix.empty()) return;
      if (den.end == d + 1) {
        Parsed c;
        if (Cardinal(den.end, &c, true, den.value) && c.end > den.end) den = c;
      }
    } else if (!Cardinal(d, &den)) {
      return;
    }
    if (den.value == 0 || (!over && r->value >= den.value)) return;
    // "1 in 5 Americans", "one in four voters": a share, unless the
    // denominator is a year or a span of time or games ("2 in 3 days").
    if (in && (r->value != std::floor(r->value) || (den.value >= 1500 && den.value < 2100))) {
      return;
    }
    if (in && den.end < p_.size() &&
        InWordList(Text(den.end), {"day", "days", "week", "weeks", "month", "months", "year",
                                   "years", "hour", "hours", "minute", "minutes", "second",
                                   "seconds", "decade", "decades", "game", "games", "match",
                                   "matches", "start", "starts", "season", "seasons",
                                   "attempts", "tries", "races", "innings", "sets"})) {
      return;
    }
    // "over" ends the expression: "2000 over 3 years" is a span.
    if (over && den.end < p_.size() && !toks_[p_[den.end].tok].Has(kTokPunct)) return;
    // "one in three in Belgium": a place after the share is fine too.
    if (in && den.end < p_.size() && !toks_[p_[den.end].tok].Has(kTokPunct) &&
        !(toks_[p_[den.end].tok].Has(kTokWord) &&
          (p_[den.end].cls == kNone || p_[den.end].cls == kOf ||
           (p_[den.end].cls == kIn && den.end + 1 < p_.size() &&
            toks_[p_[den.end + 1].tok].Has(kTokCapitalized))))) {
      return;
    }
    r->value /= den.value;
    r->end = den.end;
    r->fraction = true;
  }

  // ---------------------------------------------------------------- output

  void Emit(size_t b, size_t e, double v, NumberKind kind) {
    NumberMention m;
    m.span = {p_[b].span.begin, p_[e - 1].span.end};
    m.value = m.low = m.high = v;
    m.kind = kind;
    out_.push_back(std::move(m));
  }

  size_t EmitOrdinal(size_t k) {
    size_t e = k + 1;
    double v = p_[k].val;
    if (p_[k].cls == kTens) {
      v += p_[k + 1].val;
      e = k + 2;
    }
    if (v == 1 && p_[k].plural) return e;
    Emit(k, e, v, NumberKind::kOrdinal);
    return e;
  }

  // "thousands of civilians", "hundreds of miles", "millions of", "tens of
  // millions of", "dozens of": a range from the scale to ten times it, as
  // NewsQuant annotates them ("thousands of tests" = 1000-10000).
  // "on-one", "for-one" after "one-": a pairing, not a count ("4-to-3"
  // is a vote).
  static bool IsVersusSuffix(std::string_view rest) {
    for (std::string_view p : {"on-", "for-", "v-", "vs-"}) {
      if (rest.size() > p.size() && EqualsLower(rest.substr(0, p.size()), p)) return true;
    }
    return false;
  }
  // An opening quote or parenthesis: a capitalized word after one may
  // begin a quoted sentence.
  static bool IsQuoteOrParen(std::string_view w) {
    return w == "\"" || w == "(" || w == "\xE2\x80\x9C" || w == "'" || w == "\xE2\x80\x98";
  }
  size_t EmitVague(size_t k) {
    double s = p_[k].val;
    size_t b = k;
    if (k > 0 && Is(k - 1, kOf) && k >= 2 && (IsText(k - 2, "tens") || IsText(k - 2, "Tens"))) {
      s *= 10;
      b = k - 2;
    } else if (k > 0 && Is(k - 1, kOf) && k >= 2 && Is(k - 2, kHundred) && p_[k - 2].plural) {
      s *= 100;
      b = k - 2;
    }
    // "Thousands protested", "hundreds were arrested", "tens of thousands
    // more": a vague plural standing alone counts as one with its
    // of-phrase does; not in "thousands and thousands", before a number,
    // nor after "the" ("the hundreds were lost": a set named before).
    if (!Is(k + 1, kOf) &&
        ((k + 1 < p_.size() && (Is(k + 1, kScale) || Is(k + 1, kHundred) || Is(k + 1, kAnd) ||
                                Is(k + 1, kDash) || Is(k + 1, kDigits) || p_[k + 1].joined)) ||
         (b == k && k > 0 && InWordList(Text(k - 1), {"the", "these", "those"})))) {
      return k + 1;
    }
    // "He watched Billions on Showtime": capitalized inside a sentence and
    // alone, a vague plural is a title.
    if (b == k && !Is(k + 1, kOf) && toks_[p_[k].tok].Has(kTokCapitalized) &&
        !toks_[p_[k].tok].Has(kTokSentStart) && !toks_[p_[k].tok].Has(kTokParaStart) &&
        !(k > 0 && IsQuoteOrParen(Text(k - 1)))) {
      return k + 1;
    }
    // "hundreds of thousands of": the scale word after carries the mention.
    if (Is(k, kHundred) && Is(k + 2, kScale) && p_[k + 2].plural) return k + 1;
    // Already emitted "hundreds" as part of "hundreds of thousands"? Drop it.
    if (b < k && !out_.empty() && out_.back().span.begin == p_[b].span.begin) out_.pop_back();
    NumberMention m;
    m.span = {p_[b].span.begin, p_[k].span.end};
    m.value = m.low = s;
    m.high = s * 10;
    m.is_range = true;
    m.kind = NumberKind::kCardinal;
    out_.push_back(m);
    return k + 1;
  }

  // "5/17/2018": a date.
  size_t EmitDateLike(size_t k) {
    size_t e = k + 1;
    while (IsText(e, "/") && Glued(e) && Is(e + 1, kDigits) && Glued(e + 1)) e += 2;
    double v = 0;
    NumericValue(p_[k].num, &v);
    Emit(k, e, v, NumberKind::kDate);
    return e;
  }

  // Classifies and emits the number read into r: currency before, units
  // and suffixes after, ranges, dates, years, times, identifiers.
  // The whitespace-delimited word before byte `b` (one space between), so
  // names the tokenizer splits ("s&p", "s&p/asx") read whole; "" if none.
  std::string_view SpaceWordBefore(uint32_t b) const {
    if (b < 2 || text_[b - 1] != ' ') return {};
    uint32_t e = b - 1, w = e;
    while (w > 0 && text_[w - 1] != ' ' && text_[w - 1] != '\n' && e - w < 24) --w;
    return text_.substr(w, e - w);
  }

  // "mile-long", "foot-tall", "metre-wide": a unit and the dimension it
  // measures, written as one adjective after a number; "cent-a-share",
  // "mile-an-hour": a unit and what it is per. The unit, or null.
  const UnitInfo* DimensionUnit(std::string_view rest) const {
    size_t first = rest.find('-');
    if (first != std::string_view::npos && first > 0) {
      std::string_view tail = rest.substr(first + 1);
      if (tail.substr(0, 2) == "a-" || tail.substr(0, 3) == "an-" || tail.substr(0, 4) == "per-") {
        const UnitInfo* u = units_.Lookup(rest.substr(0, first), true);
        if (u && (u->kind == NumberKind::kMeasure || u->kind == NumberKind::kMoney)) return u;
      }
    }
    size_t dash = rest.rfind('-');
    if (dash == std::string_view::npos || dash == 0) return nullptr;
    if (!InWordList(rest.substr(dash + 1),
                    {"long", "wide", "tall", "high", "deep", "thick", "across"})) {
      return nullptr;
    }
    const UnitInfo* u = units_.Lookup(rest.substr(0, dash), true);
    if (!u) return nullptr;
    // "a three-decades-long war", "a 10-year-long fight": a span of time.
    if (u->kind == NumberKind::kDuration && EqualsLower(rest.substr(dash + 1), "long")) return u;
    return u->kind == NumberKind::kMeasure ? u : nullptr;
  }

  // "Ground Zero", "Air Force One", "Catch Twenty": a number word written
  // with a capital inside a name (after a capitalized word that does not
  // start the sentence) is part of the name, not a quantity.
  bool InName(size_t start, const Parsed& r) const {
    if (!r.words || start == 0 || r.end != start + 1) return false;
    const Token& t = toks_[p_[start].tok];
    if (!t.Has(kTokCapitalized) || t.Has(kTokAllCaps) || p_[start].tok == tb_) return false;
    const Token& prev = toks_[p_[start].tok - 1];
    // "Zero Hedge said": capitalized inside a sentence before a capitalized
    // word that is not what it counts.
    if (r.end < p_.size() && p_[r.end].cls == kNone && !t.Has(kTokSentStart) &&
        toks_[p_[r.end].tok].Has(kTokCapitalized) && toks_[p_[r.end].tok].Has(kTokWord) &&
        !toks_[p_[r.end].tok].Has(kTokAllCaps) && !NamesCountedThing(r.end) &&
        !IsMonth(Text(r.end)) && !IsWeekday(Text(r.end)) && !IsQuoteOrParen(Text(start - 1))) {
      return true;
    }
    // "the Group of Seven", "the Gang of Four"
    if (start >= 2 && Is(start - 1, kOf) && p_[start - 1].tok + 1 == p_[start].tok &&
        p_[start - 2].tok + 2 == p_[start].tok &&
        toks_[p_[start - 2].tok].Has(kTokCapitalized) &&
        !toks_[p_[start - 2].tok].Has(kTokSentStart)) {
      return true;
    }
    return p_[start - 1].tok + 1 == p_[start].tok && prev.Has(kTokCapitalized) &&
           prev.Has(kTokWord) && !prev.Has(kTokSentStart) && !prev.Has(kTokAllCaps) &&
           !IsMonth(Text(start - 1)) && !IsWeekday(Text(start - 1));
  }

  // True when the plain three- or four-digit number at piece `start` is a
  // clock time written "hhmm": before "local time" or a capitalized place
  // and "time" ("1445 local time", "0530 Moscow time"), or before "hours"
  // / "hrs" with a leading zero or after "at", "until", "by" ("0600 hrs",
  // "at 2200 hours"; not "1400 hours of footage"). Sets *next past it.
  bool ClockTime(size_t start, const Parsed& r, size_t* next) const {
    const Piece& q = p_[start];
    if (r.words || r.scaled || r.fraction || r.end != start + 1 || !Is(start, kDigits) ||
        q.commas || q.dot || !q.suffix.empty() || (q.num.size() != 3 && q.num.size() != 4)) {
      return false;
    }
    double v = 0;
    if (!NumericValue(q.num, &v) || v >= 2400 || std::fmod(v, 100) >= 60) return false;
    size_t n = r.end;
    if (n + 1 >= p_.size() || p_[n].joined || p_[n].cls != kNone) return false;
    std::string_view w = Text(n);
    if (EqualsLower(Text(n + 1), "time") &&
        (EqualsLower(w, "local") || (toks_[p_[n].tok].Has(kTokCapitalized) &&
                                     toks_[p_[n].tok].Has(kTokWord) &&
                                     !toks_[p_[n].tok].Has(kTokAllCaps)))) {
      *next = n + 2;
      return true;
    }
    if (InWordList(w, {"hours", "hrs", "hr"}) &&
        (q.num[0] == '0' ||
         (start > 0 && InWordList(Text(start - 1), {"at", "until", "till", "by"}))) &&
        !(n + 1 < p_.size() && InWordList(Text(n + 1), {"of", "a", "per", "each"}))) {
      *next = n + 1;
      return true;
    }
    return false;
  }

  size_t Finish(size_t start, size_t k, Parsed& r, size_t suffix_piece) {
    NumberMention m;
    m.value = m.low = m.high = r.value;
    m.kind = r.fraction ? NumberKind::kFraction : NumberKind::kCardinal;
    uint32_t begin = p_[start].span.begin;
    uint32_t end = p_[r.end - 1].span.end;
    size_t next = r.end;
    const UnitInfo* unit = nullptr;
    bool money_prefix = false;
    // Currency before: "$", "US $", "HK$", "PS" glued ("PS2.7m"), "USD 200".
    if (start > 0) {
      size_t pb = start - 1;
      if (p_[start].joined && p_[pb].cls == kNone) {
        unit = units_.Lookup(Text(pb), false);
        // "PS5", "PS4": a console, not pounds; "PS2.7m", "PS250" are money.
        if (unit && Text(pb) == "PS" && p_[start].num.size() == 1 && !p_[start].dot &&
            p_[start].suffix.empty()) {
          unit = nullptr;
        }
        if (unit) begin = p_[pb].span.begin;
        if (!unit && pb > 0 && Glued(pb)) {
          // "$US55,931,000", "$A82,615,680"
          unit = units_.Lookup(std::string(Text(pb - 1)) + std::string(Text(pb)), false);
          if (unit) begin = p_[pb - 1].span.begin;
        }
      } else {
        uint32_t first_tok = p_[start].tok;
        uint32_t bt;
        if (first_tok > tb_) {
          const UnitInfo* u = units_.MatchBefore(doc_, tb_, first_tok - 1, &bt);
          // The symbol must stand right before the number (one space at most).
          if (u && p_[start].span.begin - toks_[first_tok - 1].span.end <= 1) {
            unit = u;
            begin = toks_[bt].span.begin;
          }
        }
      }
      money_prefix = unit != nullptr;
    }
    // Suffix glued to the digits: "1.2bn", "4th", "10.45pm", "84kg", "-strong".
    bool strong = false;
    if (suffix_piece != std::string::npos && !p_[suffix_piece].suffix.empty()) {
      std::string_view suf = p_[suffix_piece].suffix;
      double s = SuffixScale(suf, money_prefix);
      // "1.5m people", "3m jobs": a million before a counted plural, not
      // metres.
      if (s == 0 && suf == "m" && next < p_.size() && !Glued(next) && p_[next].cls == kNone &&
          (IsCountedPlural(Text(next)) ||
           (toks_[p_[next].tok].Has(kTokCapitalized) && Text(next).back() == 's')) &&
          !units_.Lookup(Text(next), true)) {
        s = 1e6;
      }
      // "2.5m people live there, up from 1.9m": after a glued million in
      // the same sentence, "m" is a million again, not metres.
      if (s == 0 && suf == "m" && !out_.empty() && out_.back().value >= 1e6 &&
          out_.back().currency.empty() && out_.back().kind == NumberKind::kCardinal &&
          out_.back().span.begin >= toks_[tb_].span.begin &&
          !(next < p_.size() && InWordList(Text(next), {"tall", "long", "wide", "high", "deep",
                                                       "away", "above", "below", "race"}))) {
        std::string_view prev = text_.substr(out_.back().span.begin,
                                             out_.back().span.end - out_.back().span.begin);
        size_t d = prev.find_last_of("0123456789");
        if (d != std::string_view::npos && d + 1 < prev.size() && prev[d + 1] == 'm') s = 1e6;
      }
      bool generation = suf == "G" && r.value <= 6 && r.value == std::floor(r.value);
      if (s > 0 && !generation) {
        m.value = m.low = m.high = r.value * s;
        r.scaled = true;
      } else if (InWordList(suf, {"th", "st", "nd", "rd"})) {
        m.kind = NumberKind::kOrdinal;
        if (IsDate(start, m, next)) m.kind = NumberKind::kDate;
        m.span = {begin, end};
        out_.push_back(m);
        return next;
      } else if (InWordList(suf, {"am", "pm", "a.m", "p.m"})) {
        m.kind = NumberKind::kTime;
        m.span = {begin, end};
        out_.push_back(m);
        return next;
      } else if (suf == "s" || suf == "'s") {
        m.kind = r.value >= 1000 ? NumberKind::kYear : NumberKind::kOther;
        m.span = {begin, end};
        out_.push_back(m);
        return next;
      } else if (suf[0] == '-') {
        std::string_view rest = suf.substr(1);
        if (!rest.empty() && IsDigit(rest[0])) {
          return DigitPair(begin, m, suffix_piece, unit);
        }
        // "a 73-to-25 percent victory", "a 4-to-3 vote": a pair as "73-25".
        if (rest.size() > 3 && EqualsLower(rest.substr(0, 3), "to-") && IsDigit(rest[3])) {
          return DigitPair(begin, m, suffix_piece, unit, 4);
        }
        if (EqualsLower(rest, "strong")) {
          strong = true;
        } else if (IsVersusSuffix(rest) ||
                   (rest.size() > 2 && rest[0] >= 'A' && rest[0] <= 'Z' &&
                    rest[1] >= 'a' && rest[1] <= 'z') ||
                   (rest.size() == 1 && rest[0] >= 'A' && rest[0] <= 'Z')) {
          m.kind = NumberKind::kOther;  // "1-on-1", "7-Eleven", "10-K"
        } else if (const UnitInfo* u = units_.Lookup(suf, true)) {
          unit = u;  // "-year-old"
        } else if (const UnitInfo* u2 = units_.Lookup(rest, true)) {
          unit = u2;  // "6.1-inch", "five-year"
          if (u2->kind == NumberKind::kDuration) m.kind = NumberKind::kDuration;
        } else if (const UnitInfo* u3 = DimensionUnit(rest)) {
          unit = u3;  // "25-mile-long"
        } else {
          double s2 = 0;
          Lex lx = LookupWord(rest);
          if (lx.cls == kScale && !lx.plural) s2 = lx.val;
          if (s2 > 0) {
            m.value = m.low = m.high = r.value * s2;
            r.scaled = true;
          } else if (rest.size() > 2 && !InWordList(rest, {"plus", "odd", "ish", "something"}) &&
                     std::all_of(rest.begin(), rest.end(), [](char c) {
                       return c >= 'a' && c <= 'z';
                     })) {
            m.unit = std::string(rest);  // "20-point", "11-member", as for words
          }
        }
      } else {
        // A unit glued to the digits, possibly continued by glued tokens:
        // "84kg", "80km/h", "5.5kWh", "5-10W".
        std::string key(suf);
        const UnitInfo* u = units_.Lookup(key, true);
        size_t kk = r.end;
        size_t best_end = r.end;
        while (kk < p_.size() && Glued(kk) && key.size() < 16) {
          key.append(Text(kk));
          if (const UnitInfo* u2 = units_.Lookup(key, true)) {
            u = u2;
            best_end = kk + 1;
          }
          ++kk;
        }
        // "1080p", "720p": a video resolution, not pence.
        bool resolution = (suf == "p" || suf == "i") && !p_[suffix_piece].dot &&
                          InWordList(p_[suffix_piece].num,
                                     {"240", "360", "480", "576", "720", "1080", "1440", "2160",
                                      "4320"});
        // "2.5x earnings": times ("4x4" is a name).
        if (!u && (suf == "x" || suf == "X") && !(r.end < p_.size() && Glued(r.end))) {
          u = units_.Lookup("times", true);
          best_end = r.end;
        }
        if (resolution) {
          m.kind = NumberKind::kOther;
        } else if (u) {
          unit = u;
          next = best_end;
          end = p_[next - 1].span.end;
        } else if (suf.size() <= 2 && (suf == "G" || suf == "g")) {
          m.kind = NumberKind::kOther;  // "5G"
        } else {
          m.kind = NumberKind::kOther;  // "3s" in "Model 3s", "787s"
        }
      }
    }
    // "at 1445 local time", "0530 Moscow time", "at 2200 hours", "0600
    // hrs": a clock time in military style, not a count or a duration.
    if (!unit && !strong && m.kind == NumberKind::kCardinal && ClockTime(start, r, &next)) {
      m.kind = NumberKind::kTime;
      m.span = {begin, p_[next - 1].span.end};
      out_.push_back(std::move(m));
      return next;
    }
    // Units after: "84 tons", "3 percent", "2 million euros", "30 %".
    if (!unit && !strong && next < p_.size() && m.kind != NumberKind::kOther) {
      uint32_t nt = p_[next].tok;
      if (p_[next].span.begin == toks_[nt].span.begin && !p_[next].joined) {
        uint32_t after;
        const UnitInfo* u = units_.Match(doc_, nt, te_, true, &after);
        if (!u && !r.scaled) {
          // "30 MUSD", "120 MEUR": M before an ISO code is a million.
          std::string_view w = Text(next);
          const UnitInfo* iso = w.size() == 4 && w[0] == 'M' &&
                                        std::all_of(w.begin(), w.end(),
                                                    [](char c) { return c >= 'A' && c <= 'Z'; })
                                    ? units_.Lookup(w.substr(1), true)
                                    : nullptr;
          if (iso && iso->kind == NumberKind::kMoney && !iso->currency.empty()) {
            u = iso;
            after = nt + 1;
            m.value = m.low = m.high = m.value * 1e6;
            r.scaled = true;
          }
        }
        if (u && u->position == UnitPosition::kMoneySuffix && !r.scaled) {
          u = units_.Alternative(u, doc_.Slice(Span{toks_[nt].span.begin,
                                                    toks_[after - 1].span.end}));
        }
        // "for the 1996 year": a calendar year naming the year, not 1996
        // of them (a count that large takes "years").
        if (u && u->kind == NumberKind::kDuration && after == nt + 1 &&
            Text(next) == "year" && !r.words && Is(k, kDigits) && r.end == k + 1 &&
            p_[k].num.size() == 4 && p_[k].suffix.empty() && m.value >= 1500 &&
            m.value < 2100) {
          u = nullptr;
          m.kind = NumberKind::kYear;
        }
        if (u) {
          unit = u;
          end = toks_[after - 1].span.end;
          while (next < p_.size() && p_[next].tok < after) ++next;
        }
      } else if (p_[next].joined &&
                 (p_[next].cls == kNone ||
                  (p_[next].cls == kPoint && p_[next].span.end == toks_[p_[next].tok].span.end))) {
        // "five-year", "three-point", "million-year-old"
        std::string_view rest(text_.data() + p_[next].span.begin,
                              toks_[p_[next].tok].span.end - p_[next].span.begin);
        std::string dashed("-");
        dashed.append(rest);
        if (r.value == 1 && InWordList(rest, {"time", "off"})) {
          m.kind = NumberKind::kOther;  // "his one-time rivals", "a one-off fee"
        } else if (const UnitInfo* u = units_.Lookup(dashed, true)) {
          unit = u;
        } else if (const UnitInfo* u2 = units_.Lookup(rest, true)) {
          unit = u2;
        } else if (const UnitInfo* u3 = DimensionUnit(rest)) {
          unit = u3;  // "six-foot-tall"
        } else if (EqualsLower(rest, "strong")) {
          strong = true;
        } else if (IsVersusSuffix(rest)) {
          m.kind = NumberKind::kOther;  // "one-on-one", "two-for-one"
        } else if (rest.size() > 2 && rest.find('-') == std::string_view::npos &&
                   !InWordList(rest, {"plus", "odd", "ish", "something"}) &&
                   std::all_of(rest.begin(), rest.end(), [](char c) {
                     return (c >= 'a' && c <= 'z');
                   })) {
          m.unit = std::string(rest);  // "three-point", "11-member"
        }
        end = toks_[p_[next].tok].span.end;
        uint32_t tok = p_[next].tok;
        while (next < p_.size() && p_[next].tok == tok) ++next;
      }
    }
    // "a two-year old girl", "a 3-year old boy": an age written with a
    // space before "old".
    if (unit && unit->kind == NumberKind::kDuration && end == toks_[p_[next - 1].tok].span.end &&
        next < p_.size() && !Glued(next) && EqualsLower(Text(next), "old") &&
        doc_.Slice(Span{p_[start].span.begin, end}).find('-') != std::string_view::npos) {
      if (const UnitInfo* age = units_.Lookup(unit->canonical + "-old", true);
          age && age->kind == NumberKind::kAge) {
        unit = age;
        end = p_[next].span.end;
        ++next;
      }
    }
    if (unit) {
      m.unit = unit->canonical;
      m.currency = unit->currency;
      if (m.kind != NumberKind::kDuration || unit->kind != NumberKind::kMeasure) {
        m.kind = unit->kind;
      }
    }
    m.span = {begin, end};
    // "the 90’s", "the 1990’s": a decade (the tokenizer splits the curly
    // apostrophe's "’s" off as a possessive).
    if (!unit && m.kind == NumberKind::kCardinal && !r.words && next < p_.size() &&
        Glued(next) && toks_[p_[next].tok].Has(kTokPossessive) &&
        m.value == std::floor(m.value) && std::fmod(m.value, 10) == 0) {
      m.kind = m.value >= 1000 ? NumberKind::kYear : NumberKind::kOther;
      m.span.end = p_[next].span.end;
      out_.push_back(std::move(m));
      return next + 1;
    }
    // "at three o'clock": a time of day.
    if (!unit && m.kind == NumberKind::kCardinal && next < p_.size() &&
        InWordList(Text(next), {"o'clock", "o\xE2\x80\x99" "clock"})) {
      m.kind = NumberKind::kTime;
      m.span.end = p_[next].span.end;
      out_.push_back(std::move(m));
      return next + 1;
    }
    if (!unit && m.kind == NumberKind::kCardinal && InName(start, r)) {
      m.kind = NumberKind::kOther;
      out_.push_back(std::move(m));
      return next;
    }
    // "into group six , where", "their opening group four match", "part
    // two of": a spelled number after a label word names the group, as
    // "group 8" does; not one that counts a plural ("told the group two
    // weeks ago", "the group three times").
    if (!unit && m.kind == NumberKind::kCardinal && r.words && start > 0 &&
        r.end == start + 1 && p_[start - 1].cls == kNone &&
        p_[start - 1].tok + 1 == p_[start].tok && m.value >= 1 && m.value <= 20 &&
        InWordList(Text(start - 1), {"group", "part", "phase", "stage", "season", "chapter",
                                     "page", "section", "grade", "round", "episode", "level"}) &&
        !(next < p_.size() && IsCountedPlural(Text(next)))) {
      m.kind = NumberKind::kOther;
      out_.push_back(std::move(m));
      return next;
    }
    // Ranges: "5 to 10 years old", "between 200 and 300", "25 - 40min",
    // "three or four years", "from 4.8 to 4.7 percent".
    if (m.kind != NumberKind::kOther && m.kind != NumberKind::kOrdinal) {
      next = TryRange(start, m, next, unit != nullptr, r.scaled);
    }
    if (m.kind == NumberKind::kCardinal && !m.is_range) {
      m.kind = Classify(start, k, m, r, next);
      if (m.kind == NumberKind::kDate || m.kind == NumberKind::kTime) {
        // spans widened by Classify
      }
    }
    out_.push_back(std::move(m));
    return next;
  }

  // "2-0" (a score), "5-10W" (a range), "555-0100" (a phone number).
  // `prefix`: a currency symbol read before the digits ("$5-10 million").
  // `skip`: the bytes between the two numbers ("-", or "-to-").
  size_t DigitPair(uint32_t begin, NumberMention& m, size_t sp, const UnitInfo* prefix,
                   size_t skip = 1) {
    const Piece& q = p_[sp];
    std::string_view rest = q.suffix.substr(skip);
    Piece second;
    SplitNumeric(rest, &second);
    double hi = 0;
    NumericValue(second.num, &hi);
    uint32_t end = q.span.end;
    size_t next = sp + 1;
    bool year = q.num.size() == 4 && !q.commas && !q.dot && m.value >= 1500 &&
                m.value < 2100 && second.suffix.empty() &&
                ((second.num.size() == 4 && hi > m.value && hi < 2100) ||
                 (second.num.size() == 2 && !second.dot));
    bool third = second.suffix.size() > 1 && second.suffix[0] == '-' &&
                 IsDigit(second.suffix[1]);
    uint32_t ft = doc_.TokenAt(begin);
    bool after_month = ft > tb_ && IsMonth(doc_.Slice(toks_[ft - 1].span)) && m.value >= 1 &&
                       m.value <= 31 && hi <= 31 && second.suffix.empty();
    if (after_month) {
      m.kind = NumberKind::kDate;  // "June 19-23", "March 1-8"
      m.span = {toks_[ft - 1].span.begin, end};
      out_.push_back(m);
      return next;
    }
    // "trails Clinton 40-45", "trails 40-45 percent": after a word of
    // standing an ascending pair is a score or two shares, loser first, not
    // a range (after a result word, "lost 98-102", the claim would read a
    // change: left as it was).
    int contest = 0;
    if (hi > m.value && !third && !prefix && second.suffix.empty() && !q.dot && !q.commas &&
        !second.dot && !second.commas) {
      contest = ContestCue(sp);
      // A unit or counted noun after it keeps the range ("lost 5-10 pounds").
      if (contest > 0 && next < p_.size() && !p_[next].joined &&
          (IsCountedPlural(Text(next)) || Is(next, kScale) ||
           (!IsText(next, "percent") && !IsText(next, "%") &&
            units_.Lookup(Text(next), true) != nullptr))) {
        contest = 0;
      }
    }
    if (third && q.num.size() == 4 && second.num.size() == 2 && m.value >= 1500 &&
        m.value < 2100 && hi >= 1 && hi <= 12) {
      m.kind = NumberKind::kDate;  // "2019-08-12"
    } else if (third) {
      m.kind = NumberKind::kPhone;  // "202-555-0100"
    } else if (year) {
      m.kind = NumberKind::kYear;  // "2010-2012", "the 2018-19 season"
    } else if (q.num.size() >= 3 && second.num.size() >= 4 && !q.commas && !second.commas) {
      m.kind = NumberKind::kPhone;
    } else if (double sc = PairScale(second, prefix, &next, &end);
               sc > 0 && hi > m.value) {
      // "5-10 million people", "$5-10bn", "2-3 billion euros": the scale
      // word applies to both ends.
      m.value = m.low = m.value * sc;
      hi *= sc;
      const UnitInfo* u = prefix;
      uint32_t after;
      if (!u && next < p_.size() && !p_[next].joined &&
          (u = units_.Match(doc_, p_[next].tok, te_, true, &after)) != nullptr) {
        end = toks_[after - 1].span.end;
        while (next < p_.size() && p_[next].tok < after) ++next;
      }
      if (u) {
        m.unit = u->canonical;
        m.kind = u->kind;
        m.currency = u->currency;
      } else {
        m.kind = NumberKind::kCardinal;
      }
      m.is_range = true;
      m.high = hi;
    } else if (prefix && hi > m.value && second.suffix.empty()) {
      m.unit = prefix->canonical;  // "$5-10"
      m.kind = prefix->kind;
      m.currency = prefix->currency;
      m.is_range = true;
      m.high = hi;
    } else if (hi > m.value && !second.suffix.empty()) {
      const UnitInfo* u = units_.Lookup(second.suffix, true);
      if (u) {
        m.unit = u->canonical;
        m.kind = u->kind;
        m.currency = u->currency;
      }
      m.is_range = true;
      m.high = hi;
    } else if (contest == 0 && hi > m.value && m.value >= 1 && hi - m.value < 1000 &&
               next < p_.size() && !p_[next].joined) {
      uint32_t after;
      const UnitInfo* u = units_.Match(doc_, p_[next].tok, te_, true, &after);
      if (u) {
        m.unit = u->canonical;
        m.kind = u->kind;
        end = toks_[after - 1].span.end;
        while (next < p_.size() && p_[next].tok < after) ++next;
      } else if (IsText(next, "percent") || IsText(next, "%")) {
        m.kind = NumberKind::kPercent;
      } else if (IsCountedPlural(Text(next))) {
        m.kind = NumberKind::kCardinal;  // "200-300 workers": a counted range
      } else if (ft > tb_ && InWordList(doc_.Slice(toks_[ft - 1].span), {"age", "ages", "aged"})) {
        m.kind = NumberKind::kCardinal;  // "Millennials age 18-34": an age range
      } else {
        m.kind = NumberKind::kOther;
      }
      if (m.kind != NumberKind::kOther) {
        m.is_range = true;
        m.high = hi;
      }
    } else if ((hi < m.value || contest == 2) && m.value < 1000 && !q.dot && !q.commas &&
               !second.dot && second.suffix.empty() && !prefix && !(m.value == 24 && hi == 7) &&
               m.value == std::floor(m.value) && m.value <= 100 && hi <= 100 &&
               next < p_.size() && !p_[next].joined &&
               (IsText(next, "percent") || IsText(next, "%") ||
                (IsText(next, "per") && next + 1 < p_.size() && IsText(next + 1, "cent")))) {
      // "ahead by 47-38 percent": a poll result, winner first, the percent
      // written once for both shares: two percentages.
      NumberMention first = m;
      first.kind = NumberKind::kPercent;
      first.span = {begin, static_cast<uint32_t>(begin + q.num.size())};
      uint32_t after;
      const UnitInfo* u = units_.Match(doc_, p_[next].tok, te_, true, &after);
      if (u && u->kind == NumberKind::kPercent) {
        first.unit = u->canonical;
        m.unit = u->canonical;
        end = toks_[after - 1].span.end;
        while (next < p_.size() && p_[next].tok < after) ++next;
        out_.push_back(first);
        m.kind = NumberKind::kPercent;
        m.value = m.low = m.high = hi;
        m.span = {static_cast<uint32_t>(begin + q.num.size() + skip), end};
        out_.push_back(m);
        return next;
      }
      m.kind = NumberKind::kCardinal;
      m.is_range = true;
      m.low = m.value;
      m.high = hi;
    } else if ((hi <= m.value || contest == 2) && m.value < 1000 && !q.dot && !q.commas &&
               !second.dot && second.suffix.empty() && !prefix && !(m.value == 24 && hi == 7) &&
               m.value == std::floor(m.value)) {
      // A score or a tally, winner first ("At 2-0 down", "tied at 2-2",
      // "voted 19-15"): NewsQuant's gold writes it as the pair, low = the
      // first number, high = the second. A claim without a unit.
      m.kind = NumberKind::kCardinal;
      m.is_range = true;
      m.low = m.value;
      m.high = hi;
    } else {
      m.kind = NumberKind::kOther;  // "24-7", "16-18 Industrial Avenue"
    }
    m.span = {begin, end};
    out_.push_back(m);
    return next;
  }

  // The scale of the high end of a digit pair: glued ("10bn", "10m" after a
  // currency) or the next word ("10 million"), which *next and *end then
  // pass. 0 when there is none.
  double PairScale(const Piece& second, const UnitInfo* prefix, size_t* next,
                   uint32_t* end) const {
    if (!second.suffix.empty()) {
      return SuffixScale(second.suffix, prefix && prefix->kind == NumberKind::kMoney);
    }
    size_t k = *next;
    if (k < p_.size() && !p_[k].joined && Is(k, kScale) && !p_[k].plural) {
      *end = p_[k].span.end;
      *next = k + 1;
      return p_[k].val;
    }
    return 0;
  }

  // Reads a second number at piece k for a range; returns its mention
  // (value, unit) through a scratch scanner run. Simple forms only.
  bool RangeEnd(size_t k, NumberMention* hi, size_t* next) {
    // "$3 billion to $5 billion", "US $89 to US $93": past the symbol.
    for (int skip = 0; skip < 2 && k < p_.size() && !Is(k, kDigits) && !NumberStart(k) &&
                       p_[k].cls == kNone && units_.Lookup(Text(k), false);
         ++skip) {
      ++k;
    }
    if (k < p_.size() && !Is(k, kDigits) && !NumberStart(k) && k + 1 < p_.size() &&
        p_[k].cls == kNone && Glued(k + 1) && units_.Lookup(std::string(Text(k)) +
                                                               std::string(Text(k + 1)), false)) {
      k += 2;
    }
    if (k >= p_.size()) return false;  // "one -" ends the sentence: no second number
    size_t before = out_.size();
    size_t e = TryNumberNoRange(k);
    if (out_.size() != before + 1) {
      out_.resize(before);
      return false;
    }
    *hi = out_.back();
    out_.pop_back();
    *next = e;
    return true;
  }

  size_t TryNumberNoRange(size_t k) {
    bool saved = no_range_;
    no_range_ = true;
    size_t e = TryNumber(k);
    no_range_ = saved;
    return e;
  }

  // How strongly the words before the number at piece `start` make "X to
  // Y" two results of a contest rather than a range: 2 after a verb or
  // adverb of standing ("leads 45 to 40", "trails Clinton 40 to 45",
  // "beating him 36 percent to 51 percent", "ahead"), 1 after a result
  // word ("won", "lost the state", "margin", "deficit"), 0 when none stands
  // within eight words of the clause or "from"/"between" comes first (a
  // change or a range: "from 40 percent to 45 percent"), or when the
  // number follows "to", "by", "of", "with" or an approximator ("led to 5
  // to 10", "a lead of 5 to 10 points").
  int ContestCue(size_t start) const {
    uint32_t ft = p_[start].tok;
    if (ft > tb_ && InWordList(doc_.Slice(toks_[ft - 1].span),
                               {"to", "by", "of", "with", "about", "around", "roughly",
                                "some", "nearly", "almost", "approximately", "between",
                                "from", "up", "over", "under", "than"})) {
      return 0;
    }
    for (uint32_t t = ft; t > tb_ && ft - t < 8;) {
      std::string_view w = doc_.Slice(toks_[--t].span);
      if (w == "." || w == ";" || InWordList(w, {"from", "between"})) return 0;
      if (InWordList(w, {"lead", "leads", "leading", "led", "trail", "trails", "trailing",
                         "trailed", "beat", "beats", "beating", "beaten", "defeat",
                         "defeats", "defeated", "defeating", "trounce", "trounces",
                         "trounced", "trouncing", "outpolled", "outpolls", "ahead", "behind",
                         "versus", "vs", "vs."})) {
        return 2;
      }
      if (InWordList(w, {"won", "win", "wins", "winning", "lost", "lose", "loses", "losing",
                         "margin", "edge", "advantage", "deficit"})) {
        return 1;
      }
    }
    return 0;
  }

  size_t TryRange(size_t start, NumberMention& m, size_t next, bool own_unit, bool scaled) {
    if (no_range_ || next >= p_.size()) return next;
    size_t k = next;
    bool between = (start > 0 && Is(start - 1, kBetween)) ||
                   (start > 1 && Is(start - 2, kBetween) && Is(start - 1, kNone) &&
                    units_.Lookup(Text(start - 1), false));
    bool conn = (between && Is(k, kAnd)) || Is(k, kTo) || Is(k, kDash) || Is(k, kOr) ||
                IsText(k, "\xE2\x80\x94");
    if (!conn) return next;
    bool dash = !Is(k, kTo) && !Is(k, kOr) && !Is(k, kAnd);
    if (Is(k, kDash) && Glued(k) && Glued(k + 1)) {
      // "25-40min" split by the tokenizer only with spaces; accept.
    }
    NumberMention hi;
    size_t e;
    if (!RangeEnd(k + 1, &hi, &e)) return next;
    if (hi.kind == NumberKind::kOther || hi.kind == NumberKind::kOrdinal ||
        hi.kind == NumberKind::kDate || hi.kind == NumberKind::kTime) {
      return next;
    }
    bool units_ok = (m.unit.empty() && !hi.unit.empty()) || m.unit == hi.unit;
    if (!units_ok) return next;
    // "Sept. 19 to 22", "from March 3 to 5": days of a month.
    if (m.kind == NumberKind::kCardinal && m.unit.empty() && hi.unit.empty() &&
        hi.kind == NumberKind::kCardinal && m.value >= 1 && hi.value <= 31 &&
        m.value < hi.value && m.value == std::floor(m.value) &&
        hi.value == std::floor(hi.value) && p_[start].tok > tb_ &&
        IsMonth(doc_.Slice(toks_[p_[start].tok - 1].span))) {
      m.kind = NumberKind::kDate;
      m.is_range = true;
      m.low = m.value;
      m.high = hi.value;
      m.span.begin = toks_[p_[start].tok - 1].span.begin;
      m.span.end = hi.span.end;
      return e;
    }
    // "46%-35%": a poll result or a score, not a range (a dash range
    // ascends).
    if (dash && hi.value < m.value) return next;
    // "trails 40 to 45", "lost the state 36 percent to 51 percent", "a
    // deficit among women (34%-54%)": ascending, but two results of a
    // contest, as the words before say, not a range. With one percent
    // written for both, each end is a percentage ("trails Clinton 40 to 45
    // percent").
    if (!between && (Is(k, kTo) || dash) && hi.value > m.value) {
      int cue = ContestCue(start);
      bool both_units = own_unit && hi.unit == m.unit;
      bool bare = !own_unit && m.unit.empty() && hi.unit.empty() &&
                  m.kind == NumberKind::kCardinal && hi.kind == NumberKind::kCardinal;
      if ((both_units && cue > 0) || (bare && cue == 2 && Is(k, kTo))) return next;
      if (cue == 2 && Is(k, kTo) && m.unit.empty() && m.kind == NumberKind::kCardinal &&
          hi.kind == NumberKind::kPercent && m.value <= 100) {
        m.kind = NumberKind::kPercent;
        m.unit = hi.unit;
        return next;
      }
    }
    if (!between) {
      // After "by" or a change verb, "X to Y" is a change and its result:
      // "rose 5% to 20%"; only bare "by 1 to 1.5 degrees" is a range.
      uint32_t ft = doc_.TokenAt(m.span.begin);
      std::string_view p1 = ft > tb_ ? doc_.Slice(toks_[ft - 1].span) : std::string_view();
      std::string_view p2 = ft > tb_ + 1 ? doc_.Slice(toks_[ft - 2].span) : std::string_view();
      bool change = EqualsLower(p1, "by") || IsDirectionWord(p1) || IsDirectionWord(p2);
      // "rose from 40 percent to 45 percent": a change written as its two
      // ends, which NewsQuant gives as one pair, as "jumped from 240 to 273".
      if (change && own_unit && !EqualsLower(p1, "from")) return next;
      // "fell by one to 554": a change and its result, not a range.
      if (change && Is(k, kTo) && hi.value > 4 * m.value && !EqualsLower(p1, "from")) {
        return next;
      }
      if (Is(k, kOr) && own_unit) return next;
      if (Is(k, kTo) && !own_unit && hi.unit.empty() && !m.unit.empty()) return next;
      // "beating Clinton 45 to 40 percent", "35 to 12 percent": a poll
      // result, winner first, whose percent sign is written once for both
      // shares; two values, not a range.
      if (Is(k, kTo) && m.unit.empty() && m.kind == NumberKind::kCardinal &&
          hi.kind == NumberKind::kPercent && hi.value < m.value && m.value <= 100 &&
          !EqualsLower(p1, "from") && !change) {
        m.kind = NumberKind::kPercent;
        m.unit = hi.unit;
        return next;
      }
      // "in 2008 to 29 mpg": a bare number above a high end with its own
      // unit is something else (a year, a score), not the low end.
      if (Is(k, kTo) && m.unit.empty() && !hi.unit.empty() && hi.value < m.value &&
          !EqualsLower(p1, "from")) {
        return next;
      }
      // "The vote was 5 to 4", "confirmed 92 to 0", "by a vote of 90 to
      // 10": a tally, winner first, as "5-4" is (NewsQuant's gold writes the
      // pair); a vote or result word stands within three words before.
      // "passed 212 to 210 votes": two counts of what follows, not a tally.
      bool counted_after = e < p_.size() && !p_[e].joined &&
                           (IsCountedPlural(Text(e)) || IsText(e, "votes"));
      if (Is(k, kTo) && m.unit.empty() && hi.unit.empty() && !EqualsLower(p1, "from") &&
          !counted_after &&
          hi.value <= m.value && m.value < 1000 && m.value == std::floor(m.value) &&
          hi.value == std::floor(hi.value) && m.kind == NumberKind::kCardinal &&
          hi.kind == NumberKind::kCardinal) {
        std::string_view p3 = ft > tb_ + 2 ? doc_.Slice(toks_[ft - 3].span) : std::string_view();
        for (std::string_view w : {p1, p2, p3}) {
          if (InWordList(w, {"vote", "votes", "voted", "deadlocked", "confirmed", "tied",
                             "approved", "passed", "rejected", "defeated", "beat", "won",
                             "lost", "score", "tally"})) {
            m.is_range = true;
            m.low = m.value;
            m.high = hi.value;
            m.span.end = hi.span.end;
            return e;
          }
        }
      }
      bool shares = m.kind == NumberKind::kFraction && hi.kind == NumberKind::kFraction;
      if (Is(k, kTo) && m.unit.empty() && hi.unit.empty() && !EqualsLower(p1, "from") &&
          (hi.value < m.value || (m.value != std::floor(m.value) && !shares))) {
        return next;  // "8 in 5", "scores 3 to 1"
      }
      // "46 percent to 40 percent": a poll result; a descending range needs
      // "from" ("from 4.8 to 4.7 percent").
      if (Is(k, kTo) && hi.value < m.value && !EqualsLower(p1, "from")) return next;
      if (Is(k, kOr) && !(hi.value > m.value && hi.value < 100)) return next;
    }
    if (m.kind == NumberKind::kCardinal && hi.kind != NumberKind::kCardinal) {
      m.kind = hi.kind;
    }
    if (m.unit.empty()) {
      m.unit = hi.unit;
      m.currency = hi.currency;
    }
    // "1 to 2 thousand", "$89 to $93 billion": the scale of the high end.
    if (!scaled && hi.value >= 1000 * m.value && m.value > 0) {
      std::string_view ht = text_.substr(hi.span.begin, hi.span.end - hi.span.begin);
      for (auto [w, sc] : {std::pair<std::string_view, double>{"thousand", 1e3},
                           {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
                           {"bn", 1e9}, {"m", 1e6}}) {
        if (ht.size() > w.size() && ht.substr(ht.size() - w.size()) == w &&
            hi.value >= sc * m.value) {
          m.value *= sc;
          break;
        }
      }
      // Units after the scale word ("2 million euros") end the span.
      if (m.value < 1000 && !hi.unit.empty()) {
        for (auto [w, sc] : {std::pair<std::string_view, double>{" thousand ", 1e3},
                             {" million ", 1e6}, {" billion ", 1e9}}) {
          if (ht.find(w) != std::string_view::npos && hi.value >= sc * m.value) {
            m.value *= sc;
            break;
          }
        }
      }
    }
    m.is_range = true;
    m.low = std::min(m.value, hi.value);
    m.high = std::max(m.value, hi.value);
    m.value = m.low;
    m.span.end = hi.span.end;
    if (m.kind == NumberKind::kCardinal) {
      // "5 to 10 years old"
      uint32_t after;
      if (e < p_.size()) {
        const UnitInfo* u = units_.Match(doc_, p_[e].tok, te_, true, &after);
        if (u && u->kind == NumberKind::kAge) {
          m.kind = NumberKind::kAge;
          m.unit = u->canonical;
          m.span.end = toks_[after - 1].span.end;
          while (e < p_.size() && p_[e].tok < after) ++e;
        }
      }
    }
    return e;
  }

  // True when the number at piece `start` is a day of a month ("Dec. 23",
  // "23 December"); widens m's span and *next over the month.
  bool IsDate(size_t start, NumberMention& m, size_t& next) {
    if (m.value < 1 || m.value > 31 || m.value != std::floor(m.value)) return false;
    uint32_t t = p_[start].tok;
    if (t > tb_ && IsMonth(doc_.Slice(toks_[t - 1].span))) {
      m.span.begin = toks_[t - 1].span.begin;
      return true;
    }
    // "FeaturedFebruary 6, 2016": a month glued to the word before it, as
    // scraped pages join a label and a date.
    if (t > tb_ && GluedMonth(doc_.Slice(toks_[t - 1].span))) return true;
    if (next < p_.size() && IsMonth(Text(next)) && toks_[p_[next].tok].Has(kTokCapitalized)) {
      m.span.end = p_[next].span.end;
      ++next;
      return true;
    }
    if (IsText(next, "of") && next + 1 < p_.size() && IsMonth(Text(next + 1))) {
      m.span.end = p_[next + 1].span.end;
      next += 2;
      return true;
    }
    // "between July 17 and 21", "on June 3 or 4": the second day of a
    // month named just before, when nothing it could count follows.
    if (t >= tb_ + 3 && !out_.empty() && out_.back().kind == NumberKind::kDate &&
        out_.back().span.end == toks_[t - 2].span.end &&
        InWordList(doc_.Slice(toks_[t - 1].span), {"and", "or", "through", "to"}) &&
        IsMonth(doc_.Slice(toks_[t - 3].span)) &&
        (next >= p_.size() || toks_[p_[next].tok].Has(kTokPunct) ||
         (p_[next].cls != kNone && p_[next].cls != kDigits) ||
         !toks_[p_[next].tok].Has(kTokWord) || IsStopWordForDate(Text(next)))) {
      return true;
    }
    return false;
  }
  // True when `w` ends in a capitalized month name right after a
  // lower-case letter ("FeaturedFebruary").
  static bool GluedMonth(std::string_view w) {
    for (std::string_view mo : {"January", "February", "March", "April", "June", "July",
                                "August", "September", "October", "November", "December"}) {
      if (w.size() > mo.size() && w.ends_with(mo)) {
        char c = w[w.size() - mo.size() - 1];
        return c >= 'a' && c <= 'z';
      }
    }
    return false;
  }
  // Words after a day that show it is not a count: "between July 17 and 21
  // in Paris", "June 3 and 4 at".
  static bool IsStopWordForDate(std::string_view w) {
    return InWordList(w, {"and", "or", "in", "at", "on", "for", "of", "with", "by", "from",
                          "when", "while", "as", "but", "that", "the", "a", "an", "this",
                          "last", "next", "before", "after", "to", "until"});
  }

  // "Apollo 11 landed", "Windows 10 arrives": at a sentence's start a
  // capitalized word is a name before a number only when it is not one of
  // the words that open a sentence with a count ("Nearly 40 died", "Some
  // 11 remain", "Of 11 seats") and nothing counted follows ("Police 11
  // officers" is not a name).
  bool IsSentenceStartName(size_t start, size_t next) const {
    std::string_view w = Text(start - 1);
    const Token& t = toks_[p_[start - 1].tok];
    if (!t.Has(kTokWord) || t.Has(kTokAllCaps) || w.size() < 3 || w.ends_with("ly") ||
        !std::all_of(w.begin(), w.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        })) {
      return false;
    }
    if (IsQuantityCue(w) || IsDirectionWord(w) ||
        InWordList(w, {"the", "and", "but", "yet", "for", "nor", "with", "from", "after",
                       "before", "since", "until", "between", "among", "amid", "across",
                       "during", "despite", "within", "without", "against", "into", "onto",
                       "upon", "through", "towards", "toward", "above", "below", "beyond",
                       "except", "including", "like", "unlike", "per", "plus", "minus",
                       "versus", "via", "both", "many", "each", "every", "either",
                       "neither", "such", "other", "once", "twice", "here", "there",
                       "then", "now", "today", "yesterday", "tomorrow", "also", "still",
                       "even", "perhaps", "maybe", "what", "why", "how", "where", "when",
                       "while", "whether", "though", "although", "because", "whereas",
                       "its", "his", "her", "their", "our", "your", "top", "bottom", "last",
                       "first", "next", "past", "more", "fewer", "less", "down", "around",
                       "are", "were", "was", "has", "have", "had", "will", "would", "could",
                       "should", "may", "might", "must", "can", "did", "does", "not", "let",
                       "see", "say", "says", "said", "get", "got", "buy", "sell", "add",
                       "call", "take", "give", "make", "pay", "hire", "only", "just"})) {
      return false;
    }
    if (next >= p_.size()) return true;
    const Piece& n = p_[next];
    std::string_view nw = Text(next);
    return n.cls == kNone && !IsCountedPlural(nw) && !Is(next, kScale) && !Is(next, kHundred) &&
           !IsText(next, "%") && !IsText(next, "-") && !IsText(next, "of");
  }

  // "Senard, 65, now faces", "Jamie Armstrong, 25, said": a whole number
  // from 1 to 119 between commas right after a capitalized word (a name).
  bool IsAppositionAge(size_t start, const NumberMention& m, size_t next) const {
    if (m.value < 1 || m.value >= 120 || m.value != std::floor(m.value)) return false;
    if (start < 2 || !IsText(start - 1, ",") || next >= p_.size()) return false;
    // "said Hatem Moustafa, 22." ends its sentence.
    bool ends = IsText(next, ".") &&
                (next + 1 >= p_.size() || toks_[p_[next + 1].tok].Has(kTokSentStart) ||
                 toks_[p_[next + 1].tok].Has(kTokParaStart));
    if (!IsText(next, ",") && !IsText(next, ")") && !ends) return false;
    const Token& name = toks_[p_[start - 2].tok];
    // "Curtis Lee White II, 19,": a generational suffix ends the name.
    std::string_view last = Text(start - 2);
    bool suffix = last == "II" || last == "III" || last == "IV";
    if (suffix) return start >= 3 && toks_[p_[start - 3].tok].Has(kTokCapitalized);
    return name.Has(kTokCapitalized) && name.Has(kTokWord) && !name.Has(kTokAllCaps) &&
           !IsMonth(Text(start - 2)) && !IsWeekday(Text(start - 2));
  }

  NumberKind Classify(size_t start, size_t k, NumberMention& m, const Parsed& r,
                      size_t& next) {
    if (r.words || r.scaled) return NumberKind::kCardinal;
    const Piece& q = p_[k];
    if (!Is(k, kDigits)) return NumberKind::kCardinal;
    if (IsDate(start, m, next)) return NumberKind::kDate;
    // "in '16", "since ’08": a year with its century left out.
    if (start == k && start > 0 && p_[k].num.size() == 2 && p_[k].suffix.empty() &&
        Glued(k) && (IsText(k - 1, "'") || IsText(k - 1, "\xE2\x80\x99") ||
                     IsText(k - 1, "\xE2\x80\x98")) &&
        !(k >= 2 && Glued(k - 1)) && !(next < p_.size() && Glued(next))) {
      m.span.begin = p_[k - 1].span.begin;
      return NumberKind::kYear;
    }
    // A height in feet and inches: 6'3", 5′11″.
    if (!q.dot && (IsText(r.end, "'") || IsText(r.end, "\xE2\x80\x99") ||
                   IsText(r.end, "\xE2\x80\xB2")) &&
        Glued(r.end) && PlainDigits(r.end + 1) && Glued(r.end + 1) && r.end + 2 < p_.size() &&
        Glued(r.end + 2) &&
        (IsText(r.end + 2, "\"") || IsText(r.end + 2, "\xE2\x80\xB3") ||
         IsText(r.end + 2, "\xE2\x80\x9D") || IsText(r.end + 2, "''"))) {
      double in = 0;
      NumericValue(p_[r.end + 1].num, &in);
      if (in < 12) {
        m.value = m.low = m.high = m.value + in / 12;
        m.unit = "foot";
        m.span.end = p_[r.end + 2].span.end;
        next = r.end + 3;
        return NumberKind::kMeasure;
      }
    }
    // A ratio, not a time: "voted 3:1", "a 10:1 margin" (minutes have two
    // digits).
    if (IsText(r.end, ":") && Glued(r.end) && Is(r.end + 1, kDigits) && Glued(r.end + 1) &&
        p_[r.end + 1].num.size() != 2 && !q.dot && p_[r.end + 1].suffix.empty()) {
      double den = 0;
      NumericValue(p_[r.end + 1].num, &den);
      // "(Ephesians 5:6)": a chapter and verse after a name.
      if (start > 0 && p_[start - 1].cls == kNone &&
          toks_[p_[start - 1].tok].Has(kTokCapitalized) &&
          !toks_[p_[start - 1].tok].Has(kTokSentStart) &&
          !toks_[p_[start - 1].tok].Has(kTokAllCaps) && !IsMonth(Text(start - 1))) {
        m.span.end = p_[r.end + 1].span.end;
        next = r.end + 2;
        return NumberKind::kOther;
      }
      if (den > 0) {
        m.value = m.low = m.high = m.value / den;
        m.span.end = p_[r.end + 1].span.end;
        next = r.end + 2;
        return NumberKind::kFraction;
      }
    }
    // Times: "10:30", "5 p.m.", "10.45 pm".
    if (IsText(r.end, ":") && Glued(r.end) && Is(r.end + 1, kDigits) && Glued(r.end + 1)) {
      size_t e = r.end + 2;
      // "2:01:39": hours, minutes and seconds.
      if (IsText(e, ":") && Glued(e) && Is(e + 1, kDigits) && Glued(e + 1)) e += 2;
      if (e < p_.size() && InWordList(Text(e), {"a.m.", "p.m.", "am", "pm", "a.m", "p.m"})) ++e;
      m.span.end = p_[e - 1].span.end;
      next = e;
      return NumberKind::kTime;
    }
    if (next < p_.size() && InWordList(Text(next), {"a.m.", "p.m.", "am", "pm", "a.m", "p.m"})) {
      m.span.end = p_[next].span.end;
      ++next;
      return NumberKind::kTime;
    }
    // "0815 GMT", "1400 UTC": a clock time before a time zone.
    if (next < p_.size() && !q.commas && !q.dot && (q.num.size() == 4 || q.num.size() == 3) &&
        std::fmod(m.value, 100) < 60 && m.value < 2400 &&
        InWordList(Text(next), {"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
                                "pdt", "bst", "cet", "cest", "ist", "jst", "aest", "aedt"})) {
      m.span.end = p_[next].span.end;
      ++next;
      return NumberKind::kTime;
    }
    std::string_view prev = start > 0 ? Text(start - 1) : std::string_view();
    auto has_upper = [](std::string_view w) {
      return std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    // Tweet and record ids: thirteen or more digits without separators.
    if (!q.commas && !q.dot && q.num.size() >= 13) return NumberKind::kOther;
    // Statute sections: "401(k)", "403(b)", "501(c)(3)": a lettered or
    // numbered paragraph glued to the number names a plan or a status.
    if (!q.commas && !q.dot && m.span.end + 2 < text_.size() && text_[m.span.end] == '(') {
      size_t close = text_.find(')', m.span.end + 1);
      if (close != std::string_view::npos && close - m.span.end >= 2 && close - m.span.end <= 3 &&
          std::all_of(text_.begin() + m.span.end + 1, text_.begin() + close, [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
          })) {
        return NumberKind::kOther;
      }
    }
    // Identifiers: "Section 427", "page 3", "iPhone 11", "S&P 500".
    if (start > 0 && !q.commas && (IsIdentifierCue(prev) || IsNamedSeries(prev) ||
        IsNamedSeries(SpaceWordBefore(p_[start].span.begin)) ||
        (has_upper(prev) &&
         (!toks_[p_[start - 1].tok].Has(kTokSentStart) ||
          (m.unit.empty() && IsSentenceStartName(start, next))) &&
         !IsMonth(prev) && !IsWeekday(prev) && !toks_[p_[start - 1].tok].Has(kTokPunct) &&
         p_[start - 1].cls == kNone && q.num.size() <= 4 &&
         // "HuffPollster 4.3 points": a decimal before a counted plural is
         // a quantity of its source.
         !(q.dot && next < p_.size() && IsCountedPlural(Text(next))) &&
         // "AT LEAST 10 KILLED", "MORE THAN 200 ARRESTED", "Hinging On These
         // 2 States": a function word capitalized in a headline names
         // nothing.
         !InWordList(prev, {"least", "than", "nearly", "almost", "around", "some", "only",
                            "just", "roughly", "approximately", "and", "or", "of", "to", "by",
                            "from", "at", "in", "on", "for", "with", "these", "those", "all",
                            "its", "his", "her", "their", "our", "another", "every", "had",
                            "has", "have", "are", "were", "was", "is", "will", "kills",
                            "killed", "kill"}) &&
         // "leads Trump 45 to 40": a contest's result after the rival's name.
         !(next + 1 < p_.size() && Is(next, kTo) && Is(next + 1, kDigits) &&
           ContestCue(start) == 2)))) {
      return NumberKind::kOther;
    }
    // Model numbers and addresses: "787 Dreamliner", "575 Wilbraham Road";
    // not a plural acronym, which is counted ("80 RBIs", "20 MPs", "3 SUVs").
    if (!q.commas && !q.dot && next < p_.size() && p_[next].cls == kNone && m.unit.empty() &&
        toks_[p_[next].tok].Has(kTokCapitalized) && !toks_[p_[next].tok].Has(kTokAllCaps) &&
        !IsAcronymPlural(Text(next)) && !NamesCountedThing(next) &&
        !IsMonth(Text(next)) && !IsWeekday(Text(next)) && !IsQuantityCue(prev) &&
        !toks_[p_[next].tok].Has(kTokPunct)) {
      return NumberKind::kOther;
    }
    // "Jamie Armstrong, 25, said": an age in apposition to a name.
    if (IsAppositionAge(start, m, next)) {
      m.unit = "year";
      return NumberKind::kAge;
    }
    // "aged 50", "the age of 21"
    if (InWordList(prev, {"aged", "age", "ages"}) ||
        (InWordList(prev, {"of"}) && start > 1 && InWordList(Text(start - 2), {"age", "ages"}))) {
      m.unit = "age";
      return NumberKind::kAge;
    }
    if (start > 0 && IsText(start - 1, "#")) return NumberKind::kOther;
    // Jetliner names: "his 757 jet", "a 25-year-old 757 is": Boeing's 7x7
    // models, unless a counted plural or "of" follows ("757 votes").
    if (!q.commas && !q.dot && q.num.size() == 3 && q.num[0] == '7' && q.num[2] == '7' &&
        q.num[1] <= '8' && q.suffix.empty() && m.unit.empty() &&
        !(start > 0 && IsQuantityCue(prev)) &&
        !(next < p_.size() && (IsCountedPlural(Text(next)) || p_[next].cls != kNone))) {
      return NumberKind::kOther;
    }
    // A key or a number to dial: "press 1 for English", "dial ''1''".
    if (!q.commas && !q.dot && q.num.size() <= 2 && start > 0) {
      size_t b = start - 1;
      for (int quotes = 0; quotes < 2 && b > 0 &&
                           (IsText(b, "''") || IsText(b, "'") || IsText(b, "\"") ||
                            IsText(b, "\xE2\x80\x9C") || IsText(b, "\xE2\x80\x98"));
           ++quotes) {
        --b;
      }
      if (InWordList(Text(b), {"dial", "dials", "dialed", "dialled", "dialing", "dialling",
                               "press", "presses", "pressed", "pressing"}) &&
          !(next < p_.size() && IsCountedPlural(Text(next)))) {
        return NumberKind::kOther;
      }
    }
    // Emergency numbers: "a 911 call", "dialed 999", "the 112 dispatcher".
    if (!q.commas && !q.dot && (q.num == "911" || q.num == "999" || q.num == "112") &&
        ((next < p_.size() &&
          InWordList(Text(next), {"call", "calls", "caller", "callers", "dispatcher",
                                  "dispatchers", "operator", "operators", "center", "centre",
                                  "system", "line", "tape", "tapes", "recording", "recordings"})) ||
         InWordList(prev, {"call", "called", "calling", "calls", "dial", "dialed", "dialled",
                           "dialing", "dialling", "dials"}))) {
      return NumberKind::kOther;
    }
    // Names of the form "the Group of 20", "the Gang of 8", "the Committee of
    // 100": a capitalized collective noun inside the sentence before "of".
    if (start >= 2 && !q.dot && InWordList(prev, {"of"}) &&
        toks_[p_[start - 2].tok].Has(kTokCapitalized) &&
        !toks_[p_[start - 2].tok].Has(kTokSentStart) &&
        InWordList(Text(start - 2), {"group", "gang", "club", "council", "committee", "band"})) {
      return NumberKind::kOther;
    }
    // Years: four digits, 1500-2099, not a quantity ("about 2000 people").
    bool far_year = m.value >= 2100 && m.value < 2200 &&
                    InWordList(prev, {"by", "in", "until", "till", "before", "after", "since"});
    if (!q.commas && !q.dot && q.num.size() == 4 && m.value >= 1500 &&
        (m.value < 2100 || far_year)) {
      if (!IsQuantityCue(prev) && !(next < p_.size() && (Is(next, kScale) || Is(next, kHundred)))) {
        return NumberKind::kYear;
      }
    }
    // Month + year: "June 2018" handled above as a year.
    return NumberKind::kCardinal;
  }

  const Document& doc_;
  std::string_view text_;
  const std::vector<Token>& toks_;
  const UnitTable& units_;
  std::vector<NumberMention>& out_;
  std::vector<Piece> p_;
  uint32_t tb_ = 0, te_ = 0;
  size_t suffix_piece_ = 0;
  bool no_range_ = false;
  bool scaled_ = false;
  uint32_t consumed_until_ = 0;  // bytes already read by an earlier sentence
};

// "four-, five- and six-cylinder engines", "two- or three-bedroom flats",
// "10- to 15-year terms": numbers left with a dangling hyphen take the unit of
// the hyphenated number that ends the list. `out` is in text order.
void ShareSuspendedUnits(std::string_view text, std::vector<NumberMention>& out) {
  for (size_t i = 0; i < out.size(); ++i) {
    const NumberMention& m = out[i];
    uint32_t e = m.span.end;
    if (!m.unit.empty() || m.is_range || e + 1 >= text.size() || text[e] != '-' ||
        (text[e + 1] != ' ' && text[e + 1] != ',')) {
      continue;
    }
    // Later numbers separated only by hyphens, commas, spaces and a
    // conjunction, up to one written with its unit after a hyphen.
    size_t j = i + 1;
    for (; j < out.size(); ++j) {
      std::string_view gap = text.substr(out[j - 1].span.end,
                                         out[j].span.begin - out[j - 1].span.end);
      size_t pos = 0;
      bool ok = !gap.empty() && gap.size() <= 8;
      while (ok && pos < gap.size()) {
        char c = gap[pos];
        if (c == '-' || c == ',' || c == ' ') { ++pos; continue; }
        std::string_view rest = gap.substr(pos);
        size_t w = 0;
        while (w < rest.size() && rest[w] >= 'a' && rest[w] <= 'z') ++w;
        std::string_view word = rest.substr(0, w);
        ok = word == "and" || word == "or" || word == "to";
        pos += w;
      }
      if (!ok) { j = out.size(); break; }
      if (!out[j].unit.empty() || out[j].is_range) break;
    }
    if (j >= out.size() || out[j].is_range) continue;
    std::string_view last = text.substr(out[j].span.begin,
                                        out[j].span.end - out[j].span.begin);
    if (last.find('-') == std::string_view::npos) continue;
    for (size_t k = i; k < j; ++k) {
      out[k].unit = out[j].unit;
      out[k].currency = out[j].currency;
      out[k].kind = out[j].kind;
    }
    i = j;
  }
}

// "the 50 and 100 metres freestyle", "rose 3 and 4 percent": a bare number
// joined by "and" or "or" to one written with a measure or percent unit
// shares it (money is left alone: "2 and 3 million euros" would need the
// scale too). A plain number read as an identifier after a capitalized word
// ("the Olympic 50 and 100 metres") is a quantity then.
void ShareListUnits(std::string_view text, std::vector<NumberMention>& out) {
  for (size_t i = out.size(); i-- > 1;) {
    NumberMention& a = out[i - 1];
    const NumberMention& b = out[i];
    if (b.unit.empty() || b.is_range || a.is_range || !a.unit.empty() ||
        (b.kind != NumberKind::kMeasure && b.kind != NumberKind::kPercent) ||
        (a.kind != NumberKind::kCardinal && a.kind != NumberKind::kOther) ||
        b.span.begin < a.span.end) {
      continue;
    }
    std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
    std::string_view at = text.substr(a.span.begin, a.span.end - a.span.begin);
    std::string_view bt = text.substr(b.span.begin, b.span.end - b.span.begin);
    if ((gap != " and " && gap != " or ") || bt.empty() || !IsDigit(bt[0]) ||
        (a.kind == NumberKind::kOther &&
         !std::all_of(at.begin(), at.end(), [](char c) { return IsDigit(c) || c == '.'; }))) {
      continue;
    }
    a.unit = b.unit;
    a.kind = b.kind;
  }
}

// Folds each mention into the one kept before it when `merge(kept, next)`
// says so (having extended `kept`); the rest stay, in order.
template <typename Merge>
void FoldIntoPrevious(std::vector<NumberMention>& out, Merge merge) {
  size_t w = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    if (w > 0 && merge(out[w - 1], out[i])) continue;
    if (w != i) out[w] = std::move(out[i]);
    ++w;
  }
  out.resize(w);
}

// "1½ days", "2 ¾ miles": a whole number and a vulgar fraction are one
// number (the fraction is read on its own while the pieces are built).
void MergeVulgarFractions(std::string_view text, std::vector<NumberMention>& out) {
  FoldIntoPrevious(out, [text](NumberMention& a, const NumberMention& b) {
    uint32_t gap = b.span.begin >= a.span.end ? b.span.begin - a.span.end : 99;
    if (a.kind == NumberKind::kCardinal && !a.is_range && a.unit.empty() &&
        a.value == std::floor(a.value) && a.value >= 0 && b.kind == NumberKind::kFraction &&
        (gap == 0 || (gap == 1 && text[a.span.end] == ' ')) &&
        VulgarFraction(text.substr(b.span.begin, b.span.end - b.span.begin)) > 0) {
      a.value = a.low = a.high = a.value + b.value;
      a.span.end = b.span.end;
      return true;
    }
    return false;
  });
}

// "5 feet 2 inches", "6 ft 3 in", "5 feet and 2 inches": one length in feet.
void MergeFeetAndInches(std::string_view text, std::vector<NumberMention>& out) {
  FoldIntoPrevious(out, [text](NumberMention& a, const NumberMention& b) {
    std::string_view gap = b.span.begin >= a.span.end
                               ? text.substr(a.span.end, b.span.begin - a.span.end)
                               : std::string_view("?");
    bool inch = b.unit == "inch";
    uint32_t b_end = b.span.end;
    // A bare number before "in" and then punctuation or the end.
    if (!inch && b.unit.empty() && b.kind == NumberKind::kCardinal) {
      std::string_view rest = text.substr(b.span.end);
      inch = rest.size() >= 3 && rest.substr(0, 3) == " in" &&
             (rest.size() == 3 || rest[3] == ',' || rest[3] == '.' || rest[3] == ' ') &&
             (rest.size() <= 4 || rest[3] != ' ' ||
              !(rest[4] >= 'a' && rest[4] <= 'z') || rest.substr(4, 4) == "more");
      if (inch) b_end = b.span.end + 3;
    }
    if (a.unit == "foot" && !a.is_range && !b.is_range && inch && b.value < 12 &&
        (gap == " " || gap == " and " || gap == ", ")) {
      a.value = a.low = a.high = a.value + b.value / 12;
      a.span.end = b_end;
      return true;
    }
    return false;
  });
}

}  // namespace

NumberExtractor::NumberExtractor(std::unique_ptr<UnitTable> units)
    : units_(std::move(units)) {
  info_.name = "numbers.rules";
  info_.version = 48;
  info_.needs = {Layer::kTokens};
  info_.adds = {Layer::kNumbers};
}

StatusOr<std::unique_ptr<Extractor>> NumberExtractor::Create(const ExtractorContext& ctx) {
  auto units = UnitTable::Create(ctx.gazetteers);
  if (!units.ok()) return units.status();
  return std::unique_ptr<Extractor>(new NumberExtractor(std::move(*units)));
}

Status NumberExtractor::Extract(Document& doc) const {
  std::vector<NumberMention> out;
  Scanner sc(doc, *units_, out);
  for (const Sentence& s : doc.sentences()) sc.Sentence(s);
  // Keep text order (lists and ranges may emit out of order).
  std::stable_sort(out.begin(), out.end(), [](const NumberMention& a, const NumberMention& b) {
    return a.span.begin < b.span.begin;
  });
  ShareSuspendedUnits(doc.text(), out);
  ShareListUnits(doc.text(), out);
  MergeFeetAndInches(doc.text(), out);
  MergeVulgarFractions(doc.text(), out);
  doc.mutable_numbers() = std::move(out);
  return OkStatus();
}

}  // namespace newsie
