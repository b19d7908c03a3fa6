#include "gazetteers/mining.h"

#include <doctest/doctest.h>

#include <sstream>

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

}  // namespace
}  // namespace newsie
