#include "tools/reconcile_source.h"

namespace newsie::cli {

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

void AddReportOptions(boost::program_options::options_description& desc,
                      reconcile::ReconcileOptions* ropts) {
  namespace po = boost::program_options;
  desc.add_options()
      ("min-confidence", po::value(&ropts->min_confidence)->default_value(0.5f, "0.5"),
       "report changes at least this certain (0 = all; holder changes are 0.45, "
       "claims of 'one' written as a word 0.4)")
      ("include-unchanged", po::bool_switch(&ropts->include_unchanged),
       "also list matched claims and quotes (kind UNCHANGED), for auditing");
}

}  // namespace newsie::cli
