// `newsie eval reconcile --gold FILE [--corpus versions.jsonl]`: extracts the
// article versions named in a hand-written gold set of claim changes,
// reconciles each gold pair and reports precision and recall of the flagged
// claim changes and, on pairs whose quotes are annotated, quote changes. Scoring logic: pipeline/reconcile/gold_eval.h.
#include <boost/program_options.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "pipeline/data_path.h"
#include "pipeline/reconcile/gold_eval.h"
#include "pipeline/reconcile/reconciler.h"
#include "pipeline/reconcile/version_source.h"
#include "tools/pipeline_options.h"

namespace newsie::cli {
namespace po = boost::program_options;

namespace {

// $NEWSIE_CORPORA/news-article-versions/versions.jsonl, else the shared
// corpora beside the source tree.
std::string DefaultCorpus() {
  const char* env = std::getenv("NEWSIE_CORPORA");
  std::string root = env && *env ? env : FindDataPath("../shared/corpora");
  return root + "/news-article-versions/versions.jsonl";
}

void PrintErrors(const reconcile::GoldTally& t) {
  for (const auto& f : t.false_positives) std::printf("  false flag: %s\n", f.c_str());
  for (const auto& m : t.misses) std::printf("  missed:     %s\n", m.c_str());
}

}  // namespace

int RunEvalReconcile(int argc, char** argv) {
  std::string gold_path, corpus;
  double min_precision = 0, min_recall = 0, min_quote_precision = 0, min_quote_recall = 0;
  bool verbose = false;
  PipelineFlags flags;
  po::options_description desc(
      "usage: newsie eval reconcile --gold FILE [--corpus FILE] [options]\n\n"
      "Precision and recall of flagged claim and quote changes against a gold set\n"
      "(format in pipeline/reconcile/gold_eval.h; ours: tests/testdata/reconcile/gold/).\n"
      "Exit status: 0 ok, 1 below a --min-* floor, 2 usage error, 77 gold or corpus\n"
      "missing (CTest: skipped).\n\noptions");
  desc.add_options()
      ("help,h", "show this help")
      ("gold", po::value(&gold_path), "gold set (TSV)")
      ("corpus", po::value(&corpus),
       "article versions (default: $NEWSIE_CORPORA or ../shared/corpora "
       "news-article-versions/versions.jsonl)")
      ("min-precision", po::value(&min_precision), "fail (exit 1) below this precision")
      ("min-recall", po::value(&min_recall), "fail (exit 1) below this recall")
      ("min-quote-precision", po::value(&min_quote_precision),
       "fail (exit 1) below this quote-change precision")
      ("min-quote-recall", po::value(&min_quote_recall),
       "fail (exit 1) below this quote-change recall")
      ("verbose,v", po::bool_switch(&verbose), "list false flags and misses");
  AddPipelineOptions(desc, &flags);
  po::variables_map vm;
  try {
    po::store(po::parse_command_line(argc, argv, desc), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "newsie eval reconcile: " << e.what() << "\n";
    return 2;
  }
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return 0;
  }
  if (gold_path.empty()) {
    std::cerr << "newsie eval reconcile: --gold is required\n";
    return 2;
  }
  if (corpus.empty()) corpus = DefaultCorpus();
  if (!std::filesystem::exists(corpus)) {
    std::cout << "SKIPPED: corpora not found (" << corpus << ")\n";
    return 77;
  }
  auto gold = reconcile::LoadGold(gold_path);
  if (!gold.ok()) {
    std::cerr << "newsie eval reconcile: " << gold.status().message() << "\n";
    return gold.status().code() == StatusCode::kNotFound ? 77 : 2;
  }
  auto loaded = LoadPipeline(flags);
  if (!loaded.ok()) {
    std::cerr << "newsie eval reconcile: " << loaded.status().message() << "\n";
    return 2;
  }
  bool has_claims = false;
  for (const auto& stage : (*loaded)->pipeline->stages()) {
    if (stage->info().name.rfind("claims.", 0) == 0) has_claims = true;
  }
  if (!has_claims) {
    std::cout << "SKIPPED: no claims.* extractor in the pipeline\n";
    return 77;
  }
  std::set<std::pair<std::string, int64_t>> wanted;
  for (const auto& p : gold->pairs) {
    wanted.insert({p.article_id, p.from});
    wanted.insert({p.article_id, p.to});
  }
  std::map<std::pair<std::string, int64_t>, v1::ArticleRecord> versions;
  reconcile::SourceOptions sopts;
  sopts.pipeline = (*loaded)->pipeline.get();
  sopts.record = (*loaded)->record;
  reconcile::SourceStats stats;
  Status st = reconcile::ReadVersions({corpus}, sopts,
                                      [&](v1::ArticleRecord rec) {
                                        auto key = std::make_pair(rec.article().article_id(),
                                                                  rec.article().version());
                                        if (wanted.count(key)) versions[key] = std::move(rec);
                                        return OkStatus();
                                      },
                                      &stats);
  if (!st.ok()) {
    std::cerr << "newsie eval reconcile: " << st.message() << "\n";
    return 2;
  }
  std::vector<v1::ChangeReport> reports;
  for (const auto& p : gold->pairs) {
    auto a = versions.find({p.article_id, p.from});
    auto b = versions.find({p.article_id, p.to});
    if (a == versions.end() || b == versions.end()) {
      std::cerr << "newsie eval reconcile: " << p.article_id << " versions " << p.from << ", "
                << p.to << " not in " << corpus << "\n";
      return 2;
    }
    reports.push_back(reconcile::Reconcile(a->second, b->second));
  }
  reconcile::GoldScore s = reconcile::ScoreReports(*gold, reports);
  std::printf("reconcile: %zu pairs, %llu gold claim changes, %llu flagged, %llu matched\n",
              gold->pairs.size(), static_cast<unsigned long long>(s.gold),
              static_cast<unsigned long long>(s.flagged),
              static_cast<unsigned long long>(s.matched));
  std::printf("precision %.3f  recall %.3f\n", s.precision(), s.recall());
  if (verbose) PrintErrors(s);
  std::printf("quotes: %llu pairs, %llu gold quote changes, %llu flagged, %llu matched\n",
              static_cast<unsigned long long>(s.quote_pairs),
              static_cast<unsigned long long>(s.quotes.gold),
              static_cast<unsigned long long>(s.quotes.flagged),
              static_cast<unsigned long long>(s.quotes.matched));
  std::printf("quote precision %.3f  quote recall %.3f\n", s.quotes.precision(),
              s.quotes.recall());
  std::printf("speaker right in %llu of %llu matched quote changes\n",
              static_cast<unsigned long long>(s.quote_speakers_right),
              static_cast<unsigned long long>(s.quotes.matched));
  if (verbose) {
    PrintErrors(s.quotes);
    for (const auto& w : s.quote_wrong_speakers) std::printf("  speaker:    %s\n", w.c_str());
  }
  bool below = false;
  if (s.precision() < min_precision || s.recall() < min_recall) {
    std::printf("below the floor (precision >= %.2f, recall >= %.2f)\n", min_precision,
                min_recall);
    below = true;
  }
  if (s.quotes.precision() < min_quote_precision || s.quotes.recall() < min_quote_recall) {
    std::printf("below the quote floor (precision >= %.2f, recall >= %.2f)\n",
                min_quote_precision, min_quote_recall);
    below = true;
  }
  return below ? 1 : 0;
}

}  // namespace newsie::cli
