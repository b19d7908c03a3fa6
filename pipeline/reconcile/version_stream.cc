#include "pipeline/reconcile/version_stream.h"

#include <algorithm>

namespace newsie::reconcile {

Status ReconcileVersions(std::vector<v1::ArticleRecord>& versions, const StreamOptions& options,
                         const ReportSink& sink) {
  std::stable_sort(versions.begin(), versions.end(),
                   [](const v1::ArticleRecord& a, const v1::ArticleRecord& b) {
                     if (a.article().version() != b.article().version()) {
                       return a.article().version() < b.article().version();
                     }
                     return a.article().date() < b.article().date();
                   });
  for (size_t k = 1; k < versions.size(); ++k) {
    const v1::ArticleRecord& before = options.against_first ? versions[0] : versions[k - 1];
    v1::ChangeReport report = Reconcile(before, versions[k], options.reconcile);
    // Records without explicit versions are numbered by their order.
    if (before.article().version() == versions[k].article().version()) {
      report.set_from_version(options.against_first ? 0 : static_cast<int64_t>(k - 1));
      report.set_to_version(static_cast<int64_t>(k));
    }
    NEWSIE_RETURN_IF_ERROR(sink(report));
  }
  return OkStatus();
}

Status VersionGrouper::Add(v1::ArticleRecord rec) {
  if (rec.error()) {
    ++skipped_errors_;
    return OkStatus();
  }
  ++versions_;
  if (!current_.empty() && rec.article().article_id() != current_id_) {
    NEWSIE_RETURN_IF_ERROR(Flush());
  }
  if (current_.empty()) {
    current_id_ = rec.article().article_id();
    if (done_.count(current_id_)) {
      ++split_count_;
      if (split_.size() < 20) split_.push_back(current_id_);
    }
  }
  current_.push_back(std::move(rec));
  return OkStatus();
}

Status VersionGrouper::Flush() {
  if (current_.empty()) return OkStatus();
  ++articles_;
  done_.insert(current_id_);
  Status s = ReconcileVersions(current_, options_, [&](const v1::ChangeReport& r) {
    ++reports_;
    return sink_(r);
  });
  current_.clear();
  return s;
}

Status VersionGrouper::Finish() { return Flush(); }

}  // namespace newsie::reconcile
