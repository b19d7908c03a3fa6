// Reconciler: what changed in the claims and quotes between two versions of
// one article.
//
//   ReconcileOptions opts;
//   newsie::v1::ChangeReport report = Reconcile(old_record, new_record, opts);
//   for (const auto& c : report.claim_changes()) ...  // VALUE_CHANGED, ADDED...
//
// Works on newsie.v1.ArticleRecord (the records `newsie extract` writes),
// using Article.text for sentences (or ArticleRecord.sentences when given).
// Sentences are aligned first (text_align.h); then claims are paired one to
// one, best candidate first, on their key (claim_key), value, unit, counted
// thing and a small table of counted concepts (killed/dead/fatalities are
// one concept), so that a claim that moved, or whose sentence was reworded
// around the same number, is the same claim, and "as many as 20 fatalities"
// then "killed 26 people" is one claim revised. Quotes are paired on their
// normalized words (typos, punctuation, quote marks and ellipses ignored)
// and compared on words and speaker.
//
// Silent on: punctuation and spacing, curly vs straight marks, ellipses,
// reflowed paragraphs, fixed typos, moved sentences. A claim or quote that
// an extractor found in only one of two sentences with the same words is
// treated as extractor noise, not a change.
//
// Thread safety: pure functions of their arguments.
#ifndef NEWSIE_PIPELINE_RECONCILE_RECONCILER_H_
#define NEWSIE_PIPELINE_RECONCILE_RECONCILER_H_

#include <string>
#include <string_view>

#include "newsie/v1/document.pb.h"
#include "newsie/v1/reconcile.pb.h"
#include "pipeline/reconcile/text_align.h"

namespace newsie::reconcile {

// Written to every ChangeReport (field `reconciler`), as extractors write
// their name and version to ArticleRecord.extractors: downstream tools read
// the flagged changes as a public contract. Bump kReconcilerVersion whenever
// the changes reported for the same two records may differ, and update
// tests/extractors/registry_snapshot_test.cc in the same commit.
// History (v1-v9 numbered from the git log when the field was added at v9):
//  v1 sentence alignment; claims paired on key/value/concept; change kinds.
//  v2 bare numbers are no claims; holder and word-"one" changes under
//     --min-confidence; paraphrased reported speech silent.
//  v3 claims pair on their clause's predicate words.
//  v4 changes of sourceless attributions are audit-only (0.4).
//  v5 reported speech compared without tense auxiliaries; a negation added
//     or dropped is always TEXT_CHANGED.
//  v6 a PARTIAL quote is compared as the statement it stands in.
//  v7 a claim's predicate window breaks at en/em dashes only.
//  v8 a SCARE quote's changes are audit-only.
//  v9 a PARTIAL quote and the quoted sentence joined after its attribution
//     are compared as two statements.
inline constexpr char kReconcilerName[] = "reconcile.aligned";
inline constexpr int kReconcilerVersion = 9;

struct ReconcileOptions {
  bool include_unchanged = false;  // also list matched pairs as UNCHANGED
  // Changes less certain than this are not reported: holder changes (0.45),
  // claims of "one" written as a word (0.4) and quotes that name no source
  // (Quote.sourceless: "were said to be", 0.4) fall below the default.
  float min_confidence = 0.5f;
  AlignOptions align;
};

// Compares `after` against `before`. Never fails: missing text or layers
// only make the comparison coarser. from/to version and date are copied from
// the records' Article.
v1::ChangeReport Reconcile(const v1::ArticleRecord& before, const v1::ArticleRecord& after,
                           const ReconcileOptions& options = {});

// The counted concept of a word ("killed", "fatalities" -> "deaths"), or
// "" when the word names none. Exposed for tests.
std::string_view ConceptOfWord(std::string_view normalized_word);

// "VALUE_CHANGED", ...
const char* ChangeKindName(v1::ChangeKind kind);

}  // namespace newsie::reconcile

#endif  // NEWSIE_PIPELINE_RECONCILE_RECONCILER_H_
