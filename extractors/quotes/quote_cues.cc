// Cues and their subjects: matching a cue form of the CueTable at a token
// (and telling a cue from the same word used as a noun), and the subject
// phrase before or after a cue.

#include <string_view>

#include "extractors/quotes/quote_extractor_internal.h"

namespace newsie::quotes::internal {
namespace {

// Nouns of quantity that take a plural verb after "a" ("a third say", "a
// majority believe").
const WordSet& QuantityNouns() {
  static const auto* s = new WordSet{"third", "quarter", "fifth", "tenth", "lot", "number",
                                     "dozen", "handful", "couple", "plurality", "minority",
                                     "majority", "host", "slew", "series", "variety"};
  return *s;
}

}  // namespace

// A determiner that only precedes a noun ("the", "his", "a few").
bool Run::NounDeterminer(uint32_t t) const {
  char buf[24];
  const std::string_view w = Lower(t, buf);
  return Article(t) || w == "her" || w == "few" || w == "several" || w == "these" ||
         w == "those" || w == "many";
}

// An article or a possessive that only precedes a noun ("her" may be an
// object before a verb: "heard her say").
bool Run::Article(uint32_t t) const {
  char buf[24];
  const std::string_view w = Lower(t, buf);
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "its" ||
         w == "their" || w == "our" || w == "my" || w == "your";
}

// A one-token cue form at t (lower case `w`) used as a noun that reports
// nothing: "tweeted a warning.", "a progressive think tank", "a larger
// say", "an early tweet quoted ...", "a trigger warning for ...", "a
// strong showing in ...". A noun cue followed by what was said stays a
// cue, as PolNeAR annotates it ("a passing promise that ...", "a
// forceful promise to ...", "a German warning about ...").
bool Run::CueNoun(uint32_t t, std::string_view w) const {
  if (t == 0) return false;
  const uint32_t nx = t + 1;
  if (nx < toks_.size() && (Is(nx, "that") || Is(nx, "to") || Is(nx, "about") ||
                            Is(nx, "of") || Is(nx, "for"))) {
    // Content after a noun ("a warning that ..."); but a participle
    // with a preposition after "a" and one word is still the noun
    // ("a trigger warning for the ...", "a strong showing for Clinton").
    if (!(IsIngForm(w) && Is(nx, "for") && t >= 2 && AOneWord(t))) return false;
  }
  // Right after an article or a possessive no cue form is a verb.
  if (Article(t - 1) && in_quote_[t - 1] < 0) return true;
  if (t < 2 || !AOneWord(t)) return false;
  // After "a" and one word: a base form cannot agree with a singular
  // subject ("a spokesman say"), so it is the noun; a form in -ing is a
  // participle ("a group backing Bush", "a statement saying, ...")
  // unless a preposition, a period or a dash follows it.
  if (!IsIngForm(w)) {
    return !w.ends_with("ed") && w.back() != 's' && !InSet(t, IrregularPast());
  }
  if (nx >= toks_.size()) return true;
  const std::string_view next = Text(nx);
  return next == "." || next == ";" || IsDash(nx) || next == "in" || next == "for" ||
         next == "with" || next == "from" || next == "among" || next == "against" ||
         next == "over";
}

// "a"/"an" and one word right before t, the word no noun of quantity ("a
// third say", "a majority believe" take a plural verb).
bool Run::AOneWord(uint32_t t) const {
  char buf[24];
  const std::string_view a = Lower(t - 2, buf);
  return (a == "a" || a == "an") && toks_[t - 1].Has(kTokWord) && in_quote_[t - 1] < 0 &&
         !InSet(t - 1, Quantifiers()) && !InSet(t - 1, QuantityNouns());
}

// Length in tokens of the cue form starting at token t, or 0.
uint32_t Run::MatchCue(uint32_t t, uint32_t end, CueClass* cls) const {
  if (!toks_[t].Has(kTokWord) || !cues_.MayStart(Text(t))) return 0;
  char buf[24];
  std::string_view w = Lower(t, buf);
  if (w.size() < 3) return 0;
  const auto* forms = cues_.Starting(w);
  if (forms == nullptr) return 0;
  // "a book called \u201cWomen Who Work\u201d", "a column titled ...": a
  // participle naming the noun before it, not a cue.
  if ((w == "called" || w == "titled" || w == "entitled" || w == "dubbed" || w == "named") &&
      t > 0 && t + 1 < toks_.size() && IsDoubleMark(t + 1) && toks_[t - 1].Has(kTokLower) &&
      IsWord(t - 1) && !InSet(t - 1, Pronouns()) && !InSet(t - 1, AuxAdverbs()) &&
      !InSet(t - 1, ClauseStops()) && !IsLyAdverb(t - 1)) {
    return 0;
  }
  // "debate continues over how ...", "fighting continued into the
  // night": 'continue' with a preposition of place or time says nothing.
  if ((w == "continue" || w == "continues" || w == "continued") && t + 1 < toks_.size() &&
      (Is(t + 1, "over") || Is(t + 1, "into") || Is(t + 1, "through") ||
       Is(t + 1, "until") || Is(t + 1, "unabated") || Is(t + 1, "apace"))) {
    return 0;
  }
  // "added 300 jobs", "adds $2 billion", "Add 1/2 cup of sugar": 'add'
  // with an amount after it is the verb of increase (PolNeAR train never
  // has an 'add' cue before a number).
  if ((w == "add" || w == "adds" || w == "added" || w == "adding") && t + 1 < toks_.size() &&
      (toks_[t + 1].Has(kTokNumber) || Is(t + 1, "$") || Is(t + 1, "\u20ac") ||
       Is(t + 1, "\u00a3"))) {
    return 0;
  }
  if (NonSpeechSense(t, w)) return 0;
  // "adding to her delegate lead", "added to the uncertainty": 'add to'
  // before a determiner is the verb of increase (PolNeAR train: 1 cue in
  // 24 'add to', `added to People.`, an addressee).
  if ((w == "add" || w == "adds" || w == "added" || w == "adding") && t + 2 < toks_.size() &&
      Is(t + 1, "to") && InSet(t + 2, Determiners())) {
    return 0;
  }
  // "the TV show \u201cShark Tank\u201d": the noun, before its title.
  if (w == "show" && t + 1 < toks_.size() &&
      (IsDoubleMark(t + 1) || (IsComma(t + 1) && t + 2 < toks_.size() && IsDoubleMark(t + 2)))) {
    return 0;
  }
  // "his show", "the shows", "a radio show and defended ...": after a
  // determiner, or "show" after "a"/"an" and one word (which a verb
  // "show" cannot agree with), it is the noun.
  if ((w == "show" || w == "shows") && t > 0 &&
      (InSet(t - 1, Determiners()) ||
       (w == "show" && t > 1 && IsWord(t - 1) && (Is(t - 2, "a") || Is(t - 2, "an"))))) {
    return 0;
  }
  // "a few questions", "his remarks", "the claims": a form in -s right
  // after a determiner is the plural noun (a verb in -s never follows
  // one; "this"/"one"/"another" can be subjects, so they are left out).
  if (w.size() > 3 && w.back() == 's' && t > 0 && NounDeterminer(t - 1)) return 0;
  // "a sign that read \u201c...\u201d", "a message reading, \u201c...\u201d":
  // 'read' introduces words only when they follow in quotation marks
  // ("the judge read his decision" reports nothing).
  if ((w == "read" || w == "reading") &&
      !(t + 1 < toks_.size() &&
        (IsDoubleMark(t + 1) || ((IsComma(t + 1) || Is(t + 1, ":")) && t + 2 < toks_.size() &&
                                 IsDoubleMark(t + 2))))) {
    return 0;
  }
  uint32_t best = 0;
  for (const CueTable::Form& f : *forms) {
    uint32_t len = 1 + static_cast<uint32_t>(f.rest.size());
    if (len <= best || t + len > end) continue;
    bool ok = true;
    for (size_t k = 0; k < f.rest.size() && ok; ++k) {
      char b2[24];
      ok = Lower(t + 1 + static_cast<uint32_t>(k), b2) == f.rest[k];
    }
    if (ok) {
      best = len;
      *cls = f.cls;
    }
  }
  // A longer form ("an impassioned call for", "a book calling for") reads
  // as a cue whatever stands before it.
  if (best == 1 && (CueNoun(t, w) || AdjectivalParticiple(t, w) || ReducedRelative(t, w))) {
    return 0;
  }
  return best;
}

// A cue verb at t (lower case `w`) in a sense that reports nothing, told
// by the words around it: "called off the deal"; "backed off." and
// "backed down," with nothing after them ("backed off some of his
// proposals" retracts something, and PolNeAR annotates it); 'decline' of a
// quantity ("declined 40 percent", "declined by nine points", "declined
// sharply", "declined in almost every state"; the speech sense takes "to",
// a noun or nothing: "declined to comment", "declined an interview"); an
// imperative "Continue" (capitalized: it opens a sentence or follows a
// caption word) before a lower-case word that is no cue ("Photo
// Advertisement Continue reading the main story", web boilerplate;
// "continues to lead in polls" stays: PolNeAR annotates "continued to
// question", "continue to ignore" and many like them); 'pronounced' as a
// passive or an adjective.
bool Run::NonSpeechSense(uint32_t t, std::string_view w) const {
  const uint32_t nx = t + 1;
  if (nx >= toks_.size()) return false;
  char nb[24];
  const std::string_view next = Lower(nx, nb);
  // "have called off projects"; "Jorge calls up six Porto players": the
  // phrasal verb of summoning a player or a reservist (v119).
  if (w == "called" || w == "calls" || w == "calling") return next == "off" || next == "up";
  // "won six career grand slams", "his run at the Grand Slams": the noun
  // (v119; PolNeAR train has no "grand slams", and its 9 "slams" are all
  // gold cues).
  if (w == "slams") return t > 0 && (Is(t - 1, "grand") || Is(t - 1, "Grand"));
  // "a guitar duo sang Pete Seeger anthems", "singing the national
  // anthem", "singing and dancing": 'sing' before the song it names (a
  // determiner, a capitalized word or a number) or before "and" is the
  // performance; the words sung follow in quotation marks ("Billy Joel
  // sings, \u201cDon't go ...\u201d", "As the Rainmakers sang back in
  // the 1980s, \u201c...\u201d") or close with "Blige sings to Clinton"
  // (v119; PolNeAR train: 2 such cues, neither a gold cue).
  if (w == "sang" || w == "sings" || w == "singing") {
    return IsWord(nx) && in_quote_[nx] < 0 &&
           (InSet(nx, Determiners()) || next == "and" || toks_[nx].Has(kTokNumber) ||
            (toks_[nx].Has(kTokCapitalized) && !toks_[nx].Has(kTokSentStart)));
  }
  if (w == "show" || w == "shows" || w == "showed" || w == "showing") {
    // "showed up at the rally", "show off the renovations": the phrasal
    // verbs of turning up and displaying report nothing (v116; PolNeAR
    // train: 12 such cues, none a gold cue; "Hundreds more showed up").
    if (Is(nx, "up") || Is(nx, "off")) return true;
    // "When aides showed it to him", "showing it to focus groups": the
    // thing shown, then whom to (v119); "showed it to be false" reports.
    // (PolNeAR train: 1 such cue, no gold cue.)
    if ((next == "it" || next == "them") && nx + 2 < toks_.size() && Is(nx + 1, "to") &&
        IsWord(nx + 2) && !Is(nx + 2, "be") && !Is(nx + 2, "have")) {
      return true;
    }
    // "appeared on the television shows \u201cCelebrity Rehab\u201d", "a
    // Sunday talk show", "took to the talk shows", "an Atlanta area radio
    // show": the broadcast, a compound noun (v133; PolNeAR train: 38 "show"
    // or "shows" after these words, one inside a gold cue). Not after a
    // name ("ABC News shows", "Russian television showed").
    static const WordSet* broadcast =
        new WordSet{"tv", "television", "talk", "radio", "news", "cable"};
    if ((w == "show" || w == "shows") && t > 0 && InSet(t - 1, *broadcast) &&
        (toks_[t - 1].Has(kTokLower) || toks_[t - 1].Has(kTokSentStart) || Is(t - 1, "TV"))) {
      return true;
    }
  }
  // "fear of imminent collapse", "puts fear in people that ...", "anger
  // and fear and resentment", "out of fear", "amid fear that": the noun.
  // The verb takes a clause or an object, never "of", "in", "among" or a
  // coordinated noun after it, and needs a subject before it, which a
  // preposition leaves no room for (v141; PolNeAR train: 20 gold "fear"
  // cues, none in these places; "Their fear that ..." and "the fear for
  // ..." are gold cues and stay).
  if (w == "fear") {
    if (next == "of" || next == "in" || next == "among" || next == "and" || next == "or") {
      return true;
    }
    return t > 0 && in_quote_[t - 1] < 0 && toks_[t - 1].Has(kTokLower) &&
           (InSet(t - 1, Prepositions()) || Is(t - 1, "of") || Is(t - 1, "without"));
  }
  // "an American suspected of terrorism", "Dutroux suspected in murder",
  // "the suspected Russian role", "Suspected Tamil Tigers hurled
  // grenades", "to detain suspected insurgents": the participle or the
  // adjective naming whom a crime is laid to, not a belief (v142). The
  // verb has a subject right before it and a clause or an object after
  // it; the passive keeps its "be" ("was suspected of", a PolNeAR gold
  // cue). After a possessive it stays ("any mention of Russia's
  // suspected connection to the leak" overlaps a PolNeAR dev content).
  if (w == "suspected" && toks_[t].Has(kTokCapitalized) && t == SentBegin(t)) return true;
  if (w == "suspected" && t > 0 && in_quote_[t - 1] < 0) {
    static const WordSet* be =
        new WordSet{"is", "are", "was", "were", "be", "been", "being", "not"};
    if ((next == "of" || next == "in") && !InSet(t - 1, *be)) return true;
    if (Article(t - 1) || toks_[t - 1].Has(kTokNumber)) return true;
    // After a word that can be no subject (no plural, pronoun, "who" or
    // adverb), before a noun: "detain suspected insurgents".
    const std::string_view prev = Text(t - 1);
    return toks_[t - 1].Has(kTokLower) && IsWord(t - 1) && !prev.ends_with("s") &&
           !InSet(t - 1, Pronouns()) && !InSet(t - 1, AuxAdverbs()) && !IsLyAdverb(t - 1) &&
           !Is(t - 1, "who") && !Is(t - 1, "that") && !Is(t - 1, "and") &&
           !Is(t - 1, "police") && !Is(t - 1, "people") && toks_[nx].Has(kTokLower) &&
           IsWord(nx) && !InSet(nx, Determiners()) && !InSet(nx, Pronouns()) &&
           !InSet(nx, Prepositions()) && next != "that" && next != "of" && !IsLyAdverb(nx);
  }
  if (w == "continued" || w == "continues" || w == "continue" || w == "continuing") {
    // "detectives continued the search for clues", "continues a long
    // tradition": going on with a thing, not with speech (v125; PolNeAR
    // train: 16 "continue" before "the", "a", "an", "its" or "their", none
    // a gold cue; before "his" 5 of 13 are, `continued his attacks on`).
    // "Continue reading the main story": a news site's link text.
    return next == "the" || next == "a" || next == "an" || next == "its" || next == "their" ||
           next == "reading";
  }
  if (w == "posted") {
    // "posted a loss of $7.1 million", "posted an 8.5 percent rise in
    // earnings", "posted an overwhelming victory": a result, not a post
    // that says something (v124; CoNLL train 7 such cues, PolNeAR train 1,
    // none a gold cue). A results noun within five words, before any mark.
    static const WordSet* results = new WordSet{
        "profit", "profits", "loss",  "losses",  "gain",    "gains",    "rise",
        "increase", "decline", "drop", "fall", "victory", "win", "margin",
        "surplus", "deficit", "revenue", "revenues", "earnings", "sales", "growth"};
    for (uint32_t k = nx; k < toks_.size() && k < nx + 5 && IsWord(k) && in_quote_[k] < 0; ++k) {
      if (InSet(k, *results)) return true;
    }
    return false;
  }
  if (w == "backed" || w == "backs" || w == "backing") {
    return (Is(nx, "off") || Is(nx, "down")) &&
           (nx + 1 >= toks_.size() || !IsWord(nx + 1) || Is(nx + 1, "and"));
  }
  if (w == "declined" || w == "declines" || w == "declining") {
    if (toks_[nx].Has(kTokNumber) || Is(nx, "by") || Is(nx, "from") || Is(nx, "in") ||
        Is(nx, "since")) {
      return true;
    }
    return IsLyAdverb(nx) && !(nx + 1 < toks_.size() && Is(nx + 1, "to"));
  }
  if (w == "found" || w == "finds") {
    // "found itself at the center of", "found ways to press his agenda",
    // "found a way to", and the verb of establishing ("helped found Fox
    // News"): PolNeAR train has 15 such cues with no gold attribution at
    // them and 6 overlapping another's content, none with the gold cue.
    static const WordSet* reflexive = new WordSet{
        "itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself"};
    if (InSet(nx, *reflexive) || Is(nx, "ways")) return true;
    if (Is(nx, "a") && nx + 1 < toks_.size() && Is(nx + 1, "way")) return true;
    // "was found dead", "have been found in a cellar", "found guilty of
    // murder", "police found him hanging": a body or a verdict, not a
    // finding that reports anything ("It was found that ..." still does).
    // Wire and NYT news (CoNLL train, the article histories) use 'found'
    // mostly so; PolNeAR train has 2 such cues, neither a gold cue.
    static const WordSet* state = new WordSet{
        "dead", "guilty", "innocent", "alive", "slain", "hanging", "hanged", "unconscious",
        "murdered", "stabbed", "shot", "buried", "lying", "floating", "drowned"};
    // (Or after an object pronoun: "found him hanging", "found them dead".)
    const uint32_t st = (Is(nx, "him") || Is(nx, "her") || Is(nx, "them")) ? nx + 1 : nx;
    if (st < toks_.size() &&
        (InSet(st, *state) ||
         (Is(st, "not") && st + 1 < toks_.size() && Is(st + 1, "guilty")))) {
      return true;
    }
    if (w == "found" && !Is(nx, "that")) {
      uint32_t j = t;
      while (j > 0 && (IsLyAdverb(j - 1) || Is(j - 1, "also") || Is(j - 1, "later") ||
                       Is(j - 1, "since") || Is(j - 1, "subsequently"))) {
        --j;
      }
      static const WordSet* be =
          new WordSet{"is", "are", "was", "were", "be", "been", "being"};
      if (j > 0 && InSet(j - 1, *be)) return true;
    }
    return w == "found" && t > 0 &&
           (Is(t - 1, "helped") || Is(t - 1, "help") || Is(t - 1, "helps") || Is(t - 1, "to"));
  }
  // "maintains a wide lead", "maintained her status as ...": 'maintain'
  // with a noun phrase keeps something; the speech sense takes a clause
  // ("maintained that ...", "they were not marked ..."). PolNeAR train: 15
  // such cues with no gold attribution at them, one with the gold cue
  // ("has maintained his silence").
  if (w == "maintain" || w == "maintains" || w == "maintained" || w == "maintaining") {
    return InSet(nx, Determiners()) && !Is(nx, "that");
  }
  // "Mr. Hannity's show has ...", "The Rachel Maddow Show on MSNBC": the
  // noun after a possessive, or a capitalized "Show" ending a title inside
  // a sentence in lower case.
  if (w == "show" && t > 0) {
    if (Is(t - 1, "'s") || Is(t - 1, "\u2019s")) return true;
    return toks_[t].Has(kTokCapitalized) && !toks_[t].Has(kTokSentStart) &&
           toks_[t - 1].Has(kTokCapitalized) && !toks_[nx].Has(kTokCapitalized);
  }
  // "was pronounced dead at the hospital", "especially pronounced on the
  // left": after a form of "be" or a degree adverb, 'pronounced' is a
  // passive or an adjective, and "pronounced dead" ("taken to a hospital
  // and pronounced dead") a passive too; "pronounced Pe\u00f1a Nieto \u201ca
  // friend\u201d", "pronounced his support for" declare something.
  if (w == "pronounced" && t > 0) {
    static const WordSet* before = new WordSet{
        "is", "are", "was", "were", "be", "been", "being", "especially", "particularly",
        "more", "most", "less", "least", "very", "so", "even", "increasingly", "far",
        "much", "too", "quite", "rather", "as"};
    return InSet(t - 1, *before) || Is(nx, "dead");
  }
  // "pledged delegates", "the convention's pledged delegate count": the
  // delegates bound by a primary, a noun phrase.
  if (w == "pledged") return Is(nx, "delegates") || Is(nx, "delegate");
  if (w == "continue" && toks_[t].Has(kTokCapitalized)) {
    if (!toks_[nx].Has(kTokLower) || !IsWord(nx)) return false;
    CueClass cls;
    return MatchCue(nx, static_cast<uint32_t>(toks_.size()), &cls) == 0;
  }
  return false;
}

// A noun phrase opened by "a" or "an" and at most three words
// ends right before t: "a program", "A new group", "a Facebook group", "a
// special convention beer". Its words are no pronoun,
// auxiliary, adverb or clause word, so a verb at t would have no subject
// ("a friend he called", "a statement that called").
bool Run::NamedNoun(uint32_t t) const {
  if (t >= 2 && AOneWord(t)) return true;
  for (uint32_t k = 1; k <= 4 && k <= t; ++k) {
    const uint32_t x = t - k;
    char buf[24];
    const std::string_view a = Lower(x, buf);
    if (k >= 2 && (a == "a" || a == "an")) return true;
    if (!IsWord(x) || in_quote_[x] >= 0 || InSet(x, Pronouns()) || InSet(x, AuxAdverbs()) ||
        InSet(x, ClauseStops()) || IsLyAdverb(x) || InSet(x, Determiners()) ||
        toks_[x].Has(kTokNumber) || LooksLikeVerb(x)) {
      return false;
    }
  }
  return false;
}

// A one-token participle in -ed at t (lower case `w`) used as an
// adjective before its noun, which reports nothing: after a preposition
// or a word of degree ("the number of reported cases", "the most pledged
// delegates", "investigations into alleged fraud"), or a name given after
// "a" and one noun ("a program called Sandy Hook Promise"). A verb there
// would need a subject right before it. After a possessive it stays a
// cue: PolNeAR annotates "Stumpf's repeated emphasis that ..." as one
// (dev all-attributions overlap fell when it did not).
bool Run::AdjectivalParticiple(uint32_t t, std::string_view w) const {
  if (t < 2 || !w.ends_with("ed") || t + 1 >= toks_.size() || in_quote_[t - 1] >= 0) {
    return false;
  }
  uint32_t nx = t + 1;
  if ((w == "called" || w == "named" || w == "dubbed") && NamedNoun(t)) {
    // The name, or "the" before it ("a move called the boneless").
    if (Is(nx, "the") && nx + 1 < toks_.size()) ++nx;
    return (toks_[nx].Has(kTokCapitalized) || IsDoubleMark(nx) || Is(nx - 1, "the")) &&
           !InSet(nx, Pronouns());
  }
  static const WordSet* before = new WordSet{
      "of", "in", "on", "at", "with", "from", "into", "about", "over", "under", "against",
      "for", "among", "like", "per", "via", "despite", "amid", "across", "throughout",
      "only", "most", "least", "more", "fewer", "other", "such", "all"};
  if (!(toks_[t - 1].Has(kTokLower) && InSet(t - 1, *before))) return false;
  // `of alleged "crimes"`: the noun may be quoted.
  if (IsDoubleMark(nx) && nx + 1 < toks_.size()) ++nx;
  static const WordSet* no_noun = new WordSet{
      "that", "to", "of", "and", "or", "but", "him", "her", "them", "me", "us", "it",
      "not", "as", "so", "what", "how", "why", "whether", "if", "when", "up", "out", "off",
      "down", "back", "on", "in", "by", "for", "with", "at", "from", "about", "over", "this"};
  if (!toks_[nx].Has(kTokLower) || !IsWord(nx) || InSet(nx, *no_noun) ||
      InSet(nx, Determiners()) || InSet(nx, Pronouns()) || InSet(nx, Prepositions()) ||
      IsLyAdverb(nx)) {
    return false;
  }
  // "despite repeated warnings from his attorney that ...": a noun of
  // saying with what was said after it, which PolNeAR annotates as the
  // cue.
  for (uint32_t k = nx + 1; k < toks_.size() && k < nx + 5; ++k) {
    if (Is(k, "that")) return false;
  }
  return true;
}

// A one-token participle in -ed at t (lower case `w`) after the noun it
// modifies, the noun phrase being a preposition's object ("In its budget
// announced on Tuesday, the government ...", "hand over three men
// accused in the incident"): a verb there would need the phrase for its
// subject, which a preposition's object is not (v130). Only before a
// time word, "by", "earlier" or a preposition, as a participle stands
// ("announced the plan" takes an object).
bool Run::ReducedRelative(uint32_t t, std::string_view w) const {
  if (t < 3 || !w.ends_with("ed") || t + 1 >= toks_.size()) return false;
  const uint32_t nx = t + 1;
  static const WordSet* after = new WordSet{"by", "earlier", "last", "on", "in", "at",
                                            "during", "this", "since", "for"};
  if (!(InSet(nx, TimeWords()) || InSet(nx, *after))) return false;
  if (!toks_[t - 1].Has(kTokLower) || !NounBeforePreposition(t - 1)) return false;
  static const WordSet* preps = new WordSet{
      "in", "on", "at", "of", "for", "with", "from", "into", "about", "over", "under",
      "against", "by", "during", "per", "via", "despite", "amid", "among", "throughout"};
  // Back over the phrase (at most four words, numbers and "1996/97") to
  // the determiner or number opening it, right after the preposition.
  for (uint32_t k = t - 1; k > 0 && k + 5 > t; --k) {
    if (in_quote_[k] >= 0) return false;
    if (!IsWord(k) && !Is(k, "/")) return false;
    if (InSet(k, Determiners()) || toks_[k].Has(kTokNumber)) {
      uint32_t o = k;
      while (o > 0 && (toks_[o - 1].Has(kTokNumber) || Is(o - 1, "/") ||
                       InSet(o - 1, Determiners()))) {
        --o;
      }
      return o > 0 && toks_[o - 1].Has(kTokLower | kTokCapitalized) && InSet(o - 1, *preps);
    }
  }
  return false;
}

// The subject phrase ending just before the cue at `c` (auxiliaries and
// adverbs skipped): "Kremlin spokesman Dmitry Peskov", "he",
// "U.S. officials".
Subject Run::SubjectBefore(uint32_t c, uint32_t sb) const {
  Subject s;
  uint32_t j = c;
  // "The email goes on to say", "a paper ... had this to say", "he began by
  // saying": the subject is the verb's before the cue.
  if (const std::string_view w = j >= sb + 2 ? Text(j - 1) : std::string_view();
      w.size() == 2 && (w == "to" || w == "by")) {
    if (w == "to" && j >= sb + 3 && Is(j - 2, "on") &&
        (Is(j - 3, "goes") || Is(j - 3, "went") || Is(j - 3, "go") || Is(j - 3, "going"))) {
      j -= 3;
    } else if (w == "to" && j >= sb + 3 && Is(j - 2, "this") &&
               (Is(j - 3, "had") || Is(j - 3, "has") || Is(j - 3, "have"))) {
      j -= 3;
    } else if (w == "by" && (Is(j - 2, "began") || Is(j - 2, "begins") ||
                             Is(j - 2, "started") || Is(j - 2, "starts"))) {
      j -= 2;
    }
  }
  for (bool moved = true; moved && j > sb;) {
    moved = false;
    while (j > sb && AuxOrAdverb(j - 1)) {
      --j;
      moved = true;
    }
    // A time adverbial between subject and cue is not the subject: "a
    // security official on Monday called for", "Trump last week said".
    uint32_t t = j;
    while (t > sb && InSet(t - 1, TimeWords())) --t;
    if (t < j) {
      if (t > sb && (Is(t - 1, "on") || Is(t - 1, "in") || Is(t - 1, "late") ||
                     Is(t - 1, "early"))) {
        --t;
      }
      j = t;
      moved = true;
    }
  }
  if (j <= sb) return s;
  const uint32_t head = j - 1;
  // "Gov. John Kasich (R-OH), said": the comma closes the parenthesis.
  if (Is(head, ",") && head > sb + 1 && Is(head - 1, ")")) return SubjectBefore(head, sb);
  // "Sen. Rand Paul (R-Ky.) said": the phrase before the parenthesis.
  if (Is(head, ")")) {
    for (uint32_t k = head; k > sb && k + 10 > head; --k) {
      if (Is(k - 1, "(")) return k - 1 > sb ? SubjectBefore(k - 1, sb) : s;
    }
    return s;
  }
  // "One in three said", "Nearly half said", "more than 4 in 10 said": a
  // quantity of people.
  const bool in_ten = head >= sb + 2 && Is(head - 1, "in") &&
                      (InSet(head - 2, Quantifiers()) || toks_[head - 2].Has(kTokNumber));
  // "42% say", "about two-thirds, 67 percent, say".
  if (head > sb && (Is(head, "%") || Is(head, "percent")) && toks_[head - 1].Has(kTokNumber)) {
    uint32_t k = head - 1;
    if (k > sb && InSet(k - 1, Approximators())) --k;
    s.tb = k;
    s.te = head + 1;
    return s;
  }
  if (in_quote_[head] < 0 &&
      (InSet(head, Quantifiers()) || (toks_[head].Has(kTokNumber) && in_ten))) {
    uint32_t k = head;
    if (in_ten) k -= 2;
    if (k > sb && InSet(k - 1, Approximators())) --k;
    if (k >= sb + 2 && Is(k - 1, "than") &&
        (Is(k - 2, "more") || Is(k - 2, "fewer") || Is(k - 2, "less"))) {
      k -= 2;
    }
    if (k > sb && (Is(k - 1, "the") || Is(k - 1, "The") || Is(k - 1, "a") || Is(k - 1, "A"))) {
      --k;
    }
    if (k > sb && !InSet(k - 1, ClauseStops()) && toks_[k - 1].Has(kTokWord) &&
        !InSet(k - 1, AuxAdverbs())) {
      return s;  // "the other three said": not a bare quantity
    }
    s.tb = k;
    s.te = head + 1;
    return s;
  }
  if (!toks_[head].Has(kTokWord) || in_quote_[head] >= 0) return s;
  if (InSet(head, Pronouns())) {
    s.tb = head;
    s.te = head + 1;
    s.pronoun = true;
    return s;
  }
  if (InSet(head, ClauseStops()) || InSet(head, Determiners())) return s;
  uint32_t k = head;
  int lower_words = toks_[head].Has(kTokLower) ? 1 : 0;
  // Where the phrase stops when no determiner opens it: after two
  // lower-case words. A phrase that a determiner opens may hold more ("A
  // senior security official", "a top Ukrainian security official").
  uint32_t bare_stop = kNone;
  while (k > sb && head + 1 - k < kMaxSubjectTokens) {
    const uint32_t x = k - 1;
    const Token& t = toks_[x];
    if (in_quote_[x] >= 0) break;
    if (t.Has(kTokPossessive) || nick_[x]) { k = x; continue; }
    if (!t.Has(kTokWord | kTokNumber)) break;
    if (InSet(x, Determiners()) || InSet(x, Quantifiers())) {
      // "Nearly half of voters said": the quantity opens the phrase.
      k = x;
      if (k > sb && InSet(k - 1, Approximators())) --k;
      bare_stop = kNone;
      break;
    }
    char buf[24];
    std::string_view lw = Lower(x, buf);
    if (lw == "of" && x > sb && toks_[x - 1].Has(kTokCapitalized) &&
        toks_[x + 1].Has(kTokCapitalized)) {
      k = x;
      continue;
    }
    if (InSet(x, ClauseStops()) || IsLyAdverb(x)) break;
    if (t.Has(kTokLower) && ++lower_words > 2 && bare_stop == kNone) bare_stop = k;
    k = x;
  }
  if (bare_stop != kNone) k = bare_stop;
  // "30 percent of voters": a phrase stopped right after "of" is its
  // object, which the post-modifier rule below completes.
  if (k < head && Is(k, "of")) ++k;
  // A capitalized sentence opener such as "But" or "In" is not part of it.
  while (k < head && InSet(k, ClauseStops())) ++k;
  // "Protesters marching through the streets chanted": the phrase is the
  // object of a participle's preposition; the subject comes before it.
  if (k >= sb + 2 && toks_[k - 1].Has(kTokLower) &&
      (InSet(k - 1, Prepositions()) || Is(k - 1, "through") || Is(k - 1, "across") ||
       Is(k - 1, "around") || Is(k - 1, "along") || Is(k - 1, "outside")) &&
      toks_[k - 2].Has(kTokLower) && IsIngForm(Text(k - 2)) && in_quote_[k - 2] < 0) {
    Subject outer = SubjectBefore(k - 2, sb);
    if (outer.found() && !outer.pronoun) return outer;
  }
  s.tb = k;
  s.te = head + 1;
  if (k >= sb + 2 && toks_[k - 1].Has(kTokLower) && in_quote_[k - 1] < 0) {
    char buf[24];
    std::string_view prep = Lower(k - 1, buf);
    // "Gore's friends have in the past said", "The company in a statement
    // said": a phrase of time or manner between subject and cue is no
    // subject; the subject stands before it.
    static const WordSet* adverbial = new WordSet{
        "past", "meantime", "meanwhile", "statement", "statements", "interview",
        "interviews", "letter", "email", "e-mail", "post", "tweet", "speech", "turn",
        "response", "recent", "end", "addition", "fact", "part", "general", "private",
        "public", "person", "court", "testimony", "filing", "memo", "release", "time"};
    if ((prep == "in" || prep == "at" || prep == "on" || prep == "during") &&
        InSet(head, *adverbial)) {
      Subject outer = SubjectBefore(k - 1, sb);
      if (outer.found()) return outer;
      return Subject{};
    }
    // "protest organizers in Cleveland say", "a spokesman for Platte River
    // declined", "many of his endorsers think": the phrase is the object of
    // a preposition after the subject's noun; the subject is the whole.
    static const WordSet* joins =
        new WordSet{"in", "for", "at", "with", "within", "from", "of", "on", "inside"};
    if (InSet(k - 1, *joins) && NounBeforePreposition(k - 2)) {
      // Not an appositive's ("Sam Lau, the communications director for the
      // party said"): a phrase opening with a determiner after a name and a
      // comma, which the appositive rules read. A closing attribution
      // (`..., attorneys for the family said.`) is the whole phrase.
      Subject outer = SubjectBefore(k - 1, sb);
      const uint32_t ob = outer.tb;
      const bool appositive = OpensAppositive(outer, sb);
      if (outer.found() && !outer.pronoun && !appositive) s.tb = ob;
    } else if (const uint32_t mod = ModifierBefore(k, sb); mod != kNone) {
      // "A person close to the family said", "Two people briefed on the
      // talks said", "an extremist group based in Pakistan claimed",
      // "lawyers representing the family said": the phrase is the object
      // of a modifier after the subject's noun (v126); the subject is the
      // whole, and its head the noun before the modifier, so that the body
      // or place after it is no speaker (PostModifier).
      Subject outer = SubjectBefore(mod, sb);
      const uint32_t ob = outer.tb;
      const bool appositive = OpensAppositive(outer, sb);
      // The noun phrase whole, not cut by the reader's length limit
      // ("numerous military veterans interviewed at ...": "military
      // veterans" after "numerous" opens nothing, and the appositive
      // reader would find no subject).
      const bool whole = outer.found() && (ob == sb || !IsWord(ob - 1) || in_quote_[ob - 1] >= 0 ||
                                           InSet(ob - 1, ClauseStops()));
      if (whole && !outer.pronoun && !appositive && outer.te == mod) {
        s.tb = ob;
        s.post = mod;
      }
    }
  }
  // "A Chinese truck maker in which Ford Motor Co has a 20 percent stake
  // said": the phrase is the object of a relative clause's "has" (or
  // "owns", "holds", "controls") on "which" or "whom"; the subject is the
  // noun phrase before the relative pronoun, with the clause (v149).
  if (s.found() && !s.pronoun && s.tb >= sb + 4 && toks_[s.tb - 1].Has(kTokLower)) {
    static const WordSet* owning = new WordSet{"has", "have", "had", "holds", "held",
                                               "owns", "owned", "controls", "controlled"};
    if (InSet(s.tb - 1, *owning)) {
      for (uint32_t r = s.tb - 1; r > sb + 1 && r + 7 > s.tb; --r) {
        if (!IsWord(r - 1) || in_quote_[r - 1] >= 0) break;
        if (!Is(r - 1, "which") && !Is(r - 1, "whom")) continue;
        uint32_t head_end = r - 1;
        if (head_end > sb + 1 && toks_[head_end - 1].Has(kTokLower) &&
            InSet(head_end - 1, Prepositions())) {
          --head_end;
        }
        Subject outer = SubjectBefore(head_end, sb);
        if (outer.found() && !outer.pronoun && outer.te == head_end) {
          outer.te = s.te;
          outer.post = head_end;
          return outer;
        }
        break;
      }
    }
  }
  return s;
}

// Whether `outer` opens with a determiner after a capitalized word and a
// comma, past `sb` ("Sam Lau, the communications director for the party
// said"): an appositive's phrase, which the appositive rules read.
bool Run::OpensAppositive(const Subject& outer, uint32_t sb) const {
  const uint32_t ob = outer.tb;
  return outer.found() && ob >= sb + 2 && Is(ob - 1, ",") && InSet(ob, Determiners()) &&
         toks_[ob - 2].Has(kTokCapitalized) && !InSet(ob - 2, TimeWords());
}

// The first token of a modifier that ends right before the noun phrase
// at `k` and follows a noun (v126), or kNone: "by" after the noun ("a
// study by"), "into" and "to" after a few ("an investigation into", "an
// adviser to", "a person close to"); a participle in -ed and a
// preposition ("people briefed on", "officials involved in", "a group
// based in", "a poll conducted by"); a participle in -ing before its
// object ("lawyers representing the", "the agency overseeing the"). The other prepositions after
// a noun are SubjectBefore's joins. `sb` opens the sentence.
uint32_t Run::ModifierBefore(uint32_t k, uint32_t sb) const {
  if (k < sb + 2) return kNone;
  const uint32_t p = k - 1;
  if (!toks_[p].Has(kTokLower) || in_quote_[p] >= 0) return kNone;
  char buf[24];
  const std::string_view w = Lower(p, buf);
  // Not after a participle that does not end in -ed ("hit by inflation",
  // "driven by", "led into").
  static const WordSet* participles = new WordSet{
      "hit", "cut", "hurt", "shut", "spread", "beaten", "written", "given", "taken",
      "shown", "known", "seen", "done", "driven", "chosen", "broken", "eaten", "drawn",
      "thrown", "grown", "sworn", "torn", "worn", "born", "borne", "bitten", "hidden",
      "forgotten", "ridden", "shaken", "stolen", "struck", "caught", "bought", "fought",
      "taught", "sought", "brought", "built", "sent", "spent", "lent", "meant", "dealt"};
  if (w == "by" && NounBeforePreposition(p - 1) && !InSet(p - 1, IrregularPast()) &&
      !InSet(p - 1, *participles)) {
    return p;
  }
  // "into" after a noun of inquiry ("an investigation into", "a probe
  // into"); after other words it is a verb's ("can turn into").
  static const WordSet* inquiries = new WordSet{
      "investigation", "investigations", "inquiry", "inquiries", "probe", "probes",
      "study", "studies", "review", "research", "report", "reports"};
  if (w == "into") return InSet(p - 1, *inquiries) ? p : kNone;
  // "against" after a noun of a legal or political action ("the lawsuit
  // against Uber alleges", "The opposition motion against Banharn accuses
  // him"): the action speaks, not the one it targets (v134).
  static const WordSet* actions = new WordSet{
      "motion", "motions", "lawsuit", "lawsuits", "suit", "suits", "case", "complaint",
      "complaints", "petition", "petitions", "indictment", "charges", "resolution", "appeal",
      "injunction", "warrant", "verdict", "judgment", "ruling", "campaign", "protest", "protests"};
  if (w == "against") return InSet(p - 1, *actions) ? p : kNone;
  // "to" only after a noun or adjective of standing near someone: after
  // other nouns it takes an object of the verb ("issuing subpoenas to
  // suspects who refused", "put an end to a truce agreed").
  static const WordSet* to_heads = new WordSet{
      "close", "closest", "near", "loyal", "adviser", "advisers", "advisor", "advisors",
      "ambassador", "ambassadors", "envoy", "envoys", "aide", "aides", "counselor",
      "counselors", "counsel", "consultant", "consultants", "assistant", "assistants",
      "deputy", "successor", "heir", "spokesman", "spokeswoman", "spokesperson",
      "secretary", "ally", "allies", "loyalist", "loyalists", "representative",
      "representatives", "delegate", "delegates", "emissary", "liaison", "donor", "donors"};
  if (w == "to") return InSet(p - 1, *to_heads) && in_quote_[p - 1] < 0 ? p : kNone;
  static const WordSet* preps = new WordSet{"in", "for", "at", "with", "within", "from",
                                            "of", "on", "inside", "by", "to", "into"};
  if (InSet(p, *preps)) {
    const uint32_t v = p - 1;
    const std::string_view pw = Text(v);
    // The noun in lower case, or a plural opening the sentence ("Officials
    // involved in"), or before the agent's "by" ("a letter from the
    // American Legion obtained by"): after a name an -ed form is more
    // often the verb ("New Democracy tapped into", "Politifact seized
    // on").
    // Before "by" any -ed form; before another preposition one that news
    // uses as such a participle ("based in", "briefed on", "involved in",
    // "close to"): "ended with", "asked for", "seized on" are verbs.
    // "an attack aimed at Shiites ... found": "aimed", "targeted" and
    // "directed" too (v148).
    static const WordSet* reduced = new WordSet{
        "based", "involved", "briefed", "interviewed", "surveyed", "polled", "questioned",
        "quoted", "connected", "associated", "affiliated", "linked", "aligned", "allied",
        "tied", "published", "released", "posted", "conducted", "commissioned", "compiled",
        "obtained", "cited", "funded", "backed", "elected", "appointed", "stationed",
        "located", "headquartered", "employed", "hired", "assigned", "charged", "accused",
        "arrested", "detained", "trained", "killed", "injured", "wounded", "gathered",
        "assembled", "contacted", "reached", "consulted", "opposed", "registered", "enrolled",
        "aimed", "targeted", "directed"};
    if (v > sb && toks_[v].Has(kTokLower) && in_quote_[v] < 0 && pw.size() > 4 &&
        pw.ends_with("ed") && (w == "by" || InSet(v, *reduced)) &&
        (toks_[v - 1].Has(kTokLower) || w == "by" ||
         (v - 1 == sb && Text(v - 1).ends_with("s"))) &&
        NounBeforePreposition(v - 1)) {
      return v;
    }
    return kNone;
  }
  // An -ing form that no preposition or noun of an event is ("during",
  // "following", "including"; "a news briefing", "the meeting").
  static const WordSet* ing_nouns = new WordSet{
      "including", "meeting", "briefing", "hearing", "morning", "evening", "ruling",
      "building", "spending", "funding", "bombing", "shooting", "killing", "fighting",
      "something", "nothing", "anything", "everything", "thing", "king", "spring",
      "opening", "wedding", "training", "offering", "setting", "polling", "reporting"};
  // Its object opens with an article ("representing the family"): an
  // -ing form before a bare noun or a name is more often an adjective
  // ("India's leading cement firm ...").
  if (IsIngForm(w) && Article(k) && !InSet(p, Prepositions()) && !InSet(p, *ing_nouns) &&
      NounBeforePreposition(p - 1)) {
    return p;
  }
  return kNone;
}

// Whether token `x` can end the noun phrase a preposition follows: a name
// or a lower-case word that is no verb form, pronoun or clause word
// ("organizers", "spokesman"; not "worked", "said", "is").
bool Run::NounBeforePreposition(uint32_t x) const {
  if (x >= toks_.size() || !toks_[x].Has(kTokWord) || in_quote_[x] >= 0) return false;
  if (InSet(x, ClauseStops()) || InSet(x, AuxAdverbs()) || InSet(x, Pronouns()) ||
      InSet(x, Prepositions()) || InSet(x, Determiners()) || IsLyAdverb(x)) {
    return false;
  }
  if (!toks_[x].Has(kTokLower)) return true;
  std::string_view w = Text(x);
  if (IsIngForm(w) || (w.size() > 3 && w.substr(w.size() - 2) == "ed")) return false;
  // Verb forms without "-ed" (the auxiliaries are AuxAdverbs, above).
  static const WordSet* verbs = new WordSet{
      "said", "says", "say", "told", "tells", "made", "went", "came", "took", "got",
      "spoke", "wrote", "met", "sat", "stood", "ran", "won", "lost", "left", "put", "set"};
  return !InSet(x, *verbs);
}

// A cue in the passive ("Orban and Putin are expected to", "he was
// told that", "were said to be"): its subject is not the source, which
// goes unnamed.
bool Run::PassiveCue(uint32_t c, uint32_t sb) const {
  if (c >= toks_.size() || c <= sb) return false;
  std::string_view w = Text(c);
  const bool participle = (w.size() > 4 && w.substr(w.size() - 2) == "ed" && w != "quoted") ||
                          w == "told" || w == "thought" || w == "known" || w == "shown" ||
                          w == "said";
  if (!participle) return false;
  uint32_t j = c;
  while (j > sb + 1 && (IsLyAdverb(j - 1) || Is(j - 1, "also") || Is(j - 1, "not") ||
                        Is(j - 1, "still") || Is(j - 1, "already"))) {
    --j;
  }
  static const WordSet* be =
      new WordSet{"is", "are", "was", "were", "be", "been", "being", "am"};
  return InSet(j - 1, *be);
}

// The subject phrase right after an inverted cue: "said Fallon",
// "said the Kremlin spokesman", "said Rep. Joseph Crowley".
Subject Run::SubjectAfter(uint32_t ce, uint32_t se) const {
  Subject s;
  uint32_t k = ce;
  if (k >= se) return s;
  if (InSet(k, Pronouns()) && !Is(k, "it") && !Is(k, "you")) {
    s.tb = k;
    s.te = k + 1;
    s.pronoun = true;
    return s;
  }
  uint32_t start = k;
  // "said having Trump at the top ...": a clause, not an inverted subject.
  if (toks_[k].Has(kTokLower) && (IsIngForm(Text(k)) || IsLyAdverb(k))) return s;
  // `"...," read one.`, `"...," tweeted another.`: a quantity alone.
  if ((InSet(k, Quantifiers()) || Is(k, "another")) && (k + 1 >= se || !IsWord(k + 1))) {
    s.tb = k;
    s.te = k + 1;
    return s;
  }
  if (InSet(k, Determiners())) ++k;
  int lower_words = 0;
  uint32_t last_good = kNone;
  while (k < se && k - start < kMaxSubjectTokens + 2) {
    const Token& t = toks_[k];
    if (in_quote_[k] >= 0) break;
    if (t.Has(kTokPossessive) || nick_[k]) { ++k; continue; }
    if (!t.Has(kTokWord | kTokNumber)) break;
    if (InSet(k, TimeWords()) && k > start) break;
    char buf[24];
    std::string_view lw = Lower(k, buf);
    if (lw == "of" && k + 1 < se && toks_[k + 1].Has(kTokCapitalized) &&
        last_good != kNone) {
      ++k;
      continue;
    }
    // "said Will Doyle": a capitalized "Will" there is a name.
    if (InSet(k, ClauseStops()) && !(t.Has(kTokCapitalized) && k > SentBegin(k))) break;
    if (t.Has(kTokLower)) {
      if (++lower_words > 3) break;
    } else if (!t.Has(kTokCapitalized) && !t.Has(kTokNumber)) {
      break;
    }
    last_good = k;
    ++k;
  }
  if (last_good == kNone) return s;
  s.tb = start;
  s.te = last_good + 1;
  // `said a spokeswoman, Ellen Borakove.` (v144).
  return RoleNameAfter(s, se);
}

// Is the token after the cue (ending at ce) the end of a post-posed
// attribution ("..., he said." / "..., he said Monday.")?
bool Run::ClosesAttribution(uint32_t ce, uint32_t se) const {
  uint32_t k = ce;
  // "said Monday", "confirmed late Friday".
  while (k < se && (InSet(k, TimeWords()) || ((Is(k, "late") || Is(k, "early")) &&
                                                k + 1 < se && InSet(k + 1, TimeWords())))) {
    ++k;
  }
  if (k >= se) return true;
  std::string_view w = Text(k);
  // `Mr. Trump said, ''I'd like to ...''`: two apostrophes opening a
  // statement after the comma (PolNeAR's NYT) are what was said.
  if (w == "," && k + 3 < se && OpensApostrophes(k + 1)) return false;
  if (w == "." || w == "," || w == ";" || w == "!" || w == "?" || IsDash(k)) return true;
  if (IsDoubleMark(k)) return false;
  char buf[24];
  std::string_view lw = Lower(k, buf);
  const bool prep = lw == "in" || lw == "on" || lw == "at" || lw == "during" || lw == "to" ||
                    lw == "after" || lw == "before" || lw == "via" || lw == "while" ||
                    lw == "when" || lw == "of" || lw == "from" || lw == "with" ||
                    lw == "as" || lw == "through" || lw == "last" || lw == "this";
  if (!prep || lw == "when" || lw == "while" || lw == "as") return prep;
  // "said on Friday he met ...": a short phrase, then the reported clause;
  // "said in a statement: ..." introduces what follows the colon.
  for (uint32_t j = k + 1; j < se && j < k + 5; ++j) {
    if (Is(j, ":")) return false;
    if (!IsWord(j)) break;
    if (Is(j, "that") || (InSet(j, Pronouns()) && !Is(j, "it") && !Is(j, "you"))) return false;
  }
  return true;
}

// The subject phrase starting at `from` and ending before `to`:
// "Kremlin spokesman Dmitry Peskov" in `," Kremlin spokesman Dmitry
// Peskov said`, "Ramos" in `," Ramos, 58, told AFP`, "a reporter" in
// `a reporter can be heard asking`.
Subject Run::SubjectFrom(uint32_t from, uint32_t to) const {
  Subject s;
  uint32_t k = from;
  if (k >= to || !toks_[k].Has(kTokWord)) return s;
  if (InSet(k, Pronouns())) {
    s.tb = k;
    s.te = k + 1;
    s.pronoun = true;
    return s;
  }
  if (InSet(k, Determiners())) ++k;
  uint32_t last = kNone;
  int lower_words = 0;
  for (; k < to && k - from < kMaxSubjectTokens + 2; ++k) {
    const Token& t = toks_[k];
    if (t.Has(kTokPossessive) || nick_[k]) continue;
    if (!t.Has(kTokWord | kTokNumber)) break;
    // "Will" or "May" inside a sentence is a name, not an auxiliary.
    const bool name = t.Has(kTokCapitalized) && !t.Has(kTokSentStart);
    if (!name && (InSet(k, AuxAdverbs()) || InSet(k, ClauseStops()) || IsLyAdverb(k))) {
      char buf[24];
      std::string_view lw = Lower(k, buf);
      if ((lw == "of" || lw == "and") && last != kNone && k + 1 < to &&
          !InSet(k + 1, AuxAdverbs())) {
        continue;
      }
      break;
    }
    if (t.Has(kTokLower) && ++lower_words > 3) break;
    last = k;
  }
  if (last == kNone) return s;
  s.tb = from;
  s.te = last + 1;
  return s;
}

// The cue nearest after token `from` in [from, end), outside quotes and
// before any sentence-internal stop; kNone when none.
uint32_t Run::CueAfter(uint32_t from, uint32_t end, CueClass* cls, uint32_t* len) const {
  int depth = 0;  // inside "(D-Wis.)"
  // Further on only after an appositive's comma: `"...," Eric Woolson, an
  // Iowa Republican strategist and former adviser to Scott Walker, said`.
  for (uint32_t k = from; k < end && k < from + kMaxIntroTokens; ++k) {
    if (in_quote_[k] >= 0 || IsDoubleMark(k)) return kNone;
    std::string_view w = Text(k);
    if (w == "(") ++depth;
    if (w == ")" && depth > 0) --depth;
    if (depth > 0 || w == ")") continue;
    if (w == "." || w == ";" || w == "?" || w == "!" || w == ":") return kNone;
    if (cue_taken_[k]) return kNone;
    if (k >= from + kMaxSubjectTokens + 6 && !IsComma(k - 1)) continue;
    *len = MatchCue(k, end, cls);
    if (*len > 0) return k;
  }
  return kNone;
}

}  // namespace newsie::quotes::internal
