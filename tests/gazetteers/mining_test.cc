#include "gazetteers/mining.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <tuple>

#include "pipeline/tokenizer.h"

namespace newsie {
namespace {

const char kList[] =
    "id\ttype\tcanonical\taliases\n"
    "o:1\tORGANIZATION\tNATO\t\n"
    "p:1\tPERSON\tJoe Biden\t\n";

// A tokenized document whose name mentions are the given substrings, typed.
Document Doc(const std::string& id, const std::string& text,
             const std::vector<std::pair<std::string, EntityType>>& names) {
  Document d{text};
  d.mutable_meta().article_id = id;
  TokenizeDocument(d);
  size_t from = 0;
  for (const auto& [s, t] : names) {
    size_t at = text.find(s, from);
    REQUIRE(at != std::string::npos);
    Mention m;
    m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + s.size())};
    m.type = t;
    d.mutable_mentions().push_back(m);
    from = at + s.size();
  }
  return d;
}

constexpr EntityType kPer = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrganization;

TEST_CASE("CandidateMiner: lists uncovered names, folds surnames into the full name") {
  auto g = Gazetteers::FromStrings({{"t", kList}});
  REQUIRE(g.ok());
  CandidateMiner miner(**g);
  miner.Add(Doc("a1", "Marco Rubio met Joe Biden at NATO. Rubio said Biden agreed.",
                {{"Marco Rubio", kPer}, {"Joe Biden", kPer}, {"NATO", kOrg},
                 {"Rubio", kPer}, {"Biden", kPer}}));
  miner.Add(Doc("a2", "Rubio spoke to the Acme Widget Council.",
                {{"Rubio", kPer}, {"Acme Widget Council", kOrg}}));
  miner.Add(Doc("a3", "The Acme Widget Council's chief left.", {{"The Acme Widget Council's", kOrg}}));
  auto cs = miner.Candidates(2);
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].id == "person:marco-rubio");
  CHECK(cs[0].type == "PERSON");
  CHECK(cs[0].canonical == "Marco Rubio");
  CHECK(cs[0].count == 3);     // the full name, and "Rubio" in a1 and a2
  CHECK(cs[0].articles == 2);
  CHECK(cs[0].examples.size() == 2);
  CHECK(cs[0].examples[1] == "Rubio spoke to the Acme Widget Council.");
  CHECK(cs[1].id == "org:acme-widget-council");
  CHECK(cs[1].canonical == "Acme Widget Council");  // "The" and "'s" dropped
  CHECK(cs[1].count == 2);
  CHECK(miner.Candidates(3).size() == 1);
}

TEST_CASE("CandidateMiner: skips known people's surnames and linked entities") {
  auto g = Gazetteers::FromStrings({{"t", kList}});
  REQUIRE(g.ok());
  CandidateMiner miner(**g);
  Document d = Doc("a1", "Biden spoke. Biden left. Smithers came. Smithers went.",
                   {{"Biden", kPer}, {"Biden", kPer}, {"Smithers", kPer}, {"Smithers", kPer}});
  Entity e;
  e.gazetteer_id = "x:1";
  d.mutable_entities().push_back(e);
  d.mutable_mentions()[2].entity = 0;  // the first "Smithers", linked
  miner.Add(d);
  auto cs = miner.Candidates(1);
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].canonical == "Smithers");
  CHECK(cs[0].count == 1);
}

TEST_CASE("CandidateMiner: leaves out words, lone given names, surname plurals, undotted aliases") {
  auto g = Gazetteers::FromStrings({{"t",
      "id\ttype\tcanonical\taliases\n"
      "g:1\tGIVEN_NAME\tBob\t\n"
      "l:1\tLOCATION\tWashington, D.C.\tD.C.\n"
      "p:1\tPERSON\tBill Clinton\t\n"}});
  REQUIRE(g.ok());
  CandidateMiner miner(**g);
  // "union" is written in lower case three times, so "Union" is a word.
  miner.Add(Doc("a1", "The Union met Bob in DC with the Clintons and Zork Ltd. A union, a union, a union.",
                {{"Union", kOrg}, {"Bob", kPer}, {"DC", EntityType::kLocation},
                 {"Clintons", kOrg}, {"Zork Ltd", kOrg}}));
  miner.Add(Doc("a2", "Union, Bob, DC, the Clintons and Zork Ltd again.",
                {{"Union", kOrg}, {"Bob", kPer}, {"DC", EntityType::kLocation},
                 {"Clintons", kOrg}, {"Zork Ltd", kOrg}}));
  auto cs = miner.Candidates(1);
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].canonical == "Zork Ltd");
}

