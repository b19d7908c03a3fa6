#include "pipeline/eval/quotes_eval.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

namespace newsie {
namespace {

std::u32string Decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    out.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
  }
  return out;
}

std::string Encode(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) {
    char buf[4];
    int32_t i = 0;
    UBool err = false;
    U8_APPEND(buf, i, 4, static_cast<UChar32>(c), err);
    if (!err) out.append(buf, static_cast<size_t>(i));
  }
  return out;
}

bool IsZeroWidth(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}
bool IsQuoteChar(char32_t c) {
  static const std::u32string kMarks = U"\"“”„‟«»‹›〝〞＂'‘’‚‛`´";
  return kMarks.find(c) != std::u32string::npos;
}
bool IsTrailPunct(char32_t c) {
  return c == ',' || c == '.' || c == '?' || c == '!' || c == 0x2026;
}
bool IsSpace(char32_t c) {
  return u_isUWhiteSpace(static_cast<UChar32>(c)) || (c >= 0x1C && c <= 0x1F);
}

int Overlap(CpRange a, CpRange b) {
  int v = static_cast<int>(std::min(a.second, b.second)) -
          static_cast<int>(std::max(a.first, b.first));
  return std::max(0, v);
}
int OverlapFrags(const std::optional<CpRange>& r, const std::vector<CpRange>& frags) {
  if (!r) return 0;
  int s = 0;
  for (const CpRange& f : frags) s += Overlap(*r, f);
  return s;
}

struct GQ {
  std::vector<CpRange> frags;
  std::vector<CpRange> source;
  CpRange extent{0, 0};
  bool direct = false;
};

struct PQ {
  std::optional<CpRange> range;
  std::set<std::string> keys;
  std::optional<CpRange> spk;
  std::vector<CpRange> spk_ents;
  std::string spk_name;
  bool spk_empty = true;
};

std::u32string Slice(const std::u32string& t, CpRange r) {
  return t.substr(r.first, r.second - r.first);
}

using Pairs = std::map<int, int>;  // gold -> pred

std::pair<Pairs, std::set<int>> MatchOverlap(const std::vector<GQ>& golds,
                                             const std::vector<const PQ*>& preds) {
  std::vector<std::tuple<int, double, int, int>> pairs;
  for (int gi = 0; gi < static_cast<int>(golds.size()); ++gi) {
    int glen = 0;
    for (const CpRange& f : golds[gi].frags) glen += static_cast<int>(f.second - f.first);
    for (int pi = 0; pi < static_cast<int>(preds.size()); ++pi) {
      int o = OverlapFrags(preds[pi]->range, golds[gi].frags);
      if (o > 0) {
        const CpRange& r = *preds[pi]->range;
        double uni = static_cast<double>(r.second - r.first) + glen - o;
        pairs.emplace_back(-o, -o / uni, gi, pi);
      }
    }
  }
  std::sort(pairs.begin(), pairs.end());
  Pairs g2p;
  std::set<int> used_p;
  for (const auto& [o, iou, gi, pi] : pairs) {
    if (!g2p.count(gi) && !used_p.count(pi)) {
      g2p[gi] = pi;
      used_p.insert(pi);
    }
  }
  std::map<int, std::set<int>> covered;
  for (const auto& [gi, pi] : g2p) {
    for (int fi = 0; fi < static_cast<int>(golds[gi].frags.size()); ++fi) {
      if (preds[pi]->range && Overlap(*preds[pi]->range, golds[gi].frags[fi]) > 0) {
        covered[gi].insert(fi);
      }
    }
  }
  std::vector<int> rest;
  for (int pi = 0; pi < static_cast<int>(preds.size()); ++pi) {
    if (!used_p.count(pi) && preds[pi]->range) rest.push_back(pi);
  }
  std::stable_sort(rest.begin(), rest.end(),
                   [&](int a, int b) { return *preds[a]->range < *preds[b]->range; });
  std::set<int> absorbed;
  for (int pi : rest) {
    std::vector<int> hit;
    for (int gi = 0; gi < static_cast<int>(golds.size()); ++gi) {
      if (OverlapFrags(preds[pi]->range, golds[gi].frags) > 0) hit.push_back(gi);
    }
    if (hit.empty()) continue;
    bool all_matched = true;
    for (int gi : hit) all_matched = all_matched && g2p.count(gi) > 0;
    if (!all_matched) continue;
    for (int gi : hit) {
      std::vector<int> free;
      for (int fi = 0; fi < static_cast<int>(golds[gi].frags.size()); ++fi) {
        if (!covered[gi].count(fi) && Overlap(*preds[pi]->range, golds[gi].frags[fi]) > 0) {
          free.push_back(fi);
        }
      }
      if (!free.empty()) {
        covered[gi].insert(free.begin(), free.end());
        absorbed.insert(pi);
        break;
      }
    }
  }
  return {g2p, absorbed};
}

