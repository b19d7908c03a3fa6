#include "extractors/entities/entity_linker.h"

#include <algorithm>
#include <cassert>
#include <climits>
#include <iterator>
#include <span>
#include <utility>
#include <string>
#include <vector>

#include "extractors/common/ascii_words.h"
#include "extractors/common/gender_words.h"
#include "extractors/common/person_gender.h"
#include "gazetteers/fold.h"
#include "gazetteers/gazetteer.h"
#include "gazetteers/person_names.h"

namespace newsie {
namespace {

// The gazetteer column naming a place's country (GazetteerEntry::Field
// takes a std::string: one, not one per call).
const std::string& CountryField() {
  static const auto* s = new std::string("country");
  return *s;
}

// A mention's name as words: folded, periods dropped, no leading "the";
// views into the NameTable that made it.
struct Name {
  std::span<const std::string_view> words;
  std::string_view key;  // words joined by ' '
};

// The names of a document's mentions, in one buffer (no strings per word).
class NameTable {
 public:
  // REQUIRES: Build is called once.
  template <typename TextOf>
  void Build(size_t n, TextOf&& text_of) {
    struct Rec {
      uint32_t first_word, n_words;
    };
    std::vector<Rec> recs(n);
    std::vector<std::pair<uint32_t, uint32_t>> spans;  // words, into buf_
    std::string folded;
    size_t bytes = 0;
    for (size_t i = 0; i < n; ++i) bytes += text_of(i).size() + 1;
    buf_.reserve(bytes);  // folding seldom lengthens a name
    spans.reserve(2 * n);
    for (size_t i = 0; i < n; ++i) {
      folded.clear();
      AppendFolded(text_of(i), &folded);
      recs[i].first_word = static_cast<uint32_t>(spans.size());
      // At most every byte and a space after the last word.
      size_t size = buf_.size();
      buf_.resize(size + folded.size() + 1);
      char* out = buf_.data();
      uint32_t begin = static_cast<uint32_t>(size);
      auto flush = [&]() {
        if (size > begin) {
          spans.emplace_back(begin, static_cast<uint32_t>(size));
          out[size++] = ' ';
        }
        begin = static_cast<uint32_t>(size);
      };
      for (char c : folded) {
        if (c == ' ' || c == '\t' || c == '\n') flush();
        else if (c != '.') out[size++] = c;
      }
      flush();
      buf_.resize(size);
      recs[i].n_words = static_cast<uint32_t>(spans.size()) - recs[i].first_word;
    }
    words_.reserve(spans.size());
    for (auto [b, e] : spans) words_.push_back(std::string_view(buf_).substr(b, e - b));
    names_.resize(n);
    for (size_t i = 0; i < n; ++i) {
      std::span<const std::string_view> w(words_.data() + recs[i].first_word, recs[i].n_words);
      if (w.size() > 1 && w.front() == "the") w = w.subspan(1);
      names_[i].words = w;
      // The words sit in buf_ one space apart.
      if (!w.empty()) {
        names_[i].key = std::string_view(w.front().data(),
                                         static_cast<size_t>(w.back().data() + w.back().size() -
                                                             w.front().data()));
      }
    }
  }
  const Name& operator[](size_t i) const { return names_[i]; }

