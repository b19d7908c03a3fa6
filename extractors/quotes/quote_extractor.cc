#include "extractors/quotes/quote_extractor.h"

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "extractors/quotes/quote_extractor_internal.h"
#include "gazetteers/gazetteer.h"

namespace newsie {
namespace quotes::internal {

void Run::Go() {
  const uint32_t n = static_cast<uint32_t>(toks_.size());
  if (n == 0) return;
  in_quote_.assign(n, -1);
  sent_of_.assign(n, 0);
  const auto& sents = doc_.sentences();
  for (uint32_t s = 0; s < sents.size(); ++s) {
    for (uint32_t t = sents[s].token_begin; t < sents[s].token_end; ++t) sent_of_[t] = s;
  }
  // Sized before EndUnclosedAtAttribution, whose cue and subject tests
  // run before any attribution: none is taken or owned yet.
  cue_taken_.assign(n, 0);
  owned_.assign(n, 0);
  sent_last_.assign(sents.size(), -1);
  MarkNicknames();
  PairMarks();
  EndUnclosedAtAttribution();
  for (size_t i = 0; i < raw_.size(); ++i) {
    for (uint32_t t = raw_[i].tb; t < raw_[i].te; ++t) in_quote_[t] = static_cast<int>(i);
  }
  AttributeQuotes();
  FindAttributions();
  FindHeadlineAttributions();
  ResolveSpeakers();
  AddLeftoverQuotes();
  Emit();
}

// The attribution inside a partial quote's content, [*gb, *ge): the gap
// a join recorded (`The deal "looks out ...," Sanders wrote. "That is
// ..."`), or the subject and cue standing inside the content (`That, the
// commission said, "would be ..."`, `... Democrats" in the 2008 primary,
// said Paul Beck, a professor`), with the commas around them; it runs
// to the content's end when no quote follows it. False when there is
// none.
bool Run::PartialGap(const Attribution& a, uint32_t* gb, uint32_t* ge) const {
  if (a.gap_e > a.gap_b) {
    *gb = a.gap_b;
    *ge = a.gap_e;
    return true;
  }
  if (a.cue_e <= a.cue_b || a.cue_b <= a.ctb || a.cue_e > a.cte) return false;
  uint32_t b = a.cue_b, e = a.cue_e;
  if (a.subj.found() && a.subj.tb > a.ctb && a.subj.tb < b) b = a.subj.tb;
  if (a.subj.found() && a.subj.tb >= e && a.subj.te <= a.cte) e = a.subj.te;
  for (uint32_t k = b; k < e; ++k) {
    if (in_quote_[k] >= 0) return false;
  }
  while (e < a.cte && InSet(e, TimeWords())) ++e;
  while (b > a.ctb && (IsComma(b - 1) || IsDash(b - 1))) --b;
  if (!HasWord(e, a.cte) || !HasQuote(e, a.cte)) {
    e = a.cte;
  } else {
    // `the governor told reporters, "it starts ..."`: an addressee or
    // an adverbial closed by a comma, a colon or a period before the
    // quote belongs to the attribution.
    uint32_t k = e;
    while (k < a.cte && in_quote_[k] < 0) ++k;
    if (k < a.cte && k > e && (IsComma(k - 1) || Is(k - 1, ":") || Is(k - 1, "."))) e = k;
    while (e < a.cte && (IsComma(e) || Is(e, ":") || IsDash(e))) ++e;
  }
  if (!HasWord(a.ctb, b)) return false;
  *gb = b;
  *ge = e;
  return true;
}

// The span of content tokens [b, e) with both marks of every quote it
// holds a mark of: PolNeAR's contents keep the marks (train: 288 partial
// and indirect contents start with the opening mark, none right after
// it; 1,416 end with the closing mark, 7 right before it), and a span
// holding one mark of a pair reads as a broken quote (`that "the deal is
// dead.` for `told reporters that "the deal is dead."`).
Span Run::BalancedSpan(uint32_t b, uint32_t e) const {
  uint32_t lo = b, hi = e;
  for (uint32_t k = b; k < e; ++k) {
    if (in_quote_[k] < 0 || !IsDoubleMark(k)) continue;
    const RawQuote& r = raw_[in_quote_[k]];
    if (k == r.open && r.close != kNone) hi = std::max(hi, r.close + 1);
    if (k == r.close && r.open != kNone) lo = std::min(lo, r.open);
  }
  return SpanOf(lo, hi);
}

// Whether tokens [b, e) hold a quoted word.
bool Run::HasQuote(uint32_t b, uint32_t e) const {
  for (uint32_t k = b; k < e; ++k) {
    if (in_quote_[k] >= 0 && IsWord(k)) return true;
  }
  return false;
}

// Content tokens [b, e) as a fragment: a quote alone is its words (a
// comma inside the marks stays, as in a direct quote's fragment); words
// with a quote keep both its marks (`means "he must be doing something
// right,"`), as the span does. Nothing when no word is left.
void Run::AddContentPiece(uint32_t b, uint32_t e, std::vector<Span>* out) const {
  if (e > b + 1 && in_quote_[b] >= 0 && raw_[in_quote_[b]].open == b &&
      raw_[in_quote_[b]].close == e - 1) {
    ++b;
    --e;
  }
  if (!HasWord(b, e)) return;
  out->push_back(BalancedSpan(b, e));
}

void Run::Emit() {
  auto& out = doc_.mutable_quotes();
  out.clear();
  out.reserve(attrs_.size());
  const auto& sents = doc_.sentences();
  for (const Attribution& a : attrs_) {
    Quote q;
    q.kind = a.kind;
    uint32_t gap_b = 0, gap_e = 0;
    if (a.kind == QuoteKind::kIndirect && a.gap_e > a.gap_b) {
      q.fragments.push_back(SpanOf(a.ctb, a.gap_b));
      q.fragments.push_back(SpanOf(a.gap_e, a.cte));
    } else if (a.kind == QuoteKind::kIndirect) {
      q.fragments.push_back(SpanOf(a.ctb, a.cte));
    } else if (a.kind == QuoteKind::kPartial && PartialGap(a, &gap_b, &gap_e)) {
      AddContentPiece(a.ctb, gap_b, &q.fragments);
      AddContentPiece(gap_e, a.cte, &q.fragments);
    } else {
      std::vector<int> qs = a.quotes;
      std::sort(qs.begin(), qs.end());
      for (int qi : qs) {
        for (const Span& p : raw_[qi].pieces) q.fragments.push_back(p);
      }
    }
    if (q.fragments.empty()) continue;
    if (a.kind == QuoteKind::kDirect || a.kind == QuoteKind::kScare) {
      q.span = {q.fragments.front().begin, q.fragments.back().end};
    } else {
      // Partial (also when split by its attribution) and indirect: the
      // content with the marks of its quotes.
      const Span c = BalancedSpan(a.ctb, a.cte);
      q.span = {std::min(c.begin, q.fragments.front().begin),
                std::max(c.end, q.fragments.back().end)};
    }
    if (a.kind != QuoteKind::kScare) {
      q.speaker = a.speaker;
      q.original_speaker = a.original;
    }
    // "was remembered by classmates as ...": the agent is a source.
    q.sourceless = a.passive && !q.speaker.resolved &&
                   !(a.cue_e < toks_.size() && Is(a.cue_e, "by"));
    if (a.cue_e > a.cue_b) q.cue = SpanOf(a.cue_b, a.cue_e);
    uint32_t s0 = sent_of_[a.ctb], s1 = sent_of_[a.cte - 1];
    if (a.cue_e > a.cue_b) {
      s0 = std::min(s0, sent_of_[a.cue_b]);
      s1 = std::max(s1, sent_of_[a.cue_e - 1]);
    }
    q.sentence = {sents[s0].span.begin, sents[s1].span.end};
    out.push_back(std::move(q));
  }
  std::sort(out.begin(), out.end(), [](const Quote& x, const Quote& y) {
    return x.span.begin < y.span.begin;
  });
}

}  // namespace quotes::internal

namespace {

StatusOr<CueClass> ParseCueClass(const GazetteerEntry& e) {
  const std::string& c = e.Field("class");
  if (c.empty() || c == "speech") return CueClass::kSpeech;
  if (c == "speech_obj") return CueClass::kSpeechObj;
  if (c == "speech_call") return CueClass::kCall;
  if (c == "belief") return CueClass::kBelief;
  if (c == "according") return CueClass::kAccording;
  return InvalidArgumentError(e.file + ":" + std::to_string(e.line) +
                              ": unknown cue class '" + c + "'");
}

}  // namespace

StatusOr<CueTable> CueTable::FromGazetteers(const Gazetteers& g) {
  CueTable t;
  for (uint32_t i : g.EntriesOfType("CUE")) {
    const GazetteerEntry& e = g.entry(i);
    StatusOr<CueClass> cls = ParseCueClass(e);
    if (!cls.ok()) return cls.status();
    for (const std::string& alias : e.aliases) {
      // Split on spaces and lower-case (cue forms are ASCII).
      std::vector<std::string> words;
      std::string cur;
      for (char ch : alias) {
        if (ch == ' ') {
          if (!cur.empty()) words.push_back(std::move(cur));
          cur.clear();
        } else {
          cur.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch);
        }
      }
      if (!cur.empty()) words.push_back(std::move(cur));
      if (words.empty()) continue;
      Form f;
      f.cls = *cls;
      f.rest.assign(words.begin() + 1, words.end());
      t.AddShape(words[0]);
      t.by_first_[words[0]].push_back(std::move(f));
    }
  }
  if (t.by_first_.empty()) {
    return FailedPreconditionError(
        "no CUE entries in the gazetteers (expected gazetteers/data/cues/cue_verbs.tsv)");
  }
  return t;
}

