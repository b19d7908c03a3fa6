#include "extractors/register_builtin.h"

#include "extractors/quotes/quote_extractor.h"
#include "extractors/text/text_extractor.h"

namespace newsie {

void RegisterBuiltinExtractors(ExtractorRegistry& r) {
  r.Add("text.icu", &TextExtractor::Create);
  r.Add("quotes.said_verb", &QuoteExtractor::Create);
  r.SetDefault({"text.icu", "quotes.said_verb"});
}

}  // namespace newsie