TEST_CASE("GazetteerStats: counts longest matches, ambiguous aliases and never-hit entries") {
  auto g = Gazetteers::FromStrings({{"t",
      "id\ttype\tcanonical\taliases\n"
      "l:1\tLOCATION\tGeorgia\t\n"
      "l:2\tLOCATION\tGeorgia (U.S. state)\tGeorgia\n"
      "l:3\tLOCATION\tNew York\t\n"
      "l:4\tLOCATION\tYork\t\n"
      "l:5\tLOCATION\tNowhere\t\n"}});
  REQUIRE(g.ok());
  GazetteerStats stats(**g);
  Document d{"Georgia and New York. Georgia again."};
  TokenizeDocument(d);
  stats.Add(d);
  CHECK(stats.hits(0) == 2);
  CHECK(stats.hits(2) == 1);
  CHECK(stats.hits(3) == 0);  // "York" inside "New York"
  std::ostringstream os;
  stats.Write(os, 10, true);
  CHECK(os.str().find("Georgia\t2\tl:1:LOCATION|l:2:LOCATION\n") != std::string::npos);
  CHECK(os.str().find("l:5\tt\tNowhere\n") != std::string::npos);
  CHECK(os.str().find("t\t5\t3\t5\n") != std::string::npos);  // list: entries, hit, hits
}

TEST_CASE("Slug: folds, keeps letters and digits") {
  CHECK(Slug("Volodymyr Zelénskyy") == "volodymyr-zelenskyy");
  CHECK(Slug("O'Malley, Martin") == "o-malley-martin");
}

// ------------------------------------------------------------ evidence

// A list with the entries the evidence rules consult: titles, places, a
// known person, given names.
const char kEvidenceList[] =
    "id\ttype\tcanonical\taliases\n"
    "g:bill\tGIVEN_NAME\tBill\t\n"
    "g:hillary\tGIVEN_NAME\tHillary\t\n"
    "g:will\tGIVEN_NAME\tWill\t\n"
    "l:iowa\tLOCATION\tIowa\t\n"
    "p:bernie\tPERSON\tBernie Sanders\t\n"
    "p:donald\tPERSON\tDonald Trump\t\n"
    "t:majority\tTITLE\tMajority Leader\t\n"
    "t:mr\tTITLE\tMr.\t\n"
    "t:ms\tTITLE\tMs.\t\n"
    "t:chairman\tTITLE\tChairman\t\n";

// The candidate named `canonical`, or a failed check.
Candidate Find(const std::vector<Candidate>& cs, const std::string& canonical) {
  for (const Candidate& c : cs) {
    if (c.canonical == canonical) return c;
  }
  FAIL_CHECK("no candidate " << canonical);
  return {};
}

bool Flagged(const Candidate& c, const std::string& flag) {
  return std::find(c.flags.begin(), c.flags.end(), flag) != c.flags.end();
}

// Runs `docs` (article id, text, names) through a miner over kEvidenceList.
std::vector<Candidate> Mine(
    const std::vector<std::tuple<std::string, std::string,
                                 std::vector<std::pair<std::string, EntityType>>>>& docs) {
  auto g = Gazetteers::FromStrings({{"t", kEvidenceList}});
  REQUIRE(g.ok());
  CandidateMiner miner(**g);
  for (const auto& [id, text, names] : docs) miner.Add(Doc(id, text, names));
  return miner.Candidates(1);
}

constexpr EntityType kLoc = EntityType::kLocation;
constexpr EntityType kMisc = EntityType::kMisc;