 private:
  std::string buf_;
  std::vector<std::string_view> words_;
  std::vector<Name> names_;
};

bool IsStopWord(std::string_view w) {
  return w == "the" || w == "of" || w == "and" || w == "for" || w == "de" || w == "on" ||
         w == "&" || w == "in" || w == "la" || w == "du" || w == "des" || w == "-";
}

// "E.U.", "EU", "NATO" (2-6 letters, all capitals in the text).
bool LooksLikeAcronym(std::string_view text, const Name& n) {
  if (n.words.size() != 1) return false;
  std::string_view w = n.words[0];
  if (w.size() < 2 || w.size() > 6) return false;
  int upper = 0;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++upper;
  }
  return upper >= 2;
}

std::string Initials(const Name& n) {
  std::string out;
  for (std::string_view w : n.words) {
    if (IsStopWord(w) || w.empty()) continue;
    out.push_back(w[0]);
  }
  return out;
}

// The words of a name without its trailing suffixes ("Joseph R. Biden
// Jr." -> "joseph r biden"); a name of suffixes alone is kept whole.
std::span<const std::string_view> WithoutSuffixes(std::span<const std::string_view> w) {
  size_t e = w.size();
  while (e > 1 && IsNameSuffix(w[e - 1])) --e;
  return w.first(e);
}

// The word a single name must be to refer to a full name by its surname.
std::string_view LastName(const Name& n) { return WithoutSuffixes(n.words).back(); }

// The middle of a name: between its first word and its last name.
std::span<const std::string_view> MiddleNames(const Name& n) {
  std::span<const std::string_view> core = WithoutSuffixes(n.words);
  return core.size() < 3 ? core.subspan(0, 0) : core.subspan(1, core.size() - 2);
}

// Whether two names both have middle names or initials and these differ,
// spaces aside ("h w" = "hw", not "w"), and their initials differ too: a
// word of one or two letters is initials ("hw" for "H.W."), a longer one
// gives its first ("Rodney G. King" is "Rodney Glen King", "George H.W.
// Bush" "George Herbert Walker Bush"; not "George W. Bush").
bool MiddlesDiffer(const Name& a, const Name& b) {
  std::span<const std::string_view> x = MiddleNames(a), y = MiddleNames(b);
  if (x.empty() || y.empty()) return false;
  size_t i = 0, j = 0, p = 0, q = 0;  // word i char p of x, word j char q of y
  bool differ = false;
  for (;;) {
    while (i < x.size() && p == x[i].size()) ++i, p = 0;
    while (j < y.size() && q == y[j].size()) ++j, q = 0;
    if (i == x.size() || j == y.size()) {
      differ = i != x.size() || j != y.size();
      break;
    }
    if (x[i][p++] != y[j][q++]) {
      differ = true;
      break;
    }
  }
  if (!differ) return false;
  // Two spelled-out middles that differ ("Abu", "Abou") differ.
  auto has_initials = [](std::span<const std::string_view> w) {
    return std::any_of(w.begin(), w.end(), [](std::string_view s) { return s.size() <= 2; });
  };
  if (!has_initials(x) && !has_initials(y)) return true;
  // Initials: every char of a short word, the first of a longer one.
  auto next = [](std::span<const std::string_view> w, size_t& k, size_t& c) -> char {
    while (k < w.size() && (w[k].empty() || c >= (w[k].size() <= 2 ? w[k].size() : 1))) {
      ++k;
      c = 0;
    }
    return k < w.size() ? w[k][c++] : '\0';
  };
  size_t k = 0, c = 0, l = 0, d = 0;
  for (;;) {
    const char u = next(x, k, c), v = next(y, l, d);
    if (u != v) return true;
    if (u == '\0') return false;
  }
}

// Titles of monarchs and popes, whose names are a given name and a number.
bool IsRoyalTitle(std::string_view w) {
  return w == "king" || w == "queen" || w == "pope" || w == "prince" || w == "princess" ||
         w == "emperor" || w == "empress";
}

// Whether folded `note` names the role `role` (folded, one space between
// words): as whole words in one of its "; "-separated parts, not right
// after a word that makes it another office ("Vice President" is not
// "President", "Prime Minister" not "Minister").
bool NoteNamesRole(std::string_view note, std::string_view role) {
  static constexpr std::string_view kOther[] = {"vice",       "deputy",    "assistant",
                                                "under",      "lieutenant", "associate",
                                                "prime",      "chief",     "acting"};
  if (role.empty()) return false;
  for (size_t at = note.find(role); at != std::string_view::npos;
       at = note.find(role, at + 1)) {
    size_t end = at + role.size();
    auto boundary = [](char c) { return c == ' ' || c == ',' || c == ';'; };
    if ((at > 0 && !boundary(note[at - 1])) || (end < note.size() && !boundary(note[end]))) {
      continue;
    }
    // The word before, within this part of the note.
    size_t b = at;
    while (b > 0 && note[b - 1] == ' ') --b;
    if (b > 0 && note[b - 1] == ';') return true;
    size_t a = b;
    while (a > 0 && !boundary(note[a - 1])) --a;
    std::string_view before = note.substr(a, b - a);
    if (std::find(std::begin(kOther), std::end(kOther), before) == std::end(kOther)) {
      return true;
    }
  }
  return false;
}

// Whether a mention's title ("Prime Minister", "former President", "Sen.")
// is a role the gazetteer person's note names ("Prime Minister of the
// United Kingdom 2007-2010"). The title's longest ending the title list
// knows as a role decides, by its canonical name or its own words;
// honorifics ("Mr.") are no evidence.
bool TitleMatchesRole(const Gazetteers& g, std::string_view title, std::string_view note) {
  std::string folded_note = FoldForMatch(note);
  // Word starts in the title, longest ending first.
  for (size_t at = 0; at < title.size();) {
    std::string_view tail = title.substr(at);
    if (const std::vector<uint32_t>* v = g.Find(tail)) {
      for (uint32_t i : *v) {
        const GazetteerEntry& e = g.entry(i);
        if (e.type != "TITLE") continue;
        if (e.Field("kind") != "role") return false;
        std::string role = FoldForMatch(e.canonical);
        std::string own = FoldForMatch(tail);
        return NoteNamesRole(folded_note, role) || NoteNamesRole(folded_note, own);
      }
    }
    size_t sp = title.find(' ', at);
    if (sp == std::string_view::npos) break;
    at = sp + 1;
  }
  return false;
}

// FNV-1a over `w`, seeded.
uint64_t HashWord(std::string_view w, uint64_t seed) {
  uint64_t h = 1469598103934665603ull ^ (seed * 0x9e3779b97f4a7c15ull);
  for (unsigned char c : w) h = (h ^ c) * 1099511628211ull;
  return h;
}

// Groups by a 64-bit hash of a name; the first group to hold a name keeps
// it. Open addressing in one array (no node per name), sized for `n`
// names at most.
class GroupsByName {
 public:
  explicit GroupsByName(size_t n) {
    size_t cap = 16;
    while (cap < 2 * n) cap <<= 1;  // load <= 1/2
    slots_.assign(cap, Slot());
    mask_ = cap - 1;
  }
  // Adds `key` -> `group` unless `key` has a group.
  void Emplace(uint64_t key, int32_t group) {
    Slot& s = slots_[Probe(key)];
    if (s.group < 0) s = {key, group};
  }
  // The group of `key`, or -1.
  int32_t Find(uint64_t key) const { return slots_[Probe(key)].group; }
  // Names of group `from` become `to`'s.
  void Move(int32_t from, int32_t to) {
    for (Slot& s : slots_) {
      if (s.group == from) s.group = to;
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    int32_t group = -1;  // -1: empty
  };
  // The slot of `key`, or the empty slot where it would go.
  size_t Probe(uint64_t key) const {
    size_t i = (key * 0x9e3779b97f4a7c15ull) >> 32 & mask_;
    while (slots_[i].group >= 0 && slots_[i].key != key) i = (i + 1) & mask_;
    return i;
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

struct Group {
  EntityType type;
  std::vector<uint32_t> mentions;
  const GazetteerEntry* entry = nullptr;
  size_t best = 0;  // index into mentions of the fullest mention
};

}  // namespace

bool TheNameStandsAlone(const Document& doc, const Gazetteers* g, uint32_t t) {
  const auto& toks = doc.tokens();
  if (t == 0 || t >= toks.size()) return false;
  const std::string_view before = doc.Slice(toks[t - 1].span);
  if (before != "the" && before != "The") return false;
  if (t + 1 == toks.size()) return true;
  const Token& next = toks[t + 1];
  if (next.Has(kTokPossessive) || next.Has(kTokPunct)) return true;
  if (!next.Has(kTokLower)) return false;
  const std::string_view w = doc.Slice(next.span);
  // An auxiliary, a conjunction or a preposition ("unite CGI and the
  // Foundation in more strategic engagement") closes the noun phrase; not
  // "for", "on" or "of", which go on with an institution's name ("the
  // Center for American Women", "the Committee on Ways and Means").
  if (InWordList(w, {"is", "was", "has", "had", "have", "are", "were", "will", "would", "could",
                     "should", "can", "may", "might", "did", "does", "and", "or", "in", "to",
                     "at", "with", "from", "by", "into", "over", "about"})) {
    return true;
  }
  if (!g) return false;
  std::string folded;
  AppendFolded(w, &folded);
  if (const std::vector<uint32_t>* v = g->Find(folded)) {
    for (uint32_t e : *v) {
      if (g->entry(e).type == "CUE") return true;
    }
  }
  return false;
}

bool EveryWordCapitalized(const Document& doc, uint32_t tb, uint32_t te) {
  for (uint32_t t = tb; t < te; ++t) {
    const Token& tok = doc.tokens()[t];
    if (!tok.Has(kTokCapitalized) && !tok.Has(kTokAllCaps)) return false;
  }
  return true;
}

namespace {

// One-word organization names that are the last word of exactly one
// longer organization's name in the article, every word of it
// capitalized: "the Brotherhood" after "the Muslim Brotherhood", "the Post"
// after "The Washington Post", as a surname joins a person's full name.
// Returns (into, from) group pairs to merge. Not a name the gazetteers
// know on its own ("House", "Senate": their own entry), nor one that two
// longer names end with ("the Committee" beside two committees), nor after
// a metonym ("White House"), nor a name of a phrase ("Bank of Georgia");
// and only where some mention of it stands alone after "the"
// (TheNameStandsAlone: "the Brotherhood said"; not "Golf is", "the Miami
// course"). `tokens`: each mention's token range.
std::vector<std::pair<size_t, size_t>> OrgShortForms(
    const Document& doc, const Gazetteers* gaz, const std::vector<Mention>& mentions,
    const std::vector<std::pair<uint32_t, uint32_t>>& tokens,
    const std::vector<std::string_view>& last_words, const std::vector<Group>& groups) {
  std::vector<std::pair<size_t, size_t>> out;
  // (folded last word, group) of the longer names, sorted.
  std::vector<std::pair<std::string_view, size_t>> heads;
  for (size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].type != EntityType::kOrganization) continue;
    for (uint32_t m : groups[g].mentions) {
      const auto [tb, te] = tokens[m];
      if (mentions[m].metonymy || te < tb + 2 || last_words[m].empty()) continue;
      if (EveryWordCapitalized(doc, tb, te)) heads.emplace_back(last_words[m], g);
    }
  }
  if (heads.empty()) return out;
  std::sort(heads.begin(), heads.end());
  heads.erase(std::unique(heads.begin(), heads.end()), heads.end());
  for (size_t a = 0; a < groups.size(); ++a) {
    const Group& g = groups[a];
    if (g.type != EntityType::kOrganization || g.entry || g.mentions.empty()) continue;
    bool one_word = true;
    for (uint32_t m : g.mentions) {
      one_word &= tokens[m].second == tokens[m].first + 1 && !mentions[m].metonymy &&
                  !doc.tokens()[tokens[m].first].Has(kTokAllCaps);
    }
    const std::string_view w = last_words[g.mentions[0]];
    if (!one_word || w.empty()) continue;
    auto lo = std::lower_bound(heads.begin(), heads.end(), std::make_pair(w, size_t{0}));
    auto hi = lo;
    while (hi != heads.end() && hi->first == w) ++hi;
    if (hi - lo != 1 || lo->second == a) continue;
    bool same = true;  // every mention the one word
    bool alone = false;
    for (uint32_t m : g.mentions) {
      same &= last_words[m] == w;
      alone = alone || TheNameStandsAlone(doc, gaz, tokens[m].first);
    }
    if (same && alone) out.emplace_back(lo->second, a);
  }
  return out;
}

bool TokenIs(const Document& doc, uint32_t t, std::string_view a, std::string_view b) {
  if (t >= doc.tokens().size()) return false;
  std::string_view w = doc.Slice(doc.tokens()[t].span);
  return w == a || w == b;
}

// Of `entries`, the preferred subdivision whose ISO kind is "state" (US,
// Indian, Nigerian, Mexican, Brazilian, Australian states...), or nullptr.
// Only states: "Moscow state media" and "Beijing state TV" name no
// subdivision (Moskva and Beijing Shi are a city and a municipality).
const GazetteerEntry* StateEntry(const Gazetteers& g, const std::vector<uint32_t>* entries) {
  if (!entries) return nullptr;
  static const std::string kNote = "note";
  const GazetteerEntry* best = nullptr;
  for (uint32_t i : *entries) {
    const GazetteerEntry& e = g.entry(i);
    if (e.place_kind != GazetteerEntry::PlaceKind::kSubdivision || e.Field(kNote) != "state") {
      continue;
    }
    if (!best || PreferredForLinking(e, *best)) best = &e;
  }
  return best;
}

// Whether the entry list holds a city of `country`.
bool HasCityOf(const Gazetteers& g, const std::vector<uint32_t>& entries,
               const std::string& country) {
  for (uint32_t i : entries) {
    const GazetteerEntry& e = g.entry(i);
    if (e.place_kind == GazetteerEntry::PlaceKind::kCity && e.Field(CountryField()) == country) {
      return true;
    }
  }
  return false;
}

}  // namespace

uint32_t SkipPossessiveAndParty(const Document& doc, uint32_t t) {
  const std::vector<Token>& toks = doc.tokens();
  if (t < toks.size() && toks[t].Has(kTokPossessive)) ++t;
  if (t < toks.size() &&
      InWordList(doc.Slice(toks[t].span), {"republican", "democratic", "gop", "democrat"})) {
    ++t;
  }
  return t;
}

namespace {

// The U.S. (or other) state a LOCATION mention's words mark it as, when its
// name is shared with a city or country: see the header's rules. nullptr
// when unmarked.
const GazetteerEntry* MarkedState(const Document& doc, const Gazetteers& g,
                                  const std::vector<GazetteerMatch>& matches,
                                  const std::vector<std::pair<uint32_t, uint32_t>>& tokens,
                                  const std::vector<Mention>& mentions, size_t m) {
  const auto [tb, te] = tokens[m];
  if (mentions[m].type != EntityType::kLocation || te <= tb) return nullptr;
  const auto& toks = doc.tokens();
  auto entries_of = [&](uint32_t b, uint32_t e) -> const std::vector<uint32_t>* {
    const GazetteerMatch* gm = FindMatch(matches, b, e);
    return gm ? gm->entries : nullptr;
  };
  // "Washington State" as one name: the state's name before it.
  if (te - tb >= 2 && TokenIs(doc, te - 1, "State", "state")) {
    return StateEntry(
        g, g.Find(doc.Slice({toks[tb].span.begin, toks[te - 2].span.end})));
  }
  const std::vector<uint32_t>* own = entries_of(tb, te);
  if (!own) return nullptr;
  // In a list beside a state of the same country ("Virginia, Georgia,
  // Alabama", "Georgia and Tennessee"): that country's state. The
  // neighbour's own preferred reading must be the state.
  if (const GazetteerEntry* own_state = StateEntry(g, own)) {
    auto joined = [&](uint32_t end, uint32_t begin) {
      if (begin == end + 1) {
        return TokenIs(doc, end, ",", ",") || TokenIs(doc, end, "and", "or");
      }
      return begin == end + 2 && TokenIs(doc, end, ",", ",") &&
             TokenIs(doc, end + 1, "and", "or");
    };
    auto state_beside = [&](size_t k) {
      if (mentions[k].type != EntityType::kLocation) return false;
      const std::vector<uint32_t>* other = entries_of(tokens[k].first, tokens[k].second);
      if (!other) return false;
      const GazetteerEntry* p = PreferredEntry(g, *other, EntityType::kLocation);
      return p && p == StateEntry(g, other) &&
             p->Field(CountryField()) == own_state->Field(CountryField());
    };
    // "Washington, D.C." is the capital; "Washington, Iowa" a town of the
    // state after it: a bare comma before a state ends no list unless
    // another place follows ("Virginia, Georgia, Alabama").
    bool capital = TokenIs(doc, te, ",", ",") && TokenIs(doc, te + 1, "D.C.", "DC");
    bool right = m + 1 < mentions.size() && joined(te, tokens[m + 1].first) &&
                 state_beside(m + 1);
    if (right && tokens[m + 1].first == te + 1 && TokenIs(doc, te, ",", ",")) {
      right = m + 2 < mentions.size() && mentions[m + 2].type == EntityType::kLocation &&
              joined(tokens[m + 1].second, tokens[m + 2].first);
    }
    if (!capital && ((m > 0 && joined(tokens[m - 1].second, tb) && state_beside(m - 1)) || right)) {
      return own_state;
    }
  }
  // "Washington state", "New York State" (not "Washington State University").
  if (TokenIs(doc, te, "state", "State") &&
      !TokenIs(doc, te + 1, "University", "College")) {
    return StateEntry(g, own);
  }
  // "the state of Washington", "upstate New York".
  if ((tb >= 2 && TokenIs(doc, tb - 1, "of", "of") && TokenIs(doc, tb - 2, "state", "State")) ||
      (tb >= 1 && TokenIs(doc, tb - 1, "upstate", "Upstate"))) {
    return StateEntry(g, own);
  }
  // "a congressman from Georgia", "the governor of New York": offices a
  // state has and a country or city does not.
  if (tb >= 2 && TokenIs(doc, tb - 1, "from", "of")) {
    std::string office(doc.Slice(toks[tb - 2].span));
    for (char& c : office) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (office.ends_with(".")) office.pop_back();
    static constexpr std::string_view kOffices[] = {
        "senator", "senators", "sen", "congressman", "congresswoman", "congressmen",
        "congresswomen", "representative", "rep", "governor", "gov"};
    for (std::string_view o : kOffices) {
      if (office == o) return StateEntry(g, own);
    }
  }
  // "New York Gov. Andrew Cuomo", "Iowa Sen.", "Nevada's Democratic
  // caucuses": a state's office or vote after the name, past a possessive
  // and a party word ("Boston Mayor" is the city's, "voters" anyone's).
  if (const uint32_t t = SkipPossessiveAndParty(doc, te);
      t < toks.size() &&
      InWordList(doc.Slice(toks[t].span),
                 {"sen.", "senator", "gov.", "governor", "lt.", "rep.", "congressman",
                  "congresswoman", "legislature", "primary", "caucus", "caucuses"})) {
    return StateEntry(g, own);
  }
  // "Seattle, Washington", "Atlanta, Georgia": a city of the state's
  // country, then a comma; not a list ("New York, Washington and Chicago").
  if (m == 0 || tb < 2 || !TokenIs(doc, tb - 1, ",", ",")) return nullptr;
  const auto [cb, ce] = tokens[m - 1];
  if (ce != tb - 1 || mentions[m - 1].type != EntityType::kLocation) return nullptr;
  if (TokenIs(doc, te, "and", "or") || (cb >= 1 && TokenIs(doc, cb - 1, ",", ","))) {
    return nullptr;
  }
  if (TokenIs(doc, te, ",", ",") && m + 1 < mentions.size() &&
      mentions[m + 1].type == EntityType::kLocation &&
      (tokens[m + 1].first == te + 1 ||
       (tokens[m + 1].first == te + 2 && TokenIs(doc, te + 1, "and", "or")))) {
    return nullptr;
  }
  const GazetteerEntry* state = StateEntry(g, own);
  const std::vector<uint32_t>* city = entries_of(cb, ce);
  if (!state || !city || !HasCityOf(g, *city, state->Field(CountryField()))) return nullptr;
  return state;
}

// 'f' or 'm' for an honorific ending a title ("Mrs.", "Mr."), else 0.
char HonorificGender(std::string_view title) {
  size_t sp = title.find_last_of(' ');
  std::string_view w = sp == std::string_view::npos ? title : title.substr(sp + 1);
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w == "Mrs" || w == "Ms" || w == "Miss" || w == "MRS" || w == "MS") return 'f';
  if (w == "Mr" || w == "MR") return 'm';
  return 0;
}

// The gender of mention `m`'s honorific ("Mrs. Clinton", "Mr Brown"), else
// 0; none for a couple's ("Mr. and Mrs. Khan" names both).
char MentionHonorific(const Document& doc, const Mention& m) {
  if (m.title.empty()) return 0;
  const char h = HonorificGender(doc.Slice(m.title));
  return h != 0 && GenderBefore(doc.text(), m.span.begin) == h &&
                 !CoupleBefore(doc.text(), m.span.begin)
             ? h
             : 0;
}

// The gender of "his" or "her" before a kin noun after mention `m` in its
// sentence ("Hillary Clinton is shaping the role her husband would play"),
// before another person's mention or a quote mark; within 12 tokens; else
// 0. The first "his" or "her" decides.
char KinPossessiveAfter(const Document& doc, const std::vector<Mention>& mentions, size_t m) {
  const int s = doc.SentenceAt(mentions[m].span.begin);
  if (s < 0) return 0;
  const auto& toks = doc.tokens();
  const uint32_t end = std::min<uint32_t>(doc.sentences()[static_cast<size_t>(s)].token_end,
                                          static_cast<uint32_t>(toks.size()));
  size_t k = m + 1;
  while (k < mentions.size() && mentions[k].type != EntityType::kPerson) ++k;
  const uint32_t next = k < mentions.size() ? mentions[k].span.begin : UINT32_MAX;
  uint32_t t = doc.TokenAt(mentions[m].span.end);
  for (uint32_t n = 0; t + 1 < end && n < 12; ++t, ++n) {
    const Span sp = toks[t].span;
    if (sp.begin >= next) return 0;
    const std::string_view w = doc.Slice(sp);
    if (w.empty() || w[0] == '"' || w[0] == '\'' || w[0] == '`' || w.starts_with("\xE2\x80")) {
      return 0;
    }
    const bool his = EqualsLower(w, "his"), her = EqualsLower(w, "her");
    if (!his && !her) continue;
    if (!InWordList(doc.Slice(toks[t + 1].span),
                    {"husband", "wife", "son", "daughter", "father", "mother", "brother",
                     "sister", "children", "family"})) {
      return 0;
    }
    return his ? 'm' : 'f';
  }
  return 0;
}

// The gender of the first he/his/himself or she/herself/possessive "her"
// after single name `m` in its sentence ("Clinton is already receiving
// criticism for her repeated comments"; "If Clinton somehow managed to win
// ... as she"), within 12 tokens, before another person's mention or a
// quote mark; else 0, and 0 when a person's mention or a third-person
// pronoun comes before the name in the sentence. "him" and an object
// "her" ("Trump attacked her") are someone else. A possessive "her" is
// followed by a lower-case word that is no preposition, conjunction or
// article.
char PronounAfter(const Document& doc, const std::vector<Mention>& mentions, size_t m) {
  const int s = doc.SentenceAt(mentions[m].span.begin);
  if (s < 0) return 0;
  const auto& toks = doc.tokens();
  const uint32_t end = std::min<uint32_t>(doc.sentences()[static_cast<size_t>(s)].token_end,
                                          static_cast<uint32_t>(toks.size()));
  // The name must open its sentence's people: after another person's
  // mention or a third-person pronoun, the pronoun is as likely that one's
  // ("Sanders is trailing Clinton ... where he says"; "He endorsed
  // Clinton, but told ... he").
  const uint32_t begin = doc.sentences()[static_cast<size_t>(s)].token_begin;
  const uint32_t first = doc.TokenAt(mentions[m].span.begin);
  for (uint32_t t = begin; t < first && t < toks.size(); ++t) {
    if (InWordList(doc.Slice(toks[t].span),
                   {"he", "she", "him", "her", "his", "hers", "they", "them", "their"})) {
      return 0;
    }
  }
  for (size_t k = m; k > 0; --k) {
    const Mention& o = mentions[k - 1];
    if (o.span.end <= toks[begin].span.begin) break;
    if (o.type == EntityType::kPerson) return 0;
  }
  // A possessive name modifies a noun ("Clinton's allies ... his new
  // position" is Axelrod's): the noun may be whom the pronoun refers to.
  const std::string_view rest = doc.text().substr(mentions[m].span.end);
  if (rest.starts_with("'s") || rest.starts_with("\xE2\x80\x99s")) return 0;
  size_t k = m + 1;
  while (k < mentions.size() && mentions[k].type != EntityType::kPerson) ++k;
  const uint32_t next = k < mentions.size() ? mentions[k].span.begin : UINT32_MAX;
  uint32_t t = doc.TokenAt(mentions[m].span.end);
  for (uint32_t n = 0; t < end && n < 12; ++t, ++n) {
    const Span sp = toks[t].span;
    if (sp.begin < mentions[m].span.end) continue;
    if (sp.begin >= next) return 0;
    const std::string_view w = doc.Slice(sp);
    if (w.empty() || w[0] == '"' || w[0] == '\'' || w[0] == '`' || w.starts_with("\xE2\x80\x9C") ||
        w.starts_with("\xE2\x80\x9D") || w.starts_with("\xE2\x80\x98")) {
      return 0;
    }
    // Another subject first: "they", "it", "I", "we", "you".
    if (InWordList(w, {"they", "it", "i", "we", "you"})) return 0;
    if (InWordList(w, {"he", "his", "himself"})) return 'm';
    if (InWordList(w, {"she", "herself"})) return 'f';
    if (EqualsLower(w, "her") && t + 1 < end) {
      const std::string_view x = doc.Slice(toks[t + 1].span);
      if (x.empty() || x[0] < 'a' || x[0] > 'z' ||
          InWordList(x, {"to", "and", "or", "but", "for", "in", "on", "at", "of", "by", "with",
                         "from", "as", "that", "the", "a", "an", "if", "when", "about", "into",
                         "after", "before", "because", "than", "is", "was"})) {
        return 0;
      }
      return 'f';
    }
  }
  return 0;
}

// MentionHonorific per mention of a document, computed on first use:
// AmongNamesakes asks it of every earlier mention of each namesake, for
// each single name, so the same mentions come up again and again.
class HonorificMemo {
 public:
  HonorificMemo(const Document& doc, const std::vector<Mention>& mentions)
      : doc_(doc), mentions_(mentions), memo_(mentions.size(), kUnknown) {}
  char operator()(size_t m) {
    if (memo_[m] == kUnknown) memo_[m] = MentionHonorific(doc_, mentions_[m]);
    return memo_[m];
  }

