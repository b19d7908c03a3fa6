#include "tools/cli.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>

#include "pipeline/data_path.h"
#include "tools/commands.h"

namespace newsie::cli {
namespace po = boost::program_options;
namespace {

void Usage(std::ostream& os) {
  os << "usage: newsie <command> [options]\n\ncommands:\n";
  // Summaries line up two spaces after the longest name ("bench-entities").
  size_t width = 0;
  for (int i = 0; i < kNumCommands; ++i) width = std::max(width, std::strlen(kCommands[i].name));
  for (int i = 0; i < kNumCommands; ++i) {
    os << "  " << kCommands[i].name;
    for (size_t k = std::strlen(kCommands[i].name); k < width + 2; ++k) os << ' ';
    os << kCommands[i].summary << "\n";
  }
  os << "\n'newsie <command> --help' describes each.\n";
}

}  // namespace

std::optional<int> ParseCommandLine(int argc, char** argv, const char* cmd,
                                    const po::options_description& desc,
                                    std::vector<std::string>* positional,
                                    po::variables_map* vm) {
  po::options_description hidden;
  hidden.add_options()("positional-args", po::value(positional)->composing());
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description pos;
  pos.add("positional-args", -1);
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), *vm);
    // --help before notify(), so a required option does not hide the help.
    if (vm->count("help")) {
      std::cout << desc << "\n";
      return 0;
    }
    po::notify(*vm);
  } catch (const po::error& e) {
    std::cerr << "newsie " << cmd << ": " << e.what() << "\n(see newsie " << cmd
              << " --help)\n";
    return 2;
  }
  return std::nullopt;
}

int Main(int argc, char** argv) {
  if (argc < 2) {
    Usage(std::cerr);
    return 2;
  }
  std::string cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    Usage(std::cout);
    return 0;
  }
  if (cmd == "version" || cmd == "--version") {
    std::cout << "newsie 0.1.0 (records: newsie.v1)\n";
    return 0;
  }
  for (int i = 0; i < kNumCommands; ++i) {
    if (cmd == kCommands[i].name && kCommands[i].run) {
      return kCommands[i].run(argc - 1, argv + 1);
    }
  }
  std::cerr << "newsie: unknown command '" << cmd << "'\n";
  Usage(std::cerr);
  return 2;
}

std::string ResolveCorpusPath(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(path, ec) || fs::path(path).is_absolute()) return path;
  std::vector<fs::path> roots;
  if (const char* env = std::getenv("NEWSIE_CORPORA"); env && *env) roots.emplace_back(env);
  roots.emplace_back(FindDataPath("../shared/corpora"));
  for (const fs::path& r : roots) {
    if (fs::exists(r / path, ec)) return (r / path).string();
  }
  return path;
}

}  // namespace newsie::cli
