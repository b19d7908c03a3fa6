#include "tools/commands.h"

namespace newsie::cli {

// Declared here rather than in headers of their own: each is defined in
// tools/<name>_command.cc.
int RunEval(int argc, char** argv);
int RunExtract(int argc, char** argv);
int RunGazetteer(int argc, char** argv);
int RunBench(int argc, char** argv);
int RunCat(int argc, char** argv);
int RunTrainNer(int argc, char** argv);
int RunBenchEntities(int argc, char** argv);
int RunReconcile(int argc, char** argv);
int RunDiff(int argc, char** argv);

const Command kCommands[] = {
    {"extract", "extract entities, quotes and claims from article dumps into records", RunExtract},
    {"cat", "print records (binary or JSON lines) as JSON lines or text", RunCat},
    {"reconcile", "which claims and quotes changed between versions of each article", RunReconcile},
    {"diff", "readable claim and quote changes between two versions of an article", RunDiff},
    {"eval", "score against a gold corpus (ner, quotes, quantities, numbers)", RunEval},
    {"gazetteer", "lint gazetteer lists; mine candidates and hit stats from dumps", RunGazetteer},
    {"bench", "measure throughput, memory and per-stage time on a dump of real news", RunBench},
    {"bench-entities", "time the entity stage alone (MB/s, where the time goes)",
     RunBenchEntities},
    {"train-ner", "train the entity tagger's model from CoNLL-2003", RunTrainNer},
    {"version", "print the version and record schema", nullptr},
};
const int kNumCommands = sizeof(kCommands) / sizeof(kCommands[0]);

}  // namespace newsie::cli
