#include "pipeline/reconcile/text_align.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "pipeline/tokenizer.h"

namespace newsie::reconcile {
namespace {

constexpr uint64_t kFnvOffset = 1469598103934665603ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Words of one token range of `doc`, normalized and hashed.
std::vector<WordToken> WordsOf(const Document& doc, uint32_t tok_begin, uint32_t tok_end) {
  std::vector<WordToken> out;
  const auto& toks = doc.tokens();
  for (uint32_t t = tok_begin; t < tok_end && t < toks.size(); ++t) {
    std::string norm = NormalizeWord(doc.Slice(toks[t].span));
    if (norm.empty()) continue;
    out.push_back({toks[t].span, HashWord(norm)});
  }
  return out;
}

VersionSentence MakeSentence(Span span, std::vector<WordToken> words) {
  VersionSentence s;
  s.span = span;
  uint64_t h = kFnvOffset;
  s.sorted.reserve(words.size());
  for (const WordToken& w : words) {
    h = (h ^ w.norm) * kFnvPrime;
    s.sorted.push_back(w.norm);
  }
  std::sort(s.sorted.begin(), s.sorted.end());
  s.words_hash = h;
  s.words = std::move(words);
  return s;
}

}  // namespace

std::string NormalizeWord(std::string_view tok) {
  std::string out;
  out.reserve(tok.size());
  bool has_content = false;
  for (size_t i = 0; i < tok.size();) {
    unsigned char c = static_cast<unsigned char>(tok[i]);
    if (c < 0x80) {
      if (IsAsciiAlnum(c)) {
        out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
        has_content = true;
      } else if (c == ',' && i > 0 && i + 1 < tok.size() &&
                 std::isdigit(static_cast<unsigned char>(tok[i - 1])) &&
                 std::isdigit(static_cast<unsigned char>(tok[i + 1]))) {
        // "9,000" == "9000"
      } else if (c == '\'' || c == '.' || c == '-' || c == '$' || c == '%' || c == '&' ||
                 c == '/') {
        out.push_back(static_cast<char>(c));
      }
      ++i;
      continue;
    }
    // General Punctuation (dashes, curly quotes, ellipsis) carries no
    // words; left and right single quotes and prime fold to "'".
    if (uint32_t cp = GeneralPunctuationAt(tok, i); cp != 0) {
      if (cp == 0x2018 || cp == 0x2019 || cp == 0x2032) out.push_back('\'');
      i += 3;
      continue;
    }
    // « » and other Latin-1 punctuation (C2 A0..C2 BF) carry no words.
    if (c == 0xC2 && i + 1 < tok.size()) {
      i += 2;
      continue;
    }
    // Other non-ASCII: letters of other scripts, accented letters; kept.
    out.push_back(static_cast<char>(c));
    has_content = true;
    ++i;
  }
  if (!has_content) return std::string();
  // Trim punctuation at the ends ("U.S." keeps its inner dots).
  size_t b = 0, e = out.size();
  while (b < e && (out[b] == '.' || out[b] == '-' || out[b] == '/')) ++b;
  while (e > b && (out[e - 1] == '.' || out[e - 1] == '-' || out[e - 1] == '/' ||
                   (out[e - 1] == '\'' && e - b > 1 && out[e - 2] != 's'))) {
    --e;
  }
  return out.substr(b, e - b);
}

uint32_t GeneralPunctuationAt(std::string_view s, size_t i) {
  if (i + 2 >= s.size() || static_cast<unsigned char>(s[i]) != 0xE2) return 0;
  unsigned char c2 = static_cast<unsigned char>(s[i + 1]);
  unsigned char c3 = static_cast<unsigned char>(s[i + 2]);
  if ((c2 != 0x80 && c2 != 0x81) || (c3 & 0xC0) != 0x80) return 0;
  return 0x2000u + ((c2 - 0x80u) << 6) + (c3 - 0x80u);
}

uint64_t HashWord(std::string_view normalized) {
  uint64_t h = kFnvOffset;
  for (unsigned char c : normalized) h = (h ^ c) * kFnvPrime;
  return h;
}

double BagDice(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 1.0;
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++common, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

VersionText VersionText::FromText(std::string text) {
  VersionText v;
  v.text_ = std::move(text);
  Document doc(v.text_);
  TokenizeDocument(doc);
  v.Build(doc, nullptr);
  return v;
}

VersionText VersionText::FromTextAndSentences(std::string text,
                                              const std::vector<Span>& sentences) {
  VersionText v;
  v.text_ = std::move(text);
  Document doc(v.text_);
  TokenizeDocument(doc);
  v.Build(doc, sentences.empty() ? nullptr : &sentences);
  return v;
}

void VersionText::Build(const Document& doc, const std::vector<Span>* sentences) {
  if (sentences == nullptr) {
    sentences_.reserve(doc.sentences().size());
    for (const Sentence& s : doc.sentences()) {
      sentences_.push_back(MakeSentence(s.span, WordsOf(doc, s.token_begin, s.token_end)));
    }
    return;
  }
  for (const Span& s : *sentences) {
    if (s.end > text_.size() || s.begin >= s.end) continue;
    uint32_t tb = doc.TokenAt(s.begin);
    uint32_t te = tb;
    while (te < doc.tokens().size() && doc.tokens()[te].span.begin < s.end) ++te;
    sentences_.push_back(MakeSentence(s, WordsOf(doc, tb, te)));
  }
}

int VersionText::SentenceAt(uint32_t b) const {
  auto it = std::upper_bound(sentences_.begin(), sentences_.end(), b,
                             [](uint32_t x, const VersionSentence& s) { return x < s.span.end; });
  if (it == sentences_.end() || it->span.begin > b) return -1;
  return static_cast<int>(it - sentences_.begin());
}

int VersionText::SentenceOf(Span s) const {
  int i = SentenceAt(s.begin);
  if (i >= 0) return i;
  for (size_t k = 0; k < sentences_.size(); ++k) {
    if (sentences_[k].span.Overlaps(s)) return static_cast<int>(k);
  }
  return -1;
}

SentenceAlignment AlignSentences(const VersionText& before, const VersionText& after,
                                 const AlignOptions& options) {
  const auto& a = before.sentences();
  const auto& b = after.sentences();
  SentenceAlignment al;
  al.after_of.assign(a.size(), -1);
  al.before_of.assign(b.size(), -1);
  al.similarity.assign(a.size(), 0.0);

  // 1. Identical word sequences, paired in order of appearance.
  std::unordered_map<uint64_t, std::vector<int>> by_hash;
  for (int j = static_cast<int>(b.size()) - 1; j >= 0; --j) {
    if (!b[j].words.empty()) by_hash[b[j].words_hash].push_back(j);
  }
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].words.empty()) continue;
    auto it = by_hash.find(a[i].words_hash);
    if (it == by_hash.end() || it->second.empty()) continue;
    int j = it->second.back();
    it->second.pop_back();
    al.after_of[i] = j;
    al.before_of[j] = static_cast<int>(i);
    al.similarity[i] = 1.0;
  }

  // 2. Edited sentences: the most similar remaining pairs, greedily.
  std::vector<std::tuple<double, double, int, int>> cands;  // sim, -distance, i, j
  for (size_t i = 0; i < a.size(); ++i) {
    if (al.after_of[i] >= 0 || a[i].words.empty()) continue;
    double pos_a = a.size() > 1 ? static_cast<double>(i) / (a.size() - 1) : 0;
    for (size_t j = 0; j < b.size(); ++j) {
      if (al.before_of[j] >= 0 || b[j].words.empty()) continue;
      // Cheap length filter: Dice can't reach the threshold otherwise.
      double la = a[i].sorted.size(), lb = b[j].sorted.size();
      if (2 * std::min(la, lb) / (la + lb) < options.min_similarity) continue;
      double sim = BagDice(a[i].sorted, b[j].sorted);
      if (sim < options.min_similarity) continue;
      double pos_b = b.size() > 1 ? static_cast<double>(j) / (b.size() - 1) : 0;
      cands.emplace_back(sim, -std::abs(pos_a - pos_b), static_cast<int>(i),
                         static_cast<int>(j));
    }
  }
  std::sort(cands.begin(), cands.end(), std::greater<>());
  for (const auto& [sim, negdist, i, j] : cands) {
    if (al.after_of[i] >= 0 || al.before_of[j] >= 0) continue;
    al.after_of[i] = j;
    al.before_of[j] = i;
    // Same bag but a different order counts as edited, not identical.
    al.similarity[i] = std::min(sim, 0.999);
  }
  return al;
}

