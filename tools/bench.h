// The benchmark behind `newsie bench`: builds a dump of real news text from
// the evaluation corpora, runs the full pipeline over it through the batch
// engine and the record writer, and measures throughput, peak memory and the
// time spent in each stage.
//
//   BenchDumpStats ds;
//   Status s = BuildBenchDump(DefaultBenchCorpora("../shared/corpora"),
//                             50 << 20, /*gzip=*/false, "/tmp/dump.jsonl", &ds);
//   BenchResult r;
//   s = RunBenchmark(loaded, {"/tmp/dump.jsonl"}, opts, &r);
//   std::cout << FormatBenchReport(r);
//
// Thread safety: each call is independent; RunBenchmark uses opts.threads
// worker threads internally.
#ifndef NEWSIE_TOOLS_BENCH_H_
#define NEWSIE_TOOLS_BENCH_H_

#include <cstdint>
#include <string>
#include <vector>

#include "pipeline/record_writer.h"
#include "pipeline/status.h"
#include "tools/pipeline_options.h"

namespace newsie::cli {

// The JSON-lines corpora under `corpora_dir` that hold news text (CoNLL-2003
// dev/test, PolNeAR train/dev, the article-version histories), those that
// exist.
std::vector<std::string> DefaultBenchCorpora(const std::string& corpora_dir);

struct BenchDumpStats {
  uint64_t articles = 0;    // article versions written
  uint64_t text_bytes = 0;  // bytes of article text among them
  uint64_t file_bytes = 0;  // size of the dump file (compressed when gzip)
};

// Writes a JSON-lines dump to `path` (gzip-compressed when `gzip`): the
// articles of `corpus_files`, in order, copied again and again until the
// text reaches `target_text_bytes`. Copy k > 0 of an article gets the id
// "<id>~k", so ids stay distinct. InvalidArgument when the corpora hold no
// text; NotFound when a corpus or `path` cannot be opened.
Status BuildBenchDump(const std::vector<std::string>& corpus_files,
                      uint64_t target_text_bytes, bool gzip, const std::string& path,
                      BenchDumpStats* stats);

struct BenchOptions {
  int threads = 1;
  RecordFormat format = RecordFormat::kJsonl;
  std::string output = "/dev/null";  // records go here through the writer
};

struct BenchResult {
  int threads = 1;
  uint64_t articles = 0;
  uint64_t failed = 0;           // error records and records with stage errors
  uint64_t text_bytes = 0;       // article text processed
  uint64_t input_bytes = 0;      // size of the input files
  uint64_t output_bytes = 0;     // record bytes written
  double wall_seconds = 0;       // reading to last record written
  double cpu_seconds = 0;        // user + system, all threads, same interval
  uint64_t peak_rss_bytes = 0;   // getrusage ru_maxrss of this process
  std::vector<std::string> stage_names;
  std::vector<double> stage_seconds;  // CPU time, summed over threads
  double serialize_seconds = 0;       // record -> bytes, CPU, all threads
};

// Runs `loaded`'s pipeline over `inputs` with opts.threads workers, writing
// every record in opts.format to opts.output. Fails like `newsie extract`
// would (NotFound for a missing input or output directory).
Status RunBenchmark(const LoadedPipeline& loaded, const std::vector<std::string>& inputs,
                const BenchOptions& opts, BenchResult* result);

// The report `newsie bench` prints: throughput in MB/s (MB = 10^6 bytes of
// article text) and articles/s, CPU time, peak memory, and a table of the
// stages with their share of the time and their own MB/s.
std::string FormatBenchReport(const BenchResult& r);

}  // namespace newsie::cli

#endif  // NEWSIE_TOOLS_BENCH_H_
