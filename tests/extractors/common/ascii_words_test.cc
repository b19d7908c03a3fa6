#include "extractors/common/ascii_words.h"

#include <doctest/doctest.h>

#include <string_view>

namespace newsie {
namespace {

TEST_CASE("WordList: contains what InWordList finds, for words of any case") {
  static const WordList kWords{"rose", "rise", "up", "front-runner", "a"};
  for (std::string_view w :
       {"rose", "Rose", "ROSE", "rOsE", "rise", "Up", "UP", "front-runner", "Front-Runner", "a",
        "A", "", "ros", "roses", "upp", "b", "front runner", "r\xC3\xB6se",
        "a-very-long-token-longer-than-any-word-in-the-list-at-all"}) {
    CHECK(kWords.Contains(w) == InWordList(w, {"rose", "rise", "up", "front-runner", "a"}));
  }
  CHECK(kWords.Contains("Rise"));
  CHECK_FALSE(kWords.Contains("risen"));
}

}  // namespace
}  // namespace newsie