void CueTable::AddShape(std::string_view w) {
  if (w.size() < 2 || w.size() > kMaxWordLength) return;
  const int a = LetterIndex(w.front()), z = LetterIndex(w.back());
  if (a < 0 || z < 0) return;  // MayStart() lets such tokens through
  const size_t bit = (static_cast<size_t>(a) * 26 + static_cast<size_t>(z)) * kLengths + w.size();
  shapes_[bit / 64] |= uint64_t{1} << (bit % 64);
}

const std::vector<CueTable::Form>* CueTable::Starting(std::string_view first_lower) const {
  return by_first_.find(first_lower);
}

QuoteExtractor::QuoteExtractor(CueTable cues, bool paired_apostrophes,
                               const Gazetteers* gazetteers)
    : cues_(std::move(cues)), paired_apostrophes_(paired_apostrophes), gazetteers_(gazetteers) {
  info_.name = "quotes.said_verb";
  // 6: a passive cue ("are expected to", "was told") names no speaker.
  // 7: a quote opening its sentence is DIRECT before a subject and any past
  // verb (`"...," an angry Hollande retaliated`); longer intros before a quote.
  // 8: the text stage keeps "(D-N.Y.)" in one sentence with its speaker.
  // 9: markup attribute marks (author="@x") are no quotation marks; "said
  // Will Doyle"; "read one"; the any-verb attribution after a colon too.
  // 10: `X said: "...," adding that ...` is DIRECT; "R-Ky.," keeps its
  // sentence (text.icu v3).
  // 11: `..."...," adding that ...` after an attribution in the sentence is
  // an attribution of the same speaker.
  // 12: a quote inside a quote in double marks (open, open, close, close)
  // stays inside the outer quote.
  // 13: a "- Name." line after a quote paragraph names its speaker; the
  // leading name before a colon intro with no cue ("Kasich resisted:").
  // 26: "show" after a determiner is the noun; "reading" before a quote is
  // a cue whose content is the quote alone (the thing that reads it is the
  // speaker); a paragraph that is only a quoted subhead in capitals is SCARE.
  // 27: a quote opening its sentence, closed by a comma and followed by a
  // subject is DIRECT, that subject's, even when its cue is not read.
  // 28: `which he called "a cartel ..."`: a lower-case name after "call"
  // is PARTIAL.
  // 29: `says things such as, "..."`: an example after "such as" or
  // "including" is PARTIAL.
  // 30: a quoted sentence after a partial quote of three or more quoted
  // words and its post-posed cue, in one paragraph, joins it; `"...," X
  // said, according to Y`: PARTIAL, Y's, the content up to the comma.
  // 31: cue list: "put it ," / "puts it ," (`As one voter put it, "..."`).
  // 32: `..., Spicer said, adding, "..."`: the participle's subject is the
  // finite cue's before it when only an adverbial comes between.
  // 33: cue list: "went on to say", "issued/released the following
  // statement".
  // 34: a quote opening with an ellipsis and a capital after a period
  // starts a sentence; a split quote's second part may follow a long
  // appositive (30 tokens, was 14).
  // 35: a cue form in -s right after a determiner ("a few questions",
  // "his remarks") is a plural noun, not a cue.
  // 36: one quoted word alone after a statement (`"Nooooo!"`, `"Related:"`)
  // is SCARE, not the previous speaker's continuation.
  // 37: cue list: "put it :" / "puts it :".
  // 38: a one-token cue form used as a noun is no cue: right after an
  // article or a possessive, a base form after "a" and one word, an -ing
  // form after "a" and one word followed by a preposition or a period
  // ("a trigger warning for", "a strong showing in"); unless "that", "to",
  // "about", "of" or "for" follows ("a forceful promise to ...").
  // 39: a PARTIAL quote split by its attribution (joined across it, or
  // with its subject and cue inside the content) has the content pieces
  // on both sides as fragments, and the span from the first to the last.
  // 40: a partial quote before its cue goes on with a second part in
  // lower case after the attribution (`means "he must be ...," she says,
  // "but I don't know ..."`), as a direct quote's split part does; a
  // statement after that cue (`Starr said, "Leave aside ..."`) is the
  // cue's subject's, where it had no speaker.
  // 46: an addressee or adverbial set off by commas before "that", "if"
  // or "whether" is left out of the content (`told POLITICO, however,
  // that ...`).
  // 47: cue list: "informed" (speech_obj); a participle after a noun
  // before "by" is no cue ("a president informed by experience"); a
  // sentence-initial participle before a preposition takes no subject
  // after it ("Informed of ..., Early described ..."); a content ends at a
  // comma before a subject, a cue and "that" ("After Tanden informed Soros
  // that ..., Tanden wrote that ...").
  // 48: a participle in -ed before its noun after a preposition or a word
  // of degree is an adjective, no cue ("the number of reported cases",
  // "the most pledged delegates"), and so is "called" naming the noun
  // after "a" and one word ("a program called Sandy Hook Promise").
  // 49: after an addressee with a comma in it, "that" starts the content
  // wherever it stands (`telling customers at a Manchester, New
  // Hampshire, diner that ...`), as it does without commas.
  // 50: a partial or indirect span holds both marks of every quote it
  // holds a mark of (`that "the deal is dead."` kept its opening mark and
  // lost the closing one), as PolNeAR's contents do.
  // 51: after a cue that takes an addressee, an addressee running up to a
  // quote that closes the sentence is left out (`told the committee, the
  // press and the public "we have nothing to hide."`: DIRECT).
  // 52: so does each piece of a partial quote split by its attribution
  // (`means "he must be doing something right," | but ...`); a piece that
  // is one quote alone is still its words.
  // 53: 'add' before an amount is no cue ("The company added 300 jobs
  // last year, its chief executive said": the executive said it; "Add
  // 1/2 cup of sugar." reports nothing).
  // 56: a subject phrase that is the object of a preposition after a noun
  // is the whole phrase ("protest organizers in Cleveland say": not
  // "Cleveland"), and a phrase of time or manner between subject and cue
  // is skipped ("The company in a statement said": not "a statement").
  // 57: a phrase after a comma is the appositive's only when it opens with
  // a determiner after a name (`..., attorneys for the family said.` is a
  // closing attribution, its subject the whole phrase).
  // 58: "according to" a phrase cut after "of" runs on to the noun phrase
  // that completes it ("early results of exit polls", was "early results
  // of").
  // 59: pronouns resolve only to a compatible antecedent: "he"/"she" not
  // to a person the words before its mentions give the other gender
  // ("her son Matthew", "Mrs. Rivera"); "they" to no single person, only
  // to a body or a plural phrase that spoke nearby; "we" to no one; "he"
  // after an unnamed role that spoke ("the official said") to that role;
  // nothing in a lead phrase ("Turning to Mr. Scheib, he") is the
  // antecedent of the subject after it.
  // 60: a closing subject the phrase reader stopped short of its comma
  // runs back to it ("..., law enforcement officials said.", "..., NATO
  // and Afghan officials said.": no attribution before).
  // 61: a cue inside a subordinate clause opening the sentence ("While he
  // has accused Mr. Obama of weakness, he has given ...") reports up to the
  // comma before the main clause, whose own cue may head an attribution.
  // 62: an -ing cue after a form of "be" is a progressive whose subject
  // is the phrase before the auxiliary ("the administration is saying":
  // not the sentence's first phrase "Essentially"); a sentence after a
  // closed quote that opens with an adverbial clause ("As the crowd
  // continued to jeer, he added") holds no attribution of that quote.
  // 63: a cue after a relative clause on a subject in lower case ("A Sina
  // spokesman, who refused to give his name, said ...") takes that
  // subject (no attribution before).
  // 64: a verb form right before a noun cue is no speaker ("rejected
  // calls for", "finalizing plans for", "raised questions about"); the
  // verb's subject is.
  // 65: 'add to' before a determiner is no cue ("adding to her delegate
  // lead", "added to the uncertainty").
  // 66: a place or body in a post-modifier is no speaker when a person is
  // named before it ("Senator Saxby Chambliss of Georgia" gave Georgia); a
  // lower-case role noun heading the phrase is the speaker itself, unlinked
  // ("the speaker of the Parliament"), except a voice of the body ("a
  // spokesman for the State Police" stays the State Police).
  // 67: a subject that is no noun phrase and is linked to no mention
  // ("two and a half months ago", "rejected", "found dead") leaves the
  // speaker unresolved rather than named.
  // 68: "he"/"she" skip a person whose gazetteer entry, titles or given
  // name say the other gender (PersonEntityGender, as coreference reads
  // it), and a person a "she" went to is no "he" after it; the subject of
  // a coordinated cue opens its clause (`adopted a fake Southern accent
  // and joked`: not "a fake Southern"); `with 30 percent of voters
  // saying`: the phrase after "with" says it; a subject phrase cut right
  // after "of" runs back to its head ("30 percent of voters", was "of
  // voters").
  // 69: a participle cue opening the sentence ("Noting he majored in
  // philosophy, Allen said") reports up to the comma before the main
  // clause, whose subject speaks (was "he"); the sentence's subject is
  // read past a dateline in title case ("Washington (AFP) -"), an adverb
  // opening a lead phrase ("Shortly after ...,", "Early in ...,") and a
  // place's state and further prepositional phrases after a lead phrase
  // ("At an event in Ames, Iowa, on Sunday, Mrs. Clinton": was "Iowa").
  // 70: after a quote printed with two apostrophes ('' ... ,'') an
  // appositive's name before the cue says it (`,'' Tina Tchen, Mrs.
  // Obama's chief of staff, said in an interview.`: no attribution
  // before), and an adverb or a prepositional phrase after the cue is no
  // subject when such a name stands before it (`said dryly.`, `said of
  // Mr. Trump.`).
  // 71: "twice" between subject and cue is skipped like other adverbs
  // ("The American Legion has twice complained": was "twice").
  // 72: a cue verb in a sense that reports nothing is no cue: "called
  // off", "backed off." / "backed down,", 'decline' of a quantity
  // ("declined 40 percent", "declined rapidly"), a capitalized "Continue"
  // before a word that is no cue ("Continue reading the main story").
  // 73: "called", "named", "dubbed" giving a name after "a"/"an" and up
  // to three words, or "the" and a name ("A new group called Black Votes
  // Matter", "a move called the boneless"), is no cue.
  // 74: "found itself", "found ways to", "found a way", "helped found"
  // are no cues.
  // 75: 'maintain' before a determiner ("maintains a wide lead") is no
  // cue.
  // 76: "show" after a possessive ("Mr. Hannity's show") or a capitalized
  // "Show" ending a title in a lower-case sentence is the noun.
  // 77: "said" after a form of "be" is a passive cue ("were said to be");
  // an attribution with a passive cue and no speaker is marked sourceless.
  // 78: cue list: "implied that" (also "implies", "implying", "imply").
  // 79: a title-case quote right after a writing verb ("the man who wrote
  // \u201cEarth in the Balance.\u201d") is a SCARE quote, a work's title.
  // 80: a subject coordinated by "and" ("Government officials and the
  // state news agency said") is the speaker mention whole, linked to its
  // first conjunct when a person or organization heads that.
  // 81: the rest of a statement after a parenthetical attribution keeps a
  // relative clause when it opens with a verb ("That victim, one official
  // said, was his mother, Nancy Lanza, who worked at the school").
  // 82: ", with X V-ing ..." (an absolute clause whose subject may name a
  // speaker: "with Gorka noting ...") ends the content before it and
  // heads its own attribution, X's.
  // 83: a quote wholly inside the rest after a parenthetical attribution
  // is part of the statement, a PARTIAL ("The election, he said, was
  // \u201ca message\u201d to Europe"; the quote was a SCARE quote and the
  // attribution lost).
  // 84: a place heading the first conjunct of a coordinated subject is
  // linked too when a person or place ends the last ("Brazil and India
  // said": Brazil, was India); "Neither X nor Y", "Either X or Y" are
  // coordinations; a one-word place that is the surname of a person named
  // before is that person ("Bolton said" after "John Bolton").
  // 85: the subject of ", with X V-ing" may be a determiner and a noun of
  // people or a body ("with the mayor saying": was the sentence's subject).
  // 86: a closing role and name, each set off by commas, report the
  // sentence before them ("..., a spokeswoman, Anna Richardson White,
  // said.": no attribution before); "late"/"early" before a time word
  // closes an attribution as the time word does ("reported late
  // Thursday.").
  // 87: that role and name come before an inverted subject after the cue
  // ("a spokeswoman, Ellen Borakove, confirmed late Friday": "late Friday"
  // was read as the subject and the speaker lost).
  // 88: cue list: "pronounced" ("pronounced Pe\u00f1a Nieto \u201ca
  // friend\u201d"), not after a form of "be" or a degree adverb nor before
  // "dead" ("was pronounced dead", "especially pronounced on the left"); a
  // quote inside an opening subordinate clause does not end it ("Though
  // the judge had pronounced him responsible for a \u201cdark, dark,
  // dark\u201d era and said ..., the verdict ...": the content ran on
  // into the main clause).
  // 89: ", and" with a time phrase before a new clause ends the content
  // ("called for large street protests until the generals backed down, and
  // on Tuesday tens of thousands of protesters poured into Tahrir Square":
  // the content ran on).
  // 90: "pledged" before "delegate(s)" is no cue ("The figures include
  // pledged delegates and superdelegates").
  // 91: v84's one-word place read as the surname of a person named before
  // it is gone: the entity stage types such a surname the person since
  // entities v79 (PolNeAR train and dev quotes unchanged without it).
  // 92: two apostrophes glued to a comma, "?" or "!" close a statement as
  // a quotation mark does (`''...,'' he said.`, `,'' said Josh Earnest,
  // the ...`: PolNeAR's NYT articles; no attribution before), and what
  // follows the subject is no more of it.
  // 93: the question after "when asked" inside a sentence is reported,
  // the one asked its speaker (`"...," Christie said when asked whether
  // ...`), and a statement's next quote still joins it across the question.
  // 94: a statement in two apostrophes is said however short (`''Don't
  // go,'' he said.`), opened after the cue's comma behind a lead phrase
  // (`In February, ..., Mr. Trump said, ''...''` read the lead) or after a
  // colon closing a phrase of place or an addressee (`said in a
  // statement: ''...''`), and runs to its closing apostrophes.
  // 95: a participle cue after a comma inside a closing mark (`...
  // party," claiming that ...`, `''overblown,'' adding that ...`) or after
  // a dash ends the content before it and heads its own attribution.
  // 96: cue_verbs.tsv gains the -ing forms of alleged, asserted,
  // conceded, contended, countered, joked, pledged, quipped, reiterated,
  // scoffed, speculated, stressed, testified (", asserting that ...").
  // 97: "according to" inside a sentence: after words that only lead
  // into it ("But, according to the poll, ...") the content follows the
  // source; `X, according to Y, rest` with no verb before the comma is
  // the words on both sides; with no comma before the cue the content is
  // the clause before it, not the one after the next comma.
  // 98: two apostrophes after "?" or "!" that end the sentence before
  // close a statement whose cue opens the next sentence (`''Can we win
  // Illinois?'' Mr. Manafort asked.`, `?'' asked X.`), as v92's do
  // within a sentence.
  // 99: a content that is an object with no verb form of its own ends
  // before "and" and a past verb with its own object (`denied any
  // connection ... and threatened to sue`): the source's next act, not
  // what was said.
  // 100: a phrase of who asked, where or when may stand between "asked"
  // and its question (`Asked on Fox News who leads the party, he said
  // ...`, `When asked by Ingraham on Thursday about ...`).
  // 101: "according to" a bare noun of manner ("built according to plan",
  // "held according to tradition") is no attribution.
  // 102: a clause content ends before "and" and a cue opening a quote
  // (`said that he taught constitutional law, and added: "..."`): the
  // quote is the source's next statement.
  // 103: "according to a tally by the Associated Press", "a report from
  // X": the speaker runs on to the named agent (linked to it); v102's quote
  // after "and" and a cue is a quotation mark's only, not two apostrophes'.
  // 104: "after, according to him, X did ...", "and, according to
  // officials, adopted ...": after a word that opens a clause the content
  // follows the source, and the clause before is no part of it.
  // 105: `But, said Solovey, "..."`, `In other words, explained X: "..."`:
  // a speech cue right after a lead phrase's comma takes the phrase after
  // it, up to the quote's comma or colon, as its speaker (it had none).
  // 106: `Trump said before adding: "..."`, `sings to Clinton before
  // asking her, "..."`: a participle cue after "before" or "after"
  // continues the earlier cue's speaker, as after a comma.
  // 107: `A Warren adviser, who spoke on the condition of anonymity,
  // said, "..."`: before a cue, the phrase before a relative clause on
  // "who" that runs to the cue's comma speaks (it had no speaker).
  // 108: a cue inside a statement in two apostrophes (PolNeAR's NYT:
  // `''If he has killed reporters, I think that's terrible,'' Mr. Trump
  // said.`) heads no attribution, as inside quotation marks ("I" spoke
  // for the statement's speaker).
  // 109: `The email goes on to say: "..."`, `a paper ... had this to
  // say: "..."`, `he began by saying, "..."`: the subject before "goes
  // on to", "had this to" or "began by" speaks (there was none).
  // 110: cue_verbs.tsv gains chided, lambasted, lauded, touted, invoked
  // (not "invoking": `"A," X said, invoking ... "B."` keeps B in X's
  // quote), "railed against" and (belief) "considers".
  // 111: after a speaker named behind the cue (`..., said David Autor, a
  // professor of economics at M.I.T.`), a verbless noun phrase on "a",
  // "an" or "the" describes the speaker and is no second part of the
  // content; the content goes on only at a verb after it.
  // 112: "declined to comment", "refused to comment" with nothing after
  // is an attribution though its content has two words.
  // 113: a one-sentence paragraph opening with one capitalized word no
  // name covers and a colon ("Scores: ...", "NOTES: ...") is a label of
  // figures, no headline attribution.
  // 114: after "said", a phrase of the statement or occasion that carried
  // it ("in a statement on Friday", "at a news conference") is no content;
  // the content starts at "that" or the clause after it.
  // 115: "A quoted B as saying ..." is an attribution to A (PolNeAR's
  // source), "B was quoted (by A) as saying ..." to B.
  // 116: "found" of a body or a verdict ("was found dead", "have been
  // found", "found guilty", "found him hanging") and "showed up", "show
  // off" are no cues ("It was found that ..." and "the study found"
  // stay).
  // 117: a quote closed by `A quoted B as saying` (and an adverbial) is
  // B's DIRECT statement (short ones were SCARE).
  // 118: after a speech cue, "in April" (a month, then a clause) is when
  // it was said, and a phrase of occasion on "in", "at", "during" or
  // "after" may run up to nine tokens before "that" ("said in Wednesday's
  // letter that ...").
  // 119: cue verbs in a sense that reports nothing, told by the word
  // next to them: "calls up six players", "grand slams", "sang Pete
  // Seeger anthems" (the song named after "sing"), "showed it to him".
  // 120: "made (it) clear", "makes clear", ... are speech cues (cue list).
  // 121: a negated auxiliary kept whole by the tokenizer ("didn't")
  // between the subject and the cue: "I didn't want" is I's, where the
  // speaker mention was "I didn't".
  // 122: Quote.original_speaker: B of "A quoted B as saying" (v115's
  // attribution to A, v117's closing form to B, the passive to B).
  // 123: a headline label opening on a preposition ("At Headingley:",
  // "In Tirana:") heads a line of results, no attribution.
  // 124: "posted" before a result ("posted a loss", "posted gains") is no
  // cue.
  // 125: "continued" before "the", "a", "an", "its" or "their" (going on
  // with a thing) and "Continue reading" (a site's link) are no cues.
  // 126: a subject phrase after a modifier of a noun ("a person close to
  // the family", "people briefed on the talks", "a group based in
  // Pakistan", "lawyers representing the family") is the whole phrase,
  // headed by the noun.
  // 127: an appositive of a title and a name opened by "the" before the
  // cue ("The Hazara leader, the former warlord Hajji Mohammed Mohaqiq,
  // said") is the subject, where the sentence had no attribution.
  // 128: a closing attribution of speech followed by a comma and a cue in
  // -ing ("..., a Chinese official said, adding that ...") closes the
  // statement before it as one ending the sentence does.
  // 129: a subordinate clause of time opened after a lead ("Hours after",
  // "Speaking only hours after", "A few weeks after") ends at the comma
  // before the main clause, as one opening the sentence does.
  // 130: an -ed cue after a preposition's object, before a time word or
  // a preposition ("In its budget announced on Tuesday", "three men
  // accused in the incident"), is a participle, no cue.
  // 131: an earlier sentence opened by the same personal pronoun ("He
  // married ... and counts himself a Donald Trump supporter. He wrote")
  // holds no antecedent for "he"/"she": the search goes on before it.
  // 132: a person in an earlier sentence's lead phrase ("After meeting
  // Milosevic, Kornblum flew") gives way to one after its comma as the
  // antecedent (not after "For"/"To", which name whose view follows).
  // 133: "show"/"shows" after a word of broadcasting in lower case ("the
  // television shows", "a Sunday talk show", "TV shows") is the noun.
  // 134: "against" after a noun of a legal or political action ("The
  // lawsuit against Uber alleges") is v126's modifier: the whole phrase
  // is the subject, its object no speaker.
  // 135: v131's chain also when the pronoun opens the main clause after a
  // lead phrase or a conjunction ("On Friday, he met Trump. He said",
  // "But he ..."); v132's lead rule not before a pronoun subject.
  // 136: a person's name before a noun of following ("the Bernie Sanders
  // campaign", "a Donald Trump supporter") is no antecedent of he/she.
  // 137: a name after Mr./Mrs./Ms. is a person for he/she whatever its
  // entity type, with the honorific's gender.
  // 138: a title in title case after "told" or after a noun of a work and
  // its comma names a show or a work, not a statement (NamedWork).
  // 139: a markup attribute's value broken by a paragraph break closes
  // with the next paragraph's first double mark.
  // 140: a split quote's second part closed by its own attribution is
  // that attribution's.
  // 141: bare "fear" before of/in/among/and/or or after a preposition is
  // the noun.
  // 142: "suspected" naming whom a crime is laid to is no cue.
  // 143: a quote after its own cue, closed by a comma and an attribution
  // of a name that opens another quote, is its own cue's.
  // 144: an inverted role opened by a determiner and a name after its
  // comma are the speaker (RoleNameAfter).
  // 145: a people named in the plural that spoke is a nearby "they".
  // 146: a quote that lost its closing mark ends at a comma before a
  // closing attribution (EndUnclosedAtAttribution).
  // 147: "According to A, B said ..." names B the original speaker.
  // 148: "aimed", "targeted", "directed" are reduced-relative modifiers.
  // 149: the object of a relative clause's has/holds/owns/controls gives
  // way to the noun phrase before "which"/"whom".
  // 150: a passive cue's agent after "by" is the speaker; the content is
  // the complement after the agent or the passive's subject.
  // 151: a person's possessive before a kin noun heading the speaker
  // phrase ("Trump's Son Says") is another member of the family: the
  // phrase is not linked to that person.
  // 152: a person after the comma of an "As for"/"As to" topic phrase in
  // an earlier sentence is the antecedent before one inside the phrase.
  // 153: an earlier sentence wholly in parentheses is passed over as a
  // chained one.
  // 154: v152's preference also after a subordinate clause ("When ...,")
  // opening an earlier sentence.
  // 155: a person inside a statement opened by two apostrophes earlier in
  // its sentence is no antecedent (InsideSentenceApostrophes).
  // 156: "delegate" is a role noun.
  // 157: an earlier sentence whose subject is "The" and a title of a
  // named person is passed over as a chained one.
  info_.version = 157;
  info_.needs = {Layer::kTokens, Layer::kEntities};
  info_.adds = {Layer::kQuotes};
}

