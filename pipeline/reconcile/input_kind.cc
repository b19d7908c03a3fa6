#include "pipeline/reconcile/input_kind.h"

#include <google/protobuf/util/json_util.h>
#include <sys/stat.h>
#include <zlib.h>

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
  // An empty file (e.g. an empty partition) holds no versions: read it as
  // zero records rather than as one empty article.
  if (n <= 0) return InputKind::kRecordsJsonl;
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

}  // namespace newsie::reconcile
