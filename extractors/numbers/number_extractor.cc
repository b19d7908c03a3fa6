#include "extractors/numbers/number_extractor.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "extractors/common/headline_case.h"
#include "extractors/numbers/number_internal.h"

namespace newsie {

using numbers::internal::Scanner;

NumberExtractor::NumberExtractor(std::unique_ptr<UnitTable> units)
    : units_(std::move(units)) {
  info_.name = "numbers.rules";
  // 87: "mil" after digits is a million when money stands beside it ("$2
  // mil", "3 mil dollars"; was 2 and 3, "mil" a unit); alone it stays no
  // scale ("a 10 mil plastic sheet", a thousandth of an inch).
  // 86: a money-or-weight unit after a price word ("paid 20 pounds of
  // silver") reads the word after it by its token, not by a piece index
  // taken for a token's: in any sentence but a document's first that read
  // another piece or past their end, an exception that lost the article's
  // numbers (found on CoNLL-2003 train articles).
  // 85: one list of words of change (IsDirectionWord) for a share after
  // "by" ("down by a third", "lower by a fifth": were no claim) and for a
  // change and its result ("slashed 4 percent to 5 percent": was a range).
  // 84: a scaled decimal is the decimal the text writes ("$ 524.2
  // million" was 524200000.00000006, so the reconciler saw it differ from
  // "$524,200,000"); a year after "in", "of", "for" before "to" and a
  // scaled amount is no range's low end ("from $362 million in 2014 to
  // $557 million" was the range 2014-557000000).
  // 83: lower-cased copy spells the case-sensitive symbols small: "ps"
  // glued before a decimal, a thousands comma or a scale ("ps2.7m") is
  // pounds ("ps5" a console); "w" after digits beside a word of electric
  // power ("a 5-10w laser", "5 w usb-c charger") watts; "c" beside a word
  // of temperature ("12 c melting point") celsius; "ps" beside an engine
  // word ("300 ps") and "nm" beside "torque"/"lb-ft" the engine's units.
  // 82: a lower-case model number before a tier word ("pro", "max",
  // "ultra", "xl", "mini", "lite") is OTHER ("galaxy note 20 ultra has",
  // "iphone 12 mini deal", "11 pro max:" were counts of the tier word),
  // as the capitalized names already were; "12 pro athletes" counts.
  // 81: a unit of time capitalized after digits in a sentence of
  // lower-case words is a title, OTHER ("The movie 13 Hours by Michael
  // Bay", "CBS' 60 Minutes"; were durations); title-case headlines, capitals
  // and table rows keep the duration.
  // 80: five digits beside "ZIP", "zip code", "postcode" are a ZIP code,
  // OTHER ("the 90049 ZIP Code" was a count of codes).
  // 79: "negative" between an article and the pronoun "one" is an
  // adjective ("46% a negative one" was -1); "a net negative 6 points"
  // and "negative one degree" keep the sign.
  // 78: a share after "by" and a verb of change is a fraction whatever
  // follows ("have risen by a third since 2020", "fell by a fifth in a
  // year": was the ordinal, no claim, unless punctuation followed).
  // 77: words set off by a space join into a unit only as an alias
  // spells them ("100 m in 10 seconds" was 100 minutes, "m in" read as
  // "min"); "kn" beside a word of speed at sea or in the air is knots
  // ("sailed at 15 kn", was the kuna, which it stays after "cost"); "4K",
  // "8K" (and "4k" before a display word) are video resolutions, OTHER as
  // "1080p" (were 4,000; "$4K", "about 4K people", "earned 4K" stay
  // 4,000), and "a 5K race", "ran a 10K" kilometres; a one-letter symbol
  // set off after digits is a unit where the sentence says which ("5,800
  // K" beside a word of temperature, "2 A" / "3A" beside one of electric
  // current, "45 s" beside one of timing or after a decimal); units rows
  // "° Celsius", "° Fahrenheit" ("100° Celsius" was degrees).
  // 76: "pounds" without a scale word after a word of price or payment in
  // its clause is money ("It costs 1,800 pounds", "fined 2,000 pounds",
  // "compensation of 182 pounds": was pound-mass), not before "of".
  // 75: a unit symbol kept with the sentence's full stop as an initial
  // ("is 220 V.", "at 21 °C.": no unit, or the number dropped) when it
  // ends the sentence; units rows of the CQE unit list NewsQuant's
  // synthetic sentences use: Gy, Sv, kΩ, tesla, Ft (forint), zł.
  // 74: domain forms NewsQuant's topics write (tech, science, markets):
  // the wireless generation "5G" (and lower-case "5g" before a network
  // word) is 5 with the unit G, as dev's gold counts it (was no quantity,
  // or grams); inches written with a double quote glued to the digits
  // outside a quotation ("a 6.7\" screen") or glued "in" ("15.6in");
  // seconds glued to a decimal ("9.58s"); "magnitude" before the number
  // (units row; "A magnitude 6.2 earthquake hit" counted "hit"); units
  // rows MB/s, GB/s.
  // 73: a year with its century left out before the clause's punctuation
  // ("in ’08 and ’12.": 12 was a count; "in '16" already was a year).
  // 72: siblings of dev forms again: a bare number joined by "and" or "or"
  // to a duration shares its unit, as one joined to a measure did
  // ("happened 20 and 50 years ago": 20 had no unit); a sign before the
  // currency symbol, as "$-50.8bn" has it after ("-$50.8bn", "minus $50.8
  // billion": the sign was lost); units row "barrels-per-day" (as
  // "barrel-a-day": "52,000 barrels-per-day refinery" counted refineries).
  // 71: a dash range from an integer zero before a unit is a range ("0-60
  // mph", "0-100 km/h": were no quantity, as the sibling "0 to 80km/h" of a
  // NewsQuant dev sentence was not); a bare "0-3" stays no quantity. "a
  // third" before a verb of saying, opinion or being is a share ("less
  // than a third agreed", "a fifth said": was the ordinal, no claim, while
  // "a third of voters agreed" counted).
  // 70: a count before a model name whose digits are glued to its letters
  // counts the plural after it ("3 M4 rifles", "3 G20 meetings": were no
  // quantity).
  // 69: a range of decimals starting below one ("0.25-0.5 percent",
  // "0.20-0.70 inch", were nothing) or of two decimals of three figures or
  // more ("1.20-1.70 inches", "3.25-3.75 cents", were phone numbers) is a
  // range; "one-size-fits-all" counts nothing.
  // 68: a height in hyphenated feet and inches ("5-foot-3" = 5.25 feet,
  // was 5 or an age); a slash before a denominator with a leading zero, or
  // of three digits under a numerator of two or more, numbers a document
  // ("DI 96/04", "IP/96/805"), no fraction; a spaced em dash sets off a
  // clause, no range ("four in 10 — 38 percent"); "stg" is pound sterling.
  // 67: a scale letter that starts a model name is no scale ("3 M4
  // rifles", ".223 M4 carbine": was 3 million, 223,000); an international
  // phone number with a two- or three-digit country code and short groups
  // ("+225 21 90 90", "+31 20 504 5000") is a PHONE; "under-21" names an
  // age group ("an under-21 qualifier": was 21 qualifiers).
  // 66: a scale abbreviation hyphened after digits is a scale word ("400
  // mln-year-old", "1.8 bln-mile", as "million-year-old"; was 400 and the
  // unit "bln-mile").
  // 65: a sign after any currency symbol ("£-50.8bn", was $ alone); a unit
  // hyphened to a participle keeps it ("43.4 per cent-owned"); a decimal
  // glued to "m" before adjectives and a counted plural is a million
  // ("4.3m digital sales", was metres); hyphens glued to each number and
  // set off after it suspend a list ("four- five- and six-cylinder", was
  // the range "four- five").
  // 64: a sentence in capitals (a headline) is read as its lower-cased
  // copy (extractors/common/headline_case.h): no capital there marks a name,
  // so "SCORED 22 GOALS" is a count, not an identifier after a name.
  // 63: a range takes its high end's scale written as wire copy abbreviates
  // it ("$89 to $93 bln", "5 to 7 mln tonnes", "33-35 bln euros"; the low
  // end was 89, 5, and the pair an identifier).
  // 62: lower-cased copy, as NewsQuant and scraped pages have it: "march"
  // and "may" before a day that ends the clause are months ("on march
  // 29."); an address in any case ("49 zorro ranch road", "22 ave foch")
  // is no quantity; an age in apposition after a lower-case name before
  // the person's verb ("armstrong, 25, said"); units rows "rm" (prefix)
  // and "$a".
  // 61: a decimal comma or Indian grouping ("1,5", "12,34,567") reads its
  // own glued suffix and the scale word after it ("1,5 million euros":
  // 1.5e6 euros, was 1.5); the suffix of a digit pair before it ("2-1
  // 1,0") is no longer read as its own (found by tests/fuzz).
  // 60: a capitalized word right after a sentence-opening quote mark is
  // the sentence's first word, not a name before an identifier ("Before
  // 2003," after an opening curly mark is a YEAR).
  // 59: an age in apposition also ends at a semicolon ("Ivanka, 34; Eric
  // Trump, 32;").
  // 58: an age said of a person is an AGE ("He was 47.", "died on
  // Wednesday at 88"); a title in double quotes opening with a number
  // ("60 Minutes" in curly marks) names a work.
  // 57: a vague plural before "of" and a currency or measure unit is
  // money or a measure ("millions of dollars": MONEY in dollars, was a
  // count of "dollars"; "hundreds of miles": miles).
  // 56: after "a second," a comparative keeps the ordinal ("after a
  // second, larger quake"); v54 had read it as the unit of time.
  info_.version = 87;
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
  // A sentence in capitals is read as its lower-cased copy (headline_case.h).
  std::optional<Document> lowered = LowerAllCapsSentences(doc);
  const Document& read = lowered ? *lowered : doc;
  Scanner sc(read, *units_, out);
  for (const Sentence& s : read.sentences()) sc.Sentence(s);
  // Keep text order (lists and ranges may emit out of order).
  std::stable_sort(out.begin(), out.end(), [](const NumberMention& a, const NumberMention& b) {
    return a.span.begin < b.span.begin;
  });
  numbers::internal::ShareSuspendedUnits(read.text(), out);
  numbers::internal::ShareListUnits(read.text(), out);
  numbers::internal::MergeFeetAndInches(read.text(), out);
  numbers::internal::MergeVulgarFractions(read.text(), out);
  numbers::internal::MergeAmountAndSubunit(read.text(), out);
  numbers::internal::DropNumbersInWebAddresses(read.text(), out);
  for (NumberMention& m : out) {
    m.value = numbers::internal::SnapScaled(m.value);
    m.low = numbers::internal::SnapScaled(m.low);
    m.high = numbers::internal::SnapScaled(m.high);
  }
  doc.mutable_numbers() = std::move(out);
  return OkStatus();
}

}  // namespace newsie
