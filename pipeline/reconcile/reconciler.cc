#include "pipeline/reconcile/reconciler.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>
#include <unordered_map>
#include <vector>

#include "pipeline/tokenizer.h"

namespace newsie::reconcile {
namespace {

// Counted concepts: words that name the same counted thing whatever the
// sentence around them. Kept small and general (casualty reporting is where
// numbers get revised most); analysts may extend it.
struct ConceptWord {
  const char* word;
  const char* concept_name;
};
constexpr ConceptWord kConceptWords[] = {
    {"killed", "deaths"},     {"kill", "deaths"},       {"kills", "deaths"},
    {"killing", "deaths"},    {"dead", "deaths"},       {"death", "deaths"},
    {"deaths", "deaths"},     {"died", "deaths"},       {"die", "deaths"},
    {"fatalities", "deaths"}, {"fatality", "deaths"},   {"fatal", "deaths"},
    {"toll", "deaths"},       {"bodies", "deaths"},     {"slain", "deaths"},
    {"injured", "injuries"},  {"injuries", "injuries"}, {"injury", "injuries"},
    {"wounded", "injuries"},  {"hurt", "injuries"},     {"injuring", "injuries"},
    {"wounding", "injuries"}, {"missing", "missing"},   {"arrested", "arrests"},
    {"arrests", "arrests"},   {"detained", "arrests"},  {"evacuated", "evacuations"},
    {"evacuations", "evacuations"}, {"displaced", "displaced"},
    {"homeless", "displaced"},
};

const std::unordered_map<uint64_t, std::string_view>& ConceptTable() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<uint64_t, std::string_view>();
    for (const ConceptWord& w : kConceptWords) (*t)[HashWord(w.word)] = w.concept_name;
    return t;
  }();
  return *table;
}

std::string_view ConceptOfHash(uint64_t h) {
  const auto& t = ConceptTable();
  auto it = t.find(h);
  return it == t.end() ? std::string_view() : it->second;
}

// Normalized words of a short free text (unit, counted, quote words).
std::vector<std::string> NormWords(std::string_view text) {
  std::vector<std::string> out;
  Document doc{std::string(text)};
  TokenizeDocument(doc);
  for (const Token& t : doc.tokens()) {
    std::string n = NormalizeWord(doc.Slice(t.span));
    if (!n.empty()) out.push_back(std::move(n));
  }
  return out;
}

// Crude singular: "tons" == "ton", "troops" == "troop".
std::string Singular(std::string w) {
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
  return w;
}

std::string JoinSingular(std::string_view text) {
  std::string out;
  for (std::string& w : NormWords(text)) {
    if (!out.empty()) out.push_back(' ');
    out += Singular(std::move(w));
  }
  return out;
}

std::string LastWord(std::string_view name) {
  std::vector<std::string> w = NormWords(name);
  return w.empty() ? std::string() : w.back();
}

