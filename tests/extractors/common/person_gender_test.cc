#include "extractors/common/person_gender.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "pipeline/document.h"

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

}  // namespace
}  // namespace newsie
