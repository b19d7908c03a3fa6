#include "gazetteers/mining.h"

#include <algorithm>

#include "gazetteers/fold.h"
#include "gazetteers/lint.h"

namespace newsie {
namespace {

const char* TypeOf(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrganization: return "ORGANIZATION";
    case EntityType::kLocation: return "LOCATION";
    case EntityType::kMisc: return "MISC";
    default: return nullptr;
  }
}

// "the Pentagon's" -> "Pentagon": the forms an entry would list.
std::string_view CleanSurface(std::string_view s) {
  auto trim = [&] {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t')) s.remove_suffix(1);
  };
  trim();
  for (std::string_view p : {"the ", "The "}) {
    if (s.substr(0, p.size()) == p) s.remove_prefix(p.size());
  }
  for (std::string_view p : {"\xe2\x80\x99s", "'s", "\xe2\x80\x99", "'"}) {
    if (s.size() > p.size() && s.substr(s.size() - p.size()) == p) {
      s.remove_suffix(p.size());
      break;
    }
  }
  trim();
  return s;
}

// A name as an analyst would list it: starts with an upper-case letter or a
// digit-free capital sequence, has no line break, is not overly long.
bool LooksLikeName(std::string_view s) {
  if (s.size() < 2 || s.size() > 80) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c < 0x80 && !(c >= 'A' && c <= 'Z')) return false;
  for (char ch : s) {
    if (ch == '\n' || ch == '\t' || (ch >= '0' && ch <= '9')) return false;
  }
  return true;
}

std::string Undotted(std::string key) {
  key.erase(std::remove(key.begin(), key.end(), '.'), key.end());
  return key;
}

std::string LastToken(const std::string& key) {
  size_t sp = key.rfind(' ');
  return sp == std::string::npos ? key : key.substr(sp + 1);
}

// The sentence around byte `at`, whitespace collapsed, cut near 300 bytes.
std::string SentenceText(const Document& doc, uint32_t at) {
  int s = doc.SentenceAt(at);
  std::string_view t = s >= 0 ? doc.Slice(doc.sentences()[s].span) : doc.text().substr(at, 200);
  std::string out;
  bool space = false;
  for (char c : t) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
    if (out.size() >= 300 && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      out += "...";
      break;
    }
  }
  return out;
}

}  // namespace

std::string Slug(std::string_view name) {
  std::string folded = FoldForMatch(name), out;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

CandidateMiner::CandidateMiner(const Gazetteers& gazetteers) : gaz_(gazetteers) {
  for (uint32_t i = 0; i < gaz_.size(); ++i) {
    const GazetteerEntry& e = gaz_.entry(i);
    if (!IsEntityType(e.type)) continue;
    for (const std::string& a : e.aliases) {
      std::string key = Gazetteers::Key(a);
      if (e.type == "PERSON") {
        // Every proper token suffix: "Schultz" and "Wasserman Schultz" of
        // "Debbie Wasserman Schultz".
        for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) {
          known_surnames_.insert(key.substr(sp + 1));
        }
      }
      undotted_.insert(Undotted(std::move(key)));
    }
  }
}

bool CandidateMiner::Covered(std::string_view surface) const {
  if (const auto* v = gaz_.Find(surface)) {
    for (uint32_t i : *v) {
      if (IsEntityType(gaz_.entry(i).type)) return true;
    }
  }
  return undotted_.count(Undotted(Gazetteers::Key(surface))) > 0;
}

void CandidateMiner::Count(Group& g, const std::string& type, std::string_view surface,
                           const std::string& article, std::string_view sentence, bool full) {
  g.type_votes[type]++;
  if (full) g.surfaces[std::string(surface)]++;
  g.count++;
  g.articles.insert(article);
  if (g.examples.size() < 2 &&
      (g.examples.empty() || g.examples[0].first != article)) {
    g.examples.emplace_back(article, std::string(sentence));
  }
}