bool SameNumber(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

v1::Span MakeSpan(const VersionText& v, int sentence, const v1::Span& fallback) {
  if (sentence < 0) return fallback;
  v1::Span s;
  Span sp = v.sentences()[sentence].span;
  s.set_begin_byte(sp.begin);
  s.set_end_byte(sp.end);
  s.set_text(std::string(v.Slice(sp)));
  return s;
}

// One version ready for comparison.
struct Prepared {
  const v1::ArticleRecord* record;
  VersionText text;
};

Prepared Prepare(const v1::ArticleRecord& r) {
  std::vector<Span> sentences;
  const std::string& text = r.article().text();
  for (const v1::Span& s : r.sentences()) {
    if (s.end_byte() <= text.size() && s.begin_byte() < s.end_byte()) {
      sentences.push_back({s.begin_byte(), s.end_byte()});
    }
  }
  return {&r, VersionText::FromTextAndSentences(text, sentences)};
}

// Sentence index of a span from a record, when it points into the text.
int SentenceOfSpan(const VersionText& v, const v1::Span& s) {
  if (s.end_byte() == 0 || s.end_byte() > v.text().size()) return -1;
  return v.SentenceOf({s.begin_byte(), s.end_byte()});
}

// ------------------------------------------------------------------ claims

struct ClaimInfo {
  const v1::Claim* claim = nullptr;
  int sentence = -1;
  double low = 0, high = 0;
  std::string unit, counted, holder, concept_name;
  std::vector<std::string> predicate;  // stems of the clause's content words, sorted
  double relpos = 0;  // sentence position in the article, 0..1
  const v1::Claim& item() const { return *claim; }
};

bool Adjacent(std::string_view text, Span left, Span right) {
  if (right.begin < left.end) return true;
  for (uint32_t k = left.end; k < right.begin; ++k) {
    char c = text[k];
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

// First and last word of sentence `sentence` that the claim's span covers,
// {-1, -1} when none.
std::pair<int, int> ClaimWords(const v1::Claim& c, const VersionText& v, int sentence) {
  int first = -1, last = -1;
  Span span{c.span().begin_byte(), c.span().end_byte()};
  if (sentence < 0 || span.empty()) return {first, last};
  const auto& words = v.sentences()[sentence].words;
  for (size_t k = 0; k < words.size(); ++k) {
    if (words[k].span.Overlaps(span)) {
      if (first < 0) first = static_cast<int>(k);
      last = static_cast<int>(k);
    }
  }
  return {first, last};
}

// The claim's concept: from its unit, its counted thing, or the words right
// next to it within the same clause ("killed 26 people", "55 were killed").
std::string FindConcept(const v1::Claim& c, const VersionText& v, int sentence) {
  for (const std::string* field : {&c.unit(), &c.counted()}) {
    for (const std::string& w : NormWords(*field)) {
      std::string_view k = ConceptOfHash(HashWord(w));
      if (!k.empty()) return std::string(k);
    }
  }
  auto [first, last] = ClaimWords(c, v, sentence);
  if (first < 0) return std::string();
  const auto& words = v.sentences()[sentence].words;
  for (int k = first; k <= last; ++k) {
    std::string_view cn = ConceptOfHash(words[k].norm);
    if (!cn.empty()) return std::string(cn);
  }
  constexpr int kWindow = 2;
  for (int k = last + 1; k <= last + kWindow && k < static_cast<int>(words.size()); ++k) {
    if (!Adjacent(v.text(), words[k - 1].span, words[k].span)) break;
    std::string_view cn = ConceptOfHash(words[k].norm);
    if (!cn.empty()) return std::string(cn);
  }
  for (int k = first - 1; k >= first - kWindow && k >= 0; --k) {
    if (!Adjacent(v.text(), words[k].span, words[k + 1].span)) break;
    std::string_view cn = ConceptOfHash(words[k].norm);
    if (!cn.empty()) return std::string(cn);
  }
  return std::string();
}

// Words that say nothing of what happened to the counted thing: function
// words, auxiliaries, qualifiers and attribution verbs.
bool PredicateStopWord(std::string_view w) {
  static constexpr std::string_view kStop[] = {
      "a", "about", "according", "after", "all", "almost", "also", "an", "and", "any",
      "approximately", "are", "around", "as", "at", "be", "been", "before", "being", "between",
      "but", "by", "can", "could", "did", "do", "does", "during", "each", "for", "from", "had",
      "has", "have", "he", "her", "his", "in", "including", "into", "is", "it", "its", "just",
      "least", "less", "many", "may", "might", "more", "most", "much", "nearly", "no", "not",
      "of", "on", "only", "or", "other", "out", "over", "per", "roughly", "said", "say", "says",
      "she", "since", "some", "than", "that", "the", "their", "them", "then", "there", "these",
      "they", "this", "those", "to", "under", "up", "was", "were", "what", "when", "where",
      "which", "while", "who", "whom", "whose", "will", "with", "would"};
  return std::find(std::begin(kStop), std::end(kStop), w) != std::end(kStop);
}

// Crude stem for comparing predicates: "acquitted", "acquittal" -> "acquit";
// "charged", "charges", "charge" -> "charg".
std::string PredicateStem(std::string w) {
  for (std::string_view suf : {"ings", "ing", "ed", "es", "al", "s", "e"}) {
    if (w.size() >= suf.size() + 4 && w.ends_with(suf)) {
      w.erase(w.size() - suf.size());
      break;
    }
  }
  if (w.size() >= 5 && w[w.size() - 1] == w[w.size() - 2]) w.pop_back();
  return w;
}

// What the clause says of the claim's thing: the stems of the lower-case
// content words within a few words of the claim, not past clause
// punctuation ("four officers were acquitted in the case" -> acquit, case;
// "acquitted three of the officers, and ..." -> acquit). The claim's own
// words, names and numbers are left out.
std::vector<std::string> FindPredicate(const v1::Claim& c, const VersionText& v, int sentence,
                                       const std::string& unit) {
  std::vector<std::string> out;
  auto [first, last] = ClaimWords(c, v, sentence);
  if (first < 0) return out;
  const auto& words = v.sentences()[sentence].words;
  // Clause punctuation between two words; quote marks and ellipses are not
  // ("were “destroyed”" is one clause).
  auto clause_break = [&](Span left, Span right) {
    for (uint32_t k = left.end; k < right.begin && k < v.text().size(); ++k) {
      char ch = v.text()[k];
      if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '.' ||
          ch == '?' || ch == '!' || IsClauseDash(GeneralPunctuationAt(v.text(), k))) {
        return true;
      }
    }
    return false;
  };
  auto take = [&](int k) {
    std::string_view raw = v.Slice(words[k].span);
    if (raw.empty() || (raw[0] >= 'A' && raw[0] <= 'Z')) return;
    std::string n = NormalizeWord(raw);
    if (n.size() < 3 || PredicateStopWord(n) || Singular(n) == unit ||
        std::any_of(n.begin(), n.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
      return;
    }
    out.push_back(PredicateStem(std::move(n)));
  };
  constexpr int kWindow = 5;
  for (int k = last + 1; k <= last + kWindow && k < static_cast<int>(words.size()); ++k) {
    if (clause_break(words[k - 1].span, words[k].span)) break;
    take(k);
  }
  for (int k = first - 1; k >= first - kWindow && k >= 0; --k) {
    if (clause_break(words[k].span, words[k + 1].span)) break;
    take(k);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool ShareWord(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) return true;
    a[i] < b[j] ? ++i : ++j;
  }
  return false;
}

std::vector<ClaimInfo> ClaimInfos(const Prepared& p) {
  std::vector<ClaimInfo> out;
  size_t ns = p.text.sentences().size();
  for (const v1::Claim& c : p.record->claims()) {
    // A bare number that counts or measures nothing ("called 911") is not a
    // claim a reader could check.
    if ((c.kind() == v1::CARDINAL || c.kind() == v1::NUMBER_KIND_UNSPECIFIED) &&
        c.unit().empty() && c.counted().empty()) {
      continue;
    }
    ClaimInfo ci;
    ci.claim = &c;
    ci.sentence = SentenceOfSpan(p.text, c.sentence());
    if (ci.sentence < 0) ci.sentence = SentenceOfSpan(p.text, c.span());
    ci.low = c.has_value_low() ? c.value_low() : c.value();
    ci.high = c.has_value_high() ? c.value_high() : c.value();
    ci.unit = JoinSingular(c.unit());
    ci.counted = JoinSingular(c.counted());
    ci.holder = LastWord(c.holder().name());
    ci.concept_name = FindConcept(c, p.text, ci.sentence);
    ci.predicate = FindPredicate(c, p.text, ci.sentence, ci.unit);
    ci.relpos = ci.sentence >= 0 && ns > 1 ? static_cast<double>(ci.sentence) / (ns - 1) : 0.5;
    out.push_back(std::move(ci));
  }
  return out;
}

bool CountLike(v1::NumberKind k) {
  return k == v1::COUNT || k == v1::CARDINAL || k == v1::NUMBER_KIND_UNSPECIFIED;
}
bool KindCompatible(v1::NumberKind a, v1::NumberKind b) {
  return a == b || (CountLike(a) && CountLike(b));
}
bool HasRealUnit(v1::NumberKind k) {
  return k == v1::MONEY || k == v1::MEASURE || k == v1::PERCENT || k == v1::DURATION;
}
v1::Qualifier NormQualifier(v1::Qualifier q) {
  return q == v1::QUALIFIER_UNSPECIFIED ? v1::EXACT : q;
}
// A number unlikely to recur by chance in another claim of the article.
bool Distinctive(double v) { return std::fabs(v) >= 100 || v != std::floor(v); }

struct Context {
  const Prepared& a;
  const Prepared& b;
  const SentenceAlignment& al;
};

double SentenceSim(const Context& cx, int sa, int sb) {
  if (sa < 0 || sb < 0) return 0;
  if (cx.al.after_of[sa] == sb) return cx.al.similarity[sa];
  return BagDice(cx.a.text.sentences()[sa].sorted, cx.b.text.sentences()[sb].sorted);
}

bool Aligned(const Context& cx, int sa, int sb) {
  return sa >= 0 && sb >= 0 && cx.al.after_of[sa] == sb;
}

// Sentence `sa` of the old version aligned to a sentence with the same words.
bool SameWordsBefore(const Context& cx, int sa) { return sa >= 0 && cx.al.SameWords(sa); }
bool SameWordsAfter(const Context& cx, int sb) {
  return sb >= 0 && cx.al.before_of[sb] >= 0 && cx.al.SameWords(cx.al.before_of[sb]);
}

// Score of pairing old claim x with new claim y; < 0 when not admissible.
// `how` reports which rule admitted the pair (for the confidence).
double ScoreClaims(const Context& cx, const ClaimInfo& x, const ClaimInfo& y, int* how) {
  const v1::Claim& cx_ = *x.claim;
  const v1::Claim& cy = *y.claim;
  if (!KindCompatible(cx_.kind(), cy.kind())) return -1;
  bool value_eq = SameNumber(x.low, y.low) && SameNumber(x.high, y.high);
  bool key_eq = !cx_.claim_key().empty() && cx_.claim_key() == cy.claim_key();
  bool unit_eq = x.unit == y.unit;
  bool real_unit_eq = unit_eq && !x.unit.empty();
  bool concept_eq = !x.concept_name.empty() && x.concept_name == y.concept_name;
  bool aligned = Aligned(cx, x.sentence, y.sentence);
  double sim = SentenceSim(cx, x.sentence, y.sentence);
  // What the clause says happened to the thing counted: "four officers were
  // acquitted" is not "four officers were indicted", but is what "acquitted
  // three of the officers" revises.
  bool predicate_eq = ShareWord(x.predicate, y.predicate);
  bool predicate_differs =
      !aligned && !x.predicate.empty() && !y.predicate.empty() && !predicate_eq;
  int rule;
  double score;
  if (value_eq) {
    if (!(key_eq || real_unit_eq || concept_eq || aligned || Distinctive(x.high))) return -1;
    rule = 0;
    // Same number, different things counted ("four insurgents" vs "four
    // officers"): admissible (a reworded sentence) but weaker than a same-
    // thing pair whose number changed.
    bool things_differ = !x.unit.empty() && !y.unit.empty() && !unit_eq && !key_eq;
    score = things_differ || predicate_differs ? 4 : 10;
  } else {
    if (aligned && (real_unit_eq || key_eq || concept_eq)) {
      rule = 1;
    } else if (concept_eq && (unit_eq || x.unit.empty() || y.unit.empty() ||
                              ConceptOfHash(HashWord(x.unit)) == x.concept_name ||
                              ConceptOfHash(HashWord(y.unit)) == y.concept_name ||
                              x.unit == "people" || y.unit == "people")) {
      rule = 2;
    } else if (key_eq && !x.unit.empty() && sim >= 0.3) {
      rule = 3;
    } else if (real_unit_eq && predicate_eq) {
      rule = 4;
    } else {
      return -1;
    }
    score = 5;
    double lo = std::min(std::fabs(x.high), std::fabs(y.high));
    double hi = std::max(std::fabs(x.high), std::fabs(y.high));
    score += 0.5 * (hi > 0 ? lo / hi : 1);
  }
  if (key_eq) score += 3;
  if (aligned) score += 3;
  if (concept_eq) score += 2;
  if (real_unit_eq) score += 1;
  if (predicate_eq) score += 1;
  if (!x.counted.empty() && x.counted == y.counted) score += 1;
  if (NormQualifier(cx_.qualifier()) == NormQualifier(cy.qualifier())) score += 0.5;
  score += sim;
  score += 0.5 * (1 - std::fabs(x.relpos - y.relpos));
  *how = rule;
  return score;
}

v1::ChangeKind ClassifyClaims(const Context& cx, const ClaimInfo& x, const ClaimInfo& y) {
  const v1::Claim& a = *x.claim;
  const v1::Claim& b = *y.claim;
  // Same words in both sentences: any difference is the extractor's.
  if (Aligned(cx, x.sentence, y.sentence) && SameWordsBefore(cx, x.sentence)) {
    return v1::UNCHANGED;
  }
  if (!SameNumber(x.low, y.low) || !SameNumber(x.high, y.high)) return v1::VALUE_CHANGED;
  if (NormQualifier(a.qualifier()) != NormQualifier(b.qualifier())) return v1::QUALIFIER_CHANGED;
  if ((HasRealUnit(a.kind()) && x.unit != y.unit && !x.unit.empty() && !y.unit.empty()) ||
      a.currency() != b.currency()) {
    return v1::UNIT_CHANGED;
  }
  if (!x.holder.empty() && !y.holder.empty() && x.holder != y.holder &&
      a.holder().resolved() && b.holder().resolved()) {
    return v1::HOLDER_CHANGED;
  }
  return v1::UNCHANGED;
}

// Confidence that an added or removed claim matters. "One" written as a
// word is mostly a determiner ("one official said", "one eye", "one-time
// allies"), so such claims rank below the default reporting threshold.
float PresenceConfidence(const ClaimInfo& c, bool whole_sentence) {
  std::string_view text = c.claim->value_text().empty() ? c.claim->span().text()
                                                        : c.claim->value_text();
  bool digit = std::any_of(text.begin(), text.end(),
                           [](char ch) { return ch >= '0' && ch <= '9'; });
  if (c.high == 1 && c.low == 1 && !digit) return 0.4f;
  return whole_sentence ? 0.9f : 0.8f;
}

float ClaimConfidence(v1::ChangeKind kind, int rule) {
  switch (kind) {
    case v1::VALUE_CHANGED:
      return rule == 1 ? 0.9f : rule == 2 ? 0.75f : 0.65f;
    case v1::QUALIFIER_CHANGED:
    case v1::UNIT_CHANGED:
      return 0.8f;
    case v1::HOLDER_CHANGED:
      return 0.45f;  // holders are often resolved differently; audit only
    default:
      return rule == 0 ? 0.95f : 0.7f;
  }
}

// Appends a change of `kind` between old item x and new item y (either may
// be null) with their sentences.
template <typename Change, typename Info>
void FillChange(const Context& cx, v1::ChangeKind kind, const Info* x, const Info* y, float conf,
                Change* c) {
  c->set_kind(kind);
  if (x) {
    *c->mutable_before() = x->item();
    *c->mutable_before_sentence() = MakeSpan(cx.a.text, x->sentence, x->item().sentence());
  }
  if (y) {
    *c->mutable_after() = y->item();
    *c->mutable_after_sentence() = MakeSpan(cx.b.text, y->sentence, y->item().sentence());
  }
  c->set_confidence(conf);
}

void ReconcileClaims(const Context& cx, const ReconcileOptions& opt, v1::ChangeReport* out) {
  std::vector<ClaimInfo> xa = ClaimInfos(cx.a), xb = ClaimInfos(cx.b);
  std::vector<std::tuple<double, int, int, int>> cands;  // score, i, j, rule
  for (size_t i = 0; i < xa.size(); ++i) {
    for (size_t j = 0; j < xb.size(); ++j) {
      int how = 0;
      double s = ScoreClaims(cx, xa[i], xb[j], &how);
      if (s >= 0) cands.emplace_back(s, static_cast<int>(i), static_cast<int>(j), how);
    }
  }
  std::stable_sort(cands.begin(), cands.end(),
                   [](const auto& l, const auto& r) { return std::get<0>(l) > std::get<0>(r); });
  std::vector<int> match_a(xa.size(), -1), match_b(xb.size(), -1);
  std::vector<int> rule_a(xa.size(), 0);
  for (const auto& [s, i, j, how] : cands) {
    if (match_a[i] >= 0 || match_b[j] >= 0) continue;
    match_a[i] = j;
    match_b[j] = i;
    rule_a[i] = how;
  }
  // Emit in the order of the new version, removals in the old one's order.
  auto add = [&](v1::ChangeKind kind, const ClaimInfo* x, const ClaimInfo* y, float conf) {
    if (kind != v1::UNCHANGED && conf < opt.min_confidence) return;
    FillChange(cx, kind, x, y, conf, out->add_claim_changes());
  };
  for (size_t i = 0; i < xa.size(); ++i) {
    if (match_a[i] >= 0) continue;
    // Found in one of two same-word sentences only: extractor noise.
    if (SameWordsBefore(cx, xa[i].sentence)) continue;
    bool sentence_gone = xa[i].sentence >= 0 && cx.al.after_of[xa[i].sentence] < 0;
    add(v1::REMOVED, &xa[i], nullptr, PresenceConfidence(xa[i], sentence_gone));
  }
  for (size_t j = 0; j < xb.size(); ++j) {
    int i = match_b[j];
    if (i < 0) {
      if (SameWordsAfter(cx, xb[j].sentence)) continue;
      bool sentence_new = xb[j].sentence >= 0 && cx.al.before_of[xb[j].sentence] < 0;
      add(v1::ADDED, nullptr, &xb[j], PresenceConfidence(xb[j], sentence_new));
      continue;
    }
    v1::ChangeKind kind = ClassifyClaims(cx, xa[i], xb[j]);
    if (kind == v1::UNCHANGED && !opt.include_unchanged) continue;
    add(kind, &xa[i], &xb[j], ClaimConfidence(kind, rule_a[i]));
  }
}

// ------------------------------------------------------------------ quotes

struct QuoteInfo {
  const v1::Quote* quote = nullptr;
  int sentence = -1;
  std::vector<std::string> words;
  std::vector<uint64_t> bag;  // sorted hashes
  std::vector<uint64_t> content_bag;  // bag without tense auxiliaries
  int negations = 0;                  // "not", "never", "n't", ...
  // PARTIAL: the same for the whole reported statement around the quoted
  // words (the span: `that Mr. X had suffered ... "clinically dead"`).
  std::vector<uint64_t> statement_bag;
  int statement_negations = 0;
  std::string speaker;        // last word of the speaker's name
  bool pronoun_speaker = false;
  // Nobody's statement: an attribution naming no source ("were said to
  // be"), or a SCARE quote (a phrase held at a distance, a work's title).
  bool sourceless = false;
  const v1::Quote& item() const { return *quote; }
};

// Words that only mark tense or aspect: "was placed" and "had been placed"
// report the same thing.
bool IsTenseAuxiliary(std::string_view w) {
  static constexpr std::string_view kAux[] = {"is", "are", "was", "were", "be", "been",
                                              "being", "has", "have", "had"};
  return std::find(std::begin(kAux), std::end(kAux), w) != std::end(kAux);
}

bool IsNegation(std::string_view w) {
  return w == "not" || w == "no" || w == "never" || w == "nor" || w == "neither" ||
         w.ends_with("n't");
}

// Below ReconcileOptions' default min_confidence.
constexpr float kSourcelessConfidence = 0.4f;

bool IsPronoun(std::string_view w) {
  static constexpr std::string_view kPronouns[] = {"he", "she", "they", "it", "we", "i",
                                                   "him", "her", "them"};
  return std::find(std::begin(kPronouns), std::end(kPronouns), w) != std::end(kPronouns);
}

// The words of a PARTIAL quote's statement, read off the version's
// already tokenized sentences (no new tokenization per quote).
void StatementWords(const VersionText& v, const v1::Span& s, QuoteInfo* qi) {
  Span span{s.begin_byte(), s.end_byte()};
  if (span.empty() || span.end > v.text().size()) return;
  for (int k = v.SentenceAt(span.begin); k >= 0 && k < static_cast<int>(v.sentences().size());
       ++k) {
    const VersionSentence& sent = v.sentences()[k];
    if (sent.span.begin >= span.end) break;
    for (const WordToken& w : sent.words) {
      if (w.span.begin < span.begin || w.span.end > span.end) continue;
      std::string n = NormalizeWord(v.Slice(w.span));
      if (!IsTenseAuxiliary(n)) qi->statement_bag.push_back(w.norm);
      if (IsNegation(n)) ++qi->statement_negations;
    }
  }
  std::sort(qi->statement_bag.begin(), qi->statement_bag.end());
}

void FillWords(std::string_view text, QuoteInfo* qi) {
  qi->words = NormWords(text);
  for (const std::string& w : qi->words) {
    qi->bag.push_back(HashWord(w));
    if (!IsTenseAuxiliary(w)) qi->content_bag.push_back(qi->bag.back());
    if (IsNegation(w)) ++qi->negations;
  }
  std::sort(qi->bag.begin(), qi->bag.end());
  std::sort(qi->content_bag.begin(), qi->content_bag.end());
}

// A PARTIAL quote that the extractor joined with the quoted sentence after
// its attribution (`The "restrictions are ...," he said in the statement.
// "The Center will not ..."`: one statement in PolNeAR's terms) says two
// things a reader can see added or dropped apart. Returns the index of
// the fragment that opens a later sentence (only quote marks before it),
// else 0.
int SentenceFragment(const VersionText& v, const v1::Quote& q) {
  if (q.kind() != v1::PARTIAL || q.fragments_size() < 2) return 0;
  for (int i = 1; i < q.fragments_size(); ++i) {
    const v1::Span& f = q.fragments(i);
    const int s = SentenceOfSpan(v, f);
    if (s < 0 || s == SentenceOfSpan(v, q.fragments(i - 1))) continue;
    const Span sent = v.sentences()[s].span;
    if (f.begin_byte() < sent.begin) continue;
    bool opens = true;
    for (uint32_t k = sent.begin; k < f.begin_byte() && opens; ++k) {
      const char c = v.text()[k];
      if (GeneralPunctuationAt(v.text(), k) == 0x201C) {
        k += 2;
      } else {
        opens = c == '"' || c == ' ' || c == '\n';
      }
    }
    if (opens) return i;
  }
  return 0;
}

std::string JoinFragments(const VersionText& v, const v1::Quote& q, int from, int to) {
  std::string out;
  for (int i = from; i < to; ++i) {
    const v1::Span& f = q.fragments(i);
    if (f.end_byte() > v.text().size() || f.begin_byte() > f.end_byte()) continue;
    if (!out.empty()) out.push_back(' ');
    out += v.Slice({f.begin_byte(), f.end_byte()});
  }
  return out;
}

std::vector<QuoteInfo> QuoteInfos(const Prepared& p) {
  std::vector<QuoteInfo> out;
  for (const v1::Quote& q : p.record->quotes()) {
    QuoteInfo qi;
    qi.quote = &q;
    qi.sentence = SentenceOfSpan(p.text, q.sentence());
    if (qi.sentence < 0) qi.sentence = SentenceOfSpan(p.text, q.span());
    if (q.speaker().resolved()) {
      qi.speaker = LastWord(q.speaker().name());
      qi.pronoun_speaker = IsPronoun(qi.speaker);
    }
    qi.sourceless = q.sourceless() || q.kind() == v1::SCARE;
    const int split = SentenceFragment(p.text, q);
    if (split == 0) {
      FillWords(q.text(), &qi);
      if (q.kind() == v1::PARTIAL) StatementWords(p.text, q.span(), &qi);
      out.push_back(std::move(qi));
      continue;
    }
    // The quoted sentence after the attribution, compared as a direct
    // quote; the partial statement before it, as a partial one.
    QuoteInfo direct = qi;
    direct.sentence = SentenceOfSpan(p.text, q.fragments(split));
    FillWords(JoinFragments(p.text, q, split, q.fragments_size()), &direct);
    FillWords(JoinFragments(p.text, q, 0, split), &qi);
    v1::Span statement = q.span();
    statement.set_end_byte(std::min(statement.end_byte(), q.fragments(split).begin_byte()));
    StatementWords(p.text, statement, &qi);
    out.push_back(std::move(qi));
    out.push_back(std::move(direct));
  }
  return out;
}

// Edit distance up to a cap (typo detection on short words).
int BoundedEditDistance(std::string_view a, std::string_view b, int cap) {
  if (static_cast<int>(a.size()) - static_cast<int>(b.size()) > cap ||
      static_cast<int>(b.size()) - static_cast<int>(a.size()) > cap) {
    return cap + 1;
  }
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// A fixed typo: same length of word sequence, every differing word within a
// small edit distance of its counterpart (and no digits changed).
bool SameWordsUpToTypos(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() != b.size()) return false;
  int typos = 0;
  for (size_t k = 0; k < a.size(); ++k) {
    if (a[k] == b[k]) continue;
    bool digits = std::any_of(a[k].begin(), a[k].end(), ::isdigit) ||
                  std::any_of(b[k].begin(), b[k].end(), ::isdigit);
    size_t len = std::min(a[k].size(), b[k].size());
    int cap = len >= 8 ? 2 : 1;
    if (digits || len < 4 || BoundedEditDistance(a[k], b[k], cap) > cap) return false;
    ++typos;
  }
  return typos <= 2 || typos * 10 <= static_cast<int>(a.size());
}

double Containment(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  double dice = BagDice(a, b);
  double common = dice * static_cast<double>(a.size() + b.size()) / 2;
  return common / static_cast<double>(std::min(a.size(), b.size()));
}

bool SameSpeaker(const QuoteInfo& x, const QuoteInfo& y) {
  if (x.speaker.empty() || y.speaker.empty()) return true;  // unknown: no claim
  if (x.pronoun_speaker || y.pronoun_speaker) return true;
  return x.speaker == y.speaker;
}

void ReconcileQuotes(const Context& cx, const ReconcileOptions& opt, v1::ChangeReport* out) {
  std::vector<QuoteInfo> qa = QuoteInfos(cx.a), qb = QuoteInfos(cx.b);
  std::vector<std::tuple<double, int, int>> cands;
  for (size_t i = 0; i < qa.size(); ++i) {
    for (size_t j = 0; j < qb.size(); ++j) {
      double dice = BagDice(qa[i].bag, qb[j].bag);
      double cont = Containment(qa[i].bag, qb[j].bag);
      bool aligned = Aligned(cx, qa[i].sentence, qb[j].sentence);
      size_t shorter = std::min(qa[i].bag.size(), qb[j].bag.size());
      bool ok = dice >= 0.5 || (cont >= 0.9 && shorter >= 3) ||
                (aligned && (dice >= 0.3 || cont >= 0.6));
      if (!ok) continue;
      double score = dice + 0.5 * cont + (aligned ? 0.3 : 0) +
                     (SameSpeaker(qa[i], qb[j]) ? 0.1 : 0);
      cands.emplace_back(score, static_cast<int>(i), static_cast<int>(j));
    }
  }
  std::stable_sort(cands.begin(), cands.end(),
                   [](const auto& l, const auto& r) { return std::get<0>(l) > std::get<0>(r); });
  std::vector<int> match_a(qa.size(), -1), match_b(qb.size(), -1);
  for (const auto& [s, i, j] : cands) {
    if (match_a[i] >= 0 || match_b[j] >= 0) continue;
    match_a[i] = j;
    match_b[j] = i;
  }
  auto add = [&](v1::ChangeKind kind, const QuoteInfo* x, const QuoteInfo* y, float conf) {
    // An attribution that names no source ("were said to be") and a scare
    // quote are nobody's statement: their changes are for audit only,
    // unless a source appeared or went.
    if ((!x || x->sourceless) && (!y || y->sourceless)) {
      conf = std::min(conf, kSourcelessConfidence);
    }
    if (kind != v1::UNCHANGED && conf < opt.min_confidence) return;
    FillChange(cx, kind, x, y, conf, out->add_quote_changes());
  };
  for (size_t i = 0; i < qa.size(); ++i) {
    if (match_a[i] >= 0 || SameWordsBefore(cx, qa[i].sentence)) continue;
    add(v1::REMOVED, &qa[i], nullptr, 0.85f);
  }
  for (size_t j = 0; j < qb.size(); ++j) {
    int i = match_b[j];
    if (i < 0) {
      if (SameWordsAfter(cx, qb[j].sentence)) continue;
      add(v1::ADDED, nullptr, &qb[j], 0.85f);
      continue;
    }
    const QuoteInfo& x = qa[i];
    const QuoteInfo& y = qb[j];
    bool same_sentence_words =
        Aligned(cx, x.sentence, y.sentence) && SameWordsBefore(cx, x.sentence);
    bool same_words = x.words == y.words || SameWordsUpToTypos(x.words, y.words);
    v1::ChangeKind kind = v1::UNCHANGED;
    float conf = 0.9f;
    // Reported speech is the writer's paraphrase: small rewordings ("live
    // firing" -> "live-fire") and tense ("was placed" -> "had been placed")
    // change no one's words; a negation added or dropped always does.
    bool paraphrase_edit = x.quote->kind() == v1::INDIRECT && y.quote->kind() == v1::INDIRECT &&
                           x.negations == y.negations &&
                           BagDice(x.content_bag, y.content_bag) >= 0.85;
    // A partial quote is part of a reported statement: the same quoted
    // words in a statement that now says more or less ("had suffered a
    // stroke" -> "had suffered cardiac arrest and a stroke": two words or
    // more in or out, however long the statement) is a change; words
    // swapped for others ("close its ..., barring" -> "end its ... and
    // bar") are the writer's rewording.
    constexpr size_t kStatementWordsChanged = 2;
    size_t nx = x.statement_bag.size(), ny = y.statement_bag.size();
    bool statement_edit =
        nx > 0 && ny > 0 &&
        (x.statement_negations != y.statement_negations ||
         std::max(nx, ny) - std::min(nx, ny) >= kStatementWordsChanged);
    if (!same_sentence_words && ((!same_words && !paraphrase_edit) || statement_edit)) {
      kind = v1::TEXT_CHANGED;
      conf = static_cast<float>(
          0.5 + 0.4 * (same_words ? BagDice(x.statement_bag, y.statement_bag)
                                  : BagDice(x.bag, y.bag)));
    } else if (!SameSpeaker(x, y)) {
      kind = v1::SPEAKER_CHANGED;
      conf = 0.7f;
    }
    if (kind == v1::UNCHANGED && !opt.include_unchanged) continue;
    add(kind, &x, &y, conf);
  }
}

}  // namespace

std::string_view ConceptOfWord(std::string_view normalized_word) {
  return ConceptOfHash(HashWord(normalized_word));
}

const char* ChangeKindName(v1::ChangeKind kind) {
  switch (kind) {
    case v1::ADDED: return "ADDED";
    case v1::REMOVED: return "REMOVED";
    case v1::VALUE_CHANGED: return "VALUE_CHANGED";
    case v1::QUALIFIER_CHANGED: return "QUALIFIER_CHANGED";
    case v1::UNIT_CHANGED: return "UNIT_CHANGED";
    case v1::SPEAKER_CHANGED: return "SPEAKER_CHANGED";
    case v1::TEXT_CHANGED: return "TEXT_CHANGED";
    case v1::UNCHANGED: return "UNCHANGED";
    case v1::HOLDER_CHANGED: return "HOLDER_CHANGED";
    default: return "CHANGE_KIND_UNSPECIFIED";
  }
}

v1::ChangeReport Reconcile(const v1::ArticleRecord& before, const v1::ArticleRecord& after,
                           const ReconcileOptions& options) {
  Prepared a = Prepare(before);
  Prepared b = Prepare(after);
  SentenceAlignment al = AlignSentences(a.text, b.text, options.align);
  Context cx{a, b, al};
  v1::ChangeReport report;
  report.set_article_id(after.article().article_id().empty() ? before.article().article_id()
                                                             : after.article().article_id());
  report.set_from_version(before.article().version());
  report.set_to_version(after.article().version());
  report.set_from_date(before.article().date());
  report.set_to_date(after.article().date());
  report.set_schema_version("newsie.v1");
  report.set_gazetteer_fingerprint(after.gazetteer_fingerprint());
  report.mutable_reconciler()->set_name(kReconcilerName);
  report.mutable_reconciler()->set_version(kReconcilerVersion);
  ReconcileClaims(cx, options, &report);
  ReconcileQuotes(cx, options, &report);
  return report;
}

}  // namespace newsie::reconcile
