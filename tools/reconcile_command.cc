// `newsie reconcile INPUT... [-o OUT] [--format jsonl|pb|text]`: groups
// article versions by article_id and writes one ChangeReport per compared
// pair: which claims and quotes changed. Logic: pipeline/reconcile/.
#include <boost/program_options.hpp>
#include <chrono>
#include <iostream>
#include <string>
#include <vector>

#include "pipeline/output_file.h"
#include "pipeline/reconcile/report_text.h"
#include "pipeline/reconcile/version_source.h"
#include "pipeline/reconcile/version_stream.h"
#include "tools/cli.h"
#include "tools/reconcile_source.h"

namespace newsie::cli {
namespace po = boost::program_options;

int RunReconcile(int argc, char** argv) {
  std::vector<std::string> inputs;
  std::string output = "-", format = "jsonl", against = "previous";
  int threads = 1;
  reconcile::StreamOptions stream;
  bool quiet = false;
  double min_similarity = 0.5;
  PipelineFlags flags;

  po::options_description desc(
      "usage: newsie reconcile INPUT... [-o OUT] [--format jsonl|pb|text] [options]\n\n"
      "Reports which numeric claims and quotes changed between versions of each\n"
      "article: ADDED, REMOVED, VALUE_CHANGED, QUALIFIER_CHANGED, UNIT_CHANGED,\n"
      "HOLDER_CHANGED, SPEAKER_CHANGED, TEXT_CHANGED; silent on punctuation, quote\n"
      "marks, ellipses, reflowed paragraphs, fixed typos and moved sentences.\n"
      "INPUT: newsie records (`newsie extract` output, jsonl or pb, gzip allowed) or\n"
      "article dumps and .txt files, which are extracted first with the default\n"
      "pipeline (or --extractors). Which one is detected from the content.\n"
      "Versions are grouped by article_id and ordered by version, else date, else\n"
      "input order. Input sorted (grouped) by article streams in bounded memory; for\n"
      "an unsorted dump see docs/reconciler.md.\n"
      "Writes one newsie.v1.ChangeReport per compared pair.\n"
      "Exit status: 0 ok, 1 some records failed or an article's versions were not\n"
      "contiguous, 2 usage or input error.\n\noptions");
  desc.add_options()
      ("help,h", "show this help")
      ("output,o", po::value(&output), "output file ('-' = stdout, the default)")
      ("format,f", po::value(&format)->default_value("jsonl"),
       "jsonl (ChangeReport JSON lines), pb (varint-delimited) or text (readable, "
       "changed words marked [-old-] {+new+}; pairs without changes omitted)")
      ("against", po::value(&against)->default_value("previous"),
       "previous: compare each version with the one before; first: with the first")
      ("min-similarity", po::value(&min_similarity)->default_value(0.5),
       "word-overlap (Dice) needed to align an edited sentence")
      ("threads,j", po::value(&threads)->default_value(1), "extraction threads")
      ("quiet,q", po::bool_switch(&quiet), "no summary line on stderr");
  AddReportOptions(desc, &stream.reconcile);
  AddPipelineOptions(desc, &flags);
  po::variables_map vm;
  if (auto code = ParseCommandLine(argc, argv, "reconcile", desc, &inputs, &vm)) return *code;
  auto fail = [](const std::string& m) {
    std::cerr << "newsie reconcile: " << m << "\n";
    return 2;
  };
  if (inputs.empty()) return fail("no INPUT given (see newsie reconcile --help)");
  if (against != "previous" && against != "first") return fail("--against: previous or first");
  if (threads < 1) return fail("--threads must be at least 1");
  auto fmt = ParseRecordFormat(format);
  if (!fmt.ok()) return fail(fmt.status().message());

  std::unique_ptr<LoadedPipeline> loaded;
  reconcile::SourceOptions sopts;
  if (Status ps = PrepareSource(inputs, flags, &loaded, &sopts); !ps.ok()) {
    return fail(ps.message());
  }
  sopts.threads = threads;
  auto out = OutputFile::Open(output);
  if (!out.ok()) return fail(out.status().message());

  stream.against_first = against == "first";
  stream.reconcile.align.min_similarity = min_similarity;
  const RecordFormat record_format = *fmt;
  uint64_t changes = 0;
  std::string buf;
  reconcile::VersionGrouper grouper(stream, [&](const v1::ChangeReport& r) -> Status {
    changes += r.claim_changes_size() + r.quote_changes_size();
    if (record_format == RecordFormat::kText && r.claim_changes().empty() &&
        r.quote_changes().empty()) {
      return OkStatus();
    }
    buf.clear();
    NEWSIE_RETURN_IF_ERROR(reconcile::AppendReport(r, record_format, &buf));
    return (*out)->Write(buf);
  });
  double reconcile_seconds = 0;
  reconcile::SourceStats sstats;
  Status st = reconcile::ReadVersions(
      inputs, sopts,
      [&](v1::ArticleRecord rec) {
        auto t0 = std::chrono::steady_clock::now();
        Status s = grouper.Add(std::move(rec));
        reconcile_seconds +=
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        return s;
      },
      &sstats);
  if (st.ok()) {
    auto t0 = std::chrono::steady_clock::now();
    st = grouper.Finish();
    reconcile_seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  }
  if (st.ok()) st = (*out)->Commit();
  if (!st.ok()) return fail(st.message());
  if (!quiet) {
    std::cerr << "newsie reconcile: " << grouper.versions() << " versions of "
              << grouper.articles() << " articles, " << grouper.reports() << " pairs compared, "
              << changes << " changes";
    if (sstats.extracted) {
      std::cerr << "; extracted " << sstats.extracted << " in " << sstats.extract_seconds
                << " s";
    }
    std::cerr << "; reconciled in " << reconcile_seconds << " s\n";
  }
  if (grouper.split_count() > 0) {
    std::cerr << "newsie reconcile: " << grouper.split_count()
              << " articles' versions were not contiguous (e.g. '" << grouper.split_articles()[0]
              << "'); each run was compared on its own. Sort the input by article_id first "
                 "(docs/reconciler.md).\n";
  }
  return sstats.failed > 0 || grouper.skipped_errors() > 0 || grouper.split_count() > 0 ? 1 : 0;
}

}  // namespace newsie::cli
