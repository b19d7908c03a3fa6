// Scanner: finishing a number read from pieces. Attaches a currency written
// before it and a scale, suffix or unit after it, then hands it to the range
// and kind readers.

#include "extractors/numbers/number_internal.h"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <cmath>
#include <string>
#include <string_view>

#include "extractors/common/ascii_words.h"

namespace newsie::numbers::internal {

namespace {

// The inches of "foot-3", "feet-10" (the rest of "5-foot-3"): 0 to 11, or
// -1 for any other word.
double HeightInches(std::string_view rest) {
  size_t dash = rest.find('-');
  if (dash == std::string_view::npos || !InWordList(rest.substr(0, dash), {"foot", "feet"})) {
    return -1;
  }
  std::string_view in = rest.substr(dash + 1);
  if (in.empty() || in.size() > 2 ||
      !std::all_of(in.begin(), in.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return -1;
  }
  int v = in.size() == 1 ? in[0] - '0' : (in[0] - '0') * 10 + (in[1] - '0');
  return v < 12 ? v : -1;
}

}  // namespace

// "mile-long", "foot-tall", "metre-wide": a unit and the dimension it
// measures, written as one adjective after a number; "cent-a-share",
// "mile-an-hour": a unit and what it is per. The unit, or null.
const UnitInfo* Scanner::DimensionUnit(std::string_view rest) const {
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

// "It costs 1,800 pounds", "fined 2,000 pounds", "earns 30,000 pounds a
// year": a word of price or payment within eight words before the token
// `tok` in its clause, so "pounds" without a scale word is money, not the
// weight it is after "weighs" or "lost" ("paid for 5 pounds of beef" is
// left to the caller's "of").
bool Scanner::PriceBefore(uint32_t tok) const {
  for (uint32_t j = tok, n = 0; j > tb_ && n < 8; ++n) {
    --j;
    std::string_view w = doc_.Slice(toks_[j].span);
    if (w == ";" || w == ":" || w == "(" || w == ")") return false;
    if (InWordList(w, {"cost", "costs", "costing", "paid", "pay", "pays", "paying", "fined",
                       "fine", "fines", "spent", "spend", "spends", "spending", "earn",
                       "earns", "earned", "earning", "earnings", "price", "prices", "priced",
                       "worth", "charge", "charged", "charges", "rent", "rents", "salary",
                       "salaries", "wage", "wages", "fee", "fees", "bill", "budget", "raised",
                       "donated", "owed", "owe", "owes", "debt", "debts", "tax", "taxes",
                       "compensation", "damages", "awarded", "bonus", "loan", "income",
                       "revenue", "revenues", "profit", "profits", "ticket", "tickets",
                       "prize", "savings", "invested", "investment", "valued", "funding",
                       "grant", "pension", "cash", "reward", "bail", "ransom", "refund",
                       "deposit", "fare", "fares", "payout", "payment", "payments"})) {
      return true;
    }
  }
  return false;
}

// Words of temperature, of electric current, of timing, of speed at sea or
// in the air: the context that makes a one-letter symbol after a number a
// unit ("5,800 K", "a 2 A charger", "in 45 s") and "kn" knots, not kuna.
namespace {

const WordList kTemperatureWords{
    "temperature", "temperatures", "kelvin", "degrees", "hot", "hotter", "cold", "colder",
    "heat", "heated", "cooled", "cooling", "warm", "warmer", "thermal", "cryogenic", "celsius",
    "fahrenheit", "melting", "boiling", "freezing", "superconducting", "plasma"};
const WordList kElectricWords{
    "current", "currents", "charger", "chargers", "charging", "battery", "batteries", "fuse",
    "fuses", "circuit", "circuits", "amperage", "amps", "amp", "ampere", "amperes", "usb",
    "usb-c", "volt", "volts", "voltage", "watt", "watts", "breaker", "adapter", "adaptor",
    "outlet", "socket", "wiring", "electric", "electrical", "cable", "cables"};
const WordList kTimingWords{
    "seconds", "second", "minutes", "timed", "clocked", "lap", "laps", "sprint", "sprinted",
    "ran", "run", "race", "record", "finished", "faster", "slower", "fastest", "time",
    "latency", "delay", "exposure", "shutter", "countdown", "swam", "dash", "hurdles"};
// Words of electric power or of an engine's output: the context that makes
// the lower-cased symbols "w" (watt), "ps" (metric horsepower) and "nm"
// (newton metre, otherwise nanometre) units as their capitals are.
const WordList kPowerWords{
    "charger", "chargers", "charging", "battery", "batteries", "usb", "usb-c", "adapter",
    "adaptor", "watt", "watts", "wattage", "laser", "lasers", "bulb", "bulbs", "led",
    "speaker", "speakers", "amplifier", "solar", "inverter", "volt", "volts", "voltage"};
const WordList kEngineWords{"hp", "bhp", "kw", "horsepower", "torque", "lb-ft", "engine"};
const WordList kTorqueWords{"torque", "lb-ft"};
const WordList kSpeedWords{
    "speed", "speeds", "wind", "winds", "gust", "gusts", "gusting", "gusted", "breeze",
    "sail", "sailed", "sailing", "sails", "cruise", "cruised", "cruising", "steaming",
    "vessel", "vessels", "ship", "ships", "boat", "boats", "yacht", "yachts", "ferry",
    "knots", "airspeed", "headwind", "headwinds", "tailwind", "tailwinds", "hurricane",
    "typhoon", "storm", "cyclone", "tropical", "sustained", "blowing", "currents"};

}  // namespace

bool Scanner::SentenceHas(const WordList& words) const {
  for (uint32_t j = tb_; j < te_; ++j) {
    if (words.Contains(doc_.Slice(toks_[j].span))) return true;
  }
  return false;
}

// Lower-cased copy: "a 5-10w laser", "65w charger" are watts beside a word
// of electric power ("( 2w )" in a cricket score is wides).
const UnitInfo* Scanner::LowerWattSuffix(std::string_view suffix) const {
  return suffix == "w" && SentenceHas(kPowerWords) ? units_.Lookup("W", true) : nullptr;
}

// A one-letter symbol set off by a space after digits, and the unit it
// names where the sentence makes it unambiguous: "5,800 K" kelvin beside a
// word of temperature, "2 A" amperes beside one of electric current, "45
// s" seconds beside one of timing or after a decimal ("9.58 s"); the
// tokenizer keeps "A." with the sentence's full stop. Lower-cased copy
// spells "C", "W", "PS" small: "12 c" celsius beside a word of temperature,
// "5 w" watts beside one of electric power, "300 ps" beside one of an
// engine. Elsewhere "K" is a thousand or an initial, "A", "c", "w" letters,
// "s" a stray plural, "ps" a postscript: no unit.
// Sets *after to the token past the symbol.
const UnitInfo* Scanner::LetterSymbol(size_t next, const Parsed& r, size_t* after) const {
  if (r.words || r.scaled || next >= p_.size() || p_[next].joined) return nullptr;
  uint32_t nt = p_[next].tok;
  if (p_[next].span.begin != toks_[nt].span.begin) return nullptr;
  std::string_view w = doc_.Slice(toks_[nt].span);
  if (w.size() == 2 && w[1] == '.' && nt + 1 == te_) w.remove_suffix(1);
  if (w.size() != 1 && w != "ps") return nullptr;
  const UnitInfo* u = nullptr;
  if (w == "K" && SentenceHas(kTemperatureWords)) {
    u = units_.Lookup("kelvin", true);
  } else if (w == "c" && SentenceHas(kTemperatureWords)) {
    // Lower-cased copy: "12 c melting point" as "12 C"; "c" elsewhere is
    // a letter ("3 c" in a list).
    u = units_.Lookup("C", true);
  } else if (w == "w" && SentenceHas(kPowerWords)) {
    u = units_.Lookup("W", true);
  } else if (w == "ps" && SentenceHas(kEngineWords)) {
    u = units_.Lookup("PS", true);
  } else if (w == "A" && SentenceHas(kElectricWords)) {
    u = units_.Lookup("amperes", true);
  } else if (w == "s" && r.value < 1000 &&
             (p_[next - 1].dot || SentenceHas(kTimingWords))) {
    u = units_.Lookup("seconds", true);
  }
  if (u) *after = nt + 1;
  return u;
}

// "on-one", "for-one" after "one-": a pairing, not a count ("4-to-3"
// is a vote).
bool Scanner::IsVersusSuffix(std::string_view rest) {
  for (std::string_view p : {"on-", "for-", "v-", "vs-"}) {
    if (rest.size() > p.size() && EqualsLower(rest.substr(0, p.size()), p)) return true;
  }
  return false;
}

// Classifies and emits the number read into r: currency before, units
// and suffixes after, ranges, dates, years, times, identifiers.
size_t Scanner::Finish(size_t start, size_t k, Parsed& r, size_t suffix_piece) {
  // The suffix read is this number's own.
  assert(suffix_piece == std::string::npos || (suffix_piece >= start && suffix_piece < r.end));
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
      if (!unit && LowerPoundsPrefix(Text(pb), p_[start])) {
        unit = units_.Lookup("PS", false);
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
        // The symbol must stand right before the number (one space at most);
        // set off by a space, not the unit of the number before it ("660,000
        // dollars four years ago", "10 turkish lira 11a": one currency word
        // serves one number; glued, "nine $2,500", it is this one's).
        uint32_t space = p_[start].span.begin - toks_[first_tok - 1].span.end;
        if (u && space <= 1 &&
            !(space == 1 && !out_.empty() && out_.back().span.end > toks_[bt].span.begin)) {
          unit = u;
          begin = toks_[bt].span.begin;
        }
      }
    }
    money_prefix = unit != nullptr;
    // "-$50.8bn", "minus $50.8 billion": a sign before the currency symbol,
    // as "$-50.8bn" has it after (the sign was lost).
    if (unit && unit->kind == NumberKind::kMoney && r.value > 0) {
      auto opens = [&](uint32_t at) {
        return at == 0 || text_[at - 1] == ' ' || text_[at - 1] == '(';
      };
      uint32_t signed_begin = begin;
      if (begin >= 1 && text_[begin - 1] == '-' && opens(begin - 1)) {
        signed_begin = begin - 1;
      } else if (begin >= 3 && text_.substr(begin - 3, 3) == "\xE2\x88\x92" && opens(begin - 3)) {
        signed_begin = begin - 3;  // U+2212 MINUS SIGN
      } else if (begin >= 6 && EqualsLower(text_.substr(begin - 6, 5), "minus") &&
                 text_[begin - 1] == ' ' && opens(begin - 6)) {
        signed_begin = begin - 6;
      }
      if (signed_begin != begin) {
        begin = signed_begin;
        r.value = -r.value;
        m.value = m.low = m.high = r.value;
      }
    }
  }
  // Suffix glued to the digits: "1.2bn", "4th", "10.45pm", "84kg", "-strong".
  bool strong = false;
  if (suffix_piece != std::string::npos && !p_[suffix_piece].suffix.empty()) {
    std::string_view suf = p_[suffix_piece].suffix;
    bool race_distance = false, resolution_k = false;
    // "4K", "8K video", "a 5K display": a video or screen resolution, as
    // "1080p" is, not 4,000 ("$4K" is money; "a 5K race", "the 10K run"
    // are distances in kilometres).
    if ((suf == "K" || suf == "k") && !money_prefix && !p_[suffix_piece].dot &&
        EndsWord(r.end)) {
      std::string_view after_word = next < p_.size() && !Glued(next) ? Text(next) : "";
      uint32_t bt = p_[start].tok;
      if (bt > tb_ && InWordList(doc_.Slice(toks_[bt - 1].span), {"a", "the", "his", "her"})) {
        --bt;
      }
      std::string_view before_word = bt > tb_ ? doc_.Slice(toks_[bt - 1].span) : "";
      if (InWordList(after_word, {"race", "races", "run", "runs", "walk", "walks", "runner",
                                  "runners", "swim", "course", "road", "trail",
                                  "ultramarathon"}) ||
          InWordList(before_word, {"ran", "run", "runs", "running", "walked", "walk",
                                   "walking", "completed", "finished", "won", "jogged"})) {
        unit = units_.Lookup("kilometres", true);
        race_distance = true;
      } else if (InWordList(p_[suffix_piece].num, {"2", "4", "5", "6", "8", "16"})) {
        bool display =
            InWordList(after_word, {"video", "videos", "tv", "tvs", "television", "televisions",
                                    "display", "displays", "screen", "screens", "monitor",
                                    "monitors", "resolution", "content", "streaming", "footage",
                                    "camera", "cameras", "hdr", "uhd", "projector", "blu-ray",
                                    "gaming", "oled", "recording"});
        // Not a count: "about 4K people", "earned 4K a month".
        resolution_k = display || (suf == "K" && !IsCountedPlural(after_word) &&
                                   !PriceBefore(p_[start].tok) &&
                                   !InWordList(before_word, {"about", "some", "nearly", "over",
                                                             "around", "almost", "roughly",
                                                             "than", "to", "of"}));
      }
      if (resolution_k) {
        m.kind = NumberKind::kOther;
        m.span = {begin, end};
        out_.push_back(m);
        return next;
      }
    }
    double s = race_distance ? 0 : SuffixScale(suf, money_prefix);
    // "1.5m people", "3m jobs": a million before a counted plural, not
    // metres.
    if (s == 0 && suf == "m" && next < p_.size() && !Glued(next) && p_[next].cls == kNone &&
        (IsCountedPlural(Text(next)) ||
         (toks_[p_[next].tok].Has(kTokCapitalized) && Text(next).back() == 's')) &&
        !units_.Lookup(Text(next), true)) {
      s = 1e6;
    }
    // "4.3m digital sales", "1.2m new and returning users": a decimal
    // glued to "m" before adjectives and a counted plural is a million
    // too. Integers are left alone: "the 200m individual medley heats" is
    // a distance.
    if (s == 0 && suf == "m" && p_[suffix_piece].dot && next < p_.size() && !Glued(next)) {
      int adjectives = 0;
      for (size_t j = next; j < p_.size() && j < next + 5; ++j) {
        std::string_view w = Text(j);
        if (IsAdjectiveLike(w)) {
          ++adjectives;
        } else if (adjectives > 0 && (Is(j, kAnd) || Is(j, kOr) || w == ",")) {
          continue;
        } else {
          if (adjectives > 0 && IsCountedPlural(w) && !units_.Lookup(w, true)) s = 1e6;
          break;
        }
      }
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
    // "the 5g rollout", "4g lte network": lower-case copy writes the
    // wireless generation as grams would be, so the word after decides
    // ("5g of salt" stays grams).
    bool lower_generation =
        suf == "g" && r.value >= 2 && r.value <= 6 && r.value == std::floor(r.value) &&
        !p_[suffix_piece].dot && next < p_.size() && !Glued(next) &&
        InWordList(Text(next), {"network", "networks", "data", "phone", "phones", "smartphone",
                                "smartphones", "handset", "handsets", "service", "services",
                                "coverage", "connectivity", "connection", "connections", "speed",
                                "speeds", "signal", "technology", "modem", "modems", "chip",
                                "chips", "chipset", "mast", "masts", "tower", "towers",
                                "spectrum", "rollout", "roll-out", "lte", "wireless", "mobile",
                                "internet", "broadband", "equipment", "infrastructure",
                                "support", "device", "devices", "model", "models", "version",
                                "variant", "licence", "license", "licences", "licenses",
                                "auction", "era", "standard", "deployment", "subscribers",
                                "plan", "plans", "iphone", "iphones", "capable", "ready"});
    generation = generation || lower_generation;
    // "9.58s", "0-60mph in 1.99s": a decimal glued to "s" is seconds
    // ("the 1990s", "Model 3s" have no decimal point).
    bool decimal_seconds = suf == "s" && p_[suffix_piece].dot && EndsWord(r.end);
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
    } else if (decimal_seconds) {
      unit = units_.Lookup("seconds", true);
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
      if (double in = HeightInches(rest); in >= 0 && m.value == std::floor(m.value) &&
                                          m.value < 10) {
        // "5-foot-3", "6-foot-10": a height in feet and inches, as 5'3"
        // is (was 5, or an age after "is").
        m.value = m.low = m.high = m.value + in / 12;
        unit = units_.Lookup("feet", true);
      } else if (EqualsLower(rest, "strong")) {
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
      // "5G", "4g lte": the wireless generation (NewsQuant's unit `G`);
      // "1G" stays a name.
      const UnitInfo* u = generation ? (r.value >= 2 ? units_.Lookup("G", true) : nullptr)
                                     : units_.Lookup(key, true);
      // "a 15.6in display", "the 13in MacBook": inches glued to the digits
      // (spaced, "12.5 in", it is the preposition).
      if (!u && suf == "in" && EndsWord(r.end)) u = units_.Lookup("inch", true);
      // "a 2A charger", "3A fast charging": amperes beside a word of
      // electric current ("Form 10A", "Section 2A" are names).
      if (!u && suf == "A" && EndsWord(r.end) && SentenceHas(kElectricWords)) {
        u = units_.Lookup("amperes", true);
      }
      if (!u && EndsWord(r.end)) u = LowerWattSuffix(suf);
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
  // "a 6.7" OLED screen", "the 13" MacBook Pro": inches written with a
  // double quote glued to the digits before a word, outside a quotation
  // (no quote mark open before it in the sentence: "I paid 50" he said).
  if (!unit && !strong && m.kind == NumberKind::kCardinal && !r.words && !r.scaled &&
      next + 1 < p_.size() && Glued(next) && !Glued(next + 1) &&
      (IsText(next, "\"") || IsText(next, "\xE2\x80\x9D")) &&
      std::isalpha(static_cast<unsigned char>(Text(next + 1)[0]))) {
    uint32_t sb = toks_[tb_].span.begin;
    std::string_view before = text_.substr(sb, begin - sb);
    bool curly = Text(next) != "\"";
    bool open = curly ? before.find("\xE2\x80\x9C") != std::string_view::npos
                      : std::count(before.begin(), before.end(), '"') % 2 == 1;
    if (!open) {
      unit = units_.Lookup("inch", true);
      ++next;
      end = p_[next - 1].span.end;
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
      // Lower-cased copy: "450 nm (332 lb-ft) of torque" is newton metres
      // as "450 Nm" is; "a 5 nm chip" stays nanometres.
      if (u && after == nt + 1 && Text(next) == "nm" && SentenceHas(kTorqueWords)) {
        u = units_.Lookup("Nm", true);
      }
      if (!u && m.kind == NumberKind::kCardinal) {
        size_t sym_after;
        if (const UnitInfo* sym = LetterSymbol(next, r, &sym_after)) {
          u = sym;
          after = static_cast<uint32_t>(sym_after);
        }
      }
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
      // "not one bit", "me one bit": a unit that is also a word of degree
      // counts only after digits ("64 bits").
      if (u && u->position == UnitPosition::kDigitSuffix && !Is(k, kDigits)) u = nullptr;
      // "the 2019 cup final", "three cup finals": a singular unit word after
      // a number of two or more modifies the noun after it ("1/2 cup").
      if (u && u->position == UnitPosition::kSingularSuffix && m.value >= 2) u = nullptr;
      // "nine $2,500 checks", "two $5 bills": a currency glued to the
      // digits after it is theirs; the number before counts what follows.
      if (u && u->kind == NumberKind::kMoney &&
          (u->position == UnitPosition::kBoth || u->position == UnitPosition::kPrefix) &&
          after < te_ && toks_[after].Has(kTokNumber) &&
          toks_[after].span.begin == toks_[after - 1].span.end) {
        u = nullptr;
      }
      if (u && u->position == UnitPosition::kMoneySuffix && !r.scaled &&
          !(PriceBefore(p_[start].tok) &&
            !(after < te_ && doc_.Slice(toks_[after].span) == "of"))) {
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
      if (double in = HeightInches(rest); in >= 0 && m.value == std::floor(m.value) &&
                                          m.value < 10) {
        m.value = m.low = m.high = m.value + in / 12;  // "six-foot-3"
        unit = units_.Lookup("feet", true);
      } else if (r.value == 1 && InWordList(rest, {"time", "off", "size-fits-all"})) {
        // "his one-time rivals", "a one-off fee", "one-size-fits-all testing"
        m.kind = NumberKind::kOther;
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
  // "sailed at 15 kn", "winds gusting to 40 kn": knots beside a word of
  // speed at sea or in the air; elsewhere "kn" is the kuna ("the ticket
  // cost me 150 kn", as NewsQuant's dev gold reads it).
  if (unit && unit->id == "unit:hrk-symbol" && !money_prefix && SentenceHas(kSpeedWords)) {
    unit = units_.Lookup("knots", true);
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
  // weeks ago", "the group three times"), nor after a label word that a
  // number counts ("tell one group one thing": two counts).
  if (!unit && m.kind == NumberKind::kCardinal && r.words && start > 0 &&
      !(start >= 2 && p_[start - 2].tok + 1 == p_[start - 1].tok &&
        (p_[start - 2].cls == kUnitW || p_[start - 2].cls == kTeen ||
         p_[start - 2].cls == kTens || PlainDigits(start - 2))) &&
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
  // A phone's model in lower case: "the iphone 12 mini deal", "galaxy note
  // 20 ultra has", "11 pro max:": a tier word after the model number
  // names the model (in capitals the name rules read it); "12 pro
  // athletes", "737 max jets" count their plural.
  if (m.kind == NumberKind::kCardinal && !m.is_range && !r.words && !unit &&
      PlainDigits(start) && next == start + 1 && m.value >= 2 && m.value < 100 &&
      next < p_.size() && p_[next].cls == kNone &&
      InWordList(Text(next), {"pro", "max", "ultra", "xl", "mini", "lite"}) &&
      !(next + 1 < p_.size() && IsCountedPlural(Text(next + 1)) &&
        !InWordList(Text(next + 1), {"has", "was", "is", "does", "gets", "costs", "comes",
                                     "features", "offers", "packs", "sports", "uses", "runs",
                                     "looks", "starts", "ships", "goes"}))) {
    m.kind = NumberKind::kOther;
  }
  // A title: "The movie 13 Hours by Michael Bay", "CBS' 60 Minutes": a
  // unit of time capitalized after digits in a sentence of lower-case
  // words (a headline in title case, "In First 100 Days As President", or
  // a table row keeps the duration).
  if (m.kind == NumberKind::kDuration && !m.is_range && !r.words && next > start + 1 &&
      next <= p_.size()) {
    const Token& u = toks_[p_[next - 1].tok];
    if (u.Has(kTokCapitalized) && !u.Has(kTokAllCaps) && p_[next - 1].tok > p_[start].tok &&
        !OpensSentence(p_[next - 1].tok)) {
      int lower = 0;
      for (uint32_t t = tb_; t < te_ && lower < 3; ++t) {
        std::string_view w = doc_.Slice(toks_[t].span);
        if (toks_[t].Has(kTokWord) && !w.empty() && w[0] >= 'a' && w[0] <= 'z') ++lower;
      }
      if (lower >= 3) m.kind = NumberKind::kOther;
    }
  }
  if (m.kind == NumberKind::kCardinal && !m.is_range) {
    // Classify may widen the span (a date, a time) and move `next` past what
    // it reads.
    m.kind = Classify(start, k, m, r, next);
  }
  out_.push_back(std::move(m));
  return next;
}

}  // namespace newsie::numbers::internal
