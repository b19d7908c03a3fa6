#include "extractors/common/person_gender.h"

#include <algorithm>
#include <string>
#include <vector>

#include "extractors/common/gender_words.h"
#include "gazetteers/fold.h"
#include "gazetteers/gazetteer.h"

namespace newsie {
namespace {

// Mentions of an entity read for its gender: the first ones say enough.
constexpr size_t kMaxGenderMentions = 24;

}  // namespace

char GivenNameGender(const Gazetteers& g, std::string_view first) {
  const std::vector<uint32_t>* v = g.Find(first);
  if (!v) return 0;
  static const std::string kNote = "note";
  for (uint32_t i : *v) {
    const GazetteerEntry& e = g.entry(i);
    if (e.type != "GIVEN_NAME") continue;
    const std::string& n = e.Field(kNote);
    return n == "f" ? 'f' : n == "m" ? 'm' : 0;
  }
  return 0;
}

char FirstNameGender(const Gazetteers& g, std::string_view name) {
  std::string first;
  AppendFolded(name, &first);
  first.resize(std::min(first.find(' '), first.size()));
  return GivenNameGender(g, first);
}

char EntryGender(const Gazetteers& g, const GazetteerEntry& e) {
  static const std::string kGender = "gender";
  const std::string& column = e.Field(kGender);
  return column == "f" ? 'f' : column == "m" ? 'm' : FirstNameGender(g, e.canonical);
}

char EntityWordsGender(const Document& doc, int32_t e) {
  const auto& ms = doc.mentions();
  int male = 0, female = 0;
  const std::vector<uint32_t>& em = doc.entities()[e].mentions;
  for (size_t n = 0; n < em.size() && n < kMaxGenderMentions; ++n) {
    if (em[n] >= ms.size()) continue;
    const char g = GenderBefore(doc.text(), ms[em[n]].span.begin);
    male += g == 'm';
    female += g == 'f';
  }
  if (male > 0 && male >= 3 * female) return 'm';
  if (female > 0 && female >= 3 * male) return 'f';
  return 0;
}

}  // namespace newsie
