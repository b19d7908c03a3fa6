#include "extractors/coref/coref_extractor.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extractors/common/ascii_words.h"
#include "extractors/common/gender_words.h"
#include "extractors/common/person_gender.h"
#include "gazetteers/gazetteer.h"

namespace newsie {
namespace {

// Sentences before a pronoun's own searched for its antecedent. Measured
// on PolNeAR train: 3 adds 36 links of which 8 were wrong on reading, 5
// adds 27 more, 9 wrong.
constexpr uint32_t kMaxSentencesBack = 2;
// Sentences back a pronoun chain continues when only people of the other
// gender were named since (ResolvePronoun).
constexpr uint32_t kMaxChainSentences = 5;
// Words between "the" and a title noun ("the Kremlin spokesman", "the
// deputy foreign minister").
constexpr uint32_t kMaxModifiers = 3;
// Words after "of" that complete a title ("the secretary of state").
constexpr uint32_t kMaxOfWords = 2;
// Words of an appositive role nominal from "the" to its head ("the Nobel
// Prize-winning free-market advocate"), and after an "of" ("the director
// of the National Economic Council").
constexpr uint32_t kMaxAppositiveWords = 6;
constexpr uint32_t kMaxAppositiveOfWords = 5;
// Titled entities read for one role nominal, and person mentions read back
// for one pronoun: caps that keep adversarial input linear.
constexpr size_t kMaxTitledEntities = 256;
constexpr size_t kMaxCandidatesRead = 64;
// Tokens between an antecedent and its pronoun searched for an unnamed
// person, and of a lead phrase before its comma: longer is no link.
constexpr uint32_t kMaxGapTokens = 400;
constexpr uint32_t kMaxLeadTokens = 100;
// Not yet computed, in the per-entity gender cache.
constexpr char kGenderUnknown = 'u';
// Per-token marks.
constexpr int32_t kNoMention = -1;

// 'm' for he/him/his/himself, 'f' for she/her/hers/herself, else 0.
char PronounGender(std::string_view w) {
  if (w.size() < 2 || w.size() > 7) return 0;
  // Asked for every token: each word below starts with h or s.
  const char first = static_cast<char>(w[0] | 0x20);  // ASCII letters to lower case
  if (first != 'h' && first != 's') return 0;
  if (InWordList(w, {"he", "him", "his", "himself"})) return 'm';
  if (InWordList(w, {"she", "her", "hers", "herself"})) return 'f';
  return 0;
}

// Any personal pronoun a quote speaker may be ("he", "they", "we").
bool IsPronoun(std::string_view w) {
  return PronounGender(w) != 0 ||
         InWordList(w, {"i", "we", "you", "they", "it", "me", "us", "them"});
}

// Title nouns a definite role nominal may be headed by ("the secretary"):
// offices held by one named person at a time, which news uses for a name
// given before. Lower case.
bool TitleHead(std::string_view w) {
  if (w.size() < 4 || w.size() > 14) return false;
  static const WordList kWords{
      "secretary",  "spokesman", "spokeswoman", "spokesperson", "minister",    "president",
      "senator",    "governor",  "mayor",       "chancellor",   "ambassador",  "general",
      "commander",  "chairman",  "chairwoman",  "director",     "judge",       "justice",
      "pope",       "king",      "queen",       "premier",      "congressman", "congresswoman",
      "prosecutor", "prince",    "princess",    "sheriff",      "envoy",       "speaker",
      "candidate",  "nominee",   "chief"};
  return kWords.Contains(w);
}

// Singular nouns of people news leaves unnamed ("a lawyer for the family",
// "the official"): one of these between a name and a pronoun may be what
// the pronoun refers to. Gendered nouns ("woman", "his wife") come from
// GenderWord. Lower case.
bool UnnamedPersonNoun(std::string_view w) {
  if (w.size() < 3 || w.size() > 12) return false;
  static const WordList kWords{
      "official",     "aide",      "adviser",   "advisor",      "lawyer",     "attorney",
      "spokesperson", "officer",   "analyst",   "expert",       "witness",    "resident",
      "friend",       "neighbor",  "colleague", "investigator", "prosecutor", "doctor",
      "teacher",      "student",   "worker",    "driver",       "victim",     "suspect",
      "gunman",       "child",     "person",    "source",       "guy",        "partner",
      "boss",         "executive", "employee",  "member",       "supporter",  "voter",
      "owner",        "manager",   "reporter",  "activist",     "retiree"};
  return kWords.Contains(w);
}

// Nouns of people's roles, occupations and kin that head an appositive
// after a name ("Lanhee Chen, the policy director,"; "Mr. Stevens, the
// campaign strategist."), beside TitleHead, UnnamedPersonNoun and the
// gendered nouns (GenderWord: "spokeswoman", "widow"). Lower case.
bool RoleHead(std::string_view w) {
  if (w.size() < 3 || w.size() > 14) return false;
  static const WordList kWords{
      "strategist",    "advocate",     "founder",        "leader",      "head",
      "economist",     "historian",    "professor",      "scholar",     "author",
      "writer",        "editor",       "publisher",      "columnist",   "correspondent",
      "journalist",    "pollster",     "consultant",     "operative",   "lobbyist",
      "donor",         "billionaire",  "developer",      "investor",    "entrepreneur",
      "host",          "anchor",       "coach",          "pastor",      "rabbi",
      "priest",        "bishop",       "cleric",         "imam",        "scientist",
      "researcher",    "engineer",     "physician",      "surgeon",     "lawmaker",
      "legislator",    "commissioner", "superintendent", "dean",        "treasurer",
      "counsel",       "deputy",       "assistant",      "organizer",   "manager",
      "incumbent",     "challenger",   "front-runner",   "frontrunner", "heir",
      "architect",     "co-founder",   "negotiator",     "diplomat",    "representative",
      "administrator", "officer",      "owner",          "chairman",    "president",
      "director"};
  return kWords.Contains(w);
}

bool IsHonorific(std::string_view w) {
  return InWordList(w, {"mr", "mrs", "ms", "miss", "sir", "lord", "dame", "lady"});
}

// The position of word `w` among the space-separated words of `title`
// (case-blind), or -1.
int TitleWord(std::string_view title, std::string_view w, size_t from = 0) {
  int n = 0;
  size_t b = 0;
  while (b < title.size()) {
    size_t e = title.find(' ', b);
    if (e == std::string_view::npos) e = title.size();
    if (static_cast<size_t>(n) >= from && EqualsIgnoreCase(title.substr(b, e - b), w)) return n;
    ++n;
    b = e + 1;
  }
  return -1;
}

// A person named or referred to before the token being resolved.
struct Recent {
  int32_t entity;
  uint32_t token;
  uint32_t sentence;
  uint32_t paragraph;
  bool pronoun = false;  // a pronoun linked to the entity, not a name
};

// One Extract() call's working state.
class Run {
 public:
  Run(Document& doc, const Gazetteers* gazetteers)
      : doc_(doc), toks_(doc.tokens()), gazetteers_(gazetteers) {}

