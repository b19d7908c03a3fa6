// Extractor: one pluggable pipeline stage that adds annotation layers to a
// Document. Extractors are created once, are immutable afterwards, and one
// instance serves every worker thread.
//
//   class MyExtractor : public Extractor {
//    public:
//     static StatusOr<std::unique_ptr<Extractor>> Create(
//         const ExtractorContext& ctx);
//     const ExtractorInfo& info() const override { return info_; }
//     Status Extract(Document& doc) const override;
//   };
//
// Thread safety: Extract() is const and must be safe to call concurrently on
// distinct Documents. Extractors hold no mutable members.
#ifndef NEWSIE_PIPELINE_EXTRACTOR_H_
#define NEWSIE_PIPELINE_EXTRACTOR_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/document.h"
#include "pipeline/status.h"

namespace newsie {

class Gazetteers;  // gazetteers/gazetteer.h

struct ExtractorInfo {
  std::string name;  // stable id, e.g. "quotes.said_verb"; written to records
  int version = 1;   // bump whenever output may differ for the same input
  std::vector<Layer> needs, adds;  // not `requires`: a C++20 keyword
};

// What an extractor may use while being created. Everything outlives the
// extractors built from it.
struct ExtractorContext {
  const Gazetteers* gazetteers = nullptr;  // may be null in unit tests
  // Directory holding shipped data (models); see pipeline/data_path.h.
  std::string data_dir;
  // Free-form options ("--set name=value" on the command line).
  std::map<std::string, std::string> options;
};

class Extractor {
 public:
  virtual ~Extractor() = default;
  virtual const ExtractorInfo& info() const = 0;
  // Adds this extractor's layers to `doc`. A non-OK status becomes a
  // diagnostic in that document's record; the batch goes on.
  virtual Status Extract(Document& doc) const = 0;
};

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_EXTRACTOR_H_