 private:
  static constexpr char kUnknown = 1;  // not 0, 'f' or 'm'
  const Document& doc_;
  const std::vector<Mention>& mentions_;
  std::vector<char> memo_;
};

// AmongNamesakes' answer when every namesake before a mention is of the
// other gender than its honorific and none after may be: a person of its
// own ("Hillary Clinton" ... "Mrs. Clinton" ... "Mr. Clinton").
constexpr int32_t kNoNamesake = -2;

// The person a single name `m` refers to, of the full names before it
// (`occ` [begin, after): (offset, group) in text order) that end (or begin)
// with it. One person: that one. Namesakes ("Hillary Clinton", "Bill
// Clinton", then "Clinton"), in order:
// - an honorific ("Mrs. Clinton") picks the one whose gender agrees: by
//   the words around its full names (honorifics, kin words: "Mrs. Ghazala
//   Khan", "her son Matthew", "Hillary Clinton ... her husband"; one
//   gender three times the other's count), else by its given name, when
//   every other has the other gender (the list gives Hillary and Bill as
//   f/m; "Mr. Cruz" after "Ted Cruz" and "Rafael Cruz" is not Rafael for
//   being the only known m: Ted is f/m); else the one already called so
//   ("Mrs." before), and never one called the other ("Mr. Clinton"
//   before, unless its given name has the honorific's gender) or whose
//   words give the other gender; when all before were, the next full name
//   after that was not, else kNoNamesake. For that test the given-name
//   list rules out a namesake (even the only one: "Mr. Obama" beside only
//   "Michelle Obama") when its words say nothing and the mention matched
//   its last name (`by_last_name`: not "Mr. Lu" ... "Lu Kang"; the list
//   gives "Lu" and "Adel" as women's names); otherwise it rules out only
//   one of several when another may have the gender;
// - then the one named most often before the mention (news names the
//   article's principal by surname and a relative by first or full name:
//   "Ted Cruz" ... "Heidi Cruz" ... "Cruz said" is Ted);
// - then, of those tied, the only one the gazetteers know (a public
//   figure); then the nearest before.
// `known`: per group, the gazetteer person entry naming it, or null;
// `couple_gender`: per group (may be shorter), the gender a couple's
// order gives where the given names give none (CoupleGenders).
int32_t AmongNamesakes(const Document& doc, const Gazetteers* gaz,
                       const std::vector<Mention>& mentions, const std::vector<Group>& groups,
                       const std::vector<const GazetteerEntry*>& known,
                       const std::vector<char>& couple_gender,
                       std::span<const std::pair<uint32_t, int32_t>> occ,
                       std::span<const std::pair<uint32_t, int32_t>>::iterator after,
                       size_t m, bool by_last_name,
                       const std::vector<const GazetteerEntry*>* role_people,
                       HonorificMemo& honorific) {
  // None before (after == occ.begin()): the nearest after, checked below.
  int32_t nearest = after == occ.begin() ? after->second : std::prev(after)->second;
  std::vector<int32_t> cands;
  for (auto it = occ.begin(); it != after; ++it) {
    if (std::find(cands.begin(), cands.end(), it->second) == cands.end()) {
      cands.push_back(it->second);
    }
  }
  const uint32_t at = mentions[m].span.begin;
  // A role title ("President Bush", "Secretary Clinton") picks the one
  // namesake whose gazetteer entry holds that role: George W. Bush, not
  // Jeb or Laura Bush, named more often; Hillary, not Bill Clinton.
  if (gaz && !mentions[m].title.empty() && cands.size() > 1) {
    const std::string_view title = doc.Slice(mentions[m].title);
    if (HonorificGender(title) == 0) {
      static const std::string kNote = "note";
      int32_t pick = -1;
      int n_picked = 0;
      for (int32_t g : cands) {
        const GazetteerEntry* e = known[static_cast<size_t>(g)];
        if (e && TitleMatchesRole(*gaz, title, e->Field(kNote))) {
          pick = g;
          ++n_picked;
        }
      }
      if (n_picked == 1) return pick;
    }
  }
  // The one known person of that surname whose role the title names
  // (`role_people`: the gazetteers' people of the surname) is none of the
  // namesakes (before it, else the nearest after): none of them is known
  // as someone else of that role, and none has that person's given name.
  // A person of its own: "President Obama" beside only "Michelle Obama",
  // "Secretary Clinton" beside only "Bill Clinton", "President Bush"
  // beside only "Laura Bush".
  // Not after "a" or "an": "a President Clinton" is one to come.
  auto indefinite = [&](uint32_t b) {
    const std::string_view text = doc.text();
    while (b > 0 && text[b - 1] == ' ') --b;
    uint32_t a = b;
    while (a > 0 && text[a - 1] != ' ' && text[a - 1] != '\n') --a;
    return InWordList(text.substr(a, b - a), {"a", "an"});
  };
  if (gaz && role_people && !mentions[m].title.empty() &&
      !indefinite(mentions[m].title.begin)) {
    const std::string_view title = doc.Slice(mentions[m].title);
    static const std::string kNote = "note";
    const GazetteerEntry* role = nullptr;
    int n_roles = 0;
    for (const GazetteerEntry* e : *role_people) {
      if (HonorificGender(title) == 0 && TitleMatchesRole(*gaz, title, e->Field(kNote))) {
        role = e;
        ++n_roles;
      }
    }
    if (n_roles == 1) {
      // A view of the entry's own string: std::string::substr would return
      // a temporary that dies with this statement.
      const std::string_view role_given =
          std::string_view(role->canonical).substr(0, role->canonical.find(' '));
      bool fits = false;
      auto check = [&](int32_t g) {
        const GazetteerEntry* e = known[static_cast<size_t>(g)];
        if (e) {
          fits |= e == role || TitleMatchesRole(*gaz, title, e->Field(kNote));
          return;
        }
        const std::string_view full = doc.Slice(mentions[groups[static_cast<size_t>(g)].mentions[0]].span);
        fits |= EqualsIgnoreCase(full.substr(0, full.find(' ')), role_given);
      };
      if (cands.empty()) check(after->second);
      for (int32_t g : cands) check(g);
      if (!fits) return kNoNamesake;
    }
  }
  const char want = honorific(m);
  const char other = want == 'm' ? 'f' : 'm';
  // Whether group g was called by the mention's honorific (first) and by
  // the other one (second) before the mention.
  auto honorifics_before = [&](int32_t g) {
    std::pair<bool, bool> r{false, false};
    for (uint32_t om : groups[static_cast<size_t>(g)].mentions) {
      if (mentions[om].span.begin >= at) continue;
      const char h = honorific(om);
      r.first |= h != 0 && h == want;
      r.second |= h != 0 && h != want;
    }
    return r;
  };
  // The gender the words right before group g's full names give ("his
  // wife Ghazala Khan", "Mrs. Hillary Clinton"), else a kin possessive
  // after them (KinPossessiveAfter), when one gender has at
  // least three times the other's count; else 0. Not its single names':
  // those joined it by these very rules ("Mr. Obama" after only "Michelle
  // Obama" is named).
  auto words_gender = [&](int32_t g) -> char {
    int male = 0, female = 0;
    for (uint32_t om : groups[static_cast<size_t>(g)].mentions) {
      const Span sp = mentions[om].span;
      if (doc.Slice(sp).find(' ') == std::string_view::npos) continue;
      char h = CoupleBefore(doc.text(), sp.begin) ? 0 : GenderBefore(doc.text(), sp.begin, true);
      if (h == 0) h = KinPossessiveAfter(doc, mentions, om);
      male += h == 'm';
      female += h == 'f';
    }
    if (male > 0 && male >= 3 * female) return 'm';
    if (female > 0 && female >= 3 * male) return 'f';
    return 0;
  };
  auto given_gender = [&](int32_t g) -> char {
    // The group's first mention is its first full name (full names open
    // and join groups before single names do).
    const size_t gi = static_cast<size_t>(g);
    const char couple = gi < couple_gender.size() ? couple_gender[gi] : 0;
    if (!gaz) return couple;
    // A public figure's gazetteer entry gives its gender (the `gender`
    // column): the given-name list has Hillary and Bill as f/m.
    if (const GazetteerEntry* e = known[gi]) {
      if (const char g = EntryGender(*gaz, *e)) return g;
    }
    const uint32_t first = groups[gi].mentions[0];
    const char given = FirstNameGender(*gaz, doc.Slice(mentions[first].span));
    return given != 0 ? given : couple;
  };
  // Of the other gender: by the words before its full names, else called
  // the other way before unless its given name has the honorific's gender
  // ("Mrs. Obama" is Michelle, though "Mr. Obama" joined her).
  auto ruled_out = [&](int32_t g) {
    const char words = words_gender(g);
    if (words != 0) return words == other;
    return honorifics_before(g).second && given_gender(g) != want;
  };
  if (want) {
    // "Mrs. Clinton" ... "Mr. Clinton" before "Bill Clinton" is named in
    // full: when every full name before was called the other way, the
    // nearest one after that was not. With none before ("Mr. Obama" ...
    // "the first lady, Michelle Obama"), a given name of the other gender
    // rules out one after too, where the words say nothing and the name
    // matched by its last word (not "Mr. Lu" ... "Lu Kang").
    auto ruled_out_after = [&](int32_t g) {
      if (ruled_out(g)) return true;
      return by_last_name && words_gender(g) == 0 && given_gender(g) == other;
    };
    bool all_other = true;
    for (int32_t g : cands) all_other &= ruled_out_after(g);
    if (all_other) {
      for (auto it = after; it != occ.end(); ++it) {
        if (!ruled_out_after(it->second)) return it->second;
      }
      return kNoNamesake;
    }
  }
  if (cands.size() <= 1) return nearest;
  // No honorific: a he/she pronoun after the name in its sentence picks
  // among namesakes of both genders (PronounAfter): "Hillary Clinton ...
  // Bill Clinton ... Clinton claimed ... her" is Hillary, though Bill was
  // named last.
  if (!want) {
    if (const char p = PronounAfter(doc, mentions, m)) {
      // Each namesake's gender: the words around its full names, else its
      // gazetteer entry's (the given-name list gives Hillary and Bill as
      // f/m), else its given name's. Every other namesake must be of the
      // other gender: one of unknown gender may be the one meant.
      int32_t pick = -1;
      size_t n_agree = 0, n_other = 0;
      for (int32_t g : cands) {
        const char words = words_gender(g);
        const char gender = words != 0 ? words : given_gender(g);
        if (gender == p) {
          pick = g;
          ++n_agree;
        } else if (gender != 0) {
          ++n_other;
        }
      }
      if (n_agree == 1 && n_other + 1 == cands.size()) return pick;
    }
  }
  if (want) {
    int32_t by_name = -1, n_name = 0, n_other_name = 0, called = -1, n_called = 0;
    std::vector<int32_t> kept, by_name_other;
    for (int32_t g : cands) {
      const char words = words_gender(g);
      const char gender = words != 0 ? words : given_gender(g);
      if (gender == want) {
        by_name = g;
        ++n_name;
      } else if (gender != 0) {
        ++n_other_name;
      }
      const auto [same, other_called] = honorifics_before(g);
      if (same && !other_called) {
        called = g;
        ++n_called;
      }
      if (!ruled_out(g)) kept.push_back(g);
      if (gender == other) by_name_other.push_back(g);
    }
    // Some namesake may have the honorific's gender: none the given-name
    // list gives the other ("Mrs. Bush" after "George W. Bush", "Laura
    // Bush" and "Barbara Bush" is not George).
    if (n_name > 0) {
      std::erase_if(kept, [&](int32_t g) {
        return std::find(by_name_other.begin(), by_name_other.end(), g) != by_name_other.end();
      });
    }
    if (n_name == 1 && n_other_name + 1 == static_cast<int>(cands.size())) return by_name;
    if (n_called == 1) return called;
    if (kept.size() == 1) return kept[0];
    if (!kept.empty() && kept.size() < cands.size()) {
      cands = kept;
      if (std::find(cands.begin(), cands.end(), nearest) == cands.end()) {
        for (auto it = after; it != occ.begin(); --it) {
          if (std::find(cands.begin(), cands.end(), std::prev(it)->second) != cands.end()) {
            nearest = std::prev(it)->second;
            break;
          }
        }
      }
    }
  }
  std::vector<int32_t> best;
  size_t best_n = 0;
  for (int32_t g : cands) {
    size_t n = 0;
    for (uint32_t om : groups[static_cast<size_t>(g)].mentions) {
      n += mentions[om].span.begin < at;
    }
    if (n > best_n) {
      best.assign(1, g);
      best_n = n;
    } else if (n == best_n) {
      best.push_back(g);
    }
  }
  if (best.size() == 1) return best[0];
  int32_t pick = -1, n_known = 0;
  for (int32_t g : best) {
    if (known[static_cast<size_t>(g)]) {
      pick = g;
      ++n_known;
    }
  }
  if (n_known == 1) return pick;
  return nearest;
}

// Whether the person entity `g` (all its mentions named `name`, an entry's
// surname_alone) may take entry `e`: the article names no other person of
// that name, and no honorific of the entity says another gender than the
// entry's (or both genders: two people).
bool NoNamesake(const Document& doc, const Gazetteers& gaz, const std::vector<Mention>& mentions,
                const NameTable& names, const std::vector<int32_t>& group_of, int32_t g,
                const Group& group, const Name& name, const GazetteerEntry& e) {
  const char gender = EntryGender(gaz, e);
  char seen = 0;
  for (uint32_t m : group.mentions) {
    if (mentions[m].title.empty()) continue;
    const char h = HonorificGender(doc.Slice(mentions[m].title));
    if (h == 0) continue;
    if ((gender != 0 && h != gender) || (seen != 0 && h != seen)) return false;
    seen = h;
  }
  const size_t k = name.words.size();
  for (size_t m = 0; m < mentions.size(); ++m) {
    if (group_of[m] == g || mentions[m].type != EntityType::kPerson) continue;
    // "Melania Trump", "Donald Trump Jr.", or the name itself elsewhere.
    std::span<const std::string_view> core = WithoutSuffixes(names[m].words);
    if (core.size() >= k && std::equal(name.words.begin(), name.words.end(),
                                       core.end() - static_cast<std::ptrdiff_t>(k))) {
      // Unless the entity's honorifics give the entry's gender and the
      // namesake's given name the other ("Mr. Obama" beside "Michelle
      // Obama" is Barack).
      if (seen != 0 && core.size() > k &&
          FirstNameGender(gaz, doc.Slice(mentions[m].span)) == (seen == 'm' ? 'f' : 'm')) {
        continue;
      }
      return false;
    }
  }
  return true;
}

// Couples read per document (CoupleNames); news names a few.
constexpr int kMaxCouples = 32;

// Per mention, the full name a couple's first given name stands for
// ("Khizr" in "Khizr and Ghazala Khan" is "Khizr Khan"), else empty: a
// one-word person name, capitalized and with no title before it, then
// "and" or "&", then a person's name of two or more words. Not when the
// word is a surname: the last word of a person's full name in the article
// ("Obama and Michelle Obama"), or a known person's (`surnames`: "Trump
// and Hillary Clinton"). `tokens`: each mention's token range.
std::vector<std::string> CoupleNames(const Document& doc, const std::vector<Mention>& mentions,
                                     const std::vector<std::pair<uint32_t, uint32_t>>& tokens,
                                     const PersonSurnames* surnames) {
  std::vector<std::string> out(mentions.size());
  int checked = 0;
  auto last_word = [&](size_t m) {
    std::string_view t = doc.Slice(mentions[m].span);
    size_t sp = t.find_last_of(' ');
    return sp == std::string_view::npos ? std::string_view() : t.substr(sp + 1);
  };
  std::string folded;
  for (size_t m = 0; m + 1 < mentions.size(); ++m) {
    const Mention& x = mentions[m];
    const Mention& y = mentions[m + 1];
    if (x.type != EntityType::kPerson || y.type != EntityType::kPerson || !x.title.empty() ||
        tokens[m].second != tokens[m].first + 1 || tokens[m + 1].first != tokens[m].second + 1 ||
        tokens[m + 1].second < tokens[m + 1].first + 2 ||
        !TokenIs(doc, tokens[m].second, "and", "&")) {
      continue;
    }
    const std::string_view given = doc.Slice(x.span);
    const std::string_view surname = last_word(m + 1);
    if (given.size() < 2 || given[0] < 'A' || given[0] > 'Z' || given[1] < 'a' ||
        given[1] > 'z' || surname.empty() || surname.find('\n') != std::string_view::npos) {
      continue;
    }
    folded.clear();
    AppendFolded(surname, &folded);
    if (IsNameSuffix(folded)) continue;
    folded.clear();
    AppendFolded(given, &folded);
    if (surnames && surnames->Find(folded)) continue;
    // A title before the word ("Presidents Reagan and George W. Bush") or
    // a list of names before it ("Brandy, Monica and Lauryn Hill"): people
    // of their own.
    const uint32_t t0 = tokens[m].first;
    if (t0 > 0) {
      const std::string_view prev = doc.Slice(doc.tokens()[t0 - 1].span);
      if (!prev.empty() && prev[0] >= 'A' && prev[0] <= 'Z') continue;
      if (prev == "," && m > 0 && tokens[m - 1].second + 1 == t0) continue;
    }
    // The word names another person of the article: the last word of a
    // full name ("Obama and Michelle Obama") or the first word of one of
    // another surname ("Hillary Clinton" ... "Hillary and Huma Abedin").
    // Each candidate reads every mention: a cap keeps adversarial input
    // ("A and B C and D E ...") linear.
    if (++checked > kMaxCouples) break;
    bool named = false;
    for (size_t o = 0; o < mentions.size() && !named; ++o) {
      if (mentions[o].type != EntityType::kPerson || o == m || o == m + 1) continue;
      const std::string_view t = doc.Slice(mentions[o].span);
      const size_t sp = t.find(' ');
      if (sp == std::string_view::npos) continue;
      named = EqualsIgnoreCase(last_word(o), given) ||
              (EqualsIgnoreCase(t.substr(0, sp), given) && !EqualsIgnoreCase(last_word(o), surname));
    }
    if (named) continue;
    out[m].reserve(given.size() + 1 + surname.size());
    out[m].append(given).append(" ").append(surname);
  }
  return out;
}

// PreferredEntry, except that an alias two person entries share names
// neither ("George Bush": both presidents), nor does a person of a
// generated list: a person's id must be sure.
const GazetteerEntry* EntryToLink(const Gazetteers& g, const std::vector<uint32_t>* entries,
                                  EntityType type) {
  if (!entries) return nullptr;
  const GazetteerEntry* best = PreferredEntry(g, *entries, type);
  if (!best || type != EntityType::kPerson) return best;
  // A person of a generated list (priority below 0: people/wordnet's
  // historical figures) is no sure id: "John Smith, a county spokesman",
  // "Michael Jackson, a local plumber". The tagger still reads the list.
  if (best->priority < 0) return nullptr;
  for (uint32_t i : *entries) {
    const GazetteerEntry& e = g.entry(i);
    if (&e != best && EntityTypeOfGazetteerType(e.type) == type && !PreferredForLinking(*best, e)) {
      return nullptr;
    }
  }
  return best;
}

}  // namespace

