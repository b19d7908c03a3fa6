#include "gazetteers/lint.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "gazetteers/person_names.h"
#include "pipeline/document.h"
#include "pipeline/tokenizer.h"

namespace newsie {
namespace {

// Words that case-insensitive matching finds in almost every article; an
// alias folding to one ("US", "WHO", "IS") would match them all.
const std::unordered_set<std::string_view> kFunctionWords = {
    "a", "am", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do",
    "for", "from", "had", "has", "have", "he", "her", "his", "i", "if", "in",
    "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "she",
    "so", "that", "the", "their", "them", "they", "this", "to", "up", "us",
    "was", "we", "were", "what", "when", "which", "who", "will", "with", "you",
};

// Length of the valid UTF-8 sequence at s[i], or 0 when invalid.
size_t Utf8Length(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n;
  uint32_t cp;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) { n = 2; cp = c & 0x1F; }
  else if ((c & 0xF0) == 0xE0) { n = 3; cp = c & 0x0F; }
  else if ((c & 0xF8) == 0xF0) { n = 4; cp = c & 0x07; }
  else return 0;
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3F);
  }
  // Overlong forms, surrogates, beyond U+10FFFF.
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
      (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
    return 0;
  }
  return n;
}

void CheckUtf8(const GazetteerFile& f, std::vector<GazetteerProblem>* out) {
  uint32_t line = 1;
  bool reported = false;  // one finding per line
  std::string_view s = f.content;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '\n') { ++line; reported = false; ++i; continue; }
    size_t n = Utf8Length(s, i);
    if (n == 0) {
      if (!reported) {
        out->push_back({f.path, line, "invalid UTF-8 (byte " + std::to_string(i) + ")", true});
        reported = true;
      }
      ++i;
    } else {
      i += n;
    }
  }
}

// Line number of the first comment line containing `text`, or 1.
uint32_t FindCommentLine(std::string_view content, std::string_view text) {
  uint32_t line = 1;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view l = content.substr(pos, nl - pos);
    if (!l.empty() && l[0] == '#' && l.find(text) != std::string_view::npos) return line;
    pos = nl + 1;
    ++line;
  }
  return 1;
}

std::vector<std::string> SplitBars(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t bar = s.find('|', start);
    if (bar == std::string_view::npos) bar = s.size();
    std::string_view one = s.substr(start, bar - start);
    while (!one.empty() && one.front() == ' ') one.remove_prefix(1);
    while (!one.empty() && one.back() == ' ') one.remove_suffix(1);
    if (!one.empty()) out.emplace_back(one);
    start = bar + 1;
  }
  return out;
}

// True when the tokenizer splits `alias` into several sentences; the
// matcher runs within a sentence, so such an alias never matches.
bool SpansSentences(const std::string& alias) {
  Document d{alias};
  TokenizeDocument(d);
  return d.sentences().size() > 1;
}

// The words of a folded person's name without periods and without the
// suffixes the entity linker drops ("donald trump jr ." -> donald, trump),
// so that the lint reads surnames as the linker does.
std::vector<std::string> NameWords(std::string_view key) {
  std::vector<std::string> words;
  size_t b = 0;
  while (b <= key.size()) {
    size_t e = std::min(key.find(' ', b), key.size());
    std::string w;
    for (char c : key.substr(b, e - b)) {
      if (c != '.') w.push_back(c);
    }
    if (!w.empty()) words.push_back(std::move(w));
    b = e + 1;
  }
  while (words.size() > 1 && IsNameSuffix(words.back())) words.pop_back();
  return words;
}

std::string Where(const GazetteerEntry& e) {
  return e.file + ":" + std::to_string(e.line);
}

}  // namespace

bool IsEntityType(std::string_view type) {
  return type == "PERSON" || type == "ORGANIZATION" || type == "LOCATION" ||
         type == "NATIONALITY" || type == "MISC" || type == "EVENT" || type == "PRODUCT";
}

