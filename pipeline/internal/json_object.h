// A small JSON reader for one flat object per input line (the article
// dumps): top-level members are decoded, nested objects and arrays are
// checked and skipped. Numbers keep their text, so ids like 2812345678901
// stay exact.
//
//   std::vector<JsonField> fields;
//   size_t bad = 0;
//   Status s = ParseJsonObject(line, &fields, &bad);
//
// Thread safety: stateless.
#ifndef NEWSIE_PIPELINE_INTERNAL_JSON_OBJECT_H_
#define NEWSIE_PIPELINE_INTERNAL_JSON_OBJECT_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/status.h"

namespace newsie {

struct JsonField {
  enum Type { kString, kNumber, kBool, kNull, kObject, kArray };
  std::string key;
  Type type = kNull;
  std::string value;  // decoded string, number as written, "true"/"false"
};

// Parses `text` (one JSON object, whitespace around it allowed) into its
// top-level members, in order. Escapes that are not valid UTF-16 (lone
// surrogates) decode to U+FFFD and are counted in `*bad_escapes`.
// InvalidArgument ("byte 17: expected ':'") when `text` is not one JSON
// object. REQUIRES: `text` is valid UTF-8.
Status ParseJsonObject(std::string_view text, std::vector<JsonField>* fields,
                       size_t* bad_escapes);

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_INTERNAL_JSON_OBJECT_H_
