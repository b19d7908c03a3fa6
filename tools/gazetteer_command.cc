// `newsie gazetteer lint|candidates|stats`: tools for the analysts who keep
// the gazetteers (see gazetteers/README.md). Logic lives in gazetteers/.
#include <cstdio>
#include <cstring>
#include <memory>
#include <iostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "gazetteers/gazetteer.h"
#include "gazetteers/lint.h"
#include "gazetteers/mining.h"
#include "pipeline/reader.h"
#include "tools/pipeline_options.h"

namespace newsie::cli {
namespace po = boost::program_options;

namespace {

int RunGazetteerLint(int argc, char** argv) {
  po::options_description opts(
      "usage: newsie gazetteer lint [DIR...]\n\n"
      "Checks gazetteer lists (every *.tsv below each DIR; default: the shipped\n"
      "gazetteers/data): malformed rows, bad UTF-8, unsorted rows, duplicate ids,\n"
      "aliases shared by entries of two entity types, aliases no text can match,\n"
      "\"# example:\" sentences that match nothing. Prints 'file:line: message'\n"
      "per finding. Exit status: 0 clean (warnings allowed), 1 errors found,\n"
      "2 usage error or unreadable directory.\n\noptions");
  opts.add_options()("help,h", "show this help")(
      "quiet,q", "print errors only, no warnings and no summary");
  po::options_description hidden;
  hidden.add_options()("dir", po::value<std::vector<std::string>>(), "");
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description pos;
  pos.add("dir", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "newsie gazetteer lint: " << e.what() << "\n" << opts;
    return 2;
  }
  if (vm.count("help")) {
    std::cout << opts;
    return 0;
  }
  std::vector<std::string> dirs;
  if (vm.count("dir")) dirs = vm["dir"].as<std::vector<std::string>>();
  if (dirs.empty()) dirs.push_back(DefaultGazetteerDir());
  bool quiet = vm.count("quiet") > 0;
  auto files = Gazetteers::ReadFiles(dirs);
  if (!files.ok()) {
    std::cerr << "newsie gazetteer lint: " << files.status().ToString() << "\n";
    return 2;
  }
  std::vector<GazetteerProblem> problems = LintGazetteerFiles(*files);
  size_t errors = 0, warnings = 0;
  for (const GazetteerProblem& p : problems) {
    (p.error ? errors : warnings)++;
    if (p.error || !quiet) std::cout << p.ToString() << "\n";
  }
  if (!quiet) {
    std::cerr << files->size() << " lists: " << errors << " errors, " << warnings
              << " warnings\n";
  }
  return errors ? 1 : 0;
}

// Parses the options shared by the dump-reading subcommands plus `extra`,
// loads the pipeline and runs it over every record of the DUMPs, handing
// each extracted Document to `sink`. Returns the exit status.
template <typename MakeSink>
int RunOverDumps(const char* name, const std::string& usage, int argc, char** argv,
                 po::options_description& extra, const std::string& default_extractors,
                 bool needs_entities, MakeSink make_sink) {
  std::vector<std::string> inputs;
  PipelineFlags flags;
  bool quiet = false;
  po::options_description opts(usage);
  opts.add_options()("help,h", "show this help")(
      "extractors", po::value(&flags.extractors),
      ("comma-separated extractor names (default: " + default_extractors + ")").c_str())(
      "gazetteers", po::value(&flags.gazetteer_dirs)->composing(),
      "extra gazetteer directory, loaded on top of the shipped lists (repeatable)")(
      "set", po::value(&flags.sets)->composing(), "extractor option name=value (repeatable)")(
      "quiet,q", po::bool_switch(&quiet), "no progress summary on stderr");
  opts.add(extra);
  po::options_description hidden;
  hidden.add_options()("input", po::value(&inputs)->composing(), "");
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description pos;
  pos.add("input", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "newsie gazetteer " << name << ": " << e.what() << "\n" << opts;
    return 2;
  }
  if (vm.count("help")) {
    std::cout << opts;
    return 0;
  }
  if (inputs.empty()) {
    std::cerr << "newsie gazetteer " << name << ": no DUMP given (see --help)\n";
    return 2;
  }
  if (default_extractors != "the full pipeline" && flags.extractors.empty()) {
    flags.extractors = default_extractors;
  }
  auto loaded = LoadPipeline(flags);
  if (!loaded.ok()) {
    std::cerr << "newsie gazetteer " << name << ": " << loaded.status().message() << "\n";
    return 2;
  }
  if (needs_entities) {
    bool has = false;
    for (const auto& stage : (*loaded)->pipeline->stages()) {
      for (Layer l : stage->info().adds) has |= l == Layer::kEntities;
    }
    if (!has) {
      std::cerr << "newsie gazetteer " << name
                << ": the pipeline has no entities stage (see --extractors)\n";
      return 2;
    }
  }
  auto reader = ArticleReader::Open(inputs);
  if (!reader.ok()) {
    std::cerr << "newsie gazetteer " << name << ": " << reader.status().message() << "\n";
    return 2;
  }
  auto sink = make_sink(*(*loaded)->gazetteers);
  InputRecord rec;
  uint64_t docs = 0, failed = 0;
  while ((*reader)->Next(&rec)) {
    if (rec.error) {
      ++failed;
      continue;
    }
    if (!(*loaded)->pipeline->Run(rec.doc)) ++failed;
    sink->Add(rec.doc);
    ++docs;
  }
  sink->Finish(std::cout);
  if (!quiet) {
    std::cerr << "newsie gazetteer " << name << ": " << docs << " documents ("
              << failed << " with errors), gazetteers " << (*loaded)->gazetteers->fingerprint()
              << "\n";
  }
  return failed ? 1 : 0;
}

// Candidate rows, most frequent first.
struct CandidateSink {
  CandidateMiner miner;
  uint32_t min_count;
  double min_confidence;
  bool rows_only;
  void Add(const Document& doc) { miner.Add(doc); }
  void Finish(std::ostream& os) {
    if (!rows_only) {
      os << "id\ttype\tcanonical\taliases\tcount\tarticles\tconfidence\tflags\texample_1"
            "\texample_2\n";
    }
    char conf[16];
    for (const Candidate& c : miner.Candidates(min_count, min_confidence)) {
      os << c.id << "\t" << c.type << "\t" << c.canonical << "\t";
      for (size_t i = 0; i < c.aliases.size(); ++i) os << (i ? "|" : "") << c.aliases[i];
      if (!rows_only) {
        std::snprintf(conf, sizeof conf, "%.2f", c.confidence);
        os << "\t" << c.count << "\t" << c.articles << "\t" << conf << "\t";
        for (size_t i = 0; i < c.flags.size(); ++i) os << (i ? "," : "") << c.flags[i];
        for (size_t i = 0; i < 2; ++i) os << "\t" << (i < c.examples.size() ? c.examples[i] : "");
      }
      os << "\n";
    }
  }
};

int RunGazetteerCandidates(int argc, char** argv) {
  uint32_t min_count = 2;
  double min_confidence = 0.5;
  bool rows_only = false;
  po::options_description extra;
  extra.add_options()("min-count", po::value(&min_count)->default_value(2),
                      "only names mentioned at least N times")(
      "min-confidence", po::value(&min_confidence)->default_value(0.5, "0.5"),
      "only names whose evidence gives at least this confidence (0 lists every name,\n"
      "with its flags, for review)")(
      "rows-only", po::bool_switch(&rows_only),
      "print id, type, canonical, aliases only, no header: rows to paste into a list");
  return RunOverDumps(
      "candidates",
      std::string("usage: newsie gazetteer candidates DUMP... [--min-count N] [options]\n\n"
      "Runs the pipeline over article dumps (as `newsie extract` reads them) and\n"
      "lists the names the extractors found that no gazetteer entry covers, grouped\n"
      "by probable referent (surname-only mentions fold into the full name, acronyms\n"
      "into the name they spell), most frequent first, as TSV: id, type, canonical,\n"
      "aliases, count, articles, confidence, flags and two example sentences.\n"
      "Confidence (0-1] multiplies the doubts the flags name; names below\n"
      "--min-confidence are left out. Review each row, then paste its first four\n"
      "columns into the right list (see gazetteers/README.md) and run\n"
      "`newsie gazetteer lint`.\n"
      "Exit status: 0 ok, 1 some records failed, 2 usage or input error.\n\nflags:\n") +
      CandidateFlagsHelp() + "\noptions",
      argc, argv, extra, "the full pipeline", true, [&](const Gazetteers& g) {
        return std::make_unique<CandidateSink>(
            CandidateSink{CandidateMiner(g), min_count, min_confidence, rows_only});
      });
}

struct StatsSink {
  GazetteerStats stats;
  size_t top;
  bool never_hit;
  void Add(const Document& doc) { stats.Add(doc); }
  void Finish(std::ostream& os) { stats.Write(os, top, never_hit); }
};

int RunGazetteerStats(int argc, char** argv) {
  size_t top = 50;
  bool never_hit = false;
  po::options_description extra;
  extra.add_options()("top", po::value(&top)->default_value(50), "entries in the top list")(
      "never-hit", po::bool_switch(&never_hit), "list every entry never hit (default: a count per list)");
  return RunOverDumps(
      "stats",
      "usage: newsie gazetteer stats DUMP... [--top N] [--never-hit] [options]\n\n"
      "Matches the gazetteers over article dumps (longest match wins within a\n"
      "sentence) and writes TSV sections: hits per list, the most-hit entries, aliases\n"
      "that matched more than one entity entry in practice (candidates for an\n"
      "ambiguous_with review or a more specific alias), and entries never hit.\n"
      "Exit status: 0 ok, 1 some records failed, 2 usage or input error.\n\noptions",
      argc, argv, extra, "text.icu", false, [&](const Gazetteers& g) {
        return std::make_unique<StatsSink>(StatsSink{GazetteerStats(g), top, never_hit});
      });
}

struct Sub {
  const char* name;
  const char* summary;
  int (*run)(int, char**);
};
const Sub kSubs[] = {
    {"lint", "check lists: format, sorting, duplicate ids, ambiguous aliases", RunGazetteerLint},
    {"candidates", "names found in dumps that no list covers, as TSV rows", RunGazetteerCandidates},
    {"stats", "hits per entry and list over dumps; never-hit entries; ambiguous aliases", RunGazetteerStats},
};

}  // namespace

int RunGazetteer(int argc, char** argv) {
  auto usage = [](std::ostream& os) {
    os << "usage: newsie gazetteer <subcommand> [options]\n\nsubcommands:\n";
    for (const Sub& s : kSubs) {
      os << "  " << s.name << std::string(12 - std::strlen(s.name), ' ') << s.summary << "\n";
    }
    os << "\n'newsie gazetteer <subcommand> --help' describes each; gazetteers/README.md\n"
          "explains the list format.\n";
  };
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
    usage(argc < 2 ? std::cerr : std::cout);
    return argc < 2 ? 2 : 0;
  }
  for (const Sub& s : kSubs) {
    if (!std::strcmp(argv[1], s.name)) return s.run(argc - 1, argv + 1);
  }
  std::cerr << "newsie gazetteer: unknown subcommand '" << argv[1] << "'\n";
  usage(std::cerr);
  return 2;
}

}  // namespace newsie::cli
