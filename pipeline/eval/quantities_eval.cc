#include "pipeline/eval/quantities_eval.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cmath>
#include <set>
#include <sstream>

#include "pipeline/eval/json_reader.h"
#include "pipeline/eval/numbers_eval.h"

namespace newsie {
namespace {

std::string ReplaceAll(std::string s, const std::string& a, const std::string& b) {
  size_t pos = 0;
  while ((pos = s.find(a, pos)) != std::string::npos) {
    s.replace(pos, a.size(), b);
    pos += b.size();
  }
  return s;
}

std::string TokenAlias(const std::string& t) {
  if (t == "$" || t == "usd" || t == "dollars") return "dollar";
  if (t == "%" || t == "percentage" || t == "pct" || t == "percents") return "percent";
  return t;
}

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string w;
  while (ss >> w) out.push_back(w);
  return out;
}

struct GQty {
  std::optional<double> lo, hi;
  std::string unit, nunit, change, raw;
  bool is_range() const { return hi.has_value(); }
};

struct PQty {
  double value = 0;
  std::optional<double> lo, hi;
  std::string unit, change, text;
  bool is_range() const { return lo && hi; }
};

std::optional<double> ParseNum(const std::string& s) {
  char* end = nullptr;
  std::string t = s;
  size_t b = t.find_first_not_of(" \t"), e = t.find_last_not_of(" \t");
  if (b == std::string::npos) return std::nullopt;
  t = t.substr(b, e - b + 1);
  double v = std::strtod(t.c_str(), &end);
  if (end == t.c_str() || *end != 0) return std::nullopt;
  return v;
}

// score.py RANGE_RE: "a-b" with optional signs and exponents.
bool ParseRange(const std::string& s, double* a, double* b) {
  for (size_t i = 1; i < s.size(); ++i) {
    if (s[i] != '-') continue;
    char prev = s[i - 1];
    if (prev == 'e' || prev == 'E') continue;
    auto x = ParseNum(s.substr(0, i)), y = ParseNum(s.substr(i + 1));
    if (x && y) {
      *a = *x;
      *b = *y;
      return true;
    }
  }
  return false;
}

// Pairs gold and predicted quantities of one sentence (score.py
// match_quantities). Returns gold index -> predicted indices.
std::map<size_t, std::vector<size_t>> Match(const std::vector<GQty>& golds,
                                            const std::vector<PQty>& preds) {
  std::set<size_t> used;
  std::map<size_t, std::vector<size_t>> pairs;
  auto u_ok = [&](const GQty& g, size_t pi) { return UnitsMatch(g.unit, g.nunit, preds[pi].unit); };
  for (int phase = 0; phase < 2; ++phase) {
    for (int unit_first = 1; unit_first >= 0; --unit_first) {
      for (size_t gi = 0; gi < golds.size(); ++gi) {
        const GQty& g = golds[gi];
        if (pairs.count(gi) || !g.lo || (phase == 0) != g.is_range()) continue;
        for (size_t pi = 0; pi < preds.size(); ++pi) {
          if (used.count(pi)) continue;
          const PQty& p = preds[pi];
          bool ok;
          if (phase == 0) {
            ok = p.is_range() && ((ValuesEqual(*p.lo, *g.lo) && ValuesEqual(*p.hi, *g.hi)) ||
                                  (ValuesEqual(*p.lo, *g.hi) && ValuesEqual(*p.hi, *g.lo)));
          } else {
            ok = ValuesEqual(p.value, *g.lo);
          }
          if (ok && (!unit_first || u_ok(g, pi))) {
            pairs[gi] = {pi};
            used.insert(pi);
            break;
          }
        }
      }
    }
  }
  for (size_t gi = 0; gi < golds.size(); ++gi) {
    const GQty& g = golds[gi];
    if (pairs.count(gi) || !g.is_range()) continue;
    std::vector<size_t> ends;
    bool fail = false;
    for (double end : {*g.lo, *g.hi}) {
      std::vector<size_t> cand;
      for (size_t pi = 0; pi < preds.size(); ++pi) {
        if (used.count(pi) || std::find(ends.begin(), ends.end(), pi) != ends.end()) continue;
        if (ValuesEqual(preds[pi].value, end)) cand.push_back(pi);
      }
      if (cand.empty()) { fail = true; break; }
      size_t pick = cand[0];
      for (size_t pi : cand) {
        if (u_ok(g, pi)) { pick = pi; break; }
      }
      ends.push_back(pick);
    }
    if (!fail) {
      pairs[gi] = ends;
      used.insert(ends.begin(), ends.end());
    }
  }
  return pairs;
}

}  // namespace

