// `newsie bench [--size-mb N] [--threads N] [--gzip] ...`: builds a dump of
// real news text from the evaluation corpora (or takes --dump FILE), runs the
// full pipeline over it through the record writer, and prints MB/s,
// articles/s, peak memory and the time spent in each stage.
#include <sys/wait.h>
#include <unistd.h>

#include <boost/program_options.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "gazetteers/gazetteer.h"
#include "tools/bench.h"
#include "tools/cli.h"

namespace newsie::cli {
namespace po = boost::program_options;

namespace {

// Builds the dump in a child process, so that the memory it takes does not
// count in this process's peak (ru_maxrss).
Status BuildDumpInChild(const std::string& corpora, uint64_t bytes, bool gzip,
                        const std::string& path) {
  std::cout.flush();
  pid_t pid = fork();
  if (pid < 0) return InternalError("fork failed");
  if (pid == 0) {
    BenchDumpStats ds;
    Status s = BuildBenchDump(DefaultBenchCorpora(corpora), bytes, gzip, path, &ds);
    if (!s.ok()) {
      std::cerr << "newsie bench: " << s.message() << "\n";
      _exit(2);
    }
    std::cout << "dump " << path << ": " << ds.articles << " articles, "
              << ds.text_bytes / 1e6 << " MB of text, file " << ds.file_bytes / 1e6
              << " MB\n";
    std::cout.flush();
    _exit(0);
  }
  int status = 0;
  if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return InternalError("building the dump failed");
  }
  return OkStatus();
}

}  // namespace

int RunBench(int argc, char** argv) {
  double size_mb = 50;
  int threads = 1;
  bool gzip = false;
  std::string corpora, dump, keep_dump, output = "/dev/null", format = "jsonl";
  PipelineFlags flags;
  po::options_description desc(
      "usage: newsie bench [--size-mb N] [--threads N] [--gzip] [options]\n\n"
      "Builds a JSON-lines dump of real news text (CoNLL-2003 dev, PolNeAR\n"
      "train/dev and the article-version histories from the corpora directory,\n"
      "repeated with fresh ids until the text reaches --size-mb), runs the full\n"
      "pipeline over it through the batch engine and the record writer, and prints\n"
      "MB/s (10^6 bytes of article text a second), articles/s, CPU time, peak\n"
      "memory (ru_maxrss; the dump is built in a child process and not counted)\n"
      "and the time in each stage (summed over threads).\n\noptions");
  desc.add_options()
      ("help,h", "show this help")
      ("size-mb", po::value(&size_mb)->default_value(50), "MB of article text in the dump")
      ("threads,j", po::value(&threads)->default_value(1), "worker threads")
      ("gzip", po::bool_switch(&gzip), "gzip-compress the dump (measures gzip input)")
      ("corpora", po::value(&corpora),
       "corpora directory [$NEWSIE_CORPORA, else ../shared/corpora]")
      ("dump", po::value(&dump), "use this dump (any input extract reads) instead of "
       "building one")
      ("keep-dump", po::value(&keep_dump), "build the dump at this path and keep it")
      ("output,o", po::value(&output)->default_value("/dev/null"), "where records go")
      ("format,f", po::value(&format)->default_value("jsonl"), "jsonl, pb or text");
  AddPipelineOptions(desc, &flags);
  po::variables_map vm;
  std::vector<std::string> positional;
  if (auto code = ParseCommandLine(argc, argv, "bench", desc, &positional, &vm)) return *code;
  if (!positional.empty()) {
    std::cerr << "newsie bench: unexpected argument '" << positional[0]
              << "' (use --dump FILE)\n";
    return 2;
  }
  if (threads < 1 || size_mb <= 0) {
    std::cerr << "newsie bench: --threads and --size-mb must be positive\n";
    return 2;
  }
  auto fmt = ParseRecordFormat(format);
  if (!fmt.ok()) {
    std::cerr << "newsie bench: " << fmt.status().message() << "\n";
    return 2;
  }

  std::string input = dump;
  bool remove_dump = false;
  if (input.empty()) {
    if (corpora.empty()) {
      const char* env = std::getenv("NEWSIE_CORPORA");
      corpora = env && *env ? env : "../shared/corpora";
    }
    if (DefaultBenchCorpora(corpora).empty()) {
      std::cerr << "newsie bench: no corpora under " << corpora
                << " (give --corpora DIR or --dump FILE)\n";
      return 2;
    }
    input = keep_dump;
    if (input.empty()) {
      std::error_code ec;
      auto dir = std::filesystem::temp_directory_path(ec);
      input = (ec ? std::string("/tmp") : dir.string()) + "/newsie-bench-" +
              std::to_string(getpid()) + (gzip ? ".jsonl.gz" : ".jsonl");
      remove_dump = true;
    }
    Status s = BuildDumpInChild(corpora, static_cast<uint64_t>(size_mb * 1e6), gzip, input);
    if (!s.ok()) {
      std::cerr << "newsie bench: " << s.message() << "\n";
      return 2;
    }
  }

  const auto load_start = std::chrono::steady_clock::now();
  auto loaded = LoadPipeline(flags);
  if (!loaded.ok()) {
    std::cerr << "newsie bench: " << loaded.status().message() << "\n";
    return 2;
  }
  const double load_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count();
  std::cout << "pipeline:";
  for (const auto& st : (*loaded)->pipeline->stages()) std::cout << " " << st->info().name;
  std::cout << "\n";
  // Gazetteers, models and patterns: the start-up cost every run pays.
  std::printf("load: %.3f s (gazetteers: %zu entries, fingerprint %s)\n", load_s,
              (*loaded)->gazetteers ? (*loaded)->gazetteers->size() : size_t{0},
              (*loaded)->gazetteers ? (*loaded)->gazetteers->fingerprint().c_str() : "-");
  BenchOptions opts;
  opts.threads = threads;
  opts.format = *fmt;
  opts.output = output;
  BenchResult r;
  Status s = RunBenchmark(**loaded, {input}, opts, &r);
  if (remove_dump) std::remove(input.c_str());
  if (!s.ok()) {
    std::cerr << "newsie bench: " << s.message() << "\n";
    return 2;
  }
  std::cout << FormatBenchReport(r);
  return 0;
}

}  // namespace newsie::cli
