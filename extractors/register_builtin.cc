#include "extractors/register_builtin.h"

#include "extractors/claims/claim_extractor.h"
#include "extractors/coref/coref_extractor.h"
#include "extractors/entities/entity_extractor.h"
#include "extractors/numbers/number_extractor.h"
#include "extractors/quotes/quote_extractor.h"
#include "extractors/text/text_extractor.h"

namespace newsie {

void RegisterBuiltinExtractors(ExtractorRegistry& r) {
  r.Add("text.icu", &TextExtractor::Create);
  r.Add("entities.perceptron", &EntityExtractor::Create);
  r.Add("numbers.rules", &NumberExtractor::Create);
  r.Add("quotes.said_verb", &QuoteExtractor::Create);
  r.Add("coref.rules", &CorefExtractor::Create);
  r.Add("claims.rules", &ClaimExtractor::Create);
  r.SetDefault({"text.icu", "entities.perceptron", "numbers.rules", "quotes.said_verb",
                "coref.rules", "claims.rules"});
}

}  // namespace newsie