EntityType EntityTypeOfGazetteerType(std::string_view t) {
  if (t == "PERSON") return EntityType::kPerson;
  if (t == "ORGANIZATION" || t == "ORG" || t == "COMPANY" || t == "NEWS_ORGANIZATION" ||
      t == "NEWS_ORG" || t == "GOVERNMENT_BODY" || t == "INTERNATIONAL_ORGANIZATION" ||
      t == "POLITICAL_PARTY" || t == "MEDIA" || t == "AGENCY" || t == "MILITARY") {
    return EntityType::kOrganization;
  }
  if (t == "LOCATION" || t == "COUNTRY" || t == "CITY" || t == "SUBDIVISION" ||
      t == "REGION" || t == "PLACE" || t == "GPE" || t == "CAPITAL" || t == "CONTINENT") {
    return EntityType::kLocation;
  }
  return EntityType::kUnspecified;
}

std::span<const GazetteerMatch> MatchesOpeningAt(const std::vector<GazetteerMatch>& matches,
                                                 uint32_t tb) {
  auto first = std::lower_bound(
      matches.begin(), matches.end(), tb,
      [](const GazetteerMatch& m, uint32_t t) { return m.token_begin < t; });
  auto last = first;
  while (last != matches.end() && last->token_begin == tb) ++last;
  return {first, last};
}

