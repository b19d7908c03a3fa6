// Speaker resolution: a Speaker from an attribution's subject, linked to
// the entity whose mention overlaps it or, for a pronoun, to an earlier
// compatible sentence subject.

#include <algorithm>
#include <string>
#include <string_view>

#include "extractors/common/gender_words.h"
#include "extractors/common/person_gender.h"
#include "extractors/quotes/quote_extractor_internal.h"

namespace newsie::quotes::internal {
namespace {

// Sentences searched back for a pronoun's antecedent.
constexpr int kMaxAntecedentSentences = 6;
// Sentences searched back for a role phrase ("the official") or a body
// that spoke, as "he", "she" or "they".
constexpr int kMaxRoleSentences = 2;
// Tokens read for the comma ending a sentence's lead phrase (v132).
constexpr uint32_t kMaxLeadTokens = 12;
// Tokens read for the comma ending an "As for ..." topic phrase (v152)
// or a subordinate clause opening a sentence (v154), which often hold a
// clause of their own.
constexpr uint32_t kMaxTopicTokens = 40;
// Not yet computed, in Run::entity_gender_.
constexpr char kGenderUnknown = 'u';

bool PersonLike(EntityType t) { return t == EntityType::kPerson; }

// Singular nouns of people who speak for themselves or for a body and
// whom news often leaves unnamed ("a spokesman for the ministry", "the
// official", "one investigator", "her son"): a subject headed by one is
// the likeliest "he" or "she" after it even when it is linked to no
// person. Titles of named people ("the senator", "the candidate") are
// not here: they stand for a name given before.
const WordSet& RoleNouns() {
  static const auto* s = new WordSet{
      "spokesman", "spokeswoman", "spokesperson", "official", "officer", "aide",
      "adviser", "advisor", "lawyer", "attorney", "investigator", "prosecutor",
      "analyst", "expert", "economist", "professor", "editor", "diplomat",
      "resident", "witness", "neighbor", "man", "woman", "strategist", "researcher",
      "scientist", "doctor", "agent", "detective", "source", "son", "daughter",
      "father", "mother", "husband", "wife", "brother", "sister", "friend", "voter",
      "supporter", "worker", "employee", "teacher", "student", "owner", "delegate"};
  return *s;
}

// Kin nouns that head a phrase naming another member of a family after
// a possessive ("Trump's son", "her husband"). Lower case.
const WordSet& KinNouns() {
  static const auto* s = new WordSet{
      "son",      "daughter", "father",  "mother",  "husband",  "wife",
      "brother",  "sister",   "sons",    "daughters", "parents", "widow",
      "grandson", "granddaughter", "nephew", "niece", "uncle",  "aunt",
      "stepson",  "stepdaughter", "stepfather", "stepmother", "cousin", "fiancee",
      "fiance",   "dad",      "mom"};
  return *s;
}

// Role nouns of people who speak for the body named after them ("a
// spokesman for the State Police", "officials at the ministry"): the
// body is the speaker users look for. Other heads are people of their
// own ("the speaker of the Parliament", "the head of the I.M.F."), never
// the body or place after them.
const WordSet& VoiceNouns() {
  static const auto* s = new WordSet{
      "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
      "spokespeople", "official", "officials", "representative", "representatives",
      "statement", "statements"};
  return *s;
}

// Titles that, after "The", describe a person named before ("The Florida
// senator", "The radio talker", "The billionaire"), as subjects (v157).
// Lower case.
const WordSet& DescriptionTitles() {
  static const auto* s = new WordSet{
      "senator",     "candidate",     "governor",  "congressman",  "congresswoman",
      "businessman", "businesswoman", "billionaire", "mogul",      "nominee",
      "president",   "host",          "talker",    "anchor",       "mayor",
      "lawmaker",    "front-runner",  "frontrunner", "secretary",  "tycoon"};
  return *s;
}

// Conjunctions opening a subordinate clause before a sentence's main
// clause ("When Obama arrived, Biden ..."). Lower case.
const WordSet& SubordinateOpeners() {
  static const auto* s = new WordSet{"when",  "while", "although", "though", "because",
                                     "if",    "after", "before",   "since",  "once",
                                     "until", "whereas", "as"};
  return *s;
}

bool ObjectPronoun(std::string_view w) { return w == "him" || w == "her" || w == "them"; }

}  // namespace

// The gender the word right before `m` gives ("Mrs." before "Brill",
// "son" before "Matthew"), else 0. Read from the bytes: this runs for
// every mention of an entity a pronoun may refer to.
char Run::MentionGender(const Mention& m) const {
  return GenderBefore(doc_.text(), m.span.begin);
}

// The gender the words before the mentions of `m`'s entity give, when one
// gender has at least three times the other's count (an entity may have
// taken a namesake's mentions: "Mrs. Trump"), else its titles, gazetteer
// entry or a full name's given name (PersonEntityGender, as coreference
// reads it), else 0.
char Run::PersonGender(int m) {
  const auto& ms = doc_.mentions();
  const int32_t e = ms[m].entity;
  if (e < 0 || static_cast<size_t>(e) >= doc_.entities().size()) return MentionGender(ms[m]);
  // Computed once per entity and document.
  if (entity_gender_.empty()) entity_gender_.assign(doc_.entities().size(), kGenderUnknown);
  char& cached = entity_gender_[e];
  if (cached == kGenderUnknown) cached = EntityGender(e);
  return cached;
}

// A people or a group named in the plural ("The Chechens said ..., which
// they said were seized"): "they" as a body that spoke is (v145).
bool Run::PluralGroup(const Mention& m) const {
  if (m.type != EntityType::kMisc) return false;
  const std::string_view x = doc_.Slice(m.span);
  return x.size() > 3 && x.back() == 's' && !x.ends_with("ss") && !x.ends_with("'s");
}

char Run::EntityGender(int32_t e) const { return PersonEntityGender(doc_, e, gazetteers_); }

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
  sent_speaker_.assign(doc_.sentences().size(), SentSpeaker{});
  for (size_t ai = 0; ai < attrs_.size(); ++ai) {
    Attribution& a = attrs_[ai];
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
    int role = -1;
    if (!a.passive) a.speaker = MakeSpeaker(a.subj, &mention, &role);
    // The one a relayed quote names as its first speaker (v122): linked as
    // a speaker is, without becoming the sentence's speaker for the
    // pronouns after it (the one who quotes stays that).
    if (a.orig.found() && a.orig.tb == a.subj.tb && a.orig.te == a.subj.te) {
      a.original = a.speaker;
    } else if (char buf[24]; a.orig.te == a.orig.tb + 1 && ObjectPronoun(Lower(a.orig.tb, buf))) {
      // "quoted him as saying": him is he, resolved as a subject's "he".
      const std::string_view w = Lower(a.orig.tb, buf);
      int r = -1;
      a.original.mention = SpanOf(a.orig.tb, a.orig.te);
      if (const int m = Antecedent(a.orig.tb, w == "him" ? "he" : w == "her" ? "she" : "they", &r);
          m >= 0) {
        Link(doc_.mentions()[m], &a.original);
        a.original.confidence = 0.7f;
      }
    } else if (a.orig.found()) {
      const std::string name = last_name_;
      const uint32_t name_sentence = last_name_sentence_;
      int m = -1, r = -1;
      a.original = MakeSpeaker(a.orig, &m, &r);
      last_name_ = name;
      last_name_sentence_ = name_sentence;
    }
    // "the official said. ... he added. ... he said": the role goes on.
    if (role >= 0) sent_speaker_[sent_of_[a.subj.tb]].role = role;
    // A speaker named in a sentence is the likeliest "he" after it.
    if (mention >= 0 && a.subj.found()) {
      SentSpeaker& ss = sent_speaker_[sent_of_[a.subj.tb]];
      ss.mention = mention;
      ss.pronoun_gender = 0;
      if (a.subj.pronoun) {
        const char c = Text(a.subj.tb)[0] | 0x20;
        ss.pronoun_gender = Text(a.subj.tb).size() == 2 && c == 'h' ? 'm' : c == 's' ? 'f' : 0;
      }
    }
    // "The director of the European Centre, Ina Kirsch, told ...": the
    // person named after the role is the likeliest "she".
    if (a.subj.found() && !a.subj.pronoun && a.subj.te + 1 < toks_.size() && IsComma(a.subj.te) &&
        (mention < 0 || !PersonLike(doc_.mentions()[mention].type))) {
      if (int p = PersonAt(a.subj.te + 1); p >= 0) sent_speaker_[sent_of_[a.subj.tb]].mention = p;
    }
    // "A spokesman for the ministry declined. Instead he ...": a phrase
    // linked to no person, which Antecedent() reads for a role noun.
    // The first such phrase in a sentence: a later one is mostly the same
    // speaker's clause ("said the woman, who ... did not want ...").
    if (!a.passive && a.subj.found() && !a.subj.pronoun && a.speaker.resolved &&
        (mention < 0 || !PersonLike(doc_.mentions()[mention].type)) &&
        sent_speaker_[sent_of_[a.subj.tb]].role < 0) {
      sent_speaker_[sent_of_[a.subj.tb]].role = static_cast<int32_t>(ai);
    }
  }
}

