#include "gazetteers/person_names.h"

#include <algorithm>
#include <iterator>

namespace newsie {

bool IsNameSuffix(std::string_view w) {
  static constexpr std::string_view kSuffixes[] = {
      "jr",  "sr",  "ii",  "iii", "iv",   "vi",   "vii", "viii", "ix",   "xii",
      "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",   "xxi",  "xxii", "xxiii"};
  return std::find(std::begin(kSuffixes), std::end(kSuffixes), w) != std::end(kSuffixes);
}

}  // namespace newsie
