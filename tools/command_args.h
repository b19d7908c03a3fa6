// Helpers the subcommands share: parsing a command line with positional
// INPUTs, and loading the extraction pipeline only when an input needs it.
#ifndef NEWSIE_TOOLS_COMMAND_ARGS_H_
#define NEWSIE_TOOLS_COMMAND_ARGS_H_

#include <boost/program_options.hpp>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/reconcile/version_source.h"
#include "tools/pipeline_options.h"

namespace newsie::cli {

// Parses `desc` plus positional arguments collected into `*inputs`. Returns
// -1 to go on, or the exit code: 0 after printing --help, 2 after a usage
// error (printed as "newsie CMD: ...").
int ParseWithInputs(const char* cmd, int argc, char** argv,
                    const boost::program_options::options_description& desc,
                    std::vector<std::string>* inputs);

// Fills `*sopts` for reading `inputs`: when any input must be extracted,
// loads the pipeline from `flags` into `*loaded` (which must outlive
// `*sopts`). Errors: a missing input, a bad pipeline.
Status PrepareSource(const std::vector<std::string>& inputs, const PipelineFlags& flags,
                     std::unique_ptr<LoadedPipeline>* loaded,
                     reconcile::SourceOptions* sopts);

}  // namespace newsie::cli

#endif  // NEWSIE_TOOLS_COMMAND_ARGS_H_
