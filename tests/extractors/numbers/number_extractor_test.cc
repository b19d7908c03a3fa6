#include "extractors/numbers/number_extractor.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "extractors/register_builtin.h"
#include "pipeline/pipeline.h"

namespace newsie {
namespace {

const Pipeline& NumbersPipeline() {
  static const Pipeline* p = [] {
    static ExtractorRegistry reg;
    RegisterBuiltinExtractors(reg);
    auto built = Pipeline::Build(reg, {"text.icu", "numbers.rules"}, ExtractorContext{});
    REQUIRE(built.ok());
    return built->release();
  }();
  return *p;
}

struct Found {
  std::string text;
  double value;
  NumberKind kind;
  std::string unit;
  bool is_range;
  double low, high;
};

std::vector<Found> Numbers(const std::string& text) {
  Document doc(text);
  NumbersPipeline().Run(doc);
  std::vector<Found> out;
  for (const NumberMention& n : doc.numbers()) {
    out.push_back({std::string(doc.Slice(n.span)), n.value, n.kind, n.unit, n.is_range,
                   n.low, n.high});
  }
  return out;
}

// The single number in `text`.
Found One(const std::string& text) {
  auto all = Numbers(text);
  REQUIRE_MESSAGE(all.size() == 1, text);
  return all[0];
}

TEST_CASE("NumberExtractor: digits with separators, decimals and scale suffixes") {
  CHECK(One("They sent 100,000 troops.").value == 100000);
  CHECK(One("Inflation was 2.5 last month.").value == doctest::Approx(2.5));
  CHECK(One("The deal is worth 1.2bn.").value == doctest::Approx(1.2e9));
  CHECK(One("They raised 10k for the school.").value == 10000);
  CHECK(One("The rate fell to .08 overnight.").value == doctest::Approx(0.08));
  CHECK(One("Scientists wrote 1.3e6 in the paper.").value == doctest::Approx(1.3e6));
  CHECK(One("The temperature reached -12 overnight.").value == -12);
}

TEST_CASE("NumberExtractor: a decimal comma reads its own scale and unit, not the number before") {
  // Each number's glued suffix is its own: "2-1" before "1,0" had handed
  // its "-1" on (a span ending before it began), and a stale suffix piece
  // had kept "1,5" from the words after it.
  auto pair = Numbers("2-1 1,0");
  REQUIRE(pair.size() == 2);
  CHECK(pair[0].text == "2-1");
  CHECK(pair[1].text == "1,0");
  CHECK(pair[1].value == 1);
  CHECK_FALSE(pair[1].is_range);
  Found m = One("It cost 1,5 million euros.");
  CHECK(m.text == "1,5 million euros");
  CHECK(m.value == doctest::Approx(1.5e6));
  CHECK(m.kind == NumberKind::kMoney);
  CHECK(One("He has 12,34,567 rupees.").value == 1234567);
}

TEST_CASE("NumberExtractor: number words") {
  CHECK(One("She counted nine thousand ballots.").value == 9000);
  CHECK(One("He bought a dozen eggs.").value == 12);
  CHECK(One("Twenty-six people died.").value == 26);
  CHECK(One("It would cost half a million.").value == 500000);
  CHECK(One("We waited two hundred and six days.").value == 206);
  CHECK(One("The score was two point five.").value == doctest::Approx(2.5));
  SUBCASE("fractions") {
    Found f = One("Two-thirds of voters agreed.");
    CHECK(f.value == doctest::Approx(2.0 / 3));
    CHECK(f.kind == NumberKind::kFraction);
    CHECK(One("Only a fifth of the money arrived.").value == doctest::Approx(0.2));
    CHECK(One("He drank 3/4 of the bottle.").value == doctest::Approx(0.75));
    CHECK(One("Output grew one and a half times.").value == doctest::Approx(1.5));
  }
  SUBCASE("a pronoun 'one' is not a number") {
    CHECK(Numbers("The one you mentioned is gone.").empty());
  }
}

TEST_CASE("NumberExtractor: an ordinal is not a fraction") {
  Found f = One("Ukraine had received a sixth plane of aid.");
  CHECK(f.kind == NumberKind::kOrdinal);
  CHECK(f.value == 6);
  CHECK(One("She finished 4th in the race.").kind == NumberKind::kOrdinal);
}

TEST_CASE("NumberExtractor: money, percent and measures with normalized units") {
  Found m = One("The city paid $12.4 million for it.");
  CHECK(m.value == doctest::Approx(12.4e6));
  CHECK(m.kind == NumberKind::kMoney);
  CHECK(m.unit == "dollar");
  CHECK(m.text == "$12.4 million");
  CHECK(One("They spent 2.5 million euros.").unit == "euro");
  Found t = One("The plane carried 84 tons of ammunition.");
  CHECK(t.kind == NumberKind::kMeasure);
  CHECK(t.unit == "ton");
  CHECK(One("Prices rose 3 percent.").unit == "percent");
  CHECK(One("Prices rose 3 per cent.").unit == "percent");
  Found p = One("Support fell to 30%.");
  CHECK(p.kind == NumberKind::kPercent);
  CHECK(p.value == 30);
  CHECK(One("The truck weighs 278kg.").unit == "kilogram");
  CHECK(One("It costs HK$5.4m.").value == doctest::Approx(5.4e6));
}

TEST_CASE("NumberExtractor: pounds after a price word read the word after them in any sentence") {
  // "paid 20 pounds of silver" is weight, "paid 20 pounds for" money. The
  // word after the unit was looked up by its token index among the
  // sentence's pieces: right in a document's first sentence only, past the
  // pieces' end after it (an exception that lost the article's numbers).
  const std::string lead =
      "The auction ended on Monday after a long day of bidding by the buyers. ";
  for (const std::string& first : {std::string(), lead}) {
    CAPTURE(first);
    auto weight = Numbers(first + "The buyer paid 20 pounds of silver for the horse.");
    REQUIRE(weight.size() == 1);
    CHECK(weight[0].value == 20);
    CHECK(weight[0].unit == "pound-mass");
    auto money = Numbers(first + "The buyer paid 20 pounds for the horse.");
    REQUIRE(money.size() == 1);
    CHECK(money[0].kind == NumberKind::kMoney);
  }
}

TEST_CASE("NumberExtractor: ranges") {
  Found a = One("Children 5 to 10 years old were tested.");
  CHECK(a.is_range);
  CHECK(a.low == 5);
  CHECK(a.high == 10);
  CHECK(a.kind == NumberKind::kAge);
  Found b = One("They expect between 200 and 300 guests.");
  CHECK(b.is_range);
  CHECK(b.low == 200);
  CHECK(b.high == 300);
  Found c = One("Shares were priced between $62 and $68.");
  CHECK(c.kind == NumberKind::kMoney);
  CHECK(c.high == 68);
  Found d = One("Estimates range from 1 to 2 thousand people.");
  CHECK(d.low == 1000);
  CHECK(d.high == 2000);
  SUBCASE("a change and its result are not a range") {
    CHECK(Numbers("The deficit rose by $43.6 billion to $419.2 billion.").size() == 2);
  }
}

TEST_CASE("NumberExtractor: '250,000-strong' keeps its value") {
  Found f = One("The country's 250,000-strong military waits.");
  CHECK(f.value == 250000);
}

TEST_CASE("NumberExtractor: dates, years, times, phones and identifiers keep their kinds") {
  CHECK(One("The talks resume Dec. 23 in Geneva.").kind == NumberKind::kDate);
  CHECK(One("They met on Sept. 11 again.").kind == NumberKind::kDate);
  CHECK(One("They signed the 2015 peace deal.").kind == NumberKind::kYear);
  CHECK(One("The vote closes at 10:30 a.m. sharp.").kind == NumberKind::kTime);
  CHECK(One("Call 555-0100 for details.").kind == NumberKind::kPhone);
  CHECK(One("See Section 427 of the law.").kind == NumberKind::kOther);
  CHECK(One("Read it on page 3 today.").kind == NumberKind::kOther);
  // Statute sections glued to a paragraph letter name a plan or a status.
  CHECK(One("He moved the money into a 401(k) account.").kind == NumberKind::kOther);
  CHECK(One("It is a 501(c) group.").kind == NumberKind::kOther);
  // A name opening the sentence, not a count's opener.
  CHECK(One("Apollo 11 landed on the moon.").kind == NumberKind::kOther);
  CHECK(One("Windows 10 arrives next week.").kind == NumberKind::kOther);
  CHECK(One("Nearly 40 died in the fire.").kind == NumberKind::kCardinal);
  CHECK(One("Some 11 remain missing.").kind == NumberKind::kCardinal);
  CHECK(One("Police 11 officers were hurt.").kind == NumberKind::kCardinal);
  // Emergency numbers and "Group of N" names.
  CHECK(One("Police received a 911 call at noon.").kind == NumberKind::kOther);
  CHECK(One("She dialed 999 twice.").kind == NumberKind::kOther);
  CHECK(One("In all, 911 people signed.").kind == NumberKind::kCardinal);
  CHECK(One("Leaders of the Group of 20 met.").kind == NumberKind::kOther);
  CHECK(One("A group of 20 students left.").kind == NumberKind::kCardinal);
}

TEST_CASE("NumberExtractor: vague plurals become ranges") {
  Found f = One("Thousands of civilians fled.");
  CHECK(f.is_range);
  CHECK(f.low == 1000);
  CHECK(f.high == 10000);
}

TEST_CASE("NumberExtractor: 'hundreds of' is 100-1000; 'hundreds of thousands' one range") {
  Found h = One("The plume extends hundreds of miles into space.");
  CHECK(h.is_range);
  CHECK(h.low == 100);
  CHECK(h.high == 1000);
  Found t = One("Hundreds of thousands of people marched.");
  CHECK(t.low == 100000);
  CHECK(t.high == 1000000);
  CHECK(Numbers("The hundreds were lost.").empty());
}

TEST_CASE("NumberExtractor: a vague plural of a currency or measure is money or a measure") {
  Found d = One("The campaign raised millions of dollars in June.");
  CHECK(d.kind == NumberKind::kMoney);
  CHECK(d.unit == "dollar");
  CHECK(d.text == "millions of dollars");
  CHECK(d.low == 1000000);
  CHECK(d.high == 10000000);
  Found t = One("They spent tens of millions of euros on ads.");
  CHECK(t.kind == NumberKind::kMoney);
  CHECK(t.unit == "euro");
  CHECK(t.low == 10000000);
  Found m = One("The plume extends hundreds of miles into space.");
  CHECK(m.kind == NumberKind::kMeasure);
  CHECK(m.unit == "mile");
  // Occasions are counted, not measured.
  Found x = One("He has said so dozens of times.");
  CHECK(x.kind == NumberKind::kCardinal);
}

TEST_CASE("NumberExtractor: the fraction slash U+2044") {
  Found f = One("It is 1\xE2\x81\x84" "32 of a US quart.");
  CHECK(f.kind == NumberKind::kFraction);
  CHECK(f.value == doctest::Approx(1.0 / 32));
}

TEST_CASE("NumberExtractor: suspended hyphens share the unit of the last number") {
  auto all = Numbers("It offers four-, five- and six-cylinder engines.");
  REQUIRE(all.size() == 3);
  CHECK(all[0].value == 4);
  CHECK(all[1].value == 5);
  CHECK(all[2].value == 6);
  for (const Found& f : all) CHECK(f.unit == "cylinder");
  auto two = Numbers("They rent two- or three-bedroom flats.");
  REQUIRE(two.size() == 2);
  CHECK(two[0].unit == "bedroom");
  CHECK(Numbers("Scores were 2- 1 and 3 points.")[0].unit.empty());
}

TEST_CASE("NumberExtractor: an age in apposition to a name") {
  Found a = One("Jamie Armstrong, 25, said she left.");
  CHECK(a.kind == NumberKind::kAge);
  CHECK(a.value == 25);
  CHECK(One("In March, 25 people left.").kind == NumberKind::kCardinal);
}

TEST_CASE("NumberExtractor: a year is not the low end of a range with a unit or a scale") {
  struct Case {
    const char* text;
    size_t count, year;  // mentions, and the year's index; the next is the amount
    double value;
  };
  for (const Case& c :
       {Case{"Mileage rose from 20 mpg in 2008 to 29 mpg in 2020.", 4, 1, 29},
        // A year after "in", "of", "for" before "to" and a scaled amount.
        Case{"Revenue increased from $362 million in 2014 to $557 million in 2015.", 4, 1, 557e6},
        Case{"They revised down net profit for 1996 to 46 billion from 50 billion.", 3, 0, 46e9}}) {
    auto all = Numbers(c.text);
    REQUIRE_MESSAGE(all.size() == c.count, c.text);
    CHECK_MESSAGE(all[c.year].kind == NumberKind::kYear, c.text);
    CHECK_MESSAGE(!all[c.year + 1].is_range, c.text);
    CHECK_MESSAGE(all[c.year + 1].value == c.value, c.text);
  }
  CHECK(Numbers("Mileage rose from 20 mpg in 2008 to 29 mpg in 2020.")[2].unit ==
        "mile per gallon");
  // Without a preposition before it the pair stays a range.
  CHECK(One("Estimates run from 2000 to 3 million people.").is_range);
}

TEST_CASE("NumberExtractor: a scaled decimal is the decimal the text writes") {
  CHECK(One("The value was set at $ 524.2 million.").value == 524200000.0);
  CHECK(One("It reported a loss of $ 33.2 million.").value == 33200000.0);
  // A decimal with no scale keeps its digits.
  CHECK(One("The index closed at 70,848.86 points.").value == 70848.86);
}

TEST_CASE("NumberExtractor: a scale word after a digit pair applies to both ends") {
  Found a = One("The flood could hit 5-10 million people.");
  CHECK(a.is_range);
  CHECK(a.low == 5e6);
  CHECK(a.high == 10e6);
  Found b = One("The plan costs $5-10bn over a decade.");
  CHECK(b.kind == NumberKind::kMoney);
  CHECK(b.unit == "dollar");
  CHECK(b.low == 5e9);
  CHECK(b.high == 10e9);
  Found c = One("Tickets cost $5-10 at the door.");
  CHECK(c.unit == "dollar");
  CHECK(c.high == 10);
  Found d = One("They paid 2-3 million euros.");
  CHECK(d.unit == "euro");
  CHECK(d.low == 2e6);
}

TEST_CASE("NumberExtractor: a glued scale word, and no decimal after 'and'") {
  CHECK(One("He ended December with $28.4million in cash.").value == doctest::Approx(28.4e6));
  auto r = Numbers("It spent Rs 500 crore and 1.3 lakh rupees.");
  REQUIRE(r.size() == 2);
  CHECK(r[0].value == 5e9);
  CHECK(r[1].value == doctest::Approx(1.3e5));
}

TEST_CASE("NumberExtractor: descending dash pairs, year spans, ISO dates, phones, long ids") {
  auto poll = Numbers("Sanders leads Clinton, 46%-35%, among young voters.");
  REQUIRE(poll.size() == 2);
  CHECK_FALSE(poll[0].is_range);
  CHECK(poll[0].value == 46);
  CHECK(poll[1].value == 35);
  CHECK(One("He served 2010-2012 in Congress.").kind == NumberKind::kYear);
  CHECK(One("The 2018-19 season ended.").kind == NumberKind::kYear);
  CHECK(One("It opened on 2019-08-12 downtown.").kind == NumberKind::kDate);
  CHECK(One("Call 202-555-0100 today.").kind == NumberKind::kPhone);
  CHECK(One("See tweet 747970077610352640 here.").kind == NumberKind::kOther);
}

TEST_CASE("NumberExtractor: index and product names in lower case are identifiers") {
  CHECK(One("the sp 500 is poised to drop").kind == NumberKind::kOther);
  CHECK(One("the category 4 hurricane hit").kind == NumberKind::kOther);
  CHECK(One("he bought an iphone 11 yesterday").kind == NumberKind::kOther);
}

TEST_CASE("NumberExtractor: '1.5m people' is millions, '100m race' metres") {
  Found p = One("Some 1.5m people voted.");
  CHECK(p.value == doctest::Approx(1.5e6));
  CHECK(p.unit.empty());
  CHECK(One("He won the 100m race.").unit == "metre");
}

TEST_CASE("NumberExtractor: powers of ten written with a times sign") {
  Found m = One("The sun weighs 1.99\xC3\x97" "10\xE2\x88\x92" "30 kilograms.");
  CHECK(m.value == doctest::Approx(1.99e-30));
  CHECK(m.unit == "kilogram");
  CHECK(One("There are 6.02 \xC3\x97 10^23 atoms.").value == doctest::Approx(6.02e23));
}

TEST_CASE("NumberExtractor: hyphenated modifiers keep their noun as unit") {
  CHECK(One("He shot from three-point range.").unit == "point");
  CHECK(One("She holds a 20-point lead.").unit == "point");
}

TEST_CASE("NumberExtractor: a year after 2100 following 'by'") {
  CHECK(One("Seas could rise by 2120, scientists say.").kind == NumberKind::kYear);
  CHECK(One("About 2150 people came.").kind == NumberKind::kCardinal);
}

TEST_CASE("NumberExtractor: a change and its result are not a range; day spans are dates") {
  auto r = Numbers("The rig count fell by one to 554 this week.");
  REQUIRE(r.size() == 2);
  CHECK_FALSE(r[0].is_range);
  CHECK(One("Temperatures rose by 1 to 2 degrees.").is_range);
  CHECK(One("Value will rise from 24 to 33 billion euros.").is_range);
  Found d = One("The test runs June 19-23 at Lord's.");
  CHECK(d.kind == NumberKind::kDate);
  CHECK(One("Romania won a group 8 qualifier.").kind == NumberKind::kOther);
}

TEST_CASE("NumberExtractor: the minus sign U+2212") {
  Found f = One("GDP shrank to \xE2\x88\x92" "3.2% last year.");
  CHECK(f.value == doctest::Approx(-3.2));
  CHECK(f.unit == "percent");
}

TEST_CASE("NumberExtractor: '9/11' and '24/7' are not fractions; 'part 3' is an identifier") {
  CHECK(One("It changed after 9/11 for good.").kind == NumberKind::kDate);
  CHECK(One("The shop is open 24/7 now.").kind == NumberKind::kDate);
  CHECK(One("He drank 3/4 of it.").kind == NumberKind::kFraction);
  CHECK(One("This is part 3 of the series.").kind == NumberKind::kOther);
  Found f = One("He got 7 in 10 of their votes.");
  CHECK(f.kind == NumberKind::kFraction);
  CHECK(f.value == doctest::Approx(0.7));
}

TEST_CASE("NumberExtractor: lower-cased text keeps months and unit symbols") {
  CHECK(One("she died on september 8 in dar es salaam").kind == NumberKind::kDate);
  CHECK(One("it happened on february 11 this year").kind == NumberKind::kDate);
  CHECK(One("they may 5 times refuse").kind != NumberKind::kDate);
  CHECK(One("a 6kw electric motor").unit == "kilowatt");
  CHECK(One("you get 54gb of data").unit == "gigabyte");
}

TEST_CASE("NumberExtractor: 'a year and a half' is one and a half of the unit") {
  Found a = One("The mayor left office a year and a half ago.");
  CHECK(a.text == "a year and a half");
  CHECK(a.value == 1.5);
  CHECK(a.kind == NumberKind::kDuration);
  CHECK(a.unit == "year");
  Found b = One("The hikers walked a mile and a half to the lake.");
  CHECK(b.value == 1.5);
  CHECK(b.unit == "mile");
  CHECK(b.kind == NumberKind::kMeasure);
  // Not a unit: the half stays a fraction.
  Found c = One("He ate a pie and a half.");
  CHECK(c.value == 0.5);
  CHECK(c.kind == NumberKind::kFraction);
}

TEST_CASE("NumberExtractor: 'three o'clock' is a time; days of a month in a range are dates") {
  Found a = One("The council meets at three o'clock.");
  CHECK(a.kind == NumberKind::kTime);
  CHECK(a.text == "three o'clock");
  CHECK(One("The vote closes at 6 o\u2019clock.").kind == NumberKind::kTime);
  Found d = One("The survey ran Sept. 19 to 22 among adults.");
  CHECK(d.kind == NumberKind::kDate);
  CHECK(d.text == "Sept. 19 to 22");
  CHECK(One("The festival runs from March 3 to 5.").kind == NumberKind::kDate);
  // No month: a range.
  Found r = One("Each team plays 19 to 22 games.");
  CHECK(r.is_range);
  CHECK(r.kind == NumberKind::kCardinal);
}

TEST_CASE("NumberExtractor: 'a 25-mile-long trail' measures in miles") {
  Found a = One("Volunteers cleared a 25-mile-long trail.");
  CHECK(a.value == 25);
  CHECK(a.unit == "mile");
  CHECK(a.kind == NumberKind::kMeasure);
  Found b = One("They raised a six-foot-tall fence.");
  CHECK(b.value == 6);
  CHECK(b.unit == "foot");
  Found c = One("The canal is lined by a 40-metre-wide quay.");
  CHECK(c.unit == "metre");
}

TEST_CASE("NumberExtractor: a capitalized number word inside a name is not a quantity") {
  CHECK(One("Crowds gathered at Ground Zero on Sunday.").kind == NumberKind::kOther);
  CHECK(One("The president boarded Air Force One in Ohio.").kind == NumberKind::kOther);
  // At the start of a sentence, or after a lower-case word, it counts.
  CHECK(One("Two firefighters were hurt.").kind == NumberKind::kCardinal);
  CHECK(One("Officials said Four people were hurt.").kind == NumberKind::kCardinal);
}

TEST_CASE("NumberExtractor: 'at age 16' is an age") {
  Found a = One("She entered college at age 16.");
  CHECK(a.kind == NumberKind::kAge);
  CHECK(a.unit == "age");
  CHECK(One("Players between the ages of 17 and over are eligible.").kind == NumberKind::kAge);
}

TEST_CASE("NumberExtractor: currency and unit names match in any case; symbols keep theirs") {
  Found a = One("the court set a fine of 10.5 million australian dollars.");
  CHECK(a.unit == "australian dollar");
  CHECK(a.kind == NumberKind::kMoney);
  CHECK(One("It was 40 degrees celsius at noon.").unit == "celsius");
  CHECK(One("The plant makes 2 Gigawatts.").unit == "gigawatt");
  // Case-sensitive symbols keep their own exact rows: "5 C" is Celsius.
  CHECK(One("It was 5 C outside.").unit == "celsius");
}

TEST_CASE("NumberExtractor: 'a 12-cent-a-share dividend' is in cents") {
  Found a = One("The trust will pay a 12-cent-a-share dividend.");
  CHECK(a.value == 12);
  CHECK(a.unit == "cent");
  CHECK(One("The car hit a 90-mile-an-hour top speed.").unit == "mile per hour");
}

TEST_CASE("NumberExtractor: lower-cased index names and currency symbols") {
  CHECK(One("the s&p 500 closed higher.").kind == NumberKind::kOther);
  CHECK(One("the s&p/asx 200 closed higher.").kind == NumberKind::kOther);
  Found a = One("the group raised hk$ 2bn last year.");
  CHECK(a.unit == "hong kong dollar");
  CHECK(a.value == 2e9);
}

TEST_CASE("NumberExtractor: capitalized words naming what is counted keep the number a count") {
  CHECK(One("Police detained 4 Israeli soldiers.").kind == NumberKind::kCardinal);
  CHECK(One("He has 10 Premier League goals.").kind == NumberKind::kCardinal);
  CHECK(One("Officials said 35 Palestinians were hurt.").kind == NumberKind::kCardinal);
  CHECK(One("He drove in 80 RBIs.").kind == NumberKind::kCardinal);
  // Models, addresses, product variants and names stay identifiers.
  CHECK(One("The 787 Dreamliner landed.").kind == NumberKind::kOther);
  CHECK(One("She lives at 575 Wilbraham Road.").kind == NumberKind::kOther);
  CHECK(Numbers("The airline grounded two 737 Max jets.")[1].kind == NumberKind::kOther);
  CHECK(Numbers("Polls: 3 Marco Rubio. 4 Chris Christie.")[1].kind == NumberKind::kOther);
}

TEST_CASE("NumberExtractor: decades with a curly apostrophe are not quantities") {
  CHECK(One("Prices peaked in the 90\u2019s.").kind == NumberKind::kOther);
  CHECK(One("Prices peaked in the 1990\u2019s.").kind == NumberKind::kYear);
  CHECK(One("Prices peaked in the 90's.").kind == NumberKind::kOther);
}

TEST_CASE("NumberExtractor: 'the 87-member Parliament' and 'Pollster 4.3 points' are counts") {
  Found a = One("The bill passed the 87-member Parliament.");
  CHECK(a.value == 87);
  CHECK(a.unit == "member");
  CHECK(a.kind == NumberKind::kCardinal);
  CHECK(One("Her lead is larger, and Pollster 2.1 points.").kind == NumberKind::kCardinal);
  auto f = Numbers("He found 58 Fortune 500 companies.");
  REQUIRE(f.size() == 2);
  CHECK(f[0].kind == NumberKind::kCardinal);
  CHECK(f[1].kind == NumberKind::kOther);
  // A decimal version after a name stays an identifier.
  CHECK(One("It ran Windows 3.1 happily.").kind == NumberKind::kOther);
}

TEST_CASE("NumberExtractor: a vague plural standing alone is a range too") {
  Found a = One("Thousands protested in the capital.");
  CHECK(a.is_range);
  CHECK(a.low == 1000);
  CHECK(a.high == 10000);
  Found b = One("Officials said dozens were injured.");
  CHECK(b.low == 12);
  CHECK(b.high == 120);
  Found c = One("Tens of thousands more watched.");
  CHECK(c.text == "Tens of thousands");
  CHECK(c.low == 10000);
  Found d = One("Hundreds of thousands fled.");
  CHECK(d.low == 100000);
  CHECK(d.high == 1000000);
}

TEST_CASE("NumberExtractor: 'up from 1.9m' after '2.5m people' is a million") {
  auto a = Numbers("Some 2.5m people live there, up from 1.9m before.");
  REQUIRE(a.size() == 2);
  CHECK(a[1].value == 1.9e6);
  // Money before, or a height after: metres stay metres.
  auto b = Numbers("Revenue rose to 5.2m from 4.1m pounds, and the tower is 300m tall.");
  CHECK(b.back().value == 300);
  CHECK(b.back().unit == "metre");
}

TEST_CASE("NumberExtractor: any bytes in, no crash, spans inside the text") {
  // Every prefix, so each rule also meets the text's end right after it
  // (the whole-pipeline version, run under ASan in CI, is in
  // tests/extractors/any_bytes_test.cc).
  std::string junk = "\xff\xfe 12,3,4 .. - $ % ^^ 1/0 \xe2\x85 one - five to $5 - 3 1/2 ";
  for (size_t i = 0; i <= junk.size(); ++i) {
    Document doc(junk.substr(0, i));
    NumbersPipeline().Run(doc);
    for (const NumberMention& n : doc.numbers()) {
      CHECK(n.span.begin < n.span.end);
      CHECK(n.span.end <= doc.text().size());
    }
  }
  // The digits in the junk are still read.
  Document doc(junk);
  NumbersPipeline().Run(doc);
  CHECK(doc.numbers().size() >= 3);
}

}  // namespace
TEST_CASE("NumberExtractor: tonnes are metric, tons are not") {
  CHECK(One("Output rose to 3.14 million tonnes.").unit == "tonne");
  CHECK(One("The ship carried 84 tons.").unit == "ton");
}

TEST_CASE("NumberExtractor: 'a couple' of a scale word or a noun") {
  CHECK(One("A couple of hundred people came.").value == 200);
  CHECK(One("They hired a couple thousand workers.").value == 2000);
  CHECK(One("It ended a couple of days later.").value == 2);
  CHECK(Numbers("The couple left early.").empty());
}

TEST_CASE("NumberExtractor: a million before an ISO code ('30 MUSD')") {
  Found m = One("Losses in excess of 30 MUSD were reported.");
  CHECK(m.value == doctest::Approx(30e6));
  CHECK(m.unit == "dollar");
  CHECK(One("The client estimates an increase to 120 MEUR.").unit == "euro");
}

TEST_CASE("NumberExtractor: a ratio is not a time, a height is one length") {
  Found r = One("The board voted 3:1 to approve it.");
  CHECK(r.kind == NumberKind::kFraction);
  CHECK(r.value == 3);
  CHECK(One("The game ended at 10:30 p.m.").kind == NumberKind::kTime);
  Found h = One("The 6'3\" forward scored.");
  CHECK(h.value == doctest::Approx(6.25));
  CHECK(h.unit == "foot");
  CHECK(One("He is 5 feet 2 inches tall.").value == doctest::Approx(5 + 2.0 / 12));
  CHECK(One("It is 12 ft 2 in, more or less.").value == doctest::Approx(12 + 2.0 / 12));
}

TEST_CASE("NumberExtractor: a capitalized vague plural inside a sentence is a title") {
  CHECK(Numbers("He watched Billions on Showtime.").empty());
  CHECK(One("Thousands protested on Sunday.").is_range);
}

TEST_CASE("NumberExtractor: names and pairings are not counts") {
  CHECK(One("They agreed to one-on-one talks.").kind == NumberKind::kOther);
  CHECK(One("He stopped at a 7-Eleven store.").kind == NumberKind::kOther);
  CHECK(One("The Group of Seven met.").kind == NumberKind::kOther);
  CHECK(One("The PS5 sold out.").unit.empty());
  CHECK(One("He paid PS250 for it.").unit == "pound sterling");
}

TEST_CASE("NumberExtractor: a clock time before a time zone, a count before a weekday") {
  CHECK(One("It was due to land at 0815 GMT.").kind == NumberKind::kTime);
  Found n = One("Volume was down from 56 Friday.");
  CHECK(n.kind == NumberKind::kCardinal);
}

TEST_CASE("NumberExtractor: a capitalized number word before a name is part of it") {
  CHECK(One("The blog Zero Hedge said so.").kind == NumberKind::kOther);
  CHECK(One("The police found Four Israeli soldiers.").kind == NumberKind::kCardinal);
}

TEST_CASE("NumberExtractor: a hyphen-joined mixed number and a compound ordinal") {
  Found a = One("Routes stay as they are for the next 2-1/2 years.");
  CHECK(a.value == doctest::Approx(2.5));
  CHECK(a.kind == NumberKind::kDuration);
  CHECK(a.text == "2-1/2 years");
  CHECK(One("He pitched 33-1/3 innings.").value == doctest::Approx(100.0 / 3));
  Found o = One("Spain became the twenty-second country in the network.");
  CHECK(o.kind == NumberKind::kOrdinal);
  CHECK(o.value == 22);
}

TEST_CASE("NumberExtractor: one half of a pairing is not a second number; 'that one in 45'") {
  for (const Found& n : Numbers("Cruz challenged Trump to a one-on-one debate.")) {
    CHECK(n.kind == NumberKind::kOther);
  }
  Found f = One("The CDC estimates that one in 45 children has autism.");
  CHECK(f.kind == NumberKind::kFraction);
  CHECK(f.value == doctest::Approx(1.0 / 45));
}

TEST_CASE("NumberExtractor: margins, one-time, second days and spans written '-long'") {
  Found m = One("The margin of error is plus or minus 3.5 percentage points.");
  CHECK(m.value == doctest::Approx(3.5));
  CHECK(m.kind == NumberKind::kPercent);
  CHECK(One("It was cold at minus 5.").value == -5);
  CHECK(One("He met his one-time rivals.").kind == NumberKind::kOther);
  auto d = Numbers("They met between July 17 and 21 in Paris.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].kind == NumberKind::kDate);
  auto c = Numbers("In July 5 and 6 people died.");
  REQUIRE(c.size() == 2);
  CHECK(c[1].kind == NumberKind::kCardinal);
  CHECK(One("It took a three-decades-long war.").kind == NumberKind::kDuration);
  CHECK(One("A neighbour, Curtis Lee White II, 19, was arrested.").kind == NumberKind::kAge);
}

TEST_CASE("NumberExtractor: an age written 'two-year old' with a space before 'old'") {
  Found a = One("A two-year old girl began treatment.");
  CHECK(a.kind == NumberKind::kAge);
  CHECK(a.unit == "year-old");
  CHECK(a.text == "two-year old");
  CHECK(One("He signed a two-year deal.").kind == NumberKind::kDuration);
}

TEST_CASE("NumberExtractor: 'the 1996 year' is a year; a share before a place") {
  CHECK(One("Forecasts for the 1996 year were cut.").kind == NumberKind::kYear);
  CHECK(One("They waited for a 5 year term.").kind == NumberKind::kDuration);
  Found f = One("It is one in three in Belgium.");
  CHECK(f.kind == NumberKind::kFraction);
  CHECK(f.value == doctest::Approx(1.0 / 3));
}

TEST_CASE("NumberExtractor: '16 is a year; a month glued to a label; 'the previous year and a half'") {
  Found y = One("The deficit will reverse course in '16 as costs rise.");
  CHECK(y.kind == NumberKind::kYear);
  CHECK(y.value == 16);
  auto d = Numbers("Sara Bondioli moderatorFeaturedFebruary 6, 2016 said it.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].kind == NumberKind::kDate);
  Found h = One("He reported no fees in the previous year and a half.");
  CHECK(h.value == doctest::Approx(1.5));
  CHECK(h.unit == "year");
}

TEST_CASE("NumberExtractor: jetliner names are not counts; 'the first one or two'") {
  auto j = Numbers("Buying a 25-year-old 757 is cheap.");
  REQUIRE(j.size() == 2);
  CHECK(j[1].kind == NumberKind::kOther);
  CHECK(One("He flies his 757 jet.").kind == NumberKind::kOther);
  CHECK(One("It carried 737 passengers.").kind == NumberKind::kCardinal);
  auto r = Numbers("In the first one or two matches you find your rhythm.");
  REQUIRE(!r.empty());
  CHECK(r.back().is_range);
  CHECK(r.back().low == 1);
  CHECK(r.back().high == 2);
}

TEST_CASE("NumberExtractor: a poll result writes its percent once ('45 to 40 percent', '47-38 percent')") {
  for (const char* text : {"Trump leads Clinton 45 to 40 percent in the poll.",
                           "Trump leads, 45-40 percent, in the poll.",
                           "Trump won a 45-to-40 percent victory."}) {
    CAPTURE(text);
    auto r = Numbers(text);
    REQUIRE(r.size() == 2);
    CHECK(r[0].kind == NumberKind::kPercent);
    CHECK_FALSE(r[0].is_range);
    CHECK(r[0].value == 45);
    CHECK(r[0].text == "45");
    CHECK(r[1].kind == NumberKind::kPercent);
    CHECK(r[1].value == 40);
    CHECK(r[1].unit == "percent");
  }
  // Not after a change word, "from" (a descending range) or without percent.
  CHECK(One("Rates fell from 4.8 to 4.7 percent.").is_range);
  CHECK(Numbers("It rose 5 to 3 percent.")[0].kind == NumberKind::kCardinal);
  Found v = One("The panel voted 4-to-3 on Monday.");
  CHECK(v.is_range);
  CHECK(v.unit.empty());
}

TEST_CASE("NumberExtractor: a spelled number after a label word names it ('group six', 'part two')") {
  CHECK(One("It takes his side into group six , where they meet Zaire.").kind == NumberKind::kOther);
  CHECK(One("They play their opening group four match on Sunday.").kind == NumberKind::kOther);
  CHECK(One("It is part two of the series.").kind == NumberKind::kOther);
  // A number that counts a plural after the label word stays a count.
  CHECK(One("He hit the group three times.").kind != NumberKind::kOther);
  CHECK(One("He told the group two weeks ago.").kind == NumberKind::kDuration);
}

TEST_CASE("NumberExtractor: 'the vote was 5 to 4' is a tally, as '5-4' is") {
  for (const char* text : {"The vote was 5 to 4, with the conservatives in the majority.",
                           "The bill passed by a vote of 90 to 10.",
                           "He was confirmed 92 to 0."}) {
    CAPTURE(text);
    auto r = Numbers(text);
    REQUIRE(r.size() == 1);
    CHECK(r[0].is_range);
    CHECK(r[0].low > r[0].high);
    CHECK(r[0].unit.empty());
  }
  // Without a vote or result word: two numbers, as before.
  CHECK(Numbers("Scores moved from 8 to 5 points, 8 to 5.").size() >= 2);
  CHECK_FALSE(Numbers("Temperatures were 8 to 5 in the north.")[0].is_range);
}

TEST_CASE("NumberExtractor: 'a dozen seven-year-old cheques' is a dozen, not nineteen") {
  auto r = Numbers("Workers found a dozen seven-year-old cheques in a pipe.");
  REQUIRE(r.size() == 2);
  CHECK(r[0].value == 12);
  CHECK(r[1].value == 7);
  CHECK(r[1].kind == NumberKind::kAge);
  CHECK(One("He bought two dozen eggs.").value == 24);
}

TEST_CASE("NumberExtractor: an ascending pair after a contest word is two results, not a range") {
  for (const char* text : {"She lost the state 36 percent to 51 percent.",
                           "Trump trails Clinton 40 percent to 45 percent in the poll.",
                           "Trump trails Clinton 40 to 45 percent in the poll.",
                           "He has a deficit among women (34%-54%) in the poll."}) {
    CAPTURE(text);
    auto r = Numbers(text);
    REQUIRE(r.size() == 2);
    CHECK_FALSE(r[0].is_range);
    CHECK(r[0].kind == NumberKind::kPercent);
    CHECK(r[1].kind == NumberKind::kPercent);
    CHECK(r[0].value < r[1].value);
  }
  // Bare, and after the rival's name (not an identifier like "iPhone 11").
  for (const char* text : {"Clinton trails 40 to 45.", "Clinton leads Trump 45 to 40.",
                           "Clinton trails Trump 40 to 45 in the poll."}) {
    CAPTURE(text);
    auto r = Numbers(text);
    REQUIRE(r.size() == 2);
    CHECK(r[0].kind == NumberKind::kCardinal);
    CHECK_FALSE(r[0].is_range);
  }
  // Written with a dash: a score, loser first, or two percentages.
  Found score = One("Trump trails Clinton 40-45 in the poll.");
  CHECK(score.kind == NumberKind::kCardinal);
  CHECK(score.is_range);
  CHECK(score.low == 40);
  CHECK(score.high == 45);
  auto shares = Numbers("Trump trails Clinton 40-45 percent in the poll.");
  REQUIRE(shares.size() == 2);
  CHECK(shares[0].kind == NumberKind::kPercent);
  CHECK_FALSE(shares[0].is_range);
  CHECK(shares[1].value == 45);
  CHECK(One("They expect 40-45 percent growth.").is_range);
  // "from" makes a change, written as its two ends (NewsQuant's "jumped from
  // 240 to 273"); a bound or "of" before the number keeps a range.
  Found from = One("Support for her rose from 40 percent to 45 percent.");
  CHECK(from.is_range);
  CHECK(from.low == 40);
  CHECK(from.high == 45);
  CHECK(One("Clinton's lead of 5 to 10 points held.").is_range);
  CHECK(One("He is expected to win 5 to 10 percent of the vote.").is_range);
  CHECK(One("The poll put support at 5 to 10 percent.").is_range);
}

TEST_CASE("NumberExtractor: military-style clock times ('1445 local time', '0600 hrs') are times") {
  for (const char* text : {"Play would start again at 1445 local time.",
                           "Fighting resumed at 0530 Moscow time.", "The attack began at 0900 GMT.",
                           "The curfew starts at 2200 hours.", "It was signed at 0600 hrs."}) {
    CAPTURE(text);
    CHECK(One(text).kind == NumberKind::kTime);
  }
  CHECK(One("Play would start again at 1445 local time.").text == "1445 local time");
  // Durations and counts stay: no leading zero nor "at", "of" after, no
  // "time" after the place word.
  CHECK(One("He spent 1400 hours in the air.").kind == NumberKind::kDuration);
  CHECK(One("They logged 0600 hours of footage.").kind == NumberKind::kDuration);
  CHECK(One("About 1500 local residents protested.").kind == NumberKind::kCardinal);
}

TEST_CASE("NumberExtractor: points abbreviated and glued ('5pts', '5pt', '3ppts') have their unit") {
  Found a = One("Labour leads by 5pts in the poll.");
  CHECK(a.kind == NumberKind::kMeasure);
  CHECK(a.unit == "point");
  CHECK(a.value == 5);
  CHECK(One("The index fell 12pt on Monday.").unit == "point");
  CHECK(One("He scored 25 pts in the game.").unit == "point");
  Found p = One("Labour is up 3ppts on last month.");
  CHECK(p.kind == NumberKind::kPercent);
  CHECK(p.unit == "percentage point");
}

TEST_CASE("NumberExtractor: a range of shares ('one-quarter to one-third of') is one range") {
  for (const char* text : {"He estimated that one-quarter to one-third of the workers agree.",
                           "He estimated that a quarter to a third of the workers agree.",
                           "Turnout fell by between a quarter and a third."}) {
    CAPTURE(text);
    Found f = One(text);
    CHECK(f.kind == NumberKind::kFraction);
    CHECK(f.is_range);
    CHECK(f.low == 0.25);
    CHECK(f.high == doctest::Approx(1.0 / 3));
  }
  // A whole number and a share still add up.
  CHECK(One("It took two and a half years.").value == 2.5);
}

TEST_CASE("NumberExtractor: 'the 50 and 100 metres' shares the unit written once") {
  for (const char* text : {"He won the 50 and 100 metres freestyle titles.",
                           "He holds the Olympic 50 and 100 metres titles.",
                           "They led by 5 and 10 percentage points, respectively."}) {
    CAPTURE(text);
    auto r = Numbers(text);
    REQUIRE(r.size() == 2);
    CHECK_FALSE(r[0].is_range);
    CHECK(r[0].unit == r[1].unit);
    CHECK(r[0].kind == r[1].kind);
  }
  // Not money, whose scale word would be needed too; "between" keeps a range.
  CHECK(Numbers("He sold 2 and 3 million euros.")[0].unit.empty());
  CHECK(One("Between 5 and 10 percent agreed.").is_range);
}

TEST_CASE("NumberExtractor: a capitalized function word in a headline is no name before a number") {
  for (const char* text : {"AT LEAST 10 KILLED IN ISTANBUL EXPLOSION",
                           "MORE THAN 200 ARRESTED IN PARIS",
                           "The Entire GOP Race Is Hinging On These 2 States"}) {
    CAPTURE(text);
    CHECK(One(text).kind == NumberKind::kCardinal);
  }
  // Names and models stay identifiers.
  CHECK(One("Windows 10 arrives.").kind == NumberKind::kOther);
  CHECK(One("He bought an iPhone 11 yesterday.").kind == NumberKind::kOther);
  CHECK(One("They meet at Under 70 Auto Sales.").kind == NumberKind::kOther);
}

TEST_CASE("NumberExtractor: a key to press and a chapter and verse are no quantities") {
  CHECK(One("Press 1 for English.").kind == NumberKind::kOther);
  CHECK(Numbers("In America one must dial ''1'' for English.").back().kind == NumberKind::kOther);
  CHECK(One("He pressed 2 buttons.").kind == NumberKind::kCardinal);
  // Any quote mark the text stage knows, curly ones too.
  CHECK(One("Press \u201c2\u201d now.").kind == NumberKind::kOther);
  CHECK(One("Dial '0' for the operator.").kind == NumberKind::kOther);
  CHECK(One("They avoid those who deceive (Ephesians 5:6).").kind == NumberKind::kOther);
  Found ratio = One("The board voted 3:1 to approve.");
  CHECK(ratio.kind == NumberKind::kFraction);
  CHECK(ratio.value == 3);
}

TEST_CASE("NumberExtractor: a whole number and a word fraction before a unit are one value") {
  Found f = One("He ran three and a fifth miles.");
  CHECK(f.value == doctest::Approx(3.2));
  CHECK(f.unit == "mile");
  CHECK(f.text == "three and a fifth miles");
  Found h = One("It took 3 and a third hours.");
  CHECK(h.value == doctest::Approx(10.0 / 3));
  CHECK(h.kind == NumberKind::kDuration);
  CHECK(One("They walked two and a half miles.").value == 2.5);
  CHECK(One("It weighs one and a quarter tons.").value == 1.25);
  // A singular noun after it keeps the ordinal: "a third party".
  auto r = Numbers("He backed the two and a third party candidate.");
  REQUIRE(r.size() == 2);
  CHECK(r[1].kind == NumberKind::kOrdinal);
  CHECK(One("It was a fifth plane.").kind == NumberKind::kOrdinal);
}

TEST_CASE("NumberExtractor: a score or poll pair with an en dash or a spaced dash is one pair") {
  for (const char* text : {"She has a 52\u201348 edge over Trump.", "Clinton leads 48 - 45 in Ohio.",
                           "Clinton leads 48 -45 in Ohio.", "Barcelona won 5\u20132 at home.",
                           "She has a 52-48 edge over Trump."}) {
    CAPTURE(text);
    Found f = One(text);
    CHECK(f.is_range);
    CHECK(f.kind == NumberKind::kCardinal);
    CHECK(f.low > f.high);
    CHECK(f.unit.empty());
  }
  // Loser first after a word of standing, as "trails 40-45".
  Found t = One("Clinton trails 40\u201345 in Ohio.");
  CHECK(t.low == 40);
  CHECK(t.high == 45);
  // One percent sign for both shares: two percentages.
  auto p = Numbers("Clinton leads 48\u201345 percent.");
  REQUIRE(p.size() == 2);
  CHECK(p[0].kind == NumberKind::kPercent);
  CHECK(p[1].text == "45 percent");
  // A spaced dash that sets off a clause, or an em dash, joins nothing.
  CHECK(Numbers("Police killed 12 - 3 of them children.").size() == 2);
  CHECK(Numbers("They won 45 \u2014 30 at home.").size() == 2);
  // A range ascends: "5\u201310 percent".
  CHECK(One("Prices grew 5\u201310 percent.").high == 10);
}

TEST_CASE("NumberExtractor: a unit abbreviation glued to a longer word is no unit ('5ptsmoderator')") {
  CHECK(One("He leads by 5pts.").unit == "point");
  Found f = One("Sara Bondioli 5ptsmoderatorFeatured");
  CHECK(f.unit.empty());
  CHECK(f.kind == NumberKind::kOther);
}

TEST_CASE("NumberExtractor: the digits of a web address are no numbers") {
  CHECK(Numbers("You can go to https://www.test.com/search?q=30%25%2020% now.").empty());
  CHECK(Numbers("Details at www.example.org/2019/05/report-7 today.").empty());
  // Outside the address the numbers stay.
  auto all = Numbers("Sales rose 30% (see http://x.com/a?b=5%20c).");
  REQUIRE(all.size() == 1);
  CHECK(all[0].value == 30);
  CHECK(all[0].kind == NumberKind::kPercent);
  // "www." inside a word opens no address.
  CHECK(Numbers("Awww.5 people came.").size() == 1);
}

TEST_CASE("NumberExtractor: hundreds and tens before a units ordinal are one ordinal") {
  Found f = One("the one hundred twenty-fifth anniversary");
  CHECK(f.value == 125);
  CHECK(f.kind == NumberKind::kOrdinal);
  f = One("the one hundred twenty fifth anniversary");
  CHECK(f.value == 125);
  CHECK(f.kind == NumberKind::kOrdinal);
  // A fraction with numerator one stays a fraction; "second" unjoined may
  // be seconds; a hyphenated compound ordinal is its own word.
  CHECK(One("one twenty-fifth").value == doctest::Approx(0.04));
  CHECK(One("a hundred twenty second spot").kind != NumberKind::kOrdinal);
  auto picks = Numbers("the top one hundred twenty first-round picks");
  REQUIRE(!picks.empty());
  CHECK(picks[0].value == 120);
}

TEST_CASE("NumberExtractor: 'one' before a unit of measure or money counts it") {
  Found f = One("that one mile can provide.");
  CHECK(f.value == 1);
  CHECK(f.unit == "mile");
  // The pronoun stays: "the one you mentioned", and "the one day" is a time.
  CHECK(Numbers("the one you mentioned").empty());
  CHECK(Numbers("I remember the one day we met").empty());
}

TEST_CASE("NumberExtractor: a currency word after a number is no prefix of the next") {
  auto all = Numbers("it only cost thirteen dollars forty-five");
  REQUIRE(all.size() == 2);
  CHECK(all[0].value == 13);
  CHECK(all[0].unit == "dollar");
  CHECK(all[1].text == "forty-five");
  CHECK(all[1].unit.empty());
  all = Numbers("deposits: 10 turkish lira 11a");
  REQUIRE(all.size() == 2);
  CHECK(all[0].unit == "turkish lira");
  CHECK(all[1].value == 11);
  CHECK(all[1].unit.empty());
  // Glued to the next number, the symbol is that number's ("nine $2,500").
  all = Numbers("received nine $2,500 donations");
  REQUIRE(!all.empty());
  CHECK(all.back().value == 2500);
  CHECK(all.back().unit == "dollar");
  all = Numbers("dropped from 660,000 dollars four years ago");
  REQUIRE(all.size() == 2);
  CHECK(all[0].unit == "dollar");
  CHECK(all[1].value == 4);
  CHECK(all[1].unit == "year");
  // A symbol of its own still reads.
  all = Numbers("It cost 10 dollars, then $5 more.");
  REQUIRE(all.size() == 2);
  CHECK(all[1].unit == "dollar");
}

TEST_CASE("NumberExtractor: a whole amount and its subunit are one amount") {
  Found f = One("it only cost 3 dollars 50 cents.");
  CHECK(f.value == doctest::Approx(3.5));
  CHECK(f.unit == "dollar");
  CHECK(One("thirteen dollars and forty-five cents").value == doctest::Approx(13.45));
  f = One("a ticket at £2 and 50 pence");
  CHECK(f.value == doctest::Approx(2.5));
  CHECK(f.unit == "pound sterling");
  // Two amounts apart stay two: a comma, or cents that make a dollar.
  CHECK(Numbers("$3, 50 cents").size() == 2);
  CHECK(Numbers("3 dollars 150 cents").size() == 2);
}

TEST_CASE("NumberExtractor: dollar symbols with a country code, 'percents', bits") {
  Found bits = One("a 64-bit processor");
  CHECK(bits.kind == NumberKind::kMeasure);
  CHECK(bits.unit == "bit");
  CHECK(One("the C $ 300 million charge").unit == "canadian dollar");
  CHECK(One("would amount to about c $ 1.34 a share").unit == "canadian dollar");
  CHECK(One("Sell Mex$ 10 million forward").unit == "mexican peso");
  CHECK(One("nzd$15").unit == "new zealand dollar");
  CHECK(One("aud$ 15").unit == "australian dollar");
  CHECK(One("usd$ 15").unit == "dollar");
  Found f = One("one hundred percents");
  CHECK(f.value == 100);
  CHECK(f.kind == NumberKind::kPercent);
}

TEST_CASE("NumberExtractor: a digits-only unit counts after digits, not after a word ('not one bit')") {
  CHECK(One("It doesn't bother me one bit.").kind == NumberKind::kCardinal);
  CHECK(One("It doesn't bother me one bit.").unit.empty());
  CHECK(One("The chip moves 64 bits at once.").unit == "bit");
  CHECK(One("It stores 2 million bits.").unit == "bit");
}

TEST_CASE("NumberExtractor: a unit after a vulgar fraction is its unit") {
  Found f = One("½ teaspoon baking powder");
  CHECK(f.value == 0.5);
  CHECK(f.kind == NumberKind::kMeasure);
  CHECK(f.unit == "teaspoon");
  f = One("He survived 5 ½ years in prison.");
  CHECK(f.value == 5.5);
  CHECK(f.kind == NumberKind::kDuration);
  CHECK(f.unit == "year");
  CHECK(f.text == "5 ½ years");
  f = One("It is 1½ miles away.");
  CHECK(f.value == 1.5);
  CHECK(f.unit == "mile");
  // No unit after it: the fraction alone, as before.
  f = One("He ate ½ of it.");
  CHECK(f.kind == NumberKind::kFraction);
  CHECK(One("1½ of them").value == 1.5);
}

TEST_CASE("NumberExtractor: a spelled count before an amount counts, the symbol is the amount's") {
  auto all = Numbers("The charity mailed nine $2,500 checks to families.");
  REQUIRE(all.size() == 2);
  CHECK(all[0].text == "nine");
  CHECK(all[0].value == 9);
  CHECK(all[0].kind == NumberKind::kCardinal);
  CHECK(all[0].unit.empty());
  CHECK(all[1].value == 2500);
  CHECK(all[1].unit == "dollar");
  all = Numbers("She paid with two $5 bills.");
  REQUIRE(all.size() == 2);
  CHECK(all[0].kind == NumberKind::kCardinal);
  CHECK(all[1].value == 5);
  // A symbol set off from the next number still follows its own.
  CHECK(One("It cost nine dollars in all.").unit == "dollar");
}

TEST_CASE("NumberExtractor: a digits-only unit counts after a fraction glyph ('½ bit')") {
  Found f = One("The drive stores ½ bit per cell.");
  CHECK(f.value == 0.5);
  CHECK(f.kind == NumberKind::kMeasure);
  CHECK(f.unit == "bit");
  CHECK(f.text == "½ bit");
  CHECK(One("The drive stores 5 bit per cell.").unit == "bit");
}

TEST_CASE("NumberExtractor: 'cup' is a unit after a number below two or as 'cups'") {
  Found f = One("Add 1/2 cup of sugar.");
  CHECK(f.value == 0.5);
  CHECK(f.kind == NumberKind::kMeasure);
  CHECK(f.unit == "cup");
  CHECK(One("Stir in ½ cup oil.").unit == "cup");
  CHECK(One("Pour one cup of milk.").unit == "cup");
  f = One("Sift 2 cups flour.");
  CHECK(f.value == 2);
  CHECK(f.unit == "cup");
  // A singular "cup" after a larger number modifies the noun after it.
  f = One("He won three cup finals.");
  CHECK(f.kind == NumberKind::kCardinal);
  CHECK(f.unit.empty());
  f = One("the 2019 cup final was played in may");
  CHECK(f.kind == NumberKind::kYear);
}

TEST_CASE("NumberExtractor: a count of a scale ordinal is one ordinal ('two hundredth')") {
  Found f = One("She finished two hundredth in the race.");
  CHECK(f.value == 200);
  CHECK(f.kind == NumberKind::kOrdinal);
  CHECK(f.text == "two hundredth");
  f = One("The park welcomed its two millionth visitor.");
  CHECK(f.value == 2e6);
  CHECK(f.kind == NumberKind::kOrdinal);
  CHECK(One("the two hundred thousandth sale").value == 2e5);
  // Shares stay shares: plural or one part.
  f = One("It took five millionths.");
  CHECK(f.kind == NumberKind::kFraction);
  CHECK(f.value == doctest::Approx(5e-6));
  CHECK(One("It took one thousandth.").value == doctest::Approx(0.001));
  // Before "of" no 5,000,000th either. TODO(rev8): the share 5e-6 is
  // still read as the cardinal 5 and the ordinal "millionth".
  auto all = Numbers("It lasted five millionth of an hour.");
  REQUIRE(!all.empty());
  CHECK(all[0].kind == NumberKind::kCardinal);
  CHECK(all[0].value == 5);
  for (const auto& n : all) CHECK(n.value != 5e6);
  // Bare, the NumberModel spec's reading: the cardinal and the ordinal.
  all = Numbers(" two millionth");
  REQUIRE(all.size() == 2);
  CHECK(all[0].value == 2);
  CHECK(all[0].kind == NumberKind::kCardinal);
}

TEST_CASE("NumberExtractor: a glyph fraction glued to a whole number before a unit ('41/2 years')") {
  Found f = One("He served 41/2 years in prison.");
  CHECK(f.value == 4.5);
  CHECK(f.kind == NumberKind::kDuration);
  CHECK(f.unit == "year");
  CHECK(One("Some 71/3 inches of rain fell.").value == doctest::Approx(22.0 / 3));
  CHECK(One("a 103/4 mile hike").value == 10.75);
  // With no unit after it, an improper fraction stays: odds, a date list.
  f = One("Arsenal are 11/2 to win.");
  CHECK(f.value == 5.5);
  CHECK(f.kind == NumberKind::kFraction);
  // Not a glyph fraction (2/4, 5/3): as written.
  CHECK(One("It was 12/4 years.").value == 3);
}

TEST_CASE("NumberExtractor: a web address in capitals is no number ('WWW.EXAMPLE2024.COM')") {
  CHECK(Numbers("Read it at WWW.EXAMPLE.COM/2024/05/01 today.").empty());
  CHECK(Numbers("Go to Www.Example.com/30-percent now.").empty());
  CHECK(Numbers("WWW.EXAMPLE2024.COM").empty());
  // "WWW." inside a word opens no address.
  CHECK(Numbers("AWWW.5 people came.").size() == 1);
}

TEST_CASE("NumberExtractor: 'second' after 'per', 'split' or 'of a' is the unit of time, no ordinal") {
  Found f = One("It took a hundredth of a second.");
  CHECK(f.kind == NumberKind::kFraction);
  CHECK(Numbers("For a second, nothing happened.").empty());
  CHECK(Numbers("A split second later it fell.").empty());
  // A noun after it, or no preposition before the article: an ordinal.
  CHECK(One("He ran for a second term.").kind == NumberKind::kOrdinal);
  CHECK(One("A second, larger quake hit.").kind == NumberKind::kOrdinal);
  CHECK(One("She finished second!").kind == NumberKind::kOrdinal);
  // After a preposition and "a", a comparative after the comma still
  // makes the ordinal before its noun; other words leave the time.
  CHECK(One("Minutes after a second, larger quake struck.").kind == NumberKind::kOrdinal);
  CHECK(One("In a second, more detailed report, it changed.").kind == NumberKind::kOrdinal);
  CHECK(Numbers("He paused for a second, then spoke.").empty());
  CHECK(One("It lasted a hundredth of a second, officials said.").kind ==
        NumberKind::kFraction);
}

TEST_CASE("NumberExtractor: a scale word on the high end of an 'or' range applies to both") {
  Found f = One("Seven or eight thousand votes is very achievable.");
  CHECK(f.is_range);
  CHECK(f.low == 7000);
  CHECK(f.high == 8000);
  f = One("It costs 5 or 6 million dollars.");
  CHECK(f.kind == NumberKind::kMoney);
  CHECK(f.low == 5e6);
  CHECK(f.high == 6e6);
  CHECK(One("I had two or three beers.").high == 3);
  // No scale word: alternatives far apart stay two numbers.
  CHECK(Numbers("It was 1 or 2,000.").size() == 2);
}

TEST_CASE("NumberExtractor: an international phone number ('+44 171 542 7658') is a phone") {
  Found f = One("-- London Newsroom +44 171 542 7658");
  CHECK(f.kind == NumberKind::kPhone);
  CHECK(f.text == "+44 171 542 7658");
  f = One("-- George Georgiopoulos , Athens Newsroom +301 3311812-4");
  CHECK(f.kind == NumberKind::kPhone);
  CHECK(f.text == "+301 3311812-4");
  // A sign before one number stays a sign.
  CHECK(One("The index closed +5 on the day.").kind == NumberKind::kCardinal);
}

TEST_CASE("NumberExtractor: a race time with decimal seconds is a time, not a ratio ('2:29.34')") {
  CHECK(One("The previous mark of 2:29.34 was set here.").kind == NumberKind::kTime);
  CHECK(One("Coulthard clocked 1:54.342 in qualifying.").kind == NumberKind::kTime);
  // One digit after the colon: a ratio.
  Found f = One("They voted 3:1 in favour.");
  CHECK(f.kind == NumberKind::kFraction);
  CHECK(f.value == 3);
}

TEST_CASE("NumberExtractor: a share before a comparative is a fraction ('a third less than')") {
  Found f = One("Her pay is one-third less than her own.");
  CHECK(f.kind == NumberKind::kFraction);
  CHECK(f.value == doctest::Approx(1.0 / 3));
  CHECK(One("Pay is a third lower than before.").kind == NumberKind::kFraction);
  // An ordinal before a noun stays one.
  CHECK(One("It was a third term.").kind == NumberKind::kOrdinal);
}

TEST_CASE("NumberExtractor: a number before a label word that is counted is no label ('one group one thing')") {
  auto all = Numbers("They tell one group one thing.");
  REQUIRE(all.size() == 2);
  CHECK(all[1].kind == NumberKind::kCardinal);
  CHECK(One("They were drawn in group one.").kind == NumberKind::kOther);
}

TEST_CASE("NumberExtractor: an age said of a person ('He was 47.', 'died on Monday at 88') is an age") {
  CHECK(One("He was 47.").kind == NumberKind::kAge);
  CHECK(One("Her mother learned of it when she was 25 and left.").kind == NumberKind::kAge);
  CHECK(One("Yvonne Brill, who died on Wednesday at 88 in Princeton, was an engineer.").kind ==
        NumberKind::kAge);
  CHECK(One("Schlafly dies at 92;").kind == NumberKind::kAge);
  CHECK(One("He was 47.").unit.empty());  // none is written
  // Not a count of people nor a score.
  CHECK(One("He was 47 points behind.").kind != NumberKind::kAge);
  CHECK(One("It was 47.").kind == NumberKind::kCardinal);
  CHECK(One("They arrived at 47 stations.").kind == NumberKind::kCardinal);
}

TEST_CASE("NumberExtractor: an age in apposition before a semicolon ('Ivanka, 34; Eric, 32;')") {
  auto all = Numbers("His children are Ivanka, 34; Eric Trump, 32; and Barron, 9.");
  REQUIRE(all.size() == 3);
  for (const Found& f : all) CHECK(f.kind == NumberKind::kAge);
}

TEST_CASE("NumberExtractor: a capitalized word opening a quoted sentence is no name ('“Before 2003,')") {
  CHECK(One("\u201cBefore 2003, the idea of reform was dominant,\u201d he said.").kind ==
        NumberKind::kYear);
  CHECK(One("\u201cNearly 40 died,\u201d he said.").kind == NumberKind::kCardinal);
  // A name still names: "Apollo 11" inside the quote.
  CHECK(One("\u201cApollo 11 landed,\u201d he said.").kind == NumberKind::kOther);
  CHECK(One("He said the \u201cVision 2030\u201d plan failed.").kind == NumberKind::kOther);
}

TEST_CASE("NumberExtractor: lower-cased dates ('dated feb. 21', 'on march 29.') are dates") {
  CHECK(One("the report dated feb. 21 estimates savings.").kind == NumberKind::kDate);
  CHECK(One("THE REPORT DATED FEB. 21 ESTIMATES SAVINGS.").kind == NumberKind::kDate);
  CHECK(One("brexit is due to take place on march 29.").kind == NumberKind::kDate);
  CHECK(One("for the week ending march 19, the fewest since").kind == NumberKind::kDate);
  auto two = Numbers("the annual meeting may 7 and 8");
  REQUIRE(!two.empty());
  CHECK(two[0].kind == NumberKind::kDate);
  // The verbs: a number that does not end the clause is no day.
  CHECK(One("prices may 3 percent").kind != NumberKind::kDate);
  CHECK(One("the march 29 miles long").kind != NumberKind::kDate);
}

TEST_CASE("NumberExtractor: an address in lower case ('49 zorro ranch road') is no quantity") {
  CHECK(One("properties including 49 zorro ranch road, stanley").kind == NumberKind::kOther);
  CHECK(One("he lives at 575 wilbraham road.").kind == NumberKind::kOther);
  CHECK(One("a flat at 22 ave foch, paris").kind == NumberKind::kOther);
  // Counted roads and lanes, and a measured road, stay quantities.
  CHECK(One("they built 5 new roads").kind == NumberKind::kCardinal);
  CHECK(One("a 3 mile road").kind == NumberKind::kMeasure);
  CHECK(One("they widened 3 lanes").kind == NumberKind::kCardinal);
}

TEST_CASE("NumberExtractor: an age in apposition in lower-cased copy ('armstrong, 25, said')") {
  CHECK(One("jamie armstrong, 25, said she ended up there").kind == NumberKind::kAge);
  CHECK(One("senard, 65, now faces the task").kind == NumberKind::kAge);
  // A lower-case word and a number between commas, not a person's clause.
  CHECK(One("the apples, 25, were sold").kind == NumberKind::kCardinal);
}

TEST_CASE("NumberExtractor: lower-case currency prefixes glued to digits ('rm23.50', '$a82')") {
  Found rm = One("heineken malaysia rose to rm23.50");
  CHECK(rm.kind == NumberKind::kMoney);
  CHECK(rm.unit == "malaysian ringgit");
  CHECK(rm.value == doctest::Approx(23.5));
  Found aud = One("worth $a82,615,680");
  CHECK(aud.unit == "australian dollar");
  CHECK(aud.value == 82615680);
}

TEST_CASE("NumberExtractor: a range's scale written as wire copy abbreviates it ('$89 to $93 bln')") {
  Found a = One("down from the $89 to $93 bln it had projected");
  CHECK(a.is_range);
  CHECK(a.low == doctest::Approx(89e9));
  CHECK(a.high == doctest::Approx(93e9));
  Found b = One("sales of 5 to 7 mln tonnes");
  CHECK(b.low == doctest::Approx(5e6));
  CHECK(b.high == doctest::Approx(7e6));
  Found c = One("a value of 33-35 bln euros");
  CHECK(c.kind == NumberKind::kMoney);
  CHECK(c.low == doctest::Approx(33e9));
  CHECK(c.high == doctest::Approx(35e9));
  // A capital letter alone stays no scale after a pair.
  CHECK(One("scores 5-10 MM").kind != NumberKind::kMoney);
}

TEST_CASE("NumberExtractor: a sentence in capitals is read as lower-cased copy ('SCORED 22 GOALS')") {
  // Every word is capitalized, so no capital marks a name: the count is no
  // identifier after a name ("Apollo 11") nor a name's number.
  CHECK(One("STRIKER SCORED 22 GOALS LAST SEASON").kind == NumberKind::kCardinal);
  CHECK(One("SHARES FELL 3 PERCENT ON MONDAY").unit == "percent");
  // Mixed case keeps the name reading; two capitalized words are no headline.
  CHECK(One("Then Apollo 11 landed on the moon.").kind == NumberKind::kOther);
  CHECK(One("NASA SAID Apollo 11 landed.").kind == NumberKind::kOther);
}

TEST_CASE("NumberExtractor: a sign after any currency symbol ('£-50.8bn', '€-3m')") {
  Found a = One("the deficit narrowed to \u00a3-50.8bn last year");
  CHECK(a.kind == NumberKind::kMoney);
  CHECK(a.unit == "pound sterling");
  CHECK(a.value == doctest::Approx(-50.8e9));
  CHECK(One("a result of \u20ac-3m").value == doctest::Approx(-3e6));
  CHECK(One("a result of $-4m").value == doctest::Approx(-4e6));
}

TEST_CASE("NumberExtractor: a unit hyphened to a participle keeps it ('43.4 per cent-owned')") {
  Found a = One("the company is 43.4 per cent-owned by the state");
  CHECK(a.kind == NumberKind::kPercent);
  CHECK(a.text == "43.4 per cent-owned");
  CHECK(One("a 20 percent-controlled unit").unit == "percent");
  // Not a participle: the hyphened word is no unit.
  CHECK(One("about 20 percent-plus").text == "20");
}

TEST_CASE("NumberExtractor: a decimal glued 'm' before adjectives and a plural is a million") {
  Found a = One("most of the combined 4.3m digital sales");
  CHECK(a.kind == NumberKind::kCardinal);
  CHECK(a.value == doctest::Approx(4.3e6));
  CHECK(One("the 4.3m digital and physical sales").value == doctest::Approx(4.3e6));
  CHECK(One("it has 1.2m active users").value == doctest::Approx(1.2e6));
  // Integers are distances; a dimension word is no adjective here.
  CHECK(One("the 200m individual medley heats").unit == "metre");
  CHECK(One("a 2.5m high concrete walls").unit == "metre");
}

TEST_CASE("NumberExtractor: suspended hyphens without commas ('four- five- and six-cylinder')") {
  auto all = Numbers("The car comes with four- five- and six-cylinder engines.");
  REQUIRE(all.size() == 3);
  CHECK(all[0].value == 4);
  CHECK(all[1].value == 5);
  CHECK(all[2].value == 6);
  for (const Found& f : all) {
    CHECK(!f.is_range);
    CHECK(f.unit == "cylinder");
  }
  // A dash glued to both numbers still joins a range.
  CHECK(One("for 4-5 days").is_range);
}

TEST_CASE("NumberExtractor: a hyphened scale abbreviation after digits ('400 mln-year-old')") {
  Found a = One("the 400 mln-year-old bedrock");
  CHECK(a.value == doctest::Approx(4e8));
  CHECK(a.unit == One("the 400 million-year-old bedrock").unit);
  Found b = One("a 1.8 bln-mile orbit");
  CHECK(b.value == doctest::Approx(1.8e9));
  CHECK(b.unit == "mile");
  // Without digits before it the word is no scale.
  CHECK(Numbers("the mln-strong crowd").empty());
}

TEST_CASE("NumberExtractor: a scale letter that starts a model name is no scale ('3 M4 rifles')") {
  // "M4" is a rifle's name: its "M" is not "million" (was 3,000,000 and
  // 223,000).
  for (const Found& f : Numbers("He bought 3 M4 rifles.")) CHECK(f.value < 1000);
  for (const Found& f : Numbers("The police found a Bushmaster .223 M4 carbine.")) {
    CHECK(f.value < 1000);
  }
  // A scale letter standing alone still scales.
  CHECK(One("It raised 10 M in new money.").value == doctest::Approx(1e7));
}

TEST_CASE("NumberExtractor: an international phone number with short groups ('+225 21 90 90')") {
  for (const char* t : {"-- Abidjan newsroom +225 21 90 90", "Call +31 20 504 5000 now.",
                        "-- Oslo newsroom +47 22 42 50 41"}) {
    CAPTURE(t);
    auto all = Numbers(t);
    REQUIRE(all.size() == 1);
    CHECK(all[0].kind == NumberKind::kPhone);
  }
  // A one-digit sign before two-digit groups is no country code.
  CHECK(Numbers("He finished +2 71 72 73 .")[0].kind != NumberKind::kPhone);
}

TEST_CASE("NumberExtractor: an age group's name is no count ('an under-21 qualifier')") {
  CHECK(One("England beat Moldova in an under-21 qualifier.").kind == NumberKind::kOther);
  CHECK(One("SOCCER - ENGLAND BEAT MOLDOVA IN UNDER-21 QUALIFIER .").kind == NumberKind::kOther);
  // "under" written apart is a bound.
  CHECK(One("Spending is under 21 percent.").kind == NumberKind::kPercent);
}

TEST_CASE("NumberExtractor: a height in hyphenated feet and inches ('5-foot-3')") {
  Found a = One("Janet Yellen is 5-foot-3.");
  CHECK(a.value == doctest::Approx(5.25));
  CHECK(a.unit == "foot");
  CHECK(a.kind == NumberKind::kMeasure);
  CHECK(One("He is a 6-foot-11 center.").value == doctest::Approx(6 + 11.0 / 12));
  // No inches: the length alone; twelve or more is no inch count.
  CHECK(One("They built a 6-foot fence.").value == 6);
  CHECK(One("They built a 6-foot-12 fence.").value != doctest::Approx(7));
}

TEST_CASE("NumberExtractor: a document or month number after a slash is no fraction ('96/04')") {
  // A leading zero, or three digits under a numerator of two or more:
  // an identifier (EU notices, tenders), not 24, 35.86 or 0.119.
  for (const char* t : {"Invitation to tender DI 96/04 Micromation.", "Notice C 251/07 today.",
                        "The note IP/96/805 was issued."}) {
    CAPTURE(t);
    for (const Found& f : Numbers(t)) CHECK(f.kind != NumberKind::kFraction);
  }
  CHECK(One("It rose 3/4 of a point.").kind == NumberKind::kFraction);
  CHECK(One("The yield fell 2/32.").value == doctest::Approx(0.0625));
  CHECK(One("Only 1/100 of them came.").value == doctest::Approx(0.01));
}

TEST_CASE("NumberExtractor: a spaced em dash sets off a clause, no range ('four in 10 — 38 percent')") {
  auto all = Numbers("Nearly four in 10 \xE2\x80\x94 38 percent \xE2\x80\x94 said so.");
  REQUIRE(all.size() == 2);
  CHECK_FALSE(all[0].is_range);
  CHECK(all[1].value == 38);
  CHECK(all[1].kind == NumberKind::kPercent);
  // Glued to both numbers it still joins them.
  CHECK(One("It ran 10\xE2\x80\x94" "20 miles.").is_range);
}

TEST_CASE("NumberExtractor: 'stg' after an amount is pound sterling") {
  Found f = One("It was valued at around 45 million stg .");
  CHECK(f.unit == "pound sterling");
  CHECK(f.kind == NumberKind::kMoney);
}

TEST_CASE("NumberExtractor: a range of decimals ('0.25-0.5 percent', '1.20-1.70 inches')") {
  // Below one at its low end (was nothing at all).
  Found a = One("The target is 0.25-0.5 percent.");
  CHECK(a.is_range);
  CHECK(a.low == doctest::Approx(0.25));
  CHECK(a.high == doctest::Approx(0.5));
  CHECK(a.kind == NumberKind::kPercent);
  CHECK(One("Isolated showers 0.20-0.70 inch in the north.").unit == "inch");
  // Two decimals of three figures or more (was a phone number).
  Found b = One("Showers 1.20-1.70 inches fell.");
  CHECK(b.is_range);
  CHECK(b.unit == "inch");
  CHECK(One("The dividend is 3.25-3.75 cents.").kind == NumberKind::kMoney);
  // Digits without a point stay a phone number.
  CHECK(One("Call 555-0100 now.").kind == NumberKind::kPhone);
}

TEST_CASE("NumberExtractor: 'one-size-fits-all' counts nothing") {
  CHECK(One("It became synonymous with one-size-fits-all testing.").kind == NumberKind::kOther);
}

TEST_CASE("NumberExtractor: a count before a lettered model name ('3 M4 rifles') counts") {
  // "M4" is a name, its digits glued to the letter: the plural after it is
  // counted (was no quantity at all).
  CHECK(Numbers("He bought 3 M4 rifles.")[0].kind == NumberKind::kCardinal);
  CHECK(Numbers("They held 3 G20 meetings.")[0].kind == NumberKind::kCardinal);
  // A model number itself is still none.
  CHECK(Numbers("He flew a 787 Dreamliner.")[0].kind == NumberKind::kOther);
}

TEST_CASE("NumberExtractor: a dash range from zero before a unit ('0-60 mph')") {
  // Sibling of a NewsQuant dev form ("0 to 80km/h" was already a range);
  // the dash form was no quantity at all.
  Found a = One("The car goes 0-60 mph.");
  CHECK(a.is_range);
  CHECK(a.low == doctest::Approx(0));
  CHECK(a.high == doctest::Approx(60));
  CHECK(a.unit == "mile per hour");
  Found b = One("It sprints 0-100 km/h quickly.");
  CHECK(b.is_range);
  CHECK(b.high == doctest::Approx(100));
  CHECK(One("Rates of 0-3% were seen.").kind == NumberKind::kPercent);
  // Without a unit a zero end stays no quantity.
  CHECK(One("It ended 0-3 there.").kind == NumberKind::kOther);
}

TEST_CASE("NumberExtractor: 'a third' before a verb of saying or a plural verb is a share") {
  // Sibling of dev's "A third of the population lives": without "of".
  Found a = One("Less than a third agreed with the president.");
  CHECK(a.kind == NumberKind::kFraction);
  CHECK(a.value == doctest::Approx(1.0 / 3));
  CHECK(One("A fifth said they were unsure.").kind == NumberKind::kFraction);
  CHECK(One("About a quarter were undecided.").kind == NumberKind::kFraction);
  // An ordinal stays one before a noun or a singular verb.
  CHECK(One("He ran as a third party candidate.").kind == NumberKind::kOrdinal);
  CHECK(Numbers("Two died and a third was hurt.")[1].kind == NumberKind::kOrdinal);
}

TEST_CASE("NumberExtractor: a bare number joined to a duration shares its unit") {
  // Sibling of "the 50 and 100 metres freestyle" (a measure).
  auto ns = Numbers("It happened 20 and 50 years ago.");
  REQUIRE(ns.size() == 2);
  CHECK(ns[0].unit == "year");
  CHECK(ns[0].kind == NumberKind::kDuration);
  auto hs = Numbers("They waited 3 or 4 hours.");
  REQUIRE(hs.size() >= 1);
  CHECK(hs[0].unit == "hour");
}

TEST_CASE("NumberExtractor: a sign before the currency symbol ('-$50.8bn', 'minus $5 million')") {
  // Sibling of dev's "$-50.8bn" (the sign after the symbol).
  CHECK(One("The deficit widened to -$50.8bn.").value == doctest::Approx(-50.8e9));
  CHECK(One("The balance was minus $5 million.").value == doctest::Approx(-5e6));
  CHECK(One("It fell to (-£3m) then.").value == doctest::Approx(-3e6));
  // A dash glued to a word before it is no sign.
  CHECK(One("A pre-$100 deal.").value == doctest::Approx(100));
}

TEST_CASE("NumberExtractor: 'barrels-per-day' is a rate, as 'barrel-a-day'") {
  CHECK(Numbers("It hosts one 52,000 barrels-per-day refinery.")[1].unit == "barrel per day");
}

TEST_CASE("NumberExtractor: a two-digit year before punctuation ('in ’08 and ’12.')") {
  auto ns = Numbers("That’s what he did in ’08 and ’12.");
  REQUIRE(ns.size() == 2);
  CHECK(ns[0].kind == NumberKind::kYear);
  CHECK(ns[1].kind == NumberKind::kYear);
  CHECK(One("He won in '16, then lost.").kind == NumberKind::kYear);
}

TEST_CASE("NumberExtractor: the wireless generation '5G' is a quantity, unit G") {
  // NewsQuant's gold counts "54GB of 5G data" as 5 G (generation wireless).
  Found g = One("The phone supports 5G.");
  CHECK(g.value == 5);
  CHECK(g.unit == "generation wireless");
  CHECK(Numbers("Apple sold 4G and 5G phones.")[1].unit == "generation wireless");
  // Lower-case copy: the word after decides; grams stay grams.
  CHECK(One("the 5g rollout has been slow").unit == "generation wireless");
  CHECK(One("the carrier's 4g lte network is fast").unit == "generation wireless");
  CHECK(One("Add 5g of salt to the water.").unit == "gram");
  // Larger values are giga ("1,674G"), and "1G" stays a name.
  CHECK(One("It costs 1,674G now.").value == doctest::Approx(1.674e12));
  CHECK(One("The phone supports 1G only.").unit.empty());
}

TEST_CASE("NumberExtractor: inches written '6.7\"' or '15.6in', seconds written '9.58s'") {
  Found q = One("The phone has a 6.7\" OLED screen.");
  CHECK(q.unit == "inch");
  CHECK(q.text == "6.7\"");
  CHECK(One("The 13\" MacBook Pro is light.").unit == "inch");
  CHECK(One("The 13\u201D MacBook Pro is light.").unit == "inch");
  // Inside a quotation the mark closes it.
  CHECK(One("He said \"I paid 50\" and left.").unit.empty());
  CHECK(One("the laptop has a 15.6in display").unit == "inch");
  CHECK(One("He finished 12.5 in the rain.").unit.empty());
  Found s = Numbers("The car does 0-60mph in 1.99s.")[1];
  CHECK(s.unit == "second");
  CHECK(s.kind == NumberKind::kDuration);
  CHECK(One("Bolt won in (9.58s) flat.").unit == "second");
  // No decimal point: a decade or a plural name.
  CHECK(One("It was popular in the 1990s.").kind == NumberKind::kYear);
}

TEST_CASE("NumberExtractor: 'magnitude' before the number is its unit") {
  // Was a count of the verb after it ("6.2 earthquake hit" -> hit).
  Found m = One("A magnitude 6.2 earthquake hit the region.");
  CHECK(m.unit == "magnitude");
  CHECK(m.value == doctest::Approx(6.2));
  CHECK(One("an earthquake of magnitude 6.4 shook the city").unit == "magnitude");
  CHECK(One("The magnitude-7.1 quake was felt widely.").unit == "magnitude");
}

TEST_CASE("NumberExtractor: transfer rates 'MB/s' and 'GB/s'") {
  CHECK(One("The SSD reads data at 7,000 MB/s.").unit == "megabyte per second");
  CHECK(One("It moves 12GB/s over the bus.").unit == "gigabyte per second");
}

TEST_CASE("NumberExtractor: a unit symbol before the sentence's full stop ('is 220 V.')") {
  // The tokenizer keeps "V." whole, as an initial; the number had no unit
  // or was dropped.
  Found v = One("The voltage in the circuit is 220 V.");
  CHECK(v.unit == "volt");
  CHECK(v.value == 220);
  CHECK(One("The lamp uses 60 W.").unit == "watt");
  CHECK(One("The room is kept at 21 \u00B0C.").unit == "celsius");
  CHECK(One("The room is kept at 70 \u00B0F.").unit == "fahrenheit");
  // Mid-sentence a capital with a point is an initial or a direction.
  CHECK(Numbers("He lives at 10 W. 57th Street.")[0].text == "10");
}

TEST_CASE("NumberExtractor: symbols of the CQE unit list: Gy, Sv, k\u03A9, tesla, Ft, z\u0142") {
  CHECK(One("The patient received 2 Gy of radiation.").unit == "gray");
  CHECK(One("Workers got 1.2 Sv in an hour.").unit == "sievert");
  CHECK(One("The resistor has a value of 10 k\u03A9 here.").unit == "kilohm");
  CHECK(One("The scanner works at 3 tesla today.").unit == "tesla");
  Found ft = One("The loan was 5,000 Ft in cash.");
  CHECK(ft.unit == "hungarian forint");
  CHECK(ft.kind == NumberKind::kMoney);
  CHECK(One("The flat costs 2,000 z\u0142 now.").unit == "polish zloty");
  // Feet stay feet.
  CHECK(One("The wall is 5,000 ft long.").unit == "foot");
}

TEST_CASE("NumberExtractor: 'pounds' after a word of price or payment is money") {
  // Without a scale word "pounds" was a weight ("2 million pounds" was money).
  for (const char* money : {"It costs 1,800 pounds.", "He earns 30,000 pounds a year.",
                            "She was fined 2,000 pounds by the court.",
                            "Magistrates ordered him to pay compensation of 182 pounds."}) {
    Found f = One(money);
    CHECK_MESSAGE(f.unit == "pound sterling", money);
    CHECK_MESSAGE(f.kind == NumberKind::kMoney, money);
  }
  // Weights stay weights, and so does an amount of something.
  for (const char* weight :
       {"He weighs 200 pounds.", "He lost 30 pounds.", "They paid for 5 pounds of beef."}) {
    CHECK_MESSAGE(One(weight).unit == "pound-mass", weight);
  }
}

TEST_CASE("NumberExtractor: words set off by a space join into a unit only as an alias spells them") {
  // "m in" was read as "min" (the table strips an alias's spaces): 100
  // minutes.
  auto ran = Numbers("He ran 100 m in 10 seconds.");
  REQUIRE(ran.size() == 2);
  CHECK(ran[0].text == "100 m");
  CHECK(ran[0].unit == "metre");
  CHECK(One("The pool is 50 m in length.").unit == "metre");
  // Aliases written with a space still join.
  CHECK(One("It rose 3 per cent.").unit == "percent");
  CHECK(One("The flat has 500 square feet.").unit == "square foot");
  CHECK(One("He drove at 80 km / h there.").unit == "kilometre per hour");
}

TEST_CASE("NumberExtractor: 'kn' is knots beside a word of speed, else the kuna") {
  Found ship = One("The ship sailed at 15 kn through the strait.");
  CHECK(ship.unit == "knot");
  CHECK(ship.kind == NumberKind::kMeasure);
  CHECK(One("winds gusting to 40 kn were recorded").unit == "knot");
  Found ticket = One("The concert ticket cost me 150 kn, which is pricey.");
  CHECK(ticket.unit == "croatian kuna");
  CHECK(ticket.kind == NumberKind::kMoney);
}

TEST_CASE("NumberExtractor: '4K', '8K' are resolutions; '$4K' money, 'a 5K race' kilometres") {
  for (const char* res : {"The TV supports 4K video.", "the 8K display is sharp",
                          "It streams in 4K.", "a 4k tv from the brand"}) {
    auto all = Numbers(res);
    REQUIRE_MESSAGE(all.size() == 1, res);
    CHECK_MESSAGE(all[0].kind == NumberKind::kOther, res);
  }
  Found paid = One("He paid $4K for the car.");
  CHECK(paid.value == 4000);
  CHECK(paid.kind == NumberKind::kMoney);
  CHECK(One("He earned 4K a month.").value == 4000);
  CHECK(One("about 4K people attended").value == 4000);
  Found race = One("She ran a 5K on Sunday.");
  CHECK(race.value == 5);
  CHECK(race.unit == "kilometre");
  CHECK(One("the 10K race starts at noon").unit == "kilometre");
}

TEST_CASE("NumberExtractor: a one-letter symbol after digits is a unit where the sentence says which") {
  Found k = One("The star's surface temperature is 5,800 K.");
  CHECK(k.unit == "kelvin");
  CHECK(k.value == 5800);
  CHECK(One("The current was 2 A, enough.").unit == "ampere");
  CHECK(One("The battery charger delivers 2 A.").unit == "ampere");
  CHECK(One("It ships with a 3A charger.").unit == "ampere");
  auto timed = Numbers("He ran 100 m in 45 s");
  REQUIRE(timed.size() == 2);
  CHECK(timed[1].unit == "second");
  CHECK(One("The lap took 9.58 s today.").unit == "second");
  // Without such a word the letter is no unit.
  CHECK(One("Section 2A of the act applies.").unit.empty());
  CHECK(One("He got 2 A grades.").unit.empty());
}

TEST_CASE("NumberExtractor: a degree sign set off from 'Celsius' is degrees Celsius") {
  CHECK(One("Water boils at 100\u00B0 Celsius.").unit == "celsius");
  CHECK(One("It froze at 14\u00B0 Fahrenheit.").unit == "fahrenheit");
}

TEST_CASE("NumberExtractor: a share after 'by' and a verb of change is a fraction whatever follows") {
  for (const char* text : {"Rents have risen by a third over the decade.",
                           "Output increased by a fifth in a year.",
                           "Sales fell by one third last year.",
                           // Every word the change reading of ranges knows.
                           "Prices were down by a third in a year.",
                           "Output was lower by a fifth last month."}) {
    Found f = One(text);
    CHECK_MESSAGE(f.kind == NumberKind::kFraction, text);
    CHECK_MESSAGE(f.value < 0.34, text);
  }
  // The verbs of change the share reading knew are the range reading's too:
  // "slashed 4 percent to 5 percent" is a change and its result.
  CHECK(Numbers("Spending was slashed 4 percent to 5 percent.").size() == 2);
  // No verb of change: the ordinal stays ("came by a third route").
  for (const Found& f : Numbers("It came by a third route.")) {
    CHECK(f.kind != NumberKind::kFraction);
  }
}

TEST_CASE("NumberExtractor: 'a negative one' is the pronoun, not minus one") {
  for (const Found& f : Numbers("Half had a positive reaction and 46% a negative one.")) {
    CHECK(f.value != -1);
  }
  CHECK(One("It fell to negative one degree.").value == -1);
  CHECK(One("Cruz is still a net negative 6 points.").value == -6);
}

TEST_CASE("NumberExtractor: a ZIP code is an identifier") {
  CHECK(One("In the 90049 ZIP Code, prices fell.").kind == NumberKind::kOther);
  CHECK(One("Residents of zip code 10001 paid more.").kind == NumberKind::kOther);
  CHECK(One("Homes in ZIP 20500 sold fast.").kind == NumberKind::kOther);
  // Five digits without the word stay a quantity.
  CHECK(One("The 10001 residents paid more.").kind == NumberKind::kCardinal);
}

TEST_CASE("NumberExtractor: a capitalized unit of time after digits in running text is a title") {
  CHECK(One("The movie 13 Hours by Michael Bay opens this week.").kind == NumberKind::kOther);
  CHECK(One("He said so in an interview on CBS' 60 Minutes last year.").kind ==
        NumberKind::kOther);
  // Lower case, a headline in title case and capitals keep the duration.
  CHECK(One("The ceasefire lasted 13 hours before fighting resumed.").kind ==
        NumberKind::kDuration);
  CHECK(One("Sanders Promises Action In His 100 Days As President.").kind ==
        NumberKind::kDuration);
  CHECK(One("THE SIEGE LASTED 13 HOURS").kind == NumberKind::kDuration);
}

TEST_CASE("NumberExtractor: a lower-case phone model before its tier word is no count") {
  for (const char* text : {"the galaxy note 20 ultra has a larger battery",
                           "iphone 11 pro and 11 pro max: hands-on",
                           "this iphone 12 mini deal is cheap", "the pixel 4 xl has a screen"}) {
    for (const Found& f : Numbers(text)) {
      CHECK_MESSAGE(f.kind == NumberKind::kOther, text);
    }
  }
  // A plural after the tier word is what the number counts.
  CHECK(One("he signed 12 pro athletes").kind == NumberKind::kCardinal);
}

TEST_CASE("NumberExtractor: lower-cased copy keeps the case-sensitive unit symbols in context") {
  // Pounds glued as "ps" before a decimal, a thousands comma or a scale.
  Found m = One("the package was worth up to ps2.7m.");
  CHECK(m.kind == NumberKind::kMoney);
  CHECK(m.unit == "pound sterling");
  CHECK(m.value == doctest::Approx(2.7e6));
  CHECK(One("they paid a total of ps21,700 for flights").unit == "pound sterling");
  CHECK(One("he bought a ps5 console").unit != "pound sterling");
  // Watts beside a word of electric power, glued or spaced.
  CHECK(One("the tablet comes with a 5 w usb-c charger.").unit == "watt");
  CHECK(One("we used a 10w laser for heating").unit == "watt");
  Found range = One("we used a 5-10w laser for heating");
  CHECK(range.unit == "watt");
  CHECK(range.is_range);
  for (const char* text : {"bowling: mcgrath 7-2-13-1 ( 2w )", "he lives at 9 w 57th street"}) {
    for (const Found& f : Numbers(text)) CHECK_MESSAGE(f.unit != "watt", text);
  }
  // Celsius beside a word of temperature.
  CHECK(One("12 c melting point.").unit == "celsius");
  CHECK(One("she wrote 3 c notes").unit != "celsius");
  // An engine's output: "ps" and "nm" beside engine words.
  std::vector<Found> e = Numbers("it makes 296 hp (224 kw / 300 ps) and 450 nm of torque.");
  bool ps = false, nm = false;
  for (const Found& f : e) {
    if (f.value == 300) ps = f.unit == "horsepower";
    if (f.value == 450) nm = f.unit == "newton metre";
  }
  CHECK(ps);
  CHECK(nm);
  CHECK(One("the chip is built on a 5 nm process").unit == "nanometre");
}

// LookupWord's filter keys its words' lengths by first and last letter, in
// any case: numeral words in capitals or with a capital first letter still
// read, and a plain word of a numeral's shape is none.
TEST_CASE("NumberExtractor: numeral words in any case pass the lexicon filter") {
  CHECK(One("FIVE people were hurt.").value == 5);
  CHECK(One("Twenty people were hurt.").value == 20);
  CHECK(One("They sold ThReE.").value == 3);
  CHECK(One("About a THIRD of voters agreed.").value == doctest::Approx(1.0 / 3));
  CHECK(Numbers("The tone was firm.").empty());
}

// BuildPieces reads a glued prefix of up to three bytes before digits
// ("US$", "PS"); a longer run of letters is no prefix.
TEST_CASE("NumberExtractor: a glued prefix before digits") {
  CHECK(One("It cost US$5.4m.").value == doctest::Approx(5.4e6));
}

TEST_CASE("NumberExtractor: 'mil' beside money is a million") {
  CHECK(One("The team paid $2 mil for the rights.").value == doctest::Approx(2e6));
  auto d = One("Salaries cost 3 mil dollars a year.");
  CHECK(d.value == doctest::Approx(3e6));
  CHECK(d.unit == "dollar");
  // A thousandth of an inch, with no money beside it.
  CHECK(One("Wrap it in a 10 mil plastic sheet.").value == 10);
}

TEST_CASE("NumberExtractor: 'sq' before a spelled unit of length is its area") {
  CHECK(One("They cordoned off six sq miles of bush.").unit == "square mile");
  CHECK(One("The site covers 400 sq feet.").unit == "square foot");
  CHECK(One("The park covers 12 sq kms.").unit == "square kilometre");
  CHECK(One("The flat has 85 sq metres.").unit == "square metre");
  CHECK(One("Freight load factor was up 1.7 pct pts.").unit == "percentage point");
}

}  // namespace newsie
