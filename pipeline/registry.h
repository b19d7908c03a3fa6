// ExtractorRegistry: the explicit list of extractor factories by name.
// Registration is explicit because self-registering statics get dropped
// from static libraries.
//
//   ExtractorRegistry r;
//   RegisterBuiltinExtractors(r);  // extractors/register_builtin.h
//   auto ex = r.Create("quotes.said_verb", ctx);
//
// Thread safety: fill it once, then read it from any thread.
#ifndef NEWSIE_PIPELINE_REGISTRY_H_
#define NEWSIE_PIPELINE_REGISTRY_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/extractor.h"

namespace newsie {

using ExtractorFactory =
    std::function<StatusOr<std::unique_ptr<Extractor>>(const ExtractorContext&)>;

class ExtractorRegistry {
 public:
  // REQUIRES: `name` not yet registered.
  void Add(std::string name, ExtractorFactory factory);
  bool Has(const std::string& name) const;
  // NotFound with the list of known names when `name` is unknown.
  StatusOr<std::unique_ptr<Extractor>> Create(const std::string& name,
                                              const ExtractorContext& ctx) const;
  std::vector<std::string> Names() const;  // sorted

  // The default pipeline, in order.
  void SetDefault(std::vector<std::string> names) { default_ = std::move(names); }
  const std::vector<std::string>& Default() const { return default_; }

 private:
  std::map<std::string, ExtractorFactory> factories_;
  std::vector<std::string> default_;
};

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_REGISTRY_H_
