// Small ASCII word helpers shared by the rule-based extractors: case-blind
// comparison of a token against lower-case word lists, without allocating.
//
//   if (InWordList(doc.Slice(tok.span), {"about", "around", "nearly"})) ...
//
// Thread safety: stateless.
#ifndef NEWSIE_EXTRACTORS_COMMON_ASCII_WORDS_H_
#define NEWSIE_EXTRACTORS_COMMON_ASCII_WORDS_H_

#include <initializer_list>
#include <string_view>

namespace newsie {

// True when `w` equals `lower` ignoring ASCII case. REQUIRES: `lower` is
// lower case.
inline bool EqualsLower(std::string_view w, std::string_view lower) {
  if (w.size() != lower.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

// True when `a` equals `b` ignoring ASCII case (neither need be lower case).
inline bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

// True when `w` equals one of the lower-case words in `set`, ignoring case.
inline bool InWordList(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (EqualsLower(w, s)) return true;
  }
  return false;
}

}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_COMMON_ASCII_WORDS_H_
