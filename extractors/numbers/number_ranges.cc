// Scanner: two numbers read as one mention (digit pairs such as "5-10",
// "2-0" or "202-555-0100", and ranges "5 to 10", "between 200 and 300"),
// and the document-level merges of adjacent mentions (shared units, feet
// and inches, vulgar fractions).

#include "extractors/numbers/number_internal.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extractors/common/ascii_words.h"

namespace newsie::numbers::internal {

// "2-0" (a score), "5-10W" (a range), "555-0100" (a phone number).
// `prefix`: a currency symbol read before the digits ("$5-10 million").
// `skip`: the bytes between the two numbers ("-", or "-to-").
size_t Scanner::DigitPair(uint32_t begin, NumberMention& m, size_t sp, const UnitInfo* prefix,
                          size_t skip) {
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
  } else if (q.num.size() >= 3 && second.num.size() >= 4 && !q.commas && !second.commas &&
             !q.dot && !second.dot) {
    // Not two decimals: "1.20-1.70 inches" is a range (was a phone).
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
    if (!u) u = LowerWattSuffix(second.suffix);  // "a 5-10w laser"
    if (u) {
      m.unit = u->canonical;
      m.kind = u->kind;
      m.currency = u->currency;
    }
    m.is_range = true;
    m.high = hi;
  } else if (contest == 0 && hi > m.value && (m.value >= 1 || q.dot || second.dot ||
                                                m.value == 0) &&
             hi - m.value < 1000 && next < p_.size() && !p_[next].joined) {
    // A decimal end may start below one: "0.25-0.5 percent", "0.20-0.70
    // inch", "0-0.25 percent" (were nothing at all). An integer end may be
    // zero only before a unit: "0-60 mph", "0-100 km/h", as "0 to 80km/h"
    // already was (a bare "0-3" stays no quantity).
    bool zero_low = m.value == 0 && !q.dot && !second.dot;
    uint32_t after;
    const UnitInfo* u = units_.Match(doc_, p_[next].tok, te_, true, &after);
    if (zero_low && !u && !IsText(next, "percent") && !IsText(next, "%")) {
      m.kind = NumberKind::kOther;
    } else if (u) {
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
double Scanner::PairScale(const Piece& second, const UnitInfo* prefix, size_t* next,
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
  // Wire copy's abbreviations as a word: "33-35 bln euros", "5-10 mln".
  if (k < p_.size() && !p_[k].joined && p_[k].cls == kNone) {
    std::string_view w = Text(k);
    if (w.size() >= 2 && w != "G" && w != "B" && w != "M" && w != "MM") {
      if (double s = ScaleWordAfterDigits(w); s >= 1e6) {
        *end = p_[k].span.end;
        *next = k + 1;
        return s;
      }
    }
  }
  return 0;
}

// Reads a second number at piece k for a range; returns its mention
// (value, unit) through a scratch scanner run. Simple forms only.
bool Scanner::RangeEnd(size_t k, NumberMention* hi, size_t* next) {
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

size_t Scanner::TryNumberNoRange(size_t k) {
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
int Scanner::ContestCue(size_t start) const {
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

size_t Scanner::TryRange(size_t start, NumberMention& m, size_t next, bool own_unit,
                         bool scaled) {
  if (no_range_ || next >= p_.size()) return next;
  size_t k = next;
  bool between = (start > 0 && Is(start - 1, kBetween)) ||
                 (start > 1 && Is(start - 2, kBetween) && Is(start - 1, kNone) &&
                  units_.Lookup(Text(start - 1), false));
  bool conn = (between && Is(k, kAnd)) || Is(k, kTo) || Is(k, kDash) || Is(k, kOr) ||
              IsText(k, "\xE2\x80\x94");
  if (!conn) return next;
  // "nearly four in 10 — 38 percent — said": an em dash with a space on
  // either side sets off a clause; only one glued to both numbers
  // ("1990—1995") joins them.
  if (IsText(k, "\xE2\x80\x94") && !(Glued(k) && Glued(k + 1))) return next;
  bool dash = !Is(k, kTo) && !Is(k, kOr) && !Is(k, kAnd);
  // A dash glued to both numbers ("25-40min") connects them as a spaced one
  // does.
  NumberMention hi;
  size_t e;
  if (!RangeEnd(k + 1, &hi, &e)) return next;
  // "four- five- and six-cylinder": hyphens glued to each number and set
  // off after it suspend a list (ShareSuspendedUnits), written without its
  // commas; no range.
  if (dash && Glued(k) && !Glued(k + 1) && Is(e, kDash) && Glued(e) && !Glued(e + 1)) {
    return next;
  }
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
  // "a 52–48 edge", "leads 48 - 45", "trails Clinton 40–45": a score or a
  // poll pair written with an en dash or a spaced dash is the pair its
  // hyphenated form "52-48" gives (DigitPair), not two counts ("48 edge"),
  // a range or a negative second number ("48 -45"). A spaced dash may also
  // set off a clause ("killed 12 - 3 of them children"): only after a word
  // of standing or result; an em dash always sets one off.
  const bool glued_dash = Glued(k) && Glued(k + 1);
  int cue = -1;  // ContestCue(start), read once when needed
  auto contest = [&] { return cue < 0 ? (cue = ContestCue(start)) : cue; };
  if (dash && !between && !IsText(k, "\xE2\x80\x94") && m.unit.empty() && hi.unit.empty() &&
      m.kind == NumberKind::kCardinal && hi.kind == NumberKind::kCardinal && m.value >= 0 &&
      m.value < 1000 && hi.value >= 0 && hi.value < 1000 && m.value == std::floor(m.value) &&
      hi.value == std::floor(hi.value) && !(m.value == 24 && hi.value == 7) &&
      (glued_dash || contest() > 0) &&
      (hi.value <= m.value ||
       (contest() == 2 && !(e < p_.size() && !p_[e].joined &&
                            (IsCountedPlural(Text(e)) || Is(e, kScale)))))) {
    m.is_range = true;
    m.low = m.value;
    m.high = hi.value;
    m.span.end = hi.span.end;
    return e;
  }
  // "leads 48–45 percent": a poll result whose percent sign is written
  // once, as "48-45 percent" (DigitPair) and "45 to 40 percent" (below).
  if (dash && !between && !IsText(k, "\xE2\x80\x94") && (glued_dash || contest() > 0) &&
      m.unit.empty() && m.kind == NumberKind::kCardinal && hi.kind == NumberKind::kPercent &&
      hi.value < m.value && m.value <= 100) {
    m.kind = NumberKind::kPercent;
    m.unit = hi.unit;
    return next;
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
    contest();
    bool both_units = own_unit && hi.unit == m.unit;
    bool bare = !own_unit && m.unit.empty() && hi.unit.empty() &&
                m.kind == NumberKind::kCardinal && hi.kind == NumberKind::kCardinal;
    if ((both_units && cue > 0) || (bare && cue == 2 && Is(k, kTo))) return next;
    if (cue == 2 && (Is(k, kTo) || dash) && m.unit.empty() && m.kind == NumberKind::kCardinal &&
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
    // "from $362 million in 2014 to $557 million", "net profit for 1996
    // to 46 billion": a year after a preposition of time or "of"/"for",
    // then a scaled amount, is the year and the next figure, no range.
    if (Is(k, kTo) && m.unit.empty() && m.value >= 1900 && m.value <= 2100 &&
        hi.value >= 1000 * m.value &&
        InWordList(p1, {"in", "of", "for", "since", "during", "until", "through"})) {
      std::string_view mt = doc_.Slice(m.span);
      if (mt.size() == 4 && std::all_of(mt.begin(), mt.end(), IsDigit)) return next;
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
    // "two or three", "25 or 30 percent": small alternatives make a range;
    // a scale word on the high end applies to both, as after "to" ("seven
    // or eight thousand votes" = 7,000-8,000, was 7 and 8,000).
    if (Is(k, kOr)) {
      double base = hi.value;
      if (!scaled) {
        std::string_view ht = text_.substr(hi.span.begin, hi.span.end - hi.span.begin);
        for (auto [w, sc] : {std::pair<std::string_view, double>{" thousand", 1e3},
                             {" million", 1e6}, {" billion", 1e9}, {" trillion", 1e12}}) {
          size_t at = ht.find(w);
          if (at != std::string_view::npos &&
              (at + w.size() == ht.size() || ht[at + w.size()] == ' ') && hi.value >= sc) {
            base = hi.value / sc;
            break;
          }
        }
      }
      if (!(base > m.value && base < 100)) return next;
    }
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
                         {"bn", 1e9}, {"m", 1e6},
                         // Wire copy's abbreviations: "$89 to $93 bln".
                         {"bln", 1e9}, {"mln", 1e6}, {"mn", 1e6}, {"tn", 1e12},
                         {"tln", 1e12}}) {
      if (ht.size() > w.size() && ht.substr(ht.size() - w.size()) == w &&
          hi.value >= sc * m.value) {
        m.value *= sc;
        break;
      }
    }
    // Units after the scale word ("2 million euros") end the span.
    if (m.value < 1000 && !hi.unit.empty()) {
      for (auto [w, sc] : {std::pair<std::string_view, double>{" thousand ", 1e3},
                           {" million ", 1e6}, {" billion ", 1e9}, {" mln ", 1e6},
                           {" mn ", 1e6}, {" bln ", 1e9}, {" bn ", 1e9}}) {
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

// ------------------------------------------------------------------ merges

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

// "the 50 and 100 metres freestyle", "rose 3 and 4 percent", "happened 20
// and 50 years ago": a bare number joined by "and" or "or" to one written
// with a measure, percent or duration unit shares it (money is left alone: "2 and 3 million euros" would need the
// scale too). A plain number read as an identifier after a capitalized word
// ("the Olympic 50 and 100 metres") is a quantity then.
void ShareListUnits(std::string_view text, std::vector<NumberMention>& out) {
  for (size_t i = out.size(); i-- > 1;) {
    NumberMention& a = out[i - 1];
    const NumberMention& b = out[i];
    if (b.unit.empty() || b.is_range || a.is_range || !a.unit.empty() ||
        (b.kind != NumberKind::kMeasure && b.kind != NumberKind::kPercent &&
         b.kind != NumberKind::kDuration) ||
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

namespace {

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

}  // namespace

// "1½ days", "2 ¾ miles": a whole number and a vulgar fraction are one
// number (the fraction is read on its own while the pieces are built, with
// the unit after it).
void MergeVulgarFractions(std::string_view text, std::vector<NumberMention>& out) {
  FoldIntoPrevious(out, [text](NumberMention& a, const NumberMention& b) {
    uint32_t gap = b.span.begin >= a.span.end ? b.span.begin - a.span.end : 99;
    // The glyph opens b's span: two bytes (U+00BC-U+00BE) or three.
    std::string_view bt = text.substr(b.span.begin, b.span.end - b.span.begin);
    bool glyph = VulgarFraction(bt.substr(0, 2)) > 0 || VulgarFraction(bt.substr(0, 3)) > 0;
    bool fraction = b.kind == NumberKind::kFraction || !b.unit.empty();
    if (a.kind == NumberKind::kCardinal && !a.is_range && a.unit.empty() &&
        a.value == std::floor(a.value) && a.value >= 0 && fraction && glyph &&
        (gap == 0 || (gap == 1 && text[a.span.end] == ' '))) {
      a.value = a.low = a.high = a.value + b.value;
      a.span.end = b.span.end;
      if (!b.unit.empty()) {
        a.unit = b.unit;
        a.kind = b.kind;
      }
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

// "3 dollars 50 cents", "thirteen dollars and forty-five cents", "2 pounds
// 50 pence": a whole amount and its subunit are one amount (3.50 dollars),
// as "5 feet 2 inches" is one length.
void MergeAmountAndSubunit(std::string_view text, std::vector<NumberMention>& out) {
  FoldIntoPrevious(out, [text](NumberMention& a, const NumberMention& b) {
    if (a.kind != NumberKind::kMoney || b.kind != NumberKind::kMoney || a.is_range ||
        b.is_range || b.span.begin < a.span.end || a.value != std::floor(a.value) ||
        b.value != std::floor(b.value) || b.value < 1 || b.value >= 100) {
      return false;
    }
    std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
    if (gap != " " && gap != " and ") return false;
    bool cent = b.unit == "cent" && (a.unit.ends_with("dollar") || a.unit == "euro");
    bool penny = b.unit == "penny" && a.currency == "GBP" && a.unit != "penny";
    if (!cent && !penny) return false;
    a.value = a.low = a.high = a.value + b.value / 100;
    a.span.end = b.span.end;
    return true;
  });
}

// "https://www.test.com/search?q=30%25%2020%", "www.site.com/2019/05/",
// "WWW.SITE.COM/2019": the digits of a web address are no quantities
// (percent-escapes read as percentages, path parts as counts and years). A
// web address runs from its scheme's letters before "://", or from a "www."
// in any case that opens a word, to the next white space.
void DropNumbersInWebAddresses(std::string_view text, std::vector<NumberMention>& out) {
  if (out.empty()) return;
  std::vector<std::pair<size_t, size_t>> spans;
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  auto to_space = [&](size_t e) {
    while (e < text.size() && !space(text[e])) ++e;
    return e;
  };
  for (size_t at = text.find("://"); at != std::string_view::npos;
       at = text.find("://", at + 3)) {
    // The scheme's letters only: "September 30th.https://t.co/x" keeps
    // its date.
    size_t b = at;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
    spans.emplace_back(b, to_space(at + 3));
  }
  for (size_t dot = text.find('.', 3); dot != std::string_view::npos;
       dot = text.find('.', dot + 1)) {
    size_t at = dot - 3;
    if (!std::all_of(text.begin() + at, text.begin() + dot,
                     [](char c) { return c == 'w' || c == 'W'; })) {
      continue;
    }
    // "www." opens its word, or follows one bracket or quote mark
    // ("(www."); inside a word it is left alone (after a scheme, the
    // "://" span covers it).
    if (at > 0 && !space(text[at - 1]) &&
        (at == 1 || !space(text[at - 2]) ||
         std::isalnum(static_cast<unsigned char>(text[at - 1])))) {
      continue;
    }
    spans.emplace_back(at, to_space(dot + 1));
  }
  if (spans.empty()) return;
  std::erase_if(out, [&](const NumberMention& m) {
    return std::any_of(spans.begin(), spans.end(), [&](const auto& sp) {
      return m.span.begin >= sp.first && m.span.end <= sp.second;
    });
  });
}

}  // namespace newsie::numbers::internal