// Whether the word at `sb` opens a lead phrase with no subject of its own
// ("Turning to ...", "In a letter to ...", "After meeting ..."); "When
// Obama arrived, he ..." has one.
bool Run::LeadPhraseOpener(uint32_t sb) const {
  static const auto* preps = new WordSet{
      "in", "on", "at", "by", "with", "from", "during", "for", "despite", "amid",
      "among", "like", "unlike", "following", "to", "toward", "towards", "through"};
  if (IsIngForm(Text(sb)) && toks_[sb].Has(kTokCapitalized)) return true;
  if (InSet(sb, *preps)) return true;
  return (Is(sb, "After") || Is(sb, "Before") || Is(sb, "Since")) && sb + 1 < toks_.size() &&
         IsIngForm(Text(sb + 1));
}

// Whether token `t` stands inside a statement opened by two apostrophes
// ('') earlier in its sentence: an odd number of such pairs before it
// (v155). Unless quotes.paired_apostrophes is set the pairs are no
// quotation marks, so in_quote_ does not cover them: `''More is being
// decided than Putin could ever have imagined.'' The major danger he sees
// ...` gave Karl-Heinz Kamp's words to Putin. A statement running in from
// an earlier sentence is not seen (InsideApostrophes(t), which asks the
// paragraph and wants a closing pair, is another test).
// The scan goes on from `*k` with parity `*inside` (start: the sentence's
// first token, false), so the mentions of a sentence, asked in text order
// (`t` never decreasing), cost one pass over it, not one each.
bool Run::InsideSentenceApostrophes(uint32_t t, uint32_t* k, bool* inside) const {
  for (; *k + 1 < t; ++*k) {
    if (GluedApostrophes(*k)) {
      *inside = !*inside;
      ++*k;
    }
  }
  return *inside;
}

