// Batch engine: reads article versions, runs the pipeline on them on N
// threads (the calling thread, which also reads and writes, and N - 1
// workers), and hands the records to a sink in input order, so the output
// is the same for every thread count. Memory stays bounded: at most
// `window` records are in flight.
//
//   BatchOptions opts;
//   opts.threads = 4;
//   opts.serialize = [](const v1::ArticleRecord& r, std::string* out) {
//     return AppendRecord(r, RecordFormat::kJsonl, out);
//   };
//   BatchStats stats;
//   Status s = RunBatch(reader, pipeline, opts,
//       [&](const v1::ArticleRecord& r, const std::string& bytes) {
//         return out->Write(bytes);  // or pick a partition by r.article()
//       }, &stats);
//
// Thread safety: RunBatch() uses the pipeline from several threads (it is
// immutable); the sink and the reader are used only from the calling thread.
#ifndef NEWSIE_PIPELINE_BATCH_H_
#define NEWSIE_PIPELINE_BATCH_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "newsie/v1/document.pb.h"
#include "pipeline/pipeline.h"
#include "pipeline/reader.h"
#include "pipeline/record_writer.h"
#include "pipeline/status.h"

namespace newsie {

struct BatchOptions {
  int threads = 1;  // threads that run the pipeline, the calling one included
  // Records in flight; 0 picks 4 per thread. Bounds memory to about
  // window x (largest record) x 3.
  size_t window = 0;
  // Stop at the first error record or failed stage (FailedPrecondition).
  bool strict = false;
  RecordOptions record;
  // Serializes a record on the worker thread (so printing JSON runs in
  // parallel); its bytes are passed to the sink. Unset: bytes are empty.
  std::function<Status(const newsie::v1::ArticleRecord&, std::string*)> serialize;
};

struct BatchStats {
  uint64_t read = 0;          // input records, error records included
  uint64_t written = 0;       // records given to the sink
  uint64_t failed = 0;        // error records (input that could not be read)
  uint64_t stage_errors = 0;  // records where an extractor failed
  uint64_t blank_lines = 0;   // blank input lines, skipped
  uint64_t bytes = 0;         // article text bytes processed
  double seconds = 0;
  // "file:line: message" of the first kMaxListedErrors error records and
  // records with a failed stage, in input order, for the user to see
  // without searching the output (which holds every one).
  static constexpr size_t kMaxListedErrors = 10;
  std::vector<std::string> first_errors;
  // "read 5 records, wrote 5, failed 1 (1 with extractor errors; 2 blank
  // lines skipped)"
  std::string Summary() const;
};

// Called on the calling thread, once per record, in input order. A non-OK
// status stops the run and is returned.
using RecordSink =
    std::function<Status(const newsie::v1::ArticleRecord& rec, const std::string& bytes)>;

// Runs `pipeline` over every record of `reader`. Returns OK when the input
// was consumed (error records included, see stats), the sink's error, or
// with opts.strict FailedPrecondition naming the first failing record.
Status RunBatch(ArticleReader& reader, const Pipeline& pipeline,
                const BatchOptions& opts, const RecordSink& sink, BatchStats* stats);

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_BATCH_H_
