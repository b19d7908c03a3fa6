// GzSource: buffered reading of a file or stdin that may be gzip-compressed
// (detected by its magic bytes, as zlib does; plain files pass through).
//
//   auto src = GzSource::Open("dump.jsonl.gz");  // "-" is stdin
//   std::string line;
//   while ((*src)->ReadLine(&line, kMax, &too_long)) ...;
//   if (!(*src)->status().ok()) ...;  // a read error ended the file
//
// Thread safety: one thread at a time.
#ifndef NEWSIE_PIPELINE_INTERNAL_GZ_SOURCE_H_
#define NEWSIE_PIPELINE_INTERNAL_GZ_SOURCE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "pipeline/status.h"

namespace newsie {

class GzSource {
 public:
  // NotFound naming `path` when it cannot be opened.
  static StatusOr<std::unique_ptr<GzSource>> Open(const std::string& path);
  ~GzSource();
  GzSource(const GzSource&) = delete;
  GzSource& operator=(const GzSource&) = delete;

  // Reads the next line without its "\n" (and a "\r" before it). Returns
  // false at end of input or on a read error (see status()). A line longer
  // than `max_bytes` is consumed entirely, but only its first `max_bytes`
  // are kept and *too_long is set.
  bool ReadLine(std::string* line, size_t max_bytes, bool* too_long);
  // Appends up to `n` bytes to `out`; returns how many (0 at end or error).
  size_t Read(size_t n, std::string* out);
  // Up to `n` bytes ahead without consuming them (fewer near the end).
  std::string_view Peek(size_t n);
  // OK, or DataLoss with zlib's message after a read error.
  const Status& status() const { return status_; }

 private:
  GzSource() = default;
  bool Fill();  // reads more into buf_; false at end or error

  void* gz_ = nullptr;  // gzFile
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  Status status_;
};

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_INTERNAL_GZ_SOURCE_H_