// The person mention starting at token `t`, or -1.
int Run::PersonAt(uint32_t t) const {
  const auto& ms = doc_.mentions();
  const uint32_t b = toks_[t].span.begin;
  auto it = std::lower_bound(mention_order_.begin(), mention_order_.end(), b,
                             [&](uint32_t i, uint32_t x) { return ms[i].span.begin < x; });
  for (; it != mention_order_.end() && ms[*it].span.begin == b; ++it) {
    if (PersonLike(ms[*it].type)) return static_cast<int>(*it);
  }
  return -1;
}

// The role noun heading `subj` ("spokesman" in "A spokesman for the
// Ministry", "official" in "one law enforcement official"), or kNone; with
// `plural`, a plural noun in lower case ("Law enforcement officials",
// "aides").
uint32_t Run::RoleHead(const Subject& subj, bool plural) const {
  const uint32_t post = PostModifier(subj);
  const uint32_t head = post != kNone && toks_[post - 1].Has(kTokLower) ? post - 1 : subj.te - 1;
  if (!toks_[head].Has(kTokLower)) return kNone;
  if (!plural) return InSet(head, RoleNouns()) ? head : kNone;
  const std::string_view w = Text(head);
  return w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("ics") &&
                 !w.ends_with("news")
             ? head
             : kNone;
}

// The preposition opening a post-modifier of `subj` ("of" in "Senator
// Saxby Chambliss of Georgia", "for" in "A spokesman for the ministry"),
// or kNone: the first "of", "for", "at", "with", "from" or "in" after a
// word of the phrase. Inside a name ("Bank of America") it heads nothing:
// the name's mention covers it.
uint32_t Run::PostModifier(const Subject& subj) const {
  // "people briefed on the talks", "a study by Harvard": the modifier
  // SubjectBefore found (v126).
  if (subj.post != kNone && subj.post > subj.tb && subj.post < subj.te) return subj.post;
  for (uint32_t k = subj.tb + 1; k < subj.te; ++k) {
    const std::string_view w = Text(k);
    if (w.size() >= 2 && w.size() <= 4 && toks_[k].Has(kTokLower) && IsWord(k - 1) &&
        (w == "for" || w == "of" || w == "at" || w == "with" || w == "from" || w == "in")) {
      return k;
    }
  }
  return kNone;
}

// Whether `m`, a person, ends `span` after a title that the
// post-modifier at `post` completes ("Former secretary of state Hillary
// Rodham Clinton", "director of communications Jen Psaki"): only words
// in lower case, and at least one, stand between the preposition and the
// name ("supporters of Hillary Clinton", "the mouth of Donald Trump" name
// someone else).
bool Run::TitledName(uint32_t post, const Mention& m, Span span) const {
  if (!PersonLike(m.type) || m.span.end < span.end) return false;
  uint32_t k = post + 1;
  for (; k < toks_.size() && toks_[k].span.end <= m.span.begin; ++k) {
    if (!toks_[k].Has(kTokLower) || !IsWord(k) || InSet(k, Determiners())) return false;
  }
  return k > post + 1;
}

