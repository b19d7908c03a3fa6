// The newsie command's subcommands. Each parses its options (Boost
// .Program_options), calls the library, writes its output and maps Status to
// an exit code: 0 success, 1 some records failed (non-strict runs still
// finish), 2 usage or input errors.
#ifndef NEWSIE_TOOLS_CLI_H_
#define NEWSIE_TOOLS_CLI_H_

#include <boost/program_options.hpp>
#include <optional>
#include <string>
#include <vector>

namespace newsie::cli {

int Main(int argc, char** argv);

// Parses a subcommand's arguments: the options in `desc` (which should
// hold "help,h") plus any number of positional arguments into
// `*positional`. Returns an exit code when the command should end now: 0
// after printing `desc` for --help, 2 after a usage error (printed as
// "newsie CMD: ..."); nullopt to go on.
std::optional<int> ParseCommandLine(
    int argc, char** argv, const char* cmd,
    const boost::program_options::options_description& desc,
    std::vector<std::string>* positional,
    boost::program_options::variables_map* vm);

// A relative corpus path that does not exist as given is looked up under
// the shared corpora ($NEWSIE_CORPORA, else ../shared/corpora beside the
// source tree), as score.py does: "conll2003/dev.jsonl". Returns the path
// found, else `path` unchanged (the caller reports it missing).
std::string ResolveCorpusPath(const std::string& path);

}  // namespace newsie::cli

#endif  // NEWSIE_TOOLS_CLI_H_
