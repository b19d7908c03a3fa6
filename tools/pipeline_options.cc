#include "tools/pipeline_options.h"

#include <filesystem>
#include <iostream>

#include "extractors/register_builtin.h"

namespace newsie::cli {
namespace po = boost::program_options;

void AddPipelineOptions(po::options_description& desc, PipelineFlags* f) {
  desc.add_options()
      ("extractors", po::value(&f->extractors),
       "comma-separated extractor names, in order (default: the full pipeline; "
       "`newsie extract --list-extractors` names them)")
      ("gazetteers", po::value(&f->gazetteer_dirs)->composing(),
       "extra gazetteer directory, loaded on top of the shipped lists (repeatable)")
      ("set", po::value(&f->sets)->composing(),
       "extractor option name=value (repeatable)")
      ("emit-numbers", po::bool_switch(&f->emit_numbers),
       "write every numeric expression (ArticleRecord.numbers)")
      ("emit-sentences", po::bool_switch(&f->emit_sentences),
       "write sentence spans (ArticleRecord.sentences)")
      ("no-text", po::bool_switch(&f->no_text),
       "leave the article text out of records");
}

StatusOr<std::unique_ptr<LoadedPipeline>> LoadPipeline(const PipelineFlags& flags) {
  auto lp = std::make_unique<LoadedPipeline>();
  RegisterBuiltinExtractors(lp->registry);

  for (const std::string& kv : flags.sets) {
    size_t eq = kv.find('=');
    if (eq == std::string::npos || eq == 0) {
      return InvalidArgumentError("--set expects name=value, got '" + kv + "'");
    }
    lp->context.options[kv.substr(0, eq)] = kv.substr(eq + 1);
  }

  std::vector<std::string> dirs;
  std::error_code ec;
  const std::string shipped = DefaultGazetteerDir();
  if (std::filesystem::is_directory(shipped, ec)) dirs.push_back(shipped);
  for (const std::string& d : flags.gazetteer_dirs) dirs.push_back(d);
  std::vector<GazetteerProblem> problems;
  auto gaz = Gazetteers::Load(dirs, &problems);
  if (!gaz.ok()) return gaz.status();
  lp->gazetteers = std::move(gaz).value();
  int errors = 0;
  for (const GazetteerProblem& p : problems) errors += p.error ? 1 : 0;
  if (errors > 0) {
    std::cerr << "newsie: " << errors << " gazetteer row(s) skipped, first: "
              << problems.front().ToString() << " (`newsie gazetteer lint` lists all)\n";
  }
  lp->context.gazetteers = lp->gazetteers.get();

  std::vector<std::string> names = flags.extractors.empty()
                                       ? lp->registry.Default()
                                       : SplitExtractorList(flags.extractors);
  auto p = Pipeline::Build(lp->registry, names, lp->context);
  if (!p.ok()) return p.status();
  lp->pipeline = std::move(p).value();

  lp->record.emit_numbers = flags.emit_numbers;
  lp->record.emit_sentences = flags.emit_sentences;
  lp->record.include_text = !flags.no_text;
  lp->record.extractors = StageInfos(*lp->pipeline);
  lp->record.gazetteer_fingerprint = lp->gazetteers->fingerprint();
  return lp;
}

}  // namespace newsie::cli