// Whether `m`, an organization before the role noun ending at
// `post_begin`, names the body the role works for ("An Associated Press
// survey of superdelegates", "a POLITICO analysis of FEC records"); not a
// possessive ("Duncan Hunter's chief of staff") nor a word joined by a
// hyphen ("the Brotherhood-affiliated speaker").
bool Run::BodyBeforeRole(const Mention& m, uint32_t post_begin) const {
  if (m.type != EntityType::kOrganization || m.span.end >= post_begin) return false;
  const std::string_view text = doc_.text();
  if (m.span.end < text.size() && (text[m.span.end] == '-' || text[m.span.end] == '\'' ||
                                   text.substr(m.span.end).starts_with("\u2019"))) {
    return false;
  }
  return true;
}

// Whether `subj`, linked to no mention, is no noun phrase but what a
// subject finder takes for one in a clause it misreads: a phrase ending
// in "ago" or an auxiliary (`two and a half months ago said`, `cannot be
// found`), or, with no pronoun, determiner, number or capital in it, two
// words ending in a preposition (`out of fear`; `The attorney general of`
// is a head noun cut short, whose span still overlaps the speaker's),
// or opening with a verb form or ending in an adverb or a predicate
// adjective (`rejected calls for`, `raised new questions`, `who were
// killed were said`, `found dead`, `confirmed late Friday`, `fresh calls
// for`).
bool Run::NoNounPhrase(const Subject& subj) const {
  static const auto* auxiliaries = new WordSet{
      "ago", "cannot", "can", "could", "will", "would", "should", "may", "might", "must",
      "shall", "did", "does", "do", "has", "have", "had", "is", "are", "was", "were", "be",
      "been", "being", "not", "and", "or"};
  static const auto* ends = new WordSet{
      "of", "for", "in", "on", "at", "to", "from", "with", "by", "about", "into", "over",
      "under", "than", "as", "out", "up", "off"};
  static const auto* predicates = new WordSet{
      "late", "early", "dead", "alive", "fresh", "new", "able", "unable", "likely",
      "unlikely", "due", "ready", "sure", "aware", "afraid", "sorry", "glad", "open"};
  static const auto* ed_nouns = new WordSet{
      "need", "seed", "speed", "bed", "red", "creed", "breed", "feed", "greed", "shed",
      "hundred", "kindred", "sled", "weed", "steed", "reed", "deed", "ted", "med"};
  const uint32_t h = subj.te - 1;
  if (!toks_[h].Has(kTokLower)) return false;
  // This runs for every subject linked to no mention: the cheap tests
  // come first, and the lists are read only for short words.
  const std::string_view last = Text(h);
  if (!(last.size() <= 7 && InSet(h, *auxiliaries))) {
    for (uint32_t k = subj.tb; k < subj.te; ++k) {
      if (!toks_[k].Has(kTokLower) || toks_[k].Has(kTokNumber | kTokPossessive)) return false;
    }
    // A verb form opens it ("raised new", "rejected"); "data released"
    // and "officials involved" are nouns with a participle after them,
    // and "closed primaries", "hiring practices" a plural noun after one.
    const std::string_view w = Text(subj.tb);
    const bool verb_first =
        (subj.te == subj.tb + 1 || !last.ends_with("s")) &&
        ((w.size() > 3 && w.ends_with("ed") && !InSet(subj.tb, *ed_nouns)) || IsIngForm(w) ||
         InSet(subj.tb, IrregularPast()));
    // "out of", "full of"; "former secretary of" is a title cut short.
    const bool open_end = subj.te <= subj.tb + 2 && last.size() <= 5 && InSet(h, *ends);
    if (!verb_first && !open_end && !IsLyAdverb(h) &&
        !(last.size() <= 8 && InSet(h, *predicates))) {
      return false;
    }
    for (uint32_t k = subj.tb; k < subj.te; ++k) {
      if (InSet(k, Determiners()) || InSet(k, Quantifiers())) return false;
    }
  }
  // "he cannot", "I kind of": the pronoun is the speaker, and its span
  // still the right one.
  for (uint32_t k = subj.tb; k < subj.te; ++k) {
    if (InSet(k, Pronouns())) return false;
  }
  return true;
}

