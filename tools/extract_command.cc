// `newsie extract INPUT... [-o OUT] [--format jsonl|pb|text] ...`: runs the
// pipeline over article dumps and writes one ArticleRecord per article
// version, in input order.
#include <boost/program_options.hpp>
#include <iostream>
#include <string>
#include <vector>

#include "extractors/register_builtin.h"
#include "pipeline/batch.h"
#include "pipeline/output_file.h"
#include "pipeline/partition.h"
#include "pipeline/reader.h"
#include "pipeline/record_writer.h"
#include "tools/cli.h"
#include "tools/pipeline_options.h"

namespace newsie::cli {
namespace po = boost::program_options;

namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(),
                                                suffix) == 0;
}

// --format when given, else from the output's extension, else jsonl.
std::string DefaultFormat(const std::string& out) {
  if (EndsWith(out, ".pb")) return "pb";
  if (EndsWith(out, ".txt")) return "text";
  return "jsonl";
}

}  // namespace

// RunExtract's pipeline, never freed (see there). External, so the store
// that keeps it reachable cannot be dropped as unread.
extern LoadedPipeline* g_extract_pipeline_until_exit;
LoadedPipeline* g_extract_pipeline_until_exit = nullptr;

int RunExtract(int argc, char** argv) {
  std::vector<std::string> inputs;
  std::string output = "-", format, input_format = "auto";
  int threads = 1;
  uint32_t partitions = 0;
  std::string out_prefix;
  bool strict = false, list = false, quiet = false;
  PipelineFlags flags;

  po::options_description desc(
      "usage: newsie extract INPUT... [-o OUT] [--format jsonl|pb|text] [options]\n\n"
      "Extracts entities, quotes and numeric claims from article versions and writes\n"
      "one newsie.v1.ArticleRecord per version, in input order. INPUT: JSON-lines dumps\n"
      "(article_id|id, version, date, title, url, source, text; or news-please's\n"
      "maintext, date_publish, source_domain), .txt files (one article; a leading\n"
      "'date YYYY-MM-DD' header sets the date), directories, '-' for stdin; any may be\n"
      "gzip-compressed. Bad records become error records and the run goes on.\n"
      "Exit status: 0 ok, 1 some records failed (or --strict stopped), 2 usage or\n"
      "input error.\n\noptions");
  desc.add_options()
      ("help,h", "show this help")
      ("output,o", po::value(&output), "output file ('-' = stdout, the default); "
       "written under a temporary name and renamed when complete")
      ("format,f", po::value(&format),
       "jsonl (default; one JSON record a line), pb (varint-delimited binary "
       "records; read back with `newsie cat`) or text (readable summary); "
       "default from -o's extension (.pb, .txt), else jsonl")
      ("partitions", po::value(&partitions),
       "with --out-prefix: write each record to PREFIX.part<j>, j = FNV-1a-64("
       "article_id) mod M, so all versions of an article share a partition "
       "(for `newsie reconcile` per partition); all M files are written, "
       "empty ones too, each atomically")
      ("out-prefix", po::value(&out_prefix), "the PREFIX for --partitions")
      ("threads,j", po::value(&threads)->default_value(1),
       "worker threads; output is identical for every value")
      ("strict", po::bool_switch(&strict),
       "stop at the first bad record or failed extractor (exit 1, no output file)")
      ("input-format", po::value(&input_format),
       "auto (default: by extension, else by content), jsonl or txt")
      ("list-extractors", po::bool_switch(&list), "list known extractors and exit")
      ("quiet,q", po::bool_switch(&quiet), "no error list or summary line on stderr");
  AddPipelineOptions(desc, &flags);
  po::variables_map vm;
  if (auto code = ParseCommandLine(argc, argv, "extract", desc, &inputs, &vm)) return *code;

  if (list) {
    ExtractorRegistry r;
    RegisterBuiltinExtractors(r);
    for (const std::string& n : r.Names()) std::cout << n << "\n";
    std::cout << "default:";
    for (const std::string& n : r.Default()) std::cout << " " << n;
    std::cout << "\n";
    return 0;
  }
  auto loaded = LoadPipeline(flags);
  if (!loaded.ok()) {
    std::cerr << "newsie extract: " << loaded.status().message() << "\n";
    return 2;
  }
  if (inputs.empty()) {
    std::cerr << "newsie extract: no INPUT given (see newsie extract --help)\n";
    return 2;
  }
  if (threads < 1) {
    std::cerr << "newsie extract: --threads must be at least 1\n";
    return 2;
  }
  auto fmt = ParseRecordFormat(format.empty() ? DefaultFormat(output) : format);
  auto in_fmt = ParseInputFormat(input_format);
  if (!fmt.ok() || !in_fmt.ok()) {
    std::cerr << "newsie extract: "
              << (fmt.ok() ? in_fmt.status() : fmt.status()).message() << "\n";
    return 2;
  }
  ReaderOptions ropts;
  ropts.format = *in_fmt;
  auto reader = ArticleReader::Open(inputs, ropts);
  if (!reader.ok()) {
    std::cerr << "newsie extract: " << reader.status().message() << "\n";
    return 2;
  }
  // Either one output file or M partition files.
  std::unique_ptr<OutputFile> single;
  std::unique_ptr<PartitionedOutput> parts;
  if (vm.count("partitions") || vm.count("out-prefix")) {
    if (out_prefix.empty() || !vm.count("partitions") || vm.count("output")) {
      std::cerr << "newsie extract: --partitions and --out-prefix go together, "
                   "without -o\n";
      return 2;
    }
    auto p = PartitionedOutput::Open(out_prefix, partitions);
    if (!p.ok()) {
      std::cerr << "newsie extract: " << p.status().message() << "\n";
      return 2;
    }
    parts = std::move(p).value();
  } else {
    auto out = OutputFile::Open(output);
    if (!out.ok()) {
      std::cerr << "newsie extract: " << out.status().message() << "\n";
      return 2;
    }
    single = std::move(out).value();
  }

  BatchOptions bopts;
  bopts.threads = threads;
  bopts.strict = strict;
  bopts.record = (*loaded)->record;
  const RecordFormat record_format = *fmt;
  bopts.serialize = [record_format](const newsie::v1::ArticleRecord& r, std::string* b) {
    return AppendRecord(r, record_format, b);
  };
  BatchStats stats;
  Status st = RunBatch(**reader, *(*loaded)->pipeline, bopts,
                       [&](const newsie::v1::ArticleRecord& r, const std::string& bytes) {
                         return parts ? parts->Write(r.article().article_id(), bytes)
                                      : single->Write(bytes);
                       },
                       &stats);
  if (st.ok()) st = parts ? parts->Commit() : single->Commit();
  if (!quiet) {
    for (const std::string& e : stats.first_errors) std::cerr << "newsie extract: " << e << "\n";
    const uint64_t bad = stats.failed + stats.stage_errors;
    if (bad > stats.first_errors.size()) {
      std::cerr << "newsie extract: ... and " << bad - stats.first_errors.size()
                << " more; every error is in its record's diagnostics\n";
    }
  }
  // The pipeline is left to the process's exit: freeing its gazetteers and
  // model entry by entry cost about 39 M instructions, a tenth of a
  // one-article run. Kept reachable from a global, so leak checkers (the
  // sanitizer build's LeakSanitizer) do not count it as lost.
  g_extract_pipeline_until_exit = loaded->release();
  if (!quiet || !st.ok()) std::cerr << "newsie extract: " << stats.Summary() << "\n";
  if (!st.ok()) {
    if (st.code() == StatusCode::kFailedPrecondition) {
      std::cerr << "newsie extract: --strict: stopped at " << st.message() << "\n";
      return 1;
    }
    std::cerr << "newsie extract: " << st.message() << "\n";
    return 2;
  }
  return stats.failed > 0 || stats.stage_errors > 0 ? 1 : 0;
}

}  // namespace newsie::cli
