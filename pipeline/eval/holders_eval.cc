#include "pipeline/eval/holders_eval.h"

#include <algorithm>
#include <cstdio>

namespace newsie {
namespace {

int Overlap(CpRange a, CpRange b) {
  return std::max(0, static_cast<int>(std::min(a.second, b.second)) -
                         static_cast<int>(std::max(a.first, b.first)));
}

int OverlapAny(CpRange r, const std::vector<CpRange>& frags) {
  int s = 0;
  for (const CpRange& f : frags) s += Overlap(r, f);
  return s;
}

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

// Given, as the record writer writes a holder.
bool HasHolder(const Speaker& s) { return s.resolved || !s.name.empty(); }

std::string OneLine(std::string_view s, size_t max_bytes) {
  std::string out;
  for (char c : s) out.push_back(c == '\n' || c == '\t' ? ' ' : c);
  if (out.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
    out += "...";
  }
  return out;
}

// Whether `s` stands inside the content of a predicted quote (not a scare
// quote): the holder came from that quote, not from its sentence.
bool InQuote(const Document& doc, Span s) {
  for (const Quote& q : doc.quotes()) {
    if (q.kind == QuoteKind::kScare) continue;
    if (q.span.Contains(s)) return true;
    for (const Span& f : q.fragments) {
      if (f.Contains(s)) return true;
    }
  }
  return false;
}

// Whether `source` is one relative pronoun ("who", "which", "that") right
// after the mention `m` and a comma ("Mark Zuckerberg, who announced ...").
bool AntecedentOf(const Document& doc, const CodePointIndex& idx, CpRange m,
                  const std::vector<CpRange>& source) {
  if (source.size() != 1 || source[0].first < m.second) return false;
  const Span src = idx.Bytes(source[0]);
  const std::string_view w = doc.Slice(src);
  if (w != "who" && w != "which" && w != "that" && w != "whom") return false;
  const std::string_view gap = doc.Slice(Span{idx.Bytes(m).end, src.begin});
  return gap.size() <= 3 && gap.find_first_not_of(", ") == std::string_view::npos;
}

}  // namespace

double HolderScores::f1() const { return F1(precision(), recall()); }
double HolderScores::f1_entity() const { return F1(precision_entity(), recall_entity()); }

const char* HolderErrorKindName(HolderErrorKind k) {
  switch (k) {
    case HolderErrorKind::kMissed: return "MISSED";
    case HolderErrorKind::kWrong: return "WRONG";
    case HolderErrorKind::kFalse: return "FALSE";
  }
  return "?";
}

void HolderScorer::Add(const GoldQuoteDoc& gold, const Document& doc) {
  ++scores_.docs;
  const CodePointIndex idx(doc.text());
  auto gold_text = [&](const std::vector<CpRange>& frags) {
    std::string out;
    for (const CpRange& f : frags) {
      if (!out.empty()) out += " ... ";
      out += doc.Slice(idx.Bytes(f));
    }
    return out;
  };
  for (const Claim& c : doc.claims()) {
    ++scores_.claims;
    auto r = idx.Range(c.value_span.end > c.value_span.begin ? c.value_span : c.span);
    if (!r) continue;
    // The attribution whose content holds most of the number.
    const GoldAttribution* in = nullptr;
    int best = 0;
    for (const GoldAttribution& a : gold.attributions) {
      int o = OverlapAny(*r, a.content);
      if (o > best) {
        best = o;
        in = &a;
      }
    }
    if (in == nullptr) {
      bool anchor = false;
      for (const GoldAttribution& a : gold.attributions) {
        anchor = anchor || OverlapAny(*r, a.source) > 0 || OverlapAny(*r, a.cue) > 0;
      }
      if (anchor) {
        ++scores_.source_or_cue;
        continue;
      }
      ++scores_.outside;
    } else if (in->source.empty()) {
      ++scores_.sourceless;
    } else {
      ++scores_.sourced;
    }
    const Speaker& h = c.holder;
    const bool given = HasHolder(h);
    bool right = false, right_entity = false;
    if (given && in != nullptr && !in->source.empty()) {
      auto m = idx.Range(h.mention);
      right = m && OverlapAny(*m, in->source) > 0;
      right_entity = right;
      if (!right_entity && m && AntecedentOf(doc, idx, *m, in->source)) right_entity = true;
      if (!right_entity && h.entity >= 0 &&
          static_cast<size_t>(h.entity) < doc.entities().size()) {
        const Entity& e = doc.entities()[h.entity];
        for (uint32_t mi : e.mentions) {
          if (mi >= doc.mentions().size()) continue;
          auto em = idx.Range(doc.mentions()[mi].span);
          right_entity = right_entity || (em && OverlapAny(*em, in->source) > 0);
        }
        // The pronouns and nominals the coreference stage gave the entity.
        for (const Mention& r : e.references) {
          auto er = idx.Range(r.span);
          right_entity = right_entity || (er && OverlapAny(*er, in->source) > 0);
        }
      }
    }
    const bool in_quote = InQuote(doc, c.value_span);
    if (given) {
      ++scores_.given;
      if (in_quote) {
        ++scores_.given_in_quote;
        scores_.right_in_quote += right;
      }
      if (in == nullptr) ++scores_.given_outside;
      if (in != nullptr && in->source.empty()) ++scores_.given_sourceless;
    }
    if (in != nullptr && !in->source.empty()) {
      scores_.right += right;
      scores_.right_entity += right_entity;
      scores_.empty += !given;
    }
    if (right_entity || (!given && (in == nullptr || in->source.empty()))) continue;
    HolderError e;
    if (!given) {
      e.kind = HolderErrorKind::kMissed;
    } else if (in != nullptr && !in->source.empty()) {
      e.kind = HolderErrorKind::kWrong;
    } else {
      e.kind = HolderErrorKind::kFalse;
    }
    e.doc_id = gold.id;
    e.in_quote = in_quote;
    e.number = std::string(doc.Slice(c.value_span));
    if (given) {
      e.holder = h.name;
      if (!h.mention.empty()) e.holder += " @'" + std::string(doc.Slice(h.mention)) + "'";
    }
    if (in != nullptr) e.gold_source = in->source.empty() ? "(no source)" : gold_text(in->source);
    e.sentence = OneLine(doc.Slice(c.sentence), 400);
    errors_.push_back(std::move(e));
  }
}

std::string HolderScorer::Table() const {
  const HolderScores& s = scores_;
  char buf[1536];
  std::snprintf(
      buf, sizeof(buf),
      "claims %d: inside a sourced content %d, a sourceless content %d, outside every "
      "content %d, in a source or cue only %d (not scored)\n"
      "%-22s %6s %6s %6s %6s %6s\n"
      "%-22s %6.2f %6.2f %6.2f %6d %6d\n"
      "%-22s %6.2f %6.2f %6.2f %6d %6d\n"
      "sourced claims with no holder: %d (%.2f%%)\n"
      "holders given: %d; inside a sourceless content %d, outside every content %d "
      "(false holders, %.2f%% of given)\n"
      "by route: number inside a predicted quote %d given, %d right (%.2f%%); "
      "elsewhere in an attributed sentence %d given, %d right (%.2f%%)\n",
      s.claims, s.sourced, s.sourceless, s.outside, s.source_or_cue, "holder", "P", "R", "F1",
      "right", "given", "mention overlaps source", 100 * s.precision(), 100 * s.recall(),
      100 * s.f1(), s.right, s.given, "same entity", 100 * s.precision_entity(),
      100 * s.recall_entity(), 100 * s.f1_entity(), s.right_entity, s.given, s.empty,
      s.sourced ? 100.0 * s.empty / s.sourced : 0.0, s.given, s.given_sourceless,
      s.given_outside, s.given ? 100.0 * s.given_outside / s.given : 0.0, s.given_in_quote,
      s.right_in_quote, s.given_in_quote ? 100.0 * s.right_in_quote / s.given_in_quote : 0.0,
      s.given - s.given_in_quote, s.right - s.right_in_quote,
      s.given > s.given_in_quote
          ? 100.0 * (s.right - s.right_in_quote) / (s.given - s.given_in_quote)
          : 0.0);
  return buf;
}

std::string HolderScorer::SummaryJson() const {
  const HolderScores& s = scores_;
  char buf[512];
  std::snprintf(buf, sizeof(buf),
                "{\"task\": \"holders\", \"docs\": %d, \"claims\": %d, \"sourced\": %d, "
                "\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, "
                "\"precision_entity\": %.4f, \"recall_entity\": %.4f, \"f1_entity\": %.4f, "
                "\"empty\": %d, \"false_outside\": %d}",
                s.docs, s.claims, s.sourced, s.precision(), s.recall(), s.f1(),
                s.precision_entity(), s.recall_entity(), s.f1_entity(), s.empty,
                s.given_outside);
  return buf;
}

}  // namespace newsie