// `*mention` is set to the mention linked, or -1.
// "Government officials and the state news agency said": the first
// conjunct of a subject coordinated by "and" that opens its clause, or
// none. Not a pronoun ("he and Brafman" keeps the name).
Subject Run::FirstConjunct(const Subject& subj) const {
  if (!subj.found() || subj.pronoun) return Subject();
  // "Neither Bolton nor Gorka", "Either Bolton or Gorka": the correlative
  // opens the first conjunct, which the phrase may hold whole.
  static const auto* correlatives = new WordSet{"neither", "either"};
  if (InSet(subj.tb, *correlatives)) {
    for (uint32_t k = subj.tb + 2; k + 1 < subj.te; ++k) {
      if (Is(k, "nor") || Is(k, "or")) {
        Subject first = subj;
        first.te = k;
        return first;
      }
    }
  }
  if (subj.tb < 2) return Subject();
  const bool nor = Is(subj.tb - 1, "nor") || Is(subj.tb - 1, "or");
  if (!nor && !Is(subj.tb - 1, "and")) return Subject();
  const uint32_t sb = SentBegin(subj.tb);
  if (subj.tb - 1 <= sb) return Subject();
  Subject first = SubjectBefore(subj.tb - 1, sb);
  if (nor && first.found()) {
    if (first.tb > sb && InSet(first.tb - 1, *correlatives)) --first.tb;
    if (!InSet(first.tb, *correlatives)) return Subject();
  }
  if (!first.found() || first.pronoun || first.te != subj.tb - 1 ||
      IsIngForm(Text(first.tb)) || (first.tb > sb && !ClauseOpener(first.tb - 1))) {
    return Subject();
  }
  // A verb inside ("Mrs. Clinton is counting on ... racist and sexist"):
  // no noun phrase.
  for (uint32_t k = first.tb + 1; k < first.te; ++k) {
    if (InSet(k, AuxAdverbs()) && !toks_[k].Has(kTokPossessive)) return Subject();
  }
  return first;
}

// Whether the place `head` heading the first conjunct `first` of `subj`
// names a speaker: it is the conjunct's only words after a determiner or
// a correlative, and a person or a place ends the last conjunct ("Britain
// and France", "Both Bolton and Gorka"); not a modifier of a name the
// coordination runs through ("the Central and East European Coalition",
// "Experts on North Korea and nuclear nonproliferation").
bool Run::PlaceConjunct(const Mention& head, const Subject& first, const Subject& subj) const {
  static const auto* openers = new WordSet{"the", "both", "neither", "either"};
  uint32_t b = first.tb;
  while (b + 1 < first.te && InSet(b, *openers)) ++b;
  if (head.span.begin != toks_[b].span.begin) return false;
  const uint32_t end = toks_[subj.te - 1].span.end;
  for (const Mention& m : doc_.mentions()) {
    if (m.span.end == end && m.span.begin > head.span.end &&
        (PersonLike(m.type) || m.type == EntityType::kLocation)) {
      return true;
    }
  }
  return false;
}

