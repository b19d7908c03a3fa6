#include "pipeline/internal/utf8.h"

#include <cstring>

namespace newsie {
namespace {

// Length of the well-formed sequence starting at s[i], or 0 when ill-formed;
// `*consumed` is then the length of the maximal subpart to replace (>= 1).
size_t SequenceLength(const unsigned char* s, size_t n, size_t i, size_t* consumed) {
  const unsigned char c = s[i];
  size_t len;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c < 0x80) {
    return 1;
  } else if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;          // no overlongs
    if (c == 0xED) hi = 0x9F;          // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;          // no overlongs
    if (c == 0xF4) hi = 0x8F;          // <= U+10FFFF
  } else {
    *consumed = 1;
    return 0;
  }
  size_t k = 1;
  for (; k < len && i + k < n; ++k) {
    const unsigned char b = s[i + k];
    const bool ok = (k == 1) ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
    if (!ok) break;
  }
  if (k == len) return len;
  *consumed = k;
  return 0;
}

}  // namespace

bool IsValidUtf8(std::string_view sv) {
  const auto* s = reinterpret_cast<const unsigned char*>(sv.data());
  const size_t n = sv.size();
  size_t i = 0;
  while (i < n) {
    // ASCII fast path, 8 bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    size_t consumed = 0;
    size_t len = SequenceLength(s, n, i, &consumed);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

size_t SanitizeUtf8(std::string* str) {
  if (IsValidUtf8(*str)) return 0;
  const auto* s = reinterpret_cast<const unsigned char*>(str->data());
  const size_t n = str->size();
  std::string out;
  out.reserve(n + 16);
  size_t replaced = 0;
  size_t i = 0;
  while (i < n) {
    size_t consumed = 0;
    size_t len = SequenceLength(s, n, i, &consumed);
    if (len > 0) {
      out.append(reinterpret_cast<const char*>(s + i), len);
      i += len;
    } else {
      out.append(kReplacementChar);
      ++replaced;
      i += consumed;
    }
  }
  str->swap(out);
  return replaced;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace newsie
