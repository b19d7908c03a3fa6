// libFuzzer target: the reconciler's input, newsie records read back
// (`newsie reconcile` and `newsie diff` on what `newsie extract` wrote, or
// on records a user edited or truncated). Each input is written to a file
// and read as `newsie reconcile` reads it: sniffed (JSON lines or
// varint-delimited protobuf, gzip or not), every record through the
// VersionGrouper (per-article ordering, Reconcile() of each pair, compared
// with the previous and with the first version), every report written as
// JSON lines and as text. Inputs sniffed as article dumps are left to
// reader_fuzzer and pipeline_fuzzer.
//
// Records read back are not trusted: their spans (begin_byte, end_byte),
// ids and texts are whatever the file says. A malformed file must end in
// a DataLoss status naming the file, never in a crash.
//
//   build-fuzz/reconcile_fuzzer -dict=tests/fuzz/reconcile.dict -max_len=8192 \
//       -timeout=10 -rss_limit_mb=2048 CORPUS tests/fuzz/seeds_reconcile
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <google/protobuf/stubs/logging.h>

#include "pipeline/reconcile/report_text.h"
#include "pipeline/reconcile/version_source.h"
#include "pipeline/reconcile/version_stream.h"
#include "tests/fuzz/scratch_file.h"

namespace {

std::string g_path;  // scratch file, one per process

[[noreturn]] void Fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "reconcile_fuzzer: %s: %s\n", what, detail.c_str());
  std::abort();
}

void Run(bool against_first) {
  newsie::reconcile::StreamOptions stream;
  stream.against_first = against_first;
  stream.reconcile.include_unchanged = true;
  std::string out;
  newsie::reconcile::VersionGrouper grouper(
      stream, [&](const newsie::v1::ChangeReport& r) -> newsie::Status {
        out.clear();
        for (newsie::RecordFormat f : {newsie::RecordFormat::kJsonl, newsie::RecordFormat::kText,
                                       newsie::RecordFormat::kPb}) {
          newsie::Status s = newsie::reconcile::AppendReport(r, f, &out);
          if (!s.ok()) Fail("report not written", s.message());
        }
        return newsie::OkStatus();
      });
  newsie::reconcile::SourceOptions sopts;  // no pipeline: records only
  newsie::reconcile::SourceStats stats;
  newsie::Status st = newsie::reconcile::ReadVersions(
      {g_path}, sopts, [&](newsie::v1::ArticleRecord rec) { return grouper.Add(std::move(rec)); },
      &stats);
  if (st.ok()) st = grouper.Finish();
  if (!st.ok() && st.message().find(g_path) == std::string::npos) {
    Fail("error does not name the file", st.message());
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  // Fuzzed records hold invalid UTF-8 in string fields; protobuf logs each.
  google::protobuf::SetLogHandler(nullptr);
  g_path = newsie::fuzz::ScratchPath("reconcile.records");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (!newsie::fuzz::WriteScratch(g_path, {reinterpret_cast<const char*>(data), size})) {
    Fail("cannot write", g_path);
  }
  auto needs = newsie::reconcile::NeedsExtraction({g_path});
  if (!needs.ok()) Fail("NeedsExtraction", needs.status().message());
  if (*needs) return 0;  // an article dump: the other targets' input
  Run(/*against_first=*/false);
  Run(/*against_first=*/true);
  return 0;
}
