#include "pipeline/registry.h"

#include <cassert>

namespace newsie {

void ExtractorRegistry::Add(std::string name, ExtractorFactory factory) {
  assert(!factories_.count(name));
  factories_[std::move(name)] = std::move(factory);
}

bool ExtractorRegistry::Has(const std::string& name) const {
  return factories_.count(name) > 0;
}

StatusOr<std::unique_ptr<Extractor>> ExtractorRegistry::Create(
    const std::string& name, const ExtractorContext& ctx) const {
  auto it = factories_.find(name);
  if (it == factories_.end()) {
    std::string known;
    for (const auto& [n, f] : factories_) known += (known.empty() ? "" : ", ") + n;
    return NotFoundError("unknown extractor '" + name + "' (known: " + known + ")");
  }
  auto ex = it->second(ctx);
  if (!ex.ok()) {
    return Status(ex.status().code(), name + ": " + ex.status().message());
  }
  return ex;
}

std::vector<std::string> ExtractorRegistry::Names() const {
  std::vector<std::string> out;
  for (const auto& [n, f] : factories_) out.push_back(n);
  return out;
}

}  // namespace newsie
