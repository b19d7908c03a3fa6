#include "pipeline/reconcile/gold_eval.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "pipeline/reconcile/reconciler.h"

namespace newsie::reconcile {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(line);
  while (std::getline(in, cur, '\t')) out.push_back(cur);
  return out;
}

bool ParseInt(const std::string& s, int64_t* v) {
  char* end = nullptr;
  *v = std::strtoll(s.c_str(), &end, 10);
  return !s.empty() && end && *end == '\0';
}

bool ParseValue(const std::string& s, std::optional<double>* v) {
  if (s == "-") {
    v->reset();
    return true;
  }
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (s.empty() || !end || *end != '\0') return false;
  *v = d;
  return true;
}

bool ParseKind(const std::string& s, v1::ChangeKind* k) {
  for (int i = v1::ChangeKind_MIN; i <= v1::ChangeKind_MAX; ++i) {
    if (v1::ChangeKind_IsValid(i) && s == ChangeKindName(static_cast<v1::ChangeKind>(i))) {
      *k = static_cast<v1::ChangeKind>(i);
      return true;
    }
  }
  return false;
}

bool IsRevision(v1::ChangeKind k) {
  return k == v1::VALUE_CHANGED || k == v1::QUALIFIER_CHANGED || k == v1::UNIT_CHANGED;
}

bool SameOptional(const std::optional<double>& gold, bool has, double v) {
  if (!gold) return !has;
  return has && std::fabs(*gold - v) <= 1e-6 * std::max(1.0, std::fabs(v));
}

std::string Describe(const std::string& id, int64_t from, int64_t to, v1::ChangeKind kind,
                     const std::string& before, const std::string& after,
                     const std::string& context) {
  std::string s = id + " " + std::to_string(from) + "->" + std::to_string(to) + " " +
                  ChangeKindName(kind) + " " + before + " -> " + after;
  if (!context.empty()) s += "  (" + context + ")";
  return s;
}

std::string Num(bool has, double v) {
  if (!has) return "-";
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%g", v);
  return buf;
}

}  // namespace

StatusOr<Gold> LoadGold(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot open gold file");
  Gold gold;
  std::string line;
  int n = 0;
  auto bad = [&](const std::string& why) {
    return InvalidArgumentError(path + ":" + std::to_string(n) + ": " + why);
  };
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    if (f[0] == "pair") {
      GoldPair p;
      if (f.size() != 5 || !ParseInt(f[2], &p.from) || !ParseInt(f[3], &p.to)) {
        return bad("expected: pair ID FROM TO SCOPE");
      }
      p.article_id = f[1];
      if (f[4] != "all" && f[4] != "revisions") return bad("scope must be all or revisions");
      p.revisions_only = f[4] == "revisions";
      gold.pairs.push_back(p);
    } else if (f[0] == "change") {
      GoldChange c;
      if (f.size() < 9 || !ParseInt(f[2], &c.from) || !ParseInt(f[3], &c.to) ||
          !ParseKind(f[4], &c.kind) || !ParseValue(f[5], &c.before) ||
          !ParseValue(f[7], &c.after)) {
        return bad("expected: change ID FROM TO KIND BEFORE UNIT AFTER UNIT [CONTEXT]");
      }
      c.article_id = f[1];
      if (f.size() > 9) c.context = f[9];
      bool declared = false;
      for (const GoldPair& p : gold.pairs) {
        if (p.article_id == c.article_id && p.from == c.from && p.to == c.to) {
          declared = true;
          if (p.revisions_only && !IsRevision(c.kind)) {
            return bad("a revisions-only pair lists a " + f[4]);
          }
        }
      }
      if (!declared) return bad("change of a pair not declared above it");
      gold.changes.push_back(c);
    } else {
      return bad("unknown line type '" + f[0] + "'");
    }
  }
  return gold;
}

GoldScore ScoreReports(const Gold& gold, const std::vector<v1::ChangeReport>& reports) {
  GoldScore s;
  std::vector<bool> used(gold.changes.size(), false);
  for (const GoldPair& p : gold.pairs) {
    for (const GoldChange& g : gold.changes) {
      if (g.article_id == p.article_id && g.from == p.from && g.to == p.to) ++s.gold;
    }
    for (const v1::ChangeReport& r : reports) {
      if (r.article_id() != p.article_id || r.from_version() != p.from ||
          r.to_version() != p.to) {
        continue;
      }
      for (const v1::ClaimChange& c : r.claim_changes()) {
        if (c.kind() == v1::UNCHANGED) continue;
        if (p.revisions_only && !IsRevision(c.kind())) continue;
        ++s.flagged;
        bool hit = false;
        for (size_t k = 0; k < gold.changes.size() && !hit; ++k) {
          const GoldChange& g = gold.changes[k];
          if (used[k] || g.article_id != p.article_id || g.from != p.from || g.to != p.to ||
              g.kind != c.kind()) {
            continue;
          }
          if (SameOptional(g.before, c.has_before(), c.before().value()) &&
              SameOptional(g.after, c.has_after(), c.after().value())) {
            used[k] = hit = true;
          }
        }
        if (hit) {
          ++s.matched;
        } else {
          s.false_positives.push_back(Describe(
              p.article_id, p.from, p.to, c.kind(),
              Num(c.has_before(), c.before().value()) + " " + c.before().unit(),
              Num(c.has_after(), c.after().value()) + " " + c.after().unit(),
              c.has_after() ? c.after().span().text() : c.before().span().text()));
        }
      }
    }
  }
  for (size_t k = 0; k < gold.changes.size(); ++k) {
    if (used[k]) continue;
    const GoldChange& g = gold.changes[k];
    s.misses.push_back(Describe(g.article_id, g.from, g.to, g.kind, Num(g.before.has_value(), g.before.value_or(0)),
                                Num(g.after.has_value(), g.after.value_or(0)), g.context));
  }
  return s;
}

}  // namespace newsie::reconcile
