// Content boundaries of INDIRECT and PARTIAL quotes: where the reported
// clause after a cue starts (past an addressee, a preposition) and ends, and
// the content before a post-posed cue.

#include <string_view>

#include "extractors/quotes/quote_extractor_internal.h"

namespace newsie::quotes::internal {
namespace {

constexpr uint32_t kMaxThatLookahead = 9;

// Tokens of a phrase between a cue and a colon opening a statement (`said
// in a statement to The Times: ''...''`).
constexpr uint32_t kMaxColonPhrase = 8;

// Words in the addressee of "told" before the reported clause (`told The
// Post and Courier newspaper of Charleston on Saturday that ...`).
constexpr uint32_t kMaxAddresseeTokens = 14;

// Tokens, commas included, of an addressee set off by commas (`told
// reporters, including a local television crew, that ...`).
constexpr uint32_t kMaxCommaAddresseeTokens = 18;

// Words that open a reported clause after an addressee ("told him how").
const WordSet& ClauseOpeners() {
  static const auto* s = new WordSet{"that", "whether", "if", "how", "what", "why"};
  return *s;
}

const WordSet& ObjectPronouns() {
  static const auto* s = new WordSet{"him", "her", "them", "me", "us", "you"};
  return *s;
}

// Finite verbs after a subject ("the troops would", "Trump was").
const WordSet& Finite() {
  static const auto* s = new WordSet{
      "would", "will", "was", "were", "is", "are", "had", "has", "have", "could",
      "should", "can", "may", "might", "must", "did", "does", "wo", "'re", "’re",
      "'ll", "’ll", "'d", "’d"};
  return *s;
}

// Plural nouns of people that are the addressee of "told" ("told reporters").
const WordSet& Audiences() {
  static const auto* s = new WordSet{
      "reporters", "journalists", "voters", "supporters", "crowd", "audience", "audiences",
      "lawmakers", "viewers", "listeners", "members", "students", "delegates", "donors",
      "residents", "attendees", "senators", "officials", "colleagues", "friends",
      "followers", "readers", "workers", "guests"};
  return *s;
}

}  // namespace

// The token after the time words from `k` on ("Monday", "on Friday",
// "late on Thursday", "last week").
uint32_t Run::AfterTime(uint32_t k, uint32_t se) const {
  while (k < se) {
    if (InSet(k, TimeWords())) {
      ++k;
    } else if (k + 1 < se && (Is(k, "on") || Is(k, "late") || Is(k, "early")) &&
               InSet(k + 1, TimeWords())) {
      k += 2;
    } else if (k + 2 < se && Text(k) == "late" && Text(k + 1) == "on" &&
               InSet(k + 2, TimeWords())) {
      k += 3;
    } else {
      break;
    }
  }
  return k;
}

// After a cue, a phrase naming the statement or occasion that carried
// what was said (`in a statement`, `in a written statement received on
// Wednesday`, `at a news conference`, `in an interview`), with its time:
// the token where the content starts ("that" or a clause's first word),
// or kNone.
uint32_t Run::AfterStatementPhrase(uint32_t ce, uint32_t se) const {
  static const auto* nouns = new WordSet{
      "statement", "statements", "interview", "interviews", "conference", "briefing",
      "letter",    "speech",     "commentary", "release",   "communique", "broadcast",
      "call",      "address",    "editorial",  "post",      "message",    "memo"};
  // (`ce` may be the sentence's end, and the document's: test it first.)
  if (ce + 2 >= se) return kNone;
  const std::string_view p = Text(ce);
  if (p != "in" && p != "at" && p != "during") return kNone;
  uint32_t k = ce + 1;
  // Up to five words before the noun: "a", "a written", "Wednesday 's".
  bool noun = false;
  for (; k < se && k < ce + 6; ++k) {
    if (!toks_[k].Has(kTokWord | kTokPossessive) || in_quote_[k] >= 0) return kNone;
    // (The nouns have four letters or more, the pronouns four or fewer.)
    const size_t n = Text(k).size();
    if (k > ce + 1 && n >= 4 && toks_[k].Has(kTokLower) && InSet(k, *nouns)) {
      noun = true;
      break;
    }
    if (n <= 4 && (Text(k) == "that" || InSet(k, Pronouns()))) return kNone;
  }
  if (!noun) return kNone;
  uint32_t j = k + 1;
  if (j < se && (Text(j) == "received" || Text(j) == "issued" || Text(j) == "released")) ++j;
  j = AfterTime(j, se);
  if (j + 1 >= se || in_quote_[j] >= 0) return kNone;
  if (Text(j) == "that") return j;
  // A clause: a pronoun, a determiner or a name, then more words.
  if (InSet(j, Pronouns()) || InSet(j, Determiners()) || toks_[j].Has(kTokCapitalized)) {
    return j;
  }
  return kNone;
}

// Content tokens of a cue whose content follows it ("said (that) ...").
// Returns false when there is none.
bool Run::ContentAfter(uint32_t ce, uint32_t se, CueClass cls, Attribution* a) {
  uint32_t start = ce;
  // "said in a visit to Rwanda that ...", "said in Wednesday's letter
  // that ...": after a speech cue, a phrase of occasion on a preposition
  // may be longer before "that" than other words (v118), when "that" is
  // no determiner near the sentence's end ("wrote in 2014 for people in
  // that spot").
  const bool occasion = cls == CueClass::kSpeech && ce < se && toks_[ce].Has(kTokLower) &&
                        (Is(ce, "in") || Is(ce, "at") || Is(ce, "during") || Is(ce, "after")) &&
                        ce + 1 < se && !Is(ce + 1, "least") && !Is(ce + 1, "most");
  // "told reporters Monday that ...": the content starts at "that".
  for (uint32_t k = ce; k < se && k < ce + kMaxThatLookahead; ++k) {
    if (IsDoubleMark(k) || Is(k, ".")) break;
    // "says he introduced a bill to do that": the clause began already.
    if (InSet(k, Pronouns()) && !Is(k, "it")) break;
    if (cls != CueClass::kSpeechObj && (!occasion || k + 4 > se) && k >= ce + 5) break;
    if (Is(k, "that") || (Is(k, "whether") && cls == CueClass::kSpeechObj)) {
      start = k;
      break;
    }
    if (k > ce && (Is(k, ",") || Is(k, ":"))) break;
  }
  // "told The Huffington Post he's not planning ...": after the addressee,
  // a clause opened by a pronoun.
  if (start == ce && cls == CueClass::kSpeechObj && ce < se && !InSet(ce, Pronouns())) {
    for (uint32_t k = ce + 1; k < se && k < ce + 7; ++k) {
      if (!IsWord(k) || in_quote_[k] >= 0) break;
      if (InSet(k, Pronouns())) {
        if (!Is(k, "it") && !Is(k, "you") && toks_[k - 1].Has(kTokCapitalized | kTokLower) &&
            !InSet(k - 1, ClauseStops())) {
          start = k;
        }
        break;
      }
    }
  }
  // "told CNN the troops would stay", "told the AP on Monday the decision
  // was final", "asked Trump if ...": the clause after the addressee.
  if (start == ce && cls == CueClass::kSpeechObj) {
    uint32_t after = AfterAddressee(ce, se);
    if (after == kNone) after = AddresseeBeforeQuote(ce, se);
    if (after != kNone) start = after;
  }
  // `said in a statement: ''...''`, `told reporters: ''...''`: a phrase
  // of place or an addressee before a colon that opens a statement is not
  // said (a phrase of other words is: `reveals a few facts: "..."`).
  if (start == ce && ce < se &&
      (cls == CueClass::kSpeechObj || (InSet(ce, Prepositions()) && toks_[ce].Has(kTokLower)))) {
    for (uint32_t k = ce + 1; k + 2 < se && k < ce + kMaxColonPhrase; ++k) {
      if (Is(k, ":")) {
        if (OpensApostrophes(k + 1) || (IsDoubleMark(k + 1) && QuoteOpeningAt(k + 1) >= 0)) {
          start = k + 1;
        }
        break;
      }
      if (!IsWord(k) || in_quote_[k] >= 0) break;
    }
  }
  // "said in a statement on Friday (that) the deal ...", "said at a news
  // conference his plans ...": the phrase of the statement that carried
  // it is not said; the content starts after it (and its time).
  if (start == ce && cls != CueClass::kSpeechObj) {
    const uint32_t after = AfterStatementPhrase(ce, se);
    if (after != kNone) start = after;
  }
  if (start == ce) {
    // "said in April it had closed ...", "said in March 1995 that ...":
    // a month after the cue is when it was said, as "on Friday" is (the
    // wire form; a clause must follow).
    static const auto* months = new WordSet{
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    if (start + 2 < se && Is(start, "in") && toks_[start + 1].Has(kTokCapitalized) &&
        InSet(start + 1, *months)) {
      uint32_t j = start + 2;
      if (j + 1 < se && toks_[j].Has(kTokNumber)) ++j;
      if (Is(j, "that") || InSet(j, Pronouns()) || InSet(j, Determiners()) ||
          toks_[j].Has(kTokCapitalized)) {
        start = j;
      }
    }
    // "said Monday", "said on Friday he met ...": the time is not said.
    start = AfterTime(start, se);
    while (start < se && (Is(start, ":") || Is(start, ",") || IsDash(start))) ++start;
    // "issued a statement Monday, saying ...": the participle cue heads
    // the attribution.
    CueClass next;
    if (start > ce && start < se && IsComma(start - 1) && IsIngForm(Text(start)) &&
        MatchCue(start, se, &next) > 0) {
      return false;
    }
  }
  uint32_t end = se;
  if (start >= end) {
    // "The governor added:" closing a paragraph: the next paragraph is it.
    if (se > ce && Is(se - 1, ":")) {
      const auto& sents = doc_.sentences();
      uint32_t s = sent_of_[se - 1];
      if (s + 1 < sents.size() && sents[s + 1].paragraph != sents[s].paragraph) {
        int q = QuoteOpeningAt(sents[s + 1].token_begin);
        if (q >= 0 && !raw_[q].used) {
          a->ctb = raw_[q].tb;
          a->cte = raw_[q].te;
          a->quotes = {q};
          a->kind = QuoteKind::kDirect;
          return true;
        }
      }
    }
    return false;
  }
  int q = QuoteOpeningAt(start);
  if (q >= 0 && !raw_[q].used) {
    a->ctb = start;
    a->cte = raw_[q].te;
    a->quotes = {q};
    // Direct when nothing but punctuation follows the quote in its
    // sentence; otherwise the quote is part of a longer statement.
    uint32_t qe = raw_[q].te;
    uint32_t qse = SentEnd(qe - 1);
    bool rest_punct = true;
    uint32_t k = qe;
    for (; k < qse && rest_punct; ++k) rest_punct = !IsWord(k);
    // `said, "We'll see," when asked ...`: an adverbial clause after the
    // quote is not part of what was said.
    k = qe;
    while (k < qse && (IsComma(k) || IsDash(k))) ++k;
    if (!rest_punct && k < qse && InSet(k, AdverbialOpeners())) rest_punct = true;
    if (!rest_punct && NewPredicateAfter(qe, qse)) rest_punct = true;
    if (!rest_punct && ExclaimedStatement(q)) rest_punct = true;
    // `a hat reading, "Make Mexico Great Again Also" on Wednesday night`:
    // what a sign or a message reads is the quoted text alone.
    if (!rest_punct && ce > 0 && (Is(ce - 1, "reading") || Is(ce - 1, "reads"))) {
      rest_punct = true;
    }
    // `which he called "a cartel for higher education."`, `what she
    // called "an extraordinary campaign."`: a name given in lower case is
    // part of a description (PolNeAR keeps what is called so in the
    // content), not a statement.
    if (rest_punct && cls == CueClass::kCall && start + 1 < qe &&
        toks_[start + 1].Has(kTokLower)) {
      a->kind = QuoteKind::kPartial;
      return true;
    }
    if (rest_punct) {
      a->kind = QuoteKind::kDirect;
      return true;
    }
    end = qse;
  }
  // `said, ''Of course. He wanted to run.''`: a statement opened by two
  // apostrophes runs to the two closing it, across sentences of its
  // paragraph; words after them in their sentence go on as a clause
  // (`''we're going to have some big wins at the end'' of the season`),
  // unless a comma closed it (`,'' adding that ...`).
  if (const uint32_t close = OpensApostrophes(start) ? ApostrophesClosing(start + 2) : kNone;
      close != kNone) {
    end = close + 2;
    const uint32_t cse = SentEnd(close);
    if (end < cse && IsWord(end) && !IsComma(close - 1)) {
      end = ClauseEnd(end, cse);
      while (end > close + 2 && (Is(end - 1, ".") || IsDash(end - 1))) --end;
    }
    a->ctb = start;
    a->cte = end;
    return true;
  }
  end = ClauseEnd(start, end);
  // "While he has accused Mr. Obama of weakness, he has given few
  // specifics": a cue inside a subordinate clause opening the sentence
  // reports up to the comma before the main clause.
  if (const uint32_t c = a->cue_b; InOpeningSubordinate(c)) {
    for (uint32_t k = start + 1; k + 2 < end; ++k) {
      if (in_quote_[k] >= 0) continue;
      if (IsComma(k) && MainClauseAt(k + 1, end)) {
        end = k;
        break;
      }
    }
  }
  // `said yes, but ...`: the answer alone.
  if (start + 1 < end && (Is(start, "yes") || Is(start, "no")) && IsComma(start + 1)) {
    end = start + 1;
  }
  while (end > start && (Is(end - 1, ".") || IsDash(end - 1))) --end;
  // A quote opened in the content may run past the sentence.
  for (uint32_t k = start; k < end; ++k) {
    int qi = in_quote_[k];
    if (qi >= 0 && raw_[qi].te > end) end = raw_[qi].te;
  }
  if (start >= end) return false;
  a->ctb = start;
  a->cte = end;
  return true;
}

// The first of the two apostrophes closing a statement opened before
// `from` (glued to what they close, a space or punctuation after), in the
// paragraph of `from`; kNone when there are none.
uint32_t Run::ApostrophesClosing(uint32_t from) const {
  const uint32_t para = ParaOf(from);
  for (uint32_t k = from; k + 1 < toks_.size() && ParaOf(k) == para; ++k) {
    if (Is(k, "'") && Is(k + 1, "'") && toks_[k + 1].span.begin == toks_[k].span.end &&
        !SpaceBefore(k) && SpaceAfter(k + 1)) {
      return k;
    }
    if (OpensApostrophes(k)) return kNone;
  }
  return kNone;
}

// Where the reported clause starts after the addressee of a cue that
// takes one (`told` at ce - 1): "that", "whether", "if", "how", "what",
// "why" or "not to" after it (`told The Post and Courier newspaper of
// Charleston on Saturday that ...`, `asked Trump if ...`, `told Megyn not
// to worry`), or a subject with a finite verb (ClauseStartsAt). kNone when
// unsure: a comma, a quote or a relative clause comes first.
uint32_t Run::AfterAddressee(uint32_t ce, uint32_t se) const {
  if (ce >= se || !IsWord(ce) || in_quote_[ce] >= 0) return kNone;
  // "warned that ...", "asked whether ...": no addressee.
  // "asked about ...", "warned of ...", "asked to name ...": no addressee.
  // "told you (that) ...": "you" is the addressee.
  if (InSet(ce, ClauseOpeners()) || (InSet(ce, Pronouns()) && !Is(ce, "you")) || Is(ce, "not") ||
      InSet(ce, Prepositions()) || Is(ce, "of") || Is(ce, "to")) {
    return kNone;
  }
  const uint32_t after_commas = AfterCommaAddressee(ce, se);
  if (after_commas != kNone) return after_commas;
  for (uint32_t j = ce + 1; j < se && j < ce + kMaxAddresseeTokens; ++j) {
    if (in_quote_[j] >= 0 || IsDoubleMark(j)) return kNone;
    if (toks_[j].Has(kTokPossessive)) continue;
    if (!IsWord(j)) return kNone;
    char buf[24];
    std::string_view w = Lower(j, buf);
    if (toks_[j].Has(kTokLower) && ClauseOpeners().count(w) > 0) return j;
    // "reminded the audience of comments Trump made", "about state laws
    // after President Clinton greeted ...": an object or an adverbial, no
    // clause; "The Star-Ledger of Newark", "on Monday" may be addressee.
    if (w == "of" && !(j + 1 < se && toks_[j + 1].Has(kTokCapitalized))) return kNone;
    if (w != "on" && w != "at" && w != "in" && w != "during" && InSet(j, Prepositions())) {
      return kNone;
    }
    if (w == "not" && j + 1 < se && Is(j + 1, "to")) return j;
    // "asked his advisers to figure out how ...": the infinitive is said.
    if (w == "who" || w == "whom" || w == "whose" || w == "which" || w == "to") return kNone;
    // "The Post and Courier" is one name; "reporters and said" two verbs.
    if ((w == "and" || w == "or" || w == "but") &&
        !(j + 1 < se && toks_[j + 1].Has(kTokCapitalized))) {
      return kNone;
    }
    if (ClauseStartsAt(j, se)) return j;
  }
  return kNone;
}

// The opening mark of a quote that closes its sentence after the
// addressee of a cue that takes one (`told` at ce - 1): `told the
// committee, the press and the public "we have nothing to hide."`,
// `asked the Cleveland crowd "If ...?"`, `told the panel, in a rare
// statement, "..."`. The addressee (names, nouns, commas, "and", a time
// or place) is not what was said. kNone when a reported clause or its
// subject comes first (`told them Clinton "has ..."`, `told the crowd he
// was the "first one"`), a preposition other than on, at, in or during
// (`thanked Obama for "..."`, `asked Sanders about the "..."`), another
// cue (`told a rally, saying ...`), a possessive right before the mark
// (`told ABC's "Good Morning America."`: a title), a quote of a few
// words (`tell him "no more nonsense"`: a phrase, not a statement) or
// words after the quote other than a new predicate (`asked them
// "prayerfully consider" the future ...`: PolNeAR keeps the addressee).
uint32_t Run::AddresseeBeforeQuote(uint32_t ce, uint32_t se) const {
  if (ce >= se || !IsWord(ce) || in_quote_[ce] >= 0) return kNone;
  for (uint32_t j = ce; j < se && j < ce + kMaxIntroTokens; ++j) {
    if (IsDoubleMark(j)) {
      const int q = QuoteOpeningAt(j);
      if (q < 0 || raw_[q].used || raw_[q].open != j || toks_[j - 1].Has(kTokPossessive) ||
          raw_[q].words <= kMaxScareWords) {
        return kNone;
      }
      const uint32_t qe = raw_[q].te;
      return EndsSentence(raw_[q]) || NewPredicateAfter(qe, SentEnd(qe - 1)) ? j : kNone;
    }
    if (in_quote_[j] >= 0) return kNone;
    if (IsComma(j) || toks_[j].Has(kTokPossessive)) continue;
    if (!IsWord(j)) return kNone;
    char buf[24];
    const std::string_view w = Lower(j, buf);
    if (ClauseOpeners().count(w) > 0 || Finite().count(w) > 0 || w == "to" || w == "not" ||
        w == "who" || w == "whom" || w == "whose" || w == "which" ||
        (InSet(j, Pronouns()) && w != "you")) {
      return kNone;
    }
    if (w == "of" && !(j + 1 < se && toks_[j + 1].Has(kTokCapitalized))) return kNone;
    if (w != "on" && w != "at" && w != "in" && w != "during" && InSet(j, Prepositions())) {
      return kNone;
    }
    CueClass cls;
    if (toks_[j].Has(kTokLower) && MatchCue(j, se, &cls) > 0) return kNone;
    // "told them Clinton": a name after an object pronoun, a time word or
    // a noun of people is the reported clause's subject.
    if (j > ce && toks_[j].Has(kTokCapitalized) && toks_[j - 1].Has(kTokLower) &&
        (InSet(j - 1, ObjectPronouns()) || InSet(j - 1, TimeWords()) ||
         InSet(j - 1, Audiences()))) {
      return kNone;
    }
  }
  return kNone;
}

// Where the reported clause starts after an addressee or adverbial set
// off by commas (`told POLITICO, however, that ...`, `told reporters,
// including a local crew, that ...`, `telling supporters in Columbus,
// Ohio, that ...`): "if" or "whether" right after a comma, or "that"
// anywhere after one, with only words and commas from `ce` on. kNone
// when a quote, other punctuation, a subject pronoun or another cue comes
// first (`told the group, adding that ...`: the second cue's).
uint32_t Run::AfterCommaAddressee(uint32_t ce, uint32_t se) const {
  bool comma = false;
  for (uint32_t j = ce + 1; j < se && j < ce + kMaxCommaAddresseeTokens; ++j) {
    if (in_quote_[j] >= 0 || IsDoubleMark(j)) return kNone;
    if (IsComma(j)) {
      comma = true;
      continue;
    }
    if (toks_[j].Has(kTokPossessive)) continue;
    if (!IsWord(j)) return kNone;
    if (comma && IsComma(j - 1) && toks_[j].Has(kTokLower) &&
        (Is(j, "if") || Is(j, "whether"))) {
      return j;
    }
    // `telling customers at a Manchester, New Hampshire, diner that ...`.
    if (comma && Is(j, "that")) return j;
    CueClass cls;
    if (InSet(j, Pronouns()) || (toks_[j].Has(kTokLower) && MatchCue(j, se, &cls) > 0)) {
      return kNone;
    }
  }
  return kNone;
}

// Whether a clause starts at `j`, inside a run of words after an
// addressee: a subject (a determiner and its noun, a name after a word
// in lower case, or "it", "there", "this") right before a finite verb (an
// auxiliary or an irregular past; a past in -ed after the subject's
// noun, adverbs such as "never" allowed between). "the troops would",
// "Trump was", "it was", "her group never worked"; not "the truth", nor
// "the White House" after "at".
bool Run::ClauseStartsAt(uint32_t j, uint32_t se) const {
  const bool det = toks_[j].Has(kTokLower) && InSet(j, Determiners());
  // A name only after an object pronoun, a time word or a plural noun of
  // people ("told him Trump was", "told reporters Clinton had"): after
  // another noun it may open a relative clause ("the one promise Mrs.
  // Clinton has made").
  const bool name = toks_[j].Has(kTokCapitalized) && !toks_[j].Has(kTokSentStart) &&
                    toks_[j - 1].Has(kTokLower) && !InSet(j, Determiners()) &&
                    !InSet(j, Pronouns()) &&
                    (InSet(j - 1, ObjectPronouns()) || InSet(j - 1, TimeWords()) ||
                     InSet(j - 1, Audiences()));
  const bool expletive = Is(j, "it") || Is(j, "there") || Is(j, "this");
  if (!det && !name && !expletive) return false;
  const bool finite_next = j + 1 < se && InSet(j + 1, Finite());
  // "in clinching the nomination is": the object of a participle.
  if (InSet(j - 1, Prepositions()) || Is(j - 1, "of") || Is(j - 1, "to") ||
      InSet(j - 1, Determiners()) || IsIngForm(Text(j - 1))) {
    return false;
  }
  // "this was ...", "it was ..."; "this plan would" reads on as a phrase.
  if (expletive && (finite_next || !det)) return finite_next;
  int nouns = name ? 1 : 0;
  for (uint32_t k = j + 1; k < se && k < j + 7; ++k) {
    if (toks_[k].Has(kTokPossessive)) continue;
    if (!IsWord(k) || in_quote_[k] >= 0) return false;
    if (InSet(k, Finite())) return nouns > 0;
    if (nouns > 0 && toks_[k].Has(kTokLower) &&
        (InSet(k, IrregularPast()) || (Text(k).size() > 3 && Text(k).ends_with("ed")))) {
      return true;
    }
    // "her group never worked": an adverb before the verb.
    if (nouns > 0 && InSet(k, AuxAdverbs()) && !InSet(k, ClauseStops())) continue;
    if (InSet(k, Determiners()) || InSet(k, Pronouns()) || InSet(k, ClauseStops()) ||
        InSet(k, AuxAdverbs())) {
      return false;
    }
    ++nouns;
  }
  return false;
}

// Where reported content in [start, end) stops: before a
// non-restrictive clause (", which ...", ", who ...") or a new clause
// joined by ", and" / ", but" / ";", outside quotes.
// Whether the cue at `c` stands in a clause opened by a subordinator
// ("While", "Although", "When", "If", "Because", ...) at the start of its
// sentence, with no comma between.
bool Run::InOpeningSubordinate(uint32_t c) const {
  static const auto* openers = new WordSet{
      "while", "although", "though", "when", "if", "because", "since", "whereas",
      "unless", "once", "after", "before"};
  uint32_t k = SentBegin(c);
  if (k < c && (Is(k, "But") || Is(k, "And") || Is(k, "Yet"))) ++k;
  if (k + 1 < c && Is(k, "Even") && Is(k + 1, "though")) ++k;
  // "Hours after Chinese state media said ..., the spokesman told",
  // "Speaking only hours after ...", "Just days before ...": a lead of time
  // words (or a participle opening the sentence) before a subordinator of
  // time (v129).
  if (k < c && !InSet(k, *openers)) {
    static const auto* lead = new WordSet{"only", "just", "shortly", "soon", "long", "right",
                                          "immediately", "a", "few", "several", "two", "three"};
    uint32_t j = k;
    while (j < c && j < k + 4 && IsWord(j) && in_quote_[j] < 0 &&
           (InSet(j, TimeUnits()) || InSet(j, *lead) ||
            (j == k && toks_[j].Has(kTokCapitalized) && IsIngForm(Text(j))))) {
      ++j;
    }
    if (j > k && j < c && (Is(j, "after") || Is(j, "before") || Is(j, "when") ||
                           Is(j, "while") || Is(j, "since") || Is(j, "once"))) {
      k = j;
    }
  }
  if (k >= c || !InSet(k, *openers)) return false;
  // A quote inside the clause does not end it, nor do the commas inside
  // the quote ("Though the judge had pronounced him responsible for a
  // \u201cdark, dark, dark\u201d era and said ...").
  for (uint32_t j = k + 1; j < c; ++j) {
    if (in_quote_[j] < 0 && IsComma(j)) return false;
  }
  return true;
}

// Whether a main clause starts at `k`: a subject pronoun, or a name or a
// phrase opened by a determiner, with a verb form within a few words and
// no comma before it.
bool Run::MainClauseAt(uint32_t k, uint32_t end) const {
  if (k + 1 >= end || !IsWord(k) || in_quote_[k] >= 0) return false;
  if (InSet(k, Pronouns()) && !Is(k, "you")) return IsWord(k + 1);
  if (!InSet(k, Determiners()) && !toks_[k].Has(kTokCapitalized)) return false;
  for (uint32_t j = k + 1; j < end && j < k + 6; ++j) {
    if (!IsWord(j) || in_quote_[j] >= 0) return false;
    if (toks_[j].Has(kTokLower) && LooksLikeVerb(j)) return true;
  }
  return false;
}

// Where a noun phrase on "a", "an" or "the" at `k` ends (at a comma,
// other punctuation or `end`) when no finite or past verb stands in it
// before a relative pronoun ("a professor of economics at M.I.T.", "a
// union that has broken away from ..."); kNone when one does ("the
// economy is strong", "the contractors left").
uint32_t Run::AppositiveEnd(uint32_t k, uint32_t end) const {
  if (!(Is(k, "a") || Is(k, "an") || Is(k, "the"))) return kNone;
  bool relative = false;
  for (uint32_t t = k + 1; t < end; ++t) {
    if (!IsWord(t) && in_quote_[t] < 0) return t;
    if (relative || in_quote_[t] >= 0) continue;
    if (Is(t, "who") || Is(t, "which") || Is(t, "that")) {
      relative = true;
    } else if (toks_[t].Has(kTokLower) && (InSet(t, Finite()) || PastVerb(t))) {
      return kNone;
    }
  }
  return end;
}

// `relatives_in`: a relative clause after a comma ("..., who worked at
// the school") belongs to the content rather than ending it.
uint32_t Run::ClauseEnd(uint32_t start, uint32_t end, bool relatives_in) const {
  for (uint32_t k = start + 2; k + 1 < end; ++k) {
    // `that he has "expanded the Republican party," claiming that ...`,
    // `''overblown,'' adding that ...`: a comma inside the closing mark
    // (or before two closing apostrophes) ends the clause before a
    // participle cue as a comma outside it does.
    // Only at punctuation (the test runs at every token of a content).
    const bool punct = toks_[k].Has(kTokPunct);
    if (punct && ((QuoteClosingAt(k) >= 0 && IsComma(k - 1)) ||
                  (Is(k, "'") && Is(k - 1, "'") && k >= start + 3 && IsComma(k - 2) &&
                   !SpaceBefore(k - 1)))) {
      CueClass cls;
      if (IsIngForm(Text(k + 1)) && toks_[k + 1].Has(kTokLower) && MatchCue(k + 1, end, &cls) > 0) {
        return k + 1;
      }
    }
    if (in_quote_[k] >= 0) continue;
    if (Is(k, ";")) return k;
    // "... with the DNC -- saying the campaign chose not to ...": a dash
    // before a participle cue, as a comma.
    if (punct && IsDash(k) && IsIngForm(Text(k + 1)) && toks_[k + 1].Has(kTokLower)) {
      CueClass cls;
      if (MatchCue(k + 1, end, &cls) > 0) return k;
    }
    // "he plans to ... and suspected that ...", "... but said ...": a
    // second cue of the same subject starts its own attribution.
    if ((Is(k, "and") || Is(k, "but")) && CoordinatedCue(k + 1, end)) {
      uint32_t e = k;
      if (e > start && IsComma(e - 1)) --e;
      return e;
    }
    // "called the deal \u201ca disgrace\u201d and threatened to ...": a content
    // with no verb of its own (an object) and a second verb, whatever it
    // is: the source's next act, not what was said.
    if (Is(k, "and") && CoordinatedPredicate(start, k, end)) {
      uint32_t e = k;
      if (e > start && IsComma(e - 1)) --e;
      return e;
    }
    // "... and about the same numbers would rather see ...": a new subject
    // and its cue.
    if (Is(k, "and") && k + 2 < end && LaterCue(k + 1, end)) {
      uint32_t e = k;
      if (e > start && IsComma(e - 1)) --e;
      return e;
    }
    if (!IsComma(k)) continue;
    // "..., insisting that ...", "Barkley, who said ..., said one ...":
    // likewise.
    CueClass cls;
    if (IsIngForm(Text(k + 1)) && MatchCue(k + 1, end, &cls) > 0) return k;
    // "..., with Gorka noting the absurdity of ...": an absolute clause
    // whose own subject speaks; it heads its own attribution.
    if (Is(k + 1, "with") && WithSubjectCue(k + 2, end)) return k;
    // "Barkley, who said he votes democratic, said one candidate ...".
    if (Is(k + 1, "said") || Is(k + 1, "says") || Is(k + 1, "told")) return k;
    // "After Tanden informed Soros that she ..., Tanden wrote that ...":
    // the main clause, with its own subject, cue and "that".
    if (SubjectCueThat(k + 1, end)) return k;
    char buf[24];
    std::string_view w = Lower(k + 1, buf);
    if (((w == "which" || w == "who" || w == "whose") && !relatives_in) || w == "while" ||
        w == "although" || w == "though" || w == "but" || w == "whereas") {
      return k;
    }
    if (w == "and" && k + 2 < end &&
        (InSet(k + 2, Pronouns()) || InSet(k + 2, Determiners()) ||
         toks_[k + 2].Has(kTokCapitalized) || ClauseAfterTimePhrase(k + 2, end))) {
      return k;
    }
  }
  return end;
}

// Whether a time phrase and a new clause start at `k`, after ", and": "on
// Tuesday tens of thousands of protesters poured into Tahrir Square"
// (the content of "called for large street protests until the generals
// backed down" ran on into it). The phrase is "on", "in", "by" or "at"
// and a capitalized word or a time word ("on Tuesday", "in March", "by
// Friday night"), or time words alone ("later", "last week"); then a
// subject whose verb follows within six words.
bool Run::ClauseAfterTimePhrase(uint32_t k, uint32_t end) const {
  uint32_t j = k;
  if (Is(j, "on") || Is(j, "in") || Is(j, "by") || Is(j, "at")) {
    ++j;
    if (j >= end || !(toks_[j].Has(kTokCapitalized) || InSet(j, TimeWords()))) return false;
  } else if (!InSet(j, TimeWords())) {
    return false;
  }
  while (j < end && j < k + 4 && (InSet(j, TimeWords()) || toks_[j].Has(kTokCapitalized))) ++j;
  if (j < end && IsComma(j)) ++j;
  if (j + 1 >= end || !IsWord(j) || in_quote_[j] >= 0) return false;
  if (!toks_[j].Has(kTokLower) && !toks_[j].Has(kTokNumber)) return false;
  for (uint32_t v = j + 1; v < end && v < j + 7; ++v) {
    if (!IsWord(v) || in_quote_[v] >= 0) return false;
    if (toks_[v].Has(kTokLower) && (Text(v).ends_with("ed") || InSet(v, IrregularPast()))) {
      return true;
    }
  }
  return false;
}

// Whether a short subject (a name or a determiner and its noun), a cue
// and "that" start at `k` ("Tanden wrote that", "the report said that").
bool Run::SubjectCueThat(uint32_t k, uint32_t end) const {
  if (!(toks_[k].Has(kTokCapitalized) || InSet(k, Determiners()))) return false;
  // Cheap test first: this runs at every comma of a content.
  bool that = false;
  for (uint32_t j = k + 2; j < end && j < k + 7 && !that; ++j) that = Is(j, "that");
  if (!that) return false;
  for (uint32_t j = k + 1; j + 1 < end && j < k + 5; ++j) {
    if (!IsWord(j) || in_quote_[j] >= 0) return false;
    CueClass cls;
    const uint32_t len = toks_[j].Has(kTokLower) ? MatchCue(j, end, &cls) : 0;
    if (len > 0) {
      return cls != CueClass::kAccording && j + len < end && Is(j + len, "that");
    }
  }
  return false;
}

// Whether a cue verb (after auxiliaries and adverbs: "and later said")
// starts at `k`, with content after it, so that it heads an attribution
// of its own. The content may be a quote, opened right after the cue or
// after its comma or colon (`said that he taught constitutional law, and
// added: "I know a little about this."`: the quote is the source's next
// statement, not more of the clause before "and"); not after "but"
// (`said that she thinks the video should be released but said "the
// question is the timing."`: PolNeAR's dev gold keeps one content).
bool Run::CoordinatedCue(uint32_t k, uint32_t end) const {
  const bool after_and = k > 0 && Is(k - 1, "and");
  // `and had been declared "clinically dead"`: a passive cue reports
  // nothing of the source's.
  bool passive = false;
  while (k < end && (InSet(k, AuxAdverbs()) || IsLyAdverb(k))) {
    passive = passive || Is(k, "been") || Is(k, "be") || Is(k, "was") || Is(k, "were") ||
              Is(k, "is") || Is(k, "are");
    ++k;
  }
  if (k >= end || !toks_[k].Has(kTokLower)) return false;
  CueClass cls;
  const uint32_t len = MatchCue(k, end, &cls);
  if (len == 0 || cls == CueClass::kAccording || k + len >= end) return false;
  uint32_t n = k + len;
  if (IsWord(n)) return true;
  if (!after_and || passive) return false;
  if ((IsComma(n) || Is(n, ":")) && n + 1 < end) ++n;
  return QuoteOpeningAt(n) >= 0;
}

// Whether "and" at `k` (outside quotes) coordinates a past verb with the
// cue rather than with the content: the content [start, k) is an object
// of at least kMinIndirectWords words with no verb form of its own (no
// past form, auxiliary, subject pronoun or word opening a clause, "that",
// "why", ..., outside its quotes), and "and" is followed (after "then",
// "later", "also" or an -ly adverb) by a past form whose own object or
// clause starts with a determiner, a pronoun, "to", a name, a number or a
// quote, or by a cue and a comma or colon (`called the plan "an absolute
// disgrace" and threatened to ...`, `rejected the rest of the party's
// claims and said, "..."`). Not `victims and unaccompanied minors`, `his
// bigotry and hatred`, `unclear why Mr. Lanza drove ... and slaughtered`.
bool Run::CoordinatedPredicate(uint32_t start, uint32_t k, uint32_t end) const {
  if (!Is(k, "and") || in_quote_[k] >= 0) return false;
  uint32_t v = k + 1;
  while (v < end && v < k + 3 &&
         (Is(v, "then") || Is(v, "later") || Is(v, "also") || IsLyAdverb(v))) {
    ++v;
  }
  if (v + 1 >= end || !PastVerb(v)) return false;
  const uint32_t n = v + 1;
  CueClass cls;
  const bool cue = MatchCue(v, end, &cls) == 1 && cls != CueClass::kAccording;
  bool object = false;
  if (Is(n, ",") || Is(n, ":")) {
    object = cue;
  } else if (in_quote_[n] < 0 || QuoteOpeningAt(n) >= 0) {
    object = QuoteOpeningAt(n) >= 0 || Is(n, "to") || InSet(n, Determiners()) ||
             InSet(n, Pronouns()) || Is(n, "him") || Is(n, "them") || Is(n, "us") ||
             toks_[n].Has(kTokCapitalized | kTokNumber);
  }
  if (!object) return false;
  // Words that open a clause of the content's own (`said, one investigator
  // said, why Mr. Lanza ... drove her car to the school and slaughtered
  // ...`: "drove" is in no list).
  static const auto* clause_words = new WordSet{"that", "who", "which", "why", "how", "what",
                                                "whether", "if", "when", "where", "because"};
  int words = 0;
  for (uint32_t j = start; j < k; ++j) {
    words += IsWord(j) ? 1 : 0;
    // "'s" after a word of the object is a possessive ("the laptop's
    // owners"), not "is".
    if (in_quote_[j] >= 0 || !toks_[j].Has(kTokLower) || Is(j, "'s") || Is(j, "\xE2\x80\x99s")) {
      continue;
    }
    if (PastVerb(j) || InSet(j, AuxAdverbs()) || InSet(j, *clause_words) ||
        (InSet(j, Pronouns()) && !Is(j, "it") && !Is(j, "you"))) {
      return false;
    }
  }
  // A shorter object would be dropped as too short to be a statement
  // (`vetoed a veto and attempted to ...` is one).
  if (words < kMinIndirectWords) return false;
  // A quote after "and" would be left without its speaker (`and likened
  // it to ... "stand up and be counted."`): the content keeps it, unless
  // the verb is a cue of its own (`and said, "..."`).
  for (uint32_t j = v + 1; j < end && !cue; ++j) {
    if (in_quote_[j] >= 0) return false;
  }
  return true;
}

// Whether a new clause with its own cue starts at `k`: a short subject
// opened by a quantity, determiner or pronoun, then a cue ("about the
// same numbers would rather see", "more than 4 in 10 said").
bool Run::LaterCue(uint32_t k, uint32_t end) const {
  if (!(InSet(k, Quantifiers()) || InSet(k, Approximators()) || InSet(k, Determiners()) ||
        InSet(k, Pronouns()) || Is(k, "more") || toks_[k].Has(kTokNumber))) {
    return false;
  }
  for (uint32_t j = k + 1; j < end && j < k + 7; ++j) {
    if (!IsWord(j) || in_quote_[j] >= 0) return false;
    if (InSet(j, AuxAdverbs()) || IsLyAdverb(j)) continue;
    CueClass cls;
    if (toks_[j].Has(kTokLower) && MatchCue(j, end, &cls) > 0) return cls != CueClass::kAccording;
  }
  return false;
}

// Whether the subject of an absolute clause after "with" and its -ing cue
// start at `k` ("with Gorka noting", "with him adding", "with critics
// saying"): up to four words that may name people or a source, as
// TryAttribution reads them for the participle's own subject (a name, a
// number or quantity, a plural, an object pronoun; not "with softer
// language calling for").
bool Run::WithSubjectCue(uint32_t k, uint32_t end) const {
  static const auto* objects = new WordSet{"him", "her", "them", "us"};
  for (uint32_t j = k; j < end && j < k + 5; ++j) {
    if (!IsWord(j) || in_quote_[j] >= 0 || IsComma(j)) return false;
    if (j > k && IsIngForm(Text(j)) && toks_[j].Has(kTokLower)) {
      CueClass cls;
      if (MatchCue(j, end, &cls) == 0 || cls == CueClass::kAccording) return false;
      return (j == k + 1 && InSet(k, *objects)) || MayNameSpeaker(k, j);
    }
  }
  return false;
}

// Whether the phrase [b, e), the subject of an absolute clause after
// "with", may name people or a source: a number or quantity, a name, a
// plural, or a determiner and a noun of people or a body ending it ("the
// mayor", "the company"); not "softer language", "financial backing".
bool Run::MayNameSpeaker(uint32_t b, uint32_t e) const {
  const std::string_view last = Text(e - 1);
  if (last.size() > 3 && last.ends_with("s") && !last.ends_with("ss")) return true;
  for (uint32_t x = b; x < e; ++x) {
    if (toks_[x].Has(kTokNumber | kTokCapitalized) || InSet(x, Quantifiers())) return true;
  }
  return e > b + 1 && InSet(b, Determiners()) && InSet(e - 1, SpeakerNouns());
}

// Content tokens of a cue whose content precedes it ("..., X said").
// `before` is the token just before the attribution (a comma or mark).
bool Run::ContentBefore(uint32_t before, uint32_t sb, Attribution* a) {
  uint32_t b = before;
  int q = QuoteClosingAt(b);
  if (q < 0 && IsComma(b) && b > sb) q = QuoteClosingAt(b - 1);
  if (q < 0 && IsComma(b) && b > 0) {
    // `"...", he said` with the comma outside, or a quote ending the
    // previous sentence.
    q = QuoteClosingAt(b - 1);
  }
  if (q >= 0 && !raw_[q].used) {
    const RawQuote& r = raw_[q];
    uint32_t qsb = SentBegin(r.tb);
    bool alone = true;
    for (uint32_t k = r.tb; k > qsb && alone; --k) alone = !IsWord(k - 1) || in_quote_[k - 1] >= 0;
    // Quotes closed before this one in the same sentence belong to an
    // earlier attribution; only plain words before the mark make it part
    // of a longer statement.
    a->quotes = {q};
    if (alone || r.open == kNone) {
      a->ctb = r.tb;
      a->cte = r.te;
      a->kind = QuoteKind::kDirect;
      return true;
    }
    a->ctb = qsb;
    a->cte = r.te;
    return true;
  }
  uint32_t e = b;
  while (e > sb && (IsComma(e - 1) || IsDash(e - 1))) --e;
  if (IsComma(b) || IsDash(b)) {
    // e is already before the comma.
  }
  uint32_t start = sb;
  // `''...,'' he said`: the two apostrophes opening the statement are its
  // mark, as the closing ones are (left out before `e`).
  if (start + 2 < e && Is(start, "'") && Is(start + 1, "'") && Is(b, "'")) start += 2;
  if (start >= e) return false;
  a->ctb = start;
  a->cte = e;
  return true;
}

}  // namespace newsie::quotes::internal
