// `newsie diff OLD NEW`: what changed in the claims and quotes between two
// versions of one article given as files, readable by default.
#include <boost/program_options.hpp>
#include <iostream>
#include <string>
#include <vector>

#include "pipeline/output_file.h"
#include "pipeline/reconcile/reconciler.h"
#include "pipeline/reconcile/report_text.h"
#include "pipeline/reconcile/version_source.h"
#include "tools/cli.h"
#include "tools/reconcile_source.h"

namespace newsie::cli {
namespace po = boost::program_options;

int RunDiff(int argc, char** argv) {
  std::vector<std::string> inputs;
  std::string format = "text";
  reconcile::ReconcileOptions ropts;
  PipelineFlags flags;
  po::options_description desc(
      "usage: newsie diff OLD NEW [--format text|jsonl|pb] [options]\n\n"
      "Compares two versions of one article: which numeric claims and quotes were\n"
      "added, removed or revised, with the before and after sentences and the changed\n"
      "words marked [-old-] {+new+}. OLD and NEW are .txt articles, one-line JSON\n"
      "dumps or newsie records (the first version in each file is used); articles\n"
      "are extracted with the default pipeline first.\n"
      "Exit status: 0 ok, 2 usage or input error.\n\noptions");
  desc.add_options()
      ("help,h", "show this help")
      ("format,f", po::value(&format)->default_value("text"), "text, jsonl or pb");
  AddReportOptions(desc, &ropts);
  AddPipelineOptions(desc, &flags);
  po::variables_map vm;
  if (auto code = ParseCommandLine(argc, argv, "diff", desc, &inputs, &vm)) return *code;
  auto fail = [](const std::string& m) {
    std::cerr << "newsie diff: " << m << "\n";
    return 2;
  };
  if (inputs.size() != 2) return fail("needs exactly two files, OLD and NEW");
  auto fmt = ParseRecordFormat(format);
  if (!fmt.ok()) return fail(fmt.status().message());
  std::unique_ptr<LoadedPipeline> loaded;
  reconcile::SourceOptions sopts;
  if (Status ps = PrepareSource(inputs, flags, &loaded, &sopts); !ps.ok()) {
    return fail(ps.message());
  }
  v1::ArticleRecord versions[2];
  for (int k = 0; k < 2; ++k) {
    bool got = false;
    reconcile::SourceStats stats;
    Status st = reconcile::ReadVersions({inputs[k]}, sopts,
                                        [&](v1::ArticleRecord rec) {
                                          if (!got) versions[k] = std::move(rec);
                                          got = true;
                                          return OkStatus();
                                        },
                                        &stats);
    if (!st.ok()) return fail(st.message());
    if (!got || versions[k].error()) return fail(inputs[k] + ": no readable article version");
  }
  v1::ChangeReport report = reconcile::Reconcile(versions[0], versions[1], ropts);
  if (report.from_version() == report.to_version()) {
    report.set_from_version(0);
    report.set_to_version(1);
  }
  std::string buf;
  Status st = reconcile::AppendReport(report, *fmt, &buf);
  if (!st.ok()) return fail(st.message());
  std::cout << buf;
  return 0;
}

}  // namespace newsie::cli
