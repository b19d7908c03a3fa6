// Helpers the reading subcommands (reconcile, diff) share: loading the
// extraction pipeline only when an input needs it, and the options that
// decide which changes are reported.
#ifndef NEWSIE_TOOLS_RECONCILE_SOURCE_H_
#define NEWSIE_TOOLS_RECONCILE_SOURCE_H_

#include <memory>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "pipeline/reconcile/reconciler.h"
#include "pipeline/reconcile/version_source.h"
#include "tools/pipeline_options.h"

namespace newsie::cli {

// Fills `*sopts` for reading `inputs`: when any input must be extracted,
// loads the pipeline from `flags` into `*loaded` (which must outlive
// `*sopts`). Errors: a missing input, a bad pipeline.
Status PrepareSource(const std::vector<std::string>& inputs, const PipelineFlags& flags,
                     std::unique_ptr<LoadedPipeline>* loaded,
                     reconcile::SourceOptions* sopts);

// Adds --min-confidence and --include-unchanged, stored into `*ropts`
// (which must outlive parsing).
void AddReportOptions(boost::program_options::options_description& desc,
                      reconcile::ReconcileOptions* ropts);

}  // namespace newsie::cli

#endif  // NEWSIE_TOOLS_RECONCILE_SOURCE_H_