std::pair<Pairs, std::set<int>> MatchExact(const std::vector<GQ>& golds,
                                           const std::vector<const PQ*>& preds,
                                           const std::u32string& text) {
  std::set<int> used, absorbed;
  Pairs g2p;
  std::vector<std::set<std::string>> pkeys(preds.size()), ploose(preds.size());
  for (size_t pi = 0; pi < preds.size(); ++pi) {
    for (const std::string& k : preds[pi]->keys) {
      std::string n = NormQuote(k);
      if (!n.empty()) pkeys[pi].insert(n);
    }
    for (const std::string& k : pkeys[pi]) {
      std::string l = LooseKey(k);
      if (!l.empty()) ploose[pi].insert(l);
    }
  }
  auto located = [&](int pi, CpRange r) {
    return !preds[pi]->range || Overlap(*preds[pi]->range, r) > 0;
  };
  const int np = static_cast<int>(preds.size());
  for (int gi = 0; gi < static_cast<int>(golds.size()); ++gi) {
    const GQ& g = golds[gi];
    if (g.frags.empty()) continue;
    std::vector<std::string> fk;
    for (const CpRange& f : g.frags) fk.push_back(NormQuote(Encode(Slice(text, f))));
    if (fk.size() == 1) {
      for (int pi = 0; pi < np; ++pi) {
        if (!used.count(pi) && pkeys[pi].count(fk[0]) && located(pi, g.extent)) {
          g2p[gi] = pi;
          used.insert(pi);
          break;
        }
      }
      continue;
    }
    std::string joined_src;
    for (size_t i = 0; i < fk.size(); ++i) {
      if (i) joined_src += ' ';
      joined_src += fk[i];
    }
    std::string joined = LooseKey(joined_src);
    int hit = -1;
    for (int pi = 0; pi < np && hit < 0; ++pi) {
      if (!used.count(pi) && ploose[pi].count(joined) && located(pi, g.extent)) hit = pi;
    }
    if (hit >= 0) {
      g2p[gi] = hit;
      used.insert(hit);
      continue;
    }
    std::vector<int> chosen;
    bool ok = true;
    for (size_t i = 0; i < fk.size() && ok; ++i) {
      int found = -1;
      for (int pi = 0; pi < np && found < 0; ++pi) {
        if (!used.count(pi) && std::find(chosen.begin(), chosen.end(), pi) == chosen.end() &&
            pkeys[pi].count(fk[i]) && located(pi, g.frags[i])) {
          found = pi;
        }
      }
      if (found < 0) ok = false; else chosen.push_back(found);
    }
    if (ok && !chosen.empty()) {
      g2p[gi] = chosen[0];
      used.insert(chosen.begin(), chosen.end());
      absorbed.insert(chosen.begin() + 1, chosen.end());
    }
  }
  return {g2p, absorbed};
}

void AddSpeakerScores(const Pairs& pairs, const std::vector<GQ>& golds,
                      const std::vector<const PQ*>& preds, SourceCounts* out) {
  for (const auto& [gi, pi] : pairs) {
    const GQ& g = golds[gi];
    const PQ& p = *preds[pi];
    if (g.source.empty()) continue;
    ++out->n;
    if (p.spk_empty) ++out->empty;
    if (p.spk && OverlapFrags(p.spk, g.source) > 0) ++out->correct;
  }
}