std::string CanonUnit(const std::string& u) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
  icu::UnicodeString us = icu::UnicodeString::fromUTF8(u);
  if (U_SUCCESS(err)) us = nfkc->normalize(us, err);
  us.trim();
  us.toLower();
  std::string s;
  us.toUTF8String(s);
  if (s.empty() || s == "-" || s == "none" || s == "null" || s == "n/a") return "";
  s = ReplaceAll(ReplaceAll(s, "metre", "meter"), "litre", "liter");
  // Tokens: runs of letters/digits, or single other non-space characters.
  std::vector<std::string> toks;
  std::string word;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    std::string ch = s.substr(start, i - start);
    if (c >= 0 && u_isalnum(c)) {
      word += ch;
      continue;
    }
    if (!word.empty()) { toks.push_back(word); word.clear(); }
    if (c == '_' || (c >= 0 && u_isUWhiteSpace(c))) continue;
    toks.push_back(ch);
  }
  if (!word.empty()) toks.push_back(word);
  std::vector<std::string> out;
  for (std::string t : toks) {
    if (t == "-" || t == "." || t == "," || t == "'" || t == "\xE2\x80\x99") continue;
    t = TokenAlias(t);
    if (CodePoints(t) > 3 && t.back() == 's' && !(t.size() >= 2 && t[t.size() - 2] == 's')) {
      t.pop_back();
    }
    out.push_back(t);
  }
  std::string joined;
  for (size_t k = 0; k < out.size(); ++k) joined += (k ? " " : "") + out[k];
  // Phrase aliases on whole words.
  const std::pair<const char*, const char*> phrases[] = {
      {"per cent", "percent"}, {"us dollar", "dollar"}, {"u s dollar", "dollar"},
      {"united state dollar", "dollar"}, {"us $", "dollar"}};
  for (const auto& [a, b] : phrases) {
    std::string padded = std::string(" ") + joined + " ";
    padded = ReplaceAll(padded, std::string(" ") + a + " ", std::string(" ") + b + " ");
    joined = padded.substr(1, padded.size() - 2);
  }
  std::string res;
  for (const std::string& t : Split(joined)) res += (res.empty() ? "" : " ") + TokenAlias(t);
  return res;
}

bool UnitsMatch(const std::string& gold_unit, const std::string& gold_norm,
                const std::string& pred_unit) {
  std::string pu = CanonUnit(pred_unit);
  if (pu.empty()) return CanonUnit(gold_unit).empty();
  for (const std::string& gu : {CanonUnit(gold_unit), CanonUnit(gold_norm)}) {
    if (!gu.empty() && (WordContains(pu, gu) || WordContains(gu, pu))) return true;
  }
  return false;
}

std::string ChangeOf(Qualifier q) {
  switch (q) {
    case Qualifier::kExact: case Qualifier::kUnspecified: return "=";
    case Qualifier::kApproximate: return "~";
    case Qualifier::kMoreThan: case Qualifier::kAtLeast: return ">";
    case Qualifier::kLessThan: case Qualifier::kAtMost: case Qualifier::kUpTo: return "<";
    case Qualifier::kIncrease: return "up";
    case Qualifier::kDecrease: return "down";
    case Qualifier::kRange: return "range";
  }
  return "=";
}

