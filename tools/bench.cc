#include "tools/bench.h"

#include <sys/resource.h>
#include <time.h>
#include <zlib.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <sstream>

#include "newsie/v1/document.pb.h"
#include "pipeline/batch.h"
#include "pipeline/reader.h"

namespace newsie::cli {
namespace {

double CpuSeconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  auto sec = [](const timeval& tv) { return tv.tv_sec + tv.tv_usec / 1e6; };
  return sec(ru.ru_utime) + sec(ru.ru_stime);
}

uint64_t ThreadCpuNanos() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1000000000ULL + ts.tv_nsec;
}

uint64_t PeakRssBytes() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<uint64_t>(ru.ru_maxrss) * 1024;  // Linux: kilobytes
}

// A dump file, plain or gzip-compressed.
class DumpWriter {
 public:
  static StatusOr<std::unique_ptr<DumpWriter>> Open(const std::string& path, bool gzip) {
    std::unique_ptr<DumpWriter> w(new DumpWriter);
    if (gzip) {
      w->gz_ = gzopen(path.c_str(), "wb6");
      if (w->gz_ == nullptr) return NotFoundError("cannot write " + path);
    } else {
      w->f_ = std::fopen(path.c_str(), "wb");
      if (w->f_ == nullptr) return NotFoundError("cannot write " + path);
    }
    return w;
  }
  ~DumpWriter() { static_cast<void>(Close()); }

  Status Write(const std::string& s) {
    bool ok = gz_ ? gzwrite(gz_, s.data(), static_cast<unsigned>(s.size())) ==
                        static_cast<int>(s.size())
                  : std::fwrite(s.data(), 1, s.size(), f_) == s.size();
    return ok ? OkStatus() : InternalError("write failed (disk full?)");
  }
  Status Close() {
    bool ok = true;
    if (gz_) ok = gzclose(gz_) == Z_OK;
    if (f_) ok = std::fclose(f_) == 0;
    gz_ = nullptr;
    f_ = nullptr;
    return ok ? OkStatus() : InternalError("closing the dump failed");
  }

 private:
  DumpWriter() = default;
  gzFile gz_ = nullptr;
  std::FILE* f_ = nullptr;
};

}  // namespace

std::vector<std::string> DefaultBenchCorpora(const std::string& corpora_dir) {
  std::vector<std::string> out;
  // Train and dev texts only: the test splits are kept for reporting quality.
  for (const char* rel : {"conll2003/dev.jsonl", "polnear/train.jsonl", "polnear/dev.jsonl",
                          "news-article-versions/versions.jsonl"}) {
    std::string p = corpora_dir + "/" + rel;
    std::error_code ec;
    if (std::filesystem::is_regular_file(p, ec)) out.push_back(p);
  }
  return out;
}

Status BuildBenchDump(const std::vector<std::string>& corpus_files,
                      uint64_t target_text_bytes, bool gzip, const std::string& path,
                      BenchDumpStats* stats) {
  *stats = BenchDumpStats();
  if (corpus_files.empty()) return InvalidArgumentError("no corpus files for the dump");
  // The corpora are a few MB: keep their articles, as ready JSON lines with
  // a placeholder id, and write copies with fresh ids.
  struct Article {
    newsie::v1::Article meta;
    uint64_t text_bytes;
  };
  std::vector<Article> articles;
  {
    auto reader = ArticleReader::Open(corpus_files);
    if (!reader.ok()) return reader.status();
    InputRecord in;
    while ((*reader)->Next(&in)) {
      if (in.error || in.doc.text().empty()) continue;
      Article a;
      const ArticleMeta& m = in.doc.meta();
      a.meta.set_article_id(m.article_id);
      if (m.version) a.meta.set_version(*m.version);
      a.meta.set_date(m.date);
      a.meta.set_title(m.title);
      a.meta.set_source(m.source);
      a.meta.set_text(std::string(in.doc.text()));
      a.text_bytes = in.doc.text().size();
      articles.push_back(std::move(a));
    }
  }
  if (articles.empty()) return InvalidArgumentError("the corpora hold no article text");

  auto out = DumpWriter::Open(path, gzip);
  if (!out.ok()) return out.status();
  std::string line;
  for (uint64_t copy = 0; stats->text_bytes < target_text_bytes; ++copy) {
    for (Article& a : articles) {
      if (stats->text_bytes >= target_text_bytes) break;
      std::string id = a.meta.article_id();
      if (copy > 0) {
        auto tilde = id.rfind('~');
        if (copy > 1 && tilde != std::string::npos) id.resize(tilde);
        a.meta.set_article_id(id + "~" + std::to_string(copy));
      }
      line.clear();
      NEWSIE_RETURN_IF_ERROR(RecordToJson(a.meta, &line));
      line.push_back('\n');
      NEWSIE_RETURN_IF_ERROR((*out)->Write(line));
      ++stats->articles;
      stats->text_bytes += a.text_bytes;
    }
  }
  NEWSIE_RETURN_IF_ERROR((*out)->Close());
  std::error_code ec;
  stats->file_bytes = std::filesystem::file_size(path, ec);
  return OkStatus();
}

