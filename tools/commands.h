// One function per newsie subcommand; each takes the arguments after the
// subcommand name (argv[0] is the subcommand) and returns the exit code.
#ifndef NEWSIE_TOOLS_COMMANDS_H_
#define NEWSIE_TOOLS_COMMANDS_H_

namespace newsie::cli {

struct Command {
  const char* name;
  const char* summary;
  int (*run)(int argc, char** argv);
};

// The table tools/cli.cc dispatches on. Each subcommand's file adds its own
// entry in commands.cc.
extern const Command kCommands[];
extern const int kNumCommands;

}  // namespace newsie::cli

#endif  // NEWSIE_TOOLS_COMMANDS_H_
