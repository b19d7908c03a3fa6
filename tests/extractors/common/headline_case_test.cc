#include "extractors/common/headline_case.h"

#include <doctest/doctest.h>

#include <string>

#include "extractors/register_builtin.h"
#include "pipeline/pipeline.h"

namespace newsie {
namespace {

Document Tokenized(const std::string& text) {
  static const Pipeline* p = [] {
    static ExtractorRegistry reg;
    RegisterBuiltinExtractors(reg);
    auto built = Pipeline::Build(reg, {"text.icu"}, ExtractorContext{});
    REQUIRE(built.ok());
    return built->release();
  }();
  Document doc(text);
  p->Run(doc);
  return doc;
}

TEST_CASE("LowerAllCapsSentences: lowers only the sentences written in capitals") {
  Document doc = Tokenized("AT LEAST 10 KILLED IN BLAST. Police in Ankara said 12 were hurt.");
  REQUIRE(doc.sentences().size() == 2);
  CHECK(IsAllCapsSentence(doc, doc.sentences()[0]));
  CHECK(!IsAllCapsSentence(doc, doc.sentences()[1]));
  auto lowered = LowerAllCapsSentences(doc);
  REQUIRE(lowered.has_value());
  CHECK(lowered->text() == "at least 10 killed in blast. Police in Ankara said 12 were hurt.");
  CHECK(lowered->text().size() == doc.text().size());
  const Token& at = lowered->tokens()[0];
  CHECK(!at.Has(kTokCapitalized));
  CHECK(at.Has(kTokLower));
  CHECK(at.Has(kTokAllCaps));  // written in capitals, as the headline rules read
}

TEST_CASE("LowerAllCapsSentences: acronyms and a glued symbol do not decide a headline") {
  // Running text with acronyms is no headline.
  CHECK(!LowerAllCapsSentences(Tokenized("NATO and the EU met in Riga.")));
  // Fewer than three words in capitals is no headline.
  CHECK(!LowerAllCapsSentences(Tokenized("NASA SAID 5.")));
  // One lower-case unit symbol inside a headline keeps it one.
  CHECK(LowerAllCapsSentences(Tokenized("NEW BATTERY STORES 5.5kWh FOR HOMES")));
}

}  // namespace
}  // namespace newsie
