// `newsie eval coref --gold FILE [--corpus versions.jsonl]`: extracts the
// article versions a hand-labelled coreference gold set names and reports
// precision and recall of their nominal and pronoun references, per split
// (tune, heldout) and kind. Scoring logic: pipeline/eval/coref_eval.h.
#include <boost/program_options.hpp>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "pipeline/eval/coref_eval.h"
#include "pipeline/reader.h"
#include "tools/cli.h"
#include "tools/pipeline_options.h"

namespace newsie::cli {
namespace po = boost::program_options;

namespace {

void PrintCounts(const char* label, const CorefCounts& c) {
  std::printf("  %-20s gold %3llu  linked %3llu  right %3llu  precision %.3f  recall %.3f\n",
              label, static_cast<unsigned long long>(c.gold),
              static_cast<unsigned long long>(c.linked), static_cast<unsigned long long>(c.right),
              c.precision(), c.recall());
}

}  // namespace

int RunEvalCoref(int argc, char** argv) {
  std::string gold_path, corpus = "news-article-versions/versions.jsonl";
  double min_precision = 0, min_recall = 0;
  bool verbose = false;
  PipelineFlags flags;
  po::options_description desc(
      "usage: newsie eval coref --gold FILE [--corpus FILE] [options]\n\n"
      "Precision and recall of nominal and pronoun references (Entity.references)\n"
      "against a hand-labelled gold set (format in pipeline/eval/coref_eval.h; ours:\n"
      "tests/testdata/coref/gold/). Exit status: 0 ok, 1 below a --min-* floor (all\n"
      "splits and kinds together), 2 usage error, 77 gold or corpus missing (CTest:\n"
      "skipped).\n\noptions");
  desc.add_options()
      ("help,h", "show this help")
      ("gold", po::value(&gold_path), "gold set (TSV)")
      ("corpus", po::value(&corpus)->default_value(corpus),
       "article versions; a relative path is looked up under $NEWSIE_CORPORA, else "
       "../shared/corpora")
      ("min-precision", po::value(&min_precision), "fail (exit 1) below this precision")
      ("min-recall", po::value(&min_recall), "fail (exit 1) below this recall")
      ("verbose,v", po::bool_switch(&verbose), "list wrong links, misses and unscored links");
  AddPipelineOptions(desc, &flags);
  po::variables_map vm;
  std::vector<std::string> positional;
  if (auto code = ParseCommandLine(argc, argv, "eval coref", desc, &positional, &vm)) {
    return *code;
  }
  if (gold_path.empty() || !positional.empty()) {
    std::cerr << "newsie eval coref: --gold FILE is required (and nothing else)\n";
    return 2;
  }
  corpus = ResolveCorpusPath(corpus);
  if (!std::filesystem::exists(corpus)) {
    std::cout << "SKIPPED: corpora not found (" << corpus << ")\n";
    return 77;
  }
  auto gold = LoadCorefGold(gold_path);
  if (!gold.ok()) {
    std::cerr << "newsie eval coref: " << gold.status().message() << "\n";
    return gold.status().code() == StatusCode::kNotFound ? 77 : 2;
  }
  auto loaded = LoadPipeline(flags);
  if (!loaded.ok()) {
    std::cerr << "newsie eval coref: " << loaded.status().message() << "\n";
    return 2;
  }
  auto reader = ArticleReader::Open({corpus});
  if (!reader.ok()) {
    std::cerr << "newsie eval coref: " << reader.status().message() << "\n";
    return 2;
  }
  std::set<std::pair<std::string, int64_t>> wanted, seen;
  std::set<std::string> splits;
  for (const CorefGoldArticle& a : gold->articles) {
    wanted.insert({a.article_id, a.version});
    splits.insert(a.split);
  }
  CorefScore score;
  InputRecord in;
  while ((*reader)->Next(&in)) {
    if (in.error) continue;
    const auto key = std::make_pair(in.doc.meta().article_id, in.doc.meta().version.value_or(0));
    if (!wanted.count(key) || !seen.insert(key).second) continue;
    (*loaded)->pipeline->Run(in.doc);
    ScoreCorefDocument(*gold, in.doc, &score);
  }
  if (seen.size() != wanted.size()) {
    std::cerr << "newsie eval coref: " << wanted.size() - seen.size()
              << " gold article version(s) not in " << corpus << "\n";
    return 2;
  }
  const std::vector<MentionKind> both = {MentionKind::kPronoun, MentionKind::kNominal};
  std::printf("coref: %zu articles, %zu gold references, %llu unscored links\n",
              gold->articles.size(), gold->refs.size(),
              static_cast<unsigned long long>(score.unscored));
  for (const std::string& split : splits) {
    std::printf("%s:\n", split.c_str());
    PrintCounts("PRONOUN", score.Sum({split}, {MentionKind::kPronoun}));
    PrintCounts("NOMINAL", score.Sum({split}, {MentionKind::kNominal}));
    PrintCounts("all", score.Sum({split}, both));
  }
  const CorefCounts all = score.Sum({}, both);
  std::printf("all splits:\n");
  PrintCounts("all", all);
  if (verbose) {
    for (const auto& s : score.wrong) std::printf("  wrong:    %s\n", s.c_str());
    for (const auto& s : score.missed) std::printf("  missed:   %s\n", s.c_str());
    for (const auto& s : score.outside) std::printf("  unscored: %s\n", s.c_str());
  }
  if (all.precision() < min_precision || all.recall() < min_recall) {
    std::printf("below the floor (precision >= %.2f, recall >= %.2f)\n", min_precision,
                min_recall);
    return 1;
  }
  return 0;
}

}  // namespace newsie::cli
