#include "gazetteers/mining.h"

#include <algorithm>
#include <cstdio>

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
    // Cut before a character's first byte, never inside it.
    if (out.size() >= 300 && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      out += "...";
      break;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
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

const char* CandidateFlagsHelp() {
  return "type_share=S  the tagger gave the chosen type to only this share of the mentions\n"
         "person_shape a given name and a known surname, tagged PERSON only in part: retyped\n"
         "             PERSON, with no doubt from the split (Eric Trump in headlines)\n"
         "title        the name and the next words form a title (Senate Majority Leader)\n"
         "quoted       mostly inside quote marks: a slogan or a title of a work\n"
         "handle       written after @ or #, a CamelCase join of a name (HillaryClinton), or\n"
         "             a word of three or more joined words (FlagShareLikeReply)\n"
         "demonym=P    the people of place P (Iowans)\n"
         "common_noun  an acronym the dump spells out in lower case (PAC)\n"
         "word=R       a single word tagged as a name in only this share of its capitalized uses\n"
         "cut=X        mostly written inside the longer name X\n"
         "extended     the canonical name takes in a word mostly written next to the mentions\n"
         "lone_name    one word, never with a first name, title or honorific (God)\n"
         "question     the first word is a common word and mostly starts the sentence (Will Sanders ...?)\n"
         "place        mostly after 'in' (organizations) or 'in'/'at' (people): a place\n"
         "first_word   a person's name starting with a common word or a surname (Trump Tower)\n"
         "short        two capital letters (OK, TV)\n"
         "party_label  a party and state label (D-Mass, R-TX)\n"
         "misc_head=W  ends in a word for a law or program (Act, Treaty, program)\n"
         "surname=N    one word that is the surname of a person named in full (Cosby)\n"
         "possessive   has a possessor in it (Yildirim's LinkedIn)\n"
         "region       a direction and a known place (Western Europe)\n"
         "title_inside a title inside the name joins two names (Committee Chairman Reince Priebus)\n"
         "counted      mostly after a number (Four Pinocchios)\n"
         "title_first  a title or honorific opens the name (Justice Scalia, Ms. Brainard)\n"
         "honorific    not a person, yet mostly after Mr., Ms. or a title (Mr. Effron)\n"
         "place_head=W not a place, yet its last word names a kind of place (Maricopa County)\n"
         "acronym      a person's name with an acronym in it (Junge SVP)\n"
         "modifier=W   an organization name mostly used before the noun W (the Mar-a-Lago resort)\n";
}

namespace {

bool IsStopWord(std::string_view w) {
  return w == "the" || w == "of" || w == "and" || w == "for" || w == "on" || w == "in" ||
         w == "to" || w == "a" || w == "an" || w == "at" || w == "&" || w == "de";
}

// The folded place a demonym stands for ("iowans" -> "iowa", "texans" ->
// "texas", "floridians" -> "florida", "new yorkers" -> "new york"), if a
// LOCATION entry knows it; else "".
std::string DemonymPlace(const Gazetteers& g, std::string key) {
  if (key.size() > 4 && key.back() == 's') key.pop_back();
  auto ends = [&](std::string_view suf) {
    return key.size() >= suf.size() + 3 && key.compare(key.size() - suf.size(), suf.size(), suf) == 0;
  };
  std::vector<std::string> stems;
  if (ends("an")) {
    stems.push_back(key.substr(0, key.size() - 1));        // iowan -> iowa
    stems.push_back(key.substr(0, key.size() - 2));        // ohioan -> ohio
    stems.push_back(key.substr(0, key.size() - 2) + "as");  // texan -> texas
    if (ends("ian")) {
      stems.push_back(key.substr(0, key.size() - 3) + "a");  // floridian -> florida
      stems.push_back(key.substr(0, key.size() - 3));        // bostonian -> boston
    }
  }
  if (ends("er") || ends("ite")) {
    stems.push_back(key.substr(0, key.size() - (key.back() == 'r' ? 2 : 3)));  // new yorker
  }
  for (const std::string& s : stems) {
    if (s.size() < 4) continue;
    if (const auto* v = g.Find(s)) {
      for (uint32_t i : *v) {
        if (g.entry(i).type == "LOCATION") return s;
      }
    }
  }
  return "";
}

// "HillaryClinton" -> "Hillary Clinton": splits a token at each lower-to-
// upper case change; "" when there is none.
std::string SplitCamel(std::string_view s) {
  std::string out;
  bool split = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ' ') return "";
    if (i > 0 && c >= 'A' && c <= 'Z' && s[i - 1] >= 'a' && s[i - 1] <= 'z') {
      out.push_back(' ');
      split = true;
    }
    out.push_back(c);
  }
  return split ? out : "";
}

