// Reading the evaluation corpora's JSON (a JSON array file, or JSON lines)
// into google::protobuf::Value trees, so the scorers need no JSON library of
// their own.
//
//   auto docs = ReadJsonRecords("newsquant/dev.jsonl");
//   for (const auto& d : *docs) JsonString(d, "text");
//
// Thread safety: stateless.
#ifndef NEWSIE_PIPELINE_EVAL_JSON_READER_H_
#define NEWSIE_PIPELINE_EVAL_JSON_READER_H_

#include <google/protobuf/struct.pb.h>

#include <string>
#include <vector>

#include "pipeline/status.h"

namespace newsie {

// The objects of a JSON-lines file, or of a file holding one JSON array.
// NotFound when the file is missing; InvalidArgument naming the line when a
// record does not parse.
StatusOr<std::vector<google::protobuf::Struct>> ReadJsonRecords(const std::string& path);

// Field accessors; "" / 0 / nullptr when absent or of another type.
std::string JsonString(const google::protobuf::Struct& s, const std::string& key);
const google::protobuf::ListValue* JsonList(const google::protobuf::Struct& s,
                                            const std::string& key);

// The file's contents; NotFound when it cannot be opened.
StatusOr<std::string> ReadWholeFile(const std::string& path);

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_EVAL_JSON_READER_H_