void AddCounts(PrfCounts* c, size_t tp, size_t abs, size_t ng, size_t np) {
  c->tp += static_cast<int>(tp);
  c->absorbed += static_cast<int>(abs);
  c->n_gold += static_cast<int>(ng);
  c->n_pred += static_cast<int>(np);
}

double Round4(double x) { return static_cast<double>(static_cast<long long>(x * 10000 + 0.5)) / 10000; }

using google::protobuf::Struct;
using google::protobuf::Value;

const Value* Field(const Struct& s, const char* name) {
  auto it = s.fields().find(name);
  return it == s.fields().end() ? nullptr : &it->second;
}

std::vector<CpRange> Ranges(const Value* v) {
  std::vector<CpRange> out;
  if (v == nullptr || !v->has_list_value()) return out;
  for (const Value& f : v->list_value().values()) {
    if (!f.has_struct_value()) continue;
    const Value* s = Field(f.struct_value(), "start");
    const Value* e = Field(f.struct_value(), "end");
    if (s == nullptr || e == nullptr) continue;
    auto b = static_cast<uint32_t>(s->number_value());
    auto en = static_cast<uint32_t>(e->number_value());
    if (en > b) out.emplace_back(b, en);
  }
  return out;
}

}  // namespace

Status ParsePolnearRecord(const std::string& json_line, GoldQuoteDoc* doc) {
  Struct s;
  auto st = google::protobuf::util::JsonStringToMessage(json_line, &s);
  if (!st.ok()) return InvalidArgumentError(std::string(st.message()));
  if (const Value* v = Field(s, "id")) doc->id = v->string_value();
  if (const Value* v = Field(s, "text")) doc->text = v->string_value();
  const Value* atts = Field(s, "attributions");
  if (atts == nullptr || !atts->has_list_value()) return OkStatus();
  for (const Value& av : atts->list_value().values()) {
    if (!av.has_struct_value()) continue;
    const Struct& a = av.struct_value();
    GoldAttribution g;
    g.content = Ranges(Field(a, "content"));
    for (const CpRange& r : Ranges(Field(a, "content2"))) g.content.push_back(r);
    g.source = Ranges(Field(a, "source"));
    g.cue = Ranges(Field(a, "cue"));
    if (const Value* d = Field(a, "content_is_direct_quote")) g.direct = d->bool_value();
    doc->attributions.push_back(std::move(g));
  }
  return OkStatus();
}

CodePointIndex::CodePointIndex(std::string_view text) {
  starts_.reserve(text.size() + 1);
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  while (i < n) {
    starts_.push_back(static_cast<uint32_t>(i));
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
  }
  starts_.push_back(static_cast<uint32_t>(n));
}

uint32_t CodePointIndex::Begin(uint32_t b) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), b);
  return static_cast<uint32_t>(std::max<std::ptrdiff_t>(0, it - starts_.begin() - 1));
}

uint32_t CodePointIndex::End(uint32_t b) const {
  auto it = std::lower_bound(starts_.begin(), starts_.end(), b);
  return static_cast<uint32_t>(
      std::min<std::ptrdiff_t>(it - starts_.begin(), static_cast<std::ptrdiff_t>(starts_.size()) - 1));
}

std::optional<CpRange> CodePointIndex::Range(Span s) const {
  if (s.end <= s.begin) return std::nullopt;
  uint32_t b = Begin(s.begin), e = End(s.end);
  if (e <= b) return std::nullopt;
  return CpRange{b, e};
}

Span CodePointIndex::Bytes(CpRange r) const {
  const size_t last = starts_.size() - 1;
  return Span{starts_[std::min<size_t>(r.first, last)], starts_[std::min<size_t>(r.second, last)]};
}

