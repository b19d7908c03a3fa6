#include "extractors/coref/coref_extractor.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "extractors/register_builtin.h"
#include "pipeline/pipeline.h"
#include "pipeline/registry.h"
#include "tests/testing/shipped_gazetteers.h"

namespace newsie {
namespace {

// The default pipeline up to coreference, built once.
const Pipeline& Coref() {
  static const Pipeline* p = [] {
    static ExtractorRegistry registry;
    RegisterBuiltinExtractors(registry);
    static ExtractorContext ctx;
    ctx.gazetteers = &testing::ShippedGazetteers();
    auto built = Pipeline::Build(
        registry, {"text.icu", "entities.perceptron", "quotes.said_verb", "coref.rules"}, ctx);
    REQUIRE_MESSAGE(built.ok(), built.status().ToString());
    return built->release();
  }();
  return *p;
}

struct Ref {
  std::string text;    // the reference as written
  uint32_t begin;      // its byte offset
  std::string entity;  // the canonical name of its entity
  MentionKind kind;
};

std::vector<Ref> Refs(const std::string& text) {
  Document doc(text);
  REQUIRE(Coref().Run(doc));
  std::vector<Ref> out;
  for (const Entity& e : doc.entities()) {
    for (const Mention& r : e.references) {
      CHECK(r.entity == &e - doc.entities().data());
      out.push_back({std::string(doc.Slice(r.span)), r.span.begin, e.canonical_name, r.kind});
    }
  }
  return out;
}

// The entity of the reference starting at the `nth` occurrence (0-based)
// of `word` in `text`, or "" when it is linked to none.
std::string EntityOf(const std::string& text, const std::string& word, int nth = 0) {
  size_t pos = text.find(word);
  for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = text.find(word, pos + 1);
  REQUIRE(pos != std::string::npos);
  for (const Ref& r : Refs(text)) {
    if (r.begin == pos) return r.entity;
  }
  return "";
}

TEST_CASE("CorefExtractor: links a pronoun to the one person of its gender before it") {
  const std::string text =
      "Mrs. Jane Holloway and Mr. Peter Grant met in Boston on Monday. "
      "She smiled at the crowd, and he waved to her.";
  CHECK(EntityOf(text, "She") == "Jane Holloway");
  CHECK(EntityOf(text, "he waved") == "Peter Grant");
  CHECK(EntityOf(text, "her.") == "Jane Holloway");
  for (const Ref& r : Refs(text)) CHECK(r.kind == MentionKind::kPronoun);
}

TEST_CASE("CorefExtractor: two people of the pronoun's gender leave it unresolved") {
  const std::string text =
      "Mr. Peter Grant spoke with Mr. Tom Walsh in Boston on Monday. "
      "He smiled at the crowd.";
  CHECK(EntityOf(text, "He") == "");
}

TEST_CASE("CorefExtractor: links 'the secretary' to the entity titled Secretary of State") {
  const std::string text =
      "Secretary of State Antony Blinken arrived in Kyiv on Monday with Mayor Vitali "
      "Klitschko. The secretary met officials there, and the mayor walked beside him.";
  CHECK(EntityOf(text, "The secretary") == "Antony Blinken");
  CHECK(EntityOf(text, "the mayor") == "Vitali Klitschko");
  SUBCASE("two entities with the title: unresolved") {
    const std::string two =
        "Secretary of State Antony Blinken met Defense Secretary Lloyd Austin in Kyiv. "
        "The secretary spoke first.";
    CHECK(EntityOf(two, "The secretary") == "");
  }
  SUBCASE("a title before a name is no reference") {
    const std::string title =
        "Secretary of State Antony Blinken arrived in Kyiv. The secretary, Antony Blinken, "
        "spoke first.";
    CHECK(EntityOf(title, "The secretary") == "");
  }
}

TEST_CASE("CorefExtractor: a pronoun continues a chain past people of the other gender") {
  const std::string text =
      "Mrs. Jane Holloway studied chemistry in Ohio. Later she met Mr. Tom Brill at a talk. "
      "They married in 1951. He died in 2010. They moved to Maine when Mr. Brill got a job "
      "there. She followed him again.";
  CHECK(EntityOf(text, "she met") == "Jane Holloway");
  CHECK(EntityOf(text, "She followed") == "Jane Holloway");
  // A name of that gender or of unknown gender since: no chain.
  const std::string other =
      "Mrs. Jane Holloway studied chemistry in Ohio. Later she met Mr. Tom Brill at a talk. "
      "They married in 1951. He died in 2010. Pat Lee moved to Maine when Mr. Brill got a job "
      "there. She followed him again.";
  CHECK(EntityOf(other, "She followed") == "");
  // Nor past an unnamed girl.
  const std::string girl =
      "Mrs. Jane Holloway spoke in Ohio. Later she met Mr. Tom Brill. He waved. A little girl "
      "sat on her father's shoulders.";
  CHECK(EntityOf(girl, "her father") == "");
}

TEST_CASE("CorefExtractor: an appositive role nominal after a name is that person") {
  SUBCASE("the role, with modifiers or an of-phrase, between commas or before a period") {
    const std::string text =
        "Mitt Romney met donors in Boston on Monday. Lanhee Chen, the policy director, said "
        "the plan was ready. Donors also heard from Tom Fitton, the president of Judicial "
        "Watch.";
    CHECK(EntityOf(text, "the policy director") == "Lanhee Chen");
    CHECK(EntityOf(text, "the president of Judicial Watch") == "Tom Fitton");
    for (const Ref& r : Refs(text)) {
      if (r.text.starts_with("the ")) CHECK(r.kind == MentionKind::kNominal);
    }
  }
  SUBCASE("a pronoun after it is no longer blocked by its role noun") {
    const std::string text =
        "Roberta Lange, the state party chairwoman, said she had received threats.";
    CHECK(EntityOf(text, "the state party chairwoman") == "Roberta Lange");
    CHECK(EntityOf(text, "she") == "Roberta Lange");
  }
  SUBCASE("a later role nominal that says no more than the appositive is that person") {
    const std::string text =
        "Guy Cecil, the group's chief strategist, said ads would run. On Monday the chief "
        "strategist said more. Ben Jealous, the former president of the NAACP, agreed. The "
        "president of the bank did not. Delegates back the strategist who won their state.";
    CHECK(EntityOf(text, "the chief strategist said") == "Guy Cecil");
    CHECK(EntityOf(text, "The president") == "");
    CHECK(EntityOf(text, "the strategist who") == "");
    // A role noun inside an appositive does not read the appositive itself.
    const std::string inner =
        "Saad Hussainy, the leader of the party's bloc, spoke. The leader of the bloc left.";
    int n = 0;
    for (const Ref& r : Refs(inner)) n += r.begin == inner.find("the leader");
    CHECK(n == 1);
  }
  SUBCASE("a nominal before a name sets up a later one, and no nominal passes a pronoun") {
    const std::string text =
        "The judge, Gonzalo Curiel, ruled on Monday. Mr. Trump attacked the judge again.";
    CHECK(EntityOf(text, "the judge") == "Gonzalo Curiel");
    CHECK(EntityOf(text, "The judge") == "");  // a title, as before
    const std::string her =
        "Tom Fitton, the president of Judicial Watch, met Mrs. Jane Holloway. Voters liked "
        "the way her challenger spoke.";
    CHECK(EntityOf(her, "her challenger") == "Jane Holloway");
  }
  SUBCASE("a list, a clause or a noun that is no role: not linked") {
    CHECK(EntityOf("The guests were Jane Doe, the mayor, and the police chief.", "the mayor") ==
          "");
    CHECK(EntityOf("They met Jane Doe, the mayor who resigned, on Monday.", "the mayor") == "");
    CHECK(EntityOf("They met Jane Doe, the day before the vote.", "the day") == "");
  }
}

TEST_CASE("CorefExtractor: adopts the quote stage's resolution of a speaker pronoun") {
  const std::string text =
      "Kremlin spokesman Dmitry Peskov spoke to reporters on Tuesday. "
      "\u201cThe talks are over,\u201d he said.";
  Document doc(text);
  REQUIRE(Coref().Run(doc));
  REQUIRE(doc.quotes().size() == 1);
  const Speaker& sp = doc.quotes()[0].speaker;
  REQUIRE(sp.entity >= 0);
  CHECK(doc.Slice(sp.mention) == "he");
  // The same span is a reference of the same entity: the layers agree.
  const auto& refs = doc.entities()[sp.entity].references;
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].span == sp.mention);
  CHECK(refs[0].kind == MentionKind::kPronoun);
}

