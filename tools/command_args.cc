#include "tools/command_args.h"

#include <iostream>

namespace newsie::cli {
namespace po = boost::program_options;

int ParseWithInputs(const char* cmd, int argc, char** argv, const po::options_description& desc,
                    std::vector<std::string>* inputs) {
  po::options_description hidden;
  hidden.add_options()("input", po::value(inputs)->composing());
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description pos;
  pos.add("input", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "newsie " << cmd << ": " << e.what() << "\n(see newsie " << cmd
              << " --help)\n";
    return 2;
  }
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return 0;
  }
  return -1;
}

Status PrepareSource(const std::vector<std::string>& inputs, const PipelineFlags& flags,
                     std::unique_ptr<LoadedPipeline>* loaded,
                     reconcile::SourceOptions* sopts) {
  StatusOr<bool> needs = reconcile::NeedsExtraction(inputs);
  if (!needs.ok()) return needs.status();
  if (!*needs) return OkStatus();
  auto l = LoadPipeline(flags);
  if (!l.ok()) return l.status();
  *loaded = std::move(*l);
  sopts->pipeline = (*loaded)->pipeline.get();
  sopts->record = (*loaded)->record;
  return OkStatus();
}

}  // namespace newsie::cli
