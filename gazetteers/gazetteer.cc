#include "gazetteers/gazetteer.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "gazetteers/fold.h"
#include "pipeline/data_path.h"
#include "pipeline/tokenizer.h"

namespace newsie {
namespace fs = std::filesystem;

namespace {

// The tab-separated columns of `line` into *out (reused row to row, so a
// list's rows allocate no column vector each).
void SplitTabs(std::string_view line, std::vector<std::string_view>* out) {
  out->clear();
  size_t start = 0;
  for (;;) {
    size_t t = line.find('\t', start);
    if (t == std::string_view::npos) {
      out->push_back(line.substr(start));
      return;
    }
    out->push_back(line.substr(start, t - start));
    start = t + 1;
  }
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) if (c >= 'a' && c <= 'z') c = char(c - 32);
  return out;
}

// Folded token keys of `doc` tokens [b, e), joined by one space.
void AppendTokenKey(const Document& doc, uint32_t i, std::string* out) {
  AppendFolded(doc.Slice(doc.tokens()[i].span), out);
}

const std::string kEmpty;

}  // namespace

const std::string& GazetteerEntry::Field(const std::string& name) const {
  auto it = fields.find(name);
  return it == fields.end() ? kEmpty : it->second;
}

std::string GazetteerProblem::ToString() const {
  return file + ":" + std::to_string(line) + ": " + (error ? "" : "warning: ") + message;
}

namespace {

// The folded key of `phrase`, its first token's key and its token count.
// Phrases of ASCII letters and single spaces (most aliases) tokenize as
// their words, so they skip the tokenizer; anything else goes through it,
// so keys always agree with what Match() builds from document tokens.
void PhraseKey(std::string_view phrase, std::string* key, std::string* first,
               uint32_t* ntokens) {
  key->clear();
  bool simple = !phrase.empty() && phrase.front() != ' ' && phrase.back() != ' ';
  for (size_t i = 0; simple && i < phrase.size(); ++i) {
    char c = phrase[i];
    simple = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
             (c == ' ' && phrase[i - 1] != ' ');
  }
  if (simple) {
    *ntokens = 1;
    for (char c : phrase) {
      if (c == ' ') ++*ntokens;
      key->push_back((c >= 'A' && c <= 'Z') ? char(c + 32) : c);
    }
    if (first) *first = key->substr(0, key->find(' '));
    return;
  }
  Document d{std::string(phrase)};
  TokenizeDocument(d);
  *ntokens = static_cast<uint32_t>(d.tokens().size());
  for (uint32_t i = 0; i < d.tokens().size(); ++i) {
    if (i) key->push_back(' ');
    AppendTokenKey(d, i, key);
    if (i == 0 && first) *first = *key;
  }
}

}  // namespace

std::string Gazetteers::Key(std::string_view phrase) {
  std::string key;
  uint32_t n = 0;
  PhraseKey(phrase, &key, nullptr, &n);
  return key;
}

