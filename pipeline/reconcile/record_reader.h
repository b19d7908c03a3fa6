// RecordReader: reads newsie records (ArticleRecord) back from the files
// `newsie extract` writes: JSON lines or a varint-length-delimited protobuf
// stream, either possibly gzip-compressed.
//
//   auto r = RecordReader::Open("records.jsonl.gz");
//   v1::ArticleRecord rec;
//   while ((*r)->Next(&rec)) ...;
//   if (!(*r)->status().ok()) ...;  // a malformed record stops the reader
//
// SniffInput() tells records from article dumps, so `newsie reconcile`
// accepts both.
//
// Thread safety: one thread at a time.
#ifndef NEWSIE_PIPELINE_RECONCILE_RECORD_READER_H_
#define NEWSIE_PIPELINE_RECONCILE_RECORD_READER_H_

#include <memory>
#include <string>

#include "newsie/v1/document.pb.h"
#include "pipeline/status.h"

namespace newsie::reconcile {

enum class InputKind {
  kRecordsJsonl,  // ArticleRecord JSON lines (an "article" object per line)
  kRecordsPb,     // varint-delimited ArticleRecord messages
  kArticles,      // article dumps or plain text: to be extracted first
};

// Looks at the first bytes of `path` (after gunzip): a JSON line with an
// "article" object is records; another JSON line is an article dump; a
// stream whose first message parses as an ArticleRecord with an article is
// records (pb); anything else (plain text, directories) is articles.
// NotFound when the path cannot be opened.
StatusOr<InputKind> SniffInput(const std::string& path);

class RecordReader {
 public:
  static StatusOr<std::unique_ptr<RecordReader>> Open(const std::string& path, InputKind kind);
  ~RecordReader();

  // Next record; false at the end or on a malformed record (see status()).
  bool Next(v1::ArticleRecord* rec);
  // DataLoss naming file and record number after a malformed record.
  const Status& status() const { return status_; }
  uint64_t records() const { return records_; }

 private:
  RecordReader() = default;
  bool ReadBytes(char* buf, size_t n);
  bool ReadLine(std::string* line);
  void* gz_ = nullptr;  // gzFile
  std::string path_;
  InputKind kind_ = InputKind::kRecordsJsonl;
  Status status_;
  uint64_t records_ = 0;
};

}  // namespace newsie::reconcile

#endif  // NEWSIE_PIPELINE_RECONCILE_RECORD_READER_H_
