// Any bytes in, no crash: the whole default pipeline over every short
// sequence of the pieces the rules look ahead and behind for (number words,
// signs and dashes, range connectors, units, quote marks, cues, broken
// UTF-8), ending the text at every place a rule may look past. Every layer's
// spans and indices must stay inside the text and the layers
// (tests/testing/span_check.h, shared with the fuzzer in tests/fuzz/). Run
// under AddressSanitizer in CI (scripts/test.sh), where an out-of-range read
// fails even when it does not crash.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extractors/register_builtin.h"
#include "pipeline/pipeline.h"
#include "tests/testing/shipped_gazetteers.h"
#include "tests/testing/span_check.h"

namespace newsie {
namespace {

const Pipeline& DefaultPipeline() {
  static const Pipeline* p = [] {
    static ExtractorRegistry reg;
    RegisterBuiltinExtractors(reg);
    ExtractorContext ctx;
    ctx.gazetteers = &testing::ShippedGazetteers();
    auto built = Pipeline::Build(reg, reg.Default(), ctx);
    REQUIRE(built.ok());
    return built->release();
  }();
  return *p;
}

// Runs the pipeline over `text`; false (with a message) when a span or
// index leaves its text or layer.
bool RunsInRange(const std::string& text) {
  Document doc(text);
  DefaultPipeline().Run(doc);
  if (const char* bad = testing::FirstOutOfRange(doc)) {
    MESSAGE(std::string(bad) << " out of range for text [" << text << "]");
    return false;
  }
  return true;
}

TEST_CASE("Pipeline: every sequence of up to three tricky pieces runs with spans in range") {
  const std::vector<std::string> pieces = {
      "one", "-", "\xE2\x80\x93", "to", "and", "between", "$", "5", "1/2", "%", "million",
      "a", "half", "minus", "tons", ",", ".", "\"", "\xE2\x80\x9C", "said", "Mr.", "U.S.",
      "'s", "\xff", "\xe2\x80", "(D-N.Y.)", "\n\n"};
  int runs = 0, failures = 0;
  for (const std::string& a : pieces) {
    for (const std::string& b : pieces) {
      for (const std::string& c : pieces) {
        for (const char* sep : {" ", ""}) {
          std::string text = a + sep + b + sep + c;
          ++runs;
          if (!RunsInRange(text)) ++failures;
        }
      }
    }
  }
  CHECK(runs == 2 * 27 * 27 * 27);
  CHECK(failures == 0);
}

TEST_CASE("Pipeline: pronouns, role nominals and names in any order run with spans in range") {
  // The coreference stage's pieces: references must stay in range and
  // point back at their own entity (testing::FirstOutOfRange).
  const std::vector<std::string> pieces = {
      "the", "secretary", "of", "state", "he", "She", "his", "Mr.", "Jane Smith", "said",
      "\"", "\xE2\x80\x9C", ",", ".", "\n\n", "\xff"};
  int failures = 0;
  for (const std::string& a : pieces) {
    for (const std::string& b : pieces) {
      for (const std::string& c : pieces) {
        if (!RunsInRange("Secretary of State Jane Smith spoke. " + a + " " + b + " " + c)) {
          ++failures;
        }
        if (!RunsInRange(a + b + " " + c)) ++failures;
      }
    }
  }
  CHECK(failures == 0);
}

TEST_CASE("Pipeline: a number word then a dash at the very end of the text") {
  // Found by AddressSanitizer: the range reader looked for a second number
  // one piece past the end.
  for (const char* text : {"one -", "one -\n", "five to", "$5 -", "between 5 and"}) {
    CHECK(RunsInRange(text));
  }
}

// Inputs the libFuzzer target (tests/fuzz/) found, minimized.
TEST_CASE("Pipeline: inputs the fuzzer found run with spans in range") {
  // A decimal comma after a digit pair: the scanner read "2-1"'s suffix
  // for "1,0" and emitted the span [4, 3).
  CHECK(RunsInRange("2-1 1,0"));
}

}  // namespace
}  // namespace newsie