Speaker Run::MakeSpeaker(const Subject& subj, int* mention, int* role) {
  Speaker sp;
  if (!subj.found()) return sp;
  // A coordinated subject ("Donald Trump and House Speaker Paul Ryan
  // said", "Government officials and the state news agency said"): the
  // mention is the whole coordination, as PolNeAR marks the source. It is
  // linked to the first conjunct when a person, organization or place heads
  // that ("Britain and France said": Britain);
  // else it is read as one phrase ("former neurosurgeon and candidate Ben
  // Carson": Carson; no name: the phrase itself).
  if (const Subject first = FirstConjunct(subj); first.found()) {
    Subject whole = subj;
    whole.tb = first.tb;
    int m = -1, r = -1;
    sp = MakeSpeaker(first, &m, &r);
    const Mention* head = m >= 0 ? &doc_.mentions()[m] : nullptr;
    if (head != nullptr && head->span.end == toks_[first.te - 1].span.end &&
        (PersonLike(head->type) || head->type == EntityType::kOrganization ||
         (head->type == EntityType::kLocation && PlaceConjunct(*head, first, subj)))) {
      sp.mention = SpanOf(whole.tb, whole.te);
      *mention = m;
      return sp;
    }
    sp = Speaker();
    // "Neither the aides nor ...": the phrase holds both conjuncts
    // already; read it as one below.
    if (whole.tb != subj.tb) return MakeSpeaker(whole, mention, role);
  }
  const Span span = SpanOf(subj.tb, subj.te);
  sp.mention = span;
  if (subj.pronoun) {
    char buf[24];
    std::string_view p = Lower(subj.tb, buf);
    int m = Antecedent(subj.tb, p, role);
    if (m >= 0) {
      Link(doc_.mentions()[m], &sp);
      sp.confidence = 0.7f;
      *mention = m;
    } else if (*role >= 0) {
      const Speaker& r = attrs_[*role].speaker;
      sp.name = r.name;
      sp.entity = r.entity;
      sp.resolved = true;
      sp.confidence = 0.6f;
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
  // else an organization. A post-modifier ("Senator Saxby Chambliss of
  // Georgia", "the speaker of the Parliament") holds no head: a person
  // before it wins, and a role noun in lower case before it is the
  // speaker itself, unlinked, except a voice of the body ("a spokesman
  // for the State Police", "an official at the ministry": the body).
  const uint32_t post = PostModifier(subj);
  const uint32_t post_begin = post == kNone ? span.end : toks_[post].span.begin;
  // "Supporters of Maria Lopez" opening the sentence: a capital there is
  // no name; a singular may be a title ("Secretary of State John Kerry").
  const bool role_head =
      post != kNone &&
      (toks_[post - 1].Has(kTokLower) ||
       (post - 1 == subj.tb && subj.tb == SentBegin(subj.tb) &&
        (Text(subj.tb).ends_with("s") || Is(subj.tb, "People"))));
  // (Not after a participle: "the official quoted in The Times" speaks
  // for no paper.)
  const bool voice = role_head && InSet(post - 1, VoiceNouns()) && !Is(post, "in") &&
                     !(post == subj.post && !InSet(post, Prepositions()));
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
    // A name holding the preposition ("Bank of America") is the head.
    const bool straddles = m.span.begin < post_begin && m.span.end > post_begin;
    // "a former chairwoman of the board, Lillian Bittman": the name set
    // off after the role is the one it describes (v144).
    const uint32_t mb = doc_.TokenAt(m.span.begin);
    const bool appositive = PersonLike(m.type) && m.span.end == span.end && mb > subj.tb &&
                            mb < toks_.size() && IsComma(mb - 1);
    if (role_head && !voice && !straddles && !appositive && !TitledName(post, m, span) &&
        !BodyBeforeRole(m, post_begin)) {
      continue;
    }
    // "Trump's Son Says", "Mr. Cruz's father said": a person's possessive
    // before a kin noun heading the phrase is another person of the
    // family, not that one (v151): the phrase speaks, unlinked.
    if (PersonLike(m.type) && m.span.end < span.end && post == kNone) {
      const uint32_t after = doc_.TokenAt(m.span.end);
      if (after + 2 == subj.te && toks_[after].Has(kTokPossessive) &&
          InSet(subj.te - 1, KinNouns())) {
        continue;
      }
    }
    if (!role_head && m.span.begin >= post_begin) rank -= 3;
    if (rank > best_rank) {
      best_rank = rank;
      best = static_cast<int>(*it);
    }
  }
  if (best >= 0) {
    Link(ms[best], &sp);
    sp.confidence = 0.9f;
    *mention = best;
  } else if (NoNounPhrase(subj)) {
    // Unresolved rather than a wrong speaker.
    return Speaker();
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
// first subject-like mention of the closest sentence that has one. A
// singular role phrase that spoke there and is linked to no person ("the
// official said") wins over older mentions: then -1 and `*role` is set to
// that attribution.
int Run::Antecedent(uint32_t t, std::string_view pronoun, int* role) {
  const auto& ms = doc_.mentions();
  // "we" outside a quote is the writer or a group never named; "they" is
  // no single person (`They said he had ...` after "Adam Lanza").
  if (pronoun == "i" || pronoun == "you" || pronoun == "we") return -1;
  const bool personal = pronoun == "he" || pronoun == "she";
  const char want = pronoun == "he" ? 'm' : pronoun == "she" ? 'f' : 0;
  auto compatible = [&](int m) {
    const EntityType type = ms[m].type;
    if (personal) {
      if (type != EntityType::kPerson) {
        // "Mr. Band asked her to call ... ''...,'' he wrote": an honorific
        // names a person whatever type the tagger gave the name (v137).
        const std::string_view x = doc_.Slice(ms[m].span);
        const char g = x.starts_with("Mr. ")    ? 'm'
                       : x.starts_with("Mrs. ") || x.starts_with("Ms. ") ? 'f'
                                                                           : 0;
        return g != 0 && g == want;
      }
      // "her son Matthew said ... She would say": not him.
      const char g = PersonGender(m);
      return g == 0 || g == want;
    }
    // "they" only after an organization that spoke (below).
    return pronoun == "it" && type == EntityType::kOrganization;
  };
  const auto& sents = doc_.sentences();
  // Words that may open a sentence before its subject ("But he", "Later, he").
  static const auto* links =
      new WordSet{"but", "and", "then", "later", "still", "yet", "now"};
  // Nouns a person's name modifies as one followed ("Trump supporters").
  static const auto* followers = new WordSet{
      "supporter", "supporters", "voter", "voters", "campaign", "administration", "aide",
      "aides", "adviser", "advisers", "ally", "allies", "backer", "backers", "fan", "fans",
      "loyalist", "loyalists", "critic", "critics", "delegates", "presidency", "era", "camp",
      "rally", "rallies", "staff", "staffer", "staffers", "surrogate", "surrogates", "donors"};
  int s = static_cast<int>(sent_of_[t]);
  const uint32_t limit = toks_[t].span.begin;
  // "Turning to Mr. Scheib, he concluded": the lead phrase's own subject is
  // the pronoun, so nothing in it is the antecedent.
  const uint32_t sb = SentBegin(t);
  bool lead = t > sb + 1 && IsComma(t - 1) && LeadPhraseOpener(sb);
  for (uint32_t k = sb + 1; lead && k + 1 < t; ++k) lead = !IsComma(k);
  for (int back = 0; back <= kMaxAntecedentSentences && s >= 0; ++back, --s) {
    // The speaker of an attribution in that sentence comes first.
    // A role or a body that spoke is "he" or "they" only nearby.
    const bool near = back <= kMaxRoleSentences;
    if (int m = sent_speaker_[s].mention;
        m >= 0 && ms[m].span.end <= limit &&
        (!personal || sent_speaker_[s].pronoun_gender == 0 ||
         sent_speaker_[s].pronoun_gender == want) &&
        (compatible(m) ||
         (near && pronoun == "they" &&
          (ms[m].type == EntityType::kOrganization || PluralGroup(ms[m]))))) {
      return m;
    }
    // The sentence's lead phrase, "After meeting Milosevic," (a
    // preposition or a capitalized -ing form opening it, ended by a comma
    // within kMaxLeadTokens), and the first token of its main clause,
    // after the lead or a conjunction ("But he", "Later, he").
    const uint32_t first = sents[s].token_begin;
    const uint32_t se = sents[s].token_end;
    uint32_t clause = first;
    uint32_t lead_comma = kNone;
    if (LeadPhraseOpener(first)) {
      const uint32_t e = std::min<uint32_t>(se, first + kMaxLeadTokens);
      for (uint32_t k = first + 1; k < e && lead_comma == kNone; ++k) {
        if (IsComma(k)) lead_comma = k;
      }
      if (lead_comma != kNone) clause = lead_comma + 1;
    } else if (InSet(first, *links)) {
      clause = first + 1 < se && IsComma(first + 1) ? first + 2 : first + 1;
    }
    // "As for the notion that people want to vote for Clinton because she
    // would be the first woman ..., Fiorina offered her own approach.
    // \"...,\" she said" (v152): a topic phrase names what the sentence is
    // about, and a person after its comma is the main clause's subject,
    // the antecedent before one inside the phrase. Only in an earlier
    // sentence, and only for the preference below: "As for Trump, he
    // said" names the pronoun's antecedent (the pronoun's own lead stays
    // readable, and such a sentence is not chained past).
    // "When Mr. Trump tried to defend his remarks ..., Mr. Kasich
    // forcefully differed. ''...,'' he said" (v154): an earlier sentence
    // opened by a subordinate clause ("When", "While", "Although", "If",
    // ...) goes on about the main clause's subject, so a person after the
    // clause's comma comes first, on the same terms as after a topic
    // phrase (not in the pronoun's own sentence, where "When Obama
    // arrived, he" names him).
    uint32_t topic_comma = kNone;
    const bool topic = Is(first, "As") && first + 2 < se &&
                       (Is(first + 1, "for") || Is(first + 1, "to"));
    if (back > 0 && (topic || (lead_comma == kNone && toks_[first].Has(kTokCapitalized) &&
                               InSet(first, SubordinateOpeners())))) {
      const uint32_t e = std::min<uint32_t>(se, first + kMaxTopicTokens);
      for (uint32_t k = first + 2; k < e && topic_comma == kNone; ++k) {
        if (IsComma(k)) topic_comma = k;
      }
    }
    // "He married ..., and counts himself as a ... Donald Trump supporter.
    // He recently wrote ..." (v131), "On Tuesday, he met Putin. He said"
    // (v135): an earlier sentence whose main clause opens with the same
    // pronoun (outside a quote) goes on about the one it stands for, so no
    // other person in it is the antecedent; the search goes on before it,
    // within the same limit.
    bool chained = false;
    if (back > 0 && personal && clause < se) {
      char buf[24];
      chained = in_quote_[clause] < 0 && Lower(clause, buf) == pronoun;
    }
    // "... make it clear that crossing it is unacceptable. (Subscribe to
    // POLITICO's Off Message podcast with Glenn Thrush.) \"...,\" she said"
    // (v153): an earlier sentence wholly in parentheses is an aside, and
    // the one the text goes on about is named before it; its persons are
    // passed over as a chained sentence's are (an attribution's speaker in
    // it still comes first, above).
    if (back > 0 && personal && se > first + 2 && Is(first, "(") &&
        (Is(se - 1, ")") || Is(se - 2, ")"))) {
      chained = true;
    }
    // "The radio talker has increasingly filled his rally speeches for
    // Cruz with overt religious imagery. He has declared Cruz to be
    // ``anointed''" (v157): an earlier sentence whose subject is "The" and
    // a title of a named person ("the senator", "the billionaire") goes on
    // about that person, named before it, so the persons after the title
    // are objects or modifiers; the search goes on before the sentence, as
    // past a chained one. Not a possessive ("The senator's answer").
    if (!chained && back > 0 && personal && clause + 2 < se && Is(clause, "The")) {
      uint32_t k = clause + 1;
      while (k < clause + 5 && k + 1 < se && toks_[k].Has(kTokWord) &&
             !InSet(k, DescriptionTitles()) && PersonAt(k) < 0) {
        ++k;
      }
      if (k + 1 < se && InSet(k, DescriptionTitles()) && toks_[k + 1].Has(kTokLower) &&
          !toks_[k + 1].Has(kTokPossessive)) {
        chained = true;
      }
    }
    if (!(back == 0 && lead) && pronoun != "they" && !chained) {
      const Span ss = sents[s].span;
      // "After meeting Milosevic, Kornblum flew to Zagreb": a person in a
      // lead phrase gives way to one after its comma, the main clause's
      // subject (v132). Not "For X," or "To X,", which name the one whose
      // view follows ("For Jonathan Chait, Williamson is exposing ...
      // \"...,\" he mocks"), nor before a pronoun subject ("After meeting
      // Obama, she flew to Paris with Macron", v135).
      uint32_t lead_end = 0;
      if (lead_comma != kNone && !(clause < se && InSet(clause, Pronouns()))) {
        char lb[24];
        const std::string_view opener = Lower(first, lb);
        if (opener != "for" && opener != "to") lead_end = toks_[lead_comma].span.begin;
      } else if (topic_comma != kNone && topic_comma + 1 < se &&
                 !InSet(topic_comma + 1, Pronouns())) {
        lead_end = toks_[topic_comma].span.begin;
      }
      int in_lead = -1;
      uint32_t apostrophes_at = first;  // InsideSentenceApostrophes' scan
      bool apostrophes_open = false;
      auto it = std::lower_bound(mention_order_.begin(), mention_order_.end(), ss.begin,
                                 [&](uint32_t i, uint32_t b) { return ms[i].span.begin < b; });
      for (; it != mention_order_.end() && ms[*it].span.begin < ss.end; ++it) {
        const Mention& m = ms[*it];
        if (m.span.end > limit) break;
        if (!compatible(static_cast<int>(*it))) continue;
        uint32_t mt = doc_.TokenAt(m.span.begin);
        if (mt < toks_.size() && in_quote_[mt] >= 0) continue;
        if (mt < toks_.size() &&
            InsideSentenceApostrophes(mt, &apostrophes_at, &apostrophes_open)) {
          continue;
        }
        uint32_t after = doc_.TokenAt(m.span.end);
        if (after < toks_.size() && toks_[after].Has(kTokPossessive)) continue;
        // "a devout Catholic and Donald Trump supporter", "inspired by
        // Sanders's progressive agenda ... for the Bernie Sanders
        // campaign": a name modifying a noun of following is no one's
        // "he" or "she" (v136).
        if (personal && after < toks_.size() && toks_[after].Has(kTokLower) &&
            InSet(after, *followers)) {
          continue;
        }
        if (m.span.begin < lead_end) {
          if (in_lead < 0) in_lead = static_cast<int>(*it);
          continue;
        }
        return static_cast<int>(*it);
      }
      if (in_lead >= 0) return in_lead;
    }
    if (int r = sent_speaker_[s].role; near && r >= 0 && (personal || pronoun == "they") &&
                               toks_[attrs_[r].subj.te - 1].span.end <= limit) {
      const uint32_t head = RoleHead(attrs_[r].subj, !personal);
      const char g = head == kNone ? 0 : GenderWord(Text(head));
      if (head != kNone && (g == 0 || g == want)) {
        *role = r;
        return -1;
      }
    }
  }
  return -1;
}

}  // namespace newsie::quotes::internal
