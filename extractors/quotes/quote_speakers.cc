// Speaker resolution: a Speaker from an attribution's subject, linked to
// the entity whose mention overlaps it or, for a pronoun, to an earlier
// compatible sentence subject.

#include <algorithm>
#include <string>
#include <string_view>

#include "extractors/quotes/quote_extractor_internal.h"

namespace newsie::quotes::internal {
namespace {

// Sentences searched back for a pronoun's antecedent.
constexpr int kMaxAntecedentSentences = 6;

bool PersonLike(EntityType t) { return t == EntityType::kPerson; }

}  // namespace

void Run::ResolveSpeakers() {
  // Mentions by start, for overlap lookups.
  const auto& ms = doc_.mentions();
  mention_order_.resize(ms.size());
  for (uint32_t i = 0; i < ms.size(); ++i) mention_order_[i] = i;
  std::sort(mention_order_.begin(), mention_order_.end(), [&](uint32_t x, uint32_t y) {
    return ms[x].span.begin < ms[y].span.begin;
  });
  std::sort(attrs_.begin(), attrs_.end(), [](const Attribution& x, const Attribution& y) {
    return std::min(x.ctb, x.cue_b) < std::min(y.ctb, y.cue_b);
  });
  sent_speaker_.assign(doc_.sentences().size(), -1);
  for (Attribution& a : attrs_) {
    int mention = -1;
    // "Tuesday", "Hours": a time phrase read as the subject names no one.
    if (a.subj.found() && !a.subj.pronoun) {
      bool time = true;
      for (uint32_t k = a.subj.tb; k < a.subj.te && time; ++k) {
        // "Kristen Day": a capitalized unit inside the sentence is a name.
        time = InSet(k, TimeWords()) ||
               (InSet(k, TimeUnits()) && (toks_[k].Has(kTokLower) || k == SentBegin(k)));
      }
      if (time) a.subj = Subject();
    }
    if (!a.passive) a.speaker = MakeSpeaker(a.subj, &mention);
    // A speaker named in a sentence is the likeliest "he" after it.
    if (mention >= 0 && a.subj.found()) sent_speaker_[sent_of_[a.subj.tb]] = mention;
  }
}

// `*mention` is set to the mention linked, or -1.
Speaker Run::MakeSpeaker(const Subject& subj, int* mention) {
  Speaker sp;
  if (!subj.found()) return sp;
  const Span span = SpanOf(subj.tb, subj.te);
  sp.mention = span;
  if (subj.pronoun) {
    char buf[24];
    std::string_view p = Lower(subj.tb, buf);
    int m = Antecedent(subj.tb, p);
    if (m >= 0) {
      Link(doc_.mentions()[m], &sp);
      sp.confidence = 0.7f;
      *mention = m;
    } else if (!last_name_.empty() && (p == "he" || p == "she") &&
               doc_.mentions().empty() &&
               sent_of_[subj.tb] <= last_name_sentence_ + kMaxAntecedentSentences) {
      // No entities layer: the last speaker named.
      sp.name = last_name_;
      sp.resolved = true;
      sp.confidence = 0.5f;
    }
    return sp;
  }
  // The mention of the phrase's head: the one ending it, else a person,
  // else an organization.
  int best = -1;
  int best_rank = 0;
  const auto& ms = doc_.mentions();
  auto it = std::lower_bound(mention_order_.begin(), mention_order_.end(), span.begin,
                             [&](uint32_t i, uint32_t b) { return ms[i].span.end <= b; });
  for (; it != mention_order_.end() && ms[*it].span.begin < span.end; ++it) {
    const Mention& m = ms[*it];
    if (!m.span.Overlaps(span)) continue;
    int rank = 1;
    if (m.type == EntityType::kOrganization) rank = 2;
    if (PersonLike(m.type)) rank = 3;
    if (m.span.end >= span.end) rank += 3;
    // "The Russian navy", "Hungary's opposition parties": a modifier is
    // not the speaker.
    if (!PersonLike(m.type) && m.type != EntityType::kOrganization && m.span.end < span.end) {
      rank = 0;
    }
    if (rank > best_rank) {
      best_rank = rank;
      best = static_cast<int>(*it);
    }
  }
  if (best >= 0) {
    Link(ms[best], &sp);
    sp.confidence = 0.9f;
    *mention = best;
  } else {
    sp.name = std::string(doc_.Slice(span));
    sp.resolved = true;
    sp.confidence = 0.6f;
  }
  if (toks_[subj.te - 1].Has(kTokCapitalized)) {
    last_name_ = sp.name;
    last_name_sentence_ = sent_of_[subj.tb];
  }
  return sp;
}

void Run::Link(const Mention& m, Speaker* sp) const {
  sp->resolved = true;
  if (m.entity >= 0 && static_cast<size_t>(m.entity) < doc_.entities().size()) {
    sp->entity = m.entity;
    sp->name = doc_.entities()[m.entity].canonical_name;
  }
  if (sp->name.empty()) sp->name = std::string(doc_.Slice(m.span));
}

// The nearest compatible mention before the pronoun at token `t`: the
// first subject-like mention of the closest sentence that has one.
int Run::Antecedent(uint32_t t, std::string_view pronoun) const {
  const auto& ms = doc_.mentions();
  if (ms.empty()) return -1;
  auto compatible = [&](EntityType type) {
    if (pronoun == "he" || pronoun == "she") return type == EntityType::kPerson;
    if (pronoun == "it") return type == EntityType::kOrganization;
    if (pronoun == "they" || pronoun == "we") {
      return type == EntityType::kOrganization || type == EntityType::kPerson;
    }
    return false;
  };
  if (pronoun == "i" || pronoun == "you") return -1;
  const auto& sents = doc_.sentences();
  int s = static_cast<int>(sent_of_[t]);
  const uint32_t limit = toks_[t].span.begin;
  for (int back = 0; back <= kMaxAntecedentSentences && s >= 0; ++back, --s) {
    // The speaker of an attribution in that sentence comes first.
    if (int m = sent_speaker_[s]; m >= 0 && ms[m].span.end <= limit && compatible(ms[m].type)) {
      return m;
    }
    const Span ss = sents[s].span;
    auto it = std::lower_bound(mention_order_.begin(), mention_order_.end(), ss.begin,
                               [&](uint32_t i, uint32_t b) { return ms[i].span.begin < b; });
    for (; it != mention_order_.end() && ms[*it].span.begin < ss.end; ++it) {
      const Mention& m = ms[*it];
      if (m.span.end > limit) break;
      if (!compatible(m.type)) continue;
      uint32_t mt = doc_.TokenAt(m.span.begin);
      if (mt < toks_.size() && in_quote_[mt] >= 0) continue;
      uint32_t after = doc_.TokenAt(m.span.end);
      if (after < toks_.size() && toks_[after].Has(kTokPossessive)) continue;
      return static_cast<int>(*it);
    }
  }
  return -1;
}

}  // namespace newsie::quotes::internal
