// Sentence-level alignment of two versions of one article, and word-level
// diffs for display: the text half of the reconciler.
//
//   VersionText a = VersionText::FromText(old_text);
//   VersionText b = VersionText::FromText(new_text);
//   SentenceAlignment al = AlignSentences(a, b);
//   al.after_of[i];  // index of b's sentence aligned to a's sentence i, or -1
//
// Sentences are compared on normalized word tokens: punctuation, quote
// marks (straight or curly), ellipses, spacing and case are ignored, digit
// group commas are dropped, and paragraph boundaries play no part. So
// reflowed paragraphs, moved sentences and punctuation-only edits align as
// identical (`same_words`), while reworded sentences align as edited when
// their token Dice similarity reaches the threshold (as NewsEdits
// distinguishes added, deleted, edited and moved sentences).
//
// Thread safety: values; no shared state.
#ifndef NEWSIE_PIPELINE_RECONCILE_TEXT_ALIGN_H_
#define NEWSIE_PIPELINE_RECONCILE_TEXT_ALIGN_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/document.h"

namespace newsie::reconcile {

// One word token of a sentence: its bytes in the version text and the hash
// of its normalized form.
struct WordToken {
  Span span;
  uint64_t norm = 0;
};

struct VersionSentence {
  Span span;
  std::vector<WordToken> words;   // punctuation and quote marks dropped
  uint64_t words_hash = 0;        // hash of the normalized word sequence
  std::vector<uint64_t> sorted;   // normalized word hashes, sorted (bag)
};

// The text of one version, split into sentences with normalized words.
class VersionText {
 public:
  // Tokenizes `text` with the text stage (pipeline/tokenizer.h).
  static VersionText FromText(std::string text);
  // Uses the given sentence spans (e.g. ArticleRecord.sentences) instead of
  // the tokenizer's sentences. Spans outside the text are dropped.
  static VersionText FromTextAndSentences(std::string text,
                                          const std::vector<Span>& sentences);

  std::string_view text() const { return text_; }
  const std::vector<VersionSentence>& sentences() const { return sentences_; }
  std::string_view Slice(Span s) const {
    return std::string_view(text_).substr(s.begin, s.end - s.begin);
  }
  // Index of the sentence containing byte `b` (or overlapping span s), -1
  // when none.
  int SentenceAt(uint32_t b) const;
  int SentenceOf(Span s) const;

 private:
  void Build(const Document& doc, const std::vector<Span>* sentences);
  std::string text_;
  std::vector<VersionSentence> sentences_;
};

// Normalizes one token for comparison: lower-cased ASCII, curly
// apostrophes folded to "'", digit-group commas dropped. Returns "" for
// tokens that carry no words (punctuation, quote marks, ellipses).
std::string NormalizeWord(std::string_view token);
uint64_t HashWord(std::string_view normalized);

// The code point of the General Punctuation character (U+2000..U+207F:
// dashes, curly quotes, ellipsis, prime; bytes E2 80 xx / E2 81 xx) that
// starts at byte `i` of `s`, or 0 when none does.
uint32_t GeneralPunctuationAt(std::string_view s, size_t i);

// En dash, em dash and horizontal bar (U+2013..U+2015): a clause break
// between words, as a comma is. Curly quotes and the ellipsis are not.
inline bool IsClauseDash(uint32_t cp) { return cp >= 0x2013 && cp <= 0x2015; }

// Dice coefficient of two sorted bags of word hashes, in [0, 1].
double BagDice(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

enum class SentenceEdit { kSame, kMoved, kEdited, kAdded, kDeleted };

struct SentenceAlignment {
  std::vector<int> after_of;   // per before sentence: after index or -1
  std::vector<int> before_of;  // per after sentence: before index or -1
  std::vector<double> similarity;  // per before sentence (0 when unaligned)
  // True when the aligned pair has the same normalized words.
  bool SameWords(int before) const { return before >= 0 && similarity[before] >= 1.0; }
};

struct AlignOptions {
  // Minimum Dice similarity of word bags for an edited-sentence alignment.
  double min_similarity = 0.5;
};

// Aligns sentences one-to-one: first identical normalized word sequences
// (in order), then the most similar remaining pairs above the threshold,
// position breaking ties.
SentenceAlignment AlignSentences(const VersionText& before, const VersionText& after,
                                 const AlignOptions& options = {});

// Classifies before sentence i (kSame, kMoved, kEdited, kDeleted) given the
// alignment; after-only sentences are kAdded.
SentenceEdit ClassifyBefore(const SentenceAlignment& al, int i);

// Word-level diff of two spans of text, rendered with the changed words
// marked: deletions as [-words-] in `before_marked`, insertions as {+words+}
// in `after_marked`. Words are compared normalized, so punctuation-only
// differences are not marked.
struct MarkedPair {
  std::string before_marked;
  std::string after_marked;
};
MarkedPair MarkChangedWords(std::string_view before, std::string_view after);

}  // namespace newsie::reconcile

#endif  // NEWSIE_PIPELINE_RECONCILE_TEXT_ALIGN_H_
