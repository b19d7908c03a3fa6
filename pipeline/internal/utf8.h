// UTF-8 validation and repair for input text.
//
//   std::string s = ReadSomething();
//   size_t n = SanitizeUtf8(&s);  // s is now valid UTF-8
//
// Thread safety: stateless functions.
#ifndef NEWSIE_PIPELINE_INTERNAL_UTF8_H_
#define NEWSIE_PIPELINE_INTERNAL_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsie {

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or code
// points above U+10FFFF).
bool IsValidUtf8(std::string_view s);

// Replaces each ill-formed subsequence of `s` (a maximal subpart, as the
// Unicode standard recommends) with U+FFFD. Returns how many were
// replaced; leaves `s` untouched when it returns 0.
size_t SanitizeUtf8(std::string* s);

// Appends code point `cp` (REQUIRES: cp <= 0x10FFFF, not a surrogate).
void AppendUtf8(uint32_t cp, std::string* out);

inline constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_INTERNAL_UTF8_H_
