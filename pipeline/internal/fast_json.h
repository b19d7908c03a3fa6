// A fast proto3 JSON printer for newsie's records: the same bytes as
// protobuf's util::MessageToJsonString with preserve_proto_field_names (and
// otherwise default options), about ten times faster. protobuf's printer
// serializes the message to binary and converts that through a type
// resolver; this one walks the message by reflection and escapes strings
// with a byte-table fast path. Profiling showed JSON printing as large a cost
// as tokenizing.
//
//   std::string line;
//   if (!AppendMessageJson(rec, &line)) { /* fall back to protobuf */ }
//
// Output rules copied from protobuf 3.21 (and checked against it by
// tests/pipeline/fast_json_test.cc): fields in field-number order, only
// those present (ListFields), 64-bit integers quoted, doubles by SimpleDtoa
// ("NaN", "Infinity" quoted), enums by name, and protobuf's escape set: '"'
// and '\\', control characters, '<', '>', DEL and C1 controls, U+00AD and
// a list of invisible format characters as \uXXXX (UTF-16 pairs above the
// BMP).
//
// Thread safety: stateless.
#ifndef NEWSIE_PIPELINE_INTERNAL_FAST_JSON_H_
#define NEWSIE_PIPELINE_INTERNAL_FAST_JSON_H_

#include <string>

#include <google/protobuf/message.h>

namespace newsie::internal {

// Appends `msg` as one line of JSON (no newline) to `*out`. Returns false,
// leaving `*out` as it was, when the message holds something this printer
// does not handle the way protobuf does (maps, well-known types, bytes,
// invalid UTF-8); the caller then uses protobuf's printer.
bool AppendMessageJson(const google::protobuf::Message& msg, std::string* out);

// True when the typed printers were written for the records' current schema
// (newsie/v1/*.proto). A field added to a record message without teaching
// them sends every record through the general reflection path: the same
// bytes, about three times the printing time (quotes v77's `sourceless`
// did, until this was checked by a test).
bool TypedPrintersCurrent();

}  // namespace newsie::internal

#endif  // NEWSIE_PIPELINE_INTERNAL_FAST_JSON_H_
