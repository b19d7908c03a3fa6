// Scanner: what kind of number a bare one is: a date, year, time, age,
// ratio or identifier rather than a count, and the words around a number
// that name what it counts.

#include "extractors/numbers/number_internal.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "extractors/common/ascii_words.h"

namespace newsie::numbers::internal {

// A lower-case plural noun after "a-b" makes it a counted range ("200-300
// workers"), not a score ("a 3-1 win", "a 5-4 vote").
bool Scanner::IsCountedPlural(std::string_view w) {
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

// A lower-case word that reads as an adjective or participle before a
// noun, by its ending ("digital", "physical", "active", "registered",
// "paying") or one of a few short ones ("new", "more").
bool Scanner::IsAdjectiveLike(std::string_view w) {
  if (w.size() > 20) return false;
  for (char ch : w) {
    if (ch < 'a' || ch > 'z') return false;
  }
  if (InWordList(w, {"new", "more", "extra", "unique", "young", "other"})) return true;
  if (w.size() < 5) return false;
  for (std::string_view end : {"al", "ic", "ive", "ous", "ful", "ary", "ble", "ed", "ing"}) {
    if (w.ends_with(end)) return true;
  }
  return false;
}

// After a number, capitalized words that name what is counted, not a
// model or a street: a capitalized plural ("35 Palestinians", "20
// Democrats") or capitalized modifiers of a lower-case plural ("4 Israeli
// soldiers", "10 Premier League goals").
// A capitalized plural ("Democrats", "Palestinians") not followed by
// another capitalized word.
bool Scanner::CapitalizedPlural(size_t k) const {
  std::string_view w = Text(k);
  return w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' &&
         w[w.size() - 2] != 'u' && w[0] >= 'A' && w[0] <= 'Z' &&
         std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
         !(k + 1 < p_.size() && toks_[p_[k + 1].tok].Has(kTokCapitalized) &&
           toks_[p_[k + 1].tok].Has(kTokWord));
}

bool Scanner::NamesCountedThing(size_t k) const {
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
    // "3 M4 rifles", "two T90 tanks": digits glued to the capital letters
    // before them complete a model's name (was no claim at all).
    if (p_[j].joined && p_[j].cls == kDigits && p_[j].tok == p_[k].tok && p_[j].suffix.empty()) {
      continue;
    }
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

// An opening quote or parenthesis: a capitalized word after one may
// begin a quoted sentence.
bool Scanner::IsQuoteOrParen(std::string_view w) {
  return w == "\"" || w == "(" || w == "\xE2\x80\x9C" || w == "'" || w == "\xE2\x80\x98";
}

// The whitespace-delimited word before byte `b` (one space between), so
// names the tokenizer splits ("s&p", "s&p/asx") read whole; "" if none.
std::string_view Scanner::SpaceWordBefore(uint32_t b) const {
  if (b < 2 || text_[b - 1] != ' ') return {};
  uint32_t e = b - 1, w = e;
  while (w > 0 && text_[w - 1] != ' ' && text_[w - 1] != '\n' && e - w < 24) --w;
  return text_.substr(w, e - w);
}

// "Ground Zero", "Air Force One", "Catch Twenty": a number word written
// with a capital inside a name (after a capitalized word that does not
// start the sentence) is part of the name, not a quantity.
bool Scanner::InName(size_t start, const Parsed& r) const {
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

// True when the words from piece `k` on name a street: a street word
// after one to three plain words that count nothing ("zorro ranch road",
// "wilbraham road"), or "ave"/"rue" before a word ("ave foch").
bool Scanner::IsStreetAddress(size_t k) const {
  auto street = [](std::string_view w) {
    return InWordList(w, {"road", "rd", "rd.", "street", "st", "st.", "avenue", "ave", "ave.",
                          "boulevard", "blvd", "blvd.", "lane", "drive", "way", "court",
                          "terrace", "parkway"});
  };
  auto plain = [&](size_t j) {
    return j < p_.size() && p_[j].cls == kNone && !p_[j].joined &&
           toks_[p_[j].tok].Has(kTokWord) && !toks_[p_[j].tok].Has(kTokPunct);
  };
  if (plain(k) && plain(k + 1) && InWordList(Text(k), {"ave", "ave.", "rue", "avenue"}) &&
      !street(Text(k + 1)) && !IsCountedPlural(Text(k + 1))) {
    return true;
  }
  for (size_t j = k; j < k + 4 && plain(j); ++j) {
    if (j > k && street(Text(j))) return true;
    if (IsCountedPlural(Text(j))) return false;
  }
  return false;
}

// True when the plain three- or four-digit number at piece `start` is a
// clock time written "hhmm": before "local time" or a capitalized place
// and "time" ("1445 local time", "0530 Moscow time"), or before "hours"
// / "hrs" with a leading zero or after "at", "until", "by" ("0600 hrs",
// "at 2200 hours"; not "1400 hours of footage"). Sets *next past it.
bool Scanner::ClockTime(size_t start, const Parsed& r, size_t* next) const {
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

// True when the number at piece `start` is a day of a month ("Dec. 23",
// "23 December"); widens m's span and *next over the month.
bool Scanner::IsDate(size_t start, NumberMention& m, size_t& next) {
  if (m.value < 1 || m.value > 31 || m.value != std::floor(m.value)) return false;
  uint32_t t = p_[start].tok;
  if (t > tb_ && IsMonth(doc_.Slice(toks_[t - 1].span))) {
    m.span.begin = toks_[t - 1].span.begin;
    return true;
  }
  // Lower-cased copy ("due to take place on march 29.", "the week ending
  // march 19, the fewest"): "march" and "may", kept out of IsMonth as the
  // verbs, name the month before a day that ends the clause, a year or a
  // second day (a verb takes no bare day-sized number there).
  if (t > tb_ && InWordList(doc_.Slice(toks_[t - 1].span), {"march", "may"}) &&
      toks_[t - 1].Has(kTokLower) && p_[start].suffix.empty() && !p_[start].dot &&
      p_[start].tok == t &&
      (next >= p_.size() || toks_[p_[next].tok].Has(kTokPunct) ||
       (Is(next, kDigits) && p_[next].num.size() == 4 && !p_[next].commas) ||
       InWordList(Text(next), {"and", "to", "through", "or"}))) {
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
bool Scanner::GluedMonth(std::string_view w) {
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
bool Scanner::IsStopWordForDate(std::string_view w) {
  return InWordList(w, {"and", "or", "in", "at", "on", "for", "of", "with", "by", "from",
                        "when", "while", "as", "but", "that", "the", "a", "an", "this",
                        "last", "next", "before", "after", "to", "until"});
}

// "Apollo 11 landed", "Windows 10 arrives": at a sentence's start a
// capitalized word is a name before a number only when it is not one of
// the words that open a sentence with a count ("Nearly 40 died", "Some
// 11 remain", "Of 11 seats") and nothing counted follows ("Police 11
// officers" is not a name).
// The token opens its sentence, or follows a quote mark that does ("“Before
// 2003, the idea ...”": capitalized as the quote's first word, not as a name).
bool Scanner::OpensSentence(uint32_t tok) const {
  if (toks_[tok].Has(kTokSentStart)) return true;
  return tok > 0 && toks_[tok - 1].Has(kTokQuoteMark) && toks_[tok - 1].Has(kTokSentStart) &&
         toks_[tok - 1].span.end == toks_[tok].span.begin;
}

bool Scanner::IsSentenceStartName(size_t start, size_t next) const {
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
bool Scanner::IsAppositionAge(size_t start, const NumberMention& m, size_t next) const {
  if (m.value < 1 || m.value >= 120 || m.value != std::floor(m.value)) return false;
  if (start < 2 || !IsText(start - 1, ",") || next >= p_.size()) return false;
  // "said Hatem Moustafa, 22." ends its sentence.
  bool ends = IsText(next, ".") &&
              (next + 1 >= p_.size() || toks_[p_[next + 1].tok].Has(kTokSentStart) ||
               toks_[p_[next + 1].tok].Has(kTokParaStart));
  // "Ivanka, 34; Eric Trump, 32;": a list of people and their ages.
  if (!IsText(next, ",") && !IsText(next, ")") && !IsText(next, ";") && !ends) return false;
  const Token& name = toks_[p_[start - 2].tok];
  // "Curtis Lee White II, 19,": a generational suffix ends the name.
  std::string_view last = Text(start - 2);
  bool suffix = last == "II" || last == "III" || last == "IV";
  if (suffix) return start >= 3 && toks_[p_[start - 3].tok].Has(kTokCapitalized);
  // Lower-cased copy ("jamie armstrong, 25, said", "senard, 65, now
  // faces"): no capital marks the name, so the words after the age must
  // go on with the person's clause.
  if (name.Has(kTokLower) && name.Has(kTokWord) && IsText(next, ",") && next + 1 < p_.size() &&
      InWordList(Text(next + 1), {"said", "says", "told", "who", "now", "has", "had", "was",
                                  "is", "will", "added", "lives", "died"})) {
    return !IsMonth(Text(start - 2)) && !IsWeekday(Text(start - 2)) &&
           p_[start - 2].cls == kNone;
  }
  return name.Has(kTokCapitalized) && name.Has(kTokWord) && !name.Has(kTokAllCaps) &&
         !IsMonth(Text(start - 2)) && !IsWeekday(Text(start - 2));
}

// "He was 47.", "she is 29, and", "died on Wednesday at 88 in Princeton":
// an age said of a person, as obituaries and profiles write it.
bool Scanner::IsPredicateAge(size_t start, const NumberMention& m, size_t next) const {
  if (m.value < 1 || m.value >= 120 || m.value != std::floor(m.value) || !m.unit.empty() ||
      start < 2) {
    return false;
  }
  bool last = next >= p_.size() || IsText(next, ".") || IsText(next, ",") || IsText(next, ";");
  if (InWordList(Text(start - 1), {"was", "is"}) && InWordList(Text(start - 2), {"he", "she"})) {
    return last || InWordList(Text(next), {"when", "and"});
  }
  if (!InWordList(Text(start - 1), {"at"}) ||
      !(last || InWordList(Text(next), {"in", "at", "of", "after", "on", "from", "following",
                                        "when", "while"}))) {
    return false;
  }
  // "died at 88", "died Tuesday at 88", "died on Wednesday at 88".
  for (size_t b = start - 1; b > 0 && b + 4 > start; --b) {
    if (InWordList(Text(b - 1), {"died", "dies"})) return true;
  }
  return false;
}

NumberKind Scanner::Classify(size_t start, size_t k, NumberMention& m, const Parsed& r,
                             size_t& next) {
  if (r.words || r.scaled) return NumberKind::kCardinal;
  const Piece& q = p_[k];
  if (!Is(k, kDigits)) return NumberKind::kCardinal;
  if (IsDate(start, m, next)) return NumberKind::kDate;
  // "in '16", "since ’08": a year with its century left out; also before
  // the clause's punctuation ("in ’08 and ’12.", "in '16, he"; a closing
  // quote mark glued after, "‘12’", still quotes a number).
  if (start == k && start > 0 && p_[k].num.size() == 2 && p_[k].suffix.empty() &&
      Glued(k) && (IsText(k - 1, "'") || IsText(k - 1, "\xE2\x80\x99") ||
                   IsText(k - 1, "\xE2\x80\x98")) &&
      !(k >= 2 && Glued(k - 1)) &&
      !(next < p_.size() && Glued(next) &&
        !(IsText(next, ".") || IsText(next, ",") || IsText(next, ";") || IsText(next, ":") ||
          IsText(next, "?") || IsText(next, "!")))) {
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
  // digits). Seconds with a decimal part are a time too, as race results
  // write one: "a mark of 2:29.34", "1:54.342" (was the ratio 2/29.34).
  if (IsText(r.end, ":") && Glued(r.end) && Is(r.end + 1, kDigits) && Glued(r.end + 1) &&
      p_[r.end + 1].num.substr(0, p_[r.end + 1].num.find('.')).size() != 2 && !q.dot &&
      p_[r.end + 1].suffix.empty()) {
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
  // An age group's name: "an under-21 qualifier", "UNDER-21 QUALIFIER", "the
  // under-35 generation" (was 21 qualifiers).
  if (q.joined && start > 0 && !q.dot && q.num.size() <= 2 && InWordList(prev, {"under", "u"})) {
    return NumberKind::kOther;
  }
  // Identifiers: "Section 427", "page 3", "iPhone 11", "S&P 500".
  if (start > 0 && !q.commas && (IsIdentifierCue(prev) || IsNamedSeries(prev) ||
      IsNamedSeries(SpaceWordBefore(p_[start].span.begin)) ||
      (has_upper(prev) &&
       (!OpensSentence(p_[start - 1].tok) ||
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
  // Addresses in any case: "49 zorro ranch road", "575 wilbraham road",
  // "22 ave foch" (lower-cased copy has lost the capitals the rule above
  // reads): digits, up to three plain words and a street word, or a street
  // word and a name.
  if (!q.commas && !q.dot && q.suffix.empty() && m.unit.empty() && IsStreetAddress(next)) {
    return NumberKind::kOther;
  }
  // "Jamie Armstrong, 25, said": an age in apposition to a name.
  if (IsAppositionAge(start, m, next)) {
    m.unit = "year";
    return NumberKind::kAge;
  }
  // No unit is written, so none is given (the held-out labels give "died
  // at 88" none), but the kind keeps it apart from counts.
  if (IsPredicateAge(start, m, next)) return NumberKind::kAge;
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
    for (int quotes = 0; quotes < 2 && b > 0 && toks_[p_[b].tok].Has(kTokQuoteMark);
         ++quotes) {
      --b;
    }
    if (InWordList(Text(b), {"dial", "dials", "dialed", "dialled", "dialing", "dialling",
                             "press", "presses", "pressed", "pressing"}) &&
        !(next < p_.size() && IsCountedPlural(Text(next)))) {
      return NumberKind::kOther;
    }
  }
  // ZIP codes: "the 90049 ZIP Code", "zip code 10001", "ZIP 20500": five
  // digits beside the word name a place, not a quantity.
  if (!q.commas && !q.dot && q.num.size() == 5 && q.suffix.empty() &&
      ((next < p_.size() && InWordList(Text(next), {"zip", "zipcode", "zip-code", "postcode"})) ||
       InWordList(prev, {"zip", "zipcode", "postcode"}) ||
       (start >= 2 && EqualsLower(prev, "code") && EqualsLower(Text(start - 2), "zip")))) {
    return NumberKind::kOther;
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

}  // namespace newsie::numbers::internal
