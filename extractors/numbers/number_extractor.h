// NumberExtractor ("numbers.rules"): finds every numeric expression in a
// Document and normalizes it into the kNumbers layer: digits with separators,
// decimals, exponents and scale suffixes ("100,000", "2.5", "1.2bn", "1e10"),
// number words ("nine thousand", "a dozen", "twenty-six", "half a million",
// "two hundred point zero three"), fractions ("two-thirds", "3/4", "one over
// three"), mixed forms ("2.5 million", "$12.4 million", "84 tons", "30%",
// "250,000-strong"), ranges ("5 to 10 years old", "between 200 and 300") and
// vague plurals ("thousands of"). Each mention gets a kind: CARDINAL,
// ORDINAL, FRACTION, PERCENT, MONEY (with an ISO currency), MEASURE, DURATION,
// AGE (with a normalized unit from the units gazetteer), DATE, YEAR, TIME,
// PHONE or OTHER (identifiers: "Section 427", "iPhone 11", "COVID-19").
//
//   auto ex = NumberExtractor::Create(ctx);  // needs kTokens, adds kNumbers
//   (*ex)->Extract(doc);
//   for (const NumberMention& n : doc.numbers()) ...;
//
// A mention's span covers the whole expression including its currency
// symbol and unit ("$12.4 million"); value is the normalized double (the low
// end for ranges).
//
// Thread safety: immutable after Create(); Extract() may run concurrently on
// distinct Documents.
#ifndef NEWSIE_EXTRACTORS_NUMBERS_NUMBER_EXTRACTOR_H_
#define NEWSIE_EXTRACTORS_NUMBERS_NUMBER_EXTRACTOR_H_

#include <memory>

#include "extractors/numbers/unit_table.h"
#include "pipeline/extractor.h"

namespace newsie {

class NumberExtractor : public Extractor {
 public:
  static StatusOr<std::unique_ptr<Extractor>> Create(const ExtractorContext& ctx);
  const ExtractorInfo& info() const override { return info_; }
  Status Extract(Document& doc) const override;

 private:
  explicit NumberExtractor(std::unique_ptr<UnitTable> units);
  ExtractorInfo info_;
  std::unique_ptr<UnitTable> units_;
};

}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_NUMBERS_NUMBER_EXTRACTOR_H_
