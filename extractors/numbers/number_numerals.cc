// Scanner: reading numerals. Tokens become pieces (hyphenated words split),
// and cardinals in words, digits with their separators, exponents and
// groupings, and fractions in words and digits are read from them.

#include "extractors/numbers/number_internal.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/common/ascii_words.h"

namespace newsie::numbers::internal {

// ------------------------------------------------------------------ pieces

void Scanner::BuildPieces() {
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
        // "½ teaspoon", "5 ½ years": a unit of measure or time after the
        // fraction is its unit (MergeVulgarFractions hands it to "5"). A
        // glyph is a figure, as digits are, so a unit read only after
        // digits counts too ("½ bit", as "5 bit"; not "one bit").
        uint32_t next = 0;
        const UnitInfo* u = t + 1 < te_ ? units_.Match(doc_, t + 1, te_, true, &next) : nullptr;
        if (u && (u->kind == NumberKind::kMeasure || u->kind == NumberKind::kDuration) &&
            (u->position == UnitPosition::kSuffix || u->position == UnitPosition::kBoth ||
             u->position == UnitPosition::kMeasureSuffix ||
             u->position == UnitPosition::kDigitSuffix ||
             u->position == UnitPosition::kSingularSuffix)) {
          m.kind = u->kind;
          m.unit = u->canonical;
          m.span.end = toks_[next - 1].span.end;
        }
        out_.push_back(m);
      }
      p_.push_back(pc);
      continue;
    }
    if (tok.Has(kTokHyphenated) && SplitHyphenated(w, tok, &t)) continue;
    Lex lx = LookupWord(w);
    if (lx.cls == kNone && w.size() >= 2 && !IsDigit(w[0])) {
      // "PS2.7m", "US$": a letter prefix glued to digits.
      size_t d = 0;  // a prefix of at most 3 bytes: no need to look further
      while (d < w.size() && d <= 3 && !IsDigit(w[d])) ++d;
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
uint32_t Scanner::ExtendDigits(Piece* pc, uint32_t t) {
  pc->span.end = toks_[t].span.end;
  pc->tok = t;
  consumed_until_ = std::max(consumed_until_, pc->span.end);
  SplitNumeric(text_.substr(pc->span.begin, pc->span.end - pc->span.begin), pc);
  return t;
}

// Splits "twenty-six", "one-eighth", "minus-5", "SCP-173" into pieces.
// Returns false (leaving the token whole) for words that are not numerals.
bool Scanner::SplitHyphenated(std::string_view w, const Token& tok, uint32_t* last) {
  size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash == 0) return false;
  Lex first = LookupWord(w.substr(0, dash));
  bool numeral_first = first.cls == kUnitW || first.cls == kTeen || first.cls == kTens ||
                       first.cls == kHundred || first.cls == kScale ||
                       first.cls == kMinus || first.cls == kA || first.cls == kTo ||
                       EqualsLower(w, "half-dozen");  // not "half-time"
  bool digits_after = dash + 1 < w.size() && IsDigit(w[dash + 1]);
  // "400 mln-year-old", "1.8 bln-mile": a scale abbreviation after digits
  // is a scale word, hyphened as "million-year-old" is (not "K-pop",
  // "G-7": one letter is no such abbreviation here).
  double abbrev_scale = 0;
  if (!numeral_first && !digits_after && dash >= 2) {
    uint32_t ti = static_cast<uint32_t>(&tok - toks_.data());
    if (ti > 0 && toks_[ti - 1].Has(kTokNumber) && toks_[ti - 1].span.end < tok.span.begin) {
      abbrev_scale = ScaleWordAfterDigits(w.substr(0, dash));
    }
  }
  if (!numeral_first && !digits_after && abbrev_scale == 0) return false;
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
    if (firstp && abbrev_scale > 0) {
      pc.cls = kScale;
      pc.val = abbrev_scale;
    }
    p_.push_back(pc);
    firstp = false;
    pos = e + 1;
    if (e == w.size()) break;
  }
  return true;
}

// ------------------------------------------------------------------ cardinals

