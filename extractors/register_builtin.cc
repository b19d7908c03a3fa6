#include "extractors/register_builtin.h"

#include "extractors/entities/entity_extractor.h"
#include "extractors/quotes/quote_extractor.h"
#include "extractors/text/text_extractor.h"

namespace newsie {

void RegisterBuiltinExtractors(ExtractorRegistry& r) {
  r.Add("text.icu", &TextExtractor::Create);
  r.Add("entities.perceptron", &EntityExtractor::Create);
  r.Add("quotes.said_verb", &QuoteExtractor::Create);
  r.SetDefault({"text.icu", "entities.perceptron", "quotes.said_verb"});
}

}  // namespace newsie
