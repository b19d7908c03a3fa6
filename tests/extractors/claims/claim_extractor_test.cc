#include "extractors/claims/claim_extractor.h"

#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "extractors/register_builtin.h"
#include "pipeline/pipeline.h"

namespace newsie {
namespace {

const Pipeline& ClaimsPipeline() {
  static const Pipeline* p = [] {
    static ExtractorRegistry reg;
    RegisterBuiltinExtractors(reg);
    static ExtractorContext ctx;  // the default pipeline: entities, quotes, ...
    auto built = Pipeline::Build(reg, reg.Default(), ctx);
    REQUIRE(built.ok());
    return built->release();
  }();
  return *p;
}

std::vector<Claim> Claims(const std::string& text, Document* keep = nullptr) {
  Document doc(text);
  ClaimsPipeline().Run(doc);
  std::vector<Claim> out = doc.claims();
  if (keep) *keep = std::move(doc);
  return out;
}

Claim One(const std::string& text) {
  auto all = Claims(text);
  REQUIRE_MESSAGE(all.size() == 1, text);
  return all[0];
}

TEST_CASE("ClaimExtractor: counted noun through adjectives, with qualifier") {
  Claim c = One("Moscow massed more than 100,000 heavily armed troops on the border.");
  CHECK(c.value == 100000);
  CHECK(c.unit == "troops");
  CHECK(c.qualifier == Qualifier::kMoreThan);
  CHECK(c.kind == NumberKind::kCount);
}

TEST_CASE("ClaimExtractor: measured thing after the unit") {
  Claim c = One("Shipments add up to about 500 tons of defense equipment.");
  CHECK(c.value == 500);
  CHECK(c.unit == "ton");
  CHECK(c.qualifier == Qualifier::kApproximate);
  CHECK(c.counted == "defense equipment");
}

TEST_CASE("ClaimExtractor: 'number 250,000' and '250,000-strong' give the counted noun") {
  Claim a = One("Ukrainian forces currently number 250,000.");
  CHECK(a.value == 250000);
  CHECK(a.unit == "forces");
  Claim b = One("The country's 250,000-strong military is ready.");
  CHECK(b.value == 250000);
  CHECK(b.unit == "military");
}

TEST_CASE("ClaimExtractor: increase and decrease") {
  auto cs = Claims("Kyiv plans to increase its armed forces by 100,000 over the next three years.");
  REQUIRE(cs.size() == 1);  // the duration stays inside the change
  CHECK(cs[0].value == 100000);
  CHECK(cs[0].qualifier == Qualifier::kIncrease);
  CHECK(cs[0].unit == "forces");
  Claim d = One("Exports to China dropped 7% last year.");
  CHECK(d.qualifier == Qualifier::kDecrease);
  CHECK(d.unit == "percent");
  Claim u = One("Revenue rose to $7.4 billion.");
  CHECK(u.qualifier == Qualifier::kExact);  // the result, not the change
}

TEST_CASE("ClaimExtractor: money carries its currency, ranges their ends") {
  Claim m = One("The city paid $12.4 million for the land.");
  CHECK(m.kind == NumberKind::kMoney);
  CHECK(m.currency == "USD");
  CHECK(m.unit == "dollar");
  Claim r = One("Organizers expect between 200 and 300 guests.");
  REQUIRE(r.low.has_value());
  CHECK(*r.low == 200);
  CHECK(*r.high == 300);
  CHECK(r.unit == "guests");
  CHECK(r.qualifier == Qualifier::kExact);  // ends in low/high, never RANGE
  Claim b = One("The plant could hire up to 200-300 workers.");
  REQUIRE(b.low.has_value());
  CHECK(*b.high == 300);
  CHECK(b.qualifier == Qualifier::kUpTo);
}

TEST_CASE("ClaimExtractor: a fraction of a thing counts that thing, past a determiner") {
  Claim f = One("A third of the rural population is poor.");
  CHECK(f.kind == NumberKind::kFraction);
  CHECK(f.counted == "rural population");
  Claim g = One("Nearly two-thirds of voters backed the plan.");
  CHECK(g.unit == "voters");
  CHECK(g.qualifier == Qualifier::kApproximate);
  CHECK(One("Almost half of which was spent.").unit.empty());
}

TEST_CASE("ClaimExtractor: qualifiers") {
  CHECK(One("Up to 2.5 million people could be called.").qualifier == Qualifier::kUpTo);
  CHECK(One("At least 40 people were hurt.").qualifier == Qualifier::kAtLeast);
  CHECK(One("Fewer than 10 ships remain.").qualifier == Qualifier::kLessThan);
  CHECK(One("No more than 12 jurors sit.").qualifier == Qualifier::kAtMost);
  CHECK(One("Nearly 300 songs were recorded.").qualifier == Qualifier::kApproximate);
}

TEST_CASE("ClaimExtractor: dates, years, times, identifiers and 'one of' are not claims") {
  CHECK(Claims("The talks resume Dec. 23 in Geneva.").empty());
  CHECK(Claims("They revised the 2015 peace deal.").empty());
  CHECK(Claims("The vote closes at 10:30 a.m. on Sept. 11.").empty());
  CHECK(Claims("See Section 427 of the law, or call 555-0100.").empty());
  CHECK(Claims("It was one of the best games.").empty());
  CHECK(Claims("Ukraine received a sixth plane of aid.").empty());
}

TEST_CASE("ClaimExtractor: a verb in -s after the counted noun is not its head") {
  CHECK(One("No red cards, but 19 fouls proves it was feisty.").unit == "fouls");
  CHECK(One("A third of the population lives in the south.").unit == "population");
  CHECK(One("Officials approved 5 health plans.").unit == "plans");
  CHECK(One("The board received 12 claims.").unit == "claims");
}

TEST_CASE("ClaimExtractor: 'one out of three Germans' and 'of a US pint' give the unit") {
  Claim o = One("One out of three Germans have housing problems.");
  CHECK(o.value == doctest::Approx(1.0 / 3));
  CHECK(o.unit == "Germans");
  Claim p = One("An ounce is 1/16 of a US pint.");
  CHECK(p.value == doctest::Approx(0.0625));
  CHECK(p.unit == "pint");
}

TEST_CASE("ClaimExtractor: a conversion in parentheses keeps the qualifier") {
  auto cs = Claims("It makes just under 296 hp (224 kW / 300 PS) at 5000 rpm.");
  REQUIRE(cs.size() == 4);
  CHECK(cs[0].qualifier == Qualifier::kLessThan);
  CHECK(cs[1].qualifier == Qualifier::kLessThan);
  CHECK(cs[2].qualifier == Qualifier::kLessThan);
  CHECK(cs[3].qualifier == Qualifier::kExact);
  auto m = Claims("Customers with more than 7.5 million Danish crowns (US $1.1 million) pay.");
  REQUIRE(m.size() == 2);
  CHECK(m[1].qualifier == Qualifier::kMoreThan);
  CHECK(m[1].unit == "dollar");
}

TEST_CASE("ClaimExtractor: ', or' introduces a conversion with the same qualifier") {
  auto cs = Claims("The stock rose 5 cents, or 2.1 per cent, to $2.45.");
  REQUIRE(cs.size() == 3);
  CHECK(cs[0].qualifier == Qualifier::kIncrease);
  CHECK(cs[1].qualifier == Qualifier::kIncrease);
  CHECK(cs[1].unit == "percent");
  CHECK(cs[2].qualifier == Qualifier::kExact);
}

TEST_CASE("ClaimExtractor: what is raised or added is not a rise; 'gave up' is not 'up'") {
  CHECK(One("The challenger raised more than $3.3 million.").qualifier == Qualifier::kMoreThan);
  CHECK(One("The economy added 151,000 jobs.").qualifier == Qualifier::kExact);
  CHECK(One("Shares added 3% on Monday.").qualifier == Qualifier::kIncrease);
  CHECK(One("The defense gave up 517 rushing yards.").qualifier == Qualifier::kExact);
  CHECK(One("Shares were up 4% at noon.").qualifier == Qualifier::kIncrease);
}

TEST_CASE("ClaimExtractor: a count raised is the verb's object, not a rise ('raised three children')") {
  Claim c = One("She stayed home to raise three children.");
  CHECK(c.unit == "children");
  CHECK(c.qualifier == Qualifier::kExact);
  // The currency left out: funds raised, as "raised $3.3 million" is.
  CHECK(One("Until now he has raised 280 million.").qualifier == Qualifier::kExact);
  // A share or points raised is a rise; so is anything raised by an amount.
  CHECK(One("The rate was raised 0.25 percentage points.").qualifier == Qualifier::kIncrease);
  CHECK(One("The state will raise the cap by 12 schools.").qualifier == Qualifier::kIncrease);
}

TEST_CASE("ClaimExtractor: a title in double quotes that opens with a number names a work") {
  CHECK(Claims("He told CBS News for its \u201c60 Minutes\u201d program.").empty());
  CHECK(Claims("She starred in \"Three Days of the Condor\" then.").empty());
  // A quoted count in running text, and a headline's single-quoted phrase, count.
  CHECK(One("They met the \u201c2 million-plus\u201d people.").unit == "people");
  CHECK(One("Clinton Cash: Only \u2018One or Two Instances\u2019 Slipped").high == 2.0);
}

TEST_CASE("ClaimExtractor: a span of time with a word before its unit is a duration ('two full hours')") {
  Claim a = One("After two full hours, Mr. Putin was still balking.");
  CHECK(a.kind == NumberKind::kDuration);
  CHECK(a.unit == "hour");
  CHECK(a.counted.empty());
  Claim b = One("It would mean four more years of the same.");
  CHECK(b.kind == NumberKind::kDuration);
  CHECK(b.unit == "year");
  CHECK(One("That took a couple of months.").unit == "month");
  CHECK(One("Prices fell for 12 straight days.").kind == NumberKind::kDuration);
  // Other counted nouns stay counts.
  CHECK(One("He met two full teams.").kind == NumberKind::kCount);
}

TEST_CASE("ClaimExtractor: the counted phrase ends before a number word and a clause's verb") {
  // "won by 2 points four years ago": "four years" is the next quantity.
  auto cs = Claims("Obama won the group by 2 points four years ago.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].unit == "points");
  CHECK(cs[1].unit == "year");
  // A participle before a determiner in the of-phrase is the clause's verb.
  Claim p = One("He won just 60 percent of the vote supporting the party's candidates.");
  CHECK(p.counted == "vote");
  CHECK(One("They make up 30 percent of the working class.").counted == "working class");
  // A verb of opinion before the pronoun "one" is the count's verb.
  CHECK(One("Still, 4 in 10 want one with experience.").unit.empty());
}

TEST_CASE("ClaimExtractor: an adjective after a singular count reaches its capitalized noun") {
  CHECK(One("Now, one kind-hearted Canadian wants to help.").unit == "Canadian");
  CHECK(One("It is over, said one unaligned Florida Republican strategist.").unit ==
        "strategist");
  CHECK(One("It will end, said one well-connected Democrat familiar with it.").unit ==
        "Democrat");
  // A noun before the name still ends the phrase.
  CHECK(One("In one case Internet activists objected.").unit == "case");
  // A participle before a name is the noun's verb.
  CHECK(One("One pastor supporting Mr. Cruz spoke.").unit == "pastor");
  // An adjective of frequency before its noun is no adverb.
  CHECK(One("Twitter has 310 million active monthly users.").unit == "users");
  // "the magic number of 2,383" is a threshold, not a count verb.
  CHECK(One("She is short of the magic number of 2,383 needed.").unit.empty());
}

TEST_CASE("ClaimExtractor: 'one by one' and 'one after another' count nothing") {
  CHECK(Claims("They watched their candidates fall one by one.").empty());
  CHECK(Claims("They left one after another.").empty());
  CHECK(One("One by one, two people left.").unit == "people");
}

TEST_CASE("ClaimExtractor: ages in a list of people and their ages are no claims") {
  CHECK(Claims("His children: Ivanka, 34; Eric Trump, 32; and Barron, 9.").empty());
}

TEST_CASE("ClaimExtractor: a phrasal verb's 'up' or 'down' and a rally of people are no change") {
  CHECK(One("Russia was asked to dig up tens of thousands of emails.").qualifier ==
        Qualifier::kExact);
  CHECK(One("This search turned up four documents.").qualifier == Qualifier::kExact);
  CHECK(One("How will you round up 11 million people?").qualifier == Qualifier::kExact);
  CHECK(One("A man gunned down 49 people at a nightclub.").qualifier == Qualifier::kExact);
  CHECK(One("Mr. Trump has rallied thousands by promising tariffs.").qualifier ==
        Qualifier::kExact);
  CHECK(One("Rallying hundreds of service workers, she spoke.").qualifier == Qualifier::kExact);
  // A market's rally and fall still change.
  CHECK(One("Stocks rallied 150 points.").qualifier == Qualifier::kIncrease);
  CHECK(One("Shares were down 4% at noon.").qualifier == Qualifier::kDecrease);
}

TEST_CASE("ClaimExtractor: the pronoun 'one's' is no number") {
  CHECK(Claims("It is the ease of losing one's soul.").empty());
}

TEST_CASE("ClaimExtractor: names with a weekday, adjectives before a title, verbs after a count") {
  CHECK(One("Trump has won at least 139 Super Tuesday delegates.").unit == "delegates");
  CHECK(One("They killed 10 people Tuesday.").unit == "people");
  CHECK(One("It is crucial, said one former GOP leadership aide.").unit == "aide");
  CHECK(One("It is crucial, said one senior Trump aide.").unit == "aide");
  // "cast" and "chosen" after a count are its verb.
  CHECK(One("Hundreds cast their votes for others.").unit.empty());
  CHECK(One("In all, 38 countries cast votes.").unit == "countries");
  CHECK(Claims("Or one chosen by Mrs. Clinton.").empty());
  CHECK(One("The 5 cast members left.").unit == "members");
  // A participle of support before a name.
  CHECK(One("Those over 45 supporting Clinton stayed.").unit.empty());
  CHECK(One("There were 12 competing Republican candidates.").unit == "candidates");
}

TEST_CASE("ClaimExtractor: a threshold before a participle and a function word counts nothing") {
  CHECK(One("No one has crossed the 1,237 threshold heading into the convention.").unit.empty());
  CHECK(One("There are 10 level crossings here.").unit == "crossings");
}

TEST_CASE("ClaimExtractor: '-plus' and '+' mean more than") {
  Claim a = One("Playbook has 100,000-plus subscribers.");
  CHECK(a.qualifier == Qualifier::kMoreThan);
  CHECK(a.unit == "subscribers");
  Claim b = One("The plant offers 500+ jobs.");
  CHECK(b.qualifier == Qualifier::kMoreThan);
  CHECK(b.unit == "jobs");
}

TEST_CASE("ClaimExtractor: after a singular count, a participle or a name ends the noun") {
  CHECK(One("At least one commentator liked the name.").unit == "commentator");
  CHECK(One("In one case Internet activists objected.").unit == "case");
  CHECK(One("They met one floor below.").unit == "floor");
}

TEST_CASE("ClaimExtractor: 'one in four voters' is a share of the voters") {
  Claim c = One("One in four voters agreed.");
  CHECK(c.value == doctest::Approx(0.25));
  CHECK(c.unit == "voters");
  Claim d = One("Only 1 in 5 Americans trust the media.");
  CHECK(d.value == doctest::Approx(0.2));
  CHECK(d.unit == "Americans");
  CHECK(Claims("He scored 2 in 3 days.").size() == 2);  // a count and a span of time
}

TEST_CASE("ClaimExtractor: a definite count is a claim, as NewsQuant counts 'the two sides'") {
  CHECK(One("The two sides have been negotiating since June.").unit == "sides");
  CHECK(One("These three ships sank.").unit == "ships");
  CHECK(One("Including the costs of the two abandoned wells, it paid more.").unit == "wells");
  CHECK(One("The three largest banks failed.").unit == "banks");
  CHECK(One("Over the past two years it grew.").unit == "year");
  CHECK(One("His two sons run the firm.").unit == "sons");
  CHECK(One("The 120 decibels were loud.").value == 120);  // digits: a figure
}

TEST_CASE("ClaimExtractor: a bare pronoun 'one' and a rank are not claims") {
  CHECK(Claims("One is a thoughtful policy wonk.").empty());
  CHECK(Claims("It was a sighting of one that was rare.").empty());
  CHECK(Claims("The side slipped towards the bottom three.").empty());
  CHECK(One("It has one solution for all.").unit == "solution");
  CHECK(One("The top three seeds advanced.").unit == "seeds");
}

TEST_CASE("ClaimExtractor: '1% of' is a share, not 'one of'") {
  Claim c = One("Footballers pledge 1% of their earnings.");
  CHECK(c.value == 1);
  CHECK(c.unit == "percent");
}

TEST_CASE("ClaimExtractor: coordinated modifiers of one plural head") {
  Claim c = One("It sold 4.3M digital and physical copies.");
  CHECK(c.unit == "copies");
  CHECK(c.counted == "digital and physical copies");
  CHECK(One("He fed 5 cats and dogs.").unit == "cats");
}

TEST_CASE("ClaimExtractor: 'from X unit to Y' gives Y the unit") {
  auto cs = Claims("Mileage went from about 14-18 mpg to 24 for SUVs.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[1].value == 24);
  CHECK(cs[1].unit == "mile per gallon");
  auto d = Claims("It went to 24 from 18 mpg.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].unit.empty());
}

TEST_CASE("ClaimExtractor: poll results, list items, phrasal 'pick up', trailing participles") {
  auto poll = Claims("The poll has Clinton at 46 percent to 40 percent.");
  REQUIRE(poll.size() == 2);
  CHECK_FALSE(poll[0].low.has_value());
  CHECK(poll[1].value == 40);
  CHECK(Claims("Rankings follow.\n9. Rand Paul.").empty());
  CHECK(One("Sanders will pick up at least 45.").qualifier == Qualifier::kAtLeast);
  CHECK(One("It fell short of the 176 seats needed.").unit == "seats");
  Claim p = One("She asked about the 2 million-plus people deported.");
  CHECK(p.qualifier == Qualifier::kMoreThan);
  CHECK(p.unit == "people");
  CHECK(Claims("I don't think either one helped themselves.").empty());
  CHECK(One("Hextar added 15 sen to close higher.").qualifier == Qualifier::kIncrease);
  CHECK(One("The index added 38.76 points.").qualifier == Qualifier::kIncrease);
}

TEST_CASE("ClaimExtractor: five-word counted phrases; 'uses up' is not a rise") {
  CHECK(One("Fighting broke out between two main Iraqi Kurdish rebel groups.").unit ==
        "groups");
  Claim u = One("Guangzhou uses up 500,000 containers each day.");
  CHECK(u.qualifier == Qualifier::kExact);
  CHECK(u.unit == "containers");
}

TEST_CASE("ClaimExtractor: the level reached is not the change; of-phrases do not coordinate") {
  auto cs = Claims("BioView shares finished 34.4% higher at 3.23 shekels.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[1].qualifier == Qualifier::kExact);
  Claim s = One("The storm dumped 2 to 3 feet of snow and winds.");
  CHECK(s.counted == "snow");
}

TEST_CASE("ClaimExtractor: prepositions end the counted phrase; 'racked up' is phrasal") {
  CHECK(One("Two marches along routes were planned.").unit == "marches");
  Claim v = One("It racked up more than 10 million views.");
  CHECK(v.qualifier == Qualifier::kMoreThan);
  CHECK(v.unit == "views");
}

TEST_CASE("ClaimExtractor: qualifiers written after, 'north of'") {
  CHECK(One("It lasts 10 years or more.").qualifier == Qualifier::kAtLeast);
  CHECK(One("About 40 people or so came.").qualifier == Qualifier::kApproximate);
  Claim c = One("Families with 3 or more cars pay.");
  CHECK(c.qualifier == Qualifier::kAtLeast);
  CHECK(c.unit == "cars");
  CHECK(One("Groups of 12 or fewer may meet.").qualifier == Qualifier::kAtMost);
  CHECK(One("It is worth north of $5 billion.").qualifier == Qualifier::kMoreThan);
  CHECK(One("Only 5 or 6 people came.").qualifier == Qualifier::kExact);  // a range
}

TEST_CASE("ClaimExtractor: an average is approximate") {
  CHECK(One("He has averaged 7.3 points this year.").qualifier == Qualifier::kApproximate);
}

TEST_CASE("ClaimExtractor: an age in apposition is not a claim, 'aged 50' is") {
  CHECK(Claims("Jamie Armstrong, 25, said she left.").empty());
  CHECK(Claims("\"They left,\" said Hatem Moustafa, 22.").empty());
  CHECK(One("A man aged 50 was arrested.").value == 50);
}

TEST_CASE("ClaimExtractor: holder is the speaker of the quote holding the number") {
  Document doc("Troops left. Officials said 9,000 troops returned. Others disagreed.");
  ClaimsPipeline().Run(doc);
  REQUIRE(doc.claims().size() == 1);
  // Replace the quote stage's output with a known indirect quote.
  Quote q;
  q.kind = QuoteKind::kIndirect;
  q.span = {28, 49};
  q.sentence = {13, 50};
  q.speaker.name = "Officials";
  q.speaker.resolved = true;
  doc.mutable_quotes() = {q};
  ExtractorRegistry reg;
  RegisterBuiltinExtractors(reg);
  auto claims = reg.Create("claims.rules", ExtractorContext{});
  REQUIRE(claims.ok());
  REQUIRE((*claims)->Extract(doc).ok());
  REQUIRE(doc.claims().size() == 1);
  CHECK(doc.claims()[0].holder.name == "Officials");
  CHECK(doc.claims()[0].claim_key.find("officials") != std::string::npos);
  SUBCASE("in the quote's sentence, outside its content: unresolved") {
    // "Officials said 9,000 troops returned" with only "troops returned"
    // as content: the number is the writer's.
    doc.mutable_quotes()[0].span = {34, 49};
    REQUIRE((*claims)->Extract(doc).ok());
    REQUIRE(doc.claims().size() == 1);
    CHECK_FALSE(doc.claims()[0].holder.resolved);
    CHECK(doc.claims()[0].holder.name.empty());
    CHECK(doc.claims()[0].claim_key.find("officials") == std::string::npos);
  }
  SUBCASE("no quote: unresolved") {
    doc.mutable_quotes().clear();
    REQUIRE((*claims)->Extract(doc).ok());
    CHECK_FALSE(doc.claims()[0].holder.resolved);
    CHECK(doc.claims()[0].holder.name.empty());
  }
}

TEST_CASE("ClaimExtractor: a number between a direct quote's pieces has no holder") {
  Document doc;
  Claims("Mark Ortega spoke on Monday. “We will win,” he told 300 supporters in Ohio, “and "
         "we have 12 weeks.”",
         &doc);
  REQUIRE(doc.quotes().size() == 1);
  REQUIRE(doc.quotes()[0].kind == QuoteKind::kDirect);
  REQUIRE(doc.claims().size() == 2);
  CHECK(doc.claims()[0].value == 300);
  CHECK(doc.claims()[0].holder.name.empty());  // the writer's: "he told 300 supporters"
  CHECK(doc.claims()[1].value == 12);
  CHECK(doc.claims()[1].holder.name == "Mark Ortega");
}

// Runs the claim stage alone again over `doc` (after a test edited its
// quotes).
void ReextractClaims(Document& doc) {
  static ExtractorRegistry reg;
  static auto claims = [] {
    RegisterBuiltinExtractors(reg);
    return reg.Create("claims.rules", ExtractorContext{});
  }();
  REQUIRE(claims.ok());
  REQUIRE((*claims)->Extract(doc).ok());
}

// The claims of `text` with the quote stage's output removed, so that only
// the claim stage's own holder rules give holders.
std::vector<Claim> ClaimsWithoutQuotes(const std::string& text) {
  Document doc(text);
  ClaimsPipeline().Run(doc);
  doc.mutable_quotes().clear();
  ReextractClaims(doc);
  return doc.claims();
}

// The holder of the claim `i` of `text`, as ClaimsWithoutQuotes gives it.
std::string HolderWithoutQuotes(const std::string& text, size_t i = 0) {
  auto c = ClaimsWithoutQuotes(text);
  REQUIRE_MESSAGE(i < c.size(), text);
  return c[i].holder.name;
}

TEST_CASE("ClaimExtractor: a poll the sentence cites holds its figures") {
  SUBCASE("'In a ... poll,' before the figures") {
    auto c = ClaimsWithoutQuotes(
        "In a national CNN/ORC poll released Monday, 31% of Republicans were enthusiastic, "
        "compared with 23% of Democrats.");
    REQUIRE(c.size() == 2);
    CHECK(c[0].holder.name == "a national CNN/ORC poll");
    CHECK(c[0].holder.resolved);
    CHECK(c[1].holder.name == "a national CNN/ORC poll");
    CHECK(c[0].claim_key.find("poll") != std::string::npos);
  }
  SUBCASE("the subject of a verb of finding, past a participial phrase") {
    auto c = ClaimsWithoutQuotes(
        "The survey, conducted for an advocacy group, also found that support for Trump "
        "rose from 11 percent in April to 19 percent in August.");
    REQUIRE(c.size() == 2);
    CHECK(c[0].holder.name == "The survey");
    CHECK(c[1].holder.name == "The survey");
  }
  SUBCASE("after 'according to' and after 'in' later in the sentence") {
    CHECK(HolderWithoutQuotes("Some 82 percent view him unfavorably, according to the poll.") ==
          "the poll");
    CHECK(HolderWithoutQuotes("Trump leads by 57 percent to 33 percent in the 50-state poll.") ==
          "the 50-state poll");
  }
  SUBCASE("records, data and tallies cited alike") {
    CHECK(HolderWithoutQuotes("In all, the committee raised $57 million, Federal Election "
                              "Commission records show.") == "Federal Election Commission records");
    CHECK(HolderWithoutQuotes("Ferguson had two murders in 2014, according to the FBI data.") ==
          "the FBI data");
  }
  SUBCASE("nouns left out: a report or study is as often the writer's own mention") {
    CHECK(HolderWithoutQuotes("A study of 300 schools found 40 percent lacked nurses.", 1).empty());
  }
  SUBCASE("a poll only mentioned cites nothing") {
    for (const char* text :
         {"Cruz rose in the polls, to nearly 30% by spring.",  // a generic plural
          "He raised $6 million in the day after polls closed.",
          "The poll was conducted with 418 Democratic primary voters.",  // a passive
          "Only one poll of 400 voters had been conducted before the primary.",
          "The campaign spent $2 million on ads."}) {  // no poll at all
      auto c = ClaimsWithoutQuotes(text);
      REQUIRE_MESSAGE(!c.empty(), text);
      CHECK_MESSAGE(c[0].holder.name.empty(), text);
      CHECK_MESSAGE(!c[0].holder.resolved, text);
    }
  }
  SUBCASE("nor do the poll's own sample, margin of error and spans of time") {
    auto c = ClaimsWithoutQuotes(
        "The poll of 1,000 likely voters found 40 percent support, with a margin of error "
        "of 3 percentage points.");
    REQUIRE(c.size() == 3);
    CHECK(c[0].holder.name.empty());  // the sample
    CHECK(c[1].holder.name == "The poll");
    CHECK(c[2].holder.name.empty());  // the margin of error
    auto d = ClaimsWithoutQuotes(
        "The results came just one day after a CNN/ORC poll showed "
        "a 40 percent lead.");
    REQUIRE(d.size() == 2);
    CHECK(d[0].holder.name.empty());  // a span of time
    CHECK(d[1].holder.name == "a CNN/ORC poll");
  }
}

TEST_CASE("ClaimExtractor: a share of the people polled states no other figure") {
  // "52 percent said ..., compared with 41 percent for ...": the quote stage
  // makes the share the speaker; the other figure is the poll's. The
  // quote is set by hand, as that stage would give it.
  auto run = [](const std::string& text, const char* speaker, const char* mention) {
    Document doc(text);
    ClaimsPipeline().Run(doc);
    auto at = [&](std::string_view s) { return static_cast<uint32_t>(text.find(s)); };
    Quote q;
    q.kind = QuoteKind::kIndirect;
    q.span = {at("Mr. Trump"), at(" for Mrs.")};
    q.sentence = {0, static_cast<uint32_t>(text.size())};
    q.cue = {at("said"), at("said") + 4};
    q.speaker.name = speaker;
    q.speaker.mention = {at(mention), at(mention) + static_cast<uint32_t>(strlen(mention))};
    q.speaker.resolved = true;
    doc.mutable_quotes() = {q};
    ReextractClaims(doc);
    REQUIRE(!doc.claims().empty());
    CHECK(doc.claims().back().value == 41);
    return doc.claims().back().holder.name;
  };
  const std::string s =
      "52 percent said Mr. Trump would be better, compared with 41 percent for "
      "Mrs. Clinton.";
  CHECK(run("Now, " + s, "52 percent", "52 percent").empty());
  CHECK(run("In a CNN poll, " + s, "52 percent", "52 percent") == "a CNN poll");
  CHECK(run("Officials said Mr. Trump would be better, compared with 41 percent for Mrs. "
            "Clinton.",
            "Officials", "Officials") == "Officials");
}

TEST_CASE("ClaimExtractor: an unresolved speaker's mention names the holder") {
  // The quote stage found the speaker's pronoun but no one it stands for:
  // the holder is the mention, named by its words and still unresolved.
  auto run = [](const std::string& text, const char* mention) {
    Document doc(text);
    ClaimsPipeline().Run(doc);
    auto at = [&](std::string_view s) { return static_cast<uint32_t>(text.find(s)); };
    Quote q;
    q.kind = QuoteKind::kIndirect;
    q.span = {at("300"), static_cast<uint32_t>(text.size()) - 1};
    q.fragments = {q.span};
    q.sentence = {0, static_cast<uint32_t>(text.size())};
    q.cue = {at("said"), at("said") + 4};
    q.speaker.mention = {at(mention), at(mention) + static_cast<uint32_t>(strlen(mention))};
    doc.mutable_quotes() = {q};
    ReextractClaims(doc);
    REQUIRE(doc.claims().size() == 1);
    CHECK_FALSE(doc.claims()[0].holder.resolved);
    return doc.claims()[0].holder.name;
  };
  CHECK(run("They said 300 people came.", "They") == "They");
  CHECK(run("You said 300 people came.", "You").empty());          // a reader addressed
  CHECK(run("They said 300 people came as I saw.", "I").empty());  // in the quoted words
}

TEST_CASE("ClaimExtractor: a cue-less quote running into an attributed one has its speaker") {
  // A stray opening mark splits one statement in two quotes; the first has
  // no cue and no speaker of its own.
  Document doc;
  Claims("Mark Ortega spoke. Shipments now add up to “about 500 tons of aid, “and this "
         "isn’t the end,” he wrote.",
         &doc);
  REQUIRE(doc.claims().size() == 1);
  CHECK(doc.claims()[0].value == 500);
  CHECK(doc.claims()[0].holder.name == "Mark Ortega");
  SUBCASE("a word between the quotes: not the same statement") {
    Claims("Mark Ortega spoke. Shipments now add up to “about 500 tons of aid.” Then "
           "“this isn’t the end,” he wrote.",
           &doc);
    REQUIRE(doc.claims().size() == 1);
    CHECK(doc.claims()[0].holder.name.empty());
  }
}

TEST_CASE("ClaimExtractor: 'three of the officers' counts the of-phrase's noun") {
  Claim a = One("A jury acquitted three of the officers last spring.");
  CHECK(a.value == 3);
  CHECK(a.unit == "officers");
  CHECK(a.kind == NumberKind::kCount);
  Claim b = One("Police detained 30 of its members overnight.");
  CHECK(b.unit == "members");
  // Nothing named: no unit.
  CHECK(One("The mayor thanked two of them.").unit.empty());
}

TEST_CASE("ClaimExtractor: a share of a possessor's thing counts the thing") {
  Claim a = One("Less than a quarter of the senator's donors live in the state.");
  CHECK(a.value == 0.25);
  CHECK(a.unit == "donors");
  CHECK(a.qualifier == Qualifier::kLessThan);
  Claim b = One("Half of Acme Corp's workers are union members.");
  CHECK(b.unit == "workers");
  Claim c = One("A third of Acme\u2019s revenue came from exports.");
  CHECK(c.unit == "revenue");
}

TEST_CASE("ClaimExtractor: an irregular past tense ends the counted noun") {
  Claim a = One("One survey found little support for the plan.");
  CHECK(a.value == 1);
  CHECK(a.unit == "survey");
}

TEST_CASE("ClaimExtractor: a past tense right after the number is its verb, not its unit") {
  CHECK(One("Of the shops, only three remained.").unit.empty());
  CHECK(One("More than 8 million signed up last year.").unit.empty());
  CHECK(One("Hundreds of thousands fled the city.").unit.empty());
  CHECK(One("The hall had 2,000 attending.").unit.empty());
  CHECK(One("They held one meeting in May.").unit == "meeting");
  // A participle before a noun modifies it; casualty words are nouns.
  CHECK(One("Forecasters expect 10 named storms.").unit == "storms");
  CHECK(One("An estimated 200 uniformed and plainclothes officers stood by.").unit == "officers");
  auto both = Claims("The crash left 12 dead and 40 injured.");
  REQUIRE(both.size() == 2);
  CHECK(both[1].unit == "injured");
  // numbers v65 reads the unit hyphened to the participle: a percentage.
  CHECK(One("The firm is 43.4 percent-owned by its rival.").unit == "percent");
}

TEST_CASE("ClaimExtractor: claim_key is stable across versions, not offsets") {
  auto a = Claims("About 9,000 troops returned to barracks.");
  auto b = Claims("On Monday, about 10,000 troops returned to their bases.");
  REQUIRE(a.size() == 1);
  REQUIRE(b.size() == 1);
  CHECK(a[0].claim_key == b[0].claim_key);
  CHECK(a[0].value != b[0].value);
}

}  // namespace
TEST_CASE("ClaimExtractor: a duration written with digits before its noun is a claim") {
  Claim c = One("It came after a 45-minute interview.");
  CHECK(c.value == 45);
  CHECK(c.unit == "minute");
  CHECK(One("Inflation has fallen to 50-year lows.").unit == "year");
  CHECK(Claims("He signed a three-year deal.").empty());  // spelled out: descriptive
}

TEST_CASE("ClaimExtractor: counts past a capitalized modifier and after 'only'") {
  CHECK(One("The poll reached 418 Democratic primary voters.").unit == "voters");
  CHECK(One("Only one person came back.").unit == "person");
  CHECK(Claims("She was the only one there.").empty());
}

TEST_CASE("ClaimExtractor: a fiscal year is not a fraction") {
  CHECK(Claims("Output rose in the first quarter of 1996/97.").empty());
}

TEST_CASE("ClaimExtractor: the counted noun follows other, more, fewer and a quoted word") {
  CHECK(One("About 60 other protesters left the lobby.").unit == "protesters");
  CHECK(One("The probe added 10 more investors.").unit == "investors");
  CHECK(One("Pew looked at nine \u201cnonprobability\u201d internet samples.").unit == "samples");
}

TEST_CASE("ClaimExtractor: exceeding and topping are bounds; slipping is a fall") {
  CHECK(One("Officials estimated that the damage exceeded $1 billion.").qualifier ==
        Qualifier::kMoreThan);
  CHECK(One("Stocks were slipping 0.3 percent.").qualifier == Qualifier::kDecrease);
}

TEST_CASE("ClaimExtractor: 'one' before a quantity is a determiner") {
  Claim c = One("Over one 12-year stretch in the House, he passed more bills.");
  CHECK(c.value == 12);
}

TEST_CASE("ClaimExtractor: 'a couple of' is an approximate count") {
  Claim c = One("It ended a couple of days later.");
  CHECK(c.unit == "day");  // a span of time, as "two days" is
  CHECK(c.kind == NumberKind::kDuration);
  CHECK(c.qualifier == Qualifier::kApproximate);
}

TEST_CASE("ClaimExtractor: a rank and a definite number with nothing counted are not claims") {
  CHECK(Claims("He is the world number one.").empty());
  CHECK(Claims("Gunmen took the two off in their own car.").empty());
}

TEST_CASE("ClaimExtractor: 'half an hour' is half of the unit") {
  Claim c = One("Half an hour later the police arrived.");
  CHECK(c.value == doctest::Approx(0.5));
  CHECK(c.unit == "hour");
  CHECK(One("It lasted half a century.").unit == "century");
}

TEST_CASE("ClaimExtractor: the counted noun past an adverb's participle, initials and an age") {
  CHECK(One("The city has 12 newly built homes.").unit == "homes");
  CHECK(One("The band toured 40 U.S. cities.").unit == "cities");
  auto both = Claims("The police found eight 12-year-old boys.");
  REQUIRE(both.size() == 2);
  CHECK(both[0].unit == "boys");
  CHECK(Claims("And these two cut their teeth in Arkansas.").empty());
  CHECK(One("The two men were at opposite poles.").unit == "men");
  CHECK(One("It hurt the families of the nine people who were killed.").unit == "people");
}

TEST_CASE("ClaimExtractor: a hyphenated area is the unit, a video resolution is not pence") {
  CHECK(One("It leased a 5,125-square-foot retail space.").unit == "square foot");
  CHECK(One("Its 5,000 square-foot store opened.").unit == "square foot");
  CHECK(Claims("The TV plays 1080p video.").empty());
  // NewsQuant's gold reads a price in p as points, never pence: the symbol
  // stays the unit, which matches either reading; spelled pence stay pence.
  CHECK(One("Shares closed at 118.5p.").unit == "p");
  CHECK(One("Stamps cost 50 pence more.").unit == "penny");
  CHECK(One("Shares rose one point.").kind != NumberKind::kMoney);
}

TEST_CASE("ClaimExtractor: a share of a counted set counts the set's noun") {
  auto cs = Claims("Regulators said six of the 10 largest banks failed the test.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].value == 6);
  CHECK(cs[0].unit == "banks");
  CHECK(cs[1].value == 10);
  CHECK(cs[1].unit == "banks");
  auto its = Claims("Three of his 15 co-defendants were freed.");
  REQUIRE(its.size() == 2);
  CHECK(its[0].unit == "co-defendants");
  // Without a determiner too ("eight of nine states"), and after "out of".
  auto ratio = Claims("Polls show 8 of 10 voters agree.");
  REQUIRE(ratio.size() == 2);
  CHECK(ratio[0].unit == "voters");
  auto states = Claims("In eight of nine states, voters agreed.");
  REQUIRE(states.size() == 2);
  CHECK(states[0].value == 8);
  CHECK(states[0].unit == "states");
  Claim seats = Claims("The NLD won 49 out of the 54 seats.")[0];
  CHECK(seats.value == 49);
  CHECK(seats.unit == "seats");
  // A bare set size names nothing.
  CHECK(Claims("She got 3 of 4.")[0].unit.empty());
  CHECK(Claims("Two of five were freed.")[0].unit.empty());
}

TEST_CASE("ClaimExtractor: units follow CQE's normalized names where the symbol and the name differ") {
  CHECK(One("The engine makes 275 pound-feet of torque.").unit == "pound-foot");
  CHECK(One("The engine makes 300 lb-ft in sport mode.").unit == "foot pound-force");
  CHECK(One("A serving has 250 kcal.").unit == "kilocalorie");
  CHECK(One("The bike has a 1,500cc engine.").unit == "millilitre");
  CHECK(One("Ice sheets lost 250 gigatonnes.").unit == "gigaton");
  CHECK(One("He paid AED 5,000 for it.").unit == "united arab emirates dirham");
}

TEST_CASE("ClaimExtractor: 'higher than' and 'lower than' are bounds, not changes") {
  CHECK(One("The premium will be no lower than 15 percent.").qualifier == Qualifier::kAtLeast);
  CHECK(One("The rate will be no higher than 4 percent.").qualifier == Qualifier::kAtMost);
  CHECK(One("No other candidate scored higher than 3%.").qualifier == Qualifier::kMoreThan);
  CHECK(One("Costs came in lower than $5 million.").qualifier == Qualifier::kLessThan);
  CHECK(One("Shares fell 3 percent.").qualifier == Qualifier::kDecrease);
}

TEST_CASE("ClaimExtractor: a magnitude on the Richter scale has the scale as unit") {
  auto c = One("The quake measured 5.5 on the Richter scale, officials said.");
  CHECK(c.value == 5.5);
  CHECK(c.unit == "richter scale");
}

TEST_CASE("ClaimExtractor: a change joined by 'and' shares its direction") {
  auto cs = Claims("Output rose 0.3% month-on-month and 2.1% year-on-year.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[1].qualifier == Qualifier::kIncrease);
  auto lv = Claims("Output rose 0.3% to 2.1% last year.");
  REQUIRE(lv.size() == 2);
  CHECK(lv[1].qualifier == Qualifier::kExact);
}

TEST_CASE("ClaimExtractor: mixed numbers, half-dozens and times written 2.5x") {
  Claim c = One("She waited 1\u00bd days.");
  CHECK(c.value == doctest::Approx(1.5));
  CHECK(c.unit == "day");  // the unit after the fraction, as "1.5 days" gives
  CHECK(One("She waited 1.5 days.").unit == "day");
  CHECK(One("A half-dozen firms bid.").value == 6);
  CHECK(One("The stock trades at 2.5x earnings.").unit == "count");
  CHECK(Claims("It was a 50/50 split.").empty());
  auto fa = Claims("Four of the five aircraft are old.");
  REQUIRE(fa.size() == 2);
  CHECK(fa[1].unit == "aircraft");
}

TEST_CASE("ClaimExtractor: a rate keeps its 'per' unit") {
  CHECK(One("Gas prices averaged $4.33 a gallon.").unit == "dollar per gallon");
  CHECK(One("The company earned $1.23 per share.").unit == "dollar per share");
  CHECK(One("He earned $5 a year ago.").unit == "dollar");
}

TEST_CASE("ClaimExtractor: the counted noun past 'total' and 'such'; a verb ends it") {
  CHECK(One("They reported 16,389 total subsidiaries.").unit == "subsidiaries");
  CHECK(One("The city uses 500,000 such containers each day.").unit == "containers");
  CHECK(One("His 121 RBI broke the team record.").unit == "RBI");
}

TEST_CASE("ClaimExtractor: a model number inside the counted phrase; forms and race times") {
  CHECK(One("Apple sold 10 million iPhone 14 units.").unit == "units");
  CHECK(Claims("It was disclosed in a 10-K filing.").empty());
  CHECK(Claims("He finished the marathon in 2:01:39.").empty());
}

TEST_CASE("ClaimExtractor: a score or tally is a pair without a unit, as NewsQuant writes it") {
  Claim c = One("At 2-0 down it was easy to give up.");
  CHECK(c.low == 2);
  CHECK(c.high == 0);
  CHECK(c.unit.empty());
  CHECK(One("They routed the Twins 11-2 on Sunday.").high == 2);
  CHECK(One("The bill passed on a 51-49 vote.").unit.empty());
  CHECK(Claims("The store is open 24-7.").empty());
  CHECK(Claims("It leased Unit 3 at 16-18 Industrial Avenue.").empty());
}

TEST_CASE("ClaimExtractor: a participle or a past tense after the count is its verb") {
  CHECK(One("One organization campaigning for Britain posted it.").unit == "organization");
  CHECK(One("It is one common saying here.").unit == "saying");
  auto b = Claims("Two businessmen seeking office ran.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].unit == "businessmen");
  CHECK(One("In the war about 100,000 died.").unit.empty());
}

TEST_CASE("ClaimExtractor: coordinated modifiers, ages and sets without a named noun") {
  Claim v = One("Hispanics made up about 2 in 10 Democratic and Republican primary voters.");
  CHECK(v.value == doctest::Approx(0.2));
  CHECK(v.unit == "voters");
  Claim r = One("It covers children ages 3 to 17.");
  CHECK(r.low == 3);
  CHECK(r.high == 17);
  CHECK(r.unit == "age");
  CHECK(One("Students aged 12 attended.").unit == "age");
  // v77: "others" right after the count is what it counts (was no unit).
  auto o = Claims("He shared the honor with two others.");
  REQUIRE(o.size() == 1);
  CHECK(o[0].unit == "others");
  CHECK(Claims("Cruz challenged Trump to a one-on-one debate.").empty());
  auto f = Claims("Two of the five were freed.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].unit.empty());
}

TEST_CASE("ClaimExtractor: a written-out age before a name counts; a pronoun names nothing") {
  auto a = Claims("He killed nine people, including her son, 26-year-old Tywanza.");
  REQUIRE(a.size() == 2);
  CHECK(a[1].value == 26);
  CHECK(Claims("Smith III, 45, said so.").empty());
  CHECK(One("Dozens of them protested.").unit.empty());
  CHECK(Claims("It took a three-decades-long war.").empty());
}

TEST_CASE("ClaimExtractor: hyphenated shares, ranges of a named set, 'the other two', markup") {
  CHECK(One("Three-in-five GOP insiders said so.").unit == "insiders");
  Claim r = One("It would bring one or two of the mainstream conservatives into play.");
  CHECK(r.low == 1);
  CHECK(r.high == 2);
  CHECK(r.unit == "conservatives");
  auto o = Claims("He named the three delegates but not the other two.");
  REQUIRE(o.size() == 1);
  CHECK(o[0].value == 3);
  CHECK(Claims("<tweet timestamp=\"1449075600\">I refuse.").empty());
  CHECK(One("He befriended the boys, both aged under 10.").unit == "age");
}

TEST_CASE("ClaimExtractor: 'a nine point lead' counts points; 'the top 10' is a rank") {
  CHECK(One("A poll showed a nine point lead for Clinton.").unit == "point");
  CHECK(One("The coalition has grown to 65 member countries.").unit == "countries");
  CHECK(Claims("He never made it into the top 10.").empty());
  CHECK(One("The top 10 players left.").unit == "players");
}

TEST_CASE("ClaimExtractor: 'one' before a verb is the pronoun") {
  CHECK(Claims("When one asks, the teacher stares back.").empty());
  CHECK(Claims("But one must not forget the limits.").empty());
  CHECK(One("One proposal asks for more.").unit == "proposal");
}

TEST_CASE("ClaimExtractor: members of a set named past 'the last eight'") {
  auto c = Claims("Graf won seven of the last eight points.");
  REQUIRE(c.size() == 2);
  CHECK(c[0].unit == "points");
  auto a = Claims("Atlanta has won 14 of its last 19 games.");
  REQUIRE(a.size() == 2);
  CHECK(a[0].unit == "games");
}

TEST_CASE("ClaimExtractor: a tally after 'lost' or 'fell' is a result, not a decrease") {
  CHECK(One("Arsenal lost 2-1 at home.").qualifier == Qualifier::kExact);
  CHECK(One("They lost 24 to 7 on Sunday.").qualifier == Qualifier::kExact);
  CHECK(One("Liverpool fell 3-1 at Anfield.").qualifier == Qualifier::kExact);
  CHECK(One("Shares fell 3 percent.").qualifier == Qualifier::kDecrease);
}

TEST_CASE("ClaimExtractor: capitalized modifiers before a counted plural ('24 Senate Democrats')") {
  Claim a = One("He met 24 Senate Democrats on Tuesday.");
  CHECK(a.value == 24);
  CHECK(a.unit == "Democrats");
  CHECK(One("The 29 New Yorkers wounded were treated.").unit == "Yorkers");
  auto d = Claims("It beat 58 of 61 Democratic and Republican debates.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].unit == "debates");
  CHECK(d[1].value == 61);
  CHECK(d[1].unit == "debates");
  // A street address stays out.
  CHECK(Claims("He lives at 575 Wilbraham Road.").empty());
}

TEST_CASE("ClaimExtractor: a verb of opinion after a count is its verb ('only 19 support Sanders')") {
  Claim a = Claims("Of the delegates, 449 back Clinton, while only 19 support Sanders.").back();
  CHECK(a.value == 19);
  CHECK(a.unit.empty());
  CHECK(One("Men under 35 support Sanders by a wide margin.").unit.empty());
  // Nouns stay nouns.
  CHECK(One("It hired 3 support staff.").unit == "staff");
  CHECK(One("She had zero support in New Hampshire.").unit == "support");
}

TEST_CASE("ClaimExtractor: age ranges ('age 18-34', '12-17 year-olds', '18-to-34-year-olds')") {
  Claim a = Claims("Millennials age 18-34 comprise more than half of voters.")[0];
  CHECK(a.low == 18);
  CHECK(a.high == 34);
  CHECK(a.unit == "age");
  Claim b = One("Drug use among 12-17 year-olds had doubled.");
  CHECK(b.low == 12);
  CHECK(b.high == 17);
  CHECK(b.unit == "year-old");
  CHECK(One("The poll of 18-to-34-year-olds explores their hopes.").unit == "year-old");
}

TEST_CASE("ClaimExtractor: 'X to Y votes' counts votes with both numbers") {
  auto cs = Claims("Clinton led Sanders late Tuesday -- 212,205 to 210,424 votes.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].value == 212205);
  CHECK(cs[0].unit == "votes");
  CHECK_FALSE(cs[0].low.has_value());
  CHECK(cs[1].value == 210424);
  CHECK(cs[1].unit == "votes");
  // A tally with a counted noun after it is two counts, not a pair.
  auto tally = Claims("The bill passed 212 to 210 votes.");
  REQUIRE(tally.size() == 2);
  CHECK(tally[0].unit == "votes");
  CHECK(tally[1].unit == "votes");
  // A change and its result keep their own units ("by 500" is the change).
  auto change = Claims("Nickel rose by 500 to 39,200 shares.");
  REQUIRE(change.size() == 2);
  CHECK(change[0].unit.empty());
  // A bare tally stays one pair.
  auto vote = Claims("The vote was 5 to 4.");
  REQUIRE(vote.size() == 1);
  CHECK(vote[0].low.has_value());
}

TEST_CASE("ClaimExtractor: 'half the X' is a share of X, as 'half of the X' and 'two-thirds of the X'") {
  for (const char* text : {"Half the voters stayed home.", "Half of the voters stayed home.",
                           "Two-thirds of the voters stayed home.",
                           "About two-thirds the voters stayed home."}) {
    CAPTURE(text);
    Claim c = One(text);
    CHECK(c.kind == NumberKind::kFraction);
    CHECK(c.unit == "voters");
  }
  // Past the set's own count the share is of the counted noun too
  // (NewsQuant's dev gold: "two-thirds of the combined 4.3M ... sales").
  auto cs = Claims("Nearly half the 1,617 military personnel surveyed said so.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].value == 0.5);
  CHECK(cs[0].unit == "personnel");
  CHECK(cs[0].counted == "military personnel");
  CHECK(cs[1].unit == "personnel");
  auto sales = Claims("Nearly two-thirds of the combined 4.3M digital and physical sales were online.");
  REQUIRE(sales.size() == 2);
  CHECK(sales[0].unit.find("sales") != std::string::npos);
  // Someone's half is a part, not a share of a quantity.
  CHECK(Claims("Agassi landed in Sampras 's half of the draw.").empty());
  CHECK(Claims("He kept his half of the bargain.").empty());
  CHECK(Claims("Half of them left.")[0].unit.empty());
}

TEST_CASE("ClaimExtractor: a threshold named by its number counts nothing ('the 1,237 mark')") {
  for (const char* text : {"Trump is shy of the 1,237 mark needed to win.",
                           "No one reaches the magic 1,237 number.",
                           "It fell short of the 176 majority needed to govern."}) {
    CAPTURE(text);
    Claim c = One(text);
    CHECK(c.unit.empty());
    CHECK(c.kind == NumberKind::kCardinal);
  }
  CHECK(One("He drew 15 lines in the sand.").unit == "lines");
  CHECK(One("Buying just above the 820 level convinced players.").unit.empty());
  CHECK(One("There are 10 level crossings.").unit == "crossings");
}

TEST_CASE("ClaimExtractor: coordinated modifiers share a head past 'other' and without -s") {
  Claim c = One("The United States has 5,000 U.S. air force and other military personnel there.");
  CHECK(c.unit == "personnel");
  CHECK(One("Mr. Obama freed seven Iranian and Iranian-American men.").unit == "men");
}

TEST_CASE("ClaimExtractor: a quoted number counts the noun after the quote") {
  Claim c = One("She asked about the \"2 million-plus\" people deported.");
  CHECK(c.value == 2000000);
  CHECK(c.unit == "people");
  CHECK(c.qualifier == Qualifier::kMoreThan);
  CHECK(One("The campaign is paying \"dozens\" of canvassers.").unit == "canvassers");
}

TEST_CASE("ClaimExtractor: 'another pick or two' counts the noun before 'or'") {
  Claim c = One("They want to trade down to add another pick or two.");
  CHECK(c.value == 2);
  CHECK(c.unit == "pick");
  CHECK(c.kind == NumberKind::kCount);
  CHECK(One("The campaign could pick up a delegate or two.").unit == "delegate");
  // A noun after the number is its own unit; a bare "or two" stays bare.
  CHECK(One("Pick a card or two cards.").unit == "cards");
  CHECK(One("He said that one or two would come.").low.has_value());
}

TEST_CASE("ClaimExtractor: a participle in a headline in capitals is its verb ('10 KILLED')") {
  Claim c = One("AT LEAST 10 KILLED IN ISTANBUL EXPLOSION");
  CHECK(c.value == 10);
  CHECK(c.unit.empty());
  CHECK(c.qualifier == Qualifier::kAtLeast);
  auto cs = Claims("TWO DEAD, 16 INJURED IN NIGHTCLUB SHOOTING");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].unit.empty());
  CHECK(cs[1].unit.empty());
  // In running text the casualty words count people, as before.
  auto run = Claims("The blast left 12 dead and 40 injured.");
  REQUIRE(run.size() == 2);
  CHECK(run[0].unit == "dead");
  CHECK(run[1].unit == "injured");
}

TEST_CASE("ClaimExtractor: a possessive apostrophe is no quote mark ('two nations' interests')") {
  Claim c = One("They balance the two nations' interests.");
  CHECK(c.unit == "nations");
  CHECK(One("Three states' governors sued.").unit == "states");
  // Quoted modifiers are still skipped.
  CHECK(One("He saw 2 'small' cars.").unit == "cars");
  CHECK(One("There were nine \"nonprobability\" internet samples.").unit == "samples");
}

TEST_CASE("ClaimExtractor: a possessive written apart ('Clinton 's') is a possessive") {
  CHECK(One("Half of Clinton 's supporters stayed home.").unit == "supporters");
  auto errors = Claims("He made three of Chicago 's four errors.");
  REQUIRE(!errors.empty());
  CHECK(errors[0].unit == "errors");
  CHECK(One("Half of Clinton's supporters stayed home.").unit == "supporters");
  CHECK(Claims("Agassi landed in Sampras 's half of the draw.").empty());
  CHECK(Claims("Agassi landed in Sampras's half of the draw.").empty());
}

TEST_CASE("ClaimExtractor: the second number of a pair in one token starts its own span") {
  auto cs = Claims("Mitt Romney's 73-to-25 percent victory was large.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[1].value == 25);
  Document doc("");
  auto ps = Claims("Clinton leads 48-45 percent.", &doc);
  REQUIRE(ps.size() == 2);
  CHECK(doc.Slice(ps[0].span) == "48");
  CHECK(doc.Slice(ps[1].span) == "45 percent");
  Document doc2("");
  Claims("Mitt Romney's 73-to-25 percent victory was large.", &doc2);
  CHECK(doc2.Slice(doc2.claims()[1].span) == "25 percent");
}

TEST_CASE("ClaimExtractor: 'half' before an adjective says how far ('a glass half empty')") {
  CHECK(Claims("They see a glass half empty.").empty());
  CHECK(Claims("He was half joking.").empty());
  CHECK(Claims("The bridge is half finished.").empty());
  // A share stays one: as a subject, before a noun, or of something.
  CHECK(Claims("Half opposed the plan.").size() == 1);
  CHECK(Claims("It sold at half price.").size() == 1);
  CHECK(One("Half the voters were empty-handed.").value == 0.5);
}

TEST_CASE("ClaimExtractor: 'one bit', 'one iota' are words of degree, no count") {
  CHECK(Claims("It doesn't bother me one bit.").empty());
  CHECK(Claims("Not one iota of it was true.").empty());
  // Digits, or another number word, still count.
  CHECK(Claims("The register holds 64 bits.").size() == 1);
  CHECK(Claims("Eight bits make a byte.").size() == 1);
}

TEST_CASE("ClaimExtractor: a count before an amount counts what the amount prices") {
  auto cs = Claims("The charity mailed nine $2,500 checks to families.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].value == 9);
  CHECK(cs[0].kind == NumberKind::kCount);
  CHECK(cs[0].unit == "checks");
  CHECK(cs[1].value == 2500);
  CHECK(cs[1].kind == NumberKind::kMoney);
}

TEST_CASE("ClaimExtractor: an amount added with its of-phrase is no rise ('Add 1/2 cup of sugar')") {
  Claim c = One("Add 1/2 cup of sugar.");
  CHECK(c.value == 0.5);
  CHECK(c.unit == "cup");
  CHECK(c.qualifier == Qualifier::kExact);
  CHECK(One("The plan would add $2 billion of debt.").qualifier == Qualifier::kExact);
  // A level that added points or a share did rise.
  CHECK(One("The index added 38.76 points.").qualifier == Qualifier::kIncrease);
  CHECK(One("Shares added 3% on Monday.").qualifier == Qualifier::kIncrease);
}

TEST_CASE("ClaimExtractor: a share before a comparative and 'than' is a change") {
  Claim c = One("Exports were 16.8 percent lower than during the same period last year.");
  CHECK(c.qualifier == Qualifier::kDecrease);
  CHECK(One("Output was 14.5 percent more than last July.").qualifier == Qualifier::kIncrease);
  CHECK(One("Her pay is one-third less than her own.").qualifier == Qualifier::kDecrease);
  // A bound before the number stays a bound.
  CHECK(One("Rates are higher than 4 percent.").qualifier == Qualifier::kMoreThan);
}

TEST_CASE("ClaimExtractor: 'near' approximates; 'just over' bounds a span of time") {
  CHECK(One("Temperatures hovered near 100 degrees.").qualifier == Qualifier::kApproximate);
  CHECK(One("The contest is just over three weeks away.").qualifier == Qualifier::kMoreThan);
  // Bare "over" a span of time is the period.
  CHECK(One("He stayed over three weeks.").qualifier == Qualifier::kExact);
}

TEST_CASE("ClaimExtractor: a participle and an adverb after a count are its verb ('11 million living illegally')") {
  Claim c = One("It would help 11 million living illegally in the country.");
  CHECK(c.unit.empty());
  CHECK(One("About 2,000 gathered quietly outside.").unit.empty());
  // No adverb: the participle modifies the noun.
  CHECK(One("He has 11 million living relatives.").unit == "relatives");
}

TEST_CASE("ClaimExtractor: a count of what was lost is no fall ('lost six seats')") {
  CHECK(One("The party lost six seats.").qualifier == Qualifier::kExact);
  CHECK(One("We lost 250 Americans in Beirut.").qualifier == Qualifier::kExact);
  CHECK(Claims("Clinton lost 10 of the first 11 contests.")[0].qualifier == Qualifier::kExact);
  // Measures, points and bare levels fell.
  CHECK(One("He lost 20 pounds.").qualifier == Qualifier::kDecrease);
  CHECK(One("The FTSE lost 30 points.").qualifier == Qualifier::kDecrease);
  CHECK(One("Shares lost 1.1% on Monday.").qualifier == Qualifier::kDecrease);
}

TEST_CASE("ClaimExtractor: 'freed up' an amount is no rise") {
  CHECK(One("Scott has freed up $26 million in state funds.").qualifier == Qualifier::kExact);
}

TEST_CASE("ClaimExtractor: a gapped subject shares the change ('Cruz gained six and Rubio five')") {
  auto cs = Claims("Cruz gained six and Rubio five.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[1].qualifier == Qualifier::kIncrease);
  cs = Claims("The Nikkei rose 1.2 percent and the Topix 0.8 percent.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[1].qualifier == Qualifier::kIncrease);
  // Bare numbers with no subject between share nothing.
  cs = Claims("The index rose 5 and 3 were flat.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[1].qualifier == Qualifier::kExact);
}

TEST_CASE("ClaimExtractor: a number word ends the counted phrase ('one group one thing')") {
  auto cs = Claims("They tell one group one thing.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].unit == "group");
  CHECK(cs[1].unit == "thing");
}

TEST_CASE("ClaimExtractor: 'for over three months' is a bound, 'over three years' a span") {
  CHECK(One("The jet was grounded for over three months.").qualifier == Qualifier::kMoreThan);
  CHECK(One("It is the highest level in over three years.").qualifier == Qualifier::kMoreThan);
  // Without the preposition, "over" names the span itself.
  CHECK(One("The plant will be built over three years.").qualifier == Qualifier::kExact);
}

TEST_CASE("ClaimExtractor: a rate per area names the area in full ('per sq m')") {
  CHECK(One("The office leased at a rate of \u00a380 per sq m.").unit ==
        "pound sterling per square metre");
  CHECK(One("Homes sold for $500 per square foot.").unit == "dollar per square foot");
  CHECK(One("Petrol costs $4.33 a gallon.").unit == "dollar per gallon");
}

TEST_CASE("ClaimExtractor: a sentence in capitals counts its noun as lower-cased copy does") {
  // The counted phrase's verb and participle rules read lower-case words;
  // in capitals "CONDUCTED" was the counted noun, "GOALS" no count at all.
  Claim a = One("SEVEN EUROPEAN COUNTRIES CONDUCTED THE TRIALS.");
  CHECK(a.value == 7);
  CHECK(a.unit == "countries");
  Claim b = One("THE STRIKER SCORED 22 GOALS LAST SEASON");
  CHECK(b.value == 22);
  CHECK(b.unit == "goals");
  // The same words in running text keep their case.
  CHECK(One("Seven European countries conducted the trials.").unit == "countries");
}

TEST_CASE("ClaimExtractor: a rate per area ending a headline in capitals ('PER SQ M.')") {
  // The tokenizer keeps the initial's period on "M.": it ends the sentence.
  CHECK(One("A FIRM LEASED THE UNIT AT $80 PER SQ M.").unit == "dollar per square metre");
  CHECK(One("A firm leased the unit at $80 per sq m.").unit == "dollar per square metre");
}

TEST_CASE("ClaimExtractor: '-plus' is MORE_THAN when the unit is inside the mention") {
  // "35-plus hours": the duration's mention ends in "hours", not "-plus".
  CHECK(One("She works 35-plus hours a week.").qualifier == Qualifier::kMoreThan);
  CHECK(One("He waited 40-plus minutes.").qualifier == Qualifier::kMoreThan);
  CHECK(One("He has 35-plus employees.").qualifier == Qualifier::kMoreThan);
  CHECK(One("He waited 40 minutes.").qualifier == Qualifier::kExact);
}

TEST_CASE("ClaimExtractor: 'called up six players', 'snapped up 16 items' are no rise") {
  CHECK(One("JORGE CALLS UP SIX PORTO PLAYERS FOR WORLD CUP QUALIFIER.").qualifier ==
        Qualifier::kExact);
  CHECK(One("The coach called up six players from the minors.").qualifier == Qualifier::kExact);
  CHECK(One("Buyers snapped up 16 other items.").qualifier == Qualifier::kExact);
  // "up" after a form of "be" or a change verb still rises.
  CHECK(One("Shares were up 5 percent.").qualifier == Qualifier::kIncrease);
  CHECK(One("Shares shot up 100 pesetas.").qualifier == Qualifier::kIncrease);
}

TEST_CASE("ClaimExtractor: 'went up to' a figure is the level reached, no bound") {
  auto cs = Claims("Revenues went up to 8.26 trillion lei from 6.96 trillion lei.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].qualifier == Qualifier::kExact);
  CHECK(One("Revenues rose to 8.26 trillion lei.").qualifier == Qualifier::kExact);
  // Before a modal's verb or a verb of capacity it is a bound.
  CHECK(One("The cap could go up to 5 percent.").qualifier == Qualifier::kUpTo);
  CHECK(One("It holds up to 5,000 people.").qualifier == Qualifier::kUpTo);
}

TEST_CASE("ClaimExtractor: 'broken up five rings', 'blew up two bridges' are no rise") {
  CHECK(One("Police have broken up five espionage rings.").qualifier == Qualifier::kExact);
  CHECK(One("Rebels blew up two bridges.").qualifier == Qualifier::kExact);
  CHECK(One("Sales were up 5 percent.").qualifier == Qualifier::kIncrease);
}

TEST_CASE("ClaimExtractor: a level 'off' an amount has fallen ('output was off 0.2 percent')") {
  CHECK(One("July output was off 0.2 percent.").qualifier == Qualifier::kDecrease);
  CHECK(Claims("Imports totalled 3,684 tonnes, off 47.5 percent from 7,011 tonnes.")[1]
            .qualifier == Qualifier::kDecrease);
  CHECK(One("Copper stocks off two percent.").qualifier == Qualifier::kDecrease);
  // A phrasal verb is no fall.
  CHECK(One("The firm was laying off 600 workers.").qualifier == Qualifier::kExact);
  CHECK(One("They paid off $5 million.").qualifier == Qualifier::kExact);
}

TEST_CASE("ClaimExtractor: 'the 100 most influential people' counts people") {
  CHECK(One("He is on the list of the world's 100 most influential people.").unit == "people");
  CHECK(One("She sang the 10 least popular songs.").unit == "songs");
  // Without a noun after the adjective nothing is counted.
  CHECK(One("Of the 100 most are young.").unit.empty());
}

TEST_CASE("ClaimExtractor: a share's plural head before a participle ('half the co-op plans established with')") {
  CHECK(One("It hit half the nonprofit co-op plans established with loans.").unit == "plans");
  CHECK(One("He bought 3 M4 rifles.").unit == "rifles");
  // A verb stays a verb.
  CHECK(One("Roughly a third of the electorate remains undecided.").unit == "electorate");
  CHECK(One("Half of the population lives in cities.").unit == "population");
}

TEST_CASE("ClaimExtractor: every form of a change verb, and the other market verbs") {
  // Siblings of dev's "plunged", "jumped", "slid": each was EXACT.
  CHECK(One("The stock tanked 12% in late trade.").qualifier == Qualifier::kDecrease);
  CHECK(One("The stock cratered 20% on Tuesday.").qualifier == Qualifier::kDecrease);
  CHECK(One("The stock nosedived 15%.").qualifier == Qualifier::kDecrease);
  CHECK(One("Exports are weakening 2% a year.").qualifier == Qualifier::kDecrease);
  CHECK(One("The stock leapt 11%.").qualifier == Qualifier::kIncrease);
  CHECK(One("The stock rocketed 80%.").qualifier == Qualifier::kIncrease);
  CHECK(One("Inflation accelerates 2% this year.").qualifier == Qualifier::kIncrease);
  // What is added or raised still is no rise.
  CHECK(One("The firm is adding 151,000 jobs.").qualifier == Qualifier::kExact);
  CHECK(One("She is raising three children.").qualifier == Qualifier::kExact);
  // "by" looks back to a change verb of its own clause only.
  CHECK(One("It has grown, and it is now guided by an 80-member council.").qualifier ==
        Qualifier::kExact);
  CHECK(One("The population has grown by 100,000.").qualifier == Qualifier::kIncrease);
}

TEST_CASE("ClaimExtractor: 'or' without its comma is a conversion ('down 120 points or 0.5 percent')") {
  // Lower-cased, unpunctuated copy as NewsQuant has it.
  auto cs = Claims("the dow was down 120 points or 0.5 percent");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].qualifier == Qualifier::kDecrease);
  CHECK(cs[1].qualifier == Qualifier::kDecrease);
  auto up = Claims("acme rose 5 cents or 2.1 per cent to $2.43");
  REQUIRE(up.size() == 3);
  CHECK(up[1].qualifier == Qualifier::kIncrease);
  CHECK(up[2].qualifier == Qualifier::kExact);
  // Two figures of the same kind are alternatives, not a conversion.
  auto alt = Claims("prices rose 3% or 4% in the year");
  REQUIRE(alt.size() >= 1);
  CHECK(alt[0].qualifier == Qualifier::kIncrease);
}

TEST_CASE("ClaimExtractor: 'sub-' before a currency symbol is a bound ('sub-$100 phones')") {
  CHECK(One("The company makes sub-$100 phones.").qualifier == Qualifier::kLessThan);
  CHECK(One("It sells sub-£50 tickets.").qualifier == Qualifier::kLessThan);
  // Not a word ending in "sub-".
  CHECK(One("They paid $100 for it.").qualifier == Qualifier::kExact);
}

TEST_CASE("ClaimExtractor: a plus glued between two figures is no bound and no rise ('8GB+128GB')") {
  // A phone's memory variant was MORE_THAN 8GB and a rise of 128GB.
  for (const Claim& c : Claims("Prices start at $199 for the 8GB+128GB variant.")) {
    CHECK_MESSAGE(c.qualifier == Qualifier::kExact, c.value);
  }
  // A plus after one figure, or before one, still is.
  CHECK(One("There are 500+ jobs.").qualifier == Qualifier::kMoreThan);
  CHECK(One("The Nasdaq closed +0.5%.").qualifier == Qualifier::kIncrease);
}

TEST_CASE("ClaimExtractor: a rate over a round base keeps the base in its unit") {
  Claim r = One("The murder rate is 4.5 per 100,000 people.");
  CHECK(r.value == doctest::Approx(4.5));
  CHECK(r.unit == "per 100,000 people");
  Claim d = One("There were 12 deaths per 1,000 live births.");
  CHECK(d.value == 12);
  CHECK(d.unit == "deaths per 1,000 births");
  Claim m = One("It costs $5 per 1,000 gallons.");
  CHECK(m.unit == "dollar per 1,000 gallon");
  // Not a round base: two quantities.
  CHECK(Claims("He sold 3 per 250 tickets.").size() == 2);
}

TEST_CASE("ClaimExtractor: a figure set against a level or result takes its unit") {
  auto from = Claims("Output rose to 3.1 million tonnes in July from 2.93 million a year ago.");
  REQUIRE(from.size() == 2);
  CHECK(from[1].value == 2930000);
  CHECK(from[1].unit == "tonne");
  auto prelim = Claims("Output was revised to 210,622 tonnes from the preliminary 210,683.");
  REQUIRE(prelim.size() == 2);
  CHECK(prelim[1].unit == "tonne");
  auto compared = Claims("A total of 4,464 homes were sold in July, compared to 4,570 in June.");
  REQUIRE(compared.size() == 2);
  CHECK(compared[1].unit == "homes");
  auto pct = Claims("It cut the forecast to five percent from six.");
  REQUIRE(pct.size() == 2);
  CHECK(pct[1].unit == "percent");
  // Not after a level that "to" does not reach: "from" alone shares nothing.
  auto other = Claims("He sold 20 cars, and took 11 from the lot.");
  REQUIRE(other.size() == 2);
  CHECK(other[1].unit.empty());
}

TEST_CASE("ClaimExtractor: a bare figure set against an amount takes its unit and scale") {
  auto up = Claims("Sales hit $4 billion, up from 3.2 a year earlier.");
  REQUIRE(up.size() == 2);
  CHECK(up[1].value == doctest::Approx(3.2e9));
  CHECK(up[1].unit == "dollar");
  CHECK(up[1].kind == NumberKind::kMoney);
  auto versus = Claims("Revenue was 2.1 billion euros versus 1.8 in 2019.");
  REQUIRE(versus.size() == 2);
  CHECK(versus[1].value == doctest::Approx(1.8e9));
  CHECK(versus[1].currency == versus[0].currency);
  auto vs = Claims("Revenue was 2.1 billion euros vs. 1.8 in 2019.");
  REQUIRE(vs.size() == 2);
  CHECK(vs[1].value == doctest::Approx(1.8e9));
  auto from = Claims("Output rose to 3.1 million tonnes from 2.9.");
  REQUIRE(from.size() == 2);
  CHECK(from[1].value == doctest::Approx(2.9e6));
  auto votes = Claims("The bill passed with 120 votes against 95.");
  REQUIRE(votes.size() == 2);
  CHECK(votes[1].unit == "votes");
  auto worth = Claims("The bank will issue bonds worth three billion baht and the utility bonds worth 730 million.");
  REQUIRE(worth.size() == 2);
  CHECK(worth[1].unit == worth[0].unit);
  CHECK(worth[1].value == doctest::Approx(730e6));
  // Every scale the numbers stage reads: a capital M, K, "thousand".
  const std::pair<const char*, double> kScales[] = {
      {"Sales were $4M, down from 3.2 a year earlier.", 3.2e6},
      {"Revenue was $40K, up from 35 last year.", 35e3},
      {"Costs hit $4 thousand, up from 3 last year.", 3e3}};
  for (const auto& [text, value] : kScales) {
    auto c = Claims(text);
    REQUIRE_MESSAGE(c.size() == 2, text);
    CHECK_MESSAGE(c[1].value == doctest::Approx(value), text);
  }
  // A figure of another order takes no scale, and then no unit.
  auto far = Claims("Profit was $4 billion, down from 900.");
  REQUIRE(far.size() == 2);
  CHECK(far[1].value == 900);
  CHECK(far[1].unit.empty());
  auto pct = Claims("Inflation was 3.2 percent, up from 2.9 in May.");
  REQUIRE(pct.size() == 2);
  CHECK(pct[1].value == doctest::Approx(2.9));
  CHECK(pct[1].unit == "percent");
}

// The unit of a sentence's only claim; "?" when it has none or several.
std::string SoleUnit(const char* text) {
  auto claims = Claims(text);
  return claims.size() == 1 ? claims[0].unit : std::string("?");
}

TEST_CASE("ClaimExtractor: a count before a singular noun names the compound") {
  CHECK(SoleUnit("They played in their new 51,000 seat stadium.") == "seat stadium");
  CHECK(SoleUnit("The 11 member trade agreement was signed in Chile.") == "member trade agreement");
  CHECK(SoleUnit("a 300 room hotel opened") == "room hotel");
  // A plural head is what the number counts ("65 member countries"), and
  // a verb or adjective before it is no part of the unit.
  CHECK(SoleUnit("The 65 member countries met in May.") == "countries");
  CHECK(SoleUnit("She leaves 17 adoring grandchildren.") == "grandchildren");
}

TEST_CASE("ClaimExtractor: a past form with an object after a count is the verb") {
  auto walked = Claims("candiotti walked one allowed five hits and struck out eight batters");
  for (const auto& c : walked) CHECK(c.unit != "allowed");
  auto included = Claims("His first 50 included three sixes and three fours.");
  REQUIRE(!included.empty());
  CHECK(included[0].unit.empty());
  // Without an object the past form is the noun counted.
  auto injured = Claims("Police said three injured were taken to hospital.");
  REQUIRE(injured.size() == 1);
  CHECK(injured[0].unit == "injured");
}

TEST_CASE("ClaimExtractor: a count set off by a comma counts the plural noun before it") {
  CHECK(SoleUnit("The refugees, numbering about 4,000, crossed the border.") == "refugees");
  CHECK(SoleUnit("Immigrant workers, estimated at 350,000, will be legalised.") == "workers");
  // A singular noun is no set the number counts.
  CHECK(SoleUnit("The damage, estimated at 350,000, was covered.").empty());
}

TEST_CASE("ClaimExtractor: a bare number after a person's be is an age") {
  CHECK(SoleUnit("He will be 35 by the end of the year.") == "age");
  CHECK(SoleUnit("Bamberg, who is 28, said he decided to run.") == "age");
  CHECK(SoleUnit("Can happen when you're 45.") == "age");
  // A group's number counts its members; a thing's is no age.
  CHECK(SoleUnit("We were 11 when the bus left.").empty());
  CHECK(SoleUnit("The index is 45 this year.").empty());
}

TEST_CASE("ClaimExtractor: a count right before others counts them") {
  auto killed = Claims("Police said 80 people were killed and 18 others were injured.");
  REQUIRE(killed.size() == 2);
  CHECK(killed[1].value == 18);
  CHECK(killed[1].unit == "others");
  CHECK(SoleUnit("His state has joined 16 others in a lawsuit.") == "others");
  CHECK(SoleUnit("Between 100 and 150 others were there for prayers.") == "others");
  // Inside a longer phrase "others" still ends the counted noun.
  CHECK(SoleUnit("Two of the others were freed.").empty());
}

TEST_CASE("ClaimExtractor: a bare count in a parallel clause counts the noun of the one before") {
  auto golf = Claims("In 2013 alone, 158 golf courses closed and just 14 opened.");
  REQUIRE(golf.size() == 2);
  CHECK(golf[1].value == 14);
  CHECK(golf[1].unit == "courses");
  auto hurt = Claims("Two people were killed and six were injured in the crash.");
  REQUIRE(hurt.size() == 2);
  CHECK(hurt[1].unit == "people");
  auto set = Claims("Of the 121 people detained in the raids, 77 have been deported.");
  REQUIRE(set.size() == 2);
  CHECK(set[1].unit == "people");
  // The count before must be the subject of its own clause.
  auto object = Claims("Police arrested 20 protesters and 5 were released.");
  REQUIRE(object.size() == 2);
  CHECK(object[1].unit.empty());
  // A whole count past the range of an int is still whole (the test once
  // cast it to int: undefined behaviour, found by the pipeline fuzzer).
  auto billions = Claims("About 4 billion people voted and 3 billion abstained.");
  REQUIRE(billions.size() == 2);
  CHECK(billions[1].value == 3e9);
  CHECK(billions[1].unit == "people");
}

TEST_CASE("ClaimExtractor: a possessor that is also a function word still opens a named set") {
  auto said = Claims("Police confiscated two of Said's books.");
  REQUIRE(said.size() == 1);
  CHECK(said[0].unit == "books");
  auto sunday = Claims("He led after six of Sunday 's 12 special stages .");
  REQUIRE(sunday.size() == 2);
  CHECK(sunday[0].unit == "stages");
}

TEST_CASE("ClaimExtractor: a model number after a count's modifiers is not the end of its noun") {
  auto jets = Claims("The airline ordered two new 737 max jets.");
  REQUIRE(!jets.empty());
  CHECK(jets[0].value == 2);
  CHECK(jets[0].unit == "jets");
  auto freighters = Claims("They bought three used 747 freighters.");
  REQUIRE(!freighters.empty());
  CHECK(freighters[0].value == 3);
  CHECK(freighters[0].unit == "freighters");
  // No plural after the number: the phrase still ends before it.
  auto race = Claims("He finished two laps 10 seconds ahead.");
  REQUIRE(!race.empty());
  CHECK(race[0].unit == "laps");
}

TEST_CASE("ClaimExtractor: over between a count and its innings names the span, no bound") {
  for (const char* text : {"He allowed 10 hits over 6 1/3 innings.",
                           "He gave up two runs over seven scoreless innings."}) {
    auto span = Claims(text);
    REQUIRE(span.size() == 2);
    CHECK_MESSAGE(span[1].unit == "innings", text);
    CHECK_MESSAGE(span[1].qualifier == Qualifier::kExact, text);
  }
  // Without a count before it, "over" is a bound.
  auto b = Claims("The game lasted over 12 innings.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].qualifier == Qualifier::kMoreThan);
}

TEST_CASE("ClaimExtractor: a change a noun names keeps no direction, as NewsQuant reads it") {
  const std::pair<const char*, Qualifier> kCases[] = {
      {"The value was set at an increase of eight percent.", Qualifier::kExact},
      {"He forecast an annual GDP rise of 6.1 percent.", Qualifier::kExact},
      {"Revenue grew, an increase of almost $200 million.", Qualifier::kApproximate},
      {"The index saw a drop of 200 points.", Qualifier::kExact},
      {"The firm posted a loss of 63 cents per share.", Qualifier::kExact},
      {"It will show a gain of 200,000 jobs.", Qualifier::kExact},
      {"Gains of two to three years would be taxed.", Qualifier::kExact},
      // The noun before the figure, as dev's gold has it.
      {"It was a sharp 3 percent drop.", Qualifier::kExact},
      // The verb and the adverb still give the direction.
      {"The value increased by eight percent.", Qualifier::kIncrease},
      {"The index dropped 200 points.", Qualifier::kDecrease},
      {"Shares were up 2.8% at noon.", Qualifier::kIncrease}};
  for (const auto& [text, q] : kCases) CHECK_MESSAGE(One(text).qualifier == q, text);
}

TEST_CASE("ClaimExtractor: a figure after an article modifies a noun, no change") {
  CHECK(One("Sanders has opened up a 15-point lead.").qualifier == Qualifier::kExact);
  CHECK(One("Hosmer added a 30 degree homer on Sunday.").qualifier == Qualifier::kExact);
  // A filler between the article and the figure keeps the change.
  CHECK(One("Shares rose a further 3 percent.").qualifier == Qualifier::kIncrease);
}

TEST_CASE("ClaimExtractor: a shared change past a phrase of time or place") {
  auto c = Claims("Sales edged up 6.0 percent for July and 24.8 percent for the year.");
  REQUIRE(c.size() == 2);
  CHECK(c[1].qualifier == Qualifier::kIncrease);
  auto d = Claims("Revenue fell by 17.7 percent at Taj Mahal, 5.5 percent at Bally's.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].qualifier == Qualifier::kDecrease);
  // A figure set against the first is no share of its change.
  auto e = Claims("It grew by 3.1 percent in the first quarter, down from 5.9 percent.");
  REQUIRE(e.size() == 2);
  CHECK(e[1].qualifier == Qualifier::kExact);
}

TEST_CASE("ClaimExtractor: upward and downward give a direction, upward of a bound") {
  CHECK(One("Profit was revised upward by $40 billion.").qualifier == Qualifier::kIncrease);
  CHECK(One("Output was revised downward by 2 percent.").qualifier == Qualifier::kDecrease);
  CHECK(One("They plan to spend upward of $10 million.").qualifier == Qualifier::kMoreThan);
  // The level reached is no change.
  CHECK(One("Shipments were revised upward to 213,989 tonnes.").qualifier == Qualifier::kExact);
}

TEST_CASE("ClaimExtractor: a slash after a money or measure unit makes a rate") {
  CHECK(One("Lead sold at 65-66 cents / pound.").unit == "cent per pound");
  CHECK(One("The well tested 1,100 bbl / day.").unit == "barrel per day");
  CHECK(One("Barley sold at $145/tonne.").unit == "dollar per tonne");
  // Month on month is no rate.
  CHECK(One("Prices rose 7.8 m / m.").unit == "metre");
}

}  // namespace newsie
