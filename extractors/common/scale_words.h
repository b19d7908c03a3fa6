#ifndef NEWSIE_EXTRACTORS_COMMON_SCALE_WORDS_H_
#define NEWSIE_EXTRACTORS_COMMON_SCALE_WORDS_H_

#include <string_view>

namespace newsie {

// The scale a word written right after digits names: "1.2bn" -> 1e9,
// "10k" -> 1e3, "13.6M", "2mil", "28.4million" -> 1e6; 0 for any other
// word. `money`: the figure is an amount of money, where a small "m" and
// "mm" are millions (elsewhere metres and millimetres). The numbers stage
// reads scales with it, and the claims stage the scale of an amount a bare
// figure after it shares ("$4M, down from 3.2").
double SuffixScale(std::string_view s, bool money);

}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_COMMON_SCALE_WORDS_H_
