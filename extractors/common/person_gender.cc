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

char PersonEntityGender(const Document& doc, int32_t e, const Gazetteers* gaz) {
  char g = EntityWordsGender(doc, e);
  if (g != 0) return g;
  // The titles' gender words, each title's first; titles of both genders
  // ("Mrs.", "Mr." on a "Khizr Khan" that took his wife's mentions) say
  // nothing, and neither does the given name then.
  const Entity& ent = doc.entities()[e];
  bool male = false, female = false;
  for (size_t i = 0; i < ent.titles.size(); ++i) {
    std::string_view title = ent.titles[i];
    char buf[16];
    char t = 0;
    while (!title.empty() && t == 0) {
      const size_t sp = title.find(' ');
      const std::string_view w = title.substr(0, sp);
      title = sp == std::string_view::npos ? std::string_view() : title.substr(sp + 1);
      if (w.size() < 2 || w.size() >= sizeof(buf)) continue;
      size_t n = 0;
      for (char c : w) {
        if (c == '.') break;
        buf[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      }
      t = GenderWord(std::string_view(buf, n));
    }
    male |= t == 'm';
    female |= t == 'f';
  }
  if (male || female) return male && female ? 0 : male ? 'm' : 'f';
  if (!gaz) return 0;
  if (!ent.gazetteer_id.empty()) {
    const GazetteerEntry* entry = gaz->FindTyped(ent.canonical_name, "PERSON");
    if (entry && entry->id == ent.gazetteer_id) g = EntryGender(*gaz, *entry);
  }
  if (g == 0 && ent.canonical_name.find(' ') != std::string::npos) {
    g = FirstNameGender(*gaz, ent.canonical_name);
  }
  return g;
}

}  // namespace newsie
