// StringHash: a fast hash for short strings (words, unit and cue keys), for
// unordered containers on the extractors' per-token lookups. It is
// transparent: a map keyed by std::string is searched with a
// std::string_view, without building a string.
//
//   std::unordered_map<std::string, int, StringHash, std::equal_to<>> m;
//   auto it = m.find(std::string_view(buf, n));
//
// std::hash (murmur, out of line) cost more than the lookups themselves on
// words of a few bytes. This one reads a short key in two loads and mixes
// 8 bytes at a time, inline; it is not
// meant to resist crafted collisions (keys come from our gazetteers, inputs
// only probe).
//
// Thread safety: stateless.
#ifndef NEWSIE_PIPELINE_STRING_HASH_H_
#define NEWSIE_PIPELINE_STRING_HASH_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace newsie {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept {
    constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
    const char* p = s.data();
    const size_t n = s.size();
    uint64_t v;
    if (n >= 8) {
      uint64_t h = n * kMul;
      size_t i = 0;
      for (; i + 8 <= n; i += 8) h = Mix(h ^ Load64(p + i));
      // The last 8 bytes, overlapping what was mixed: no byte loop.
      if (i < n) h = Mix(h ^ Load64(p + n - 8));
      return static_cast<size_t>(h);
    }
    if (n >= 4) {
      v = Load32(p) | static_cast<uint64_t>(Load32(p + n - 4)) << 32;
    } else if (n > 0) {
      v = static_cast<unsigned char>(p[0]) |
          static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
          static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
    } else {
      v = 0;
    }
    return static_cast<size_t>(Mix((n * kMul) ^ v));
  }

 private:
  static uint64_t Mix(uint64_t h) {
    h *= 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 31);
  }
  static uint64_t Load64(const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  static uint32_t Load32(const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }
};

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_STRING_HASH_H_
