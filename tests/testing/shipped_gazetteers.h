// Test helper: the shipped gazetteers (gazetteers/data), loaded once per
// test binary and kept for its lifetime.
#ifndef NEWSIE_TESTS_TESTING_SHIPPED_GAZETTEERS_H_
#define NEWSIE_TESTS_TESTING_SHIPPED_GAZETTEERS_H_

#include <doctest/doctest.h>

#include <string>

#include "gazetteers/gazetteer.h"

namespace newsie::testing {

inline const Gazetteers& ShippedGazetteers() {
  static const Gazetteers* g = [] {
    auto loaded = Gazetteers::Load({std::string(NEWSIE_SOURCE_DIR) + "/gazetteers/data"});
    REQUIRE(loaded.ok());
    return loaded->release();
  }();
  return *g;
}

}  // namespace newsie::testing

#endif  // NEWSIE_TESTS_TESTING_SHIPPED_GAZETTEERS_H_