StatusOr<std::unique_ptr<Extractor>> QuoteExtractor::Create(const ExtractorContext& ctx) {
  std::unique_ptr<Gazetteers> own;
  const Gazetteers* g = ctx.gazetteers;
  if (g == nullptr) {
    const std::string dir = DefaultGazetteerDir() + "/cues";
    auto loaded = Gazetteers::Load({dir});
    if (!loaded.ok()) {
      return FailedPreconditionError("quotes.said_verb: cannot load the cue list from " +
                                     dir + ": " + loaded.status().ToString());
    }
    own = std::move(*loaded);
    g = own.get();
  }
  auto cues = CueTable::FromGazetteers(*g);
  if (!cues.ok()) {
    return FailedPreconditionError("quotes.said_verb: " + cues.status().ToString());
  }
  bool paired = false;
  if (auto it = ctx.options.find("quotes.paired_apostrophes"); it != ctx.options.end()) {
    if (it->second == "true" || it->second == "1") {
      paired = true;
    } else if (it->second != "false" && it->second != "0") {
      return InvalidArgumentError("quotes.paired_apostrophes: expected true or false, got '" +
                                  it->second + "'");
    }
  }
  return std::unique_ptr<Extractor>(new QuoteExtractor(std::move(*cues), paired, ctx.gazetteers));
}

Status QuoteExtractor::Extract(Document& doc) const {
  quotes::internal::Run(cues_, paired_apostrophes_, gazetteers_, doc).Go();
  return OkStatus();
}

}  // namespace newsie