const GazetteerMatch* FindMatch(const std::vector<GazetteerMatch>& matches, uint32_t tb,
                                uint32_t te) {
  for (const GazetteerMatch& m : MatchesOpeningAt(matches, tb)) {
    if (m.token_end == te) return &m;
  }
  return nullptr;
}

const GazetteerEntry* FindEntryForTokens(const Gazetteers& g,
                                         const std::vector<GazetteerMatch>& matches,
                                         uint32_t tb, uint32_t te, EntityType type) {
  const GazetteerMatch* m = FindMatch(matches, tb, te);
  return m ? PreferredEntry(g, *m->entries, type) : nullptr;
}

const GazetteerEntry* PreferredEntry(const Gazetteers& g, const std::vector<uint32_t>& entries,
                                     EntityType type) {
  const GazetteerEntry* best = nullptr;
  for (uint32_t i : entries) {
    const GazetteerEntry& e = g.entry(i);
    if (EntityTypeOfGazetteerType(e.type) != type) continue;
    if (!best || PreferredForLinking(e, *best)) best = &e;
  }
  return best;
}

const GazetteerEntry* FindEntryOfType(const Gazetteers& g, std::string_view phrase,
                                      EntityType type) {
  const std::vector<uint32_t>* v = g.Find(phrase);
  return v ? PreferredEntry(g, *v, type) : nullptr;
}

