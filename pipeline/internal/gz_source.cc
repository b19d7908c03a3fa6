#include "pipeline/internal/gz_source.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>

namespace newsie {
namespace {
constexpr size_t kChunk = 1 << 18;
}  // namespace

StatusOr<std::unique_ptr<GzSource>> GzSource::Open(const std::string& path) {
  int fd = path == "-" ? dup(0) : open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return NotFoundError("cannot open " + (path == "-" ? std::string("stdin") : path) +
                         ": " + std::strerror(errno));
  }
  gzFile gz = gzdopen(fd, "rb");
  if (!gz) {
    close(fd);
    return NotFoundError("cannot open " + path + ": out of memory");
  }
  gzbuffer(gz, kChunk);
  std::unique_ptr<GzSource> src(new GzSource());
  src->gz_ = gz;
  return src;
}

GzSource::~GzSource() {
  if (gz_) gzclose(static_cast<gzFile>(gz_));
}

bool GzSource::Fill() {
  if (eof_) return false;
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  const size_t old = buf_.size();
  buf_.resize(old + kChunk);
  int n = gzread(static_cast<gzFile>(gz_), buf_.data() + old, kChunk);
  if (n <= 0) {
    buf_.resize(old);
    eof_ = true;
    if (n < 0) {
      int err = 0;
      const char* msg = gzerror(static_cast<gzFile>(gz_), &err);
      status_ = DataLossError(std::string("read error: ") + (msg ? msg : "unknown"));
    }
    return false;
  }
  buf_.resize(old + static_cast<size_t>(n));
  // A truncated gzip stream reports its error only after the last data.
  int err = 0;
  const char* msg = gzerror(static_cast<gzFile>(gz_), &err);
  if (err != Z_OK && err != Z_STREAM_END) {
    status_ = DataLossError(std::string("read error: ") + (msg ? msg : "unknown"));
  }
  return true;
}

bool GzSource::ReadLine(std::string* line, size_t max_bytes, bool* too_long) {
  line->clear();
  *too_long = false;
  size_t scanned = pos_;
  for (;;) {
    const char* base = buf_.data();
    const void* nl = std::memchr(base + scanned, '\n', buf_.size() - scanned);
    size_t end = nl ? static_cast<const char*>(nl) - base : buf_.size();
    // Move what we have into `line` (bounded), so the buffer stays small.
    size_t room = max_bytes > line->size() ? max_bytes - line->size() : 0;
    size_t take = std::min(end - pos_, room);
    line->append(base + pos_, take);
    if (end - pos_ > take) *too_long = true;
    if (nl) {
      pos_ = end + 1;
      break;
    }
    pos_ = buf_.size();
    scanned = 0;
    if (!Fill()) {
      if (line->empty() && !*too_long) return false;
      break;
    }
    scanned = pos_;
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

size_t GzSource::Read(size_t n, std::string* out) {
  size_t got = 0;
  while (got < n) {
    if (pos_ == buf_.size() && !Fill()) break;
    size_t take = std::min(n - got, buf_.size() - pos_);
    out->append(buf_.data() + pos_, take);
    pos_ += take;
    got += take;
  }
  return got;
}

std::string_view GzSource::Peek(size_t n) {
  while (buf_.size() - pos_ < n && Fill()) {
  }
  return std::string_view(buf_).substr(pos_, n);
}

}  // namespace newsie
