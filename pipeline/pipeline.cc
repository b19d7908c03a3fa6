#include "pipeline/pipeline.h"

#include <time.h>

#include <algorithm>
#include <chrono>
#include <exception>
#include <set>

namespace newsie {

Pipeline::Pipeline(std::vector<std::unique_ptr<Extractor>> stages)
    : stages_(std::move(stages)),
      nanos_(new std::atomic<uint64_t>[stages_.size()]),
      cpu_nanos_(new std::atomic<uint64_t>[stages_.size()]) {
  for (size_t i = 0; i < stages_.size(); ++i) nanos_[i] = cpu_nanos_[i] = 0;
}

namespace {

uint64_t ThreadCpuNanos() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1000000000ULL + ts.tv_nsec;
}

}  // namespace

StatusOr<std::unique_ptr<Pipeline>> Pipeline::FromExtractors(
    std::vector<std::unique_ptr<Extractor>> stages) {
  std::set<Layer> have;
  for (const auto& st : stages) {
    for (Layer need : st->info().needs) {
      if (!have.count(need)) {
        return InvalidArgumentError(st->info().name + " needs " + LayerName(need) +
                                    ", which no earlier stage adds");
      }
    }
    for (Layer add : st->info().adds) have.insert(add);
  }
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(stages)));
}

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Build(
    const ExtractorRegistry& registry, const std::vector<std::string>& names,
    const ExtractorContext& ctx) {
  if (names.empty()) return InvalidArgumentError("empty extractor list");
  std::vector<std::unique_ptr<Extractor>> stages;
  std::set<std::string> seen;
  for (const auto& name : names) {
    if (!seen.insert(name).second) {
      return InvalidArgumentError("extractor '" + name + "' listed twice");
    }
    auto ex = registry.Create(name, ctx);
    if (!ex.ok()) return ex.status();
    stages.push_back(std::move(ex).value());
  }
  return FromExtractors(std::move(stages));
}

bool Pipeline::Run(Document& doc) const {
  std::set<Layer> failed;
  bool ok = true;
  for (size_t i = 0; i < stages_.size(); ++i) {
    const Extractor& st = *stages_[i];
    const ExtractorInfo& info = st.info();
    auto missing = std::find_if(info.needs.begin(), info.needs.end(),
                                [&](Layer l) { return failed.count(l) > 0; });
    if (missing != info.needs.end()) {
      doc.AddDiagnostic(Severity::kError, info.name,
                        std::string("skipped: ") + LayerName(*missing) +
                            " is missing because an earlier stage failed");
      for (Layer l : info.adds) failed.insert(l);
      ok = false;
      continue;
    }
    auto t0 = std::chrono::steady_clock::now();
    const uint64_t cpu0 = ThreadCpuNanos();
    Status s;
    try {
      s = st.Extract(doc);
    } catch (const std::exception& e) {
      s = InternalError(std::string("exception: ") + e.what());
    } catch (...) {
      s = InternalError("unknown exception");
    }
    cpu_nanos_[i].fetch_add(ThreadCpuNanos() - cpu0, std::memory_order_relaxed);
    auto dt = std::chrono::steady_clock::now() - t0;
    nanos_[i].fetch_add(
        std::chrono::duration_cast<std::chrono::nanoseconds>(dt).count(),
        std::memory_order_relaxed);
    if (!s.ok()) {
      doc.AddDiagnostic(Severity::kError, info.name, s.ToString());
      for (Layer l : info.adds) failed.insert(l);
      ok = false;
    }
  }
  return ok;
}

std::vector<uint64_t> Pipeline::StageNanos() const {
  std::vector<uint64_t> out(stages_.size());
  for (size_t i = 0; i < stages_.size(); ++i) out[i] = nanos_[i].load();
  return out;
}

std::vector<uint64_t> Pipeline::StageCpuNanos() const {
  std::vector<uint64_t> out(stages_.size());
  for (size_t i = 0; i < stages_.size(); ++i) out[i] = cpu_nanos_[i].load();
  return out;
}

std::vector<std::string> SplitExtractorList(const std::string& list) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    size_t b = cur.find_first_not_of(" \t");
    size_t e = cur.find_last_not_of(" \t");
    if (b != std::string::npos) out.push_back(cur.substr(b, e - b + 1));
    cur.clear();
  };
  for (char c : list) {
    if (c == ',') flush(); else cur += c;
  }
  flush();
  return out;
}

}  // namespace newsie
