// `newsie eval holders --gold polnear/dev.jsonl`: runs the default pipeline
// over PolNeAR articles and scores who states each numeric claim (the
// claim's holder) against the gold attributions (pipeline/eval/holders_eval.h).
// Exit 77 when the gold file is missing, 3 when a --min-... floor is not met.
#include <boost/program_options.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "pipeline/eval/holders_eval.h"
#include "tools/cli.h"
#include "tools/pipeline_options.h"

namespace newsie::cli {

int RunEvalHolders(int argc, char** argv) {
  namespace po = boost::program_options;
  std::string gold;
  std::string kinds = "MISSED,WRONG,FALSE";
  int show = 0, limit = 0;
  double min_recall = -1, min_precision = -1;
  PipelineFlags flags;
  po::options_description desc(
      "usage: newsie eval holders --gold FILE [options]\n\n"
      "Scores the holders of numeric claims against PolNeAR attributions: a\n"
      "number inside a gold content is stated by its source, one outside every\n"
      "content by nobody.\n\noptions");
  desc.add_options()("help,h", "show this help")(
      "gold", po::value(&gold), "PolNeAR JSONL (e.g. polnear/dev.jsonl)")(
      "show", po::value(&show)->default_value(0), "print up to N errors")(
      "errors", po::value(&kinds)->default_value(kinds),
      "which errors --show prints: MISSED, WRONG, FALSE (comma list)")(
      "limit", po::value(&limit)->default_value(0), "score only the first N articles")(
      "min-recall", po::value(&min_recall),
      "exit 3 when holder recall (mention overlaps the source) is below this")(
      "min-precision", po::value(&min_precision),
      "exit 3 when holder precision (mention overlaps the source) is below this");
  AddPipelineOptions(desc, &flags);
  po::variables_map vm;
  std::vector<std::string> positional;
  if (auto rc = ParseCommandLine(argc, argv, "eval holders", desc, &positional, &vm)) {
    return *rc;
  }
  if (gold.empty() || !positional.empty()) {
    std::cerr << "newsie eval holders: --gold FILE is required\n" << desc;
    return 2;
  }
  const std::string gold_path = ResolveCorpusPath(gold);
  std::ifstream in(gold_path);
  if (!in) {
    std::cerr << "newsie eval holders: gold file not found: " << gold << " (SKIPPED)\n";
    return 77;
  }
  auto lp = LoadPipeline(flags);
  if (!lp.ok()) {
    std::cerr << "newsie eval holders: " << lp.status().ToString() << "\n";
    return 2;
  }
  HolderScorer scorer;
  std::string line;
  int n = 0, bad = 0;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (limit > 0 && n >= limit) break;
    GoldQuoteDoc doc_gold;
    if (Status st = ParsePolnearRecord(line, &doc_gold); !st.ok()) {
      std::cerr << gold_path << ":" << n + bad + 1 << ": " << st.message() << "\n";
      ++bad;
      continue;
    }
    Document doc(doc_gold.text);
    doc.mutable_meta().article_id = doc_gold.id;
    (*lp)->pipeline->Run(doc);
    scorer.Add(doc_gold, doc);
    ++n;
  }
  int shown = 0;
  const std::string wanted = "," + kinds + ",";
  for (const HolderError& e : scorer.errors()) {
    if (shown >= show) break;
    const std::string kind = HolderErrorKindName(e.kind);
    if (wanted.find("," + kind + ",") == std::string::npos) continue;
    ++shown;
    std::cout << kind << (e.in_quote ? " [in quote] " : " [sentence] ") << e.doc_id << " number='" << e.number << "' holder='"
              << e.holder << "' gold='" << e.gold_source << "'\n    " << e.sentence << "\n";
  }
  std::cout << "HOLDERS  gold=" << gold << "  docs=" << n << "\n"
            << scorer.Table() << scorer.SummaryJson() << "\n";
  int rc = bad ? 1 : 0;
  const HolderScores& s = scorer.scores();
  if (min_recall >= 0 && s.recall() < min_recall) {
    std::fprintf(stderr, "below floor: recall = %.4f < %.4f\n", s.recall(), min_recall);
    rc = 3;
  }
  if (min_precision >= 0 && s.precision() < min_precision) {
    std::fprintf(stderr, "below floor: precision = %.4f < %.4f\n", s.precision(),
                 min_precision);
    rc = 3;
  }
  return rc;
}

}  // namespace newsie::cli