PersonSurnames::PersonSurnames(const Gazetteers& g) {
  for (uint32_t i = 0; i < g.size(); ++i) {
    const GazetteerEntry& e = g.entry(i);
    // A generated list's people (negative priority: people/wordnet's
    // historical figures) give no surnames: "Sam Houston" would make every
    // "Houston" a person.
    if (e.type != "PERSON" || e.priority < 0) continue;
    for (const std::string& alias : e.aliases) {
      NameTable table;
      table.Build(1, [&](size_t) { return std::string_view(alias); });
      // A suffix is no surname ("Lloyd J. Austin III" is "Austin"); a
      // monarch's given name and number have none ("Queen Elizabeth II").
      std::span<const std::string_view> w = WithoutSuffixes(table[0].words);
      if (!w.empty() && IsRoyalTitle(w.front())) w = w.subspan(1);
      if (w.size() < 2) continue;
      auto& v = by_surname_[w.back()];
      if (std::find(v.begin(), v.end(), &e) == v.end()) v.push_back(&e);
    }
  }
  // The surname_alone names, folded as mentions' names are (NameTable);
  // a name two entries claim is dropped (nullptr).
  static const std::string kAlone = "surname_alone";
  for (uint32_t i = 0; i < g.size(); ++i) {
    const GazetteerEntry& e = g.entry(i);
    const std::string& field = e.Field(kAlone);
    if (e.type != "PERSON" || field.empty()) continue;
    for (size_t b = 0; b <= field.size();) {
      size_t bar = std::min(field.find('|', b), field.size());
      NameTable table;
      table.Build(1, [&](size_t) { return std::string_view(field).substr(b, bar - b); });
      b = bar + 1;
      const Name& n = table[0];
      if (n.words.empty()) continue;
      // Another person's surname: the name alone does not say which.
      if (const auto* v = Find(n.words.back())) {
        if (std::any_of(v->begin(), v->end(), [&](const GazetteerEntry* o) { return o != &e; })) {
          continue;
        }
      }
      if (const GazetteerEntry** owner = alone_.find(n.key)) {
        if (*owner != &e) *owner = nullptr;
      } else {
        alone_.emplace(n.key, &e);
      }
    }
  }
}

const std::vector<const GazetteerEntry*>* PersonSurnames::Find(
    std::string_view folded) const {
  return by_surname_.find(folded);
}

const GazetteerEntry* PersonSurnames::FindAlone(std::string_view folded_name) const {
  const GazetteerEntry* const* e = alone_.find(folded_name);
  return e == nullptr ? nullptr : *e;
}

