#include "extractors/entities/entity_linker.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "gazetteers/gazetteer.h"
#include "pipeline/tokenizer.h"

namespace newsie {
namespace {

// A tokenized document whose LOCATION mentions are the given substrings.
Document Doc(const std::string& text, const std::vector<std::string>& names) {
  Document d{text};
  TokenizeDocument(d);
  size_t from = 0;
  for (const std::string& s : names) {
    size_t at = text.find(s, from);
    REQUIRE(at != std::string::npos);
    Mention m;
    m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + s.size())};
    m.type = EntityType::kLocation;
    d.mutable_mentions().push_back(m);
    from = at + s.size();
  }
  return d;
}

const char kHeader[] = "id\ttype\tcanonical\taliases\tnote\tpriority\n";

// The subdivisions load first, so the first entry of each shared alias is
// the least preferred one.
std::unique_ptr<Gazetteers> Places() {
  auto g = Gazetteers::FromStrings({
      {"places/subdivisions",
       std::string(kHeader) + "iso3166-2:US-GA\tLOCATION\tGeorgia\t\tstate\t\n"
                              "iso3166-2:US-WA\tLOCATION\tWashington\t\tstate\t\n"},
      {"places/cities",
       std::string(kHeader) + "geonames:1\tLOCATION\tPortland\t\tpopulation 66000\t\n"
                              "geonames:2\tLOCATION\tPortland\t\tpopulation 650000\t\n"
                              "geonames:4140963\tLOCATION\tWashington, D.C.\tWashington\tcapital\t\n"},
      {"places/countries", std::string(kHeader) + "country:GE\tLOCATION\tGeorgia\t\tcountry\t\n"},
      {"analyst/places",
       std::string(kHeader) + "x:springfield-il\tLOCATION\tSpringfield\t\tcapital of Illinois\t5\n"
                              "x:springfield-mo\tLOCATION\tSpringfield\t\t\t\n"}});
  REQUIRE(g.ok());
  return std::move(*g);
}

std::string LinkedId(const char* text, const char* name) {
  auto g = Places();
  Document d = Doc(text, {name});
  LinkEntities(d, g.get());
  REQUIRE(d.entities().size() == 1);
  return d.entities()[0].gazetteer_id;
}

TEST_CASE("LinkEntities: an alias several places share links the preferred one") {
  // Capital over state, whatever the load order.
  CHECK(LinkedId("Officials in Washington said so.", "Washington") == "geonames:4140963");
  // Country over state.
  CHECK(LinkedId("Troops left Georgia on Monday.", "Georgia") == "country:GE");
  // Among cities, the larger population.
  CHECK(LinkedId("Rain fell on Portland today.", "Portland") == "geonames:2");
  // An analyst's priority column decides between two entries of its list.
  CHECK(LinkedId("Voters in Springfield met.", "Springfield") == "x:springfield-il");
}

TEST_CASE("PreferredEntry: a generated organization (priority -10) yields to a curated one") {
  // orgs/brands loads before orgs/news and shares its alias "ABC".
  auto g = Gazetteers::FromStrings(
      {{"orgs/brands", std::string(kHeader) +
                           "nsi:Q1\tORGANIZATION\tAcqua Bene Comune\tABC\twater\t-10\n"},
       {"orgs/news", std::string(kHeader) + "org:news:abc-us\tORGANIZATION\tABC News\tABC\t\t\n"}});
  REQUIRE(g.ok());
  const auto* v = (*g)->Find("ABC");
  REQUIRE(v);
  REQUIRE(v->size() == 2);
  const GazetteerEntry* e = PreferredEntry(**g, *v, EntityType::kOrganization);
  REQUIRE(e);
  CHECK(e->id == "org:news:abc-us");
}

TEST_CASE("PreferredEntry: none of the type gives nullptr") {
  auto g = Places();
  const auto* v = g->Find("Georgia");
  REQUIRE(v);
  CHECK(PreferredEntry(*g, *v, EntityType::kPerson) == nullptr);
  const GazetteerEntry* e = FindEntryOfType(*g, "georgia", EntityType::kLocation);
  REQUIRE(e);
  CHECK(e->id == "country:GE");
}

}  // namespace
}  // namespace newsie
