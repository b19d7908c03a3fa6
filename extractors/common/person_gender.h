// A person entity's gender from what the article and the gazetteers say:
// the words before its mentions ("Mr. Blinken", "his son Matthew") and the
// given-name list ("Hillary" f, "Ted" m). Shared by the entity linker
// (namesakes), the quote speakers and coreference (pronouns).
//
//   char g = EntityWordsGender(doc, e);                 // 'm', 'f' or 0
//   if (g == 0 && gaz) g = FirstNameGender(*gaz, doc.entities()[e].canonical_name);
//
// Thread safety: stateless.
#ifndef NEWSIE_EXTRACTORS_COMMON_PERSON_GENDER_H_
#define NEWSIE_EXTRACTORS_COMMON_PERSON_GENDER_H_

#include <cstdint>
#include <string_view>

#include "pipeline/document.h"

namespace newsie {

class Gazetteers;
struct GazetteerEntry;

// 'f' or 'm' when the given-name list gives the folded `first` one gender,
// else 0.
char GivenNameGender(const Gazetteers& g, std::string_view first);

// GivenNameGender of the first word of `name` ("Ted Cruz" -> "ted").
char FirstNameGender(const Gazetteers& g, std::string_view name);

// The gazetteer entry's `gender` column ("m", "f"), else its canonical
// name's given name's.
char EntryGender(const Gazetteers& g, const GazetteerEntry& e);

// The gender the words right before the first mentions of entity `e` give
// (GenderBefore: "Mrs." before "Brill", "son" before "Matthew"), when one
// gender has at least three times the other's count (an entity may have
// taken a namesake's mentions: "Mrs. Trump"), else 0. REQUIRES: `e` indexes
// doc.entities().
char EntityWordsGender(const Document& doc, int32_t e);

// Entity `e`'s gender for pronouns: EntityWordsGender, else its titles
// ("spokeswoman"), else, with `g`, its gazetteer person's gender column
// ("Barack Obama": m), else a full name's given name ("Yvonne Brill": f);
// 0 unknown. A one-word name gives no given name ("Lu" may be a surname).
// Shared by coreference and the quote speakers, so the two layers read a
// pronoun's antecedent alike. REQUIRES: `e` indexes doc.entities().
char PersonEntityGender(const Document& doc, int32_t e, const Gazetteers* g);

}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_COMMON_PERSON_GENDER_H_