void Gazetteers::AddFile(const std::string& list, const std::string& file,
                         std::string_view content,
                         std::vector<GazetteerProblem>* problems) {
  auto problem = [&](uint32_t line, std::string msg, bool error = true) {
    if (problems) problems->push_back({file, line, std::move(msg), error});
  };
  for (unsigned char c : list) hash_ = (hash_ ^ c) * 1099511628211ull;
  for (unsigned char c : content) hash_ = (hash_ ^ c) * 1099511628211ull;
  lists_.push_back(list);
  std::vector<std::string> header;
  std::vector<std::string_view> cols;
  bool in_example = false;
  uint32_t lineno = 0;
  size_t pos = 0;
  int col_id = -1, col_type = -1, col_canon = -1, col_alias = -1;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) { in_example = false; continue; }
    if (line[0] == '#') {
      std::string_view body = Trim(line.substr(1));
      if (body.rfind("example:", 0) == 0) {
        in_example = true;
        std::string_view rest = Trim(body.substr(8));
        if (!rest.empty()) examples_[list].emplace_back(rest);
      } else if (in_example && !body.empty()) {
        examples_[list].emplace_back(body);
      }
      continue;
    }
    in_example = false;
    SplitTabs(line, &cols);
    if (header.empty()) {
      for (auto c : cols) header.emplace_back(Trim(c));
      for (int i = 0; i < static_cast<int>(header.size()); ++i) {
        if (header[i] == "id") col_id = i;
        else if (header[i] == "type") col_type = i;
        else if (header[i] == "canonical") col_canon = i;
        else if (header[i] == "aliases") col_alias = i;
      }
      if (col_id < 0 || col_type < 0 || col_canon < 0) {
        problem(lineno, "header must name the columns id, type and canonical");
        return;
      }
      continue;
    }
    if (cols.size() > header.size()) {
      problem(lineno, "row has " + std::to_string(cols.size()) +
                          " columns; the header has " + std::to_string(header.size()));
      continue;
    }
    GazetteerEntry e;
    // A short row ends before any column but the first (the header need not
    // put id first): a missing column reads as empty.
    e.id = col_id < static_cast<int>(cols.size()) ? std::string(Trim(cols[col_id])) : "";
    e.type = col_type < static_cast<int>(cols.size()) ? Upper(Trim(cols[col_type])) : "";
    e.canonical = col_canon < static_cast<int>(cols.size())
                      ? std::string(Trim(cols[col_canon])) : "";
    if (e.id.empty() || e.type.empty() || e.canonical.empty()) {
      problem(lineno, "row lacks an id, a type or a canonical name");
      continue;
    }
    e.aliases.push_back(e.canonical);
    if (col_alias >= 0 && col_alias < static_cast<int>(cols.size())) {
      std::string_view a = cols[col_alias];
      size_t s = 0;
      while (s <= a.size()) {
        size_t bar = a.find('|', s);
        if (bar == std::string_view::npos) bar = a.size();
        std::string_view one = Trim(a.substr(s, bar - s));
        if (!one.empty() && std::find(e.aliases.begin(), e.aliases.end(), one) == e.aliases.end()) {
          e.aliases.emplace_back(one);
        }
        s = bar + 1;
      }
    }
    for (int i = 0; i < static_cast<int>(cols.size()); ++i) {
      if (i == col_id || i == col_type || i == col_canon || i == col_alias) continue;
      std::string_view v = Trim(cols[i]);
      if (!v.empty()) e.fields[header[i]].assign(v);  // no temporary string
    }
    e.list = list;
    e.file = file;
    e.line = lineno;
    if (!SetPriority(e)) {
      problem(lineno, "priority '" + e.Field("priority") + "' is not an integer");
    }
    entries_.push_back(std::move(e));
  }
  if (header.empty()) problem(lineno, "no header row");
}

namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Parses a decimal integer (optional '-'), all of `s`.
bool ParseInt(std::string_view s, int64_t* out) {
  bool neg = !s.empty() && s[0] == '-';
  if (neg) s.remove_prefix(1);
  if (s.empty() || s.size() > 15) return false;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = neg ? -v : v;
  return true;
}

}  // namespace

bool PreferredForLinking(const GazetteerEntry& a, const GazetteerEntry& b) {
  using Kind = GazetteerEntry::PlaceKind;
  const bool city_sub = a.place_kind == Kind::kCity && b.place_kind == Kind::kSubdivision;
  const bool sub_city = a.place_kind == Kind::kSubdivision && b.place_kind == Kind::kCity;
  if (city_sub || sub_city) {
    const std::string& ca = a.Field("country");
    if (!ca.empty() && ca == b.Field("country")) return city_sub;
  }
  if (a.priority != b.priority) return a.priority > b.priority;
  return a.population > b.population;
}

// The linking preference of `e` (see GazetteerEntry::priority); false when
// the priority column holds no integer (the kind's default is kept).
bool Gazetteers::SetPriority(GazetteerEntry& e) {
  const std::string& note = e.Field("note");
  int64_t v = 0;
  if (ParseInt(e.Field("population"), &v) && v > 0) {
    e.population = static_cast<uint64_t>(v);
  } else if (size_t at = note.find("population "); at != std::string::npos) {
    size_t end = note.find_first_not_of("0123456789", at + 11);
    if (ParseInt(std::string_view(note).substr(at + 11, end == std::string::npos ? end : end - at - 11), &v)) {
      e.population = static_cast<uint64_t>(v);
    }
  }
  using Kind = GazetteerEntry::PlaceKind;
  if (EndsWith(e.list, "countries")) {
    e.place_kind = Kind::kCountry;
    e.priority = kPriorityCountry;
  } else if (EndsWith(e.list, "cities")) {
    e.place_kind = Kind::kCity;
    e.priority = kPriorityCity;
  } else if (EndsWith(e.list, "subdivisions")) {
    e.place_kind = Kind::kSubdivision;
    e.priority = kPrioritySubdivision;
  }
  const std::string& p = e.Field("priority");
  if (p.empty()) return true;
  if (!ParseInt(p, &v) || v < INT32_MIN || v > INT32_MAX) return false;
  e.priority = static_cast<int32_t>(v);
  return true;
}

