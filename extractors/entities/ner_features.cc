#include "extractors/entities/ner_features.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <unordered_map>

#include "extractors/entities/ner_features_internal.h"
#include "gazetteers/gazetteer.h"

namespace newsie::ner {
// The templates, hashes and per-word values (ner_features_internal.h).
using namespace internal;  // NOLINT(build/namespaces)

namespace {


void Shape(std::string_view w, std::string* out) {
  out->clear();
  char last = 0;
  int32_t i = 0, n = static_cast<int32_t>(w.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(w.data(), i, n, c);
    char s;
    if (c >= 'A' && c <= 'Z') s = 'X';
    else if (c >= 'a' && c <= 'z') s = 'x';
    else if (c >= '0' && c <= '9') s = 'd';
    else if (c < 0x80 && c >= 0) s = static_cast<char>(c);
    else if (c > 0 && (u_isupper(c) || u_istitle(c))) s = 'X';
    else if (c > 0 && u_isalpha(c)) s = 'x';
    else s = 'o';
    if (s != last) out->push_back(s);
    last = s;
  }
}

}  // namespace

const char* LabelName(int l) {
  static const char* kNames[] = {"O",     "B-PER", "I-PER", "B-ORG", "I-ORG",
                                 "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
  return l >= 0 && l < kNumLabels ? kNames[l] : "?";
}

EntityType LabelEntityType(int l) {
  if (l == kO) return EntityType::kUnspecified;
  switch (LabelClass(l)) {
    case 0: return EntityType::kPerson;
    case 1: return EntityType::kOrganization;
    case 2: return EntityType::kLocation;
    default: return EntityType::kMisc;
  }
}

int LineKind(const Document& doc, const Sentence& s) {
  const auto& toks = doc.tokens();
  int words = 0, caps = 0, titled = 0, lower = 0;
  for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
    if (!toks[t].Has(kTokWord)) continue;
    if (toks[t].span.end - toks[t].span.begin < 2 && !toks[t].Has(kTokCapitalized)) continue;
    ++words;
    if (toks[t].Has(kTokAllCaps)) ++caps;
    else if (toks[t].Has(kTokCapitalized)) ++titled;
    else if (toks[t].Has(kTokLower)) ++lower;
  }
  if (words > 0 && caps * 10 >= words * 8 && lower == 0) return 1;
  if (words >= 4 && lower * 5 <= words && titled + caps == words - lower) return 2;
  return 0;
}

uint64_t LowerWordHash(std::string_view word) {
  uint64_t h = 1469598103934665603ull;
  unsigned char any = 0;  // its high bit: a non-ASCII byte
  for (unsigned char c : word) {
    any |= c;
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    else if (c >= '0' && c <= '9') c = '0';
    h = (h ^ c) * 1099511628211ull;
  }
  if (any & 0x80) [[unlikely]] {
    std::string fixed;
    if (internal::RepairMojibake(word, &fixed)) return LowerWordHash(fixed);
  }
  return h;
}

namespace {

// Lower-case words that may stand inside a name ("Secretary of State",
// "Bank of America", "Trinidad and Tobago").
bool IsNameConnector(std::string_view w) {
  return w == "of" || w == "and" || w == "the" || w == "de" || w == "for" || w == "&" ||
         w == "-" || w == "on" || w == "du" || w == "la" || w == "al" || w == "el" ||
         w == "von" || w == "van" || w == "der" || w == "del" || w == "da" || w == "bin";
}

// Words that end a company's name ("Pirelli SpA", "Boatmen's Bancshares
// Inc."), with or without their period.
constexpr std::string_view kOrgDesignators[] = {
    "Inc", "Corp", "Co", "Cos", "Ltd", "Plc", "PLC", "plc", "SpA", "AG", "SA", "NV",
    "BV", "GmbH", "LLC", "Bhd", "Pty", "AB", "ASA", "Group", "Holdings", "Holding",
    "Bancorp", "Bancshares", "Corporation", "Company", "Airlines", "Airways"};
// Head words that end the names of clubs and other organizations
// ("Blackburn Rovers", "Labour Party", "Hoechst Industries"), and words
// that open club names ("AC Milan", "Real Madrid"). Where a document writes
// the full name once, its other mentions ("Blackburn", "Labour") are likely
// the organization too. Not "City" or "County": "Mexico City" is a place.
constexpr std::string_view kOrgHeads[] = {
    "United", "Rovers", "Athletic", "Wanderers", "Albion", "Hotspur", "Rangers", "FC",
    "Bank", "Party", "Association", "Federation", "Council", "Committee", "Ministry",
    "Agency", "Commission", "Exchange", "Institute", "University", "Industries", "Motors",
    "Petroleum", "Resources", "Systems", "Securities", "Communications", "Technologies",
    "Partners", "Investments", "Trust", "Fund", "Club", "Society", "Foundation",
    "Organisation", "Organization", "Board"};
constexpr std::string_view kOrgPrefixes[] = {
    "FC", "AC", "Real", "Sporting", "Dynamo", "Dinamo", "Olympique", "Atletico", "Borussia"};

template <size_t N>
bool OneOf(std::string_view w, const std::string_view (&words)[N]) {
  for (std::string_view k : words) {
    if (w == k) return true;
  }
  return false;
}


// Inline here: the feature extraction calls it for every capitalized run.
bool IsDesignator(std::string_view w) {
  if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
  return OneOf(w, kOrgDesignators);
}

// One bit per LowerWordHash (mod 4096) of the words above, with and
// without a period: most capitalized runs end and start in names, and one
// bit test rules them out before the word comparisons.
bool MaybeOrgWord(uint64_t lower_hash) {
  static const std::vector<bool> bits = [] {
    std::vector<bool> b(4096);
    auto add = [&](std::string_view w) {
      b[LowerWordHash(w) & 4095] = true;
      b[LowerWordHash(std::string(w) + ".") & 4095] = true;
    };
    for (std::string_view w : kOrgDesignators) add(w);
    for (std::string_view w : kOrgHeads) add(w);
    for (std::string_view w : kOrgPrefixes) add(w);
    return b;
  }();
  return bits[lower_hash & 4095];
}

// Lower-case nouns that name what kind of organization the capitalized
// words after them are ("the news agency Tanjug", "state engineer Comelf",
// "national carrier EgyptAir"), and words that follow an organization's
// name ("Barrick chairman Peter Munk", "Mentmore shares"). Where a
// document writes one, the name's other mentions are likely the
// organization too.
constexpr std::string_view kOrgBefore[] = {
    "agency", "newspaper", "daily", "weekly", "magazine", "company", "firm", "group",
    "bank", "carrier", "airline", "maker", "manufacturer", "producer", "retailer",
    "insurer", "brewer", "conglomerate", "subsidiary", "unit", "club", "side", "team",
    "party", "broker", "brokerage", "operator", "exporter", "distributor", "supplier",
    "publisher", "chain", "engineer", "concern", "giant", "station", "network", "union"};
constexpr std::string_view kOrgAfter[] = {
    "chairman", "spokesman", "spokeswoman", "shares", "shareholders", "officials",
    "executives", "subsidiary", "unit", "stake", "analyst", "analysts", "board"};

bool IsHonorific(std::string_view w) {
  if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
  return w == "Mr" || w == "Mrs" || w == "Ms" || w == "Dr" || w == "Sir";
}

// One bit per LowerWordHash (mod 4096) of kOrgBefore and kOrgAfter: most
// words beside a capitalized run are neither.
bool MaybeOrgCue(uint64_t lower_hash) {
  static const std::vector<bool> bits = [] {
    std::vector<bool> b(4096);
    for (std::string_view w : kOrgBefore) b[LowerWordHash(w) & 4095] = true;
    for (std::string_view w : kOrgAfter) b[LowerWordHash(w) & 4095] = true;
    return b;
  }();
  return bits[lower_hash & 4095];
}

// Lists of names (people, organizations, places, titles), which the
// features use; not units/ or cues/.
bool IsNameList(std::string_view list) {
  return !list.starts_with("units/") && !list.starts_with("cues/") &&
         !list.starts_with("groups/");
}

// What stands beside a gazetteer match, for kGazContext: a number (a
// score, a table: "Lotte 6 Hyundai 2"), the possessive ("Birmingham 's
// Gary Breen"), an opening parenthesis, a comma, a hyphen, other
// punctuation, a capitalized word or a lower-case one (1, the sentence's
// edge, is the caller's).
uint32_t GazContextCode(const Document& doc, const Token& tok) {
  if (tok.Has(kTokNumber)) return 2;
  if (tok.Has(kTokPossessive)) return 3;
  if (tok.Has(kTokPunct)) {
    std::string_view w = doc.Slice(tok.span);
    return w == "(" ? 4 : w == "," ? 5 : w == "-" ? 6 : 7;
  }
  if (tok.Has(kTokWord) && !tok.Has(kTokLower)) return 8;
  return 9;
}

}  // namespace

bool IsOrgDesignator(std::string_view w) { return IsDesignator(w); }

std::vector<GazetteerMatch> MatchDocument(const Document& doc, const Gazetteers& g) {
  // Only runs of capitalized words (with connectors inside) are looked up:
  // the features use no match without a capital, and most tokens are lower
  // case, so this saves most of the folding and hashing.
  const auto& toks = doc.tokens();
  std::vector<GazetteerMatch> out;
  auto capital = [&](uint32_t t) {
    return toks[t].Has(kTokCapitalized) || toks[t].Has(kTokAllCaps);
  };
  for (const Sentence& s : doc.sentences()) {
    uint32_t t = s.token_begin;
    while (t < s.token_end) {
      if (!capital(t)) {
        ++t;
        continue;
      }
      uint32_t end = t + 1;
      while (end < s.token_end) {
        if (capital(end)) {
          ++end;
        } else if (end + 1 < s.token_end && capital(end + 1) &&
                   IsNameConnector(doc.Slice(toks[end].span))) {
          end += 2;
        } else {
          break;
        }
      }
      g.AppendMatches(doc, t, end, &out);
      t = end;
    }
  }
  return out;
}

void WordClusters::Build() {
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::pair<uint64_t, Classes>> unique;
  for (const auto& e : entries_) {
    if (!unique.empty() && unique.back().first == e.first) {
      unique.back() = e;
    } else {
      unique.push_back(e);
    }
  }
  entries_ = std::move(unique);
  size_t cap = 16;
  while (cap < 2 * entries_.size() + 2) cap <<= 1;  // load <= 1/2: most lookups miss
  slots_.assign(cap, Slot());
  mask_ = cap - 1;
  classes_.clear();
  std::unordered_map<uint64_t, uint16_t> interned;  // packed triple -> index
  for (const auto& [key, c] : entries_) {
    uint64_t packed = uint64_t(c.top) << 32 | uint64_t(c.mid) << 16 | c.fine;
    auto it = interned.find(packed);
    if (it == interned.end()) {
      if (classes_.size() >= kEmpty) continue;  // more triples than a uint16 counts
      it = interned.emplace(packed, static_cast<uint16_t>(classes_.size())).first;
      classes_.push_back(c);
    }
    uint16_t index = it->second;
    size_t i = key & mask_;
    while (slots_[i].index != kEmpty) i = (i + 1) & mask_;
    slots_[i] = {static_cast<uint32_t>(key >> 32), index};
  }
}

StatusOr<WordClusters> WordClusters::FromTsv(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError("word clusters not found: " + path);
  WordClusters wc;
  std::vector<double> counts;  // by top class
  std::string line;
  bool header = false;
  for (int no = 1; std::getline(in, line); ++no) {
    if (line.empty() || line[0] == '#') continue;
    if (!header) {
      header = true;
      if (line.rfind("word\t", 0) == 0) continue;
    }
    size_t a = line.find('\t');
    size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
    size_t c = b == std::string::npos ? b : line.find('\t', b + 1);
    if (c == std::string::npos || a == 0) {
      return InvalidArgumentError(path + ":" + std::to_string(no) +
                                  ": want word, top, mid, fine separated by tabs");
    }
    auto num = [&](size_t from, size_t to, uint16_t* v) {
      std::string f = line.substr(from, to == std::string::npos ? to : to - from);
      if (f.empty() || f.size() > 5 || f.find_first_not_of("0123456789") != std::string::npos) {
        return false;
      }
      unsigned long x = std::stoul(f);
      *v = static_cast<uint16_t>(x);
      return x < 65535;
    };
    size_t d = line.find('\t', c + 1);
    Classes cls;
    if (!num(a + 1, b, &cls.top) || !num(b + 1, c, &cls.mid) || !num(c + 1, d, &cls.fine)) {
      return InvalidArgumentError(path + ":" + std::to_string(no) + ": bad class number");
    }
    std::string_view word = std::string_view(line).substr(0, a);
    wc.entries_.emplace_back(LowerWordHash(word), cls);
    if (d != std::string::npos && IsTopicWord(word)) {
      double count = std::strtod(line.c_str() + d + 1, nullptr);
      if (counts.size() <= cls.top) counts.resize(cls.top + 1u, 0.0);
      counts[cls.top] += count;
    }
  }
  double total = 0;
  for (double x : counts) total += x;
  for (double x : counts) wc.top_prior_.push_back(static_cast<float>(total > 0 ? x / total : 0));
  wc.Build();
  return wc;
}

void WordClusters::Serialize(std::string* out) const {
  uint32_t n = static_cast<uint32_t>(entries_.size());
  out->append(reinterpret_cast<const char*>(&n), 4);
  for (const auto& [key, c] : entries_) {  // in key order (Build)
    out->append(reinterpret_cast<const char*>(&key), 8);
    uint16_t v[3] = {c.top, c.mid, c.fine};
    out->append(reinterpret_cast<const char*>(v), 6);
  }
  uint32_t k = static_cast<uint32_t>(top_prior_.size());
  out->append(reinterpret_cast<const char*>(&k), 4);
  out->append(reinterpret_cast<const char*>(top_prior_.data()), 4 * k);
  if (!lex_words_.empty()) {
    // "LEX1", the count, then per word its flags byte and its bytes,
    // NUL-terminated, in sorted order.
    out->append("LEX1", 4);
    uint32_t m = static_cast<uint32_t>(lex_words_.size());
    out->append(reinterpret_cast<const char*>(&m), 4);
    for (const auto& [w, f] : lex_words_) {
      out->push_back(static_cast<char>(f));
      out->append(w);
      out->push_back('\0');
    }
  }
}

bool WordClusters::Deserialize(const char*& p, const char* end) {
  uint32_t n = 0;
  if (end - p < 4) return false;
  std::memcpy(&n, p, 4);
  p += 4;
  if (static_cast<size_t>(end - p) / 14 < n) return false;
  entries_.clear();
  entries_.reserve(n);
  for (uint32_t i = 0; i < n; ++i, p += 14) {
    uint64_t key;
    uint16_t c[3];
    std::memcpy(&key, p, 8);
    std::memcpy(c, p + 8, 6);
    entries_.push_back({key, {c[0], c[1], c[2]}});
  }
  Build();
  uint32_t k = 0;
  if (end - p < 4) return false;
  std::memcpy(&k, p, 4);
  p += 4;
  if (k > 1024 || static_cast<size_t>(end - p) < 4ull * k) return false;
  top_prior_.resize(k);
  if (k > 0) std::memcpy(top_prior_.data(), p, 4ull * k);  // data() may be null
  p += 4ull * k;
  lex_words_.clear();
  lex_slots_.clear();
  if (end - p >= 8 && std::memcmp(p, "LEX1", 4) == 0) {
    uint32_t m = 0;
    std::memcpy(&m, p + 4, 4);
    p += 8;
    if (static_cast<size_t>(end - p) / 3 < m) return false;
    lex_words_.reserve(m);
    for (uint32_t i = 0; i < m; ++i) {
      if (end - p < 3) return false;
      const uint8_t f = static_cast<uint8_t>(*p++);
      const char* z = static_cast<const char*>(std::memchr(p, '\0', static_cast<size_t>(end - p)));
      if (f == 0 || f > 7 || z == nullptr || z == p) return false;
      lex_words_.emplace_back(std::string(p, z), f);
      p = z + 1;
    }
    BuildLexicon();
  }
  return true;
}

Status WordClusters::AddLexicon(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError("lexicon not found: " + path);
  std::unordered_map<std::string, uint8_t> flags;  // lower-cased word -> kLex* bits
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty() || line.find(' ') != std::string::npos || line.find('\t') != std::string::npos) {
      continue;
    }
    // Possessives repeat their word ("Aachen's", "ABC's").
    if (line.size() > 2 && line.compare(line.size() - 2, 2, "'s") == 0) continue;
    int32_t i = 0, n = static_cast<int32_t>(line.size());
    int upper = 0, letters = 0;
    bool first_upper = false;
    while (i < n) {
      UChar32 c;
      U8_NEXT(line.data(), i, n, c);
      if (c < 0 || !u_isalpha(c)) continue;
      const bool up = u_isupper(c) || u_istitle(c);
      if (letters == 0) first_upper = up;
      ++letters;
      upper += up ? 1 : 0;
    }
    if (letters == 0) continue;
    uint8_t f = !first_upper ? kLexLower : (upper == letters && letters > 1) ? kLexCaps : kLexTitle;
    std::string lower = line;
    for (char& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    flags[lower] |= f;
  }
  if (flags.empty()) return InvalidArgumentError("lexicon has no word: " + path);
  for (auto& [w, f] : flags) lex_words_.emplace_back(w, f);
  std::sort(lex_words_.begin(), lex_words_.end());
  lex_words_.erase(std::unique(lex_words_.begin(), lex_words_.end(),
                               [](const auto& a, const auto& b) { return a.first == b.first; }),
                   lex_words_.end());
  BuildLexicon();
  return OkStatus();
}

