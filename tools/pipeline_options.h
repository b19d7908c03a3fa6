// The options every subcommand that extracts shares (extract, reconcile,
// batch): which extractors, extra gazetteer directories, --set options and
// what goes into records; and building the pipeline from them.
//
//   PipelineFlags flags;
//   po::options_description desc("options");
//   AddPipelineOptions(desc, &flags);
//   ... parse ...
//   auto p = LoadPipeline(flags);
//   if (!p.ok()) return ReportError("extract", p.status());
//
// Thread safety: a LoadedPipeline is immutable after LoadPipeline().
#ifndef NEWSIE_TOOLS_PIPELINE_OPTIONS_H_
#define NEWSIE_TOOLS_PIPELINE_OPTIONS_H_

#include <boost/program_options.hpp>
#include <memory>
#include <string>
#include <vector>

#include "gazetteers/gazetteer.h"
#include "pipeline/pipeline.h"
#include "pipeline/record_writer.h"
#include "pipeline/registry.h"

namespace newsie::cli {

struct PipelineFlags {
  std::string extractors;                   // "" = the default pipeline
  std::vector<std::string> gazetteer_dirs;  // added on top of the shipped lists
  std::vector<std::string> sets;            // name=value
  bool emit_numbers = false;
  bool emit_sentences = false;
  bool no_text = false;
};

void AddPipelineOptions(boost::program_options::options_description& desc,
                        PipelineFlags* flags);

struct LoadedPipeline {
  ExtractorRegistry registry;
  std::unique_ptr<Gazetteers> gazetteers;
  ExtractorContext context;  // outlives the extractors built from it
  std::unique_ptr<Pipeline> pipeline;
  RecordOptions record;
};

// Loads the shipped gazetteers (DefaultGazetteerDir(), if present) plus
// flags.gazetteer_dirs, builds the pipeline (registry default or
// flags.extractors) and fills the record options. InvalidArgument for a
// bad --set or pipeline; NotFound for a missing gazetteer directory.
// Gazetteer warnings go to stderr.
StatusOr<std::unique_ptr<LoadedPipeline>> LoadPipeline(const PipelineFlags& flags);

}  // namespace newsie::cli

#endif  // NEWSIE_TOOLS_PIPELINE_OPTIONS_H_