TEST_CASE("CandidateMiner: confidence falls with the share of the chosen type") {
  auto cs = Mine({{"a1", "Zorbex rose. Zorbex fell. Zorbex won. Zorbex lost.",
                   {{"Zorbex", kOrg}, {"Zorbex", kOrg}, {"Zorbex", kOrg}, {"Zorbex", kLoc}}},
                  {"a2", "Quarnix rose. Quarnix fell.", {{"Quarnix", kOrg}, {"Quarnix", kOrg}}}});
  Candidate z = Find(cs, "Zorbex");
  CHECK(z.type == "ORGANIZATION");
  CHECK(z.confidence == doctest::Approx(0.75));  // 3 of 4 mentions
  CHECK(Flagged(z, "type_share=0.75"));
  CHECK(Find(cs, "Quarnix").confidence == 1.0);
  CHECK(Find(cs, "Quarnix").flags.empty());
}

TEST_CASE("CandidateMiner: a span cut from a title, a quoted slogan, a handle, a demonym") {
  auto cs = Mine({{"a1",
                   "Senate Majority Leader Mitch Zed spoke to the press on the issue. Crowds chanted \"Make Iowa Grand\" "
                   "again. Follow @HillaryClinton now. Many Iowans voted.",
                   {{"Senate Majority", kOrg}, {"Make Iowa Grand", kOrg},
                    {"HillaryClinton", kOrg}, {"Iowans", kOrg}}},
                  {"a2", "The Senate Majority Leader left early for a vote. HillaryClinton posted. Iowans met.",
                   {{"Senate Majority", kOrg}, {"HillaryClinton", kOrg}, {"Iowans", kOrg}}}});
  CHECK(Flagged(Find(cs, "Senate Majority"), "title"));
  CHECK(Find(cs, "Senate Majority").confidence == doctest::Approx(0.1));
  CHECK(Flagged(Find(cs, "Make Iowa Grand"), "quoted"));
  CHECK(Flagged(Find(cs, "HillaryClinton"), "handle"));  // after '@' once
  CHECK(Flagged(Find(cs, "Iowans"), "demonym=iowa"));
}

TEST_CASE("CandidateMiner: acronyms fold into their spelled-out name or read as common nouns") {
  auto cs = Mine(
      {{"a1",
        "The Wombat Rescue League (WRL) met. The WRL said a political action committee "
        "paid. The PAC spent more.",
        {{"Wombat Rescue League", kOrg}, {"WRL", kOrg}, {"WRL", kOrg}, {"PAC", kOrg}}},
       {"a2", "Another political action committee, a PAC, formed. The WRL agreed.",
        {{"PAC", kOrg}, {"WRL", kOrg}}}});
  Candidate w = Find(cs, "Wombat Rescue League");
  CHECK(w.count == 4);  // its own mention and three "WRL"
  REQUIRE(w.aliases.size() == 1);
  CHECK(w.aliases[0] == "WRL");
  for (const Candidate& c : cs) CHECK(c.canonical != "WRL");
  // Spelled out in lower case twice, never capitalized.
  CHECK(Flagged(Find(cs, "PAC"), "common_noun"));
}

TEST_CASE("CandidateMiner: a word the tagger seldom names, a lone word, a question word") {
  auto cs = Mine(
      {{"a1",
        "Watch TV now. The TV was on. TV ads ran. TV news ran. TV shows ended. "
        "He thanked God. Ms. Brainard spoke. Brainard left.",
        {{"TV", kOrg}, {"God", kPer}, {"Brainard", kPer}, {"Brainard", kPer}}},
       {"a2",
        "Will Sanders come down? Will Sanders win? We will see, they will go, it will end.",
        {{"Will Sanders", kPer}, {"Will Sanders", kPer}}}});
  // Named once in five capitalized uses; two capitals.
  Candidate tv = Find(cs, "TV");
  CHECK(Flagged(tv, "word=0.20"));
  CHECK(Flagged(tv, "short"));
  CHECK(Flagged(Find(cs, "God"), "lone_name"));
  CHECK(Find(cs, "Brainard").flags.empty());  // "Ms." names her
  // "will" is a common word, both mentions open a sentence, and Sanders is
  // a known person's surname.
  CHECK(Flagged(Find(cs, "Will Sanders"), "question"));
}