void WordClusters::BuildLexicon() {
  size_t cap = 16;
  while (cap * 3 < 4 * lex_words_.size() + 4) cap <<= 1;
  lex_slots_.assign(cap, 0);
  lex_mask_ = cap - 1;
  for (const auto& [w, f] : lex_words_) {
    const uint64_t key = LowerWordHash(w);
    const uint32_t check = static_cast<uint32_t>(key >> 32) & ~7u;
    size_t i = key & lex_mask_;
    while (lex_slots_[i] != 0 && (lex_slots_[i] & ~7u) != check) i = (i + 1) & lex_mask_;
    lex_slots_[i] |= check | f;  // words whose checks collide share their flags
  }
}

namespace internal {

namespace {

// The Latin-1 (or Windows-1252) character that the UTF-8 byte `b` (0x80 or
// above) was read as; -1 for none.
int32_t Latin1Of(UChar32 c) {
  if (c >= 0x80 && c <= 0xFF) return c;
  if (c == 0x192) return 0x83;  // Windows-1252's "ƒ"
  return -1;
}

}  // namespace

bool RepairMojibake(std::string_view w, std::string* out) {
  // Only a lead ("Â" C3 82 .. "Å" C3 85, or "A" + combining mark CC xx)
  // starts a pair: most non-ASCII words have neither.
  if (w.find('\xC3') == std::string_view::npos && w.find('\xCC') == std::string_view::npos) {
    return false;
  }
  std::string cur(w), next;
  bool changed = false;
  for (int pass = 0; pass < 2; ++pass) {  // twice: a double encoding
    next.clear();
    bool any = false;
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(cur.size());
    while (i < n) {
      const int32_t start = i;
      UChar32 c;
      U8_NEXT(cur.data(), i, n, c);
      int32_t lead = -1, after = i;
      if (c >= 0xC2 && c <= 0xC5) {
        lead = c;  // Â Ã Ä Å precomposed
      } else if (c == 'A' && i + 1 < n && static_cast<unsigned char>(cur[i]) == 0xCC) {
        const unsigned char m = static_cast<unsigned char>(cur[i + 1]);
        if (m == 0x82) lead = 0xC2;       // A + U+0302: Â
        else if (m == 0x83) lead = 0xC3;  // A + U+0303: Ã
        else if (m == 0x88) lead = 0xC4;  // A + U+0308: Ä
        else if (m == 0x8A) lead = 0xC5;  // A + U+030A: Å
        if (lead >= 0) after = i + 2;
      }
      if (lead >= 0 && after < n) {
        int32_t j = after;
        UChar32 d;
        U8_NEXT(cur.data(), j, n, d);
        const int32_t cont = Latin1Of(d);
        if (cont >= 0x80 && cont <= 0xBF && cont != 0xA0) {
          next.push_back(static_cast<char>(lead));
          next.push_back(static_cast<char>(cont));
          i = j;
          any = true;
          continue;
        }
      }
      next.append(cur, start, i - start);
    }
    if (!any) break;
    changed = true;
    cur.swap(next);
  }
  if (changed) *out = std::move(cur);
  return changed;
}

void ComputeWordInfo(std::string_view w, const WordClusters* clusters, WordInfo* out) {
  WordInfo& ti = *out;
  // One pass hashes the word, its lower-cased form and (as intermediate
  // states) its prefixes; a second, backwards over at most four bytes,
  // its suffixes. The shape follows on the ASCII path.
  constexpr uint64_t kBasis = 1469598103934665603ull, kPrime = 1099511628211ull;
  uint64_t hw = kBasis, hl = kBasis, hs = kBasis ^ 7;
  bool ascii = true;
  char last = 0;
  ti.pre[0] = ti.pre[1] = ti.pre[2] = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    hw = (hw ^ c) * kPrime;
    unsigned char l = c;
    char sc;
    if (c >= 'A' && c <= 'Z') {
      l = static_cast<unsigned char>(c + 32);
      sc = 'X';
    } else if (c >= 'a' && c <= 'z') {
      sc = 'x';
    } else if (c >= '0' && c <= '9') {
      l = '0';
      sc = 'd';
    } else {
      sc = static_cast<char>(c);
      if (c >= 0x80) ascii = false;
    }
    hl = (hl ^ l) * kPrime;
    if (i >= 1 && i <= 3 && w.size() > i + 1) ti.pre[i - 1] = hl;
    if (sc != last) hs = (hs ^ static_cast<unsigned char>(sc)) * kPrime;
    last = sc;
  }
  ti.word = hw;
  ti.lower = hl;
  if (ascii) {
    ti.shape = hs;
  } else {
    // Mojibake ("PeÃ±a", "TomÃ¡s": UTF-8 read as Latin-1) gets the
    // features of the word it stands for: its symbols gave it a shape
    // ("XxXox") and a lower-cased form no name of the training text has.
    std::string fixed;
    if (RepairMojibake(w, &fixed)) return ComputeWordInfo(fixed, clusters, out);
    std::string shp;
    Shape(w, &shp);
    ti.shape = HashBytes(shp, kBasis ^ 7);
  }
  uint64_t hb = kBasis ^ 13;
  for (size_t k = 0; k < 4; ++k) {
    ti.suf[k] = 0;
    if (w.size() <= k + 1) continue;
    unsigned char c = static_cast<unsigned char>(w[w.size() - 1 - k]);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
    else if (c >= '0' && c <= '9') c = '0';
    hb = (hb ^ c) * kPrime;
    ti.suf[k] = hb;
  }
  ti.cls = clusters ? clusters->Find(hl) : nullptr;
  ti.lex = clusters ? clusters->Lex(hl) : 0;
}

