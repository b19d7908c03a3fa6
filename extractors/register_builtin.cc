#include "extractors/register_builtin.h"

#include "extractors/text/text_extractor.h"

namespace newsie {

void RegisterBuiltinExtractors(ExtractorRegistry& r) {
  r.Add("text.icu", &TextExtractor::Create);
  r.SetDefault({"text.icu"});
}

}  // namespace newsie
