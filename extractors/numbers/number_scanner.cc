// Scanner's driver: splitting a sentence into pieces and trying a number
// at each one, and the emitting of ordinals, vague plurals and dates.

#include "extractors/numbers/number_internal.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/common/ascii_words.h"

namespace newsie::numbers::internal {

void Scanner::Sentence(const newsie::Sentence& s) {
  tb_ = s.token_begin;
  te_ = s.token_end;
  BuildPieces();
  size_t i = 0;
  while (i < p_.size()) {
    // Most pieces: answered without TryNumber's call and frame.
    size_t next = StartsNoNumber(i) ? i + 1 : TryNumber(i);
    i = next > i ? next : i + 1;
  }
}

// "a couple of hundred" (200), "a couple thousand" (2,000), "a couple of
// days" (2): emits it and returns the piece after it; 0 when piece i does
// not start one.
size_t Scanner::TryCouple(size_t i) {
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
size_t Scanner::TryNumber(size_t i) {
  if (StartsNoNumber(i)) return i + 1;
  if (size_t e = TryCouple(i)) return e;
  const Piece& q = p_[i];
  // The second half of a pairing, "one-on-one", "two-for-one": the first
  // half already made the whole word a pairing.
  if (q.joined && i >= 2 && p_[i - 1].joined &&
      InWordList(Text(i - 1), {"on", "for", "v", "vs"})) {
    return i + 1;
  }
  // "+44 171 542 7658", "+301 3311812-4": an international phone number,
  // a country code glued to "+" and spaced groups of digits, as wire
  // bylines write them (was the count 44171542, read as a rise).
  // "+225 21 90 90", "+31 20 504 5000": a two- or three-digit country code
  // before groups of two digits or more, six digits in all.
  if (q.cls == kDigits && i > 0 && IsText(i - 1, "+") && Glued(i) && !Glued(i - 1) &&
      q.suffix.empty() && !q.commas && !q.dot && q.num.size() <= 4 && Is(i + 1, kDigits) &&
      !Glued(i + 1) &&
      (p_[i + 1].num.size() >= 3 || (q.num.size() >= 2 && SpacedDigitGroups(i + 1) >= 6))) {
    size_t e = i + 1;
    while (Is(e, kDigits) && !Glued(e) && !p_[e].commas && !p_[e].dot &&
           p_[e].num.size() >= 2 &&
           (p_[e].suffix.empty() ||
            (p_[e].suffix.size() >= 2 && p_[e].suffix[0] == '-' &&
             std::all_of(p_[e].suffix.begin() + 1, p_[e].suffix.end(), IsDigit)))) {
      ++e;
    }
    if (e > i + 1) {
      double v = 0;
      NumericValue(q.num, &v);
      Emit(i - 1, e, v, NumberKind::kPhone);
      return e;
    }
  }
  bool negative = false;
  size_t start = i;  // first piece of the mention (sign included)
  size_t k = i;
  // Signs: "minus five", "negative one", "-1", "- 1 4/5", "minus-5".
  // "a negative one", "the negative ones": an adjective before the
  // pronoun "one", not a sign ("a net negative 6 points" keeps it).
  bool pronoun = q.cls == kMinus && i >= 1 && EqualsLower(Text(i), "negative") &&
                 i + 1 < p_.size() &&
                 (EqualsLower(Text(i + 1), "one") || EqualsLower(Text(i + 1), "ones")) &&
                 (EqualsLower(Text(i - 1), "a") || EqualsLower(Text(i - 1), "the"));
  if (pronoun) return i + 1;
  // "plus or minus 3 points": a margin, not a negative number (tested
  // only for a sign: TryNumber runs on every piece).
  if (q.cls == kMinus &&
      !(i >= 2 && EqualsLower(Text(i - 1), "or") && EqualsLower(Text(i - 2), "plus")) &&
      (NumberStart(i + 1) || Is(i + 1, kDigits))) {
    negative = true;
    k = i + 1;
  } else if (q.cls == kDash && Is(i + 1, kDigits)) {
    bool at_start = q.tok == tb_;
    bool spaced_before = i == 0 || !Glued(i);
    std::string_view prev = i > 0 ? Text(i - 1) : std::string_view();
    // "$-5", "£-50.8bn", "€-3m": a sign after any currency symbol.
    const UnitInfo* cur = spaced_before || prev == "(" ? nullptr : units_.Lookup(prev, false);
    if ((Glued(i + 1) && (spaced_before || prev == "(" ||
                          (cur && cur->kind == NumberKind::kMoney))) ||
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
                 units_.Lookup(pre, false) == nullptr && !LowerPoundsPrefix(pre, p_[k]) &&
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
      // Not a letter that starts a word or a model name: "3 M4 rifles", "a
      // .223 M4 carbine" (was 3 million).
      if (c.end == r.end && r.end < p_.size() && !Glued(r.end) &&
          !(Glued(r.end + 1) && IsAlnumStart(Text(r.end + 1)))) {
        double s = ScaleWordAfterDigits(Text(r.end));
        // "$2 mil", "3 mil dollars": "mil" beside money is a million (the
        // news clipping of it); elsewhere it is a thousandth of an inch ("a
        // 10 mil plastic sheet") and stays no scale.
        if (s == 0 && EqualsLower(Text(r.end), "mil")) {
          const UnitInfo* before =
              k > 0 && Glued(k) ? units_.Lookup(Text(k - 1), false) : nullptr;
          const UnitInfo* after =
              r.end + 1 < p_.size() ? units_.Lookup(Text(r.end + 1), true) : nullptr;
          if ((before && before->kind == NumberKind::kMoney) ||
              (after && after->kind == NumberKind::kMoney)) {
            s = 1e6;
          }
        }
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
      // "that one mile", "the one dollar": before a unit of measure or
      // money, "one" counts it (not "the one day", a time).
      const UnitInfo* unit_after =
          Is(k + 1, kNone) ? units_.Lookup(Text(k + 1), true) : nullptr;
      share = share || (unit_after && (unit_after->kind == NumberKind::kMeasure ||
                                       unit_after->kind == NumberKind::kMoney ||
                                       unit_after->kind == NumberKind::kPercent));
      if ((!share &&
           InWordList(prev, {"the", "this", "that", "which", "each", "every", "any", "no",
                             "another", "someone", "anyone", "everyone", "little",
                             "last", "first", "next", "other", "such", "a", "same"})) ||
          only_pronoun ||
          (Is(k + 1, kNone) && InWordList(Text(k + 1), {"another", "anothers"}))) {
        return k + 1;
      }
    }
    // "one hundred twenty-fifth", "one hundred twenty fifth": hundreds and
    // tens before a units ordinal make one ordinal (125th). Not a
    // hyphenated compound ("first-round"), nor "second" unjoined ("a
    // hundred twenty second" may be seconds).
    if (!negative && r.value >= 100 && r.end > k && p_[r.end - 1].cls == kTens &&
        Is(r.end, kOrd) && !p_[r.end].plural && p_[r.end].val <= 9 &&
        !(r.end + 1 < p_.size() && p_[r.end + 1].joined) &&
        (p_[r.end].joined || !EqualsLower(Text(r.end), "second"))) {
      Emit(start, r.end + 1, r.value + p_[r.end].val, NumberKind::kOrdinal);
      return r.end + 1;
    }
    // "She finished two hundredth", "its two millionth visitor", "the three
    // thousandth game": a count of a scale ordinal is one ordinal (200th),
    // as Recognizers' OrdinalModel spec reads "two hundredth". Not a share:
    // "two hundredths" (plural), "one thousandth" and "a hundredth" (one
    // part), "five millionth of a second" (its of-phrase). Bare, with no
    // word around that marks an ordinal, the NumberModel spec reads " two
    // millionth" as the cardinal 2, and that reading stays.
    if (!negative && r.value >= 2 && r.value < 1000 && r.end > k && Is(r.end, kOrd) &&
        !p_[r.end].plural && !p_[r.end].joined && p_[r.end].val >= 100 &&
        !(r.end + 1 < p_.size() && p_[r.end + 1].joined) && !Is(r.end + 1, kOf) &&
        OrdinalContext(start, r.end + 1)) {
      Emit(start, r.end + 1, r.value * p_[r.end].val, NumberKind::kOrdinal);
      return r.end + 1;
    }
    // Otherwise a cardinal followed by an unjoined ordinal ("twenty first")
    // is read as the cardinal alone; the ordinal piece stays separate.
  } else if (Is(k, kOrd) || (Is(k, kTens) && Is(k + 1, kOrd))) {
    if (SecondOfTime(k)) return k + 1;
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

// "a hundredth of a second", "for a second, nothing", "a split second
// later", "10 metres per second": the unit of time after "per", "split" or
// a preposition and an article, with no noun after it for an ordinal to
// rank ("for a second time", "in a second round", "a second, larger quake"
// and "She finished second!" stay ordinals).
bool Scanner::SecondOfTime(size_t k) const {
  if (!EqualsLower(Text(k), "second") || p_[k].joined ||
      (k + 1 < p_.size() && p_[k + 1].joined)) {
    return false;
  }
  if (!InWordList(PrevWord(k), {"per", "split"}) &&
      !(InWordList(PrevWord(k), {"a", "each", "every"}) &&
        InWordList(PrevWord(k, 2), {"of", "for", "in", "within", "than", "after", "under",
                                    "about", "just", "only"}))) {
    return false;
  }
  static const std::initializer_list<std::string_view> kAfterTime = {
      "and", "or", "but", "of", "to", "in", "on", "at", "for", "before",
      "after", "later", "earlier", "longer", "ago", "too", "so",
      "when", "while", "as", "then", "than"};
  uint32_t t = p_[k].tok + 1;
  // After a comma, a comparative ("after a second, larger quake", "a
  // second, more detailed report") makes it the ordinal before its noun;
  // anything else ("for a second, then", "of a second, officials said")
  // leaves the time.
  if (t + 1 < te_ && doc_.Slice(toks_[t].span) == "," && toks_[t + 1].Has(kTokWord)) {
    std::string_view w = doc_.Slice(toks_[t + 1].span);
    bool comparative =
        InWordList(w, {"more", "less", "much", "even"}) ||
        (w.size() > 4 && toks_[t + 1].Has(kTokLower) &&
         (w.ends_with("er") || w.ends_with("est")) && !InWordList(w, kAfterTime) &&
         !InWordList(w, {"however", "never", "either", "rather", "whether", "together", "other",
                         "under", "over", "whatever", "whenever", "wherever", "forever"}));
    return !comparative;
  }
  if (t >= te_ || !toks_[t].Has(kTokWord)) return true;
  return InWordList(doc_.Slice(toks_[t].span), kAfterTime);
}

// Whether the words around pieces [b, e) mark an ordinal: a determiner or
// possessive before it ("the", "its", "Smith's"), a verb of placing before
// it ("finished", "ranked", "came"), or a word after it ("anniversary",
// "in the race"; "of" makes a share, which the caller excludes).
bool Scanner::OrdinalContext(size_t b, size_t e) const {
  if (InWordList(PrevWord(b), {"the", "its", "his", "her", "their", "our", "my", "your",
                               "this", "that", "each", "every", "finished", "finish",
                               "finishes", "finishing", "placed", "place", "places", "ranked",
                               "rank", "ranks", "came", "come", "comes", "ended", "ends"}) ||
      (p_[b].tok > tb_ && toks_[p_[b].tok - 1].Has(kTokPossessive))) {
    return true;
  }
  return e < p_.size() && !Glued(e) && toks_[p_[e].tok].Has(kTokWord);
}

void Scanner::Emit(size_t b, size_t e, double v, NumberKind kind) {
  NumberMention m;
  m.span = {p_[b].span.begin, p_[e - 1].span.end};
  m.value = m.low = m.high = v;
  m.kind = kind;
  out_.push_back(std::move(m));
}

size_t Scanner::EmitOrdinal(size_t k) {
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
size_t Scanner::EmitVague(size_t k) {
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
  // "millions of dollars", "hundreds of miles": money or a measure in the
  // unit after "of", as "5 dollars" and "84 tons" are; not "dozens of
  // times", a count of occasions.
  if (k + 2 < p_.size() && Is(k + 1, kOf)) {
    const UnitInfo* u = units_.Lookup(Text(k + 2), true);
    if (u && (u->kind == NumberKind::kMoney || u->kind == NumberKind::kMeasure) &&
        u->canonical != "count") {
      m.kind = u->kind;
      m.unit = u->canonical;
      m.currency = u->currency;
      m.span.end = p_[k + 2].span.end;
      out_.push_back(m);
      return k + 3;
    }
  }
  out_.push_back(m);
  return k + 1;
}

// "5/17/2018": a date.
size_t Scanner::EmitDateLike(size_t k) {
  size_t e = k + 1;
  while (IsText(e, "/") && Glued(e) && Is(e + 1, kDigits) && Glued(e + 1)) e += 2;
  double v = 0;
  NumericValue(p_[k].num, &v);
  Emit(k, e, v, NumberKind::kDate);
  return e;
}

}  // namespace newsie::numbers::internal