void Gazetteers::Finish() {
  by_key_.clear();
  key_entries_.clear();
  first_tokens_.clear();
  std::fill(key_filter_.begin(), key_filter_.end(), 0);
  by_key_.reserve(entries_.size() * 2);
  first_tokens_.reserve(entries_.size());
  std::string key, first;
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    for (const std::string& alias : entries_[i].aliases) {
      uint32_t n = 0;
      PhraseKey(alias, &key, &first, &n);
      if (n == 0) continue;
      uint32_t& list = by_key_[key];
      if (list == 0) {  // a new key
        key_entries_.emplace_back();
        list = static_cast<uint32_t>(key_entries_.size());
      }
      std::vector<uint32_t>& v = key_entries_[list - 1];
      if (v.empty() || v.back() != i) v.push_back(i);
      uint32_t& mx = first_tokens_[first];
      mx = std::max(mx, n);
      AddToKeyFilter(key);
      AddToKeyFilter(first);
    }
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash_));
  fingerprint_ = buf;
}

StatusOr<std::vector<GazetteerFile>> Gazetteers::ReadFiles(
    const std::vector<std::string>& dirs) {
  std::vector<GazetteerFile> out;
  for (const std::string& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      return NotFoundError("gazetteer directory not found: " + dir);
    }
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(dir, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file() && it->path().extension() == ".tsv") {
        files.push_back(it->path());
      }
    }
    if (ec) return NotFoundError("cannot read gazetteer directory " + dir + ": " + ec.message());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::ifstream in(f, std::ios::binary);
      if (!in) return NotFoundError("cannot read " + f.string());
      std::stringstream ss;
      ss << in.rdbuf();
      out.push_back({fs::relative(f, dir, ec).replace_extension().generic_string(),
                     f.string(), std::move(ss).str()});
    }
  }
  return out;
}

StatusOr<std::unique_ptr<Gazetteers>> Gazetteers::FromFiles(
    const std::vector<GazetteerFile>& files, std::vector<GazetteerProblem>* problems) {
  std::unique_ptr<Gazetteers> g(new Gazetteers());
  // Room for every row at once (a row is a line): growing the entry vector
  // moved each entry (its strings, aliases and fields) about twice.
  size_t lines = 0;
  for (const GazetteerFile& f : files) {
    lines += static_cast<size_t>(std::count(f.content.begin(), f.content.end(), '\n')) + 1;
  }
  g->entries_.reserve(lines);
  for (const GazetteerFile& f : files) g->AddFile(f.list, f.path, f.content, problems);
  g->Finish();
  return g;
}

StatusOr<std::unique_ptr<Gazetteers>> Gazetteers::Load(
    const std::vector<std::string>& dirs, std::vector<GazetteerProblem>* problems) {
  auto files = ReadFiles(dirs);
  if (!files.ok()) return files.status();
  return FromFiles(*files, problems);
}

StatusOr<std::unique_ptr<Gazetteers>> Gazetteers::FromStrings(
    const std::vector<std::pair<std::string, std::string>>& lists,
    std::vector<GazetteerProblem>* problems) {
  std::unique_ptr<Gazetteers> g(new Gazetteers());
  for (const auto& [name, content] : lists) g->AddFile(name, name + ".tsv", content, problems);
  g->Finish();
  return g;
}

const std::vector<uint32_t>* Gazetteers::Find(std::string_view phrase) const {
  const uint32_t* list = by_key_.find(Key(phrase));
  return list == nullptr ? nullptr : &key_entries_[*list - 1];
}