void CandidateMiner::Add(const Document& doc) {
  ++doc_counter_;
  // Versions of one article count as one article.
  std::string article = doc.meta().article_id;
  if (article.empty()) {
    article.push_back('#');
    article.append(std::to_string(doc_counter_));
  }
  struct Name {
    const Mention* m;
    std::string_view surface;
    std::string key;
    const char* type;
    bool covered;
  };
  std::string word;
  for (const Token& t : doc.tokens()) {
    if (!t.Has(kTokLower) || !t.Has(kTokWord)) continue;
    word.clear();
    AppendFolded(doc.Slice(t.span), &word);
    lowercase_[word]++;
  }
  std::vector<Name> names;
  for (const Mention& m : doc.mentions()) {
    const char* type = TypeOf(m.type);
    if (m.kind != MentionKind::kName || !type || m.span.end > doc.text().size()) continue;
    std::string_view surface = CleanSurface(doc.Slice(m.span));
    if (!LooksLikeName(surface)) continue;
    bool covered = Covered(surface);
    if (m.entity >= 0 && static_cast<size_t>(m.entity) < doc.entities().size() &&
        !doc.entities()[m.entity].gazetteer_id.empty()) {
      covered = true;
    }
    names.push_back({&m, surface, Gazetteers::Key(surface), type, covered});
  }
  // Full PERSON names of this article by last token, for surname folding.
  std::unordered_map<std::string, const Name*> full_by_last;
  for (const Name& n : names) {
    if (std::string_view(n.type) == "PERSON" && n.key.find(' ') != std::string::npos) {
      full_by_last.emplace(LastToken(n.key), &n);
    }
  }
  for (const Name& n : names) {
    std::string type = n.type;
    std::string sentence = SentenceText(doc, n.m->span.begin);
    bool surname = type == "PERSON" && n.key.find(' ') == std::string::npos;
    if (surname) {
      auto it = full_by_last.find(n.key);
      if (it != full_by_last.end()) {
        if (!it->second->covered) {
          Count(groups_[it->second->key], type, n.surface, article, sentence, false);
        }
        continue;
      }
      if (n.covered || known_surnames_.count(n.key)) continue;
      Count(surnames_[n.key], type, n.surface, article, sentence, true);
      continue;
    }
    if (n.covered || (type == "PERSON" && known_surnames_.count(n.key))) continue;
    Count(groups_[n.key], type, n.surface, article, sentence, true);
  }
}

std::vector<Candidate> CandidateMiner::Candidates(uint32_t min_count) const {
  // Fold surname-only groups into the one full name ending with them.
  std::unordered_map<std::string, std::vector<const std::string*>> full_by_last;
  for (const auto& [key, g] : groups_) {
    if (key.find(' ') != std::string::npos) full_by_last[LastToken(key)].push_back(&key);
  }
  std::unordered_map<std::string, Group> merged = groups_;
  for (const auto& [last, g] : surnames_) {
    auto it = full_by_last.find(last);
    Group& into = (it != full_by_last.end() && it->second.size() == 1)
                      ? merged[*it->second[0]] : merged[last];
    bool folded = &into != &merged[last];
    for (const auto& [t, n] : g.type_votes) into.type_votes[t] += n;
    if (!folded) {
      for (const auto& [s, n] : g.surfaces) into.surfaces[s] += n;
    }
    into.count += g.count;
    for (const auto& a : g.articles) into.articles.insert(a);
    for (const auto& e : g.examples) {
      if (into.examples.size() < 2 && (into.examples.empty() || into.examples[0].first != e.first)) {
        into.examples.push_back(e);
      }
    }
  }
  auto is_word = [&](const std::string& w) {
    auto it = lowercase_.find(w);
    return it != lowercase_.end() && it->second >= 3;
  };
  auto words_only = [&](const std::string& key) {
    size_t start = 0;
    for (;;) {
      size_t sp = key.find(' ', start);
      if (!is_word(key.substr(start, sp == std::string::npos ? sp : sp - start))) return false;
      if (sp == std::string::npos) return true;
      start = sp + 1;
    }
  };
  std::vector<Candidate> out;
  for (const auto& [key, g] : merged) {
    if (g.count < min_count || g.surfaces.empty()) continue;
    if (words_only(key)) continue;
    bool single = key.find(' ') == std::string::npos;
    if (single && key.size() > 1 && key.back() == 's' &&
        (known_surnames_.count(key.substr(0, key.size() - 1)) ||
         full_by_last.count(key.substr(0, key.size() - 1)))) {
      continue;  // "the Clintons"
    }
    Candidate c;
    c.type = std::max_element(g.type_votes.begin(), g.type_votes.end(),
                              [](auto& a, auto& b) { return a.second < b.second; })->first;
    std::vector<std::pair<std::string, uint32_t>> surfaces(g.surfaces.begin(), g.surfaces.end());
    std::stable_sort(surfaces.begin(), surfaces.end(),
                     [](auto& a, auto& b) { return a.second > b.second; });
    c.canonical = surfaces[0].first;
    if (c.type == "PERSON" && single && gaz_.FindTyped(c.canonical, "GIVEN_NAME")) continue;
    std::unordered_set<std::string> seen = {Gazetteers::Key(c.canonical)};
    for (size_t i = 1; i < surfaces.size(); ++i) {
      if (seen.insert(Gazetteers::Key(surfaces[i].first)).second) {
        c.aliases.push_back(surfaces[i].first);
      }
    }
    std::string prefix = c.type == "PERSON" ? "person:" : c.type == "ORGANIZATION" ? "org:"
                         : c.type == "LOCATION" ? "loc:" : "misc:";
    c.id = prefix + Slug(c.canonical);
    c.count = g.count;
    c.articles = static_cast<uint32_t>(g.articles.size());
    for (const auto& e : g.examples) c.examples.push_back(e.second);
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
    if (a.count != b.count) return a.count > b.count;
    if (a.articles != b.articles) return a.articles > b.articles;
    return a.canonical < b.canonical;
  });
  return out;
}