TEST_CASE("CandidateMiner: a given name and a known surname split between types is a person") {
  // Tagged ORGANIZATION twice in headlines, PERSON once: the lists say a
  // given name and Donald Trump's surname, so PERSON, with no type doubt.
  auto cs = Mine({{"a1", "Bill Trump Backs Plan. Bill Trump Speaks. Bill Trump spoke at noon.",
                   {{"Bill Trump", kOrg}, {"Bill Trump", kOrg}, {"Bill Trump", kPer}}},
                  {"a2", "Quarnix Trump rose. Quarnix Trump fell. Quarnix Trump won.",
                   {{"Quarnix Trump", kOrg}, {"Quarnix Trump", kOrg}, {"Quarnix Trump", kPer}}}});
  Candidate bill = Find(cs, "Bill Trump");
  CHECK(bill.type == "PERSON");
  CHECK(bill.confidence == 1.0);
  CHECK(Flagged(bill, "person_shape"));
  // No given name: the tagger's majority stands, with its doubt.
  Candidate q = Find(cs, "Quarnix Trump");
  CHECK(q.type == "ORGANIZATION");
  CHECK(q.confidence < 0.7);
}

TEST_CASE("CandidateMiner: words run together are page furniture; two capitals fall below the default") {
  auto cs = Mine({{"a1", "FlagShareLikeReplyQuent Zorby posted. Watch TV now.",
                   {{"FlagShareLikeReplyQuent Zorby", kOrg}, {"TV", kOrg}}},
                  {"a2", "FlagShareLikeReplyQuent Zorby again. McZorby spoke.",
                   {{"FlagShareLikeReplyQuent Zorby", kOrg}, {"McZorby", kPer}}}});
  CHECK(Flagged(Find(cs, "FlagShareLikeReplyQuent Zorby"), "handle"));
  CHECK_FALSE(Flagged(Find(cs, "McZorby"), "handle"));  // one case change: a name
  Candidate tv = Find(cs, "TV");
  CHECK(Flagged(tv, "short"));
  CHECK(tv.confidence < 0.5);
}

TEST_CASE("CandidateMiner: a cut span takes in its usual neighbour; people cut are doubtful") {
  auto cs = Mine(
      {{"a1", "At the Republican Jewish Coalition meeting, the Republican Jewish Coalition cheered.",
        {{"Jewish Coalition", kOrg}, {"Jewish Coalition", kOrg}}},
       {"a2", "A child at Sandy Hook Elementary died. Parents of Sandy Hook Elementary wept.",
        {{"Sandy Hook", kPer}, {"Sandy Hook", kPer}}}});
  Candidate j = Find(cs, "Republican Jewish Coalition");
  CHECK(Flagged(j, "extended"));
  REQUIRE(j.aliases.size() == 1);
  CHECK(j.aliases[0] == "Jewish Coalition");
  CHECK(j.id == "org:republican-jewish-coalition");
  Candidate s = Find(cs, "Sandy Hook");
  CHECK(Flagged(s, "cut=Sandy Hook Elementary"));
  CHECK(Flagged(s, "place"));  // "at Sandy Hook" in one of two mentions
}

