#include "pipeline/record_reader.h"

#include <google/protobuf/util/json_util.h>

#include "pipeline/internal/gz_source.h"

namespace newsie {
namespace {
// A record larger than this is taken as corruption, not allocated.
constexpr uint64_t kMaxRecordBytes = uint64_t{1} << 30;
}  // namespace

bool LooksLikeJsonLines(std::string_view head) {
  size_t i = head.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos) return true;  // empty or blank: no records
  if (head[i] != '{') return false;
  // A binary stream can start with 0x7B ('{') only as the length of a
  // 123-byte record, followed by a field tag; JSON follows '{' with a
  // quote, a '}' or white space.
  if (i + 1 >= head.size()) return true;
  char c = head[i + 1];
  return c == '"' || c == '}' || c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

StatusOr<std::unique_ptr<RecordReader>> RecordReader::Open(const std::string& path) {
  auto src = GzSource::Open(path);
  if (!src.ok()) return src.status();
  std::unique_ptr<RecordReader> r(new RecordReader());
  r->src_ = std::move(src).value();
  r->path_ = path == "-" ? "stdin" : path;
  r->format_ = LooksLikeJsonLines(r->src_->Peek(64)) ? RecordFormat::kJsonl
                                                     : RecordFormat::kPb;
  return r;
}

RecordReader::~RecordReader() = default;

StatusOr<bool> RecordReader::Next(newsie::v1::ArticleRecord* rec) {
  rec->Clear();
  if (format_ == RecordFormat::kJsonl) {
    bool too_long = false;
    for (;;) {
      if (!src_->ReadLine(&buf_, kMaxRecordBytes, &too_long)) {
        if (!src_->status().ok()) return DataLossError(path_ + ": " + src_->status().message());
        return false;
      }
      ++count_;
      if (buf_.find_first_not_of(" \t\r") != std::string::npos) break;
    }
    google::protobuf::util::JsonParseOptions po;
    po.ignore_unknown_fields = true;  // records from newer writers
    auto st = google::protobuf::util::JsonStringToMessage(buf_, rec, po);
    if (too_long || !st.ok()) {
      return DataLossError(path_ + ":" + std::to_string(count_) +
                           ": not a newsie record: " + st.ToString());
    }
    return true;
  }
  // Varint length, then the message.
  uint64_t len = 0;
  int shift = 0;
  for (;;) {
    std::string_view b = src_->Peek(1);
    if (b.empty()) {
      if (!src_->status().ok()) return DataLossError(path_ + ": " + src_->status().message());
      if (shift == 0) return false;
      return DataLossError(path_ + ": truncated after record " + std::to_string(count_));
    }
    buf_.clear();
    src_->Read(1, &buf_);
    const auto byte = static_cast<unsigned char>(buf_[0]);
    len |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if (!(byte & 0x80)) break;
    shift += 7;
    if (shift > 63) return DataLossError(path_ + ": bad record length");
  }
  ++count_;
  if (len > kMaxRecordBytes) {
    return DataLossError(path_ + ": record " + std::to_string(count_) + " claims " +
                         std::to_string(len) + " bytes; not a newsie record stream?");
  }
  buf_.clear();
  if (src_->Read(len, &buf_) != len) {
    return DataLossError(path_ + ": record " + std::to_string(count_) + " is truncated");
  }
  if (!rec->ParseFromString(buf_)) {
    return DataLossError(path_ + ": record " + std::to_string(count_) + " does not parse");
  }
  return true;
}

}  // namespace newsie