double PrfCounts::p() const {
  int n = n_pred - absorbed;
  return n ? Round4(static_cast<double>(tp) / n) : 0.0;
}
double PrfCounts::r() const {
  return n_gold ? Round4(static_cast<double>(tp) / n_gold) : 0.0;
}
double PrfCounts::f1() const {
  int n = n_pred - absorbed;
  double pp = n ? static_cast<double>(tp) / n : 0.0;
  double rr = n_gold ? static_cast<double>(tp) / n_gold : 0.0;
  return pp + rr > 0 ? Round4(2 * pp * rr / (pp + rr)) : 0.0;
}

std::string NormQuote(std::string_view s) {
  if (s.empty()) return {};
  std::u32string u;
  bool in_space = false;
  for (char32_t c : Decode(s)) {
    if (IsZeroWidth(c)) continue;
    if (IsSpace(c)) {
      if (!in_space) u.push_back(' ');
      in_space = true;
      continue;
    }
    in_space = false;
    u.push_back(c);
  }
  size_t i = 0, j = u.size();
  while (i < j && (u[i] == ' ' || IsQuoteChar(u[i]))) ++i;
  while (j > i && (u[j - 1] == ' ' || IsQuoteChar(u[j - 1]) || IsTrailPunct(u[j - 1]))) --j;
  return Encode(std::u32string_view(u).substr(i, j - i));
}

std::string LooseKey(std::string_view s) {
  std::u32string out;
  bool in_word = false;
  for (char32_t c : Decode(s)) {
    if (IsZeroWidth(c)) continue;
    if (u_isalnum(static_cast<UChar32>(c)) && c != '_') {
      if (!in_word && !out.empty()) out.push_back(' ');
      out.push_back(c);
      in_word = true;
    } else {
      in_word = false;
    }
  }
  return Encode(out);
}

void QuoteScorer::Add(const GoldQuoteDoc& gold, const Document& doc) {
  ++scores_.docs;
  const std::u32string text = Decode(gold.text);
  std::vector<GQ> all, direct;
  for (const GoldAttribution& a : gold.attributions) {
    if (a.content.empty()) continue;
    GQ g;
    g.frags = a.content;
    std::sort(g.frags.begin(), g.frags.end());
    g.source = a.source;
    std::sort(g.source.begin(), g.source.end());
    uint32_t e = 0;
    for (const CpRange& f : g.frags) e = std::max(e, f.second);
    g.extent = {g.frags.front().first, e};
    g.direct = a.direct;
    all.push_back(g);
    if (g.direct) direct.push_back(g);
  }
  const CodePointIndex idx(doc.text());
  std::vector<PQ> preds;
  std::vector<const PQ*> all_p, direct_p;
  preds.reserve(doc.quotes().size());
  for (const Quote& q : doc.quotes()) {
    PQ p;
    p.range = idx.Range(q.span);
    std::string joined;
    for (size_t i = 0; i < q.fragments.size(); ++i) {
      if (i) joined += " ";
      joined += doc.Slice(q.fragments[i]);
    }
    if (!joined.empty()) p.keys.insert(joined);
    if (p.range) p.keys.insert(std::string(doc.Slice(q.span)));
    const Speaker& s = q.speaker;
    p.spk = idx.Range(s.mention);
    if (s.entity >= 0 && static_cast<size_t>(s.entity) < doc.entities().size()) {
      for (uint32_t m : doc.entities()[s.entity].mentions) {
        if (m < doc.mentions().size()) {
          if (auto r = idx.Range(doc.mentions()[m].span)) p.spk_ents.push_back(*r);
        }
      }
    }
    p.spk_name = s.name;
    p.spk_empty = !(p.spk || s.entity >= 0 || !s.name.empty());
    preds.push_back(std::move(p));
  }
  for (size_t i = 0; i < preds.size(); ++i) {
    all_p.push_back(&preds[i]);
    if (doc.quotes()[i].kind == QuoteKind::kDirect) direct_p.push_back(&preds[i]);
  }
  auto [ex, ex_abs] = MatchExact(direct, direct_p, text);
  AddCounts(&scores_.direct_exact, ex.size(), ex_abs.size(), direct.size(), direct_p.size());
  AddSpeakerScores(ex, direct, direct_p, &scores_.source_direct_exact);
  auto [ov, ov_abs] = MatchOverlap(direct, direct_p);
  AddCounts(&scores_.direct_overlap, ov.size(), ov_abs.size(), direct.size(), direct_p.size());
  AddSpeakerScores(ov, direct, direct_p, &scores_.source_direct_overlap);
  for (int gi = 0; gi < static_cast<int>(direct.size()); ++gi) {
    if (!ov.count(gi)) {
      errors_.push_back({gold.id, true, Encode(Slice(text, direct[gi].extent))});
    }
  }
  std::set<int> matched_p;
  for (const auto& [gi, pi] : ov) matched_p.insert(pi);
  for (int pi = 0; pi < static_cast<int>(direct_p.size()); ++pi) {
    if (!matched_p.count(pi) && !ov_abs.count(pi) && direct_p[pi]->range) {
      errors_.push_back({gold.id, false, Encode(Slice(text, *direct_p[pi]->range))});
    }
  }
  auto [al, al_abs] = MatchOverlap(all, all_p);
  AddCounts(&scores_.all_overlap, al.size(), al_abs.size(), all.size(), all_p.size());
  AddSpeakerScores(al, all, all_p, &scores_.source_all_overlap);
}