Status RunBenchmark(const LoadedPipeline& loaded, const std::vector<std::string>& inputs,
                const BenchOptions& opts, BenchResult* result) {
  *result = BenchResult();
  result->threads = opts.threads;
  for (const std::string& p : inputs) {
    std::error_code ec;
    auto n = std::filesystem::file_size(p, ec);
    if (!ec) result->input_bytes += n;
  }
  auto reader = ArticleReader::Open(inputs);
  if (!reader.ok()) return reader.status();
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> out(std::fopen(opts.output.c_str(), "wb"),
                                                      &std::fclose);
  if (!out) return NotFoundError("cannot write " + opts.output);
  // A larger stdio buffer: records are written one at a time.
  std::setvbuf(out.get(), nullptr, _IOFBF, 1 << 20);

  std::atomic<uint64_t> serialize_nanos{0};
  BatchOptions bopts;
  bopts.threads = opts.threads;
  bopts.record = loaded.record;
  const RecordFormat format = opts.format;
  bopts.serialize = [format, &serialize_nanos](const newsie::v1::ArticleRecord& r,
                                               std::string* bytes) {
    const uint64_t t0 = ThreadCpuNanos();
    Status s = AppendRecord(r, format, bytes);
    serialize_nanos.fetch_add(ThreadCpuNanos() - t0, std::memory_order_relaxed);
    return s;
  };
  uint64_t written = 0;
  std::FILE* f = out.get();
  auto sink = [f, &written](const newsie::v1::ArticleRecord&, const std::string& bytes) {
    if (std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size()) {
      return InternalError("write failed");
    }
    written += bytes.size();
    return OkStatus();
  };

  const std::vector<uint64_t> nanos0 = loaded.pipeline->StageCpuNanos();
  const double cpu0 = CpuSeconds();
  const auto t0 = std::chrono::steady_clock::now();
  BatchStats stats;
  Status s = RunBatch(**reader, *loaded.pipeline, bopts, sink, &stats);
  if (s.ok() && std::fflush(f) != 0) s = InternalError("write failed");
  const auto t1 = std::chrono::steady_clock::now();
  const double cpu1 = CpuSeconds();
  if (!s.ok()) return s;

  result->articles = stats.read;
  result->failed = stats.failed + stats.stage_errors;
  result->text_bytes = stats.bytes;
  result->output_bytes = written;
  result->wall_seconds = std::chrono::duration<double>(t1 - t0).count();
  result->cpu_seconds = cpu1 - cpu0;
  result->peak_rss_bytes = PeakRssBytes();
  const std::vector<uint64_t> nanos1 = loaded.pipeline->StageCpuNanos();
  for (size_t i = 0; i < loaded.pipeline->stages().size(); ++i) {
    result->stage_names.push_back(loaded.pipeline->stages()[i]->info().name);
    result->stage_seconds.push_back((nanos1[i] - nanos0[i]) / 1e9);
  }
  result->serialize_seconds = serialize_nanos.load() / 1e9;
  return OkStatus();
}

std::string FormatBenchReport(const BenchResult& r) {
  auto fixed = [](double v, int prec) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", prec, v);
    return std::string(buf);
  };
  auto pad = [](std::string s, size_t w) {
    if (s.size() < w) s.append(w - s.size(), ' ');
    return s;
  };
  auto lpad = [](std::string s, size_t w) {
    if (s.size() < w) s.insert(0, w - s.size(), ' ');
    return s;
  };
  const double mb = r.text_bytes / 1e6;
  const double wall = r.wall_seconds > 0 ? r.wall_seconds : 1e-9;
  std::ostringstream os;
  os << "articles " << r.articles << " (" << r.failed << " failed), text "
     << fixed(mb, 1) << " MB, input files " << fixed(r.input_bytes / 1e6, 1)
     << " MB, records written " << fixed(r.output_bytes / 1e6, 1) << " MB\n";
  os << "threads " << r.threads << ": wall " << fixed(r.wall_seconds, 2) << " s, cpu "
     << fixed(r.cpu_seconds, 2) << " s\n";
  os << "throughput " << fixed(mb / wall, 2) << " MB/s, "
     << fixed(r.articles / wall, 0) << " articles/s";
  // On a busy machine wall time includes waiting for a core; MB per
  // cpu-second does not (for one thread it is what an idle core would do).
  if (r.cpu_seconds > 0) os << " (" << fixed(mb / r.cpu_seconds, 2) << " MB per cpu-second)";
  os << "\npeak memory (ru_maxrss) " << fixed(r.peak_rss_bytes / 1048576.0, 1) << " MiB\n";

  // Stage times are CPU time summed over the worker threads; "other" is the
  // rest of the process's CPU time: reading and decompressing, record
  // conversion, writing, synchronization.
  double staged = r.serialize_seconds;
  for (double s : r.stage_seconds) staged += s;
  const double total = r.cpu_seconds > staged ? r.cpu_seconds : staged;
  os << pad("stage (cpu time)", 28) << lpad("seconds", 9) << lpad("share", 8) << lpad("MB/s", 9)
     << "\n";
  auto row = [&](const std::string& name, double sec) {
    os << pad(name, 28) << lpad(fixed(sec, 2), 9)
       << lpad(fixed(total > 0 ? 100 * sec / total : 0, 1) + "%", 8)
       << lpad(sec > 0 ? fixed(mb / sec, 1) : "-", 9) << "\n";
  };
  for (size_t i = 0; i < r.stage_names.size(); ++i) row(r.stage_names[i], r.stage_seconds[i]);
  row("(serialize records)", r.serialize_seconds);
  row("(other: read, convert, write)", total - staged);
  return os.str();
}

}  // namespace newsie::cli
