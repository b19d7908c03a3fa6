#include "pipeline/flat_string_map.h"

#include <doctest/doctest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

namespace newsie {
namespace {

TEST_CASE("FlatStringMap: agrees with std::map on random keys, across regrowth") {
  FlatStringMap<int> m;
  std::map<std::string, int> ref;
  std::mt19937 rng(7);
  // Short keys over a small alphabet: many shared prefixes, equal lengths
  // and repeats, the empty key included.
  auto random_key = [&] {
    std::string k(rng() % 6, 'a');
    for (char& c : k) c = static_cast<char>('a' + rng() % 3);
    return k;
  };
  for (int i = 0; i < 3000; ++i) {
    const std::string k = random_key();
    if (i % 2 == 0) {
      m[k] += i;  // inserts 0 when absent, as std::map does
      ref[k] += i;
    } else {
      CHECK(m.emplace(k, i) == ref.emplace(k, i).second);  // first value wins
    }
  }
  CHECK(m.size() == ref.size());
  for (const auto& [k, v] : ref) {
    const int* found = m.find(k);
    REQUIRE(found != nullptr);
    CHECK(*found == v);
  }
  for (int i = 0; i < 3000; ++i) {
    const std::string k = random_key();
    CHECK(m.contains(k) == (ref.count(k) > 0));
  }
  CHECK(m.find("aaaaaaa") == nullptr);  // longer than every key
  CHECK(m.find("d") == nullptr);
}

TEST_CASE("FlatStringMap: found by a string_view into another buffer; many keys") {
  FlatStringMap<std::vector<uint32_t>> m;
  m.reserve(10);  // grows past it
  for (uint32_t i = 0; i < 20000; ++i) m["key" + std::to_string(i)].push_back(i);
  m["key7"].push_back(1);
  REQUIRE(m.size() == 20000);
  const std::string text = "xx key7 key19999 key20000";
  const std::vector<uint32_t>* v = m.find(std::string_view(text).substr(3, 4));
  REQUIRE(v != nullptr);
  CHECK(*v == std::vector<uint32_t>{7, 1});
  v = m.find(std::string_view(text).substr(8, 8));
  REQUIRE(v != nullptr);
  CHECK(*v == std::vector<uint32_t>{19999});
  CHECK(m.find(std::string_view(text).substr(17, 8)) == nullptr);
  m.clear();
  CHECK(m.empty());
  CHECK(m.find("key7") == nullptr);
}

TEST_CASE("FlatStringSet: holds the listed words once, nothing else") {
  FlatStringSet s{"said", "says", "said", ""};
  CHECK(s.size() == 3);
  CHECK(s.count("said") == 1);
  CHECK(s.contains(""));
  CHECK_FALSE(s.contains("sai"));
  CHECK_FALSE(s.contains("saids"));
  CHECK(s.insert("told"));
  CHECK_FALSE(s.insert("told"));
  CHECK(s.contains("told"));
}

}  // namespace
}  // namespace newsie
