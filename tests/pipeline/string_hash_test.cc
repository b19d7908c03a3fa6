#include "pipeline/string_hash.h"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <unordered_map>

namespace newsie {
namespace {

TEST_CASE("StringHash: a map keyed by std::string is found by string_view, every length") {
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> m;
  const std::string text = "the quick brown fox jumps over the lazy dog, twice";
  for (size_t n = 0; n <= text.size(); ++n) m.emplace(text.substr(0, n), static_cast<int>(n));
  REQUIRE(m.size() == text.size() + 1);
  // Keys probed from another buffer: only the bytes count, not where they are.
  const std::string copy = "xx" + text;
  for (size_t n = 0; n <= text.size(); ++n) {
    auto it = m.find(std::string_view(copy).substr(2, n));
    REQUIRE(it != m.end());
    CHECK(it->second == static_cast<int>(n));
  }
  CHECK(m.find(std::string_view("the quick brown fox jumps over the lazy dog, twicE")) ==
        m.end());
}

TEST_CASE("StringHash: short keys differing in one byte hash apart") {
  // Every byte of a key of up to 12 bytes takes part (the short-key loads
  // overlap; none may be skipped).
  const std::string base = "abcdefghijkl";
  StringHash h;
  for (size_t n = 1; n <= base.size(); ++n) {
    std::set<size_t> seen;
    std::string k = base.substr(0, n);
    seen.insert(h(k));
    for (size_t i = 0; i < n; ++i) {
      std::string v = k;
      v[i] = 'Z';
      seen.insert(h(v));
    }
    CAPTURE(n);
    CHECK(seen.size() == n + 1);
  }
}

}  // namespace
}  // namespace newsie
