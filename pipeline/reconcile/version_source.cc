#include "pipeline/reconcile/version_source.h"

#include <chrono>

#include "pipeline/batch.h"
#include "pipeline/reader.h"
#include "pipeline/record_reader.h"

namespace newsie::reconcile {

StatusOr<bool> NeedsExtraction(const std::vector<std::string>& inputs) {
  for (const std::string& in : inputs) {
    StatusOr<InputKind> kind = SniffInput(in);
    if (!kind.ok()) return kind.status();
    if (*kind == InputKind::kArticles) return true;
  }
  return false;
}

Status ReadVersions(const std::vector<std::string>& inputs, const SourceOptions& options,
                    const VersionSink& sink, SourceStats* stats) {
  for (const std::string& in : inputs) {
    StatusOr<InputKind> kind = SniffInput(in);
    if (!kind.ok()) return kind.status();
    if (*kind != InputKind::kArticles) {
      auto reader = RecordReader::Open(in);
      if (!reader.ok()) return reader.status();
      v1::ArticleRecord rec;
      for (;;) {
        StatusOr<bool> more = (*reader)->Next(&rec);
        if (!more.ok()) return more.status();
        if (!*more) break;
        ++stats->records_read;
        NEWSIE_RETURN_IF_ERROR(sink(std::move(rec)));
        rec.Clear();
      }
      continue;
    }
    if (options.pipeline == nullptr) {
      return FailedPreconditionError(in + ": article input needs a pipeline");
    }
    auto reader = ArticleReader::Open({in});
    if (!reader.ok()) return reader.status();
    BatchOptions bopts;
    bopts.threads = options.threads;
    bopts.record = options.record;
    BatchStats bstats;
    double sink_seconds = 0;
    Status st = RunBatch(**reader, *options.pipeline, bopts,
                         [&](const v1::ArticleRecord& rec, const std::string&) {
                           auto t0 = std::chrono::steady_clock::now();
                           Status s = sink(rec);
                           sink_seconds += std::chrono::duration<double>(
                                               std::chrono::steady_clock::now() - t0)
                                               .count();
                           return s;
                         },
                         &bstats);
    stats->extracted += bstats.written;
    stats->failed += bstats.failed;
    stats->extract_seconds += std::max(0.0, bstats.seconds - sink_seconds);
    NEWSIE_RETURN_IF_ERROR(st);
  }
  return OkStatus();
}

}  // namespace newsie::reconcile
