#include "extractors/entities/ner_features.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "extractors/entities/ner_features_internal.h"
#include "gazetteers/gazetteer.h"
#include "pipeline/tokenizer.h"
#include "tests/testing/shipped_gazetteers.h"
#include "tests/testing/temp_dir.h"

namespace newsie {
namespace {

// The sorted feature keys of token `t` of `text`.
std::vector<uint32_t> KeysOf(const std::string& text, uint32_t t,
                             const ner::WordClusters* clusters = nullptr,
                             const Gazetteers* gazetteers = nullptr) {
  Document doc(text);
  TokenizeDocument(doc);
  ner::FeatureSet fs;
  ner::ExtractNerFeatures(doc, gazetteers, nullptr, &fs, clusters);
  REQUIRE(t + 1 < fs.begin.size());
  std::vector<uint32_t> keys(fs.keys.begin() + fs.begin[t], fs.keys.begin() + fs.begin[t + 1]);
  std::sort(keys.begin(), keys.end());
  return keys;
}

TEST_CASE("NER features: a mojibake word has the features of the word it stands for") {
  // UTF-8 read as Latin-1 and re-encoded: precomposed, decomposed ("A" +
  // U+0303) and doubly encoded ("Ã" U+0083 "Â¡" for "á"). Its symbols gave
  // it a shape and a lower-cased form no training name had.
  const std::string proper = "Mr. Pe\u00f1a Bas\u00e1\u00f1ez said .";
  for (const std::string& moji :
       {std::string("Mr. Pe\u00c3\u00b1a Bas\u00c3\u0083\u00c2\u00a1\u00c3\u0083\u00c2\u00b1ez said ."),
        std::string("Mr. PeA\u0303\u00b1a Bas\u00c3\u0083\u00c2\u00a1\u00c3\u0083\u00c2\u00b1ez said .")}) {
    CAPTURE(moji);
    for (uint32_t t : {1u, 2u, 3u}) CHECK(KeysOf(moji, t) == KeysOf(proper, t));
  }
  CHECK(ner::LowerWordHash("Pe\u00c3\u00b1a") == ner::LowerWordHash("Pe\u00f1a"));
  std::string fixed;
  CHECK(ner::internal::RepairMojibake("r\u00c3\u00a9sum\u00c3\u00a9", &fixed));
  CHECK(fixed == "r\u00e9sum\u00e9");
  // Not a pair: a word with an accent, "Ã" before a letter or a no-break space.
  CHECK_FALSE(ner::internal::RepairMojibake("Jos\u00e9", &fixed));
  CHECK_FALSE(ner::internal::RepairMojibake("S\u00c3o", &fixed));
  CHECK_FALSE(ner::internal::RepairMojibake("\u00c3\u00a0", &fixed));
  CHECK(fixed == "r\u00e9sum\u00e9");
}

TEST_CASE("NER features: a company designator elsewhere in the document is evidence for the bare name") {
  // Token 6 is the second "Pirelli"; its sentence is the same in both.
  auto with = KeysOf("Pirelli SpA said it grew .\nPirelli is big .", 6);
  auto without = KeysOf("Pirelli Tyres said it grew .\nPirelli is big .", 6);
  CHECK(with.size() == without.size() + 1);
  std::vector<uint32_t> extra;
  std::set_difference(with.begin(), with.end(), without.begin(), without.end(),
                      std::back_inserter(extra));
  CHECK(extra.size() == 1);
}

TEST_CASE("NER features: a club's or organization's head word or prefix elsewhere is evidence for the bare name") {
  // Token 6 is the second "Blackburn" / "Milan"; its sentence is the same
  // in each pair, and "Tyres" / "Smith" are no head words.
  SUBCASE("head word") {
    auto with = KeysOf("Blackburn Rovers said it won .\nBlackburn is top .", 6);
    auto without = KeysOf("Blackburn Tyres said it won .\nBlackburn is top .", 6);
    CHECK(with.size() == without.size() + 1);
  }
  SUBCASE("prefix") {
    auto with = KeysOf("AC Milan said it won .\nMilan is top .", 6);
    auto without = KeysOf("Paolo Milan said it won .\nMilan is top .", 6);
    CHECK(with.size() == without.size() + 1);
  }
  SUBCASE("the head word itself and a designator's evidence are not head-word evidence") {
    auto designator = KeysOf("Blackburn Corp said it won .\nBlackburn is top .", 6);
    auto head = KeysOf("Blackburn Rovers said it won .\nBlackburn is top .", 6);
    CHECK(designator.size() == head.size());
    CHECK(designator != head);
    // ("we": "it" would be pronoun evidence for "Rovers" alone.)
    auto rovers = KeysOf("Blackburn Rovers said we won .\nRovers is top .", 6);
    auto plain = KeysOf("Blackburn Tyres said we won .\nRovers is top .", 6);
    CHECK(rovers.size() == plain.size());
  }
}

TEST_CASE("NER features: an organization cue word beside a name elsewhere is evidence for the bare name") {
  // Token 6 is the second "Tanjug" / "Barrick"; its sentence is the same in
  // each pair.
  SUBCASE("cue before the name") {
    auto with = KeysOf("the news agency Tanjug said .\nTanjug is old .", 6);
    auto without = KeysOf("the news editor Tanjug said .\nTanjug is old .", 6);
    CHECK(with.size() == without.size() + 1);
  }
  SUBCASE("cue after the name") {
    auto with = KeysOf("Barrick chairman Peter Munk said .\nBarrick is big .", 6);
    auto without = KeysOf("Barrick and Peter Munk said .\nBarrick is big .", 6);
    CHECK(with.size() == without.size() + 1);
  }
  SUBCASE("a capitalized cue is no cue") {
    auto upper = KeysOf("the Agency Tanjug said it .\nTanjug is old .", 6);
    auto lower = KeysOf("the agency Tanjug said it .\nTanjug is old .", 6);
    CHECK(upper.size() + 1 == lower.size());
  }
}

TEST_CASE("NER features: the pronoun that follows a name elsewhere is evidence for the bare name") {
  // Token 5 is the second "Comelf"; its sentence is the same in each pair.
  auto it = KeysOf("Comelf said it grew .\nComelf is big .", 5);
  auto none = KeysOf("Comelf said we grew .\nComelf is big .", 5);
  CHECK(it.size() == none.size() + 1);
  SUBCASE("\"its\" is \"it\"; \"he\" is other evidence") {
    CHECK(KeysOf("Comelf raised its output .\nComelf is big .", 5) == it);
    auto he = KeysOf("Comelf said he grew .\nComelf is big .", 5);
    CHECK(he.size() == it.size());
    CHECK(he != it);
  }
  SUBCASE("a pronoun after another name is that name's") {
    // Token 6 is the second "Comelf".
    CHECK(KeysOf("Comelf told Smith it grew .\nComelf is big .", 6) ==
          KeysOf("Comelf told Smith we grew .\nComelf is big .", 6));
  }
}

TEST_CASE("NER features: what stands after a gazetteer match is a feature of the match") {
  // "Birmingham" (a listed city) before the possessive or a comma: with
  // the lists, the two token-0 key sets differ by one more key on each
  // side than without them.
  auto diff = [](const Gazetteers* g) {
    auto a = KeysOf("Birmingham 's Breen won .", 0, nullptr, g);
    auto b = KeysOf("Birmingham , Breen won .", 0, nullptr, g);
    std::vector<uint32_t> d;
    std::set_symmetric_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(d));
    return d.size();
  };
  CHECK(diff(&testing::ShippedGazetteers()) == diff(nullptr) + 2);
}

TEST_CASE("NER features: names in table rows and score lines get a table feature; datelines do not") {
  // A lower-case word at the end makes a line running text; for the
  // tokens checked it changes only a key's value beyond that.
  auto extra = [](const std::string& line, uint32_t t) {
    return static_cast<int>(KeysOf(line, t).size()) - static_cast<int>(KeysOf(line + " up", t).size());
  };
  CHECK(extra("Stadler 0 Haladas 0", 2) == 1);     // score line
  CHECK(extra("Tabak 6700.00 6700.00 1000", 0) == 1);  // table row
  CHECK(extra("Rennes 1996-08-29", 0) == 0);       // dateline
}

TEST_CASE("NER features: unit and cue lists give no features; name lists do") {
  testing::TempDir dir;
  std::filesystem::create_directories(dir / "units");
  std::filesystem::create_directories(dir / "places");
  const std::string header = "id\ttype\tcanonical\taliases\n";
  testing::WriteFile(dir / "units/u.tsv", header + "unit:zork\tUNIT\tZorkmid\tZorkmids\n");
  testing::WriteFile(dir / "places/p.tsv", header + "place:zork\tLOCATION\tZorkton\t\n");
  auto gaz = Gazetteers::Load({dir.path()});
  REQUIRE(gaz.ok());
  const std::string unit = "He paid in Zorkmids .", place = "He lives in Zorkton .";
  CHECK(KeysOf(unit, 3, nullptr, gaz->get()) == KeysOf(unit, 3));
  CHECK(KeysOf(place, 3, nullptr, gaz->get()) != KeysOf(place, 3));
}

TEST_CASE("NER features: a club list is its own feature, apart from places and other organizations") {
  // A town that names a club ("Cagliari", "Southampton") matches the
  // club list and the place lists; the tagger gets the club list's own
  // key, not an organization list's, and weighs it with the context.
  const std::string header = "id\ttype\tcanonical\taliases\tambiguous_with\tpriority\n";
  const std::string place = "geonames:1\tLOCATION\tZorkton\t\t\t\n";
  const std::string club = "org:club:zorkton\tORGANIZATION\tZorkton F.C.\tZorkton\tgeonames:1\t-5\n";
  auto places = Gazetteers::FromStrings({{"places/cities", header + place}});
  auto clubs = Gazetteers::FromStrings({{"teams/clubs", header + club}, {"places/cities", header + place}});
  auto firms = Gazetteers::FromStrings({{"orgs/companies", header + club}, {"places/cities", header + place}});
  REQUIRE(places.ok());
  REQUIRE(clubs.ok());
  REQUIRE(firms.ok());
  const std::string text = "Zorkton won 2-1 .";
  const auto with_places = KeysOf(text, 0, nullptr, places->get());
  const auto with_clubs = KeysOf(text, 0, nullptr, clubs->get());
  CHECK(with_clubs != with_places);
  CHECK(with_clubs.size() > with_places.size());
  CHECK(with_clubs != KeysOf(text, 0, nullptr, firms->get()));
  // The shipped club list loads after the place lists, so that a town's
  // first matched list, which the tagger conjoins with the words beside
  // the match, stays its place list.
  const auto& lists = testing::ShippedGazetteers().lists();
  const auto at = [&](const char* name) { return std::find(lists.begin(), lists.end(), name); };
  REQUIRE(at("teams/clubs") != lists.end());
  CHECK(at("places/cities") < at("teams/clubs"));
  CHECK(at("places/subdivisions") < at("teams/clubs"));
  // The shipped club list names the towns the clubs go by.
  for (const char* town : {"Cagliari", "Southampton", "Surrey"}) {
    const auto* v = testing::ShippedGazetteers().Find(town);
    REQUIRE(v);
    bool club_list = false, place = false;
    for (uint32_t i : *v) {
      const GazetteerEntry& e = testing::ShippedGazetteers().entry(i);
      club_list |= e.list == "teams/clubs";
      place |= e.type == "LOCATION";
    }
    CHECK_MESSAGE(club_list, town);
    CHECK_MESSAGE(place, town);
  }
}

TEST_CASE("NER features: the firms list is its own feature and loads after the place lists") {
  // trade/firms (banks, exchanges, rating and news agencies, large
  // companies) is read as a list of its own, as teams/clubs is: a firm's
  // name gets the list's key, and a town that names a firm ("Santander",
  // "Hitachi") keeps its place list first, since the list loads after
  // places/ (the tagger conjoins a token's first matched list with the
  // words beside the match).
  const auto& g = testing::ShippedGazetteers();
  const auto& lists = g.lists();
  const auto at = [&](const char* name) { return std::find(lists.begin(), lists.end(), name); };
  REQUIRE(at("trade/firms") != lists.end());
  CHECK(at("places/cities") < at("trade/firms"));
  CHECK(at("places/subdivisions") < at("trade/firms"));
  for (const char* name : {"Barclays", "Nomura Securities", "Petrobras", "Santander"}) {
    const auto* v = g.Find(name);
    REQUIRE_MESSAGE(v, name);
    bool firm = false;
    for (uint32_t i : *v) firm |= g.entry(i).list == "trade/firms";
    CHECK_MESSAGE(firm, name);
  }
  const std::string header = "id\ttype\tcanonical\taliases\tpriority\n";
  const std::string firm = "org:firm:zork\tORGANIZATION\tZorkbank\t\t-5\n";
  auto firms = Gazetteers::FromStrings({{"trade/firms", header + firm}});
  auto companies = Gazetteers::FromStrings({{"orgs/companies", header + firm}});
  REQUIRE(firms.ok());
  REQUIRE(companies.ok());
  const std::string text = "Shares of Zorkbank fell .";
  const auto with_firms = KeysOf(text, 2, nullptr, firms->get());
  CHECK(with_firms != KeysOf(text, 2));
  CHECK(with_firms != KeysOf(text, 2, nullptr, companies->get()));
}

TEST_CASE("NER features: words with a class get class features, others one 'no class' feature") {
  testing::TempDir dir;
  testing::WriteFile(dir / "c.tsv",
                     "word\ttop\tmid\tfine\tcount\nessex\t1\t7\t70\t30\nsurrey\t1\t7\t70\t30\n");
  auto wc = ner::WordClusters::FromTsv(dir / "c.tsv");
  REQUIRE(wc.ok());
  size_t known = KeysOf("He played for Essex .", 3, &*wc).size();
  size_t unknown = KeysOf("He played for Kent .", 3, &*wc).size();
  // Three classes (top, mid, fine) or "none", and the neighbours' mid classes.
  CHECK(known == KeysOf("He played for Essex .", 3).size() + 5);
  CHECK(unknown == KeysOf("He played for Kent .", 3).size() + 3);
  // Same class, same class features: "Surrey" shares Essex's.
  auto essex = KeysOf("He played for Essex .", 3, &*wc);
  auto surrey = KeysOf("He played for Surrey .", 3, &*wc);
  std::vector<uint32_t> shared;
  std::set_intersection(essex.begin(), essex.end(), surrey.begin(), surrey.end(),
                        std::back_inserter(shared));
  CHECK(shared.size() >= 5 + 8);  // the classes plus the context features
}

}  // namespace
}  // namespace newsie