// Parses a cardinal in words (and digits combined with words: "2 million",
// "4 thousand 3 hundred and 21") from piece i. `init` is a value already
// read from digits at piece i-1 (then i is the piece after them).
bool Scanner::Cardinal(size_t i, Parsed* r, bool have_init, double init,
                       size_t limit) {
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
        cur = seg = 1;  // `last` becomes kUnitW below
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

// After a numeral ending at piece `e` (exclusive), a singular fraction
// must be followed by "of", punctuation, the end or a scale word, so "a
// sixth plane" stays an ordinal. `mixed`: the fraction follows a whole
// number and "and" ("three and a fifth miles", "3 and a third hours"),
// which no ordinal does, so a unit or a counted plural may follow too
// (not a singular noun: "two and a third party").
bool Scanner::FractionContextOk(size_t e, bool plural, double numerator, bool mixed) const {
  if (plural) return true;
  if (numerator != 1) return false;
  if (e >= p_.size()) return true;
  const Piece& q = p_[e];
  if (q.cls == kOf || q.cls == kScale || q.cls == kAnd) return true;
  if (mixed && q.cls == kNone && !q.joined &&
      (IsCountedPlural(Text(e)) || units_.Lookup(Text(e), true) != nullptr)) {
    return true;
  }
  // "one-quarter to one-third of", "a fifth or a sixth of": the low end
  // of a range of shares.
  if ((q.cls == kTo || q.cls == kOr) && (NumberStart(e + 1) || Is(e + 1, kA))) return true;
  // "a third less than", "one-fifth smaller": a share before a comparative
  // measures the difference (was the ordinal 3).
  if (q.cls == kNone && !q.joined &&
      InWordList(Text(e), {"less", "more", "fewer", "lower", "higher", "smaller", "larger",
                           "bigger", "greater", "cheaper"})) {
    return true;
  }
  // "a third agreed", "a fifth said", "a quarter were unsure": a share of
  // people as the subject of a verb of saying or opinion, or of a plural
  // verb, as "a third of voters agreed" is (was the ordinal 3; "a third
  // party" and "two died and a third was hurt", a singular verb, stay
  // ordinals).
  if (q.cls == kNone && !q.joined &&
      InWordList(Text(e), {"said", "say", "says", "agreed", "agree", "agrees", "disagreed",
                           "disagree", "believe", "believed", "believes", "think", "thought",
                           "thinks", "want", "wanted", "wants", "support", "supported",
                           "supports", "oppose", "opposed", "opposes", "favor", "favored",
                           "favour", "favoured", "backed", "back", "approve", "approved",
                           "disapprove", "disapproved", "prefer", "preferred", "voted",
                           "expect", "expected", "feel", "felt", "were", "are", "have"})) {
    return true;
  }
  return toks_[q.tok].Has(kTokPunct);
}

// Tries a word fraction at piece i: "two thirds", "a fifth", "one hundred
// thirty fifths", "three and a fifth", "half", "a quarter". On success
// fills r (value, end) and returns true.
bool Scanner::WordFraction(size_t i, Parsed* r, bool mixed) {
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
  // "have risen by a third since 2020", "fell by a fifth in a year": a
  // share after "by" and a verb of change measures the change, whatever
  // follows it (was the ordinal 3 unless punctuation followed; "came by a
  // third route" has no verb of change).
  bool by_change = i >= 2 && IsText(i - 1, "by") && IsDirectionWord(Text(i - 2));
  if (!by_change && !FractionContextOk(e, plural, numer, mixed || and_split)) return false;
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
bool Scanner::HalfQuarter(size_t i, Parsed* r) {
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
void Scanner::ScaleAfterFraction(Parsed* r) {
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
void Scanner::AndFraction(Parsed* r) {
  size_t k = r->end;
  if (!Is(k, kAnd)) return;
  Parsed f;
  f.end = k + 1;
  bool word = WordFraction(k + 1, &f, /*mixed=*/true);
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

// ------------------------------------------------------------------ digits

// Reads the number starting at digits piece i: separators, a comma or
// space-grouped chain, exponents, "^", fractions "3/4" and mixed "2 1/4".
// Returns false for shapes handled elsewhere.
bool Scanner::Digits(size_t i, Parsed* r, bool* done_list) {
  const Piece& q = p_[i];
  double v;
  *done_list = false;
  // Every way out names the piece whose glued suffix the caller reads
  // ("-1" of "2-1", "bn" of "1.2bn"), or none: a value left from the
  // number before ("2-1 1,0") had the caller read another number's suffix
  // and emit a span ending before it begins.
  suffix_piece_ = std::string::npos;
  if (!NumericValue(q.num, &v)) {
    // "192.168.1.2": each group is a number.
    size_t pos = 0;
    std::string_view num = q.num;
    while (pos < num.size()) {
      size_t e = num.find_first_of(".,", pos);
      if (e == std::string_view::npos) e = num.size();
      NumberMention m;
      m.span = {q.span.begin + uint32_t(pos), q.span.begin + uint32_t(e)};
      m.value = m.low = m.high =
          std::strtod(std::string(num.substr(pos, e - pos)).c_str(), nullptr);
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
      suffix_piece_ = groups[1];  // "1,5 million" reads the word after it
      return true;
    }
    // Indian grouping: d{1,2}(,dd)*,ddd(.d+)? ; the tokenizer keeps a
    // trailing ",ddd" inside the last group.
    std::string joined;
    // Appended piecewise: `"," + std::string(...)` here draws a false
    // -Wrestrict from g++ 12 once this is its own translation unit.
    for (size_t g : groups) {
      if (!joined.empty()) joined += ',';
      joined.append(p_[g].num);
    }
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
      suffix_piece_ = groups.back();
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
    // "DI 96/04", "C 251/07", "IP/96/805": a denominator written with a
    // leading zero, or of three digits or more (not a power of ten) under
    // a numerator of two or more, numbers a document or a month, no
    // fraction (was 24, 35.86, 0.119).
    std::string_view dn = p_[e + 1].num;
    if ((dn.size() >= 2 && dn[0] == '0') ||
        (dn.size() >= 3 && v >= 10 && den != 100 && den != 1000)) {
      return false;
    }
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
    if (GluedMixedNumber(i, e, v, den, r)) return true;
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

// "served 41/2 years", "71/3 inches of rain": a mixed number whose space
// was lost in typesetting ("4½" set as "4" and "1/2"): a whole number glued
// to the numerator of a fraction a glyph writes (1/2, 1/3, 2/3, 1/4, 3/4 and
// the odd eighths), before a unit of measure or time. News writes an
// improper fraction of a unit as a decimal ("5.5 years"); betting odds
// ("an 11/2 shot") and dates in shipping lists ("31/8") take no unit and
// stay as they are. Piece i is the numerator, e the slash; sets *r.
bool Scanner::GluedMixedNumber(size_t i, size_t e, double v, double den, Parsed* r) {
  std::string_view num = p_[i].num;
  if (num.size() < 2 || !std::all_of(num.begin(), num.end(), IsDigit) ||
      !(den == 2 || den == 3 || den == 4 || den == 8)) {
    return false;
  }
  int d = num.back() - '0';
  bool glyph = den == 3 ? (d == 1 || d == 2) : (d % 2 == 1 && d < den);
  size_t n = e + 2;
  if (!glyph || n >= p_.size() || Glued(n) || p_[n].joined ||
      p_[n].span.begin != toks_[p_[n].tok].span.begin) {
    return false;
  }
  uint32_t after;
  const UnitInfo* u = units_.Match(doc_, p_[n].tok, te_, true, &after);
  if (!u || (u->kind != NumberKind::kMeasure && u->kind != NumberKind::kDuration)) return false;
  r->value = std::floor(v / 10) + d / den;
  r->end = e + 2;
  suffix_piece_ = std::string::npos;
  return true;
}

void Scanner::OverFraction(Parsed* r) {
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

}  // namespace newsie::numbers::internal