void PrepareDocContext(const Document& doc, const uint64_t* lower,
                       const WordClusters::Classes* const* cls, const Gazetteers* gazetteers,
                       const std::vector<GazetteerMatch>* matches,
                       const WordClusters* clusters, DocContext* ctx,
                       const uint8_t* sentence_kinds, const uint8_t* topic_word) {
  const auto& toks = doc.tokens();
  const uint32_t n = static_cast<uint32_t>(toks.size());
  auto alpha = [&](uint32_t t) { return toks[t].Has(kTokWord); };

  // Sentence context: whether each sentence is an all-caps line (headline,
  // dateline) or a title-case line where capitals say little.
  std::vector<uint8_t>& line_kind = ctx->line_kind;
  line_kind.assign(n, 0);
  for (size_t si = 0; si < doc.sentences().size(); ++si) {
    const Sentence& s = doc.sentences()[si];
    uint8_t kind = sentence_kinds ? sentence_kinds[si] : static_cast<uint8_t>(LineKind(doc, s));
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) line_kind[t] = kind;
  }

  // Table rows and score lines: lines with numbers and no lower-case
  // word, whose capitalized runs are the rows' names (clubs, companies,
  // pollsters) whatever the names are.
  std::vector<uint8_t>& table = ctx->table;
  table.assign(n, 0);
  for (const Sentence& s : doc.sentences()) {
    bool lower_word = false;
    int numbers = 0;
    for (uint32_t t = s.token_begin; t < s.token_end && !lower_word; ++t) {
      lower_word = alpha(t) && toks[t].Has(kTokLower);
      numbers += toks[t].Has(kTokNumber) ? 1 : 0;
    }
    if (lower_word || numbers == 0) continue;
    // Two passes over the runs: the second knows whether two or more
    // runs stand before a number (a score line, not a dateline).
    int scored = 0;
    for (int pass = 0; pass < 2; ++pass) {
      uint32_t t = s.token_begin;
      while (t < s.token_end) {
        if (!alpha(t)) {
          ++t;
          continue;
        }
        uint32_t end = t + 1;
        while (end < s.token_end && (alpha(end) || doc.Slice(toks[end].span) == "'s" ||
                                     doc.Slice(toks[end].span) == "&")) {
          ++end;
        }
        const bool before_number = end < s.token_end && toks[end].Has(kTokNumber);
        if (pass == 0) {
          scored += before_number ? 1 : 0;
        } else {
          uint8_t code = 0;
          if (t == s.token_begin && numbers >= 2) code |= 1;
          if (before_number && scored >= 2) code |= 2;
          for (uint32_t i = t; i < end; ++i) table[i] = code;
        }
        t = end;
      }
    }
  }

  // Document statistics by lower-cased word.
  DocStats& stats = ctx->stats;
  stats.Reset(n);
  for (const Sentence& s : doc.sentences()) {
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      if (!alpha(t)) continue;
      const Token& tok = toks[t];
      if (tok.Has(kTokLower)) {
        ++stats.At(lower[t]).lower;
        continue;
      }
      if (line_kind[t] != 0 || !tok.Has(kTokCapitalized)) continue;
      if (t != s.token_begin) ++stats.At(lower[t]).cap_mid;
      // Runs of capitalized words: "Antony Blinken" marks "antony" as a
      // first word and "blinken" as a last one.
      bool prev_cap = t > s.token_begin && toks[t - 1].Has(kTokCapitalized) && alpha(t - 1);
      bool next_cap = t + 1 < s.token_end && toks[t + 1].Has(kTokCapitalized) && alpha(t + 1);
      if (!prev_cap && next_cap) ++stats.At(lower[t]).name_first;
      if (prev_cap && !next_cap) ++stats.At(lower[t]).name_last;
    }
  }
  // What names' neighbours say, anywhere in the document (headlines too):
  // a company designator ending the capitalized run, an honorific before.
  for (const Sentence& s : doc.sentences()) {
    uint32_t t = s.token_begin;
    while (t < s.token_end) {
      if (!alpha(t) || toks[t].Has(kTokLower)) {
        ++t;
        continue;
      }
      if (t > s.token_begin && IsHonorific(doc.Slice(toks[t - 1].span))) {
        ++stats.At(lower[t]).honorific;
      }
      const bool org_before = t > s.token_begin && toks[t - 1].Has(kTokLower) &&
                              MaybeOrgCue(lower[t - 1]) &&
                              OneOf(doc.Slice(toks[t - 1].span), kOrgBefore);
      uint32_t end = t + 1;  // the run: capitalized words, "'s" and "&" inside
      while (end < s.token_end && end - t < 8) {
        std::string_view w = doc.Slice(toks[end].span);
        bool cap = alpha(end) && !toks[end].Has(kTokLower);
        if (!cap && w != "&" && w != "'s" && w != "\u2019s") break;
        ++end;
      }
      const bool org_after = end < s.token_end && toks[end].Has(kTokLower) &&
                             MaybeOrgCue(lower[end]) &&
                             OneOf(doc.Slice(toks[end].span), kOrgAfter);
      // The first pronoun after the name, within a few lower-case words
      // and before any other name, likely refers back to it: "Comelf said
      // it almost doubled output", "Cofinec exported 59 percent of its
      // output", but "Frater said he ...".
      uint8_t pronoun = 0;  // DocStat::pronouns bits
      for (uint32_t i = end; i < s.token_end && i < end + 8; ++i) {
        if (alpha(i) && !toks[i].Has(kTokLower)) break;
        std::string_view w = doc.Slice(toks[i].span);
        if (w == "its" || w == "it") {
          pronoun = 1;
          break;
        }
        if (w == "his" || w == "her" || w == "he" || w == "she") {
          pronoun = 2;
          break;
        }
      }
      for (uint32_t i = t; pronoun != 0 && i < end; ++i) {
        if (alpha(i)) stats.At(lower[i]).pronouns |= pronoun;
      }
      for (uint32_t i = t; (org_before || org_after) && i < end; ++i) {
        if (!alpha(i)) continue;
        DocStat& st = stats.At(lower[i]);
        if (org_before) ++st.org_before;
        if (org_after) ++st.org_after;
      }
      if (end - t > 1) {
        // Every word of the run but the designator or head word (the last)
        // or the prefix (the first).
        int kind = 0;  // 1: designator, 2: head word, 3: prefix
        if (MaybeOrgWord(lower[end - 1])) {
          std::string_view last = doc.Slice(toks[end - 1].span);
          kind = IsDesignator(last) ? 1 : OneOf(last, kOrgHeads) ? 2 : 0;
        }
        if (kind == 0 && MaybeOrgWord(lower[t]) &&
            OneOf(doc.Slice(toks[t].span), kOrgPrefixes)) {
          kind = 3;
        }
        const uint32_t b = kind == 3 ? t + 1 : t, e = kind == 3 ? end : end - 1;
        for (uint32_t i = b; kind != 0 && i < e; ++i) {
          if (!alpha(i)) continue;
          DocStat& st = stats.At(lower[i]);
          ++(kind == 1 ? st.org_run : st.org_head);
        }
      }
      t = end;
    }
  }

  // Document topic: the top word classes over-represented among the
  // document's lower-case words, against their shares in the unlabeled text
  // (a sports report: "innings", "goals", "match"), in strength buckets.
  // Place names there are often clubs; the weights learn such shifts.
  ctx->n_topics = 0;
  if (clusters && !clusters->top_prior().empty()) {
    uint64_t* topics = ctx->topics;
    const std::vector<float>& prior = clusters->top_prior();
    std::vector<uint32_t>& count = ctx->topic_count;
    count.assign(prior.size(), 0);
    uint32_t total = 0;
    for (uint32_t t = 0; t < n; ++t) {
      if (!cls[t] || !toks[t].Has(kTokLower) || cls[t]->top >= prior.size()) continue;
      if (!(topic_word ? topic_word[t] : IsTopicWord(doc.Slice(toks[t].span)))) continue;
      ++count[cls[t]->top];
      ++total;
    }
    float best[2] = {0, 0};
    for (size_t c = 0; total >= 10 && c < prior.size(); ++c) {
      if (count[c] < 3 || prior[c] <= 0) continue;
      float r = static_cast<float>(count[c]) / static_cast<float>(total) / prior[c];
      if (r < 1.5f) continue;
      uint64_t v = c * 4 + (r < 2.5f ? 1 : r < 4.0f ? 2 : 3);
      if (r > best[0]) {
        best[1] = best[0];
        topics[1] = topics[0];
        best[0] = r;
        topics[0] = v;
      } else if (r > best[1]) {
        best[1] = r;
        topics[1] = v;
      }
    }
    ctx->n_topics = best[1] > 0 ? 2 : best[0] > 0 ? 1 : 0;
  }

  // Gazetteer matches: per token, up to kMaxGaz (type, position) features,
  // flat.
  constexpr uint32_t kMaxGaz = DocContext::kMaxGaz;
  std::vector<uint64_t>& gaz = ctx->gaz;
  std::vector<uint8_t>& gaz_n = ctx->gaz_n;
  ctx->has_gaz = false;
  std::vector<GazetteerMatch> own_matches;
  if (gazetteers && !matches) {
    own_matches = MatchDocument(doc, *gazetteers);
    matches = &own_matches;
  }
  if (gazetteers && !matches->empty()) {
    // Only gaz_n needs clearing: a slot is written before it is counted.
    if (gaz.size() < static_cast<size_t>(n) * kMaxGaz) gaz.resize(static_cast<size_t>(n) * kMaxGaz);
    gaz_n.assign(n, 0);
    if (ctx->gaz_ctx.size() < 2 * static_cast<size_t>(n)) {
      ctx->gaz_ctx.resize(2 * static_cast<size_t>(n));
    }
    ctx->has_gaz = true;
    for (const GazetteerMatch& m : *matches) {
      // Only matches that contain a capitalized word: "general" the
      // adjective is not "General" the title.
      bool cap = false;
      for (uint32_t t = m.token_begin; t < m.token_end; ++t) {
        cap |= toks[t].Has(kTokCapitalized);
      }
      if (!cap) continue;
      const uint32_t before =
          toks[m.token_begin].Has(kTokSentStart) || m.token_begin == 0
              ? 1
              : GazContextCode(doc, toks[m.token_begin - 1]);
      const uint32_t after =
          toks[m.token_end - 1].Has(kTokSentEnd) || m.token_end >= n
              ? 1
              : GazContextCode(doc, toks[m.token_end]);
      for (uint32_t t = m.token_begin; t < m.token_end; ++t) {
        if (gaz_n[t] != 0) continue;  // keeps the first match's, as g[0] is
        ctx->gaz_ctx[2 * static_cast<size_t>(t)] = before;
        ctx->gaz_ctx[2 * static_cast<size_t>(t) + 1] = after;
      }
      uint64_t seen = 0;
      for (uint32_t e : *m.entries) {
        // Units and cue words name no one ("Belgian franc", "COP"): the
        // tagger ignores those lists, so editing them leaves it unchanged.
        const std::string& list = gazetteers->entry(e).list;
        if (!IsNameList(list)) continue;
        // The list says more than the type: cities, countries, given
        // names, news organizations.
        uint64_t th = HashBytes(list, 17);
        if (th == seen) continue;
        seen = th;
        uint32_t len = m.token_end - m.token_begin;
        for (uint32_t t = m.token_begin; t < m.token_end; ++t) {
          uint64_t pos = len == 1 ? 3 : (t == m.token_begin ? 1 : 2);
          uint64_t f = Combine(th, pos * 4 + std::min<uint32_t>(len, 3));
          uint64_t* g = &gaz[static_cast<size_t>(t) * kMaxGaz];
          if (gaz_n[t] < kMaxGaz && std::find(g, g + gaz_n[t], f) == g + gaz_n[t]) {
            g[gaz_n[t]++] = f;
          }
        }
      }
    }
  }
}

}  // namespace internal