void LinkEntities(Document& doc, const Gazetteers* gaz,
                  const std::vector<GazetteerMatch>* matches,
                  const PersonSurnames* surnames, const std::vector<char>* works) {
  assert(!works || works->size() == doc.mentions().size());
  std::vector<GazetteerMatch> own;
  if (gaz && !matches) {
    for (const Sentence& s : doc.sentences()) {
      auto m = gaz->Match(doc, s.token_begin, s.token_end);
      own.insert(own.end(), m.begin(), m.end());
    }
    matches = &own;
  }
  auto& mentions = doc.mutable_mentions();
  // Token range of each mention, for gazetteer lookups.
  // Mentions come in text order, so each search walks on from the last
  // one's first token (the same tokens as Document::TokenAt, whose binary
  // search per end cost more); out of order or empty spans search anew.
  std::vector<std::pair<uint32_t, uint32_t>> tokens(mentions.size());
  {
    const auto& toks = doc.tokens();
    const uint32_t n = static_cast<uint32_t>(toks.size());
    uint32_t at = 0, last_begin = 0;  // at: TokenAt(last_begin)
    for (size_t i = 0; i < mentions.size(); ++i) {
      const Span sp = mentions[i].span;
      if (sp.end <= sp.begin || sp.begin < last_begin) {
        tokens[i] = {doc.TokenAt(sp.begin), doc.TokenAt(sp.end - 1) + 1};
        continue;
      }
      // Tokens before `at` end at or before last_begin <= sp.begin.
      while (at < n && toks[at].span.end <= sp.begin) ++at;
      last_begin = sp.begin;
      uint32_t last = at;
      while (last < n && toks[last].span.end <= sp.end - 1) ++last;
      tokens[i] = {at, last + 1};
    }
  }
  // Mentions whose words mark them as a state ("Washington state") link to
  // it and group apart from the same name unmarked (the capital).
  std::vector<const GazetteerEntry*> state(mentions.size(), nullptr);
  if (gaz) {
    for (size_t m = 0; m < mentions.size(); ++m) {
      state[m] = MarkedState(doc, *gaz, *matches, tokens, mentions, m);
    }
  }
  // A couple's given names sharing one surname ("Khizr and Ghazala Khan"):
  // the first is a full name of its own ("Khizr Khan") for linking.
  const std::vector<std::string> couple = CoupleNames(doc, mentions, tokens, surnames);
  auto entry_for = [&](size_t m, EntityType type) -> const GazetteerEntry* {
    if (!gaz) return nullptr;
    if (state[m] && type == EntityType::kLocation) return state[m];
    if (!couple[m].empty()) return EntryToLink(*gaz, gaz->Find(couple[m]), type);
    const GazetteerMatch* gm = FindMatch(*matches, tokens[m].first, tokens[m].second);
    if (gm) return EntryToLink(*gaz, gm->entries, type);
    // An organization named with a possessive ("Lloyd's", "Lloyd's of
    // London": the span rules keep the "'s" of such listed names) is in no
    // match of the document's capitalized runs, which stop at the
    // lower-case "'s".
    if (type == EntityType::kOrganization) {
      const std::string_view w = doc.Slice(mentions[m].span);
      if (w.find("'s") != std::string_view::npos ||
          w.find("\xE2\x80\x99s") != std::string_view::npos) {
        // Curated names only: generated lists hold such names of other
        // bodies (WordNet's "People's Party", the US Populists).
        const GazetteerEntry* e = EntryToLink(*gaz, gaz->Find(w), type);
        return e && e->priority >= 0 ? e : nullptr;
      }
    }
    return nullptr;
  };
  NameTable names;
  names.Build(mentions.size(), [&](size_t i) -> std::string_view {
    return couple[i].empty() ? doc.Slice(mentions[i].span) : std::string_view(couple[i]);
  });

  std::vector<Group> groups;
  groups.reserve(mentions.size());  // at most one a mention
  std::vector<int32_t> group_of(mentions.size(), -1);
  // Lookups by name instead of scans over the groups: the first group to
  // hold a name keeps it.
  // Keyed by 64-bit hashes of the names (no strings built per lookup).
  // Each mention joins a group once and adds a name to each.
  GroupsByName by_type_key(mentions.size());    // type + key
  GroupsByName by_first_last(mentions.size());  // people
  auto type_key = [&](EntityType t, const Name& n) {
    return HashWord(n.key, static_cast<uint64_t>(t) + 1);
  };
  // A marked state's name is keyed with its id: "Washington state" does
  // not join "Washington" (the capital), nor the reverse.
  auto mention_key = [&](EntityType t, size_t m) {
    uint64_t k = type_key(t, names[m]);
    return state[m] ? HashWord(state[m]->id, k) : k;
  };
  // First and last name, and the suffixes: "Donald Trump Jr." is not
  // "Donald Trump".
  auto first_last = [&](const Name& n) {
    std::span<const std::string_view> core = WithoutSuffixes(n.words);
    uint64_t h = HashWord(core.back(), HashWord(n.words.front(), 7));
    for (size_t i = core.size(); i < n.words.size(); ++i) h = HashWord(n.words[i], h);
    return h;
  };
  auto join = [&](size_t m, size_t g) {
    group_of[m] = static_cast<int32_t>(g);
    groups[g].mentions.push_back(static_cast<uint32_t>(m));
    by_type_key.Emplace(mention_key(groups[g].type, m), static_cast<int32_t>(g));
    if (groups[g].type == EntityType::kPerson && names[m].words.size() >= 2) {
      by_first_last.Emplace(first_last(names[m]), static_cast<int32_t>(g));
    }
  };
  auto open = [&](size_t m) {
    groups.push_back({mentions[m].type, {}, nullptr, 0});
    join(m, groups.size() - 1);
  };

  // A full name without middle names that may be either of two people:
  // the article gives the first and last name with two different middles
  // ("George H.W. Bush", "George W. Bush": "George Bush" is either), or
  // the gazetteers give it to two people ("George Bush": both presidents;
  // in "Prescott Bush, George Bush and George W. Bush" it is the father).
  std::vector<uint64_t> two_middles;
  {
    std::vector<std::pair<uint64_t, uint32_t>> with_middle;
    for (size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].type == EntityType::kPerson && !MiddleNames(names[m]).empty()) {
        with_middle.emplace_back(first_last(names[m]), static_cast<uint32_t>(m));
      }
    }
    std::sort(with_middle.begin(), with_middle.end());
    for (size_t i = 1; i < with_middle.size(); ++i) {
      if (with_middle[i].first == with_middle[i - 1].first &&
          MiddlesDiffer(names[with_middle[i].second], names[with_middle[i - 1].second]) &&
          (two_middles.empty() || two_middles.back() != with_middle[i].first)) {
        two_middles.push_back(with_middle[i].first);
      }
    }
  }
  auto either_of_two = [&](size_t m) {
    const Name& n = names[m];
    if (n.words.size() < 2 || !MiddleNames(n).empty()) return false;
    if (std::find(two_middles.begin(), two_middles.end(), first_last(n)) != two_middles.end()) {
      return true;
    }
    if (!gaz || !couple[m].empty()) return false;
    const GazetteerMatch* gm = FindMatch(*matches, tokens[m].first, tokens[m].second);
    if (!gm || !gm->entries) return false;
    int people = 0;
    for (uint32_t i : *gm->entries) {
      const GazetteerEntry& e = gaz->entry(i);
      people += e.priority >= 0 && EntityTypeOfGazetteerType(e.type) == EntityType::kPerson;
    }
    return people >= 2;
  };
  // People with full names first, so single names can find them.
  for (size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].type != EntityType::kPerson || names[m].words.size() < 2) continue;
    const Name& n = names[m];
    int32_t found = by_type_key.Find(type_key(EntityType::kPerson, n));
    if (found < 0) {
      // Same first and last name: one person, unless both give middle
      // names and they differ ("George H.W. Bush", "George W. Bush"), or
      // one may be either of two people (either_of_two).
      found = by_first_last.Find(first_last(n));
      const bool either = either_of_two(m);
      for (size_t k = 0; found >= 0 && k < groups[static_cast<size_t>(found)].mentions.size();
           ++k) {
        const uint32_t om = groups[static_cast<size_t>(found)].mentions[k];
        if (MiddlesDiffer(names[om], n) || either || either_of_two(om)) found = -1;
      }
    }
    if (found >= 0) join(m, static_cast<size_t>(found));
    else open(m);
  }
  // A surname of several words is the person whose longer name ends with
  // it ("Peña Nieto" is "Enrique Peña Nieto", "Suu Kyi" "Aung San Suu Kyi",
  // "De Blasio" "Bill de Blasio"), when exactly one person's does.
  const size_t n_people = groups.size();
  auto ends_with = [&](const Name& longer, const Name& n) {
    if (longer.words.size() <= n.words.size()) return false;
    return std::equal(n.words.begin(), n.words.end(),
                      longer.words.end() - static_cast<std::ptrdiff_t>(n.words.size()));
  };
  for (size_t a = 0; a < n_people && n_people > 1; ++a) {
    int32_t target = -1;
    bool all = true;
    for (uint32_t m : groups[a].mentions) {
      int32_t t = -1;
      for (size_t b = 0; b < n_people && t != -2; ++b) {
        if (b == a || groups[b].mentions.empty()) continue;
        for (uint32_t om : groups[b].mentions) {
          if (!ends_with(names[om], names[m])) continue;
          t = t < 0 || t == static_cast<int32_t>(b) ? static_cast<int32_t>(b) : -2;
          break;
        }
      }
      if (t < 0 || (target >= 0 && t != target)) {
        all = false;
        break;
      }
      target = t;
    }
    if (!all || target < 0) continue;
    for (uint32_t m : groups[a].mentions) {
      group_of[m] = target;
      groups[static_cast<size_t>(target)].mentions.push_back(m);
    }
    groups[a].mentions.clear();
    by_type_key.Move(static_cast<int32_t>(a), target);
    by_first_last.Move(static_cast<int32_t>(a), target);
  }
  // The person a single name refers to: last name, else first name; the
  // nearest full name before the mention wins, else the nearest after it.
  // Occurrences of full names by last word (pass 0) and first word (pass 1),
  // in text order.
  // Each pass's occurrences sorted by (word hash, offset, group): those of
  // one word are a sorted range (no map or vector per word).
  struct Occurrences {
    std::vector<uint64_t> word;                     // hash of the word
    std::vector<std::pair<uint32_t, int32_t>> occ;  // (offset, group)
    std::span<const std::pair<uint32_t, int32_t>> Of(uint64_t w) const {
      auto [lo, hi] = std::equal_range(word.begin(), word.end(), w);
      return {occ.data() + (lo - word.begin()), static_cast<size_t>(hi - lo)};
    }
  } by_word[2];
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<std::pair<uint64_t, std::pair<uint32_t, int32_t>>> all;
    all.reserve(mentions.size());
    for (size_t g = 0; g < groups.size(); ++g) {
      for (uint32_t om : groups[g].mentions) {
        const Name& o = names[om];
        all.push_back({HashWord(pass == 0 ? LastName(o) : o.words.front(), 0),
                       {mentions[om].span.begin, static_cast<int32_t>(g)}});
      }
    }
    std::sort(all.begin(), all.end());
    for (const auto& [w, o] : all) {
      by_word[pass].word.push_back(w);
      by_word[pass].occ.push_back(o);
    }
  }
  // A couple named "Khizr and Ghazala Khan" with given names the list
  // gives no gender: news names the husband first ("Mr. and Mrs.", "Bill
  // and Melinda Gates"), so "Mr. Khan" is Khizr and "Mrs. Khan" Ghazala.
  // Only where that leaves them of two genders: "Venus and Serena
  // Williams" (both f by the list) or "Michelle and ... Obama" (f first)
  // get nothing from the order.
  std::vector<char> couple_gender(groups.size(), 0);
  for (size_t m = 0; m + 1 < mentions.size(); ++m) {
    if (couple[m].empty() || group_of[m] < 0 || group_of[m + 1] < 0 ||
        group_of[m] == group_of[m + 1]) {
      continue;
    }
    const char gx = gaz ? FirstNameGender(*gaz, couple[m]) : 0;
    const char gy = gaz ? FirstNameGender(*gaz, doc.Slice(mentions[m + 1].span)) : 0;
    const char x = gx != 0 ? gx : 'm', y = gy != 0 ? gy : 'f';
    if (x == y) continue;
    couple_gender[static_cast<size_t>(group_of[m])] = x;
    couple_gender[static_cast<size_t>(group_of[m + 1])] = y;
  }
  // Full-name people the gazetteers know, for choosing among namesakes.
  std::vector<const GazetteerEntry*> known(groups.size(), nullptr);
  for (size_t g = 0; g < groups.size() && gaz; ++g) {
    for (uint32_t om : groups[g].mentions) {
      if (const GazetteerEntry* e = entry_for(om, EntityType::kPerson)) {
        known[g] = e;
        break;
      }
    }
  }
  HonorificMemo honorific(doc, mentions);
  auto person_for = [&](size_t m) -> int32_t {
    const Name& n = names[m];
    if (n.words.size() != 1) return -1;
    for (int pass = 0; pass < 2; ++pass) {
      const std::span<const std::pair<uint32_t, int32_t>> v =
          by_word[pass].Of(HashWord(n.words[0], 0));
      if (v.empty()) continue;
      auto after = std::lower_bound(v.begin(), v.end(),
                                    std::make_pair(mentions[m].span.begin, INT32_MIN));
      return AmongNamesakes(doc, gaz, mentions, groups, known, couple_gender, v, after, m,
                            pass == 0,
                            pass == 0 && surnames ? surnames->Find(n.words[0]) : nullptr,
                            honorific);
    }
    return -1;
  };

  // People of their own by name and honorific's gender (kNoNamesake).
  std::vector<std::pair<uint64_t, int32_t>> apart;
  for (size_t m = 0; m < mentions.size(); ++m) {
    if (group_of[m] >= 0) continue;
    Mention& men = mentions[m];
    const Name& n = names[m];
    if (n.words.empty()) {
      open(m);
      continue;
    }
    int32_t person = person_for(m);
    if (person == kNoNamesake) {
      // No namesake of the honorific's gender: one person of its own for
      // the name and gender ("Mr. Khan" after only "Ghazala Khan", called
      // "Mrs." or "his wife"), not the group a bare "Khan" gave the name.
      // A role title without an honorific ("President Obama") keys apart
      // from both genders' honorifics: which it is, the gazetteer id says.
      const char h = honorific(m);
      const uint64_t key = HashWord(h == 'f'                ? "f"
                                    : h == 0 && !men.title.empty() ? "r"
                                                            : "m",
                                    mention_key(men.type, m));
      auto it = std::find_if(apart.begin(), apart.end(),
                             [&](const auto& a) { return a.first == key; });
      if (it != apart.end()) {
        join(m, static_cast<size_t>(it->second));
      } else {
        open(m);
        apart.emplace_back(key, group_of[m]);
      }
      continue;
    }
    if (person >= 0 && works && (*works)[m]) person = -1;  // a title: "Weiner", the film
    if (person >= 0 && men.type != EntityType::kPerson && !men.metonymy) {
      // A known person's surname typed otherwise: a person, unless the
      // gazetteers know the name as a thing of the type it was given.
      if (entry_for(m, men.type)) person = -1;
      else men.type = EntityType::kPerson;
    }
    if (person >= 0 && men.type == EntityType::kPerson) {
      join(m, static_cast<size_t>(person));
      continue;
    }
    // Same name, same type.
    int32_t found = by_type_key.Find(mention_key(men.type, m));
    if (found >= 0) join(m, static_cast<size_t>(found));
    else open(m);
  }

  // Gazetteer entries, then acronyms, merge groups of one referent.
  if (gaz) {
    for (Group& g : groups) {
      for (uint32_t m : g.mentions) {
        if (const GazetteerEntry* e = entry_for(m, g.type)) {
          g.entry = e;
          break;
        }
      }
    }
  }
  if (gaz) {
    // "Pope Francis", "Ayatollah Khamenei" split into a title and a name:
    // together (from some word of the title on) a full alias of a person.
    for (Group& g : groups) {
      if (g.entry || g.type != EntityType::kPerson) continue;
      for (size_t k = 0; k < g.mentions.size() && !g.entry; ++k) {
        const Mention& men = mentions[g.mentions[k]];
        if (men.title.empty() || men.title.end > men.span.begin) continue;
        std::string_view title = doc.Slice(men.title);
        // A title and name the group repeats ("President Biden" five
        // times) looks up the same phrases, which found nothing before.
        const std::string_view whole = doc.Slice({men.title.begin, men.span.end});
        bool seen = false;
        for (size_t j = 0; j < k && !seen; ++j) {
          const Mention& o = mentions[g.mentions[j]];
          seen = !o.title.empty() && o.title.end <= o.span.begin &&
                 o.title.size() == men.title.size() &&
                 doc.Slice({o.title.begin, o.span.end}) == whole;
        }
        if (seen) continue;
        for (size_t at = 0; at < title.size() && !g.entry;) {
          g.entry = EntryToLink(
              *gaz,
              gaz->Find(doc.Slice({men.title.begin + static_cast<uint32_t>(at), men.span.end})),
              EntityType::kPerson);
          size_t sp = title.find(' ', at);
          at = sp == std::string_view::npos ? title.size() : sp + 1;
        }
      }
    }
  }
  if (surnames && gaz) {
    // "President Biden" with no full name in the article: the one known
    // person of that surname whose role a title of the entity names. A
    // bare surname is no evidence ("Brown v. Board", "Black and Brown
    // communities" are not Gordon Brown), nor is an honorific ("Mr.").
    for (Group& g : groups) {
      if (g.entry || g.type != EntityType::kPerson || g.mentions.empty()) continue;
      bool single = true;
      for (uint32_t m : g.mentions) single &= names[m].words.size() == 1;
      if (!single) continue;
      const auto* v = surnames->Find(names[g.mentions[0]].words[0]);
      if (!v) continue;
      static const std::string kNote = "note";
      const GazetteerEntry* pick = nullptr;
      int n_picked = 0;
      for (const GazetteerEntry* e : *v) {
        for (uint32_t m : g.mentions) {
          if (mentions[m].title.empty() ||
              !TitleMatchesRole(*gaz, doc.Slice(mentions[m].title), e->Field(kNote))) {
            continue;
          }
          pick = e;
          ++n_picked;
          break;
        }
      }
      if (n_picked == 1) g.entry = pick;
    }
    // "Trump said" with no full name or role title in the article: the
    // entry whose surname_alone names every mention of the entity, when no
    // namesake is named ("Melania Trump", "Mrs. Trump").
    for (size_t gi = 0; gi < groups.size(); ++gi) {
      Group& g = groups[gi];
      if (g.entry || g.type != EntityType::kPerson || g.mentions.empty()) continue;
      const Name& name = names[g.mentions[0]];
      const GazetteerEntry* e = name.words.empty() ? nullptr : surnames->FindAlone(name.key);
      if (!e) continue;
      bool same = true;
      for (uint32_t m : g.mentions) same &= names[m].key == name.key;
      if (same &&
          NoNamesake(doc, *gaz, mentions, names, group_of, static_cast<int32_t>(gi), g, name, *e)) {
        g.entry = e;
      }
    }
  }
  auto merge = [&](size_t into, size_t from) {
    for (size_t k = 0; k < groups[from].mentions.size(); ++k) {
      groups[into].mentions.push_back(groups[from].mentions[k]);
    }
    if (!groups[into].entry) groups[into].entry = groups[from].entry;
    groups[from].mentions.clear();
  };
  for (size_t a = 0; a < groups.size(); ++a) {
    if (groups[a].mentions.empty() || !groups[a].entry) continue;
    for (size_t b = a + 1; b < groups.size(); ++b) {
      if (!groups[b].mentions.empty() && groups[b].entry &&
          groups[b].entry->id == groups[a].entry->id) {
        merge(a, b);
      }
    }
  }
  for (size_t a = 0; a < groups.size(); ++a) {
    if (groups[a].mentions.empty() || groups[a].type == EntityType::kPerson) continue;
    uint32_t m0 = groups[a].mentions[0];
    if (!LooksLikeAcronym(doc.Slice(mentions[m0].span), names[m0])) continue;
    std::string_view acro = names[m0].words[0];
    // Already with its expansion ("DNC" and "Democratic National
    // Committee", one entry): no other name spelling it joins.
    bool expanded = false;
    for (uint32_t om : groups[a].mentions) {
      expanded |= names[om].words.size() >= 2 && Initials(names[om]) == acro;
    }
    if (expanded) continue;
    // Whether a mention of it follows a place and a comma ("Syracuse,
    // N.Y."), with a gazetteer entry of its own.
    bool after_place = false;
    for (uint32_t om : groups[a].mentions) {
      if (!groups[a].entry || om == 0 || mentions[om - 1].type != EntityType::kLocation) continue;
      const uint32_t gap_b = mentions[om - 1].span.end, gap_e = mentions[om].span.begin;
      after_place |= gap_b < gap_e && doc.Slice({gap_b, gap_e}) == ", ";
    }
    for (size_t b = 0; b < groups.size(); ++b) {
      if (b == a || groups[b].mentions.empty() || groups[b].type == EntityType::kPerson) {
        continue;
      }
      bool spells = false;
      for (uint32_t om : groups[b].mentions) {
        const Name& o = names[om];
        if (o.words.size() >= 2 && Initials(o) == acro) spells = true;
      }
      if (!spells) continue;
      // A state's abbreviation after a place and a comma ("Binghamton,
      // N.Y.") is the state its own entry names, not an acronym of the
      // city the article calls "New York": two entries, two referents.
      if (after_place && groups[b].entry && groups[a].entry->id != groups[b].entry->id) {
        continue;
      }
      // The article spells it out as a thing of another type than the
      // acronym's gazetteer entry: another referent ("DNC" for "Democratic
      // National Convention", not the committee), so the entry stays out.
      if (groups[a].entry && groups[b].type != groups[a].type) groups[a].entry = nullptr;
      for (uint32_t m : groups[a].mentions) mentions[m].type = groups[b].type;
      merge(b, a);
      break;
    }
  }
  {
    std::vector<std::string_view> last_words(mentions.size());
    for (size_t m = 0; m < mentions.size(); ++m) {
      if (!names[m].words.empty()) last_words[m] = names[m].words.back();
    }
    for (const auto& [into, from] : OrgShortForms(doc, gaz, mentions, tokens, last_words, groups)) {
      if (!groups[into].mentions.empty() && !groups[from].mentions.empty()) merge(into, from);
    }
  }

  // Entities in order of first mention.
  std::vector<size_t> order;
  for (size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].mentions.empty()) continue;
    std::sort(groups[g].mentions.begin(), groups[g].mentions.end());
    order.push_back(g);
  }
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return groups[a].mentions[0] < groups[b].mentions[0];
  });
  auto& entities = doc.mutable_entities();
  entities.clear();
  entities.reserve(order.size());
  for (size_t g : order) {
    Group& gr = groups[g];
    Entity e;
    e.type = gr.type;
    e.mentions = gr.mentions;
    // Fullest form: most words, then longest text.
    uint32_t best = gr.mentions[0];
    for (uint32_t m : gr.mentions) {
      size_t w = names[m].words.size(), bw = names[best].words.size();
      if (w > bw || (w == bw && mentions[m].span.size() > mentions[best].span.size())) {
        best = m;
      }
    }
    if (gr.entry) {
      e.canonical_name = gr.entry->canonical;
      e.gazetteer_id = gr.entry->id;
      e.wikidata_id = gr.entry->Field("qid");
    } else {
      std::string_view text =
          couple[best].empty() ? doc.Slice(mentions[best].span) : std::string_view(couple[best]);
      if (text.size() > 4 && (text.substr(0, 4) == "the " || text.substr(0, 4) == "The ")) {
        text.remove_prefix(4);
      }
      // Collapse line breaks and runs of spaces inside the name.
      bool space = false;
      for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
          space = true;
          continue;
        }
        if (space && !e.canonical_name.empty()) e.canonical_name.push_back(' ');
        space = false;
        e.canonical_name.push_back(c);
      }
    }
    for (uint32_t m : gr.mentions) {
      mentions[m].entity = static_cast<int32_t>(entities.size());
      if (mentions[m].title.empty()) continue;
      std::string title(doc.Slice(mentions[m].title));
      if (std::find(e.titles.begin(), e.titles.end(), title) == e.titles.end()) {
        e.titles.push_back(std::move(title));
      }
    }
    entities.push_back(std::move(e));
  }
}

}  // namespace newsie
