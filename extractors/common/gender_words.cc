#include "extractors/common/gender_words.h"

#include <string_view>
#include <unordered_map>

namespace newsie {
namespace {

// The ASCII word ending at byte `e` of `text` (past spaces and one period
// before `e`), lower-cased into `buf`; empty when none or longer than 15.
std::string_view WordBefore(std::string_view text, uint32_t e, char (&buf)[16],
                            uint32_t* word_begin, bool* period = nullptr) {
  while (e > 0 && text[e - 1] == ' ') --e;
  const bool dot = e > 0 && text[e - 1] == '.';
  if (dot) --e;
  if (period) *period = dot;
  uint32_t b = e;
  while (b > 0 && e - b < 16) {
    const char c = text[b - 1];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) break;
    --b;
  }
  if (b == e || e - b >= 16) return {};
  for (uint32_t i = b; i < e; ++i) {
    const char c = text[i];
    buf[i - b] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  *word_begin = b;
  return {buf, e - b};
}

bool IsHonorific(std::string_view w) {
  return w == "mr" || w == "mrs" || w == "ms" || w == "miss";
}

}  // namespace

char GenderWord(std::string_view w) {
  // One hash lookup, after a cheap test of the first letter: this runs for
  // the word before every mention of an entity a pronoun may refer to.
  if (w.size() < 2 || w.size() > 13) return 0;
  switch (w[0]) {
    case 'b': case 'c': case 'd': case 'f': case 'g': case 'h': case 'k': case 'l':
    case 'm': case 'n': case 'p': case 'q': case 's': case 'u': case 'w':
      break;
    default:
      return 0;
  }
  static const auto* words = new std::unordered_map<std::string_view, char>{
      {"mr", 'm'}, {"son", 'm'}, {"husband", 'm'}, {"father", 'm'}, {"brother", 'm'},
      {"grandson", 'm'}, {"nephew", 'm'}, {"uncle", 'm'}, {"boyfriend", 'm'},
      {"king", 'm'}, {"prince", 'm'}, {"sir", 'm'}, {"lord", 'm'}, {"widower", 'm'},
      {"grandfather", 'm'}, {"dad", 'm'}, {"spokesman", 'm'}, {"chairman", 'm'},
      {"congressman", 'm'}, {"councilman", 'm'}, {"man", 'm'}, {"businessman", 'm'},
      {"mrs", 'f'}, {"ms", 'f'}, {"miss", 'f'}, {"daughter", 'f'}, {"wife", 'f'},
      {"mother", 'f'}, {"sister", 'f'}, {"granddaughter", 'f'}, {"niece", 'f'},
      {"aunt", 'f'}, {"girlfriend", 'f'}, {"queen", 'f'}, {"princess", 'f'},
      {"lady", 'f'}, {"dame", 'f'}, {"widow", 'f'}, {"grandmother", 'f'}, {"mom", 'f'},
      {"spokeswoman", 'f'}, {"chairwoman", 'f'}, {"congresswoman", 'f'},
      {"councilwoman", 'f'}, {"woman", 'f'}, {"businesswoman", 'f'}};
  auto it = words->find(w);
  return it == words->end() ? 0 : it->second;
}

char GenderBefore(std::string_view text, uint32_t begin, bool strict) {
  if (begin > text.size()) return 0;
  char buf[16];
  uint32_t b = 0;
  bool period = false;
  const std::string_view w = WordBefore(text, begin, buf, &b, &period);
  if (strict && IsHonorific(w) && !(text[b] >= 'A' && text[b] <= 'Z')) return 0;
  if (strict && period && !IsHonorific(w)) return 0;
  return GenderWord(w);
}

bool CoupleBefore(std::string_view text, uint32_t begin) {
  if (begin > text.size()) return false;
  char buf[16];
  uint32_t b = 0;
  if (!IsHonorific(WordBefore(text, begin, buf, &b))) return false;
  // "Mr. and Mrs. Khan", "Mr. & Mrs. Smith".
  uint32_t e = b;
  while (e > 0 && text[e - 1] == ' ') --e;
  if (e > 0 && text[e - 1] == '&') {
    --e;
  } else if (e >= 3 && (text.substr(e - 3, 3) == "and" || text.substr(e - 3, 3) == "AND") &&
             (e == 3 || text[e - 4] == ' ')) {
    e -= 3;
  } else {
    return false;
  }
  return IsHonorific(WordBefore(text, e, buf, &b));
}

}  // namespace newsie