void ExtractNerFeatures(const Document& doc, const Gazetteers* gazetteers,
                        const std::vector<GazetteerMatch>* matches, FeatureSet* out,
                        const WordClusters* clusters) {
  const auto& toks = doc.tokens();
  const uint32_t n = static_cast<uint32_t>(toks.size());
  out->keys.clear();
  out->begin.assign(n + 1, UINT32_MAX);
  out->keys.reserve(static_cast<size_t>(n) * 40);

  std::vector<WordInfo> info(n);
  std::vector<uint64_t> lower(n);
  std::vector<const WordClusters::Classes*> cls(n);
  for (uint32_t t = 0; t < n; ++t) {
    ComputeWordInfo(doc.Slice(toks[t].span), clusters, &info[t]);
    lower[t] = info[t].lower;
    cls[t] = info[t].cls;
  }
  DocContext ctx;
  PrepareDocContext(doc, lower.data(), cls.data(), gazetteers, matches, clusters, &ctx);

  auto& keys = out->keys;
  auto sink = [&keys](uint32_t key) { keys.push_back(key); };
  for (const Sentence& s : doc.sentences()) {
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      out->begin[t] = static_cast<uint32_t>(keys.size());
      const WordInfo& ti = info[t];
      const Token& tok = toks[t];
      uint64_t p1 = t > s.token_begin ? info[t - 1].lower : kBos;
      uint64_t p2 = t > s.token_begin + 1 ? info[t - 2].lower : kBos;
      uint64_t n1 = t + 1 < s.token_end ? info[t + 1].lower : kEos;
      uint64_t n2 = t + 2 < s.token_end ? info[t + 2].lower : kEos;
      uint64_t ps1 = t > s.token_begin ? info[t - 1].shape : kBos;
      uint64_t ns1 = t + 1 < s.token_end ? info[t + 1].shape : kEos;
      bool initial = t == s.token_begin;

      EmitWordKeys(ti, sink);
      keys.push_back(Key(kPrevLower, p1));
      keys.push_back(Key(kNextLower, n1));
      keys.push_back(Key(kPrev2Lower, p2));
      keys.push_back(Key(kNext2Lower, n2));
      keys.push_back(Key(kPrevShape, ps1));
      keys.push_back(Key(kNextShape, ns1));
      EmitPairKeys(p1, n1, ps1, ns1, ti.lower, ti.shape, initial, ctx.line_kind[t],
                   Combine(p1, ti.lower), sink);
      if (clusters) {
        // Word classes: the token's fine class with its capitalization
        // (lower, all caps, capitalized: the classes come from lower-cased
        // text), its mid and fine classes, and its neighbours' mid classes
        // (kBos/kEos past the sentence, kNoClass unknown).
        EmitClassKeys(ti.cls, CapsOf(tok), sink);
        keys.push_back(Key(kPrevCluster, t > s.token_begin ? MidOf(info[t - 1].cls) : kBos));
        keys.push_back(Key(kNextCluster, t + 1 < s.token_end ? MidOf(info[t + 1].cls) : kEos));
        if (clusters->has_lexicon()) EmitLexKeys(ti.lex, tok, sink);
      }
      EmitDocKeys(ctx, tok, t, ti.lower, ti.shape, initial, sink);
    }
  }
  out->begin[n] = static_cast<uint32_t>(keys.size());
  // Tokens no sentence covers (none from the text stage) get no keys.
  for (uint32_t t = n; t-- > 0;) {
    if (out->begin[t] > out->begin[t + 1]) out->begin[t] = out->begin[t + 1];
  }
}

void ExtractHintFeatures(const Document& doc, const DocHints& hints, FeatureSet* out) {
  const auto& toks = doc.tokens();
  const uint32_t n = static_cast<uint32_t>(toks.size());
  out->keys.clear();
  out->begin.assign(n + 1, UINT32_MAX);
  for (const Sentence& s : doc.sentences()) {
    const uint64_t kind = static_cast<uint64_t>(LineKind(doc, s));
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      out->begin[t] = static_cast<uint32_t>(out->keys.size());
      if (t >= hints.other_class.size()) continue;
      auto hint = [&](uint32_t i) -> uint64_t {
        return i >= s.token_begin && i < s.token_end ? uint64_t(hints.other_class[i] + 1) : 7;
      };
      uint64_t h = hint(t);
      if (h != 0) {
        EmitHintKeys(h, toks[t].Has(kTokCapitalized), kind,
                     [out](uint32_t key) { out->keys.push_back(key); });
      }
    }
  }
  out->begin[n] = static_cast<uint32_t>(out->keys.size());
  for (uint32_t t = n; t-- > 0;) {
    if (out->begin[t] > out->begin[t + 1]) out->begin[t] = out->begin[t + 1];
  }
}

}  // namespace newsie::ner