TEST_CASE("CorefExtractor: a role-phrase speaker the quote stage left unlinked is linked by title") {
  const std::string text =
      "Secretary of State Antony Blinken arrived on Monday. \u201cWe are ready,\u201d the "
      "secretary said.";
  Document doc(text);
  REQUIRE(Coref().Run(doc));
  REQUIRE(doc.quotes().size() == 1);
  CHECK(doc.Slice(doc.quotes()[0].speaker.mention) == "the secretary");
  CHECK(EntityOf(text, "the secretary") == "Antony Blinken");
}

TEST_CASE("CorefExtractor: 'I' inside a direct quote is the speaker named there") {
  const std::string named =
      "Mr. Peter Grant spoke on Monday. \u201cI will win, and my rivals know it,\u201d "
      "Mr. Grant said.";
  CHECK(EntityOf(named, "I will") == "Peter Grant");
  CHECK(EntityOf(named, "my rivals") == "Peter Grant");
  SUBCASE("not when the speaker is a pronoun the quote stage resolved") {
    const std::string pronoun =
        "Mr. Peter Grant spoke on Monday. \u201cI will win,\u201d he said.";
    CHECK(EntityOf(pronoun, "I will") == "");
  }
  SUBCASE("not inside a quote within the quote") {
    const std::string nested =
        "Mr. Peter Grant spoke on Monday. \u201cThey keep saying \u2018I am the best\u2019 "
        "about themselves,\u201d Mr. Grant said.";
    CHECK(EntityOf(nested, "I am") == "");
  }
}

TEST_CASE("CorefExtractor: a pronoun inside a quote is not linked") {
  const std::string text =
      "Mr. Peter Grant spoke on Monday. \u201cHe will not win,\u201d Mr. Grant said of "
      "his rival.";
  CHECK(EntityOf(text, "He will") == "");
}

TEST_CASE("CorefExtractor: no link across a paragraph that names someone else first") {
  SUBCASE("the next paragraph's pronoun reaches back to the previous one") {
    const std::string text =
        "Mrs. Jane Holloway arrived in Boston on Monday.\n\nShe spoke for an hour.";
    CHECK(EntityOf(text, "She") == "Jane Holloway");
  }
  SUBCASE("not past two paragraph boundaries") {
    const std::string text =
        "Mrs. Jane Holloway arrived in Boston on Monday.\n\nThe weather was cold.\n\n"
        "She spoke for an hour.";
    CHECK(EntityOf(text, "She") == "");
  }
  SUBCASE("an unnamed woman in between may be the one") {
    const std::string text =
        "Mrs. Jane Holloway arrived in Boston on Monday. A woman in the crowd waved, and "
        "she smiled.";
    CHECK(EntityOf(text, "she") == "");
  }
}

}  // namespace
}  // namespace newsie
