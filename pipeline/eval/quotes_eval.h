// Scoring of the quotes layer against PolNeAR attributions, with the rules
// of ../shared/tools/score.py `quotes` (so both print the same figures):
//
//  - DIRECT: gold attributions with content_is_direct_quote (content = all
//    content fragments) against predicted quotes of kind DIRECT.
//    Exact: norm_quote(pred) == norm_quote(fragment) for one fragment; for
//    several, one pred equal on word tokens to the joined fragments, or each
//    fragment matched exactly by its own pred. Overlap: one-to-one greedy by
//    overlap size; an extra pred covering another fragment of a matched
//    multi-fragment gold is "absorbed" (neither TP nor FP).
//  - ALL: every gold attribution with content against every predicted quote.
//  - Source accuracy over matched pairs whose gold has a source: the
//    speaker mention overlaps a gold source fragment.
// Offsets are compared in code points, as score.py does.
//
//   QuoteScorer scorer;
//   scorer.Add(gold_doc, doc);  // doc ran through the pipeline
//   QuoteScores s = scorer.Scores();
//
// Thread safety: a QuoteScorer is used by one thread.
#ifndef NEWSIE_PIPELINE_EVAL_QUOTES_EVAL_H_
#define NEWSIE_PIPELINE_EVAL_QUOTES_EVAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/document.h"
#include "pipeline/status.h"

namespace newsie {

// Code-point offsets into the gold text, half-open.
using CpRange = std::pair<uint32_t, uint32_t>;

struct GoldAttribution {
  std::vector<CpRange> content;  // content and content2 fragments
  std::vector<CpRange> source;
  std::vector<CpRange> cue;
  bool direct = false;
};

struct GoldQuoteDoc {
  std::string id;
  std::string text;
  std::vector<GoldAttribution> attributions;
};

// One PolNeAR JSON line (README of ../shared/corpora/polnear): id, text and
// each attribution's content (and content2), source and cue fragments.
// InvalidArgument when the line does not parse.
Status ParsePolnearRecord(const std::string& json_line, GoldQuoteDoc* doc);

// Byte offsets into a UTF-8 text -> code-point offsets, as the gold corpora
// count them. A byte inside a character rounds down for a begin and up for
// an end.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  uint32_t Begin(uint32_t byte) const;
  uint32_t End(uint32_t byte) const;
  // nullopt for an empty span.
  std::optional<CpRange> Range(Span s) const;
  // The bytes of a code-point range (clamped to the text).
  Span Bytes(CpRange r) const;

 private:
  std::vector<uint32_t> starts_;  // byte offset of each code point, then the size
};

struct PrfCounts {
  int tp = 0, absorbed = 0, n_gold = 0, n_pred = 0;
  double p() const;
  double r() const;
  double f1() const;
};

struct SourceCounts {
  int n = 0, correct = 0, empty = 0;
  double acc() const { return n ? static_cast<double>(correct) / n : 0.0; }
};

struct QuoteScores {
  PrfCounts direct_exact, direct_overlap, all_overlap;
  SourceCounts source_direct_overlap, source_direct_exact, source_all_overlap;
  int docs = 0;
};

// One error, for --show.
struct QuoteError {
  std::string doc_id;
  bool false_negative = true;
  std::string text;
};

class QuoteScorer {
 public:
  // Scores `doc.quotes()` against `gold`. REQUIRES: doc.text() == gold.text.
  void Add(const GoldQuoteDoc& gold, const Document& doc);
  const QuoteScores& scores() const { return scores_; }
  // DIRECT overlap errors (missed gold, unmatched predictions), in order.
  const std::vector<QuoteError>& errors() const { return errors_; }
  // One JSON object with the headline figures under score.py's key names.
  std::string SummaryJson() const;
  // The human table, as score.py prints it.
  std::string Table() const;

 private:
  QuoteScores scores_;
  std::vector<QuoteError> errors_;
};

// score.py's norm_quote (on UTF-8): strips zero-width characters, collapses
// white space, strips surrounding spaces and marks and trailing , . ? ! ….
std::string NormQuote(std::string_view s);
// score.py's loose_key: the word-character runs, joined by one space.
std::string LooseKey(std::string_view s);

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_EVAL_QUOTES_EVAL_H_
