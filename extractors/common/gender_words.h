// Words that give a person's gender: an honorific or kin word right before
// a name ("Mr. Brill", "Mrs. Clinton", "her son Matthew") or heading a role
// ("the spokeswoman"). Shared by the entity linker (namesakes: "Mr. Khan"
// is not Ghazala Khan) and the quote speakers (pronouns).
//
//   char g = GenderBefore(doc.text(), mention.span.begin);  // 'm', 'f' or 0
//
// Thread safety: stateless.
#ifndef NEWSIE_EXTRACTORS_COMMON_GENDER_WORDS_H_
#define NEWSIE_EXTRACTORS_COMMON_GENDER_WORDS_H_

#include <cstdint>
#include <string_view>

namespace newsie {

// 'm' or 'f' for a word that gives a person's gender before a name or heads
// a role ("mr", "son", "spokeswoman"), 0 otherwise. REQUIRES: `w` is lower
// case, without a trailing period.
char GenderWord(std::string_view w);

// The gender the word right before byte `begin` of `text` gives (past
// spaces and a period: "Mrs. Brill", "Mr Brown", "son Matthew"), else 0.
// With `strict`, an honorific counts only capitalized ("polls miss
// Trump's fall" gives none), and only an honorific before a period ("his
// wife. Bill Clinton spoke" gives none). Reads bytes only (ASCII letters),
// no allocation.
char GenderBefore(std::string_view text, uint32_t begin, bool strict = false);

// Whether the word before byte `begin` is a couple's honorific: "Mr. and
// Mrs. Khan", "Mr. & Mrs. Smith" name two people, of both genders.
bool CoupleBefore(std::string_view text, uint32_t begin);

}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_COMMON_GENDER_WORDS_H_
