// The newsie command's subcommands. Each parses its options (Boost
// .Program_options), calls the library, writes its output and maps Status to
// an exit code: 0 success, 1 some records failed (non-strict runs still
// finish), 2 usage or input errors.
#ifndef NEWSIE_TOOLS_CLI_H_
#define NEWSIE_TOOLS_CLI_H_

namespace newsie::cli {

int Main(int argc, char** argv);

}  // namespace newsie::cli

#endif  // NEWSIE_TOOLS_CLI_H_