const GazetteerEntry* Gazetteers::FindTyped(std::string_view phrase,
                                            std::string_view type) const {
  const auto* v = Find(phrase);
  if (!v) return nullptr;
  for (uint32_t i : *v) {
    if (entries_[i].type == type) return &entries_[i];
  }
  return nullptr;
}

std::vector<uint32_t> Gazetteers::EntriesOfType(std::string_view type) const {
  std::vector<uint32_t> out;
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].type == type) out.push_back(i);
  }
  return out;
}

std::vector<GazetteerMatch> Gazetteers::Match(const Document& doc, uint32_t token_begin,
                                              uint32_t token_end) const {
  std::vector<GazetteerMatch> out;
  AppendMatches(doc, token_begin, token_end, &out);
  return out;
}

void Gazetteers::AppendMatches(const Document& doc, uint32_t token_begin, uint32_t token_end,
                               std::vector<GazetteerMatch>* matches) const {
  std::vector<GazetteerMatch>& out = *matches;
  const auto& toks = doc.tokens();
  token_end = std::min<uint32_t>(token_end, static_cast<uint32_t>(toks.size()));
  if (token_begin >= token_end) return;
  // Fold each token once: `folded` holds every token's key followed by one
  // space, token k's key starting at off[k - token_begin], so the key of
  // tokens [i, i + len) is a substring and no token is folded twice. The
  // buffers are the thread's, kept from call to call.
  // An ASCII token (most) folds inline, no longer than it is, into room
  // sized once for every token and its space; any other goes through
  // AppendFolded, and the room after it is sized again.
  thread_local std::string folded;
  thread_local std::vector<uint32_t> off;
  off.clear();
  size_t room = 0;  // bytes and spaces of the tokens not yet folded
  for (uint32_t i = token_begin; i < token_end; ++i) room += toks[i].span.size() + 1;
  folded.resize(room);
  size_t len = 0;
  for (uint32_t i = token_begin; i < token_end; ++i) {
    off.push_back(static_cast<uint32_t>(len));
    const std::string_view w = doc.Slice(toks[i].span);
    room -= w.size() + 1;
    char* o = folded.data() + len;
    size_t k = 0;
    for (; k < w.size(); ++k) {
      const char c = w[k];
      if (static_cast<unsigned char>(c) >= 0x80) break;
      o[k] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    }
    if (k == w.size()) {
      len += w.size();
    } else {
      folded.resize(len);
      AppendFolded(w, &folded);
      len = folded.size();
      folded.resize(len + 1 + room);
    }
    folded[len++] = ' ';
  }
  folded.resize(len);
  off.push_back(static_cast<uint32_t>(len));
  auto key_of = [&](uint32_t i, uint32_t len) {
    uint32_t b = off[i - token_begin], e = off[i + len - token_begin] - 1;
    return std::string_view(folded).substr(b, e - b);
  };
  for (uint32_t i = token_begin; i < token_end; ++i) {
    std::string_view key = key_of(i, 1);
    // The filter's hash of tokens [i, i + len), extended token by token
    // (with the space between) rather than rehashed from i.
    uint64_t h = FilterHash(key);
    if (!MaybeKeyHash(h)) continue;
    const uint32_t* first_max = first_tokens_.find(key);
    if (first_max == nullptr) continue;
    uint32_t max_len = std::min(*first_max, token_end - i);
    size_t first_match = out.size();
    for (uint32_t len = 1; len <= max_len; ++len) {
      if (len > 1) {
        // Aliases do not run across a paragraph break.
        if (toks[i + len - 1].Has(kTokParaStart)) break;
        const std::string_view longer = key_of(i, len);
        h = FilterHash(longer.substr(key.size()), h);
        key = longer;
        if (!MaybeKeyHash(h)) continue;
      }
      if (const uint32_t* list = by_key_.find(key)) {
        out.push_back({i, i + len, &key_entries_[*list - 1]});
      }
    }
    std::reverse(out.begin() + first_match, out.end());  // longest first
  }
  if (folded.capacity() > (1u << 20)) {  // keep no huge run's memory
    folded = std::string();
    off = std::vector<uint32_t>();
  }
}

std::string DefaultGazetteerDir() {
  if (const char* env = std::getenv("NEWSIE_GAZETTEERS"); env && *env) return env;
  return FindDataPath("gazetteers/data");
}

}  // namespace newsie
