#include "pipeline/reconcile/text_align.h"

#include <doctest/doctest.h>

namespace newsie::reconcile {
namespace {

TEST_CASE("TextAlign: normalization ignores case, quote marks, ellipses, digit commas") {
  CHECK(NormalizeWord("Kirby") == "kirby");
  CHECK(NormalizeWord("“") == "");
  CHECK(NormalizeWord("…") == "");
  CHECK(NormalizeWord("9,000") == NormalizeWord("9000"));
  CHECK(NormalizeWord("can’t") == NormalizeWord("can't"));
  CHECK(NormalizeWord("U.S.") == "u.s");
}

TEST_CASE("TextAlign: aligns identical, moved, edited, added and deleted sentences") {
  VersionText a = VersionText::FromText(
      "The cat sat on the mat. Dogs bark loudly at night. Birds sing every morning here.");
  VersionText b = VersionText::FromText(
      "Birds sing every morning here. The cat sat on a red mat. Fish swim.");
  REQUIRE(a.sentences().size() == 3);
  REQUIRE(b.sentences().size() == 3);
  SentenceAlignment al = AlignSentences(a, b);
  CHECK(al.after_of[0] == 1);  // edited
  CHECK(al.after_of[1] == -1);  // deleted
  CHECK(al.after_of[2] == 0);  // moved, same words
  CHECK(al.before_of[2] == -1);  // added
  CHECK(ClassifyBefore(al, 0) == SentenceEdit::kEdited);
  CHECK(ClassifyBefore(al, 1) == SentenceEdit::kDeleted);
  CHECK(al.SameWords(2));
}

TEST_CASE("TextAlign: marks changed words, not punctuation") {
  MarkedPair m = MarkChangedWords("There could be as many as 20 fatalities.",
                                  "There could be as many as 26 fatalities!");
  CHECK(m.before_marked == "There could be as many as [-20-] fatalities.");
  CHECK(m.after_marked == "There could be as many as {+26+} fatalities!");
  MarkedPair same = MarkChangedWords("“It is over,” he said.", "\"It is over\", he said.");
  CHECK(same.before_marked == "“It is over,” he said.");
}

}  // namespace
}  // namespace newsie::reconcile
