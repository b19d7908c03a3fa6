// Throughput of the number and claim stages together (target: 20 MB/s on
// one core). Prints the figure; asserts only a loose floor, since the test
// machine's cores are shared.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/register_builtin.h"
#include "pipeline/tokenizer.h"

namespace newsie {
namespace {

std::string SeedText() {
  std::string out;
  for (const char* name : {"000_c2912abda2022bc4.txt", "001_8c466d227e559753.txt"}) {
    std::ifstream in(std::string(NEWSIE_SOURCE_DIR) + "/../shared/seeds/" + name);
    std::stringstream ss;
    ss << in.rdbuf();
    out += ss.str() + "\n";
  }
  if (out.size() < 100) {
    out = "Russia moved more than 100,000 heavily armed troops and about 500 tons of "
          "equipment on Dec. 23, 2021, officials said. Prices rose 3.5 percent to $12.4 "
          "million over the next three years, and two-thirds of the 250,000-strong army "
          "left.\n";
  }
  return out;
}

TEST_CASE("NumberExtractor+ClaimExtractor: throughput on news text") {
  std::string unit = SeedText();
  std::string text;
  while (text.size() < 64 * 1024) text += unit;
  ExtractorRegistry reg;
  RegisterBuiltinExtractors(reg);
  auto numbers = reg.Create("numbers.rules", ExtractorContext{});
  auto claims = reg.Create("claims.rules", ExtractorContext{});
  REQUIRE(numbers.ok());
  REQUIRE(claims.ok());
  const int kDocs = 40;  // ~2.5 MB
  std::vector<Document> docs;
  for (int i = 0; i < kDocs; ++i) {
    docs.emplace_back(text);
    TokenizeDocument(docs.back());
  }
  auto t0 = std::chrono::steady_clock::now();
  for (Document& d : docs) {
    REQUIRE((*numbers)->Extract(d).ok());
    REQUIRE((*claims)->Extract(d).ok());
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double mb = double(text.size()) * kDocs / 1e6;
  std::printf("numbers+claims: %.1f MB in %.3f s = %.1f MB/s (%zu claims per doc)\n", mb, secs,
              mb / secs, docs[0].claims().size());
  CHECK(mb / secs > 2.0);
}

}  // namespace
}  // namespace newsie
