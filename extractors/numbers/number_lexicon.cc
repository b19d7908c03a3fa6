// The numeral lexicon (number words, scales, ordinals, the connectives a
// numeral reads through) and the word lists the scanner consults, plus the
// reading of digit strings, scale suffixes and vulgar fractions.

#include "extractors/numbers/number_internal.h"

#include <array>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <utility>

#include "extractors/common/ascii_words.h"
#include "pipeline/flat_string_map.h"

namespace newsie::numbers::internal {

namespace {

// The lexicon's words (lower-case ASCII letters) and, as a filter, the
// lengths of its words by first and last letter (bit k of lengths[f][l]: a
// word of k bytes starting with f and ending with l): LookupWord, asked
// for every word token, turns most away before folding and hashing them
// ("the", "was": no numeral word of three letters starts with t and ends
// with e).
struct LexTable {
  FlatStringMap<Lex> map;
  std::array<std::array<uint32_t, 26>, 26> lengths{};

  Lex& operator[](std::string_view w) {
    assert(!w.empty() && w.size() < 32 && w[0] >= 'a' && w[0] <= 'z' && w.back() >= 'a' &&
           w.back() <= 'z');
    lengths[w[0] - 'a'][w.back() - 'a'] |= uint32_t{1} << w.size();
    return map[w];
  }
  bool MayHold(std::string_view w) const {
    // ASCII letters to lower case (no other byte lands in 'a'..'z').
    const char f = static_cast<char>(w[0] | 0x20), l = static_cast<char>(w.back() | 0x20);
    return f >= 'a' && f <= 'z' && l >= 'a' && l <= 'z' && w.size() < 32 &&
           ((lengths[f - 'a'][l - 'a'] >> w.size()) & 1);
  }
};

const LexTable& Lexicon() {
  static const auto* m = [] {
    auto* m = new LexTable;
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

}  // namespace

Lex LookupWord(std::string_view w) {
  const LexTable& lexicon = Lexicon();
  if (w.empty() || !lexicon.MayHold(w)) return {};
  char buf[24];
  size_t n;
  if (!LowerWord(w, buf, &n)) return {};
  const Lex* lex = lexicon.map.find(std::string_view(buf, n));
  return lex == nullptr ? Lex{} : *lex;
}

// Month names and their news abbreviations, with and without the period.
bool IsMonth(std::string_view w) {
  static const FlatStringSet months = {
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
  return InWordList(w, {"s&p", "s&p/asx", "s&p/tsx", "sp", "ftse", "russell", "nikkei", "dax",
                   "cac", "stoxx", "fortune", "covid", "iphone", "ipad", "windows", "boeing",
                   "airbus", "formula", "galaxy", "xbox", "playstation", "ios", "android"});
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
                   "dipped", "slumped", "lower", "higher", "shrank", "raised", "raise",
                   // Verbs a share after "by" measures the change of ("fell by
                   // a fifth", "have grown by a third").
                   "grown", "growing", "reduced", "reduce", "reduces", "shrunk", "shrink",
                   "slashed", "lowered", "expanded", "contracted"});
}

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
  // Every punctuation token is asked: turn away what no glyph above can be
  // (two bytes from \xC2, three from \xE2) before comparing with each.
  if (w.size() < 2 || w.size() > 3 || (w[0] != '\xC2' && w[0] != '\xE2')) return 0;
  for (const auto& [c, v] : kChars) {
    if (w == c) return v;
  }
  return 0;
}

double SnapScaled(double v) {
  if (!(std::fabs(v) >= 1000) || v == std::floor(v) || std::fabs(v) >= 1e18) return v;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return std::strtod(buf, nullptr);
}

}  // namespace newsie::numbers::internal
