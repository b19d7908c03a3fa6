// Partitioned output: records routed to PREFIX.part<j>, j = 0..M-1, by a
// stable hash of their article_id, so every version of an article lands in
// the same partition whichever process or machine extracted it, and
// `newsie reconcile` can then run once per partition.
//
// The hash is FNV-1a, 64 bits (offset basis 0xcbf29ce484222325, prime
// 0x100000001b3), over the article_id's UTF-8 bytes; j = hash mod M. It
// depends on nothing but those bytes and M: not on the platform, the thread
// count or the input's order. In Python:
//   h = 0xcbf29ce484222325
//   for b in article_id.encode(): h = ((h ^ b) * 0x100000001b3) % 2**64
//   j = h % M
//
//   auto out = PartitionedOutput::Open("out/shard3", 16);
//   NEWSIE_RETURN_IF_ERROR((*out)->Write(rec.article().article_id(), bytes));
//   NEWSIE_RETURN_IF_ERROR((*out)->Commit());
//
// Every one of the M files is written, empty ones too, each under a
// temporary name renamed into place by Commit(); so a rerun (a retried
// cluster task) replaces all of them and never leaves duplicates or a
// truncated file. Without Commit() the temporary files are removed.
//
// Thread safety: one thread at a time.
#ifndef NEWSIE_PIPELINE_PARTITION_H_
#define NEWSIE_PIPELINE_PARTITION_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/output_file.h"
#include "pipeline/status.h"

namespace newsie {

// More would exhaust the usual limit of open files (1024).
inline constexpr uint32_t kMaxPartitions = 1000;

// FNV-1a 64 of `bytes`.
uint64_t Fnv1a64(std::string_view bytes);

// The partition of `article_id`: Fnv1a64(article_id) % partitions.
// REQUIRES: partitions > 0.
uint32_t PartitionOf(std::string_view article_id, uint32_t partitions);

// "PREFIX.part<j>", j in decimal without padding.
std::string PartitionPath(std::string_view prefix, uint32_t j);

class PartitionedOutput {
 public:
  // Opens PREFIX.part0 .. PREFIX.part<M-1> under temporary names.
  // InvalidArgument unless 1 <= partitions <= kMaxPartitions or when the
  // prefix is empty or "-"; NotFound when the directory is missing or not
  // writable.
  static StatusOr<std::unique_ptr<PartitionedOutput>> Open(std::string_view prefix,
                                                           uint32_t partitions);

  // Appends `bytes` (one framed record) to the partition of `article_id`.
  Status Write(std::string_view article_id, std::string_view bytes);

  // Renames every partition file into place. Fails on the first file that
  // cannot be flushed or renamed (the others stay as they are).
  Status Commit();

  uint32_t partitions() const { return static_cast<uint32_t>(files_.size()); }

 private:
  PartitionedOutput() = default;
  std::vector<std::unique_ptr<OutputFile>> files_;
};

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_PARTITION_H_
