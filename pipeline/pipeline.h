// Pipeline: an ordered list of extractors, checked when built so that every
// stage's needs are added by an earlier stage (as CoreNLP does).
//
//   auto p = Pipeline::Build(registry, {"text.icu", "entities.perceptron"}, ctx);
//   if (!p.ok()) { std::cerr << p.status().ToString(); return 2; }
//   p->Run(doc);  // never aborts: failures become diagnostics in `doc`
//
// Thread safety: Build() once; Run() may be called concurrently on distinct
// Documents.
#ifndef NEWSIE_PIPELINE_PIPELINE_H_
#define NEWSIE_PIPELINE_PIPELINE_H_

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/extractor.h"
#include "pipeline/registry.h"

namespace newsie {

class Pipeline {
 public:
  // Fails with InvalidArgument ("quotes.said_verb needs kEntities") when a
  // stage's needs are not added by an earlier stage, or NotFound for an
  // unknown name.
  static StatusOr<std::unique_ptr<Pipeline>> Build(
      const ExtractorRegistry& registry, const std::vector<std::string>& names,
      const ExtractorContext& ctx);
  // As above, from extractors already created (tests).
  static StatusOr<std::unique_ptr<Pipeline>> FromExtractors(
      std::vector<std::unique_ptr<Extractor>> stages);

  // Runs every stage on `doc`. A stage that fails, or throws, adds an error
  // diagnostic; later stages that need a layer it adds are skipped for this
  // document with a diagnostic. Returns false when any stage failed.
  bool Run(Document& doc) const;

  const std::vector<std::unique_ptr<Extractor>>& stages() const { return stages_; }

  // Nanoseconds spent in each stage, summed over all Run() calls.
  std::vector<uint64_t> StageNanos() const;
  // CPU time (of the running thread) in each stage, summed over all Run()
  // calls: unlike StageNanos(), not inflated when the machine is busy.
  std::vector<uint64_t> StageCpuNanos() const;

 private:
  explicit Pipeline(std::vector<std::unique_ptr<Extractor>> stages);
  std::vector<std::unique_ptr<Extractor>> stages_;
  std::unique_ptr<std::atomic<uint64_t>[]> nanos_;
  std::unique_ptr<std::atomic<uint64_t>[]> cpu_nanos_;
};

// Splits "a,b, c" into names, dropping empties.
std::vector<std::string> SplitExtractorList(const std::string& list);

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_PIPELINE_H_