  void Resolve();

 private:
  void MarkQuotes();
  void MarkMentions();
  void AdoptSpeakers();
  bool ResolvePronoun(uint32_t t, char want);
  uint32_t ResolveNominal(uint32_t t);
  uint32_t ResolveAppositive(uint32_t t);
  char Gender(int32_t e);
  bool PersonNounBetween(uint32_t from, uint32_t to, char want) const;
  bool Predicate(uint32_t k) const;
  bool LeadCataphora(uint32_t t, int32_t best, char want);
  void SpeakerFirstPerson();
  void Add(int32_t e, Span span, MentionKind kind, uint32_t t);
  std::string_view Text(uint32_t t) const { return doc_.Slice(toks_[t].span); }
  bool Lower(uint32_t t) const { return toks_[t].Has(kTokLower); }

  Document& doc_;
  const std::vector<Token>& toks_;
  const Gazetteers* gazetteers_;
  std::vector<uint32_t> sent_of_;
  std::vector<char> in_quote_;
  std::vector<int32_t> mention_at_;  // name mention covering the token, or -1
  std::vector<char> in_title_;       // token inside a mention's title
  // Quote speakers by first token: the span and the entity the quote stage
  // gave it (-1: left unresolved), in token order.
  struct Decided {
    uint32_t token;
    Span span;
    int32_t entity;
  };
  std::vector<Decided> decided_;
  std::vector<int32_t> decided_at_;  // index into decided_ of the span holding the token, or -1
  std::vector<char> gender_;      // per entity, lazily
  std::vector<Recent> recent_;
  std::vector<std::pair<uint32_t, int32_t>> titled_;  // (first mention byte, entity)
  // Appositives linked so far: the words after "the" ("policy director"),
  // read as a title by later role nominals ("the policy director said").
  std::vector<std::pair<Span, int32_t>> appositives_;
};

void Run::Resolve() {
  const auto& sents = doc_.sentences();
  if (toks_.empty() || sents.empty()) return;
  sent_of_.assign(toks_.size(), 0);
  for (uint32_t s = 0; s < sents.size(); ++s) {
    const uint32_t end = std::min<uint32_t>(sents[s].token_end, toks_.size());
    for (uint32_t t = sents[s].token_begin; t < end; ++t) sent_of_[t] = s;
  }
  gender_.assign(doc_.entities().size(), kGenderUnknown);
  // Entities with titles, by their first mention: the role nominals'
  // candidates.
  const auto& ms = doc_.mentions();
  const auto& ents = doc_.entities();
  for (size_t e = 0; e < ents.size(); ++e) {
    if (ents[e].titles.empty()) continue;
    uint32_t first = UINT32_MAX;
    for (uint32_t m : ents[e].mentions) {
      if (m < ms.size()) first = std::min(first, ms[m].span.begin);
    }
    if (first != UINT32_MAX) titled_.push_back({first, static_cast<int32_t>(e)});
  }
  std::sort(titled_.begin(), titled_.end());
  MarkQuotes();
  MarkMentions();
  AdoptSpeakers();
  const size_t n_entities = doc_.entities().size();
  size_t next_decided = 0;
  for (uint32_t t = 0; t < toks_.size(); ++t) {
    // A person named here is a candidate antecedent from now on.
    if (const int32_t m = mention_at_[t]; m != kNoMention) {
      const Mention& mm = ms[m];
      if ((t == 0 || mention_at_[t - 1] != m) && mm.type == EntityType::kPerson &&
          mm.entity >= 0 && static_cast<size_t>(mm.entity) < n_entities && !in_quote_[t]) {
        const uint32_t s = sent_of_[t];
        recent_.push_back({mm.entity, t, s, doc_.sentences()[s].paragraph});
      }
      continue;
    }
    // The quote stage decided this speaker span.
    while (next_decided < decided_.size() && decided_[next_decided].token < t) ++next_decided;
    if (next_decided < decided_.size() && decided_[next_decided].token == t) {
      const Decided& d = decided_[next_decided];
      const bool one_token = doc_.TokenAt(d.span.end - 1) == t;
      if (d.entity >= 0) {
        const bool pronoun = one_token && IsPronoun(Text(t));
        Add(d.entity, d.span, pronoun ? MentionKind::kPronoun : MentionKind::kNominal, t);
        while (t + 1 < toks_.size() && toks_[t + 1].span.begin < d.span.end) ++t;
        continue;
      }
      // Left unresolved: the span is no reference, but a pronoun inside a
      // longer one is ("her" in "her son said").
      if (one_token) continue;
    }
    if (in_quote_[t] || !toks_[t].Has(kTokWord)) continue;
    const std::string_view w = Text(t);
    if (const char want = PronounGender(w); want != 0) {
      ResolvePronoun(t, want);
    } else if (w.size() == 3 && EqualsLower(w, "the")) {
      const uint32_t a = ResolveAppositive(t);
      if (a == t) {
        t = ResolveNominal(t);
        continue;
      }
      // A role nominal before a possessive inside the appositive is a
      // reference of its own ("Benjamin J. Rhodes, the president's deputy
      // national security adviser": "the president" is Mr. Obama).
      for (uint32_t k = t + 1; k < a; ++k) {
        if (toks_[k].Has(kTokPossessive)) {
          ResolveNominal(t);
          break;
        }
      }
      t = a;
    }
  }
  SpeakerFirstPerson();
}

// "I", "me", "my", "mine", "myself" inside a direct quote are its speaker,
// when the quote stage linked the speaker to a person it names there ("...,"
// Mr. Sanders said; not "..., he said", whose resolution is a guess more
// often: PolNeAR train, 3 of 4 wrong links in a sample of 40 came from
// such). They are added after
// the walk (no antecedent for a pronoun outside the quote), so each
// entity's references are put back in text order.
void Run::SpeakerFirstPerson() {
  auto& ents = doc_.mutable_entities();
  bool added = false;
  for (const Quote& q : doc_.quotes()) {
    const int32_t e = q.speaker.entity;
    if (q.kind != QuoteKind::kDirect || e < 0 || static_cast<size_t>(e) >= ents.size() ||
        ents[e].type != EntityType::kPerson) {
      continue;
    }
    bool named = false;
    for (uint32_t t = doc_.TokenAt(q.speaker.mention.begin);
         t < toks_.size() && toks_[t].span.begin < q.speaker.mention.end && !named; ++t) {
      named = mention_at_[t] != kNoMention && doc_.mentions()[mention_at_[t]].entity == e;
    }
    if (!named) continue;
    for (const Span& f : q.fragments) {
      // A quote inside the quote is someone else's words ("If Trump's
      // narrative of 'I'm for the little guy' hits a speed bump").
      bool nested = false;
      for (uint32_t t = doc_.TokenAt(f.begin); t < toks_.size() && toks_[t].span.end <= f.end;
           ++t) {
        const Token& k = toks_[t];
        if (k.Has(kTokQuoteMark)) {
          const bool open = k.Has(kTokOpenQuote), close = k.Has(kTokCloseQuote);
          nested = open && !close ? true : close && !open ? false : !nested;
          continue;
        }
        if (nested) continue;
        const std::string_view w = Text(t);
        if (w.size() > 6 || !(w == "I" || InWordList(w, {"me", "my", "mine", "myself"}))) {
          continue;
        }
        Mention r;
        r.span = toks_[t].span;
        r.type = ents[e].type;
        r.kind = MentionKind::kPronoun;
        r.entity = e;
        ents[e].references.push_back(r);
        added = true;
      }
    }
  }
  if (!added) return;
  for (Entity& ent : ents) {
    std::sort(ent.references.begin(), ent.references.end(),
              [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
    // Two quotes sharing a piece of text give it once.
    ent.references.erase(std::unique(ent.references.begin(), ent.references.end(),
                                     [](const Mention& a, const Mention& b) {
                                       return a.span == b.span;
                                     }),
                         ent.references.end());
  }
}

// Tokens between double quotation marks, paragraph by paragraph, and inside
// the quote layer's direct quotes (which may run over paragraphs).
void Run::MarkQuotes() {
  in_quote_.assign(toks_.size(), 0);
  bool inside = false;
  for (uint32_t t = 0; t < toks_.size(); ++t) {
    const Token& k = toks_[t];
    if (k.Has(kTokParaStart)) inside = false;
    if (k.Has(kTokQuoteMark) && !k.Has(kTokSingleQuote)) {
      const bool open = k.Has(kTokOpenQuote), close = k.Has(kTokCloseQuote);
      inside = open && !close ? true : close && !open ? false : !inside;
    } else if (k.Has(kTokQuoteMark) && Text(t) == "''") {
      inside = !inside;  // two apostrophes for a double mark (archive copy)
    } else if (k.Has(kTokQuoteMark) && t + 1 < toks_.size() && Text(t) == "'" &&
               Text(t + 1) == "'" && toks_[t + 1].span.begin == k.span.end) {
      inside = !inside;
      in_quote_[t++] = inside;
    }
    in_quote_[t] = inside;
  }
  for (const Quote& q : doc_.quotes()) {
    if (q.kind != QuoteKind::kDirect) continue;
    for (const Span& f : q.fragments) {
      for (uint32_t t = doc_.TokenAt(f.begin); t < toks_.size() && toks_[t].span.begin < f.end;
           ++t) {
        in_quote_[t] = 1;
      }
    }
  }
}

void Run::MarkMentions() {
  mention_at_.assign(toks_.size(), kNoMention);
  in_title_.assign(toks_.size(), 0);
  const auto& ms = doc_.mentions();
  for (uint32_t i = 0; i < ms.size(); ++i) {
    for (uint32_t t = doc_.TokenAt(ms[i].span.begin);
         t < toks_.size() && toks_[t].span.begin < ms[i].span.end; ++t) {
      mention_at_[t] = static_cast<int32_t>(i);
    }
    if (ms[i].title.empty()) continue;
    for (uint32_t t = doc_.TokenAt(ms[i].title.begin);
         t < toks_.size() && toks_[t].span.begin < ms[i].title.end; ++t) {
      in_title_[t] = 1;
    }
  }
}

// Every quote speaker span that is no name of the entity it was given
// ("he", "the Kremlin spokesman"; not "Peskov", nor "a spokesman for the
// ministry" given to the ministry named in it), with the quote stage's
// answer, unresolved ones included: those are never linked here.
void Run::AdoptSpeakers() {
  decided_at_.assign(toks_.size(), -1);
  const auto& ms = doc_.mentions();
  const size_t n_entities = doc_.entities().size();
  for (const Quote& q : doc_.quotes()) {
    const Speaker& sp = q.speaker;
    if (sp.mention.empty() || sp.mention.end > doc_.text().size()) continue;
    const int32_t e =
        sp.entity >= 0 && static_cast<size_t>(sp.entity) < n_entities ? sp.entity : -1;
    const uint32_t first = doc_.TokenAt(sp.mention.begin);
    if (first >= toks_.size()) continue;
    bool named = false, any_name = false;
    for (uint32_t t = first; t < toks_.size() && toks_[t].span.begin < sp.mention.end; ++t) {
      if (const int32_t m = mention_at_[t]; m != kNoMention) {
        any_name = true;
        named |= ms[m].entity == e;
      }
    }
    // A name of the entity: in `mentions` already. A name in a span left
    // unresolved ("Reuters reporters"): nothing to decide.
    if (named || (e < 0 && any_name)) continue;
    decided_.push_back({first, sp.mention, e});
  }
  std::sort(decided_.begin(), decided_.end(),
            [](const Decided& a, const Decided& b) { return a.token < b.token; });
  decided_.erase(std::unique(decided_.begin(), decided_.end(),
                             [](const Decided& a, const Decided& b) { return a.token == b.token; }),
                 decided_.end());
  for (size_t i = 0; i < decided_.size(); ++i) {
    for (uint32_t t = decided_[i].token; t < toks_.size() && toks_[t].span.begin < decided_[i].span.end;
         ++t) {
      decided_at_[t] = static_cast<int32_t>(i);
    }
  }
}

// Entity `e`'s gender for pronouns (PersonEntityGender), once per entity.
char Run::Gender(int32_t e) {
  char& g = gender_[e];
  if (g == kGenderUnknown) g = PersonEntityGender(doc_, e, gazetteers_);
  return g;
}

// Whether an unnamed person who may be `want`'s gender stands in tokens
// [from, to): a gendered noun ("a woman", "his wife", "the spokesman"), a
// singular person noun ("the lawyer") or a title noun no rule linked ("The
// GOP nominee has staked much of his campaign"), in lower case and heading
// no name ("spokesman Dmitry Peskov" is a title).
bool Run::PersonNounBetween(uint32_t from, uint32_t to, char want) const {
  char buf[16];
  for (uint32_t k = from; k < to; ++k) {
    if (!Lower(k) || mention_at_[k] != kNoMention || in_title_[k]) continue;
    const std::string_view w = Text(k);
    if (w.size() < 3 || w.size() >= sizeof(buf)) continue;
    if (k + 1 < toks_.size() && mention_at_[k + 1] != kNoMention) continue;
    for (size_t i = 0; i < w.size(); ++i) buf[i] = w[i];
    const std::string_view lw(buf, w.size());
    // "girl" and "boy" too ("a little girl ... on her father's
    // shoulders"), which name no one before a name (GenderWord's use).
    const char g = lw == "girl" ? 'f' : lw == "boy" ? 'm' : GenderWord(lw);
    if (((g == want && !IsHonorific(lw)) || UnnamedPersonNoun(lw) || TitleHead(lw)) &&
        !Predicate(k)) {
      return true;
    }
  }
  return false;
}

// Whether the pronoun at `t` stands in a lead phrase before the sentence's
// first comma and another person who may be the one opens the clause after
// it ("In his proposed legislation to ban Trump, Salceda cited ...",
// "Already on the defensive ... in his convention speech, Mr. Romney saw").
bool Run::LeadCataphora(uint32_t t, int32_t best, char want) {
  const Sentence& sent = doc_.sentences()[sent_of_[t]];
  const uint32_t end = std::min<uint32_t>(sent.token_end, toks_.size());
  if (t > sent.token_begin + kMaxLeadTokens) return false;
  for (uint32_t k = sent.token_begin; k < t; ++k) {
    if (Text(k) == ",") return false;
  }
  uint32_t c = t + 1;
  while (c < end && c <= t + kMaxLeadTokens && Text(c) != ",") ++c;
  uint32_t k = c + 1;
  while (k < end && in_title_[k]) ++k;
  if (k >= end || mention_at_[k] == kNoMention) return false;
  const Mention& m = doc_.mentions()[mention_at_[k]];
  if (m.type != EntityType::kPerson || m.entity == best || m.entity < 0 ||
      static_cast<size_t>(m.entity) >= doc_.entities().size()) {
    return false;
  }
  const char g = Gender(m.entity);
  return g == want || g == 0;
}

// Whether the noun at `k` follows a copula, past at most three lower-case
// words ("to have been the only woman", "is a lawyer"): it says what the
// subject is, and names no one new.
bool Run::Predicate(uint32_t k) const {
  for (uint32_t back = 1; back <= 4 && back <= k; ++back) {
    const uint32_t j = k - back;
    if (!Lower(j) || !toks_[j].Has(kTokWord)) return false;
    if (InWordList(Text(j), {"is", "was", "are", "were", "be", "been", "being", "became",
                             "become", "becomes", "remains", "remained"})) {
      return true;
    }
  }
  return false;
}

void Run::Add(int32_t e, Span span, MentionKind kind, uint32_t t) {
  Entity& ent = doc_.mutable_entities()[e];
  Mention r;
  r.span = span;
  r.type = ent.type;
  r.kind = kind;
  r.entity = e;
  ent.references.push_back(r);
  // A speaker the quote stage gave a person of the other gender ("She
  // replied" given to a man) is kept, as that stage says, but is no
  // antecedent for the pronouns after it.
  const char pg = kind == MentionKind::kPronoun ? PronounGender(doc_.Slice(span)) : 0;
  if (ent.type == EntityType::kPerson && (pg == 0 || Gender(e) != (pg == 'm' ? 'f' : 'm'))) {
    const uint32_t last = std::min<uint32_t>(doc_.TokenAt(span.end - 1), toks_.size() - 1);
    const uint32_t s = sent_of_[t];
    recent_.push_back(
        {e, std::max(t, last), s, doc_.sentences()[s].paragraph, kind == MentionKind::kPronoun});
  }
}

// Links the pronoun at `t` to the one person before it that fits (see the
// header); false when none or several do.
bool Run::ResolvePronoun(uint32_t t, char want) {
  const uint32_t s = sent_of_[t];
  const uint32_t p = doc_.sentences()[s].paragraph;
  const uint32_t min_sent = s > kMaxSentencesBack ? s - kMaxSentencesBack : 0;
  // The previous paragraph only when this one names no one before `t` who
  // may be the one.
  bool named_here = false;
  size_t read = 0;
  for (auto it = recent_.rbegin();
       it != recent_.rend() && it->paragraph == p && read < kMaxCandidatesRead; ++it, ++read) {
    const char g = Gender(it->entity);
    named_here |= g == want || g == 0;
  }
  // The nearest sentence naming someone who may be the one decides: one
  // such person there, of the pronoun's gender, is the antecedent.
  const Recent* best = nullptr;
  read = 0;
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    if (it->sentence < min_sent || ++read > kMaxCandidatesRead) break;
    if (it->paragraph != p && (named_here || it->paragraph + 1 != p)) break;
    if (best != nullptr && it->sentence != best->sentence) break;
    const char g = Gender(it->entity);
    if (g != want && g != 0) continue;  // the other gender
    if (best == nullptr) {
      best = &*it;
    } else if (it->entity != best->entity) {
      return false;  // two people there may be the one
    }
  }
  if (best == nullptr) {
    // No one who may be the one in those sentences: a pronoun of its
    // gender linked before, within kMaxChainSentences and this or the
    // previous paragraph, with only people of the other gender named
    // since ("She followed him again when he later got a job" after "Mr.
    // Brill got a job there", the last "she" being Mrs. Brill), continues
    // its chain. A name of that gender or of unknown gender first: none.
    read = 0;
    for (auto it = recent_.rbegin(); it != recent_.rend() && ++read <= kMaxCandidatesRead;
         ++it) {
      if (it->sentence + kMaxChainSentences < s || it->paragraph + 1 < p) break;
      const char g = Gender(it->entity);
      if (g != want && g != 0) continue;
      if (g == want && it->pronoun) best = &*it;
      break;
    }
    if (best == nullptr || t > best->token + kMaxGapTokens) return false;
    // Nor past a name of another type opening a sentence: a person the
    // tagger typed otherwise ("Bolton distanced himself", "Bolton" a place
    // by the tagger) may be the one.
    for (uint32_t k = best->token + 1; k < t; ++k) {
      if (toks_[k].Has(kTokSentStart) && mention_at_[k] != kNoMention &&
          doc_.mentions()[mention_at_[k]].type != EntityType::kPerson) {
        return false;
      }
    }
  }
  if (Gender(best->entity) != want) return false;
  if (LeadCataphora(t, best->entity, want)) return false;
  if (t > best->token + kMaxGapTokens || PersonNounBetween(best->token + 1, t, want)) {
    return false;
  }
  Add(best->entity, toks_[t].span, MentionKind::kPronoun, t);
  return true;
}

// Links the appositive role nominal at `t` (the "the") to the person named
// right before it: "Lanhee Chen, the policy director, said", "said Stuart
// Stevens, the campaign strategist." The name is a person's, outside
// quotes, and a comma stands between; the nominal is "the", at most
// kMaxAppositiveWords words (no person's name, no "and" or "or") ending
// in a role noun, then optionally "of" and a few words ("the director of
// the council"), then a comma, a semicolon, a dash, a bracket or the end of
// the sentence; after a comma, neither "and" or "or" nor a name (a list:
// "Jane Doe, the mayor, and the police chief"). Returns the last token
// read, `t` when no appositive stands there.
uint32_t Run::ResolveAppositive(uint32_t t) {
  if (t < 2 || Text(t - 1) != "," || mention_at_[t - 2] == kNoMention || in_quote_[t - 2]) {
    return t;
  }
  const Mention& name = doc_.mentions()[mention_at_[t - 2]];
  if (name.type != EntityType::kPerson || name.entity < 0 ||
      static_cast<size_t>(name.entity) >= doc_.entities().size() ||
      name.span.end != toks_[t - 2].span.end) {
    return t;
  }
  const uint32_t sent_end = std::min<uint32_t>(doc_.sentences()[sent_of_[t]].token_end,
                                               toks_.size());
  auto closes = [&](uint32_t k) {
    if (k >= sent_end) return true;
    const std::string_view w = Text(k);
    return w == "," || w == ";" || w == "." || w == ")" || w == "--" || w == "\xE2\x80\x94" ||
           w == "\xE2\x80\x93";
  };
  auto person_name = [&](uint32_t k) {
    return mention_at_[k] != kNoMention &&
           doc_.mentions()[mention_at_[k]].type == EntityType::kPerson;
  };
  auto coordinator = [&](uint32_t k) { return InWordList(Text(k), {"and", "or", "but"}); };
  uint32_t k = t + 1;
  while (k < sent_end && k <= t + kMaxAppositiveWords && !closes(k) && Text(k) != "of") {
    if (!toks_[k].Has(kTokWord) || person_name(k) || coordinator(k) || in_quote_[k]) return t;
    ++k;
  }
  const uint32_t head = k - 1;
  if (head == t || !Lower(head)) return t;
  char buf[16];
  const std::string_view hw = Text(head);
  if (hw.size() >= sizeof(buf)) return t;
  for (size_t i = 0; i < hw.size(); ++i) {
    buf[i] = hw[i] >= 'A' && hw[i] <= 'Z' ? static_cast<char>(hw[i] + 32) : hw[i];
  }
  const std::string_view lw(buf, hw.size());
  if (!(RoleHead(lw) || TitleHead(lw) || UnnamedPersonNoun(lw) ||
        (GenderWord(lw) != 0 && !IsHonorific(lw)))) {
    return t;
  }
  if (k < sent_end && Text(k) == "of") {
    const uint32_t of = k++;
    while (k < sent_end && k <= of + kMaxAppositiveOfWords && !closes(k)) {
      if (person_name(k) || coordinator(k) || in_quote_[k] ||
          !(toks_[k].Has(kTokWord) || toks_[k].Has(kTokPossessive))) {
        return t;
      }
      ++k;
    }
    if (k == of + 1) return t;
  }
  if (!closes(k)) return t;
  if (k < sent_end && Text(k) == "," && k + 1 < sent_end &&
      (coordinator(k + 1) || mention_at_[k + 1] != kNoMention)) {
    return t;
  }
  const Span span{toks_[t].span.begin, toks_[k - 1].span.end};
  // A quote speaker's span is the quote stage's (see ResolveNominal).
  for (uint32_t j = t; j < k; ++j) {
    if (const int32_t d = decided_at_[j];
        d >= 0 && (decided_[d].entity >= 0 || !(decided_[d].span == span))) {
      return t;
    }
  }
  Add(name.entity, span, MentionKind::kNominal, t);
  appositives_.push_back({Span{toks_[t + 1].span.begin, toks_[k - 1].span.end}, name.entity});
  return k - 1;
}

// Links the role nominal "the ... <title noun>" at `t` (the "the") to the
// one entity named before it whose titles hold its words. Returns the last
// token read, `t` when no nominal stands there.
uint32_t Run::ResolveNominal(uint32_t t) {
  const uint32_t sent_end = std::min<uint32_t>(doc_.sentences()[sent_of_[t]].token_end,
                                               toks_.size());
  uint32_t head = t + 1;
  for (; head < sent_end && head <= t + kMaxModifiers + 1; ++head) {
    // Not past a pronoun: "the way her challenger's" is no nominal, and
    // "her" is still to resolve.
    if (!toks_[head].Has(kTokWord) || toks_[head].Has(kTokPossessive) ||
        mention_at_[head] != kNoMention || in_title_[head] || PronounGender(Text(head)) != 0) {
      return t;
    }
    if (Lower(head) && (TitleHead(Text(head)) || RoleHead(Text(head)))) break;
  }
  if (head >= sent_end || head > t + kMaxModifiers + 1) return t;
  // A role noun of RoleHead alone ("the strategist") is read against the
  // appositives only: many hold such a role at once, and news sets the
  // one it means apart with an appositive.
  const bool office = TitleHead(Text(head));
  // What follows the head: a name ("the president Mohamed Morsi", "the
  // secretary, John Kerry,") makes it a title; "of" opens a title's rest
  // ("the secretary of state") or a body of its own ("the president of
  // the company": not linked).
  uint32_t end = head + 1;  // one past the nominal's last token
  uint32_t of_words = 0;
  const auto& ents = doc_.entities();
  if (end < sent_end) {
    const Token& next = toks_[end];
    if (mention_at_[end] != kNoMention) return head;
    if (next.Has(kTokCapitalized) && next.Has(kTokWord)) return head;
    if (Text(end) == "," && end + 1 < sent_end && mention_at_[end + 1] != kNoMention) {
      // "the incumbent, Barack Obama,": a title of the name, and what a
      // later "the incumbent" reads, as an appositive after the name.
      const Mention& name = doc_.mentions()[mention_at_[end + 1]];
      if (name.type == EntityType::kPerson && name.entity >= 0 &&
          static_cast<size_t>(name.entity) < ents.size() && !in_quote_[t]) {
        appositives_.push_back({Span{toks_[t + 1].span.begin, toks_[head].span.end},
                                name.entity});
      }
      return head;
    }
    if (Text(end) == "of") {
      uint32_t k = end + 1;
      while (k < sent_end && k <= end + kMaxOfWords && toks_[k].Has(kTokWord) &&
             mention_at_[k] == kNoMention && !toks_[k].Has(kTokPossessive)) {
        ++k;
      }
      of_words = k - end - 1;
      if (of_words == 0) return head;
    }
  }
  const uint32_t begin_byte = toks_[t].span.begin;
  int32_t found = -1;
  uint32_t found_end = end;
  // Whether `title` holds the head and every modifier (and "of state"
  // after the head when the nominal has it); `matched`: the of-words it
  // holds.
  auto holds = [&](std::string_view title, uint32_t* matched) {
    const int h = TitleWord(title, Text(head));
    if (h < 0) return false;
    for (uint32_t k = t + 1; k < head; ++k) {
      if (TitleWord(title, Text(k)) < 0) return false;
    }
    *matched = 0;
    if (of_words > 0 && TitleWord(title, "of", h + 1) == h + 1) {
      while (*matched < of_words &&
             TitleWord(title, Text(end + 1 + *matched), h + 2 + *matched) ==
                 static_cast<int>(h + 2 + *matched)) {
        ++*matched;
      }
    }
    return of_words == 0 || *matched > 0;
  };
  auto take = [&](int32_t e, uint32_t matched) {
    if (found >= 0 && found != e) return false;  // two entities: unresolved
    found = e;
    found_end = of_words > 0 ? end + 1 + matched : end;
    return true;
  };
  for (size_t i = 0; office && i < titled_.size() && titled_[i].first < begin_byte; ++i) {
    // More titled people before it than any article names: unresolved
    // rather than a long search.
    if (i == kMaxTitledEntities) return head;
    const int32_t e = titled_[i].second;
    for (const std::string& title : ents[e].titles) {
      uint32_t matched = 0;
      if (!holds(title, &matched)) continue;
      if (!take(e, matched)) return head;
      break;
    }
  }
  // An appositive read as a title: it says no more than the nominal
  // ("the policy director" after "Lanhee Chen, the policy director,"; not
  // "the president" after "Ben Jealous, the former president of the
  // NAACP": "former" and an of-phrase the nominal lacks are more).
  // Nor with a relative clause after it ("the candidate who won in their
  // state" is whoever did).
  const bool relative =
      end < sent_end && InWordList(Text(end), {"who", "whom", "whose", "that", "which"});
  for (size_t i = 0; !relative && i < appositives_.size() && i < kMaxTitledEntities; ++i) {
    // Not the appositive this nominal opens (a role nominal inside it,
    // "the leader of the Brotherhood's bloc").
    if (appositives_[i].first.begin > begin_byte) continue;
    const std::string_view title = doc_.Slice(appositives_[i].first);
    uint32_t matched = 0;
    if (!holds(title, &matched)) continue;
    bool more = TitleWord(title, "of") >= 0 && matched == 0;
    for (std::string_view w : {"former", "then", "late", "onetime", "ex"}) {
      if (more) break;
      bool in_nominal = false;
      for (uint32_t k = t + 1; k < head; ++k) in_nominal |= EqualsIgnoreCase(Text(k), w);
      more = TitleWord(title, w) >= 0 && !in_nominal;
    }
    if (more) continue;
    if (!take(appositives_[i].second, matched)) return head;
  }
  if (found < 0) return head;
  // A quote speaker's span is the quote stage's to decide, except a role
  // phrase it left linked to no entity, exactly this one ("The president
  // has denounced ...": it links speakers only through the names in
  // them, never through titles).
  const Span span{toks_[t].span.begin, toks_[found_end - 1].span.end};
  for (uint32_t k = t; k < found_end; ++k) {
    if (const int32_t d = decided_at_[k];
        d >= 0 && (decided_[d].entity >= 0 || !(decided_[d].span == span))) {
      return head;
    }
  }
  Add(found, span, MentionKind::kNominal, t);
  return found_end - 1;
}

}  // namespace

CorefExtractor::CorefExtractor(const Gazetteers* gazetteers) : gazetteers_(gazetteers) {
  info_.name = "coref.rules";
  // Version history:
  // v1: quote speakers adopted; role nominals by title; he/she by gender,
  //     nearest person when no other may fit.
  // v2: a role-phrase speaker the quote stage linked to no entity ("The
  //     president has denounced ...") may be linked by title (PolNeAR
  //     train: 30 more nominals and pronouns after them, 31 of 32 right).
  // v3: I/me/my/mine/myself inside a direct quote whose speaker is named
  //     there go to the speaker (PolNeAR train: 1,408, 51 of 52 read
  //     right; with pronoun speakers too, 2,168 and 36 of 40).
  // v4: an appositive role nominal after a person's name ("Lanhee Chen,
  //     the policy director, said") is that person (PolNeAR train: 133
  //     nominals, 60 of 60 read right; 39 pronouns after them no longer
  //     blocked by their role noun).
  // v5: a later role nominal that says no more than an appositive ("the
  //     policy director" again, "the nominee" after "the presumptive
  //     Republican nominee") is its person (PolNeAR train: 9, all right).
  // v6: an entity's gender is PersonEntityGender (shared with the quote
  //     speakers); titles of both genders ("Mrs.", "Mr." on a "Khizr Khan"
  //     that took his wife's mentions) give none.
  // v7: a role nominal inside an appositive does not read that
  //     appositive as its title.
  // v8: a role nominal before a person's name and a comma ("the judge,
  //     Gonzalo P. Curiel,") is read like an appositive by later role
  //     nominals ("the judge"); no role nominal runs past a pronoun.
  // v9: with no one who may be the one in the pronoun's window, a pronoun
  //     of its gender linked within five sentences (this or the previous
  //     paragraph), only people of the other gender named since, continues
  //     its chain (PolNeAR train: 15, 14 right; coref gold tune pronoun
  //     recall 0.652 -> 0.818, precision 1.0).
  info_.version = 9;
  // kQuotes: the speakers the quote stage resolved ("he said") are adopted.
  info_.needs = {Layer::kTokens, Layer::kEntities, Layer::kQuotes};
  info_.adds = {Layer::kReferences};
}

StatusOr<std::unique_ptr<Extractor>> CorefExtractor::Create(const ExtractorContext& ctx) {
  return std::unique_ptr<Extractor>(new CorefExtractor(ctx.gazetteers));
}

Status CorefExtractor::Extract(Document& doc) const {
  for (Entity& e : doc.mutable_entities()) e.references.clear();
  Run(doc, gazetteers_).Resolve();
  return OkStatus();
}

}  // namespace newsie
