// ClaimExtractor ("claims.rules"): turns the quantities of the kNumbers layer
// into numeric claims (kClaims) a fact-checker can check and the reconciler
// can compare across versions.
//
//   "more than 100,000 heavily armed troops" -> 100000, unit "troops",
//                                               MORE_THAN
//   "about 500 tons of defense equipment"    -> 500, "ton", APPROXIMATE,
//                                               counted "defense equipment"
//   "forces currently number 250,000", "the country's 250,000-strong
//   military" -> 250000 with the counted noun as unit
//   "increase ... by 100,000 over the next three years" -> INCREASE (the
//   duration stays inside the claim)
//
// Dates, years, times, phone numbers, identifiers (OTHER), ordinals, "one of
// the ..." and numbers in bylines are not claims. The unit is the number's
// normalized unit (money, percent, measures from the units gazetteer) or else
// the head of the counted noun phrase, found through adjectives. The holder
// is the speaker of the quote (direct, partial or indirect, from the kQuotes
// layer when present) whose content the number stands in; unresolved
// otherwise, also for a number elsewhere in the quote's sentence. claim_key
// is built from kind, unit, counted thing and holder, never from offsets.
//
// Thread safety: immutable after Create(); Extract() may run concurrently on
// distinct Documents.
#ifndef NEWSIE_EXTRACTORS_CLAIMS_CLAIM_EXTRACTOR_H_
#define NEWSIE_EXTRACTORS_CLAIMS_CLAIM_EXTRACTOR_H_

#include <memory>

#include "pipeline/extractor.h"

namespace newsie {

class ClaimExtractor : public Extractor {
 public:
  static StatusOr<std::unique_ptr<Extractor>> Create(const ExtractorContext& ctx);
  const ExtractorInfo& info() const override { return info_; }
  Status Extract(Document& doc) const override;

 private:
  ClaimExtractor();
  ExtractorInfo info_;
};

}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_CLAIMS_CLAIM_EXTRACTOR_H_
