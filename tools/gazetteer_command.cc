// `newsie gazetteer lint|candidates|stats`: tools for the analysts who keep
// the gazetteers (see gazetteers/README.md). Logic lives in gazetteers/.
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "gazetteers/gazetteer.h"
#include "gazetteers/lint.h"

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

struct Sub {
  const char* name;
  const char* summary;
  int (*run)(int, char**);
};
const Sub kSubs[] = {
    {"lint", "check lists: format, sorting, duplicate ids, ambiguous aliases", RunGazetteerLint},
};

}  // namespace

int RunGazetteer(int argc, char** argv) {
  auto usage = [](std::ostream& os) {
    os << "usage: newsie gazetteer <subcommand> [options]\n\nsubcommands:\n";
    for (const Sub& s : kSubs) os << "  " << s.name << "  " << s.summary << "\n";
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