GazetteerStats::GazetteerStats(const Gazetteers& gazetteers)
    : gaz_(gazetteers),
      hits_(gazetteers.size(), 0),
      articles_(gazetteers.size(), 0),
      last_doc_(gazetteers.size(), 0) {}

void GazetteerStats::Add(const Document& doc) {
  ++docs_;
  for (const Sentence& s : doc.sentences()) {
    uint32_t covered_end = s.token_begin;
    for (const GazetteerMatch& m : gaz_.Match(doc, s.token_begin, s.token_end)) {
      if (m.token_begin < covered_end) continue;  // inside a longer match
      covered_end = m.token_end;
      size_t entity_entries = 0;
      for (uint32_t i : *m.entries) {
        hits_[i]++;
        if (last_doc_[i] != docs_) {
          last_doc_[i] = docs_;
          articles_[i]++;
        }
        entity_entries += IsEntityType(gaz_.entry(i).type);
      }
      if (entity_entries > 1) {
        Ambiguous& a = ambiguous_[std::string(gaz_.Key(doc.Slice(
            {doc.tokens()[m.token_begin].span.begin, doc.tokens()[m.token_end - 1].span.end})))];
        if (a.surface.empty()) {
          a.surface = std::string(doc.Slice(
              {doc.tokens()[m.token_begin].span.begin, doc.tokens()[m.token_end - 1].span.end}));
          a.entries = m.entries;
        }
        a.hits++;
      }
    }
  }
}

void GazetteerStats::Write(std::ostream& os, size_t top, bool all_never_hit) const {
  struct ListStat { uint64_t entries = 0, hit = 0, hits = 0, never = 0; };
  std::map<std::string, ListStat> lists;
  for (uint32_t i = 0; i < gaz_.size(); ++i) {
    ListStat& l = lists[gaz_.entry(i).list];
    l.entries++;
    l.hit += hits_[i] > 0;
    l.hits += hits_[i];
    l.never += hits_[i] == 0;
  }
  os << "# lists over " << docs_ << " documents\nlist\tentries\tentries_hit\thits\n";
  for (const auto& [name, l] : lists) {
    os << name << "\t" << l.entries << "\t" << l.hit << "\t" << l.hits << "\n";
  }
  std::vector<uint32_t> order;
  for (uint32_t i = 0; i < gaz_.size(); ++i) if (hits_[i]) order.push_back(i);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return hits_[a] > hits_[b]; });
  if (order.size() > top) order.resize(top);
  os << "\n# top entries\nid\tlist\ttype\tcanonical\thits\tarticles\n";
  for (uint32_t i : order) {
    const GazetteerEntry& e = gaz_.entry(i);
    os << e.id << "\t" << e.list << "\t" << e.type << "\t" << e.canonical << "\t" << hits_[i]
       << "\t" << articles_[i] << "\n";
  }
  std::vector<const Ambiguous*> amb;
  for (const auto& [k, a] : ambiguous_) amb.push_back(&a);
  std::sort(amb.begin(), amb.end(), [](const Ambiguous* a, const Ambiguous* b) {
    return a->hits != b->hits ? a->hits > b->hits : a->surface < b->surface;
  });
  os << "\n# ambiguous aliases (matched more than one entity entry)\nsurface\thits\tentries\n";
  for (const Ambiguous* a : amb) {
    os << a->surface << "\t" << a->hits << "\t";
    bool first = true;
    for (uint32_t i : *a->entries) {
      if (!IsEntityType(gaz_.entry(i).type)) continue;
      os << (first ? "" : "|") << gaz_.entry(i).id << ":" << gaz_.entry(i).type;
      first = false;
    }
    os << "\n";
  }
  if (all_never_hit) {
    os << "\n# never hit\nid\tlist\tcanonical\n";
    for (uint32_t i = 0; i < gaz_.size(); ++i) {
      if (!hits_[i]) os << gaz_.entry(i).id << "\t" << gaz_.entry(i).list << "\t" << gaz_.entry(i).canonical << "\n";
    }
  } else {
    os << "\n# never hit (--never-hit lists them)\nlist\tnever_hit\n";
    for (const auto& [name, l] : lists) os << name << "\t" << l.never << "\n";
  }
}

}  // namespace newsie
