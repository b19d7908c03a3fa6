#include "tools/cli.h"

#include <cstring>
#include <iostream>
#include <string>

#include "tools/commands.h"

namespace newsie::cli {
namespace {

void Usage(std::ostream& os) {
  os << "usage: newsie <command> [options]\n\ncommands:\n";
  for (int i = 0; i < kNumCommands; ++i) {
    os << "  " << kCommands[i].name;
    for (size_t k = std::strlen(kCommands[i].name); k < 12; ++k) os << ' ';
    os << kCommands[i].summary << "\n";
  }
  os << "\n'newsie <command> --help' describes each.\n";
}

}  // namespace

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

}  // namespace newsie::cli
