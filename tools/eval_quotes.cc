// `newsie eval quotes --gold polnear/dev.jsonl`: runs the pipeline up to the
// quote stage over PolNeAR articles and prints the figures of
// ../shared/tools/score.py quotes (pipeline/eval/quotes_eval.h).
#include <boost/program_options.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "extractors/register_builtin.h"
#include "gazetteers/gazetteer.h"
#include "pipeline/eval/quotes_eval.h"
#include "pipeline/pipeline.h"
#include "pipeline/registry.h"
#include "tools/cli.h"

namespace newsie::cli {
namespace {

namespace po = boost::program_options;

constexpr int kSkipped = 77;  // CTest SKIP_RETURN_CODE

struct Options {
  std::string gold;
  std::string extractors;
  std::vector<std::string> floors;  // name=value
  std::vector<std::string> sets;    // extractor options, name=value
  std::string dump;
  int show = 0;
  int limit = 0;
};

void JsonString(std::ostream& os, std::string_view s) {
  os << '"';
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      os << '\\' << ch;
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof(buf), "\\u%04x", c);
      os << buf;
    } else {
      os << ch;
    }
  }
  os << '"';
}

void JsonSpan(std::ostream& os, const Document& doc, Span s) {
  os << "{\"begin_byte\": " << s.begin << ", \"end_byte\": " << s.end << ", \"text\": ";
  JsonString(os, doc.Slice(s));
  os << "}";
}

// A minimal record (article id, quotes) that score.py's newsie adapter
// reads; for checking that both scorers agree before `newsie extract`.
void DumpQuotes(std::ostream& os, const Document& doc) {
  static const char* kKinds[] = {"DIRECT", "PARTIAL", "INDIRECT", "SCARE"};
  os << "{\"article\": {\"article_id\": ";
  JsonString(os, doc.meta().article_id);
  os << "}, \"quotes\": [";
  bool first = true;
  for (const Quote& q : doc.quotes()) {
    os << (first ? "" : ", ") << "{\"kind\": \"" << kKinds[static_cast<int>(q.kind)]
       << "\", \"span\": ";
    first = false;
    JsonSpan(os, doc, q.span);
    std::string text;
    for (size_t i = 0; i < q.fragments.size(); ++i) {
      if (i) text += ' ';
      text += doc.Slice(q.fragments[i]);
    }
    os << ", \"text\": ";
    JsonString(os, text);
    os << ", \"cue\": ";
    JsonSpan(os, doc, q.cue);
    os << ", \"speaker\": {\"name\": ";
    JsonString(os, q.speaker.name);
    os << ", \"resolved\": " << (q.speaker.resolved ? "true" : "false");
    if (!q.speaker.mention.empty()) {
      os << ", \"mention\": ";
      JsonSpan(os, doc, q.speaker.mention);
    }
    os << "}}";
  }
  os << "]}\n";
}

// The default pipeline up to and including the quote stage.
std::vector<std::string> QuoteStages(const ExtractorRegistry& r) {
  std::vector<std::string> out;
  for (const std::string& n : r.Default()) {
    if (n.rfind("text.", 0) == 0 || n.rfind("entities.", 0) == 0 ||
        n.rfind("quotes.", 0) == 0) {
      out.push_back(n);
    }
  }
  return out;
}

double Figure(const QuoteScores& s, const std::string& name, bool* ok) {
  *ok = true;
  if (name == "direct_overlap_f1") return s.direct_overlap.f1();
  if (name == "direct_exact_f1") return s.direct_exact.f1();
  if (name == "direct_source_acc") return s.source_direct_overlap.acc();
  if (name == "all_overlap_f1") return s.all_overlap.f1();
  if (name == "all_source_acc") return s.source_all_overlap.acc();
  *ok = false;
  return 0;
}

}  // namespace

