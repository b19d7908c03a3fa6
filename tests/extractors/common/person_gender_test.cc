#include "extractors/common/person_gender.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "pipeline/document.h"
#include "tests/testing/shipped_gazetteers.h"

namespace newsie {
namespace {

// A document with one person entity `name`, no mentions, and `titles`.
Document PersonWithTitles(const std::string& name, std::vector<std::string> titles) {
  Document doc(name + " spoke.");
  Entity e;
  e.type = EntityType::kPerson;
  e.canonical_name = name;
  e.titles = std::move(titles);
  doc.mutable_entities().push_back(e);
  return doc;
}

TEST_CASE("PersonEntityGender: titles of one gender give it, of both none") {
  CHECK(PersonEntityGender(PersonWithTitles("Lee Park", {"spokeswoman"}), 0, nullptr) == 'f');
  CHECK(PersonEntityGender(PersonWithTitles("Lee Park", {"Mr."}), 0, nullptr) == 'm');
  // "Khizr Khan" took his wife's "Mrs. Khan": the titles say nothing.
  CHECK(PersonEntityGender(PersonWithTitles("Khizr Khan", {"Mrs.", "Mr."}), 0, nullptr) == 0);
  CHECK(PersonEntityGender(PersonWithTitles("Lee Park", {}), 0, nullptr) == 0);
}

TEST_CASE("GivenNameGender: names news uses for men and women give none") {
  const Gazetteers& g = testing::ShippedGazetteers();
  CHECK(GivenNameGender(g, "nancy") == 'f');
  CHECK(GivenNameGender(g, "khizr") == 0);  // not in the list
  CHECK(FirstNameGender(g, "John Kirby") == 'm');
  // Moby lists these as women's names only; in news they are mostly men's
  // (Adel Nefzi, Daniele De Rossi, Lu Kang): no gender, no wrong "she".
  for (const char* name : {"adel", "daniele", "lu", "min"}) {
    CAPTURE(name);
    CHECK(GivenNameGender(g, name) == 0);
  }
}

}  // namespace
}  // namespace newsie
