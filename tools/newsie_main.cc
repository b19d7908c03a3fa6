// newsie: information extraction for news. Dispatches to the subcommands in
// tools/cli.h.
#include "tools/cli.h"

int main(int argc, char** argv) { return newsie::cli::Main(argc, argv); }