// A word with three or more lower-to-upper case changes is words run
// together, page furniture of a scraped site ("FlagShareLikeReplyPaige"),
// not a name ("McDonald", "YouTube", "PricewaterhouseCoopers" have one).
bool GluedWords(std::string_view s) {
  int changes = 0;
  for (size_t i = 1; i < s.size(); ++i) {
    if (s[i] == ' ') changes = 0;
    if (s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] >= 'a' && s[i - 1] <= 'z' && ++changes >= 3) {
      return true;
    }
  }
  return false;
}

bool IsNameSuffix(std::string_view w) {
  return w == "Jr." || w == "Jr" || w == "Sr." || w == "Sr" || w == "II" || w == "III" ||
         w == "IV";
}

}  // namespace

void CandidateMiner::Group::Absorb(const Group& o, bool surfaces_too) {
  for (const auto& [t, n] : o.type_votes) type_votes[t] += n;
  if (surfaces_too) {
    for (const auto& [s, n] : o.surfaces) surfaces[s] += n;
  }
  count += o.count;
  for (const auto& a : o.articles) articles.insert(a);
  for (const auto& e : o.examples) {
    if (examples.size() < 2 && (examples.empty() || examples[0].first != e.first)) {
      examples.push_back(e);
    }
  }
  if (surfaces_too) {
    context += o.context;
    title_cut += o.title_cut;
    quoted += o.quoted;
    handle += o.handle;
    named += o.named;
    initial += o.initial;
    title_inside += o.title_inside;
    counted += o.counted;
    locative[0] += o.locative[0];
    locative[1] += o.locative[1];
    for (const auto& [w, n] : o.before) before[w] += n;
    for (const auto& [w, n] : o.after) after[w] += n;
    for (const auto& [w, n] : o.after_lower) after_lower[w] += n;
  } else {
    named += o.named;  // "Ms. Brainard" names the person all the same
  }
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

// Acronyms written in `doc` ("NRA", "PAC") and the word sequences of the
// document whose initials spell them: "National Rifle Association",
// "political action committee", "lesbian, gay, bisexual and transgender".
void CandidateMiner::AddAcronyms(const Document& doc) {
  // Every all-capitals word: the spelled-out form may stand in an article
  // where the tagger missed the acronym.
  // Runs of capitals ("KYIV, Ukraine", shouted headlines) are left out.
  std::unordered_set<std::string> acros;
  const auto& all = doc.tokens();
  for (size_t i = 0; i < all.size(); ++i) {
    const Token& t = all[i];
    if (!t.Has(kTokAllCaps) || (i > 0 && all[i - 1].Has(kTokAllCaps)) ||
        (i + 1 < all.size() && all[i + 1].Has(kTokAllCaps))) {
      continue;
    }
    std::string_view s = doc.Slice(t.span);
    bool caps = s.size() >= 2 && s.size() <= 12;
    std::string letters;
    for (char c : s) {
      if (c >= 'A' && c <= 'Z') letters.push_back(static_cast<char>(c - 'A' + 'a'));
      else if (c != '.') caps = false;
    }
    // Two letters are spelled by too many word pairs by chance.
    if (caps && letters.size() >= 3 && letters.size() <= 6) acros.insert(letters);
  }
  if (acros.empty()) return;
  const auto& toks = doc.tokens();
  // Initials without and with the stop words: "FOIA" keeps the "of" of
  // "Freedom of Information Act", "NRA" has no "and".
  std::string letters, letters_all, word;
  for (const Sentence& sent : doc.sentences()) {
    for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
      if (!toks[i].Has(kTokWord)) continue;
      letters.clear();
      letters_all.clear();
      bool lower = true, capitalized = true;
      uint32_t words = 0;
      for (uint32_t j = i; j < sent.token_end && j < i + 12; ++j) {
        const Token& t = toks[j];
        std::string_view text = doc.Slice(t.span);
        if (!t.Has(kTokWord)) {
          if (text == "," || text == "&") continue;
          break;
        }
        word.clear();
        AppendFolded(text, &word);
        if (IsStopWord(word)) {
          if (j == i) break;
          if (word[0] >= 'a' && word[0] <= 'z') letters_all.push_back(word[0]);
          continue;
        }
        ++words;
        lower &= t.Has(kTokLower);
        capitalized &= t.Has(kTokCapitalized) || t.Has(kTokAllCaps);
        // "Trans-Pacific" gives two letters.
        bool start = true;
        for (char c : word) {
          if (start && c >= 'a' && c <= 'z') {
            letters.push_back(c);
            letters_all.push_back(c);
          }
          start = c == '-';
        }
        bool prefix = false;
        for (const std::string& a : acros) {
          bool p1 = a.size() >= letters.size() && a.compare(0, letters.size(), letters) == 0;
          bool p2 = a.size() >= letters_all.size() &&
                    a.compare(0, letters_all.size(), letters_all) == 0;
          if (p1 || p2) {
            prefix = true;
            bool spelled = (p1 && a.size() == letters.size()) || (p2 && a.size() == letters_all.size());
            if (spelled && words >= 2 && (lower || capitalized)) {
              Acronym& ac = acronyms_[a];
              Span span{toks[i].span.begin, t.span.end};
              if (lower) {
                if (!ac.lower++) ac.lower_example = std::string(doc.Slice(span));
              } else {
                ac.capitalized[std::string(doc.Slice(span))]++;
              }
            }
          }
        }
        if (!prefix) break;
      }
    }
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
  const auto& toks = doc.tokens();
  // Tokens inside name mentions: the capitalized words outside them are
  // the uses the tagger did not take for names.
  std::vector<bool> in_name(toks.size(), false);
  for (const Mention& m : doc.mentions()) {
    if (m.span.end > doc.text().size() || m.span.begin >= m.span.end) continue;
    for (uint32_t t = doc.TokenAt(m.span.begin); t < toks.size() && toks[t].span.begin < m.span.end; ++t) {
      in_name[t] = true;
    }
  }
  std::string word;
  for (size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (!t.Has(kTokWord)) continue;
    bool lower = t.Has(kTokLower);
    if (!lower && (in_name[i] || (!t.Has(kTokCapitalized) && !t.Has(kTokAllCaps)))) continue;
    word.clear();
    AppendFolded(doc.Slice(t.span), &word);
    (lower ? lowercase_ : unnamed_)[word]++;
  }
  AddAcronyms(doc);
  // Headlines in title case ("Clinton Gives Shoutout To Daughter") say
  // nothing about where a name ends.
  std::vector<bool> headline(doc.sentences().size(), false);
  for (size_t s = 0; s < doc.sentences().size(); ++s) {
    const Sentence& sent = doc.sentences()[s];
    uint32_t words = 0, caps = 0;
    for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
      if (!toks[i].Has(kTokWord)) continue;
      ++words;
      caps += !toks[i].Has(kTokLower);
    }
    headline[s] = words >= 3 && caps * 4 >= words * 3;
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
  // Full PERSON names of this article by last token, for surname folding
  // when the mentions are not linked; the first uncovered one wins, a
  // covered one (a known person) takes the surname out.
  std::unordered_map<std::string, const Name*> full_by_last;
  // Linked mentions: entity -> its fullest PERSON name.
  std::unordered_map<int32_t, const Name*> full_of_entity;
  for (const Name& n : names) {
    if (std::string_view(n.type) != "PERSON" || n.key.find(' ') == std::string::npos) continue;
    auto [it, added] = full_by_last.emplace(LastToken(n.key), &n);
    if (!added && n.covered) it->second = &n;
    if (n.m->entity >= 0) {
      const Name*& f = full_of_entity[n.m->entity];
      if (!f || n.key.size() > f->key.size()) f = &n;
    }
  }
  auto is_title = [&](uint32_t tb, uint32_t te) {
    const auto* v = gaz_.Find(doc.Slice({toks[tb].span.begin, toks[te - 1].span.end}));
    if (!v) return false;
    for (uint32_t i : *v) {
      if (gaz_.entry(i).type == "TITLE") return true;
    }
    return false;
  };
  auto neighbour = [&](uint32_t t) -> std::string_view {
    if (!toks[t].Has(kTokWord) || toks[t].Has(kTokLower) || toks[t].Has(kTokAbbrev) ||
        is_title(t, t + 1)) {
      return {};
    }
    return doc.Slice(toks[t].span);
  };
  for (const Name& n : names) {
    std::string type = n.type;
    std::string sentence = SentenceText(doc, n.m->span.begin);
    bool surname = type == "PERSON" && n.key.find(' ') == std::string::npos;
    if (surname) {
      if (n.covered) continue;
      const Name* full = nullptr;
      if (n.m->entity >= 0) {
        auto it = full_of_entity.find(n.m->entity);
        if (it != full_of_entity.end()) full = it->second;
      } else {
        auto it = full_by_last.find(n.key);
        if (it != full_by_last.end()) full = it->second;
      }
      if (full) {
        if (!full->covered) {
          Group& g = groups_[full->key];
          Count(g, type, n.surface, article, sentence, false);
          if (n.m->title.end > n.m->title.begin) g.named++;
        }
        continue;
      }
      if (known_surnames_.count(n.key)) continue;
    } else if (n.covered || (type == "PERSON" && known_surnames_.count(n.key))) {
      continue;
    }
    Group& g = surname ? surnames_[n.key] : groups_[n.key];
    Count(g, type, n.surface, article, sentence, true);
    // Evidence from the mention's context.
    const Span span = n.m->span;
    uint32_t tb = doc.TokenAt(span.begin), te = doc.TokenAt(span.end - 1) + 1;
    // "the Pentagon's": look at the cleaned surface's own tokens.
    uint32_t sb = doc.TokenAt(static_cast<uint32_t>(n.surface.data() - doc.text().data()));
    uint32_t se = doc.TokenAt(static_cast<uint32_t>(n.surface.data() + n.surface.size() -
                                                    doc.text().data() - 1)) + 1;
    int s = doc.SentenceAt(span.begin);
    if (s < 0 || te > toks.size() || sb >= se) continue;
    const Sentence& sent = doc.sentences()[s];
    if (sb > 0 && span.begin > 0) {
      char c = doc.text()[toks[sb].span.begin - 1];
      if (c == '@' || c == '#') g.handle++;
    }
    bool named = n.m->title.end > n.m->title.begin ||
                 (sb > sent.token_begin && is_title(sb - 1, sb));
    g.named += named;
    if (headline[s]) continue;
    g.context++;
    g.initial += sb == sent.token_begin;
    // A title starting inside the name and ending after it.
    for (const GazetteerMatch& gm : gaz_.Match(doc, sb, std::min(se + 3, sent.token_end))) {
      if (gm.token_end <= se || gm.token_begin >= se) continue;
      bool title = false;
      for (uint32_t i : *gm.entries) title |= gaz_.entry(i).type == "TITLE";
      if (title) {
        g.title_cut++;
        break;
      }
    }
    uint32_t after = te;
    while (after < sent.token_end && toks[after].Has(kTokPunct) &&
           !toks[after].Has(kTokQuoteMark) && toks[after].span.size() == 1 &&
           std::string_view(",.!?;:").find(doc.text()[toks[after].span.begin]) != std::string_view::npos) {
      ++after;
    }
    if (tb > sent.token_begin && toks[tb - 1].Has(kTokQuoteMark) && after < sent.token_end &&
        toks[after].Has(kTokQuoteMark)) {
      g.quoted++;
    }
    if (sb > sent.token_begin) {
      std::string_view w = neighbour(sb - 1);
      if (!w.empty() && !toks[sb - 1].Has(kTokSentStart)) g.before[std::string(w)]++;
    }
    if (se < sent.token_end && !toks[se].Has(kTokPossessive)) {
      std::string_view w = neighbour(se);
      if (!w.empty()) g.after[std::string(w)]++;
      if (toks[se].Has(kTokLower) && toks[se].Has(kTokWord)) {
        word.clear();
        AppendFolded(doc.Slice(toks[se].span), &word);
        g.after_lower[word]++;
      }
    }
    // "Committee Chairman Reince Priebus": a title strictly inside.
    for (uint32_t t = sb + 1; t + 1 < se; ++t) {
      if (toks[t].Has(kTokCapitalized) && is_title(t, t + 1)) {
        g.title_inside++;
        break;
      }
    }
    if (sb > sent.token_begin) {
      const Token& p = toks[sb - 1];
      word.clear();
      AppendFolded(doc.Slice(p.span), &word);
      static const std::unordered_set<std::string> kNumbers = {
          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many"};
      if (p.Has(kTokNumber) || kNumbers.count(word)) g.counted++;
    }
    // "in (the) Oval Office", "at Sandy Hook": a place.
    uint32_t pb = sb;
    if (pb > sent.token_begin && (doc.Slice(toks[pb - 1].span) == "the")) --pb;
    if (pb > sent.token_begin && !(se < sent.token_end && toks[se].Has(kTokPossessive))) {
      std::string_view prev = doc.Slice(toks[pb - 1].span);
      if (prev == "in" || prev == "at") g.locative[prev == "at"]++;
    }
  }
}

std::vector<Candidate> CandidateMiner::Candidates(uint32_t min_count, double min_confidence) const {
  // Fold surname-only groups into the one full name ending with them.
  std::unordered_map<std::string, std::vector<const std::string*>> full_by_last;
  for (const auto& [key, g] : groups_) {
    if (key.find(' ') != std::string::npos) full_by_last[LastToken(key)].push_back(&key);
  }
  std::unordered_map<std::string, Group> merged = groups_;
  for (const auto& [last, g] : surnames_) {
    auto it = full_by_last.find(last);
    bool folded = it != full_by_last.end() && it->second.size() == 1;
    merged[folded ? *it->second[0] : last].Absorb(g, !folded);
  }
  auto is_word = [&](const std::string& w) {
    auto it = lowercase_.find(w);
    return it != lowercase_.end() && it->second >= 3;
  };
  // Acronyms the dump spells out in lower case are words too ("super PAC").
  std::map<std::string, std::string> common_noun;  // acronym key -> lower-case expansion
  auto words_only = [&](const std::string& key) {
    size_t start = 0;
    for (;;) {
      size_t sp = key.find(' ', start);
      std::string w = key.substr(start, sp == std::string::npos ? sp : sp - start);
      if (!is_word(w) && (key == w || !common_noun.count(w))) return false;
      if (sp == std::string::npos) return true;
      start = sp + 1;
    }
  };
  auto majority = [](const Group& g) {
    return std::max_element(g.type_votes.begin(), g.type_votes.end(),
                            [](auto& a, auto& b) { return a.second < b.second; })->first;
  };
  auto full_count = [](const Group& g) {
    uint32_t n = 0;
    for (const auto& [s, c] : g.surfaces) n += c;
    return n;
  };
  // The word most often next to a group's mentions, when it is there for
  // at least half of them (and twice).
  auto usual = [](const std::map<std::string, uint32_t>& m, uint32_t of,
                  uint32_t part = 2) -> const std::string* {
    const std::string* best = nullptr;
    uint32_t n = 0;
    for (const auto& [w, c] : m) {
      if (c > n) best = &w, n = c;
    }
    return n >= 2 && part * n >= of ? best : nullptr;
  };
  // Acronyms spelled out by a capitalized name fold into it ("NRA" into
  // "National Rifle Association"); one spelled out by a known entry is
  // covered.
  for (auto& [key, g] : merged) {
    if (g.surfaces.empty() || key.find(' ') != std::string::npos) continue;
    auto ac = acronyms_.find(Undotted(key));
    if (ac == acronyms_.end()) continue;
    uint32_t caps = 0;
    const std::string* best = nullptr;
    uint32_t best_n = 0;
    for (const auto& [s, n] : ac->second.capitalized) {
      caps += n;
      if (n > best_n) best = &s, best_n = n;
    }
    uint32_t lower = ac->second.lower;
    if ((lower >= 2 || (lower && key.size() >= 4)) && lower > caps) {
      common_noun[key] = ac->second.lower_example;
      continue;
    }
    if (!best) continue;
    if (Covered(*best)) {
      g.surfaces.clear();  // dropped below
      continue;
    }
    auto into = merged.find(Gazetteers::Key(*best));
    if (into == merged.end() || &into->second == &g || into->second.surfaces.empty()) continue;
    into->second.Absorb(g, false);
    into->second.surfaces[g.surfaces.begin()->first] += 0;  // listed as an alias
    g.surfaces.clear();
  }
  // Groups by their key less the last word: longer forms of a name.
  std::unordered_map<std::string, std::vector<std::pair<std::string, const Group*>>> by_prefix;
  for (const auto& [key, g] : merged) {
    size_t sp = key.rfind(' ');
    if (sp != std::string::npos && !g.surfaces.empty()) by_prefix[key.substr(0, sp)].emplace_back(key, &g);
  }
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
    c.type = majority(g);
    std::string first = key.substr(0, key.find(' '));
    // "Eric Trump" tagged ORGANIZATION in a headline or two: a given name
    // and a known surname, with some mentions tagged PERSON, are a person.
    const bool person_shape = c.type != "PERSON" && !single &&
                              key.find(' ') == key.rfind(' ') && g.type_votes.count("PERSON") &&
                              gaz_.FindTyped(first, "GIVEN_NAME") &&
                              known_surnames_.count(LastToken(key));
    if (person_shape) {
      c.type = "PERSON";
      c.flags.push_back("person_shape");  // no doubt: the lists settle the tagger's split
    }
    // Particles and initials: "de Blasio", "J. Christopher Stevens".
    static const std::unordered_set<std::string> kParticles = {
        "de", "da", "di", "du", "del", "der", "la", "le", "el", "al", "van", "von", "bin", "ben", "abu"};
    bool particle = first.back() == '.' || kParticles.count(first);

    std::vector<std::pair<std::string, uint32_t>> surfaces(g.surfaces.begin(), g.surfaces.end());
    std::stable_sort(surfaces.begin(), surfaces.end(),
                     [](auto& a, auto& b) { return a.second > b.second; });
    c.canonical = surfaces[0].first;
    if (c.type == "PERSON" && single && gaz_.FindTyped(c.canonical, "GIVEN_NAME")) continue;
    auto doubt = [&](double factor, std::string flag) {
      c.confidence *= factor;
      c.flags.push_back(std::move(flag));
    };
    char buf[32];
    double share = static_cast<double>(g.type_votes.at(c.type)) / g.count;
    if (share < 0.8 && !person_shape) {
      std::snprintf(buf, sizeof buf, "type_share=%.2f", share);
      doubt(share, buf);
    }
    uint32_t ctx = g.context;
    bool title = ctx && 2 * g.title_cut >= ctx;
    if (title) doubt(0.1, "title");
    if (ctx && 2 * g.quoted >= ctx) doubt(0.2, "quoted");
    std::string camel = single ? SplitCamel(c.canonical) : "";
    if (g.handle || (!camel.empty() && (Covered(camel) || merged.count(Gazetteers::Key(camel)))) ||
        GluedWords(c.canonical)) {
      doubt(0.1, "handle");
    }
    if (c.type != "LOCATION") {
      std::string place = DemonymPlace(gaz_, key);
      if (!place.empty()) doubt(0.1, "demonym=" + place);
    }
    if (common_noun.count(key)) doubt(0.2, "common_noun");
    if (single) {
      auto it = unnamed_.find(key);
      uint32_t named = full_count(g);
      uint32_t occ = named + (it == unnamed_.end() ? 0 : it->second);
      if (occ >= 5 && 3 * named < occ) {
        std::snprintf(buf, sizeof buf, "word=%.2f", static_cast<double>(named) / occ);
        doubt(0.3, buf);
      }
    }
    // A person's name is seldom followed by a capitalized word outside
    // headlines: a third of the mentions is enough.
    const std::string* next = usual(g.after, ctx, c.type == "PERSON" ? 3 : 2);
    if (const std::string* w = title ? nullptr : next) {
      if (c.type == "PERSON") {
        if (!IsNameSuffix(*w)) doubt(0.3, "cut=" + c.canonical + " " + *w);
      } else {
        c.canonical += " " + *w;
        c.flags.push_back("extended");
      }
    }
    if (const std::string* w = usual(g.before, ctx); w && c.type != "PERSON") {
      c.canonical = *w + " " + c.canonical;
      if (std::find(c.flags.begin(), c.flags.end(), "extended") == c.flags.end()) {
        c.flags.push_back("extended");
      }
    }
    std::unordered_set<std::string> seen = {Gazetteers::Key(c.canonical)};
    if (c.canonical != surfaces[0].first) {
      if (Covered(c.canonical)) continue;  // a known name, cut short by the tagger
      if (seen.insert(Gazetteers::Key(surfaces[0].first)).second) {
        c.aliases.push_back(surfaces[0].first);
      }
    }
    if (c.type == "PERSON" && single && !g.named) doubt(0.4, "lone_name");
    // "Yildirim's LinkedIn": a possessor is no part of the name.
    if (c.canonical.find("'s ") != std::string::npos ||
        c.canonical.find("\xe2\x80\x99s ") != std::string::npos) {
      doubt(0.2, "possessive");
    }
    // "Western Europe", "South Florida": a direction and a known place name
    // a region.
    if (c.type != "LOCATION" && !single) {
      size_t sp = key.find(' ');
      std::string dir = key.substr(0, sp);
      static const std::unordered_set<std::string> kDirections = {
          "north", "south", "east", "west", "northern", "southern", "eastern", "western",
          "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
          "northwestern", "southeastern", "southwestern", "upstate", "downstate"};
      if (kDirections.count(dir)) {
        std::string rest = key.substr(sp + 1);
        bool place = false;
        if (const auto* v = gaz_.Find(rest)) {
          for (uint32_t i : *v) place |= gaz_.entry(i).type == "LOCATION";
        }
        // Or a place of the dump ("Europe").
        auto it = merged.find(rest);
        place |= it != merged.end() && !it->second.surfaces.empty() &&
                 majority(it->second) == "LOCATION";
        if (place) doubt(0.2, "region");
      }
    }
    // "the Mar-a-Lago resort", "the Central American Minors program": a
    // name mostly used to modify one common noun names no organization.
    if (c.type == "ORGANIZATION") {
      const std::string* w = usual(g.after_lower, ctx);
      if (w && w->size() >= 3 && !IsStopWord(*w) && !gaz_.FindTyped(*w, "CUE")) {
        doubt(0.3, "modifier=" + *w);
      }
    }
    // "OK", "TV": two capitals alone are a weak sign of a name, below the
    // default threshold unless the lists or the tagger's votes add nothing
    // else to doubt (HP, GE are listed with --min-confidence 0.4).
    if (single && c.canonical.size() == 2 && c.canonical[0] >= 'A' && c.canonical[0] <= 'Z' &&
        c.canonical[1] >= 'A' && c.canonical[1] <= 'Z') {
      doubt(0.45, "short");
    }
    // "Glass-Steagall" of "Glass-Steagall Act" (MISC): a short form of a
    // longer name of another type.
    if (c.type != "PERSON") {
      auto it = by_prefix.find(key);
      if (it != by_prefix.end()) {
        for (const auto& [lk, lg] : it->second) {
          if (lg->count >= 2 && !lg->surfaces.empty() && majority(*lg) != c.type) {
            doubt(0.3, "cut=" + lg->surfaces.begin()->first);
            break;
          }
        }
      }
    }
    // "Will Sanders come down...?", "Despite Santilli's ...": a common
    // word at the start of a sentence before someone else's surname.
    if (c.type == "PERSON" && !single && !particle && ctx && 2 * g.initial >= ctx &&
        is_word(first)) {
      std::string last = LastToken(key);
      auto it = full_by_last.find(last);
      if (known_surnames_.count(last) || (it != full_by_last.end() && it->second.size() > 1)) {
        doubt(0.2, "question");
      }
    }
    // "Republican National Committee Chairman Reince Priebus": a title
    // inside the span joins two names.
    if (!single && g.title_inside * 2 >= ctx && ctx) doubt(0.1, "title_inside");
    // "Justice Scalia", "Ms. Brainard": a title or honorific opens the span.
    {
      size_t sp = 0;
      // The written words, not the key: "Ms." folds as the title list has it.
      for (int words = 0; words < 3 && !single; ++words) {
        sp = c.canonical.find(' ', sp + (words ? 1 : 0));
        if (sp == std::string::npos) break;
        if (gaz_.FindTyped(c.canonical.substr(0, sp), "TITLE")) {
          doubt(0.1, "title_first");
          break;
        }
      }
    }
    // "Mr. Effron", "Ms. Acosta" tagged as organizations: people.
    if (c.type != "PERSON" && 2 * g.named >= g.count) doubt(0.2, "honorific");
    // "Maricopa County": a place by its head word.
    if (c.type != "LOCATION" && !single) {
      static const std::unordered_set<std::string> kPlaceHeads = {
          "county", "province", "parish", "township", "borough", "island", "islands",
          "river", "valley", "lake", "bay", "peninsula", "mountains", "desert", "sea",
          "ocean", "coast", "canyon", "strait", "gulf"};
      std::string head = LastToken(key);
      if (kPlaceHeads.count(head)) doubt(0.2, "place_head=" + head);
    }
    // "Junge SVP": an acronym is no part of a person's name.
    if (c.type == "PERSON" && !single) {
      size_t start = 0;
      for (;;) {
        size_t sp = c.canonical.find(' ', start);
        std::string_view w = std::string_view(c.canonical).substr(
            start, sp == std::string::npos ? std::string_view::npos : sp - start);
        bool caps = w.size() >= 2;
        for (char ch : w) caps &= ch >= 'A' && ch <= 'Z';
        if (caps && w != "II" && w != "III" && w != "IV") {
          doubt(0.2, "acronym");
          break;
        }
        if (sp == std::string::npos) break;
        start = sp + 1;
      }
    }
    // "Four Pinocchios", "two Democrats": counted things are no names.
    // ("83-year-old Richard Viguerie": people are not counted.)
    if (c.type != "PERSON" && ctx && 2 * g.counted >= ctx) doubt(0.2, "counted");
    // People are seldom "in" or "at" someone (a quarter of the mentions is
    // a sign); organizations are "at" (a fellow at Brookings) but seldom
    // "in" one (a third).
    if (c.type == "PERSON" ? ctx && 4 * (g.locative[0] + g.locative[1]) >= ctx
                           : c.type != "LOCATION" && ctx && 3 * g.locative[0] >= ctx) {
      doubt(0.2, "place");
    }
    // "Cosby" of "Bill Cosby": one word of an organization or place that is
    // the surname of someone the dump also names in full.
    if (single && c.type != "PERSON") {
      auto it = full_by_last.find(key);
      if (it != full_by_last.end()) {
        for (const std::string* fk : it->second) {
          auto fg = merged.find(*fk);
          if (fg == merged.end() || fg->second.surfaces.empty() ||
              !fg->second.type_votes.count("PERSON") ||
              !gaz_.FindTyped(fk->substr(0, fk->find(' ')), "GIVEN_NAME")) {
            continue;
          }
          doubt(0.4, "surname=" + fg->second.surfaces.begin()->first);
          break;
        }
      }
    }
    // "Trump Tower", "House Zika", "To Sexton": a person's name does not
    // start with a common word or a surname unless it is a given name.
    if (c.type == "PERSON" && !single && !particle) {
      if (!gaz_.FindTyped(first, "GIVEN_NAME") &&
          (is_word(first) || known_surnames_.count(first))) {
        doubt(0.2, "first_word");
      }
    }
    // "D-Mass", "R-Texas": a party and state label.
    if (single && c.canonical.size() >= 4 && c.canonical[1] == '-' &&
        (c.canonical[0] == 'D' || c.canonical[0] == 'R' || c.canonical[0] == 'I') &&
        c.canonical[2] >= 'A' && c.canonical[2] <= 'Z' && c.canonical.find('-', 2) == std::string::npos) {
      doubt(0.1, "party_label");
    }
    // "Glass-Steagall Act", "No Child Left Behind Act": laws and programs
    // are not organizations.
    if (c.type == "ORGANIZATION") {
      std::string head = LastToken(Gazetteers::Key(c.canonical));
      auto ac = single ? acronyms_.find(Undotted(key)) : acronyms_.end();
      if (ac != acronyms_.end() && !ac->second.capitalized.empty()) {
        auto best = std::max_element(ac->second.capitalized.begin(), ac->second.capitalized.end(),
                                     [](auto& a, auto& b) { return a.second < b.second; });
        head = LastToken(Gazetteers::Key(best->first));
      }
      if (head == "act" || head == "law" || head == "bill" || head == "treaty" ||
          head == "accord" || head == "agreement" || head == "amendment" ||
          head == "doctrine" || head == "program") {
        doubt(0.2, "misc_head=" + head);
      }
    }
    for (size_t i = 1; i < surfaces.size(); ++i) {
      if (seen.insert(Gazetteers::Key(surfaces[i].first)).second) {
        c.aliases.push_back(surfaces[i].first);
      }
    }
    if (c.confidence < min_confidence) continue;
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
