#include "extractors/common/scale_words.h"

#include "extractors/common/ascii_words.h"

namespace newsie {

double SuffixScale(std::string_view s, bool money) {
  // "$28.4million", "3billion": the scale word glued to the digits.
  if (EqualsLower(s, "thousand")) return 1e3;
  if (EqualsLower(s, "million")) return 1e6;
  if (EqualsLower(s, "billion")) return 1e9;
  if (EqualsLower(s, "trillion")) return 1e12;
  if (s.empty() || s.size() > 4) return 0;
  if (s == "k" || s == "K") return 1e3;
  if (s == "M" || s == "MM" || (s == "mm" && money)) return 1e6;
  if (s == "m") return money ? 1e6 : 0;
  if (s == "G") return 1e9;
  if (s == "B" || s == "b") return 1e9;
  if (EqualsLower(s, "mn") || EqualsLower(s, "mln") || EqualsLower(s, "mil") ||
      EqualsLower(s, "mio")) {
    return 1e6;
  }
  if (EqualsLower(s, "bn") || EqualsLower(s, "bln")) return 1e9;
  if (EqualsLower(s, "tn") || EqualsLower(s, "tln") || s == "T") return 1e12;
  return 0;
}

}  // namespace newsie
