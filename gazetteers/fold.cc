#include "gazetteers/fold.h"

#include <cstdint>
#include <cstring>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace newsie {

void AppendFolded(std::string_view s, std::string* out) {
  {  // ASCII: folded in one pass into room sized once; undone at the first
     // non-ASCII byte, which takes the ICU path below
    const size_t at = out->size();
    out->resize(at + s.size());
    char* o = out->data() + at;
    bool ascii = true;
    std::string_view rest = s;
    // Eight bytes at a time while they last: a byte of 'A'..'Z' gains 0x20.
    // Each byte is below 0x80 (checked first), so the sums below carry into
    // no neighbour: b + 0x3F has its high bit set when b >= 'A', b + 0x25
    // when b > 'Z'.
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    while (rest.size() >= 8) {
      uint64_t x;
      std::memcpy(&x, rest.data(), 8);
      if (x & kHigh) break;
      const uint64_t upper = (x + 0x3F * kOnes) & ~(x + 0x25 * kOnes) & kHigh;
      x |= upper >> 2;
      std::memcpy(o, &x, 8);
      o += 8;
      rest.remove_prefix(8);
    }
    for (char c : rest) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        ascii = false;
        break;
      }
      *o++ = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    }
    if (ascii) return;
    out->resize(at);
  }
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(err);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.foldCase();
  icu::UnicodeString d;
  if (U_SUCCESS(err)) {
    nfkd->normalize(u, d, err);
  }
  if (U_FAILURE(err)) d = u;
  icu::UnicodeString kept;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    int8_t t = u_charType(c);
    if (t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK) continue;
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032) c = '\'';
    if (c == 0x2010 || c == 0x2011) c = '-';
    kept.append(c);
  }
  kept.toUTF8String(*out);
}

std::string FoldForMatch(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  AppendFolded(s, &out);
  return out;
}

}  // namespace newsie