std::string QuoteScorer::Table() const {
  std::string out;
  char buf[256];
  auto pct = [](double x) { return 100.0 * x; };
  std::snprintf(buf, sizeof(buf), "%-28s %6s %6s %6s %6s %6s %6s %6s\n", "", "P", "R", "F1",
                "tp", "absorb", "gold", "pred");
  out += buf;
  const std::pair<const char*, const PrfCounts*> rows[] = {
      {"DIRECT content exact", &scores_.direct_exact},
      {"DIRECT content overlap", &scores_.direct_overlap},
      {"ALL attrib. content overlap", &scores_.all_overlap}};
  for (const auto& [name, c] : rows) {
    std::snprintf(buf, sizeof(buf), "%-28s %6.2f %6.2f %6.2f %6d %6d %6d %6d\n", name,
                  pct(c->p()), pct(c->r()), pct(c->f1()), c->tp, c->absorbed, c->n_gold,
                  c->n_pred);
    out += buf;
  }
  std::snprintf(buf, sizeof(buf), "%-28s %6s %6s %6s\n", "source accuracy", "acc", "empty", "n");
  out += buf;
  const std::pair<const char*, const SourceCounts*> srows[] = {
      {"DIRECT (overlap-matched)", &scores_.source_direct_overlap},
      {"DIRECT (exact-matched)", &scores_.source_direct_exact},
      {"ALL (overlap-matched)", &scores_.source_all_overlap}};
  for (const auto& [name, s] : srows) {
    std::snprintf(buf, sizeof(buf), "%-28s %6.2f %6.2f %6d\n", name, pct(s->acc()),
                  pct(s->n ? static_cast<double>(s->empty) / s->n : 0.0), s->n);
    out += buf;
  }
  return out;
}

std::string QuoteScorer::SummaryJson() const {
  char buf[768];
  const QuoteScores& s = scores_;
  std::snprintf(
      buf, sizeof(buf),
      "{\"task\": \"quotes\", \"docs\": %d, \"direct_exact_p\": %.4f, \"direct_exact_r\": %.4f, "
      "\"direct_exact_f1\": %.4f, \"direct_overlap_p\": %.4f, \"direct_overlap_r\": %.4f, "
      "\"direct_overlap_f1\": %.4f, \"direct_source_acc\": %.4f, \"all_overlap_p\": %.4f, "
      "\"all_overlap_r\": %.4f, \"all_overlap_f1\": %.4f, \"all_source_acc\": %.4f}",
      s.docs, s.direct_exact.p(), s.direct_exact.r(), s.direct_exact.f1(),
      s.direct_overlap.p(), s.direct_overlap.r(), s.direct_overlap.f1(),
      s.source_direct_overlap.acc(), s.all_overlap.p(), s.all_overlap.r(),
      s.all_overlap.f1(), s.source_all_overlap.acc());
  return buf;
}

}  // namespace newsie
