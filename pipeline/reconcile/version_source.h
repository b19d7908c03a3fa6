// Reading article versions for the reconciler from whatever the user has:
// newsie records (JSON lines or pb, read back as they are) or article dumps
// and .txt files (extracted first with the given pipeline), in input order.
//
//   SourceOptions opts;  opts.pipeline = pipeline.get();  opts.record = record_opts;
//   SourceStats stats;
//   Status s = ReadVersions({"dump.jsonl"}, opts,
//       [&](v1::ArticleRecord rec) { return grouper.Add(std::move(rec)); }, &stats);
//
// Thread safety: one thread at a time (extraction itself runs on
// opts.threads workers).
#ifndef NEWSIE_PIPELINE_RECONCILE_VERSION_SOURCE_H_
#define NEWSIE_PIPELINE_RECONCILE_VERSION_SOURCE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "newsie/v1/document.pb.h"
#include "pipeline/pipeline.h"
#include "pipeline/record_writer.h"
#include "pipeline/reconcile/input_kind.h"
#include "pipeline/status.h"

namespace newsie::reconcile {

struct SourceOptions {
  const Pipeline* pipeline = nullptr;  // REQUIRES: set when any input is articles
  RecordOptions record;
  int threads = 1;
};

struct SourceStats {
  uint64_t records_read = 0;   // records read back
  uint64_t extracted = 0;      // article versions extracted
  uint64_t failed = 0;         // inputs that could not be read or extracted
  double extract_seconds = 0;  // wall time of extraction (sink time excluded)
};

using VersionSink = std::function<Status(v1::ArticleRecord)>;

// Sniffs each input (record_reader.h) and feeds every version to `sink`.
// NotFound for a missing input, FailedPrecondition when articles must be
// extracted but no pipeline was given, DataLoss for a malformed record
// file, or the sink's error.
Status ReadVersions(const std::vector<std::string>& inputs, const SourceOptions& options,
                    const VersionSink& sink, SourceStats* stats);

// True when any input needs extracting (so the caller loads a pipeline).
StatusOr<bool> NeedsExtraction(const std::vector<std::string>& inputs);

}  // namespace newsie::reconcile

#endif  // NEWSIE_PIPELINE_RECONCILE_VERSION_SOURCE_H_
