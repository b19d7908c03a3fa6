#include "extractors/numbers/unit_table.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "gazetteers/gazetteer.h"

namespace newsie {
namespace {

constexpr int kMaxUnitTokens = 4;
constexpr size_t kMaxUnitBytes = 40;

std::string StripSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c != ' ' && c != '\t') out.push_back(c);
  }
  return out;
}

void FoldAscii(std::string& s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
}

NumberKind KindOf(std::string_view k) {
  if (k == "MONEY") return NumberKind::kMoney;
  if (k == "PERCENT") return NumberKind::kPercent;
  if (k == "DURATION") return NumberKind::kDuration;
  if (k == "AGE") return NumberKind::kAge;
  return NumberKind::kMeasure;
}

UnitPosition PositionOf(std::string_view p) {
  if (p == "prefix") return UnitPosition::kPrefix;
  if (p == "both") return UnitPosition::kBoth;
  if (p == "money-suffix") return UnitPosition::kMoneySuffix;
  if (p == "measure-suffix") return UnitPosition::kMeasureSuffix;
  if (p == "digit-suffix") return UnitPosition::kDigitSuffix;
  if (p == "singular-suffix") return UnitPosition::kSingularSuffix;
  return UnitPosition::kSuffix;
}

}  // namespace

void UnitTable::Add(const std::string& alias, bool exact, const UnitInfo* u) {
  std::string text = StripSpaces(alias);
  if (text.empty() || text.size() > kMaxUnitBytes) return;
  if (text.size() != alias.size()) {
    std::string folded = text;
    FoldAscii(folded);
    spaced_.emplace(folded, u);
  }
  if (!exact) FoldAscii(text);
  std::string tag = exact ? "x" : "f";
  // First entry wins, so analysts' earlier rows take precedence. Ambiguous
  // weight words ("pounds") go to their own map, consulted for numbers
  // without a scale word ("200 pounds" but "2 million pounds").
  if (u->position == UnitPosition::kMeasureSuffix) {
    map_.emplace("w" + tag + text, u);
    return;
  }
  bool after = u->position != UnitPosition::kPrefix;
  bool before = u->position == UnitPosition::kPrefix || u->position == UnitPosition::kBoth;
  if (after) map_.emplace("a" + tag + text, u);
  if (before) map_.emplace("b" + tag + text, u);
  if (after) AddShape(exact, true, text);
  if (before) AddShape(exact, false, text);
}

void UnitTable::AddShape(bool exact, bool after, std::string_view text) {
  shapes_[exact][after][static_cast<unsigned char>(text[0])] |= uint64_t{1} << text.size();
}

bool UnitTable::MayHold(bool exact, bool after, std::string_view text) const {
  return (shapes_[exact][after][static_cast<unsigned char>(text[0])] >> text.size()) & 1;
}

StatusOr<std::unique_ptr<UnitTable>> UnitTable::Create(const Gazetteers* g) {
  std::unique_ptr<Gazetteers> own;
  if (g == nullptr || g->EntriesOfType("UNIT").empty()) {
    auto loaded = Gazetteers::Load({DefaultGazetteerDir() + "/units"});
    if (!loaded.ok()) return loaded.status();
    own = std::move(*loaded);
    g = own.get();
  }
  std::unique_ptr<UnitTable> t(new UnitTable());
  for (uint32_t i : g->EntriesOfType("UNIT")) {
    const GazetteerEntry& e = g->entry(i);
    auto u = std::make_unique<UnitInfo>();
    u->id = e.id;
    u->canonical = e.canonical;
    u->kind = KindOf(e.Field("kind"));
    u->currency = e.Field("currency");
    u->position = PositionOf(e.Field("position"));
    bool exact = e.Field("case") == "exact";
    for (const std::string& a : e.aliases) t->Add(a, exact, u.get());
    t->units_.push_back(std::move(u));
  }
  if (t->units_.empty()) return NotFoundError("no UNIT entries in the units gazetteer");
  return t;
}

