#include "pipeline/partition.h"

namespace newsie {

uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

uint32_t PartitionOf(std::string_view article_id, uint32_t partitions) {
  return static_cast<uint32_t>(Fnv1a64(article_id) % partitions);
}

std::string PartitionPath(std::string_view prefix, uint32_t j) {
  std::string path(prefix);
  path += ".part";
  path += std::to_string(j);
  return path;
}

StatusOr<std::unique_ptr<PartitionedOutput>> PartitionedOutput::Open(
    std::string_view prefix, uint32_t partitions) {
  if (partitions < 1 || partitions > kMaxPartitions) {
    return InvalidArgumentError("--partitions must be between 1 and " +
                                std::to_string(kMaxPartitions));
  }
  if (prefix.empty() || prefix == "-") {
    return InvalidArgumentError("partitioned output needs a file prefix, not stdout");
  }
  std::unique_ptr<PartitionedOutput> out(new PartitionedOutput);
  out->files_.reserve(partitions);
  for (uint32_t j = 0; j < partitions; ++j) {
    auto f = OutputFile::Open(PartitionPath(prefix, j));
    if (!f.ok()) return f.status();  // opened ones remove their temp files
    out->files_.push_back(std::move(f).value());
  }
  return out;
}

Status PartitionedOutput::Write(std::string_view article_id, std::string_view bytes) {
  return files_[PartitionOf(article_id, partitions())]->Write(bytes);
}

Status PartitionedOutput::Commit() {
  for (auto& f : files_) {
    Status s = f->Commit();
    if (!s.ok()) return s;
  }
  return OkStatus();
}

}  // namespace newsie
