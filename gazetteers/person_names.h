// Parts of people's names that both the entity linker and the gazetteer
// lint must read alike.
//
//   IsNameSuffix("jr")   // true: "Donald Trump Jr." has the surname "Trump"
//   IsNameSuffix("xi")   // false: a surname ("Xi Jinping", "Li Xi")
//
// Thread safety: stateless.
#ifndef NEWSIE_GAZETTEERS_PERSON_NAMES_H_
#define NEWSIE_GAZETTEERS_PERSON_NAMES_H_

#include <string_view>

namespace newsie {

// "Jr.", "Sr." and regnal or generational numbers ("II", "III"), given
// folded and without periods: they follow a name and are never its
// surname. Not "v", "x" or "xi": initials, and a Chinese name ("Li Xi").
bool IsNameSuffix(std::string_view folded_word);

}  // namespace newsie

#endif  // NEWSIE_GAZETTEERS_PERSON_NAMES_H_
