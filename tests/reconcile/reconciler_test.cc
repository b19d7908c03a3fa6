// Reconciler behaviour on v1/v2 fixture pairs (tests/testdata/reconcile/)
// with hand-built claims and quotes, so the reconciler is tested apart from
// the extractors.
#include "pipeline/reconcile/reconciler.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace newsie::reconcile {
namespace {

std::string Fixture(const std::string& name, const std::string& file) {
  std::ifstream in(std::string(NEWSIE_SOURCE_DIR) + "/tests/testdata/reconcile/" + name + "/" +
                   file);
  REQUIRE_MESSAGE(in.good(), "missing fixture " << name << "/" << file);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct C {
  std::string phrase;  // located in the text
  double value;
  std::string unit;
  v1::Qualifier qualifier = v1::EXACT;
  v1::NumberKind kind = v1::COUNT;
  std::string currency = "";
};
struct Q {
  std::string words;  // located in the text
  std::string speaker;
};

v1::Span SpanOf(const std::string& text, const std::string& phrase) {
  size_t at = text.find(phrase);
  REQUIRE_MESSAGE(at != std::string::npos, "phrase not in text: " << phrase);
  v1::Span s;
  s.set_begin_byte(static_cast<uint32_t>(at));
  s.set_end_byte(static_cast<uint32_t>(at + phrase.size()));
  s.set_text(phrase);
  return s;
}

v1::ArticleRecord Rec(const std::string& text, int64_t version, const std::vector<C>& claims,
                      const std::vector<Q>& quotes = {}) {
  v1::ArticleRecord r;
  r.mutable_article()->set_article_id("a1");
  r.mutable_article()->set_version(version);
  r.mutable_article()->set_text(text);
  for (const C& c : claims) {
    v1::Claim* p = r.add_claims();
    p->set_value(c.value);
    p->set_unit(c.unit);
    p->set_qualifier(c.qualifier);
    p->set_kind(c.kind);
    p->set_currency(c.currency);
    p->set_claim_key(c.unit);
    *p->mutable_span() = SpanOf(text, c.phrase);
    p->set_value_text(c.phrase);
  }
  for (const Q& q : quotes) {
    v1::Quote* p = r.add_quotes();
    p->set_text(q.words);
    *p->mutable_span() = SpanOf(text, q.words);
    p->set_kind(v1::DIRECT);
    p->mutable_speaker()->set_name(q.speaker);
    p->mutable_speaker()->set_resolved(true);
  }
  return r;
}

v1::ChangeReport Run(const std::string& fixture, const std::vector<C>& c1,
                     const std::vector<C>& c2, const std::vector<Q>& q1 = {},
                     const std::vector<Q>& q2 = {}, bool unchanged = false) {
  ReconcileOptions opt;
  opt.include_unchanged = unchanged;
  return Reconcile(Rec(Fixture(fixture, "v1.txt"), 1, c1, q1),
                   Rec(Fixture(fixture, "v2.txt"), 2, c2, q2), opt);
}

std::string Kinds(const v1::ChangeReport& r) {
  std::string s;
  for (const auto& c : r.claim_changes()) s += std::string("claim:") + ChangeKindName(c.kind()) + " ";
  for (const auto& q : r.quote_changes()) s += std::string("quote:") + ChangeKindName(q.kind()) + " ";
  return s;
}

TEST_CASE("Reconciler: a revised casualty count is one VALUE_CHANGED claim") {
  auto r = Run("value_changed",
               {{"as many as 20 fatalities", 20, "fatalities", v1::UP_TO},
                {"about 700 students", 700, "students", v1::APPROXIMATE}},
               {{"26 people", 26, "people"},
                {"about 700 students", 700, "students", v1::APPROXIMATE}});
  REQUIRE(Kinds(r) == "claim:VALUE_CHANGED ");
  const auto& c = r.claim_changes(0);
  CHECK(c.before().value() == 20);
  CHECK(c.after().value() == 26);
  CHECK(c.before_sentence().text().find("as many as 20 fatalities") != std::string::npos);
  CHECK(c.after_sentence().text().find("killed 26 people") != std::string::npos);
  CHECK(c.confidence() > 0.5f);
}

TEST_CASE("Reconciler: every report names the reconciler and its version") {
  // Downstream tools read the flags as a contract: like an extractor's
  // StageInfo, the report says what produced them, even with no change.
  v1::ArticleRecord empty;
  for (const v1::ChangeReport& r : {Reconcile(empty, empty), Run("value_changed", {}, {})}) {
    CHECK(r.reconciler().name() == "reconcile.aligned");
    CHECK(r.reconciler().version() == kReconcilerVersion);
  }
}

TEST_CASE("Reconciler: claims that disappear or appear are REMOVED and ADDED") {
  auto r = Run("added_removed",
               {{"up to 2.5 million people", 2.5e6, "people", v1::UP_TO},
                {"About 9,000 troops", 9000, "troops", v1::APPROXIMATE}},
               {{"About 9,000 troops", 9000, "troops", v1::APPROXIMATE},
                {"84 tons of ammunition", 84, "ton", v1::EXACT, v1::MEASURE}});
  REQUIRE(Kinds(r) == "claim:REMOVED claim:ADDED ");
  CHECK(r.claim_changes(0).before().value() == 2.5e6);
  CHECK(!r.claim_changes(0).has_after());
  CHECK(r.claim_changes(1).after().value() == 84);
  CHECK(r.claim_changes(1).after_sentence().text() == "The plane carried 84 tons of ammunition.");
}

TEST_CASE("Reconciler: a qualifier dropped around the same number is QUALIFIER_CHANGED") {
  auto r = Run("qualifier_changed",
               {{"Over 50 people", 50, "people", v1::MORE_THAN},
                {"more than 600 buildings", 600, "buildings", v1::MORE_THAN}},
               {{"Over 50 people", 50, "people", v1::MORE_THAN},
                {"600 buildings", 600, "buildings", v1::EXACT}});
  REQUIRE(Kinds(r) == "claim:QUALIFIER_CHANGED ");
  CHECK(r.claim_changes(0).before().qualifier() == v1::MORE_THAN);
  CHECK(r.claim_changes(0).after().qualifier() == v1::EXACT);
}

TEST_CASE("Reconciler: same amount in another currency is UNIT_CHANGED") {
  auto r = Run("unit_changed", {{"$5 million", 5e6, "dollar", v1::EXACT, v1::MONEY, "USD"}},
               {{"5 million euros", 5e6, "euro", v1::EXACT, v1::MONEY, "EUR"}});
  REQUIRE(Kinds(r) == "claim:UNIT_CHANGED ");
}

TEST_CASE("Reconciler: same words from another speaker is SPEAKER_CHANGED") {
  auto r = Run("speaker_changed", {}, {}, {{"We will not give up,", "John Smith"}},
               {{"We will not give up,", "Mary Jones"}});
  REQUIRE(Kinds(r) == "quote:SPEAKER_CHANGED ");
  CHECK(r.quote_changes(0).before().speaker().name() == "John Smith");
  CHECK(r.quote_changes(0).after().speaker().name() == "Mary Jones");
}

TEST_CASE("Reconciler: reworded quote is TEXT_CHANGED, new quote ADDED with speaker") {
  SUBCASE("reworded") {
    auto r = Run("text_changed", {}, {}, {{"We will not give up on the talks,", "Smith"}},
                 {{"We will never give up on peace,", "Smith"}});
    REQUIRE(Kinds(r) == "quote:TEXT_CHANGED ");
  }
  SUBCASE("added") {
    auto r = Run("speaker_changed", {}, {}, {}, {{"We will not give up,", "Mary Jones"}});
    REQUIRE(Kinds(r) == "quote:ADDED ");
    CHECK(r.quote_changes(0).after().speaker().name() == "Mary Jones");
  }
}

TEST_CASE("Reconciler: silent on edits that change no fact") {
  SUBCASE("punctuation and spacing") {
    auto r = Run("silent_punctuation", {{"20 warships", 20, "warships"}},
                 {{"20 warships", 20, "warships"}}, {{"It is over,", "Kirby"}},
                 {{"It is over", "Kirby"}});
    CHECK(Kinds(r) == "");
  }
  SUBCASE("curly vs straight marks") {
    auto r = Run("silent_quote_marks", {{"8,500 personnel", 8500, "personnel"}},
                 {{"8,500 personnel", 8500, "personnel"}},
                 {{"You can't just decide,", "John Kirby"}},
                 {{"You can’t just decide,", "Kirby"}});
    CHECK(Kinds(r) == "");
  }
  SUBCASE("ellipsis reformatted") {
    auto r = Run("silent_ellipsis", {}, {},
                 {{"continues to create options... We want to see him exercise a diplomatic "
                   "option,",
                   "Kirby"}},
                 {{"continues to create options. … We want to see him exercise a diplomatic "
                   "option,",
                   "Kirby"}});
    CHECK(Kinds(r) == "");
  }
  SUBCASE("paragraphs reflowed") {
    auto r = Run("silent_reflow",
                 {{"About 9,000 troops", 9000, "troops", v1::APPROXIMATE},
                  {"20 warships", 20, "warships"}},
                 {{"About 9,000 troops", 9000, "troops", v1::APPROXIMATE},
                  {"20 warships", 20, "warships"}},
                 {{"It is over,", "Kirby"}}, {{"It is over,", "Kirby"}});
    CHECK(Kinds(r) == "");
  }
  SUBCASE("fixed typo") {
    auto r = Run("silent_typo", {{"20 people", 20, "people"}}, {{"20 people", 20, "people"}},
                 {{"The goverment must act,", "Smith"}}, {{"The government must act,", "Smith"}});
    CHECK(Kinds(r) == "");
  }
  SUBCASE("moved sentences") {
    auto r = Run("silent_moved",
                 {{"About 9,000 troops", 9000, "troops", v1::APPROXIMATE},
                  {"20 warships", 20, "warships"}},
                 {{"About 9,000 troops", 9000, "troops", v1::APPROXIMATE},
                  {"20 warships", 20, "warships"}},
                 {{"It is over,", "Kirby"}}, {{"It is over,", "Kirby"}});
    CHECK(Kinds(r) == "");
  }
  SUBCASE("sentence reworded around the same number") {
    auto r = Run("silent_reworded", {{"250,000-strong military", 250000, "military"}},
                 {{"number 250,000", 250000, "forces"}});
    CHECK(Kinds(r) == "");
  }
  SUBCASE("extractor found the claim in only one of two identical sentences") {
    auto r = Run("silent_moved", {{"20 warships", 20, "warships"}}, {});
    CHECK(Kinds(r) == "");
  }
}

TEST_CASE("Reconciler: --include-unchanged lists matched pairs as UNCHANGED") {
  auto r = Run("silent_moved", {{"About 9,000 troops", 9000, "troops", v1::APPROXIMATE}},
               {{"About 9,000 troops", 9000, "troops", v1::APPROXIMATE}},
               {{"It is over,", "Kirby"}}, {{"It is over,", "Kirby"}}, true);
  CHECK(Kinds(r) == "claim:UNCHANGED quote:UNCHANGED ");
}

TEST_CASE("Reconciler: unrelated small counts are not paired as a revision") {
  // "two firearms" removed and "two classrooms" added are different claims.
  v1::ArticleRecord a = Rec("The gunman had two firearms. He fled.", 1, {{"two firearms", 2, "firearms"}});
  v1::ArticleRecord b = Rec("He fled. The shootings occurred in two classrooms.", 2,
                            {{"two classrooms", 2, "classrooms"}});
  CHECK(Kinds(Reconcile(a, b)) == "claim:REMOVED claim:ADDED ");
}

TEST_CASE("Reconciler: a revised count pairs on what happened, not on the same number") {
  // The acquittals were revised from five to four; the five charged are a
  // new fact, not the old claim unchanged.
  v1::ArticleRecord a = Rec(
      "Riots followed after five guards were acquitted in the trial. The city paid damages.", 1,
      {{"five guards", 5, "guards"}});
  v1::ArticleRecord b = Rec(
      "After a public outcry, five guards were charged. The city paid damages. Later a jury "
      "acquitted four of the guards, and the fifth was retried.",
      2, {{"five guards", 5, "guards"}, {"four of the guards", 4, "guards"}});
  v1::ChangeReport r = Reconcile(a, b);
  REQUIRE(Kinds(r) == "claim:ADDED claim:VALUE_CHANGED ");
  CHECK(r.claim_changes(0).after().value() == 5);
  CHECK(r.claim_changes(1).before().value() == 5);
  CHECK(r.claim_changes(1).after().value() == 4);
  SUBCASE("same number, same predicate, moved and reworded: still one claim") {
    v1::ArticleRecord c = Rec(
        "The city paid damages. A jury acquitted five guards in the trial, and riots followed.",
        2, {{"five guards", 5, "guards"}});
    CHECK(Kinds(Reconcile(a, c)) == "");
  }
}

TEST_CASE("Reconciler: a quote mark inside a clause does not cut its predicate short") {
  // Only "destroyed" ties the two claims together (no claim key, sentences
  // unaligned); the curly quotes around it are no clause break, a dash is.
  auto rec = [](const std::string& text, int64_t v, const std::string& phrase, double value) {
    v1::ArticleRecord r = Rec(text, v, {{phrase, value, "tons"}});
    r.mutable_claims(0)->clear_claim_key();
    return r;
  };
  v1::ArticleRecord b =
      rec("Rain fell for days. Farmers say a storm destroyed 60 tons.", 2, "60 tons", 60);
  v1::ArticleRecord a =
      rec("Rain fell for days. Up north, 40 tons were \u201cdestroyed\u201d overnight.", 1,
          "40 tons", 40);
  CHECK(Kinds(Reconcile(a, b)) == "claim:VALUE_CHANGED ");
  SUBCASE("a dash still ends the clause") {
    v1::ArticleRecord c = rec(
        "Rain fell for days. Up north 40 tons were counted \u2014 the storm destroyed barns.", 1,
        "40 tons", 40);
    CHECK(Kinds(Reconcile(c, b)) == "claim:REMOVED claim:ADDED ");
  }
}

TEST_CASE("Reconciler: an attribution that names no source is audit-only") {
  auto rec = [](const std::string& text, int64_t v, const std::string& words, bool sourceless) {
    v1::ArticleRecord r = Rec(text, v, {}, {{words, ""}});
    r.mutable_quotes(0)->set_kind(v1::INDIRECT);
    r.mutable_quotes(0)->mutable_speaker()->set_resolved(false);
    r.mutable_quotes(0)->set_sourceless(sourceless);
    return r;
  };
  v1::ArticleRecord a = rec("The victims were said to be between 20 and 30 years old.", 1,
                            "to be between 20 and 30 years old", true);
  v1::ArticleRecord b = rec("The victims were said to be 20 to 30 years old.", 2,
                            "to be 20 to 30 years old", true);
  v1::ArticleRecord gone = Rec("The victims were not named.", 2, {});
  CHECK(Kinds(Reconcile(a, b)) == "");
  CHECK(Kinds(Reconcile(gone, a)) == "");
  ReconcileOptions all;
  all.min_confidence = 0;
  v1::ChangeReport r = Reconcile(a, b, all);
  REQUIRE(Kinds(r) == "quote:TEXT_CHANGED ");
  CHECK(r.quote_changes(0).confidence() < 0.5f);
  SUBCASE("a source named in one version is a change") {
    v1::ArticleRecord c = rec("The victims were 20 to 30 years old, the police said.", 2,
                              "The victims were 20 to 30 years old", false);
    CHECK(Kinds(Reconcile(a, c)) != "");
  }
  SUBCASE("a scare quote (a work's title) is nobody's statement either") {
    v1::ArticleRecord t = Rec("Aides recalled the man who wrote \"Earth in the Balance.\"", 1,
                              {}, {{"Earth in the Balance.", ""}});
    t.mutable_quotes(0)->set_kind(v1::SCARE);
    CHECK(Kinds(Reconcile(t, gone)) == "");
    CHECK(Kinds(Reconcile(t, gone, all)) == "quote:REMOVED ");
    t.mutable_quotes(0)->set_kind(v1::DIRECT);
    CHECK(Kinds(Reconcile(t, gone)) == "quote:REMOVED ");
  }
}

TEST_CASE("Reconciler: below-threshold changes are hidden unless asked for") {
  // "one eye" (a word "one") and a bare number with nothing counted.
  auto a = Rec("He reached up to the corner of one eye. She called 911.", 1,
               {{"one eye", 1, "eye"}, {"911", 911, "", v1::EXACT, v1::CARDINAL}});
  v1::ArticleRecord b = Rec("He left.", 2, {});
  CHECK(Kinds(Reconcile(a, b)) == "");
  ReconcileOptions all;
  all.min_confidence = 0;
  v1::ChangeReport r = Reconcile(a, b, all);
  REQUIRE(Kinds(r) == "claim:REMOVED ");  // the bare 911 is never a claim
  CHECK(r.claim_changes(0).confidence() < 0.5f);
}

TEST_CASE("Reconciler: small rewording of reported speech is not TEXT_CHANGED") {
  auto rec = [](const std::string& text, int64_t v, const std::string& words) {
    v1::ArticleRecord r = Rec(text, v, {}, {{words, "Navy"}});
    r.mutable_quotes(0)->set_kind(v1::INDIRECT);
    return r;
  };
  v1::ArticleRecord a = rec(
      "The navy said that 20 warships and other naval vessels of its fleet had returned to port "
      "after live firing exercises.", 1,
      "that 20 warships and other naval vessels of its fleet had returned to port after live "
      "firing exercises");
  v1::ArticleRecord b = rec(
      "The navy said that 20 warships and other vessels of its fleet had returned to port after "
      "live-fire exercises.", 2,
      "that 20 warships and other vessels of its fleet had returned to port after live-fire "
      "exercises");
  CHECK(Kinds(Reconcile(a, b)) == "");
  SUBCASE("tense is no change, a negation is") {
    v1::ArticleRecord c = rec("The navy said the ship was sent to port.", 1,
                              "the ship was sent to port");
    v1::ArticleRecord d = rec("The navy said the ship had been sent to port.", 2,
                              "the ship had been sent to port");
    CHECK(Kinds(Reconcile(c, d)) == "");
    v1::ArticleRecord e = rec("The navy said the ship had not been sent to port.", 2,
                              "the ship had not been sent to port");
    CHECK(Kinds(Reconcile(d, e)) == "quote:TEXT_CHANGED ");
  }
}

TEST_CASE("Reconciler: a partial quote's statement that now says more is TEXT_CHANGED") {
  auto rec = [](const std::string& text, int64_t v, const std::string& statement) {
    v1::ArticleRecord r = Rec(text, v, {}, {{"gravely ill", "Officials"}});
    r.mutable_quotes(0)->set_kind(v1::PARTIAL);
    *r.mutable_quotes(0)->mutable_span() = SpanOf(text, statement);
    return r;
  };
  v1::ArticleRecord a = rec("Officials said that the king had fallen and was \"gravely ill\" at home.",
                            1, "that the king had fallen and was \"gravely ill\" at home");
  v1::ArticleRecord b = rec(
      "Officials said that the king had fallen, broken a hip and was \"gravely ill\" at home.", 2,
      "that the king had fallen, broken a hip and was \"gravely ill\" at home");
  v1::ChangeReport r = Reconcile(a, b);
  REQUIRE(Kinds(r) == "quote:TEXT_CHANGED ");
  CHECK(r.quote_changes(0).after().text() == "gravely ill");
  SUBCASE("a tense change around the same quoted words is none") {
    v1::ArticleRecord c = rec("Officials said that the king has fallen and is \"gravely ill\" at home.",
                              2, "that the king has fallen and is \"gravely ill\" at home");
    CHECK(Kinds(Reconcile(a, c)) == "");
  }
}

TEST_CASE("Reconciler: a partial quote joined to the quoted sentence after it is two statements") {
  // The extractor gives PolNeAR's one attribution: the partial quote and
  // the full quoted sentence after "he said"; a reader sees two statements.
  const std::string partial =
      "The vote ended. The \u201crules are contrary to good practice,\u201d he said.";
  const std::string full = partial + " \u201cWe will not watch again.\u201d";
  auto rec = [](const std::string& text, int64_t v) {
    v1::ArticleRecord r = Rec(text, v, {}, {{"rules are contrary to good practice,", "Carter"}});
    v1::Quote* q = r.mutable_quotes(0);
    q->set_kind(v1::PARTIAL);
    *q->mutable_span() = SpanOf(text, "The \u201crules are contrary to good practice,\u201d");
    *q->add_fragments() = q->span();
    if (text.find("We will") != std::string::npos) {
      *q->add_fragments() = SpanOf(text, "\u201cWe will not watch again.\u201d");
      q->set_text(q->text() + " We will not watch again.");
    }
    return r;
  };
  v1::ArticleRecord none = Rec("The vote ended.", 1, {});
  CHECK(Kinds(Reconcile(none, rec(full, 2))) == "quote:ADDED quote:ADDED ");
  CHECK(Kinds(Reconcile(none, rec(partial, 2))) == "quote:ADDED ");
  // Only the sentence after the attribution is new: one change, that one.
  v1::ChangeReport r = Reconcile(rec(partial, 1), rec(full, 2));
  REQUIRE(Kinds(r) == "quote:ADDED ");
  CHECK(r.quote_changes(0).after_sentence().text().find("We will") != std::string::npos);
}

TEST_CASE("Reconciler: concept table joins killed, dead and fatalities") {
  CHECK(ConceptOfWord("killed") == "deaths");
  CHECK(ConceptOfWord("fatalities") == "deaths");
  CHECK(ConceptOfWord("wounded") == "injuries");
  CHECK(ConceptOfWord("students").empty());
}

TEST_CASE("Reconciler: any bytes in, no crash") {
  v1::ArticleRecord a, b;
  a.mutable_article()->set_text(std::string("\xff\xfe\x00 9 \xe2\x80", 9));
  v1::Claim* c = a.add_claims();
  c->mutable_span()->set_begin_byte(100);
  c->mutable_span()->set_end_byte(5);
  c->set_unit("\xff");
  b.add_quotes()->set_text("\xe2\x80\x9c");
  v1::ChangeReport r = Reconcile(a, b);
  CHECK(r.claim_changes_size() == 1);
}

}  // namespace
}  // namespace newsie::reconcile