const UnitInfo* UnitTable::Find(std::string_view key, bool after) const {
  if (key.empty() || key.size() > kMaxUnitBytes) return nullptr;
  // The key on the stack: this runs for most tokens near a number.
  char k[kMaxUnitBytes + 2];
  const size_t n = key.size() + 2;
  k[0] = after ? 'a' : 'b';
  k[1] = 'x';
  std::memcpy(k + 2, key.data(), key.size());
  if (MayHold(true, after, key)) {
    if (const UnitInfo* const* u = map_.find(std::string_view(k, n))) return *u;
  }
  k[1] = 'f';
  for (size_t i = 2; i < n; ++i) {
    if (k[i] >= 'A' && k[i] <= 'Z') k[i] = static_cast<char>(k[i] + 32);
  }
  if (!MayHold(false, after, std::string_view(k + 2, key.size()))) return nullptr;
  const UnitInfo* const* u = map_.find(std::string_view(k, n));
  return u == nullptr ? nullptr : *u;
}

const UnitInfo* UnitTable::Lookup(std::string_view s, bool after) const {
  return Find(s, after);
}

const UnitInfo* UnitTable::Alternative(const UnitInfo* u, std::string_view key) const {
  if (u == nullptr || u->position != UnitPosition::kMoneySuffix) return u;
  std::string k = "wf";
  for (char c : key) k.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  const UnitInfo* const* alt = map_.find(k);
  return alt == nullptr ? u : *alt;
}

const UnitInfo* UnitTable::Match(const Document& doc, uint32_t tok, uint32_t limit,
                                 bool after, uint32_t* next) const {
  const auto& toks = doc.tokens();
  std::string key;
  const UnitInfo* best = nullptr;
  // Set once two words set off by a space are joined in the key: only an
  // alias written with a space may match from then on ("100 m in 45 s" is
  // not "min", "mph" is not "m ph").
  bool word_gap = false;
  auto find = [&](std::string_view k) -> const UnitInfo* {
    const UnitInfo* u = Find(k, after);
    if (u == nullptr || !word_gap) return u;
    std::string folded(k);
    FoldAscii(folded);
    return spaced_.find(folded) == nullptr ? nullptr : u;
  };
  for (uint32_t j = tok; j < limit && j < tok + kMaxUnitTokens; ++j) {
    std::string_view w = doc.Slice(toks[j].span);
    if (key.size() + w.size() > kMaxUnitBytes) break;
    if (j > tok && toks[j].span.begin > toks[j - 1].span.end && !key.empty() && !w.empty() &&
        std::isalnum(static_cast<unsigned char>(key.back())) &&
        std::isalnum(static_cast<unsigned char>(w.front()))) {
      word_gap = true;
    }
    // "43.4 per cent-owned", "20 percent-controlled": a unit hyphened to a
    // participle is the unit; the token stays whole in the span.
    if (after && toks[j].Has(kTokHyphenated)) {
      size_t dash = w.find('-');
      std::string_view tail = w.substr(dash + 1);
      if (dash > 0 && tail.size() > 3 && tail.ends_with("ed") &&
          std::all_of(tail.begin(), tail.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        std::string head = key;
        head.append(w.substr(0, dash));
        if (const UnitInfo* u = find(head)) {
          best = u;
          *next = j + 1;
        }
      }
    }
    // "is 220 V.", "uses 60 W.", "at 21 °C.": the tokenizer keeps a
    // capital before the sentence's full stop as an initial ("W."); the
    // symbol is the unit when nothing follows it in the sentence (not
    // "10 W. 57th St.").
    if (after && j + 1 == limit && w.size() >= 2 && w.back() == '.' && w[w.size() - 2] != '.') {
      std::string bare = key;
      bare.append(w.substr(0, w.size() - 1));
      if (const UnitInfo* u = find(bare)) {
        best = u;
        *next = j + 1;
      }
    }
    key.append(w);
    if (const UnitInfo* u = find(key)) {
      best = u;
      *next = j + 1;
    }
  }
  return best;
}

const UnitInfo* UnitTable::MatchBefore(const Document& doc, uint32_t first,
                                       uint32_t last, uint32_t* begin) const {
  const auto& toks = doc.tokens();
  std::string key;
  const UnitInfo* best = nullptr;
  for (uint32_t n = 0; n < kMaxUnitTokens && last >= first + n; ++n) {
    uint32_t j = last - n;
    std::string_view w = doc.Slice(toks[j].span);
    if (key.size() + w.size() > kMaxUnitBytes) break;
    key.insert(0, w);
    if (const UnitInfo* u = Find(key, false)) {
      best = u;
      *begin = j;
    }
    if (j == 0) break;
  }
  return best;
}

}  // namespace newsie
