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

}  // namespace newsie::cli