std::vector<GazetteerProblem> LintGazetteerFiles(const std::vector<GazetteerFile>& files) {
  std::vector<GazetteerProblem> out;
  for (const GazetteerFile& f : files) CheckUtf8(f, &out);
  auto loaded = Gazetteers::FromFiles(files, &out);
  if (!loaded.ok()) {
    out.push_back({"", 0, loaded.status().ToString(), true});
    return out;
  }
  const Gazetteers& g = **loaded;
  auto error = [&](const GazetteerEntry& e, std::string msg) {
    out.push_back({e.file, e.line, std::move(msg), true});
  };

  std::unordered_map<std::string_view, uint32_t> by_id;
  std::unordered_map<std::string, std::vector<std::pair<uint32_t, std::string>>> by_key;
  const GazetteerEntry* prev = nullptr;
  for (uint32_t i = 0; i < g.size(); ++i) {
    const GazetteerEntry& e = g.entry(i);
    // Sorted by id (bytewise) within each file, so diffs stay small.
    if (prev && prev->file == e.file && e.id < prev->id) {
      error(e, "rows are not sorted by id: '" + e.id + "' comes after '" + prev->id +
                   "' (line " + std::to_string(prev->line) + ")");
    }
    prev = &e;
    auto [it, fresh] = by_id.emplace(e.id, i);
    if (!fresh) {
      error(e, "duplicate id '" + e.id + "' (first at " + Where(g.entry(it->second)) + ")");
    }
    bool type_ok = !e.type.empty() && e.type[0] >= 'A' && e.type[0] <= 'Z';
    for (char c : e.type) type_ok &= (c >= 'A' && c <= 'Z') || c == '_';
    if (!type_ok) error(e, "type '" + e.type + "' must be letters and '_' (PERSON, GIVEN_NAME)");
    for (const std::string& alias : e.aliases) {
      std::string key = Gazetteers::Key(alias);
      if (key.empty()) {
        error(e, "alias '" + alias + "' has no tokens and can never match");
        continue;
      }
      // In running text the tokenizer sees neighbours; an alias it splits
      // otherwise there ("U.S" ending a sentence) can never match.
      std::string in_text = Gazetteers::Key("x " + alias + " x");
      if (in_text != "x " + key + " x") {
        error(e, "alias '" + alias + "' can never match: alone it tokenizes as '" + key +
                     "', in running text as '" + in_text.substr(2, in_text.size() - 4) + "'");
        continue;
      }
      if (Gazetteers::Key(alias + " x") != key + " x" || SpansSentences(alias)) {
        error(e, "alias '" + alias + "' can never match: it runs over a sentence break");
        continue;
      }
      if (IsEntityType(e.type) && kFunctionWords.count(key)) {
        out.push_back({e.file, e.line,
                       "alias '" + alias + "' folds to the common word '" + key +
                           "' and will match it everywhere", false});
      }
      auto& v = by_key[key];
      if (v.empty() || v.back().first != i) v.push_back({i, alias});
    }
  }

  // ambiguous_with must name existing ids.
  std::vector<std::unordered_set<std::string>> allowed(g.size());
  for (uint32_t i = 0; i < g.size(); ++i) {
    for (const std::string& id : SplitBars(g.entry(i).Field("ambiguous_with"))) {
      if (!by_id.count(id)) error(g.entry(i), "ambiguous_with names unknown id '" + id + "'");
      allowed[i].insert(id);
    }
  }
  // gender (f or m) and surname_alone (people/politicians.tsv):
  // surname_alone on people only, and a name the entity linker would drop
  // is an analyst's mistake: one two entries claim, or another person's
  // surname ("Clinton" on Bill: also Hillary's). A generated list's people
  // (negative priority) give the linker no surnames, so none here either.
  std::unordered_map<std::string, std::vector<uint32_t>> surname_of;
  for (uint32_t i = 0; i < g.size(); ++i) {
    if (g.entry(i).type != "PERSON" || g.entry(i).priority < 0) continue;
    for (const std::string& alias : g.entry(i).aliases) {
      std::vector<std::string> words = NameWords(Gazetteers::Key(alias));
      if (words.size() < 2) continue;
      auto& v = surname_of[words.back()];
      if (v.empty() || v.back() != i) v.push_back(i);
    }
  }
  std::unordered_map<std::string, uint32_t> alone;
  for (uint32_t i = 0; i < g.size(); ++i) {
    const GazetteerEntry& e = g.entry(i);
    const std::string& gender = e.Field("gender");
    if (!gender.empty() && gender != "f" && gender != "m") {
      error(e, "gender '" + gender + "' must be f, m or empty");
    }
    std::vector<std::string> names = SplitBars(e.Field("surname_alone"));
    if (!names.empty() && e.type != "PERSON") {
      error(e, "surname_alone is for people, not " + e.type + " entries");
      continue;
    }
    for (const std::string& name : names) {
      std::string key = Gazetteers::Key(name);
      if (key.empty()) {
        error(e, "surname_alone '" + name + "' has no tokens");
        continue;
      }
      auto [it, fresh] = alone.emplace(key, i);
      if (!fresh && it->second != i) {
        error(e, "surname_alone '" + name + "' is also that of '" + g.entry(it->second).id +
                     "' at " + Where(g.entry(it->second)) + ": it would link neither");
      }
      std::vector<std::string> words = NameWords(key);
      auto s = words.empty() ? surname_of.end() : surname_of.find(words.back());
      for (uint32_t o : s == surname_of.end() ? std::vector<uint32_t>{} : s->second) {
        if (o == i) continue;
        error(e, "surname_alone '" + name + "' is also the surname of '" + g.entry(o).id + "' at " +
                     Where(g.entry(o)) + ": it would link no one");
        break;
      }
    }
  }

  // One alias, two entity types: the matcher cannot tell which is meant.
  std::vector<std::string> keys;
  keys.reserve(by_key.size());
  for (const auto& [k, v] : by_key) if (v.size() > 1) keys.push_back(k);
  std::sort(keys.begin(), keys.end());
  for (const std::string& k : keys) {
    const auto& v = by_key[k];
    for (size_t a = 0; a < v.size(); ++a) {
      const GazetteerEntry& ea = g.entry(v[a].first);
      if (!IsEntityType(ea.type)) continue;
      for (size_t b = a + 1; b < v.size(); ++b) {
        const GazetteerEntry& eb = g.entry(v[b].first);
        if (!IsEntityType(eb.type) || ea.type == eb.type) continue;
        if (allowed[v[a].first].count(eb.id) || allowed[v[b].first].count(ea.id)) continue;
        error(eb, "ambiguous alias '" + v[b].second + "': " + eb.type + " '" + eb.id +
                      "' here, " + ea.type + " '" + ea.id + "' at " + Where(ea) +
                      " (name one in the other's ambiguous_with column if intended)");
      }
    }
  }

  // Each "# example:" sentence must match an entry of its own list.
  std::unordered_map<std::string_view, const GazetteerFile*> file_of;
  for (const GazetteerFile& f : files) file_of[f.list] = &f;
  for (const auto& [list, sentences] : g.examples()) {
    for (const std::string& s : sentences) {
      Document d{s};
      TokenizeDocument(d);
      bool hit = false;
      for (const GazetteerMatch& m : g.Match(d, 0, static_cast<uint32_t>(d.tokens().size()))) {
        for (uint32_t i : *m.entries) hit |= g.entry(i).list == list;
      }
      if (!hit) {
        const GazetteerFile* f = file_of[list];
        out.push_back({f ? f->path : list, f ? FindCommentLine(f->content, s) : 0,
                       "example matches no entry of this list: " + s, true});
      }
    }
  }

  std::stable_sort(out.begin(), out.end(), [](const GazetteerProblem& a, const GazetteerProblem& b) {
    return a.file != b.file ? a.file < b.file : a.line < b.line;
  });
  return out;
}

StatusOr<std::vector<GazetteerProblem>> LintGazetteerDirs(const std::vector<std::string>& dirs) {
  auto files = Gazetteers::ReadFiles(dirs);
  if (!files.ok()) return files.status();
  return LintGazetteerFiles(*files);
}

}  // namespace newsie
