#include "pipeline/reconcile/gold_eval.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string_view>

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

bool IsQuoteKind(v1::ChangeKind k) {
  return k == v1::ADDED || k == v1::REMOVED || k == v1::TEXT_CHANGED ||
         k == v1::SPEAKER_CHANGED;
}

// ASCII lower case, runs of whitespace as one space, trimmed.
std::string Fold(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

bool Contains(std::string_view hay, const std::string& folded_needle) {
  return Fold(hay).find(folded_needle) != std::string::npos;
}

bool SamePair(const GoldQuoteChange& g, const GoldPair& p) {
  return g.article_id == p.article_id && g.from == p.from && g.to == p.to;
}

// The last word of a gold speaker ("-": not checked) occurs in the flagged
// speaker's name: "Mr. Carter" fits "Jimmy Carter", "one law enforcement
// official" fits "a senior official".
bool SpeakerFits(const std::string& gold, const v1::Quote& q) {
  if (gold == "-") return true;
  std::string g = Fold(gold);
  return Contains(q.speaker().name(), g.substr(g.rfind(' ') + 1));
}

// `in_sentence`: whether CONTEXT may occur in the sentences rather than in
// the quotes themselves (the second, looser pass).
bool QuoteFits(const GoldQuoteChange& g, const v1::QuoteChange& c, bool in_sentence) {
  if (g.kind != c.kind()) return false;
  if (g.kind == v1::SPEAKER_CHANGED &&
      !(SpeakerFits(g.speaker_before, c.before()) && SpeakerFits(g.speaker_after, c.after()))) {
    return false;
  }
  const std::string ctx = Fold(g.context);
  if (in_sentence) {
    return Contains(c.before_sentence().text(), ctx) || Contains(c.after_sentence().text(), ctx);
  }
  for (const v1::Quote* q : {&c.before(), &c.after()}) {
    if (Contains(q->text(), ctx) || Contains(q->span().text(), ctx)) return true;
  }
  return false;
}

std::string QuoteSide(const v1::Quote& q) {
  if (q.text().empty() && q.speaker().name().empty()) return "-";
  return q.speaker().name() + ": \"" + q.text() + "\"";
}

void ScoreQuotes(const Gold& gold, const GoldPair& p, const std::vector<v1::ChangeReport>& reports,
                 std::vector<bool>& used, GoldScore& s) {
  GoldTally& t = s.quotes;
  for (const GoldQuoteChange& g : gold.quote_changes) t.gold += SamePair(g, p);
  for (const v1::ChangeReport& r : reports) {
    if (r.article_id() != p.article_id || r.from_version() != p.from || r.to_version() != p.to) {
      continue;
    }
    for (const v1::QuoteChange& c : r.quote_changes()) {
      if (c.kind() == v1::UNCHANGED) continue;
      ++t.flagged;
      bool hit = false;
      for (bool in_sentence : {false, true}) {
        for (size_t k = 0; k < gold.quote_changes.size() && !hit; ++k) {
          const GoldQuoteChange& g = gold.quote_changes[k];
          if (used[k] || !SamePair(g, p) || !QuoteFits(g, c, in_sentence)) continue;
          used[k] = hit = true;
          if (SpeakerFits(g.speaker_before, c.before()) &&
              SpeakerFits(g.speaker_after, c.after())) {
            ++s.quote_speakers_right;
          } else {
            s.quote_wrong_speakers.push_back(
                Describe(p.article_id, p.from, p.to, c.kind(), QuoteSide(c.before()),
                         QuoteSide(c.after()), "gold: " + g.speaker_before + " -> " + g.speaker_after));
          }
        }
      }
      if (hit) {
        ++t.matched;
      } else {
        t.false_positives.push_back(Describe(p.article_id, p.from, p.to, c.kind(),
                                             QuoteSide(c.before()), QuoteSide(c.after()), ""));
      }
    }
  }
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
      if ((f.size() != 5 && f.size() != 6) || !ParseInt(f[2], &p.from) ||
          !ParseInt(f[3], &p.to)) {
        return bad("expected: pair ID FROM TO SCOPE [QUOTE_SCOPE]");
      }
      p.article_id = f[1];
      if (f[4] != "all" && f[4] != "revisions") return bad("scope must be all or revisions");
      p.revisions_only = f[4] == "revisions";
      if (f.size() == 6 && f[5] != "all" && f[5] != "none") {
        return bad("quote scope must be all or none");
      }
      p.quotes_annotated = f.size() == 6 && f[5] == "all";
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
    } else if (f[0] == "quote") {
      GoldQuoteChange q;
      if (f.size() != 8 || !ParseInt(f[2], &q.from) || !ParseInt(f[3], &q.to) ||
          !ParseKind(f[4], &q.kind) || !IsQuoteKind(q.kind) || f[5].empty() || f[6].empty() ||
          Fold(f[7]).empty()) {
        return bad(
            "expected: quote ID FROM TO ADDED|REMOVED|TEXT_CHANGED|SPEAKER_CHANGED "
            "SPEAKER_BEFORE SPEAKER_AFTER CONTEXT");
      }
      q.article_id = f[1];
      q.speaker_before = f[5];
      q.speaker_after = f[6];
      q.context = f[7];
      bool annotated = false;
      for (const GoldPair& p : gold.pairs) annotated |= SamePair(q, p) && p.quotes_annotated;
      if (!annotated) return bad("quote change of a pair not declared above it with quote scope all");
      gold.quote_changes.push_back(q);
    } else {
      return bad("unknown line type '" + f[0] + "'");
    }
  }
  return gold;
}

GoldScore ScoreReports(const Gold& gold, const std::vector<v1::ChangeReport>& reports) {
  GoldScore s;
  std::vector<bool> used(gold.changes.size(), false);
  std::vector<bool> quote_used(gold.quote_changes.size(), false);
  for (const GoldPair& p : gold.pairs) {
    if (p.quotes_annotated) {
      ++s.quote_pairs;
      ScoreQuotes(gold, p, reports, quote_used, s);
    }
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
  for (size_t k = 0; k < gold.quote_changes.size(); ++k) {
    if (quote_used[k]) continue;
    const GoldQuoteChange& g = gold.quote_changes[k];
    s.quotes.misses.push_back(
        Describe(g.article_id, g.from, g.to, g.kind, g.speaker_before, g.speaker_after, g.context));
  }
  return s;
}

}  // namespace newsie::reconcile