TEST_CASE("CandidateMiner: places, surnames, labels, laws and other non-names") {
  auto cs = Mine(
      {{"a1",
        "He sat in the Oval Office. The Oval Office called. Trump Tower rose. He built "
        "Trump Tower. Sen. Ed Markey (D-Mass) spoke, as did (D-Mass) again. Bill Cosby "
        "spoke and Cosby left. Cosby smiled.",
        {{"Oval Office", kOrg}, {"Oval Office", kOrg}, {"Trump Tower", kPer},
         {"Trump Tower", kPer}, {"D-Mass", kOrg}, {"D-Mass", kOrg}, {"Bill Cosby", kPer},
         {"Cosby", kOrg}, {"Cosby", kOrg}}},
       {"a2",
        "Repeal the Glass-Steagall Act now; the Glass-Steagall Act stood. Kurt's Zingbat "
        "grew; Kurt's Zingbat fell. Western Europe and Europe agreed. Western Europe voted. "
        "Europe smiled. It got Four Pinocchios and two Pinocchios. The Mar-a-Lago resort "
        "and the Mar-a-Lago resort. Committee Chairman Reince Zed spoke to them at length "
        "and then Committee Chairman Reince Zed left for his home.",
        {{"Glass-Steagall Act", kOrg}, {"Glass-Steagall Act", kOrg}, {"Kurt's Zingbat", kOrg},
         {"Kurt's Zingbat", kOrg}, {"Western Europe", kOrg}, {"Europe", kLoc},
         {"Western Europe", kOrg}, {"Europe", kLoc}, {"Pinocchios", kOrg},
         {"Pinocchios", kOrg}, {"Mar-a-Lago", kOrg}, {"Mar-a-Lago", kOrg},
         {"Committee Chairman Reince Zed", kOrg}, {"Committee Chairman Reince Zed", kOrg}}}});
  CHECK(Flagged(Find(cs, "Oval Office"), "place"));  // "in" one of two
  CHECK(Flagged(Find(cs, "Trump Tower"), "first_word"));  // a known surname first
  CHECK(Flagged(Find(cs, "D-Mass"), "party_label"));
  CHECK(Flagged(Find(cs, "Cosby"), "surname=Bill Cosby"));
  CHECK(Flagged(Find(cs, "Glass-Steagall Act"), "misc_head=act"));
  CHECK(Flagged(Find(cs, "Kurt's Zingbat"), "possessive"));
  CHECK(Flagged(Find(cs, "Western Europe"), "region"));  // Europe is a place of the dump
  CHECK(Flagged(Find(cs, "Pinocchios"), "counted"));
  CHECK(Flagged(Find(cs, "Mar-a-Lago"), "modifier=resort"));
  CHECK(Flagged(Find(cs, "Committee Chairman Reince Zed"), "title_inside"));
  CHECK(Find(cs, "Bill Cosby").flags.empty());
}

TEST_CASE("CandidateMiner: titles opening a name, honorifics, place heads, acronyms in people") {
  auto cs = Mine(
      {{"a1",
        "Ms. Brainard spoke at length on rates. Ms. Brainard left the room. Mr. Effron "
        "advised them on the deal. Mr. Effron declined. Voters in Maricopa County waited "
        "for hours; Maricopa County officials counted. Junge SVP leaders met and Junge SVP "
        "members voted.",
        {{"Ms. Brainard", kOrg}, {"Ms. Brainard", kOrg}, {"Effron", kOrg}, {"Effron", kOrg},
         {"Maricopa County", kOrg}, {"Maricopa County", kOrg}, {"Junge SVP", kPer},
         {"Junge SVP", kPer}}}});
  CHECK(Flagged(Find(cs, "Ms. Brainard"), "title_first"));
  CHECK(Flagged(Find(cs, "Effron"), "honorific"));  // "Mr." before both mentions
  CHECK(Flagged(Find(cs, "Maricopa County"), "place_head=county"));
  CHECK(Flagged(Find(cs, "Junge SVP"), "acronym"));
}

TEST_CASE("CandidateMiner: a short form of a longer name of another type is doubtful") {
  auto cs = Mine({{"a1", "Glass-Steagall fell. Restore Glass-Steagall. The Glass-Steagall Act passed. "
                         "The Glass-Steagall Act stood.",
                   {{"Glass-Steagall", kOrg}, {"Glass-Steagall", kOrg},
                    {"Glass-Steagall Act", kMisc}, {"Glass-Steagall Act", kMisc}}}});
  CHECK(Flagged(Find(cs, "Glass-Steagall"), "cut=Glass-Steagall Act"));
  CHECK(Find(cs, "Glass-Steagall").confidence == doctest::Approx(0.3));
}

TEST_CASE("CandidateMiner: min_confidence leaves doubtful names out") {
  auto g = Gazetteers::FromStrings({{"t", kEvidenceList}});
  REQUIRE(g.ok());
  CandidateMiner miner(**g);
  miner.Add(Doc("a1", "Many Iowans and Zorbex Corp met.", {{"Iowans", kOrg}, {"Zorbex Corp", kOrg}}));
  CHECK(miner.Candidates(1, 0.0).size() == 2);
  auto kept = miner.Candidates(1, 0.5);
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].canonical == "Zorbex Corp");
}

}  // namespace
}  // namespace newsie
