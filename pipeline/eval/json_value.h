// JsonValue: a small JSON reader for evaluation corpora (JSON lines of gold
// annotations). Not for records: those go through protobuf's JSON mapping.
//
//   auto v = ParseJson(line);
//   if (!v.ok()) return v.status();
//   const JsonValue* text = v->Get("text");
//   if (text && text->is_string()) use(text->str);
//
// Thread safety: values are plain data.
#ifndef NEWSIE_PIPELINE_EVAL_JSON_VALUE_H_
#define NEWSIE_PIPELINE_EVAL_JSON_VALUE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/status.h"

namespace newsie {

struct JsonValue {
  enum Kind { kNull, kBool, kNumber, kString, kArray, kObject };
  Kind kind = kNull;
  bool boolean = false;
  double number = 0;
  std::string str;                                      // kString
  std::vector<JsonValue> items;                         // kArray
  std::vector<std::pair<std::string, JsonValue>> members;  // kObject, in order

  bool is_string() const { return kind == kString; }
  bool is_number() const { return kind == kNumber; }
  bool is_array() const { return kind == kArray; }
  bool is_object() const { return kind == kObject; }
  // The member named `key` of an object, or nullptr.
  const JsonValue* Get(std::string_view key) const;
};

// Parses one JSON text (trailing white space allowed). InvalidArgument with
// the byte offset on malformed input; never throws.
StatusOr<JsonValue> ParseJson(std::string_view text);

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_EVAL_JSON_VALUE_H_
