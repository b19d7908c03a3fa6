#include "pipeline/eval/holders_eval.h"

#include <doctest/doctest.h>

#include <string>

namespace newsie {
namespace {

// Byte span of `needle` in `text` (first occurrence).
Span Find(std::string_view text, std::string_view needle, size_t from = 0) {
  size_t b = text.find(needle, from);
  REQUIRE(b != std::string_view::npos);
  return Span{static_cast<uint32_t>(b), static_cast<uint32_t>(b + needle.size())};
}

// Code-point range of a byte span.
CpRange Cp(const Document& doc, Span s) { return *CodePointIndex(doc.text()).Range(s); }

Claim ClaimAt(Span value, Span sentence) {
  Claim c;
  c.value_span = value;
  c.span = value;
  c.sentence = sentence;
  return c;
}

TEST_CASE("HolderScorer: scores holders by gold source, in code points") {
  // The curly quotes make byte and code-point offsets differ.
  const std::string text =
      "“Smith” said 40 troops left. He said 12 ships came. Rain fell 3 days. "
      "Jones told 500 officials. “It is 7 miles,” he said.";
  Document doc(text);
  const Span all{0, static_cast<uint32_t>(text.size())};
  // One entity, Smith, mentioned twice ("Smith", "He").
  const Span smith = Find(text, "Smith"), he = Find(text, "He said"),
             he2 = Find(text, "he said");
  auto mention = [&](Span s, MentionKind kind) {
    Mention m;
    m.span = s;
    m.type = EntityType::kPerson;
    m.kind = kind;
    m.entity = 0;
    doc.mutable_mentions().push_back(m);
  };
  mention(smith, MentionKind::kName);
  mention(Span{he.begin, he.begin + 2}, MentionKind::kPronoun);
  Entity e;
  e.canonical_name = "Smith";
  e.mentions = {0, 1};
  doc.mutable_entities().push_back(e);

  GoldQuoteDoc gold;
  gold.id = "d";
  gold.text = text;
  auto attr = [&](Span content, Span source, Span cue) {
    GoldAttribution a;
    a.content = {Cp(doc, content)};
    if (!source.empty()) a.source = {Cp(doc, source)};
    a.cue = {Cp(doc, cue)};
    gold.attributions.push_back(a);
  };
  attr(Find(text, "40 troops left"), smith, Find(text, "said"));
  attr(Find(text, "12 ships came"), Span{he.begin, he.begin + 2}, Find(text, "said 12"));
  attr(Find(text, "It is 7 miles"), Span{}, Find(text, "said.", he2.begin));
  attr(Find(text, "officials"), Find(text, "Jones"), Find(text, "told"));

  // 40 troops: holder mention Smith, the gold source (right). 12 ships:
  // holder mention "He", the gold source (right). 3 days: a holder outside
  // every content (false). 500: outside every gold span, no holder (right
  // to have none). 7 miles: a holder in a sourceless content (false).
  Speaker smith_sp{"Smith", 0, smith, true, 0.9f};
  Speaker he_sp{"Smith", 0, Span{he.begin, he.begin + 2}, true, 0.7f};
  Claim c1 = ClaimAt(Find(text, "40"), all);
  c1.holder = smith_sp;
  Claim c2 = ClaimAt(Find(text, "12"), all);
  c2.holder = he_sp;
  const Span days = Find(text, "3 days");
  Claim c3 = ClaimAt(Span{days.begin, days.begin + 1}, all);
  c3.holder = smith_sp;
  Claim c4 = ClaimAt(Find(text, "500"), all);
  Claim c5 = ClaimAt(Find(text, "7"), all);
  c5.holder = Speaker{"he", -1, Span{he2.begin, he2.begin + 2}, true, 0.6f};
  for (Claim* c : {&c1, &c2, &c3, &c4, &c5}) doc.mutable_claims().push_back(*c);

  HolderScorer scorer;
  scorer.Add(gold, doc);
  const HolderScores& s = scorer.scores();
  CHECK(s.claims == 5);
  CHECK(s.sourced == 2);
  CHECK(s.right == 2);
  CHECK(s.right_entity == 2);
  CHECK(s.sourceless == 1);
  CHECK(s.outside == 2);
  CHECK(s.given == 4);
  CHECK(s.given_outside == 1);
  CHECK(s.given_sourceless == 1);
  CHECK(s.recall() == doctest::Approx(1.0));
  CHECK(s.precision() == doctest::Approx(0.5));
  REQUIRE(scorer.errors().size() == 2);
  CHECK(scorer.errors()[0].kind == HolderErrorKind::kFalse);
  CHECK(scorer.errors()[0].number == "3");
  CHECK(scorer.errors()[1].gold_source == "(no source)");

  SUBCASE("a gold pronoun source: right by entity, not by mention") {
    HolderScorer s2;
    doc.mutable_claims()[1].holder = smith_sp;  // "Smith" for the gold "He"
    s2.Add(gold, doc);
    CHECK(s2.scores().right == 1);
    CHECK(s2.scores().right_entity == 2);
  }
  SUBCASE("a gold relative pronoun after the holder mention: right by entity") {
    const std::string t2 = "Jones, who said 12 ships came.";
    Document d2(t2);
    GoldQuoteDoc g3;
    g3.text = t2;
    GoldAttribution a;
    a.content = {Cp(d2, Find(t2, "12 ships came"))};
    a.source = {Cp(d2, Find(t2, "who"))};
    g3.attributions.push_back(a);
    Claim c = ClaimAt(Find(t2, "12"), Span{0, static_cast<uint32_t>(t2.size())});
    c.holder = Speaker{"Jones", -1, Find(t2, "Jones"), true, 0.9f};
    d2.mutable_claims().push_back(c);
    HolderScorer s5;
    s5.Add(g3, d2);
    CHECK(s5.scores().right == 0);
    CHECK(s5.scores().right_entity == 1);
  }
  SUBCASE("a gold pronoun among the entity's coreference references: right by entity") {
    // The second attribution's gold source "He" as a reference, not a mention.
    doc.mutable_mentions().pop_back();
    doc.mutable_entities()[0].mentions = {0};
    Mention r;
    r.span = Span{he.begin, he.begin + 2};
    r.kind = MentionKind::kPronoun;
    r.entity = 0;
    doc.mutable_entities()[0].references.push_back(r);
    doc.mutable_claims()[1].holder = smith_sp;
    HolderScorer s6;
    s6.Add(gold, doc);
    CHECK(s6.scores().right == 1);
    CHECK(s6.scores().right_entity == 2);
  }
  SUBCASE("no holder inside a sourced content is missed") {
    HolderScorer s3;
    doc.mutable_claims()[0].holder = Speaker{};
    s3.Add(gold, doc);
    CHECK(s3.scores().empty == 1);
    CHECK(s3.scores().right == 1);
    CHECK(s3.errors()[0].kind == HolderErrorKind::kMissed);
  }
  SUBCASE("a number inside a gold source or cue only is not scored") {
    GoldQuoteDoc g2 = gold;
    g2.attributions[3].source = {Cp(doc, Find(text, "Jones told 500"))};
    HolderScorer s4;
    s4.Add(g2, doc);
    CHECK(s4.scores().source_or_cue == 1);
    CHECK(s4.scores().outside == 1);
  }
}

}  // namespace
}  // namespace newsie
