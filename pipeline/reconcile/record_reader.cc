#include "pipeline/reconcile/record_reader.h"

#include <google/protobuf/util/json_util.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cstring>
#include <string>

namespace newsie::reconcile {
namespace {

bool ParseJsonRecord(const std::string& line, v1::ArticleRecord* rec) {
  google::protobuf::util::JsonParseOptions opts;
  opts.ignore_unknown_fields = true;
  rec->Clear();
  return google::protobuf::util::JsonStringToMessage(line, rec, opts).ok();
}

// Parses a varint from `p` (n bytes); 0 bytes consumed on failure.
size_t ReadVarint(const unsigned char* p, size_t n, uint64_t* v) {
  *v = 0;
  for (size_t k = 0; k < n && k < 10; ++k) {
    *v |= static_cast<uint64_t>(p[k] & 0x7F) << (7 * k);
    if (!(p[k] & 0x80)) return k + 1;
  }
  return 0;
}

}  // namespace

StatusOr<InputKind> SniffInput(const std::string& path) {
  if (path == "-") return InputKind::kArticles;
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return NotFoundError(path + ": cannot open");
  if (S_ISDIR(st.st_mode)) return InputKind::kArticles;
  gzFile gz = gzopen(path.c_str(), "rb");
  if (!gz) return NotFoundError(path + ": cannot open");
  constexpr size_t kPeek = 1 << 20;
  std::string buf(kPeek, '\0');
  int n = gzread(gz, buf.data(), static_cast<unsigned>(kPeek));
  gzclose(gz);
  if (n <= 0) return InputKind::kArticles;
  buf.resize(static_cast<size_t>(n));
  size_t b = buf.find_first_not_of(" \t\r\n");
  if (b != std::string::npos && buf[b] == '{') {
    size_t e = buf.find('\n', b);
    std::string line = buf.substr(b, e == std::string::npos ? std::string::npos : e - b);
    v1::ArticleRecord rec;
    // A record has an "article" object; a dump line has "text" at the top.
    if (line.find("\"article\"") != std::string::npos && ParseJsonRecord(line, &rec) &&
        rec.has_article()) {
      return InputKind::kRecordsJsonl;
    }
    return InputKind::kArticles;
  }
  uint64_t len = 0;
  size_t used = ReadVarint(reinterpret_cast<const unsigned char*>(buf.data()), buf.size(), &len);
  if (used > 0 && len > 0 && used + len <= buf.size() &&
      static_cast<unsigned char>(buf[used]) == 0x0A) {
    v1::ArticleRecord rec;
    if (rec.ParseFromArray(buf.data() + used, static_cast<int>(len)) && rec.has_article()) {
      return InputKind::kRecordsPb;
    }
  }
  return InputKind::kArticles;
}

StatusOr<std::unique_ptr<RecordReader>> RecordReader::Open(const std::string& path,
                                                           InputKind kind) {
  gzFile gz = path == "-" ? gzdopen(dup(0), "rb") : gzopen(path.c_str(), "rb");
  if (!gz) return NotFoundError(path + ": cannot open");
  gzbuffer(gz, 1 << 17);
  std::unique_ptr<RecordReader> r(new RecordReader());
  r->gz_ = gz;
  r->path_ = path;
  r->kind_ = kind;
  return r;
}

RecordReader::~RecordReader() {
  if (gz_) gzclose(static_cast<gzFile>(gz_));
}

bool RecordReader::ReadBytes(char* buf, size_t n) {
  size_t got = 0;
  while (got < n) {
    int k = gzread(static_cast<gzFile>(gz_), buf + got,
                   static_cast<unsigned>(std::min<size_t>(n - got, 1u << 30)));
    if (k <= 0) return false;
    got += static_cast<size_t>(k);
  }
  return true;
}

bool RecordReader::ReadLine(std::string* line) {
  line->clear();
  char buf[1 << 14];
  while (gzgets(static_cast<gzFile>(gz_), buf, sizeof(buf)) != nullptr) {
    line->append(buf);
    if (!line->empty() && line->back() == '\n') return true;
  }
  return !line->empty();
}

bool RecordReader::Next(v1::ArticleRecord* rec) {
  if (!status_.ok()) return false;
  if (kind_ == InputKind::kRecordsPb) {
    uint64_t len = 0;
    int shift = 0;
    for (;;) {
      int c = gzgetc(static_cast<gzFile>(gz_));
      if (c < 0) {
        if (shift > 0) status_ = DataLossError(path_ + ": truncated record length");
        return false;
      }
      len |= static_cast<uint64_t>(c & 0x7F) << shift;
      shift += 7;
      if (!(c & 0x80)) break;
      if (shift > 63) {
        status_ = DataLossError(path_ + ": bad record length");
        return false;
      }
    }
    if (len > (uint64_t{1} << 31)) {
      status_ = DataLossError(path_ + ": record " + std::to_string(records_ + 1) + " too large");
      return false;
    }
    std::string buf(len, '\0');
    if (!ReadBytes(buf.data(), len) || !rec->ParseFromString(buf)) {
      status_ = DataLossError(path_ + ": record " + std::to_string(records_ + 1) +
                              " is not a newsie.v1.ArticleRecord");
      return false;
    }
    ++records_;
    return true;
  }
  std::string line;
  while (ReadLine(&line)) {
    if (line.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    if (!ParseJsonRecord(line, rec)) {
      status_ = DataLossError(path_ + ": line " + std::to_string(records_ + 1) +
                              " is not a newsie.v1.ArticleRecord");
      return false;
    }
    ++records_;
    return true;
  }
  return false;
}

}  // namespace newsie::reconcile
