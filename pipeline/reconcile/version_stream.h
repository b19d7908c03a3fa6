// Reconciling a stream of article versions: groups records by article_id,
// orders each article's versions and reconciles each with the one before it
// (or with the first), holding one article's versions at a time.
//
//   VersionGrouper g(options, [&](const v1::ChangeReport& r) { return Write(r); });
//   while (reader.Next(&rec)) NEWSIE_RETURN_IF_ERROR(g.Add(std::move(rec)));
//   NEWSIE_RETURN_IF_ERROR(g.Finish());
//
// Memory: the versions of the current article only, so a dump sorted (or
// just grouped) by article streams in bounded memory. When an article's
// versions are not contiguous, each run is reconciled on its own and the
// article is listed in split_articles(); sort the dump first (docs/reconciler.md).
//
// Thread safety: one thread at a time.
#ifndef NEWSIE_PIPELINE_RECONCILE_VERSION_STREAM_H_
#define NEWSIE_PIPELINE_RECONCILE_VERSION_STREAM_H_

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include "newsie/v1/document.pb.h"
#include "newsie/v1/reconcile.pb.h"
#include "pipeline/reconcile/reconciler.h"
#include "pipeline/status.h"

namespace newsie::reconcile {

struct StreamOptions {
  bool against_first = false;  // compare each version with the first
  ReconcileOptions reconcile;
};

using ReportSink = std::function<Status(const v1::ChangeReport&)>;

// Orders `versions` in place (by version, then date, then input order; a
// stable sort) and reconciles consecutive pairs (or each with the first),
// passing each report to `sink`. Stops at the sink's first error.
Status ReconcileVersions(std::vector<v1::ArticleRecord>& versions, const StreamOptions& options,
                         const ReportSink& sink);

class VersionGrouper {
 public:
  VersionGrouper(StreamOptions options, ReportSink sink)
      : options_(std::move(options)), sink_(std::move(sink)) {}

  // Adds the next record in input order. Error records (ArticleRecord.error)
  // are counted and skipped. Returns the sink's error, if any.
  Status Add(v1::ArticleRecord rec);
  // Reconciles the last article. Call once at the end.
  Status Finish();

  uint64_t articles() const { return articles_; }
  uint64_t versions() const { return versions_; }
  uint64_t skipped_errors() const { return skipped_errors_; }
  uint64_t reports() const { return reports_; }
  // Articles whose versions were not contiguous in the input (first 20).
  const std::vector<std::string>& split_articles() const { return split_; }
  uint64_t split_count() const { return split_count_; }

 private:
  Status Flush();
  StreamOptions options_;
  ReportSink sink_;
  std::string current_id_;
  std::vector<v1::ArticleRecord> current_;
  std::unordered_set<std::string> done_;
  std::vector<std::string> split_;
  uint64_t split_count_ = 0;
  uint64_t articles_ = 0, versions_ = 0, skipped_errors_ = 0, reports_ = 0;
};

}  // namespace newsie::reconcile

#endif  // NEWSIE_PIPELINE_RECONCILE_VERSION_STREAM_H_