SentenceEdit ClassifyBefore(const SentenceAlignment& al, int i) {
  int j = al.after_of[i];
  if (j < 0) return SentenceEdit::kDeleted;
  if (!al.SameWords(i)) return SentenceEdit::kEdited;
  // Moved when the relative order against the previous aligned sentence
  // changed.
  for (int k = i - 1; k >= 0; --k) {
    if (al.after_of[k] >= 0) {
      return al.after_of[k] < j ? SentenceEdit::kSame : SentenceEdit::kMoved;
    }
  }
  return SentenceEdit::kSame;
}

namespace {

struct DiffWord {
  Span span;  // into the fragment
  uint64_t norm;
};

std::vector<DiffWord> DiffWords(const Document& doc) {
  std::vector<DiffWord> out;
  for (const Token& t : doc.tokens()) {
    std::string n = NormalizeWord(doc.Slice(t.span));
    out.push_back({t.span, n.empty() ? 0 : HashWord(n)});
  }
  return out;
}

// Marks the tokens of `doc` not in the LCS; punctuation (norm 0) is never
// marked. Writes the text with runs of marked tokens wrapped.
std::string Render(const Document& doc, const std::vector<DiffWord>& w,
                   const std::vector<bool>& kept, const char* open, const char* close) {
  std::string out;
  std::string_view text = doc.text();
  uint32_t pos = 0;
  bool in_run = false;
  uint32_t run_end = 0;
  for (size_t k = 0; k < w.size(); ++k) {
    bool marked = !kept[k] && w[k].norm != 0;
    if (marked && !in_run) {
      out.append(text.substr(pos, w[k].span.begin - pos));
      out.append(open);
      pos = w[k].span.begin;
      in_run = true;
    }
    if (in_run && !marked && w[k].norm != 0) {
      out.append(text.substr(pos, run_end - pos));
      out.append(close);
      pos = run_end;
      in_run = false;
    }
    if (marked) run_end = w[k].span.end;
  }
  if (in_run) {
    out.append(text.substr(pos, run_end - pos));
    out.append(close);
    pos = run_end;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace

MarkedPair MarkChangedWords(std::string_view before, std::string_view after) {
  Document da{std::string(before)}, db{std::string(after)};
  TokenizeDocument(da);
  TokenizeDocument(db);
  std::vector<DiffWord> wa = DiffWords(da), wb = DiffWords(db);
  // LCS over word tokens only (punctuation has norm 0 and is skipped).
  std::vector<int> ia, ib;
  for (size_t k = 0; k < wa.size(); ++k) if (wa[k].norm) ia.push_back(static_cast<int>(k));
  for (size_t k = 0; k < wb.size(); ++k) if (wb[k].norm) ib.push_back(static_cast<int>(k));
  size_t n = ia.size(), m = ib.size();
  std::vector<bool> kept_a(wa.size(), false), kept_b(wb.size(), false);
  if (n * m <= 4'000'000) {
    std::vector<uint32_t> dp((n + 1) * (m + 1), 0);
    auto at = [&](size_t i, size_t j) -> uint32_t& { return dp[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;) {
      for (size_t j = m; j-- > 0;) {
        at(i, j) = wa[ia[i]].norm == wb[ib[j]].norm ? at(i + 1, j + 1) + 1
                                                    : std::max(at(i + 1, j), at(i, j + 1));
      }
    }
    size_t i = 0, j = 0;
    while (i < n && j < m) {
      if (wa[ia[i]].norm == wb[ib[j]].norm) {
        kept_a[ia[i++]] = true;
        kept_b[ib[j++]] = true;
      } else if (at(i + 1, j) >= at(i, j + 1)) {
        ++i;
      } else {
        ++j;
      }
    }
  }
  return {Render(da, wa, kept_a, "[-", "-]"), Render(db, wb, kept_b, "{+", "+}")};
}

}  // namespace newsie::reconcile
