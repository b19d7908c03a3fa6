#include "extractors/common/gender_words.h"

#include <doctest/doctest.h>

#include <string_view>

namespace newsie {
namespace {

// GenderBefore at the first byte of `name` in `text`.
char Before(std::string_view text, std::string_view name, bool strict = false) {
  const size_t at = text.find(name);
  REQUIRE(at != std::string_view::npos);
  return GenderBefore(text, static_cast<uint32_t>(at), strict);
}

TEST_CASE("GenderBefore: an honorific or kin word right before a name") {
  CHECK(Before("said Mrs. Brill today", "Brill") == 'f');
  CHECK(Before("said Mr Brown today", "Brown") == 'm');
  CHECK(Before("her son Matthew left", "Matthew") == 'm');
  CHECK(Before("the spokeswoman Ann Lee", "Ann") == 'f');
  CHECK(Before("the senator John Lee", "John") == 0);
  CHECK(Before("Khan", "Khan") == 0);
  // A verb "miss" is no honorific when asked for capitals.
  CHECK(Before("Polls miss Trump's fall", "Trump") == 'f');
  CHECK(Before("Polls miss Trump's fall", "Trump", true) == 0);
  CHECK(Before("met Miss Lee", "Lee", true) == 'f');
  CHECK(Before("met Mrs. Lee", "Lee", true) == 'f');
  // A sentence's last word is no title of the next one's name.
  CHECK(Before("praised his wife. Bill Clinton spoke", "Bill") == 'f');
  CHECK(Before("praised his wife. Bill Clinton spoke", "Bill", true) == 0);
}

TEST_CASE("CoupleBefore: a couple's honorific names both") {
  CHECK(CoupleBefore("to Mr. and Mrs. Khan, Charlottesville", 16));
  CHECK(CoupleBefore("Mr. & Mrs. Smith", 11));
  CHECK_FALSE(CoupleBefore("Mr. Trump and Mrs. Khan", 19));
  CHECK_FALSE(CoupleBefore("Mrs. Khan", 5));
  CHECK_FALSE(CoupleBefore("", 0));
}

}  // namespace
}  // namespace newsie
