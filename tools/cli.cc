#include "tools/cli.h"

#include <iostream>
#include <string>

namespace newsie::cli {

int Main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: newsie <extract|reconcile|diff|cat|eval|gazetteer> ...\n";
    return 2;
  }
  std::cerr << "newsie: unknown command '" << argv[1] << "'\n";
  return 2;
}

}  // namespace newsie::cli
