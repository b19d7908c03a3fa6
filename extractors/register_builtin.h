// The built-in extractors, registered by name, and the default pipeline.
//
//   ExtractorRegistry r;
//   RegisterBuiltinExtractors(r);
//
// Thread safety: call once, before the registry is shared.
#ifndef NEWSIE_EXTRACTORS_REGISTER_BUILTIN_H_
#define NEWSIE_EXTRACTORS_REGISTER_BUILTIN_H_

#include "pipeline/registry.h"

namespace newsie {

void RegisterBuiltinExtractors(ExtractorRegistry& r);

}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_REGISTER_BUILTIN_H_
