// RecordReader: reads newsie.v1.ArticleRecords back from what `newsie
// extract` wrote: a varint-length-delimited binary stream or JSON lines,
// detected from the content; gzip-compressed or not; "-" for stdin.
//
//   auto r = RecordReader::Open("records.pb");
//   newsie::v1::ArticleRecord rec;
//   for (;;) {
//     auto more = (*r)->Next(&rec);
//     if (!more.ok()) return more.status();  // corrupt input
//     if (!*more) break;
//     ...
//   }
//
// Thread safety: one thread at a time.
#ifndef NEWSIE_PIPELINE_RECORD_READER_H_
#define NEWSIE_PIPELINE_RECORD_READER_H_

#include <cstdint>
#include <memory>
#include <string>

#include "newsie/v1/document.pb.h"
#include "pipeline/record_writer.h"
#include "pipeline/status.h"

namespace newsie {

class GzSource;

class RecordReader {
 public:
  // NotFound when `path` cannot be opened.
  static StatusOr<std::unique_ptr<RecordReader>> Open(const std::string& path);
  ~RecordReader();

  // Reads the next record into `*rec`: true, or false at the end.
  // DataLoss naming the record number (pb) or line (jsonl) when the input
  // is corrupt or truncated.
  StatusOr<bool> Next(newsie::v1::ArticleRecord* rec);

  RecordFormat format() const { return format_; }  // kJsonl or kPb

 private:
  RecordReader() = default;
  std::unique_ptr<GzSource> src_;
  std::string path_;
  RecordFormat format_ = RecordFormat::kJsonl;
  uint64_t count_ = 0;  // records (pb) or lines (jsonl) read
  std::string buf_;
};

// True when `head` (the first bytes of a file) looks like JSON lines
// rather than a binary record stream.
bool LooksLikeJsonLines(std::string_view head);

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_RECORD_READER_H_
