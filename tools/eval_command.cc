// `newsie eval TASK ...`: scores newsie against a gold corpus. Each task's
// runner lives in tools/eval_<task>.cc and its scoring logic in
// pipeline/eval/.
#include <cstring>
#include <iostream>

namespace newsie::cli {

// Defined in tools/eval_<task>.cc. Add a line here and to kEvalTasks.
int RunEvalNer(int argc, char** argv);
int RunEvalQuotes(int argc, char** argv);
int RunEvalReconcile(int argc, char** argv);
int RunEvalNumbers(int argc, char** argv);
int RunEvalQuantities(int argc, char** argv);
int RunEvalHolders(int argc, char** argv);
int RunEvalCoref(int argc, char** argv);

namespace {
struct EvalTask {
  const char* name;
  const char* summary;
  int (*run)(int argc, char** argv);
};
const EvalTask kEvalTasks[] = {
    {"ner", "CoNLL-style NER: exact span+type P/R/F1 per type and micro", RunEvalNer},
    {"quotes", "PolNeAR direct quotes, speakers and all attributions (score.py quotes)",
     RunEvalQuotes},
    {"reconcile", "claim changes between article versions vs a hand gold set", RunEvalReconcile},
    {"numbers", "number layer vs a Recognizers-Text spec: per-case pass rate", RunEvalNumbers},
    {"quantities", "claims vs NewsQuant: value F1, value+unit F1, qualifier accuracy",
     RunEvalQuantities},
    {"holders", "who states each numeric claim vs PolNeAR attribution sources",
     RunEvalHolders},
    {"coref", "nominal and pronoun references vs a hand-labelled gold set: P/R per kind",
     RunEvalCoref},
    {"", "", nullptr},  // placeholder; tasks are added above this line
};
}  // namespace

int RunEval(int argc, char** argv) {
  auto usage = [](std::ostream& os) {
    os << "usage: newsie eval <task> --gold FILE [options]\n\ntasks:\n";
    for (const EvalTask& t : kEvalTasks) {
      if (t.run) os << "  " << t.name << "  " << t.summary << "\n";
    }
    os << "\nExit status 77 when the gold file is missing (CTest: skipped).\n";
  };
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
    usage(argc < 2 ? std::cerr : std::cout);
    return argc < 2 ? 2 : 0;
  }
  for (const EvalTask& t : kEvalTasks) {
    if (t.run && !std::strcmp(argv[1], t.name)) return t.run(argc - 1, argv + 1);
  }
  std::cerr << "newsie eval: unknown task '" << argv[1] << "'\n";
  usage(std::cerr);
  return 2;
}

}  // namespace newsie::cli