StatusOr<QuantitiesEvalResult> EvalQuantities(const std::string& gold_path,
                                              const Pipeline& p,
                                              const QuantitiesEvalOptions& opt,
                                              std::ostream* log) {
  auto docs = ReadJsonRecords(gold_path);
  if (!docs.ok()) return docs.status();
  QuantitiesEvalResult r;
  int shown = 0;
  for (const auto& d : *docs) {
    ++r.sentences;
    std::vector<GQty> golds;
    if (const auto* qs = JsonList(d, "quantities")) {
      for (const auto& v : qs->values()) {
        if (!v.has_struct_value()) continue;
        const auto& q = v.struct_value();
        GQty g;
        g.raw = JsonString(q, "value");
        if (auto x = ParseNum(g.raw)) {
          g.lo = *x;
        } else {
          double a, b;
          if (ParseRange(g.raw, &a, &b)) { g.lo = a; g.hi = b; }
        }
        g.unit = JsonString(q, "unit");
        if (g.unit.empty()) g.unit = "-";
        g.nunit = JsonString(q, "normalized_unit");
        if (g.nunit.empty()) g.nunit = "-";
        g.change = JsonString(q, "change");
        if (g.change.empty()) g.change = "=";
        golds.push_back(g);
      }
    }
    Document doc(JsonString(d, "text"));
    doc.mutable_meta().article_id = JsonString(d, "id");
    p.Run(doc);
    std::vector<PQty> preds;
    for (const Claim& c : doc.claims()) {
      PQty q;
      q.value = c.value;
      if (c.low || c.high) {
        q.lo = c.low.value_or(c.value);
        q.hi = c.high.value_or(c.value);
        if (ValuesEqual(*q.lo, *q.hi)) q.lo = q.hi = std::nullopt;
      }
      q.unit = c.unit;
      q.change = ChangeOf(c.qualifier);
      q.text = std::string(doc.Slice(c.span));
      preds.push_back(q);
    }
    r.value.n_gold += static_cast<int>(golds.size());
    r.value.n_pred += static_cast<int>(preds.size());
    auto pairs = Match(golds, preds);
    for (const auto& [gi, pis] : pairs) {
      const GQty& g = golds[gi];
      r.value.tp_gold += 1;
      r.value.tp_pred += static_cast<int>(pis.size());
      bool unit_ok = false;
      for (size_t pi : pis) unit_ok = unit_ok || UnitsMatch(g.unit, g.nunit, preds[pi].unit);
      if (unit_ok) {
        r.value_unit.tp_gold += 1;
        r.value_unit.tp_pred += static_cast<int>(pis.size());
      }
      ++r.change_n;
      bool ok = false;
      for (size_t pi : pis) ok = ok || preds[pi].change == g.change;
      r.change_ok += ok;
      r.confusion[g.change + "->" + (ok ? g.change : preds[pis[0]].change)] += 1;
    }
    if (log && shown < opt.show) {
      std::set<size_t> matched;
      for (const auto& [gi, pis] : pairs) matched.insert(pis.begin(), pis.end());
      std::string id = JsonString(d, "id");
      for (size_t gi = 0; gi < golds.size() && shown < opt.show; ++gi) {
        const GQty& g = golds[gi];
        auto it = pairs.find(gi);
        if (it == pairs.end()) {
          *log << "FN " << id << " value=" << g.raw << " unit=" << g.unit
               << " change=" << g.change << "\n";
          ++shown;
        } else {
          bool unit_ok = false;
          for (size_t pi : it->second) unit_ok = unit_ok || UnitsMatch(g.unit, g.nunit, preds[pi].unit);
          if (!unit_ok) {
            *log << "UNIT " << id << " value=" << g.raw << " gold=" << g.unit << "/" << g.nunit
                 << " pred=" << preds[it->second[0]].unit << "\n";
            ++shown;
          }
        }
      }
      for (size_t pi = 0; pi < preds.size() && shown < opt.show; ++pi) {
        if (matched.count(pi)) continue;
        *log << "FP " << id << " value=" << preds[pi].value << " unit='" << preds[pi].unit
             << "' text='" << preds[pi].text << "'\n";
        ++shown;
      }
    }
  }
  r.value_unit.n_gold = r.value.n_gold;
  r.value_unit.n_pred = r.value.n_pred;
  return r;
}

}  // namespace newsie
