// Record writer: turns an annotated Document into a newsie.v1.ArticleRecord
// and serializes records as JSON lines, a varint-length-delimited protobuf
// stream, or a readable text summary.
//
//   RecordOptions opts;
//   opts.extractors = StageInfos(*pipeline);
//   newsie::v1::ArticleRecord rec;
//   DocumentToRecord(doc, opts, &rec);
//   std::string bytes;
//   Status s = AppendRecord(rec, RecordFormat::kJsonl, &bytes);  // one line
//
// JSON uses the proto field names (snake_case) and enum value names, with
// proto3's default-value omission, so `extract --format pb | cat` and
// `extract --format jsonl` give the same bytes.
//
// Thread safety: stateless functions; safe to call concurrently on distinct
// records.
#ifndef NEWSIE_PIPELINE_RECORD_WRITER_H_
#define NEWSIE_PIPELINE_RECORD_WRITER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsie/v1/document.pb.h"
#include "pipeline/document.h"
#include "pipeline/status.h"

namespace newsie {

class Pipeline;

inline constexpr char kSchemaVersion[] = "newsie.v1";

struct RecordOptions {
  bool emit_numbers = false;    // ArticleRecord.numbers
  bool emit_sentences = false;  // ArticleRecord.sentences
  bool include_text = true;     // Article.text
  // (name, version) of every stage that ran, in pipeline order.
  std::vector<std::pair<std::string, int>> extractors;
  std::string gazetteer_fingerprint;
};

// The (name, version) list of a pipeline's stages, for RecordOptions.
std::vector<std::pair<std::string, int>> StageInfos(const Pipeline& pipeline);

// Fills `rec` (cleared first) from `doc`: article meta and text, entities
// with their mentions, quotes, claims, numbers and sentences (when asked
// for), diagnostics, extractor names and versions, gazetteer fingerprint.
// Spans that fall outside the text are clamped and reported in a
// diagnostic; never fails.
void DocumentToRecord(const Document& doc, const RecordOptions& opts,
                      newsie::v1::ArticleRecord* rec);

enum class RecordFormat { kJsonl, kPb, kText };

// "jsonl" (also "json"), "pb", "text"; InvalidArgument otherwise.
StatusOr<RecordFormat> ParseRecordFormat(std::string_view name);

// Appends `rec` to `out` in `format`, framing included: a JSON object and
// '\n'; a varint length and the binary message; a text block ending in a
// blank line. Fails (Internal) only if protobuf cannot print the record.
Status AppendRecord(const newsie::v1::ArticleRecord& rec, RecordFormat format,
                    std::string* out);

// One record as a single line of proto3 JSON (no trailing newline).
Status RecordToJson(const google::protobuf::Message& rec, std::string* out);

// The readable summary used by --format text: article, entities, quotes
// with speakers, claims, diagnostics.
std::string RecordToText(const newsie::v1::ArticleRecord& rec);

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_RECORD_WRITER_H_