int RunEvalQuotes(int argc, char** argv) {
  Options o;
  po::options_description desc(
      "usage: newsie eval quotes --gold FILE [options]\n\n"
      "Scores the quote stage against PolNeAR attributions (the figures of\n"
      "score.py quotes). Exit 77 when the gold file is missing, 3 when a\n"
      "--floor is not met.\n\noptions");
  desc.add_options()("help,h", "show this help")(
      "gold", po::value(&o.gold)->required(), "PolNeAR JSONL (e.g. polnear/dev.jsonl)")(
      "extractors", po::value(&o.extractors),
      "comma list of stages (default: the default pipeline up to quotes.*)")(
      "floor", po::value(&o.floors)->composing(),
      "NAME=VALUE: fail (exit 3) when a figure is below VALUE; names: direct_overlap_f1, "
      "direct_exact_f1, direct_source_acc, all_overlap_f1, all_source_acc")(
      "show", po::value(&o.show), "print up to N direct-quote errors")(
      "set", po::value(&o.sets)->composing(), "NAME=VALUE extractor option (repeatable)")(
      "limit", po::value(&o.limit), "score only the first N articles")(
      "dump", po::value(&o.dump), "also write the quotes as JSON lines (score.py's newsie adapter)");
  try {
    po::variables_map vm;
    po::store(po::parse_command_line(argc, argv, desc), vm);
    if (vm.count("help")) {
      std::cout << desc << "\n";
      return 0;
    }
    po::notify(vm);
  } catch (const std::exception& e) {
    std::cerr << "newsie eval quotes: " << e.what() << "\n" << desc << "\n";
    return 2;
  }
  const std::string gold_path = ResolveCorpusPath(o.gold);
  std::ifstream in(gold_path);
  if (!in) {
    std::cerr << "newsie eval quotes: gold file not found: " << o.gold << " (SKIPPED)\n";
    return kSkipped;
  }
  std::vector<GazetteerProblem> problems;
  auto gaz = Gazetteers::Load({DefaultGazetteerDir()}, &problems);
  if (!gaz.ok()) {
    std::cerr << "newsie eval quotes: " << gaz.status().ToString() << "\n";
    return 2;
  }
  ExtractorRegistry registry;
  RegisterBuiltinExtractors(registry);
  ExtractorContext ctx;
  ctx.gazetteers = gaz->get();
  for (const std::string& kv : o.sets) {
    size_t eq = kv.find('=');
    if (eq == std::string::npos) {
      std::cerr << "newsie eval quotes: --set expects NAME=VALUE, got '" << kv << "'\n";
      return 2;
    }
    ctx.options[kv.substr(0, eq)] = kv.substr(eq + 1);
  }
  std::vector<std::string> names =
      o.extractors.empty() ? QuoteStages(registry) : SplitExtractorList(o.extractors);
  auto pipeline = Pipeline::Build(registry, names, ctx);
  if (!pipeline.ok()) {
    std::cerr << "newsie eval quotes: " << pipeline.status().ToString() << "\n";
    return 2;
  }
  std::ofstream dump;
  if (!o.dump.empty()) {
    dump.open(o.dump);
    if (!dump) {
      std::cerr << "newsie eval quotes: cannot write " << o.dump << "\n";
      return 2;
    }
  }
  QuoteScorer scorer;
  std::string line;
  int n = 0, bad = 0;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (o.limit > 0 && n >= o.limit) break;
    GoldQuoteDoc gold;
    if (Status st = ParsePolnearRecord(line, &gold); !st.ok()) {
      std::cerr << gold_path << ":" << n + bad + 1 << ": " << st.message() << "\n";
      ++bad;
      continue;
    }
    Document doc(gold.text);
    doc.mutable_meta().article_id = gold.id;
    (*pipeline)->Run(doc);
    scorer.Add(gold, doc);
    if (dump.is_open()) DumpQuotes(dump, doc);
    ++n;
  }
  int shown = 0;
  for (const QuoteError& e : scorer.errors()) {
    if (shown++ >= o.show) break;
    std::cout << (e.false_negative ? "FN " : "FP ") << e.doc_id << " "
              << e.text.substr(0, 100) << "\n";
  }
  std::cout << "QUOTES  gold=" << o.gold << "  docs=" << n << "  stages=";
  for (size_t i = 0; i < names.size(); ++i) std::cout << (i ? "," : "") << names[i];
  std::cout << "\n" << scorer.Table() << scorer.SummaryJson() << "\n";
  int rc = bad ? 1 : 0;
  for (const std::string& f : o.floors) {
    size_t eq = f.find('=');
    bool ok = false;
    double got = eq == std::string::npos ? 0 : Figure(scorer.scores(), f.substr(0, eq), &ok);
    if (!ok) {
      std::cerr << "newsie eval quotes: unknown --floor '" << f << "'\n";
      return 2;
    }
    double want = std::atof(f.c_str() + eq + 1);
    if (got < want) {
      std::cerr << "below floor: " << f.substr(0, eq) << " = " << got << " < " << want << "\n";
      rc = 3;
    }
  }
  return rc;
}

}  // namespace newsie::cli
