// Small ASCII word helpers shared by the rule-based extractors: case-blind
// comparison of a token against lower-case word lists, without allocating.
//
//   if (InWordList(doc.Slice(tok.span), {"about", "around", "nearly"})) ...
//
//   // A long list asked for every token: one hash lookup, not a scan.
//   static const WordList kVerbs{"rose", "rise", "rises", ...};
//   if (kVerbs.Contains(w)) ...
//
// Thread safety: stateless.
#ifndef NEWSIE_EXTRACTORS_COMMON_ASCII_WORDS_H_
#define NEWSIE_EXTRACTORS_COMMON_ASCII_WORDS_H_

#include <cassert>
#include <initializer_list>
#include <string_view>

#include "pipeline/flat_string_map.h"

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

// InWordList over a fixed list, as a hash set: for long lists looked up
// per token, where the scan compared every word of the right length.
class WordList {
 public:
  // REQUIRES: every word is lower case and at most 32 bytes.
  WordList(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      assert(w.size() <= kMaxWord);
      for ([[maybe_unused]] char c : w) assert(!(c >= 'A' && c <= 'Z'));
      words_.insert(w);
    }
  }
  // True when `w` equals one of the words ignoring ASCII case, as
  // InWordList(w, words).
  bool Contains(std::string_view w) const {
    if (w.size() > kMaxWord) return false;
    char buf[kMaxWord];
    for (size_t i = 0; i < w.size(); ++i) {
      const char c = w[i];
      buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    return words_.contains(std::string_view(buf, w.size()));
  }

 private:
  static constexpr size_t kMaxWord = 32;
  FlatStringSet words_;
};

}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_COMMON_ASCII_WORDS_H_
