#include "pipeline/eval/coref_eval.h"

#include <charconv>
#include <fstream>
#include <set>
#include <string_view>

namespace newsie {
namespace {

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t b = 0;
  while (true) {
    const size_t e = line.find('\t', b);
    out.push_back(line.substr(b, e == std::string_view::npos ? e : e - b));
    if (e == std::string_view::npos) return out;
    b = e + 1;
  }
}

template <typename T>
bool Number(std::string_view s, T* v) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
  return ec == std::errc() && p == s.data() + s.size() && !s.empty();
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool SameName(std::string_view a, std::string_view b) { return Lower(a) == Lower(b); }

// Whether the gold scope covers a reference of this text: a he/she
// pronoun or a definite nominal.
bool InScope(std::string_view text) {
  static const std::set<std::string, std::less<>> kPronouns = {
      "he", "him", "his", "himself", "she", "her", "hers", "herself"};
  const std::string lower = Lower(text);
  return kPronouns.count(lower) > 0 || lower.starts_with("the ");
}

const char* KindName(MentionKind k) {
  return k == MentionKind::kPronoun ? "PRONOUN" : k == MentionKind::kNominal ? "NOMINAL" : "NAME";
}

}  // namespace

StatusOr<CorefGold> LoadCorefGold(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot open gold file");
  CorefGold gold;
  std::set<std::pair<std::string, int64_t>> declared;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = Fields(line);
    auto bad = [&](const std::string& why) {
      return InvalidArgumentError(path + ":" + std::to_string(n) + ": " + why);
    };
    if (f[0] == "article") {
      CorefGoldArticle a;
      if (f.size() != 4 || !Number(f[2], &a.version)) return bad("want article ID VERSION SPLIT");
      a.article_id = f[1];
      a.split = f[3];
      declared.insert({a.article_id, a.version});
      gold.articles.push_back(std::move(a));
    } else if (f[0] == "ref") {
      CorefGoldRef r;
      if (f.size() != 8 || !Number(f[2], &r.version) || !Number(f[3], &r.span.begin) ||
          !Number(f[4], &r.span.end) || r.span.end <= r.span.begin) {
        return bad("want ref ID VERSION BEGIN END KIND REFERENT TEXT");
      }
      r.article_id = f[1];
      if (!declared.count({r.article_id, r.version})) return bad("ref before its article line");
      if (f[5] == "PRONOUN") {
        r.kind = MentionKind::kPronoun;
      } else if (f[5] == "NOMINAL") {
        r.kind = MentionKind::kNominal;
      } else {
        return bad("KIND is PRONOUN or NOMINAL");
      }
      if (f[6] != "NONE") {
        std::string_view names = f[6];
        while (!names.empty()) {
          const size_t bar = names.find('|');
          r.referents.emplace_back(names.substr(0, bar));
          names = bar == std::string_view::npos ? std::string_view() : names.substr(bar + 1);
        }
      }
      r.text = f[7];
      gold.refs.push_back(std::move(r));
    } else {
      return bad("unknown line kind '" + std::string(f[0]) + "'");
    }
  }
  return gold;
}

CorefCounts CorefScore::Sum(const std::vector<std::string>& splits,
                            const std::vector<MentionKind>& kinds) const {
  CorefCounts sum;
  for (const auto& [key, c] : counts) {
    bool split_ok = splits.empty();
    for (const std::string& s : splits) split_ok |= s == key.first;
    bool kind_ok = false;
    for (MentionKind k : kinds) kind_ok |= k == key.second;
    if (!split_ok || !kind_ok) continue;
    sum.gold += c.gold;
    sum.linked += c.linked;
    sum.right += c.right;
  }
  return sum;
}

void ScoreCorefDocument(const CorefGold& gold, const Document& doc, CorefScore* score) {
  const ArticleMeta& meta = doc.meta();
  const int64_t version = meta.version.value_or(0);
  const CorefGoldArticle* article = nullptr;
  for (const CorefGoldArticle& a : gold.articles) {
    if (a.article_id == meta.article_id && a.version == version) article = &a;
  }
  if (!article) return;
  const std::string where = meta.article_id + "@";
  // Whether entity `e` is named `name`: its canonical name or a mention.
  auto named = [&](int32_t e, const std::string& name) {
    const Entity& ent = doc.entities()[e];
    if (SameName(ent.canonical_name, name)) return true;
    for (uint32_t m : ent.mentions) {
      if (m < doc.mentions().size() && SameName(doc.Slice(doc.mentions()[m].span), name)) {
        return true;
      }
    }
    return false;
  };
  std::vector<const CorefGoldRef*> refs;
  for (const CorefGoldRef& r : gold.refs) {
    if (r.article_id == article->article_id && r.version == article->version) {
      refs.push_back(&r);
      if (!r.referents.empty()) ++score->Get(article->split, r.kind).gold;
    }
  }
  std::vector<char> found(refs.size(), 0);
  for (size_t e = 0; e < doc.entities().size(); ++e) {
    for (const Mention& ref : doc.entities()[e].references) {
      const std::string text(doc.Slice(ref.span));
      const std::string desc = where + std::to_string(ref.span.begin) + " \"" + text +
                               "\" -> " + doc.entities()[e].canonical_name;
      size_t g = 0;
      while (g < refs.size() && !refs[g]->span.Overlaps(ref.span)) ++g;
      if (g == refs.size()) {
        if (InScope(text)) {
          ++score->Get(article->split, ref.kind).linked;
          score->wrong.push_back(desc + " (gold: no such reference)");
        } else {
          ++score->unscored;
          score->outside.push_back(desc);
        }
        continue;
      }
      const CorefGoldRef& r = *refs[g];
      CorefCounts& c = score->Get(article->split, r.kind);
      ++c.linked;
      bool right = false;
      for (const std::string& name : r.referents) right |= named(static_cast<int32_t>(e), name);
      if (right && !found[g]) {
        ++c.right;
        found[g] = 1;
      } else {
        score->wrong.push_back(desc + " (gold: " +
                               (r.referents.empty() ? std::string("NONE") : r.referents[0]) +
                               ")");
      }
    }
  }
  for (size_t g = 0; g < refs.size(); ++g) {
    if (found[g] || refs[g]->referents.empty()) continue;
    score->missed.push_back(where + std::to_string(refs[g]->span.begin) + " " +
                            KindName(refs[g]->kind) + " \"" + refs[g]->text + "\" (gold: " +
                            refs[g]->referents[0] + ")");
  }
}

}  // namespace newsie
