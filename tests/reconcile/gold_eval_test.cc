// The gold-set loader and scorer of `newsie eval reconcile`
// (pipeline/reconcile/gold_eval.h): claim and quote changes.
#include "pipeline/reconcile/gold_eval.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tests/testing/temp_dir.h"

namespace newsie::reconcile {
namespace {

StatusOr<Gold> LoadText(const std::string& text) {
  testing::TempDir dir;
  testing::WriteFile(dir / "gold.tsv", text);
  return LoadGold(dir / "gold.tsv");
}

v1::QuoteChange QuoteFlag(v1::ChangeKind kind, const std::string& before_speaker,
                          const std::string& before_text, const std::string& after_speaker,
                          const std::string& after_text) {
  v1::QuoteChange c;
  c.set_kind(kind);
  if (!before_text.empty()) {
    c.mutable_before()->set_text(before_text);
    c.mutable_before()->mutable_speaker()->set_name(before_speaker);
    c.mutable_before_sentence()->set_text("\u201c" + before_text + ",\u201d someone said.");
  }
  if (!after_text.empty()) {
    c.mutable_after()->set_text(after_text);
    c.mutable_after()->mutable_speaker()->set_name(after_speaker);
    c.mutable_after_sentence()->set_text("\u201c" + after_text + ",\u201d someone said.");
  }
  return c;
}

const char kGold[] =
    "# two pairs, quotes annotated in the first only\n"
    "pair\ta\t0\t1\tall\tall\n"
    "change\ta\t0\t1\tADDED\t-\t-\t20\tpeople\t20 people\n"
    "quote\ta\t0\t1\tADDED\t-\tMr. Obama\tour hearts  are BROKEN\n"
    "quote\ta\t0\t1\tSPEAKER_CHANGED\tSmith\tJones\tthe deal is dead\n"
    "quote\ta\t0\t1\tREMOVED\tSmith\t-\tno comment\n"
    "pair\ta\t1\t2\tall\n";

TEST_CASE("LoadGold: reads quote lines and the optional quote scope of a pair") {
  auto gold = LoadText(kGold);
  REQUIRE(gold.ok());
  REQUIRE(gold->pairs.size() == 2);
  CHECK(gold->pairs[0].quotes_annotated);
  CHECK_FALSE(gold->pairs[1].quotes_annotated);  // a five-column (old) pair line
  CHECK(gold->changes.size() == 1);
  REQUIRE(gold->quote_changes.size() == 3);
  const GoldQuoteChange& q = gold->quote_changes[1];
  CHECK(q.kind == v1::SPEAKER_CHANGED);
  CHECK(q.speaker_before == "Smith");
  CHECK(q.speaker_after == "Jones");
  CHECK(q.context == "the deal is dead");
}

TEST_CASE("LoadGold: rejects a quote change of a pair without quote scope all") {
  SUBCASE("pair without the column") {
    auto gold = LoadText("pair\ta\t0\t1\tall\nquote\ta\t0\t1\tADDED\t-\tX\tsome words\n");
    REQUIRE_FALSE(gold.ok());
    CHECK(gold.status().message().find(":2:") != std::string::npos);
  }
  SUBCASE("quote scope none") {
    auto gold = LoadText("pair\ta\t0\t1\tall\tnone\nquote\ta\t0\t1\tADDED\t-\tX\tsome words\n");
    CHECK_FALSE(gold.ok());
  }
  SUBCASE("a claim-only kind") {
    auto gold =
        LoadText("pair\ta\t0\t1\tall\tall\nquote\ta\t0\t1\tVALUE_CHANGED\t-\tX\tsome words\n");
    CHECK_FALSE(gold.ok());
  }
  SUBCASE("no context") {
    auto gold = LoadText("pair\ta\t0\t1\tall\tall\nquote\ta\t0\t1\tADDED\t-\tX\n");
    CHECK_FALSE(gold.ok());
  }
  SUBCASE("bad quote scope") {
    CHECK_FALSE(LoadText("pair\ta\t0\t1\tall\tsome\n").ok());
  }
}

TEST_CASE("ScoreReports: scores quote changes apart from claim changes") {
  auto gold = LoadText(kGold);
  REQUIRE(gold.ok());
  v1::ChangeReport r;
  r.set_article_id("a");
  r.set_from_version(0);
  r.set_to_version(1);
  v1::ClaimChange* claim = r.add_claim_changes();
  claim->set_kind(v1::ADDED);
  claim->mutable_after()->set_value(20);
  // Context matched with case and spacing folded.
  *r.add_quote_changes() = QuoteFlag(v1::ADDED, "", "", "Barack Obama", "Our hearts are broken");
  // Right kind and words, wrong new speaker: a false flag and a miss.
  *r.add_quote_changes() =
      QuoteFlag(v1::SPEAKER_CHANGED, "Smith", "The deal is dead", "Brown", "The deal is dead");
  // Not in the gold.
  *r.add_quote_changes() = QuoteFlag(v1::TEXT_CHANGED, "Lee", "we won", "Lee", "we lost");
  // UNCHANGED is never a flag.
  *r.add_quote_changes() = QuoteFlag(v1::UNCHANGED, "Lee", "fine", "Lee", "fine");
  v1::ChangeReport other;  // pair 1->2: quotes not annotated, flags ignored
  other.set_article_id("a");
  other.set_from_version(1);
  other.set_to_version(2);
  *other.add_quote_changes() = QuoteFlag(v1::ADDED, "", "", "Lee", "anything");

  GoldScore s = ScoreReports(*gold, {r, other});
  CHECK(s.flagged == 1);
  CHECK(s.matched == 1);
  CHECK(s.gold == 1);
  CHECK(s.quote_pairs == 1);
  CHECK(s.quotes.gold == 3);
  CHECK(s.quotes.flagged == 3);
  CHECK(s.quotes.matched == 1);
  CHECK(s.quotes.precision() == doctest::Approx(1.0 / 3));
  CHECK(s.quotes.recall() == doctest::Approx(1.0 / 3));
  REQUIRE(s.quotes.false_positives.size() == 2);
  CHECK(s.quotes.false_positives[0].find("SPEAKER_CHANGED") != std::string::npos);
  CHECK(s.quotes.misses.size() == 2);
  CHECK(s.misses.empty());
  CHECK(s.quote_speakers_right == 1);  // "Mr. Obama" fits "Barack Obama"
  CHECK(s.quote_wrong_speakers.empty());

  SUBCASE("the right speaker matches a SPEAKER_CHANGED") {
    r.mutable_quote_changes(1)->mutable_after()->mutable_speaker()->set_name("Ms. Jones");
    GoldScore t = ScoreReports(*gold, {r, other});
    CHECK(t.quotes.matched == 2);
    CHECK(t.quote_speakers_right == 2);
  }
  SUBCASE("an ADDED with another speaker matches, its speaker counted wrong") {
    r.mutable_quote_changes(0)->mutable_after()->mutable_speaker()->set_name("a spokeswoman");
    GoldScore t = ScoreReports(*gold, {r, other});
    CHECK(t.quotes.matched == 1);
    CHECK(t.quote_speakers_right == 0);
    REQUIRE(t.quote_wrong_speakers.size() == 1);
    CHECK(t.quote_wrong_speakers[0].find("gold: - -> Mr. Obama") != std::string::npos);
  }
  SUBCASE("context found only in the sentence still matches") {
    v1::ChangeReport only;
    only.set_article_id("a");
    only.set_from_version(0);
    only.set_to_version(1);
    v1::QuoteChange c = QuoteFlag(v1::REMOVED, "Smith", "he declined", "", "");
    c.mutable_before_sentence()->set_text("He declined, saying no comment.");
    *only.add_quote_changes() = c;
    GoldScore t = ScoreReports(*gold, {only});
    CHECK(t.quotes.matched == 1);
  }
}

TEST_CASE("ScoreReports: a context in the quote wins over one in the sentence") {
  // Two quotes in one sentence: the indirect flag must not take the gold
  // change of the direct quote beside it.
  auto gold = LoadText(
      "pair\ta\t0\t1\tall\tall\n"
      "quote\ta\t0\t1\tADDED\t-\tX\thearts are broken\n"
      "quote\ta\t0\t1\tADDED\t-\tX\tnot as a president\n");
  REQUIRE(gold.ok());
  v1::ChangeReport r;
  r.set_article_id("a");
  r.set_from_version(0);
  r.set_to_version(1);
  const std::string sentence = "Our hearts are broken, X said, adding that it was not as a president.";
  v1::QuoteChange indirect = QuoteFlag(v1::ADDED, "", "", "X", "it was not as a president");
  indirect.mutable_after_sentence()->set_text(sentence);
  *r.add_quote_changes() = indirect;
  GoldScore s = ScoreReports(*gold, {r});
  CHECK(s.quotes.matched == 1);
  REQUIRE(s.quotes.misses.size() == 1);
  CHECK(s.quotes.misses[0].find("hearts are broken") != std::string::npos);
}

}  // namespace
}  // namespace newsie::reconcile
