// Cue-led attributions: reported speech found from its cue (`X said
// (that) ...`, `according to X, ...`, headline `Name: ...`), split quotes,
// and accepting an attribution against what is already taken.

#include <algorithm>
#include <string_view>
#include <utility>

#include "extractors/quotes/quote_extractor_internal.h"

namespace newsie::quotes::internal {
namespace {

// Words in the name before a headline colon ("Dr. Ben Carson:").
constexpr uint32_t kMaxHeadlineName = 4;

// Verbs whose object may be a work's title (`wrote "Earth in the Balance"`).
const WordSet& WritingVerbs() {
  static const auto* s = new WordSet{"write", "writes", "wrote", "written", "writing",
                                     "authored", "penned", "co-wrote", "co-authored"};
  return *s;
}

// Tokens between a split quote's attribution and its second part (`"...,"
// said X, director of ... in London, "but ..."`).
constexpr uint32_t kMaxSplitGap = 30;

// Tokens of an adverbial after a sentence-closing attribution (`the poll
// found in a survey of likely voters last week.`).
constexpr uint32_t kMaxClosingAdverbial = 8;

// Words that open the question after "asked" ("Asked if ...").
// Words of the phrase between "asked" and its question (`asked at a
// briefing Monday in Washington about ...`).
constexpr uint32_t kMaxAskedPhrase = 10;

const WordSet& QuestionWords() {
  static const auto* s = new WordSet{"if", "whether", "what", "why", "how", "who",
                                     "when", "where", "which", "about"};
  return *s;
}

// Cue verbs that come before their subject in a post-posed attribution
// ("..., said Paul Beck.").
const WordSet& InvertingCues() {
  static const auto* s = new WordSet{"said", "says", "added", "adds", "wrote", "writes",
                                     "asked", "asks", "explained", "noted", "recalled"};
  return *s;
}

}  // namespace

void Run::FindAttributions() {
  covered_until_ = 0;
  // A statement in two apostrophes (PolNeAR's NYT: `''If he has killed
  // reporters, I think that's terrible,'' Mr. Trump said.`) is quoted as a
  // statement in marks is: a cue inside it ("think") heads no attribution,
  // the one outside reports it all.
  const bool apostrophes = !paired_apostrophes_ && doc_.text().find("''") != std::string_view::npos;
  const auto& sents = doc_.sentences();
  for (uint32_t s = 0; s < sents.size(); ++s) {
    const uint32_t sb = sents[s].token_begin, se = sents[s].token_end;
    for (uint32_t c = sb; c < se; ++c) {
      if (in_quote_[c] >= 0 || !toks_[c].Has(kTokWord) || cue_taken_[c]) continue;
      if (c < covered_until_) continue;
      CueClass cls = CueClass::kSpeech;
      uint32_t len = MatchCue(c, se, &cls);
      if (len == 0 || (apostrophes && InsideApostrophes(c))) continue;
      Attribution a;
      a.cue_b = c;
      a.cue_e = c + len;
      if (TryAttribution(sb, se, cls, &a) && !BeforeClosingAttribution(a, sb, se)) {
        Accept(std::move(a));
      }
    }
  }
}

// Whether token t lies inside a statement in two apostrophes: an opening
// pair before it in its paragraph, no closing pair between, and one after.
bool Run::InsideApostrophes(uint32_t t) const {
  const auto& sents = doc_.sentences();
  uint32_t s = sent_of_[t];
  while (s > 0 && sents[s - 1].paragraph == sents[s].paragraph) --s;
  const std::string_view text = doc_.text();
  for (uint32_t k = t; k-- > sents[s].token_begin;) {
    const auto& sp = toks_[k].span;
    if (sp.end != sp.begin + 1 || text[sp.begin] != '\'') continue;
    if (OpensApostrophes(k)) return ApostrophesClosing(k + 2) != kNone;
    if (k + 1 < t && Is(k + 1, "'") && toks_[k + 1].span.begin == sp.end && !SpaceBefore(k) &&
        SpaceAfter(k + 1)) {
      return false;
    }
  }
  return false;
}

// Whether the content after `a`'s cue runs into a post-posed attribution
// that closes the sentence (`Social media has added another link ..., she
// noted.`, `Mr. Sanders has backing from 33 percent, the poll found.`,
// `..., said Paul Beck.`). The sentence before that comma is what the
// closing subject reports, so the earlier cue sits inside its content and
// heads no attribution: its subject ("Social media", "Mr. Sanders") is
// not the speaker.
bool Run::BeforeClosingAttribution(const Attribution& a, uint32_t sb, uint32_t se) const {
  if (a.kind == QuoteKind::kDirect || a.ctb < a.cue_e) return false;
  // When part of the sentence before the comma is another attribution's
  // content, the closing one cannot take it: the cue keeps its reading.
  for (uint32_t k = sb; k < a.ctb; ++k) {
    if (owned_[k]) return false;
  }
  for (uint32_t k = a.ctb; k <= a.cte && k + 1 < se; ++k) {
    if (owned_[k]) return false;
    if (in_quote_[k] >= 0 || !IsComma(k)) continue;
    if (ClosingAttributionAt(k + 1, se)) return true;
  }
  return false;
}

// Whether a subject and its cue, or a cue and its subject, start at `k` and
// close the sentence (`experts said.`, `the report says Monday.`, `said
// Paul Beck.`).
bool Run::ClosingAttributionAt(uint32_t k, uint32_t se) const {
  if (k >= se || !IsWord(k) || in_quote_[k] >= 0) return false;
  CueClass cls = CueClass::kSpeech;
  uint32_t len = toks_[k].Has(kTokLower) ? MatchCue(k, se, &cls) : 0;
  if (len > 0) {
    // Inverted only with a verb of saying ("said Paul Beck"; "opposed the
    // measure" is a verb and its object).
    if (len != 1 || !InSet(k, InvertingCues())) return false;
    // A name ends the subject ("said the Khan family deserved better" is
    // no inversion).
    const Subject s = SubjectAfter(k + len, se);
    return s.found() && !s.pronoun && toks_[s.te - 1].Has(kTokCapitalized) &&
           (OnlyAdverbialBeforeEnd(s.te, se) || ParticipleCueAfter(s.te, se));
  }
  for (uint32_t j = k + 1; j < se && j < k + kMaxSubjectTokens + 2; ++j) {
    if (!toks_[j].Has(kTokWord | kTokNumber | kTokPossessive) || in_quote_[j] >= 0) return false;
    if (!toks_[j].Has(kTokLower)) continue;
    len = MatchCue(j, se, &cls);
    if (len == 0) continue;
    if (cls == CueClass::kAccording) return false;
    const Subject s = SubjectBefore(j, k);
    return s.found() && s.tb == k &&
           (OnlyAdverbialBeforeEnd(j + len, se) ||
            (cls == CueClass::kSpeech && ParticipleCueAfter(j + len, se)));
  }
  return false;
}

// Whether a comma and a speech cue in -ing follow token `e` (`..., a
// Chinese official said, adding that ...`): an attribution of speech
// before them closes the statement before it as one ending the sentence
// does (v128; not a belief's, `when Mr. Hurt asked ..., it declined,
// citing ...`).
bool Run::ParticipleCueAfter(uint32_t e, uint32_t se) const {
  if (e + 2 >= se || !IsComma(e) || !toks_[e + 1].Has(kTokLower) || !IsIngForm(Text(e + 1))) {
    return false;
  }
  CueClass cls = CueClass::kSpeech;
  return MatchCue(e + 1, se, &cls) > 0 && cls == CueClass::kSpeech;
}

// Whether at most a short adverbial ("Monday", "in an interview", "on
// Tuesday night") stands between token `e` and the period closing the
// sentence: no comma, quote, reported clause or second statement.
bool Run::OnlyAdverbialBeforeEnd(uint32_t e, uint32_t se) const {
  if (se == 0 || e >= se || !(Is(se - 1, ".") || Is(se - 1, "!") || Is(se - 1, "?"))) {
    return false;
  }
  const uint32_t end = se - 1;
  if (e == end) return true;
  // "declined to assail him on Sunday": the infinitive is what was said.
  if (end - e > kMaxClosingAdverbial || Is(e, "to") || !ClosesAttribution(e, se)) return false;
  for (uint32_t k = e; k < end; ++k) {
    // "insisted on getting all Americans out": a verb form is what was said.
    if (!toks_[k].Has(kTokWord | kTokNumber | kTokPossessive) || in_quote_[k] >= 0 ||
        Is(k, "that") || InSet(k, Pronouns()) || IsIngForm(Text(k))) {
      return false;
    }
  }
  return true;
}

namespace {

// Words that head a line of results, figures or credits in news copy
// ("Breaking:" is left out: a headline after it may report speech).
const WordSet& LineLabels() {
  static const auto* s = new WordSet{
      "score",      "scores",       "scorer",     "scorers",     "result",
      "results",    "note",         "notes",      "squad",       "squads",
      "bowling",    "batting",      "rating",     "ratings",     "penalties",
      "postponed",  "issuer",       "favourite",  "favorite",    "distances",
      "standings",  "attendance",   "referee",    "venue",       "contributing",
      "correction", "corrections",  "clarification", "update",   "photo",
      "photos",     "video",        "email",      "editor's",    "maturity",
      "coupon",     "price",        "prices",     "yield",       "amount",
      "listing"};
  return *s;
}

}  // namespace

// Whether token `t` lies in a name mention of any type ("Graham", "EU").
bool Run::InNameMention(uint32_t t) const {
  const Span s = toks_[t].span;
  for (const Mention& m : doc_.mentions()) {
    if (m.kind == MentionKind::kName && m.span.begin <= s.begin && s.end <= m.span.end) {
      return true;
    }
  }
  return false;
}

// A one-sentence paragraph opening with a short name and a colon, as in
// headlines and transcripts: `Graham: Trump's Rhetoric Destroying GOP`.
// The content is the rest of the sentence, reported speech in news style
// (kind INDIRECT unless it is all one quote).
void Run::FindHeadlineAttributions() {
  const auto& sents = doc_.sentences();
  for (const Paragraph& p : doc_.paragraphs()) {
    if (p.sentence_end != p.sentence_begin + 1) continue;
    const uint32_t sb = sents[p.sentence_begin].token_begin;
    const uint32_t se = sents[p.sentence_begin].token_end;
    uint32_t k = sb;
    while (k < se && k < sb + kMaxHeadlineName &&
           (toks_[k].Has(kTokCapitalized) || toks_[k].Has(kTokPossessive))) {
      ++k;
    }
    if (k == sb || k + 2 >= se || !Is(k, ":") || owned_[k + 1]) continue;
    if (!toks_[k - 1].Has(kTokCapitalized)) continue;
    // "Scores: Pakistan 225-5", "NOTES: Second quarter figures not
    // available", "Contributing: ...": one word in capitals or one of the
    // words that head a line of results, figures or credits is a label;
    // it says nothing ("Poll:", "Report:", a name stay speakers).
    if (k == sb + 1 && (toks_[sb].Has(kTokAllCaps) || InSet(sb, LineLabels())) &&
        !InNameMention(sb)) {
      continue;
    }
    // "At Headingley: Yorkshire 529-8 declared", "In Tirana: Flamurtari
    // Vlore 0 ...": a phrase on a preposition names a place or a time,
    // the heading of a line of results; no one speaks (v123).
    if (k > sb + 1 && InSet(sb, Prepositions()) && !InNameMention(sb)) continue;
    Attribution a;
    a.cue_b = k;
    a.cue_e = k + 1;
    a.subj.tb = sb;
    a.subj.te = k;
    uint32_t e = se;
    while (e > k + 1 && (Is(e - 1, ".") || Is(e - 1, "!"))) --e;
    a.ctb = k + 1;
    a.cte = e;
    int q = QuoteOpeningAt(a.ctb);
    if (q >= 0 && !raw_[q].used && raw_[q].te == e) {
      a.quotes = {q};
      a.kind = QuoteKind::kDirect;
    }
    Accept(std::move(a));
  }
}

bool Run::TryAttribution(uint32_t sb, uint32_t se, CueClass cls, Attribution* a) {
  const uint32_t c = a->cue_b, ce = a->cue_e;
  const bool ing = IsIngForm(Text(c));
  // `,'' said X`; `?'' asked X.` (the apostrophes end the sentence before).
  const bool after_apostrophes = ApostrophesClose(c, sb, !ing && cls != CueClass::kAccording);
  const bool after_break = (c > sb && (IsComma(c - 1) || QuoteClosingAt(c - 1) >= 0 ||
                                       IsDash(c - 1))) ||
                           after_apostrophes;
  if (cls == CueClass::kAccording) {
    a->subj = SubjectAfter(ce, se);
    if (!a->subj.found()) return false;
    // "went according to plan", "built according to schedule": the idiom
    // of manner, a bare noun of no source, says nothing.
    static const auto* manner = new WordSet{"plan",   "plans",     "schedule", "script",
                                            "design", "tradition", "custom",   "protocol"};
    if (a->subj.te == a->subj.tb + 1 && toks_[a->subj.tb].Has(kTokLower) &&
        InSet(a->subj.tb, *manner)) {
      return false;
    }
    // "according to early results of exit polls": a phrase cut after "of"
    // runs on to the noun phrase that completes it.
    if (a->subj.te - a->subj.tb >= 2 && Is(a->subj.te - 1, "of")) {
      const Subject rest = SubjectAfter(a->subj.te, se);
      if (rest.found() && !rest.pronoun) {
        a->subj.te = rest.te;
        // "exit polls conducted for ...": a participle ends no phrase.
        std::string_view last = Text(a->subj.te - 1);
        if (rest.te - rest.tb >= 2 && toks_[a->subj.te - 1].Has(kTokLower) &&
            (last.ends_with("ed") || IsIngForm(last))) {
          --a->subj.te;
        }
      } else {
        --a->subj.te;
      }
    }
    // "according to a tally by the Associated Press", "a recent report
    // from Bloomberg New Energy Finance": the one who counted or wrote is
    // the source, and PolNeAR marks either the agent alone or the whole
    // phrase (train: 6 of 22 such phrases marked the agent alone, 14 the
    // whole); the speaker is the whole phrase.
    if (a->subj.te + 1 < se && (Is(a->subj.te, "by") || Is(a->subj.te, "from"))) {
      const Subject agent = SubjectAfter(a->subj.te + 1, se);
      // A name ("the Associated Press"), not "by hand", "from scratch".
      bool named = false;
      for (uint32_t k = agent.tb; agent.found() && k < agent.te && !named; ++k) {
        named = toks_[k].Has(kTokCapitalized);
      }
      if (named && !agent.pronoun) a->subj.te = agent.te;
    }
    // "But, according to the poll, 46 percent ...", "In addition,
    // according to ...": words that only lead into the sentence are not
    // what was said; the content follows the source.
    static const auto* leads = new WordSet{
        "but", "and", "yet", "so", "still", "now", "however", "also", "in", "addition",
        "meanwhile", "moreover", "instead", "then", "or", "plus", "indeed", "thus", "overall"};
    bool lead_only = true;
    for (uint32_t k = sb; k < c && lead_only; ++k) {
      lead_only = !IsWord(k) ? IsComma(k) || IsDash(k) : in_quote_[k] < 0 && InSet(k, *leads);
    }
    // "... 30 years ago after, according to him, Televisa censured his
    // report", "because, according to Trump, the media would ...",
    // "reshuffled diplomats and, according to officials, adopted ...": a
    // word that opens a clause right before the comma leaves the clause
    // before whole; what the source says follows it.
    static const auto* openers = new WordSet{
        "after", "because", "since", "although", "though", "while", "before", "until",
        "unless", "if", "when", "whether", "that", "and", "but", "or", "where"};
    if (!lead_only && c >= sb + 2 && IsComma(c - 1) && in_quote_[c - 2] < 0 &&
        toks_[c - 2].Has(kTokLower) && InSet(c - 2, *openers)) {
      lead_only = true;
    }
    if (after_break && !lead_only) {
      // "Fundraising, according to the campaign, has surged": the words
      // on both sides are the statement (PolNeAR train: 31 of the 295
      // gold contents of a cue after a comma run on past its source),
      // when the words before have no verb form (a clause before is whole:
      // `..., according to Craig Bryan, head of ...`).
      if (!ContentBefore(c - 1, sb, a)) return false;
      bool verb = false;
      for (uint32_t k = a->ctb; k < a->cte && !verb; ++k) {
        verb = in_quote_[k] < 0 && toks_[k].Has(kTokLower) &&
               (PastVerb(k) || InSet(k, AuxAdverbs()));
      }
      if (!verb) AddParentheticalRest(a->subj.te, se, a);
      return true;
    }
    // "According to X, ...": the content follows the comma.
    uint32_t k = a->subj.te;
    while (k < se && !IsComma(k)) ++k;
    // "... according to X." without a comma before, and "Clinton leads by
    // 271 delegates according to a count by the AP, but ...": the clause
    // before (train: 23 of 27 gold contents with no comma before a cue
    // inside the sentence).
    if (k >= se || !lead_only) return c > sb && ContentBefore(c, sb, a);
    if (!ContentAfter(k + 1, se, CueClass::kSpeech, a)) return false;
    // "According to GMA News, Salceda said the ...", "According to the
    // daily Gazeta Wyborcza, Rosati told the committee that ...": the
    // source relays what the subject of a cue of speech opening the
    // content said, who is the original speaker (v147; in the article
    // histories, CoNLL train and PolNeAR train every such sentence names
    // a medium, a report or a survey before the comma).
    if (const Subject b = SubjectFrom(a->ctb, a->cte);
        b.found() && b.tb == a->ctb && b.te < a->cte && !b.pronoun) {
      uint32_t v = b.te;
      if (v < a->cte && InSet(v, TimeWords())) ++v;
      CueClass vc;
      if (v < a->cte && MatchCue(v, a->cte, &vc) > 0 &&
          (vc == CueClass::kSpeech || vc == CueClass::kSpeechObj)) {
        a->orig = b;
      }
    }
    return true;
  }
  // "Interfax quoted Bongo as saying ...": the one who quotes is the
  // source, as PolNeAR marks it (train: "The Post quoted another unnamed
  // GOP official as saying that ..." has the source "The Post"); "Bongo
  // was quoted (by Interfax) as saying ...": the one quoted. Not after a
  // quote with only an adverbial left (`"...," it quoted Rosati as saying
  // during a debate.`, one on a preposition): the quote's attribution
  // takes it.
  auto quote_before = [&] {
    for (uint32_t k = sb; k < c; ++k) {
      if (in_quote_[k] >= 0) return true;
    }
    return false;
  };
  if (ing && c >= sb + 2 && Is(c - 1, "as") && Is(c, "saying") &&
      !OnlyAdverbialBeforeEnd(ce, se) &&
      !(ce < se && InSet(ce, Prepositions()) && quote_before())) {
    uint32_t q = c - 1;
    while (q > sb && q + 8 > c && !Is(q - 1, "quoted") && toks_[q - 1].Has(kTokWord) &&
           in_quote_[q - 1] < 0) {
      --q;
    }
    if (q > sb && Is(q - 1, "quoted")) {
      const uint32_t quoted = q - 1;
      a->subj = SubjectBefore(quoted, sb);
      if (!a->subj.found()) return false;
      // B, who spoke (v122): the phrase between "quoted" and "as"; in the
      // passive ("B was quoted (by A) as saying") the subject.
      if (q + 1 == c || Is(q, "by")) {
        a->orig = a->subj;
      } else if (const Subject b = SubjectFrom(q, c - 1); b.found() && b.te == c - 1) {
        a->orig = b;
      }
      return ContentAfter(ce, se, cls, a);
    }
  }
  // "a president informed by experience", "a plan praised by experts":
  // a participle after a noun, before "by", is a passive modifier whose
  // agent follows; nothing is said ("responded by saying" is active).
  if (ce + 1 < se && ce == c + 1 && Is(ce, "by") && c > sb && toks_[c - 1].Has(kTokLower) &&
      Text(c).ends_with("ed") && !IsIngForm(Text(ce + 1)) && !PassiveCue(c, sb)) {
    return false;
  }
  const bool after_quote_mark =
      after_break && (IsDoubleMark(c - 1) || QuoteClosingAt(c - 1) >= 0 ||
                      (IsComma(c - 1) && c >= 2 && QuoteClosingAt(c - 2) >= 0));
  // `Peabody said: "...," adding that ...`: after a quote only when an
  // attribution earlier in the sentence names the speaker.
  if (after_break && ing && (!after_quote_mark || PreviousInSentence(c) != nullptr)) {
    // ", adding that ...": the subject is the previous attribution's,
    // else the sentence's ("Le Pen voiced support ..., saying ...").
    if (const Attribution* prev = PreviousInSentence(c); prev != nullptr) {
      a->subj = prev->subj;
      a->inherited = true;
    } else {
      a->subj = SentenceSubject(sb, c - 1, /*nominal=*/true);
    }
    if (!a->subj.found()) return false;
    return ContentAfter(ce, se, cls, a);
  }
  if (after_break) {
    // `The city sent a "portable morgue" to Newtown ..., a spokeswoman,
    // Ellen Borakove, confirmed late Friday.`: the role and the name say
    // what comes before (no inverted subject: "late Friday" is none).
    if (const Subject rn = RoleNameBefore(c, sb); rn.found() && ClosesAttribution(ce, se)) {
      a->subj = rn;
      return ContentBefore(rn.tb - 1, sb, a);
    }
    // Inverted: `"...," said Fallon.`
    a->subj = SubjectAfter(ce, se);
    // `Derek Mitchell, who served ..., said Clinton reached out to ...`:
    // a name that runs on into lower-case words is the content's subject
    // when the sentence opens with an appositive subject of the cue.
    if (a->subj.found() && !a->subj.pronoun && IsComma(c - 1) &&
        toks_[a->subj.te - 1].Has(kTokLower) && AppositiveSubject(c, sb).found()) {
      a->subj = Subject();
    }
    // `"...," Mr. Kaplan, a screenwriter, said dryly.`, `said of Mr.
    // Trump.`: an adverb or a prepositional phrase after the cue is no
    // subject when an appositive's name stands before the cue.
    if (const uint32_t k = a->subj.tb;
        a->subj.found() && toks_[k].Has(kTokLower) &&
        (Is(k, "of") || InSet(k, Prepositions()) ||
         (Text(k).ends_with("ly") && a->subj.te == k + 1)) &&
        IsComma(c - 1) && AppositiveSubject(c, sb).found()) {
      a->subj = Subject();
    }
    if (a->subj.found() && ClosesAttribution(a->subj.te, se)) {
      if (!ContentBefore(after_apostrophes ? c - 2 : c - 1,
                         after_apostrophes ? SentBegin(c - 2) : sb, a)) {
        return false;
      }
      a->apostrophes = after_apostrophes;
      AddSplitQuote(a->subj.te, se, a);
      // The apostrophes closed the statement: what follows is no more of it.
      if (!after_apostrophes) AddParentheticalRest(a->subj.te, se, a);
      return true;
    }
    // `The justice -- who has been in a scuffle with Trump -- said she
    // ...`: the phrase before the dashes.
    if (IsDash(c - 1) && (!a->subj.found() || a->subj.pronoun)) {
      for (uint32_t k = c - 1; k > sb + 1; --k) {
        if (in_quote_[k - 1] >= 0) break;
        if (IsDash(k - 1)) {
          Subject before = SubjectBefore(k - 1, sb);
          if (before.found()) {
            a->subj = before;
            return ContentAfter(ce, se, cls, a);
          }
          break;
        }
      }
    }
    // `Sen. Jack Reed (D-R.I.), said after a lunch that ...`: the name
    // before the parenthesis, opening its sentence or clause.
    if (IsComma(c - 1) && c >= sb + 3 && Is(c - 2, ")")) {
      Subject before = SubjectBefore(c, sb);
      if (before.found() && !before.pronoun &&
          (before.tb == sb || IsComma(before.tb - 1))) {
        a->subj = before;
        return ContentAfter(ce, se, cls, a);
      }
    }
    // `Norma Samour, the owner of a shop, said she ...`: an appositive.
    a->subj = AppositiveSubject(c, sb);
    if (!a->subj.found()) return false;
    const uint32_t nb = a->subj.tb;
    // `,'' Pruitt, ...`: two apostrophes printed for a closing mark.
    const bool apostrophes = nb >= sb + 3 && Is(nb - 1, "'") && Is(nb - 2, "'");
    if (nb > sb && (QuoteClosingAt(nb - 1) >= 0 || apostrophes ||
                    (IsComma(nb - 1) && nb >= sb + 2 && QuoteClosingAt(nb - 2) >= 0))) {
      // `"...," Pruitt, the attorney general, said at an event.`
      if (!ContentBefore(apostrophes ? nb - 2 : nb - 1, sb, a)) return false;
      a->apostrophes = apostrophes;
      AddSplitQuote(ce, se, a);
      return true;
    }
    return ContentAfter(ce, se, cls, a);
  }
  if (c == sb || (c == sb + 1 && IsDoubleMark(sb)) || (c == sb + 1 && Is(sb, "When"))) {
    // Sentence-initial cue: "Said Ellis: ..." (inverted, content after).
    // "Informed of the lean, Early described it ...": a participle and its
    // preposition open a clause; no subject follows the cue.
    if (ce < se && (InSet(ce, Prepositions()) || Is(ce, "of"))) return AskedClause(sb, se, a);
    if (c == sb && ParticipleClause(sb, se, a)) return true;
    a->subj = SubjectAfter(ce, se);
    if (!a->subj.found() || Is(sb, "When")) return AskedClause(sb, se, a);
    return ContentAfter(a->subj.te, se, cls, a);
  }
  if (c > sb && Is(c - 1, "when")) {
    if (WhenAskedClause(sb, se, a)) return true;
  }
  a->subj = SubjectBefore(c, sb);
  // "The ministry also rejected calls for ...", "campaigners were
  // finalizing plans for ...": a verb form right before a noun cue is no
  // subject; the verb's subject is the speaker.
  // An -ing form counts only alone ("Exit polling shows": a noun).
  if (a->subj.found() && !a->subj.pronoun && a->subj.te == c && c > sb + 1 &&
      toks_[c - 1].Has(kTokLower) && in_quote_[c - 1] < 0 &&
      (Text(c - 1).ends_with("ed") || InSet(c - 1, IrregularPast()) ||
       (a->subj.tb == c - 1 && IsIngForm(Text(c - 1)))) &&
      !IsLyAdverb(c - 2) &&  // "a newly formulated vow": an adjective
      // "the experts I interviewed said": a relative clause in the phrase.
      !(c >= sb + 3 && InSet(c - 2, Pronouns()) && !InSet(c - 3, ClauseStops()) &&
        IsWord(c - 3))) {
    uint32_t v = c - 1;
    while (v > sb && AuxOrAdverb(v - 1)) --v;
    const Subject verb_subject = v > sb ? SubjectBefore(v, sb) : Subject();
    if (verb_subject.found()) a->subj = verb_subject;
  }
  a->passive = PassiveCue(c, sb);
  // "Trump has been criticized by some of his rivals for failing to ...",
  // "Obama will be remembered by historians as a liberal champion": a
  // passive cue with its agent after "by" names the source (v150; the
  // content was "by some of his rivals ..." without a speaker). PolNeAR
  // marks the agent the source and the passive's subject the content,
  // with the complement after the agent ("as ...", "for ...", "that
  // ..."). Only an agent that may name people or a source (a name, a
  // plural, a number or quantity, a noun of people or a body).
  // The subject must open its clause ("the proposals he took to Aslan
  // Maskhadov had been agreed by Yeltsin": Maskhadov is no subject), and
  // the passive not be "being" ("The concerns being expressed by many
  // Jewish leaders go beyond ...": a modifier).
  auto opens_clause = [&](uint32_t t) {
    if (t == sb) return true;
    const uint32_t x = t - 1;
    if (IsComma(x) || IsDash(x) || Is(x, ":") || IsDoubleMark(x)) return true;
    static const auto* openers = new WordSet{
        "and", "but", "that", "which", "while", "when", "because", "since", "as", "if",
        "although", "though", "where", "whether", "so", "yet", "now", "also", "meanwhile"};
    if (InSet(x, *openers)) return true;
    // "Many of his condemnations ...": a quantity of the subject.
    return Is(x, "of") && x > sb && InSet(x - 1, Quantifiers());
  };
  uint32_t aux = c;
  while (aux > sb && !InSet(aux - 1, AuxAdverbs()) && IsLyAdverb(aux - 1)) --aux;
  if (a->passive && a->subj.found() && !ing && ce + 1 < se && Is(ce, "by") &&
      in_quote_[ce] < 0 && in_quote_[a->subj.tb] < 0 && aux > sb && !Is(aux - 1, "being") &&
      opens_clause(a->subj.tb)) {
    Subject agent = SubjectAfter(ce + 1, se);
    const uint32_t k = agent.te;
    // "mocked by Trump already as ...": an adverb ends no name.
    while (agent.found() && agent.te > agent.tb + 1 &&
           (IsLyAdverb(agent.te - 1) || Is(agent.te - 1, "already"))) {
      --agent.te;
    }
    if (agent.found() && !agent.pronoun && MayNameSpeaker(agent.tb, agent.te)) {
      const Subject patient = a->subj;
      a->subj = agent;
      a->passive = false;
      a->agent = true;
      if (k + 1 < se && (Is(k, "as") || Is(k, "for") || Is(k, "of") || Is(k, "that") ||
                         Is(k, "whether") || Is(k, "to"))) {
        if (ContentAfter(k, se, cls, a)) return true;
      }
      a->ctb = patient.tb;
      a->cte = patient.te;
      return true;
    }
  }
  if (!a->subj.found()) {
    uint32_t j = c;
    while (j > sb && AuxOrAdverb(j - 1)) --j;
    if (j == sb) return false;
    if (Is(j - 1, "and") || Is(j - 1, "but")) {
      // "Bob said he heard gunfire and suspected that ...": the subject
      // of the earlier cue; "he laughed and said": of the verb before;
      // "Emineth became a delegate and said": of the sentence. Not in a
      // relative clause on the earlier speaker ("said Fowler, who ... and
      // has backed Clinton").
      const Attribution* prev = PreviousInSentence(c);
      if (prev != nullptr && prev->subj.found() && prev->subj.te + 1 < j &&
          IsComma(prev->subj.te) &&
          (Is(prev->subj.te + 1, "who") || Is(prev->subj.te + 1, "which"))) {
        return false;
      }
      if (prev != nullptr) {
        a->subj = prev->subj;
        a->inherited = true;
      } else if (j >= sb + 2 && LooksLikeVerb(j - 2)) {
        a->subj = CoordinatedSubject(j, sb);
        // `denounced her record as secretary of state and said`: the
        // phrase before the first verb is its object; the sentence's
        // subject speaks.
        if (!a->subj.found() && Is(j - 1, "and") && SubjectBefore(j - 2, sb).found()) {
          a->subj = SentenceSubject(sb, j - 1, /*nominal=*/true);
        }
      } else {
        a->subj = SentenceSubject(sb, j - 1, /*nominal=*/true);
      }
    } else if ((Is(j - 1, "who") || Is(j - 1, "that")) && j >= sb + 2) {
      // "Republicans who say the law is ...": the phrase before "who".
      uint32_t w = j - 1;
      if (IsComma(w - 1)) --w;
      a->subj = SubjectBefore(w, sb);
    }
    if (!a->subj.found()) return false;
    return ContentAfter(ce, se, cls, a);
  }
  // "Sanders issued a statement saying ...": the sentence's subject; but
  // "wore a hat reading ...": the hat's words, so the hat.
  // Not in the progressive ("the administration is saying that ...": the
  // phrase before the auxiliary is the subject).
  bool progressive = false;
  for (uint32_t j = c; j > sb && !progressive; --j) {
    const uint32_t x = j - 1;
    if (Is(x, "is") || Is(x, "are") || Is(x, "was") || Is(x, "were") || Is(x, "been") ||
        Is(x, "be") || Is(x, "am")) {
      progressive = true;
    } else if (!InSet(x, AuxAdverbs()) && !IsLyAdverb(x)) {
      break;
    }
  }
  // `with 30 percent of voters saying ...`, `with polls showing ...`: the
  // phrase after "with" is the participle's own subject, when it may name
  // people or a source: a number or quantity, a name, a plural or a noun
  // of people or a body (`with the mayor saying`; not `with softer
  // language calling for`, `with financial backing from`).
  bool with_subject = false;
  for (uint32_t k = a->subj.tb; k > sb && k + 5 > a->subj.tb && !with_subject; --k) {
    const uint32_t x = k - 1;
    with_subject = Is(x, "with");
    if (!toks_[x].Has(kTokWord | kTokNumber) ||
        (InSet(x, ClauseStops()) && !Is(x, "of") && !Is(x, "in"))) {
      break;
    }
  }
  if (with_subject) with_subject = MayNameSpeaker(a->subj.tb, a->subj.te);
  if (ing && !progressive && !with_subject && !Is(c, "reading") && !a->subj.pronoun &&
      !toks_[a->subj.te - 1].Has(kTokCapitalized)) {
    a->subj = SentenceSubject(sb, c, /*nominal=*/true);
    if (!a->subj.found()) return false;
    return ContentAfter(ce, se, cls, a);
  }
  // "..., law enforcement officials said.", "..., NATO and Afghan
  // officials said.": a closing subject that the phrase reader stopped
  // short of the comma (after two bare lower-case words, or at "and")
  // runs back to it.
  // Not after a determiner the reader already took ("an arrangement the
  // Sanders campaign criticized"), nor for a passive or a cue form in -s,
  // which is mostly a plural noun here ("hectoring phone calls", "Brunei
  // and Taiwan have claims").
  if (!a->subj.pronoun && !a->passive && a->subj.tb > sb + 1 && !IsComma(a->subj.tb - 1) &&
      !InSet(a->subj.tb, Determiners()) && !Text(ce - 1).ends_with("s") &&
      ClosesAttribution(ce, se)) {
    uint32_t k = a->subj.tb;
    while (k > sb + 1 && a->subj.tb - k < 3 && IsWord(k - 1) && in_quote_[k - 1] < 0 &&
           (Is(k - 1, "and") ||
            (!InSet(k - 1, ClauseStops()) && !InSet(k - 1, Pronouns()) &&
             !InSet(k - 1, Prepositions()) && !Is(k - 1, "of") && !Is(k - 1, "through") &&
             !LooksLikeVerb(k - 1) && !IsLyAdverb(k - 1) && !IsIngForm(Text(k - 1))))) {
      --k;
    }
    if (k < a->subj.tb && IsComma(k - 1) && !Is(k, "and")) a->subj.tb = k;
  }
  const uint32_t nb = a->subj.tb;
  // `''...,'' he said`: two apostrophes close the statement as a mark does.
  const bool apostrophes = ApostrophesClose(nb, sb, !ing);
  const bool post = (nb > sb && (IsComma(nb - 1) || QuoteClosingAt(nb - 1) >= 0 ||
                                 IsDash(nb - 1))) ||
                    apostrophes;
  if (post) {
    // `"...," he said` or `..., he said.`; for a plain comma the cue must
    // close the clause, or "In a statement, he said he ..." would be read
    // backwards.
    bool after_quote = QuoteClosingAt(nb - 1) >= 0 || apostrophes ||
                       (IsComma(nb - 1) && nb >= 2 && QuoteClosingAt(nb - 2) >= 0);
    // `"Daily Show" host Trevor Noah showed ...`: a quote with no comma
    // (or ? !) inside its marks, right before a name, is a title in the
    // subject phrase, not what the subject said.
    if (const int tq = QuoteClosingAt(nb - 1); tq >= 0 && !a->subj.pronoun && TitleMarks(tq)) {
      return false;
    }
    uint32_t tail = ce;
    if (cls == CueClass::kSpeechObj && !after_quote) {
      Subject obj = SubjectAfter(ce, se);
      if (obj.found()) tail = obj.te;
    }
    if (after_quote || ClosesAttribution(tail, se)) {
      if (!ContentBefore(apostrophes ? nb - 2 : nb - 1, apostrophes ? SentBegin(nb - 2) : sb, a)) {
        return false;
      }
      a->apostrophes = apostrophes;
      AddSplitQuote(ce, se, a);
      if (!apostrophes) AddParentheticalRest(tail, se, a);
      return true;
    }
  }
  return ContentAfter(ce, se, cls, a);
}

// "The plan, an inside source said, is to ...", "Even then, he said, he
// has learned ...": the statement goes on after an attribution set off by
// commas; the content is both parts.
void Run::AddParentheticalRest(uint32_t tail, uint32_t se, Attribution* a) {
  if (a->kind != QuoteKind::kIndirect || !a->quotes.empty()) return;
  uint32_t k = tail;
  while (k < se && InSet(k, TimeWords())) ++k;
  if (k + 2 >= se || !IsComma(k)) return;
  uint32_t b = k + 1;
  CueClass cls;
  if (!IsWord(b) || in_quote_[b] >= 0 || IsIngForm(Text(b)) || Is(b, "who") ||
      Is(b, "which") || Is(b, "whose") || MatchCue(b, se, &cls) > 0) {
    return;
  }
  // "..., said David Autor, a professor of economics at M.I.T.": after a
  // speaker named behind the cue, a noun phrase on "a", "an" or "the"
  // with no verb of its own describes the speaker; the statement goes on
  // only with a verb after it (`Any interpretation, said Michael Kofman,
  // an expert on Russia, would read this as ...`). "..., said Smith, the
  // economy is strong" is read on as before.
  if (a->subj.found() && a->subj.tb >= a->cue_e) {
    if (const uint32_t ae = AppositiveEnd(b, se); ae != kNone) {
      if (ae + 1 >= se || !IsComma(ae) || !toks_[ae + 1].Has(kTokLower) ||
          !(InSet(ae + 1, AuxAdverbs()) || PastVerb(ae + 1))) {
        return;
      }
      b = ae + 1;
    }
  }
  // "That victim, one official said, was his mother, Nancy Lanza, who
  // worked at the school.": a rest opening with a verb is the statement's
  // predicate; a relative clause in it describes what the statement is
  // about (after a name, as in ", said an analyst, who notes", it
  // describes the speaker).
  const bool predicate = toks_[b].Has(kTokLower) && LooksLikeVerb(b);
  uint32_t e = ClauseEnd(b, se, /*relatives_in=*/predicate);
  while (e > b && (Is(e - 1, ".") || IsDash(e - 1))) --e;
  int words = 0;
  for (uint32_t t = b; t < e; ++t) words += IsWord(t) ? 1 : 0;
  if (words < 2) return;
  // "The election, he said, was \u201ca message\u201d to Europe": a quote
  // wholly inside the rest is part of the statement (a PARTIAL quote); one
  // running past it is not.
  for (uint32_t t = b; t < e; ++t) {
    if (cue_taken_[t]) return;
    const int q = in_quote_[t];
    if (q >= 0 && (raw_[q].used || raw_[q].tb < b || raw_[q].te > e)) return;
  }
  a->gap_b = a->cte;
  a->gap_e = b;
  a->cte = e;
}

// "Asked if he was ever bullied, the candidate said no.": the question is
// the content; the subject of the main clause was asked it.
// `Noting he majored in philosophy, Allen said ...`, `Emphasizing the
// urgency of the matter, Trump said, "..."`: a participle cue opening the
// sentence reports up to the comma before the main clause, whose subject
// speaks (it was read as the word after the cue, "he", "the urgency").
bool Run::ParticipleClause(uint32_t sb, uint32_t se, Attribution* a) {
  const uint32_t c = a->cue_b, ce = a->cue_e;
  if (!IsIngForm(Text(c)) || !toks_[c].Has(kTokCapitalized) || ce + 2 >= se) return false;
  for (uint32_t k = ce + 1; k + 1 < se; ++k) {
    if (in_quote_[k] >= 0 || IsDoubleMark(k)) return false;
    if (!IsComma(k) || !MainClauseAt(k + 1, se)) continue;
    // The subject runs up to the main clause's verb.
    uint32_t v = k + 2;
    // "the Associated Press reports": a present form after a name, not a
    // plural before a past form ("State Department officials concurred").
    auto present = [&](uint32_t t) {
      return Text(t).ends_with("s") && toks_[t - 1].Has(kTokCapitalized) &&
             !(t + 1 < se && toks_[t + 1].Has(kTokLower) &&
               (Text(t + 1).ends_with("ed") || InSet(t + 1, IrregularPast())));
    };
    while (v < se && !(toks_[v].Has(kTokLower) && (LooksLikeVerb(v) || present(v)))) ++v;
    const Subject s = SubjectBefore(v, k + 1);
    if (!s.found()) return false;
    a->subj = s;
    a->ctb = ce;
    a->cte = k;
    return sb <= c;
  }
  return false;
}

bool Run::AskedClause(uint32_t sb, uint32_t se, Attribution* a) {
  a->subj = Subject();
  const uint32_t c = a->cue_b, ce = a->cue_e;
  if (!Is(c, "Asked") && !Is(c, "asked")) return false;
  const uint32_t q = QuestionAfterAsked(ce, se);
  if (q == kNone) return false;
  uint32_t k = q + 1;
  while (k < se && !IsComma(k) && in_quote_[k] < 0) ++k;
  if (k + 1 >= se || !IsComma(k)) return false;
  a->subj = SubjectFrom(k + 1, se);
  if (!a->subj.found()) return false;
  a->ctb = Is(q, "about") ? q + 1 : q;
  a->cte = k;
  return a->cte > a->ctb && sb <= c;
}

// Where the question starts after "asked" (`ce` the token after it): at
// once ("asked whether ..."), or after a phrase of who asked, where or
// when, with no comma or quote in it (`Asked on Fox News who leads the
// party`, `when asked by Ingraham on Thursday about ...`, `Asked at a
// briefing Monday in Washington about ...`); kNone when there is none.
uint32_t Run::QuestionAfterAsked(uint32_t ce, uint32_t se) const {
  if (ce >= se) return kNone;
  if (InSet(ce, QuestionWords())) return ce;
  if (!(Is(ce, "on") || Is(ce, "by") || Is(ce, "at") || Is(ce, "in") || Is(ce, "during") ||
        InSet(ce, TimeWords()))) {
    return kNone;
  }
  for (uint32_t j = ce + 1; j < se && j < ce + kMaxAskedPhrase; ++j) {
    if (!IsWord(j) || in_quote_[j] >= 0) return kNone;
    if (toks_[j].Has(kTokLower) && InSet(j, QuestionWords())) return j;
  }
  return kNone;
}

// `"...," Christie said when asked whether he would ...`, `and when asked
// whether he was encouraging them, he said, ...`: the question after "when
// asked" inside a sentence is reported too (PolNeAR annotates it); the one
// asked speaks: the main clause's subject after the question, else the
// previous attribution's or the sentence's.
bool Run::WhenAskedClause(uint32_t sb, uint32_t se, Attribution* a) {
  const uint32_t c = a->cue_b, ce = a->cue_e;
  const uint32_t q = Is(c, "asked") ? QuestionAfterAsked(ce, se) : kNone;
  if (q == kNone) return false;
  // The question ends at a quote, at a main clause or a conjunction after
  // a comma, or at the comma closing a clause set off by one (`Trump, when
  // asked about his errors, often steam-rolls ...`).
  const bool set_off = IsComma(c - 2);
  uint32_t k = q + 1;
  while (k < se && in_quote_[k] < 0 && !IsDoubleMark(k) &&
         !(IsComma(k) && (set_off || MainClauseAt(k + 1, se) ||
                          (k + 1 < se && (Is(k + 1, "but") || Is(k + 1, "and") ||
                                          Is(k + 1, "while") || Is(k + 1, "though")))))) {
    ++k;
  }
  a->question = true;
  a->ctb = Is(q, "about") ? q + 1 : q;
  if (k < se && IsComma(k)) {
    a->subj = SubjectFrom(k + 1, se);
  } else if (const Attribution* prev = PreviousInSentence(c); prev != nullptr) {
    a->subj = prev->subj;
    a->inherited = true;
  } else {
    a->subj = SentenceSubject(sb, c - 1, /*nominal=*/true);
  }
  while (k > a->ctb && (Is(k - 1, ".") || IsComma(k - 1))) --k;
  a->cte = k;
  return a->subj.found() && a->cte > a->ctb + 1;
}

// `"First part," he said, "second part."`: the second part joins.
void Run::AddSplitQuote(uint32_t from, uint32_t se, Attribution* a) {
  // A partial quote before its cue (`Trump's support means "he must be
  // doing something right," she says, "but I don't know ..."`) goes on
  // with a second part that continues the sentence in lower case.
  const bool partial = a->kind == QuoteKind::kIndirect && !a->quotes.empty();
  if (a->kind != QuoteKind::kDirect && !partial) return;
  for (uint32_t k = from; k < se && k < from + kMaxSplitGap; ++k) {
    int q = QuoteOpeningAt(k);
    if (q >= 0) {
      if (raw_[q].used || k == from || !(IsComma(k - 1) || Is(k - 1, ":")) || NamedWork(q)) return;
      if (partial && !(k + 1 < raw_[q].te && toks_[k + 1].Has(kTokLower))) return;
      // `"His normal demeanor is grumpy," she said, but despite ..., "I
      // think he will do it," said Kunin`: a second quote closed by its
      // own attribution is that attribution's (v140).
      if (raw_[q].close != kNone && CommaBeforeAttribution(raw_[q])) {
        uint32_t j = raw_[q].te;
        while (j < se && IsComma(j)) ++j;
        CueClass c2;
        uint32_t len = 0;
        const uint32_t c = j < se ? CueAfter(j, se, &c2, &len) : kNone;
        if (c != kNone && c2 == CueClass::kSpeech && c <= j + 4 &&
            (c == j ? SubjectAfter(c + len, se) : SubjectFrom(j, c)).found()) {
          return;
        }
      }
      a->quotes.push_back(q);
      a->cte = raw_[q].te;
      return;
    }
    if (Is(k, ".") || Is(k, ";")) return;
    // `"...," he said, adding: "..."`: the second quote has its own cue.
    CueClass cls;
    if (toks_[k].Has(kTokWord) && MatchCue(k, se, &cls) > 0) return;
  }
}

bool Run::Accept(Attribution a) {
  if (a.cte <= a.ctb) return false;
  // "Still, the plan ..., she said": PolNeAR leaves a concessive or
  // additive lead out of the content ("But" and "Instead" it keeps).
  if (a.kind != QuoteKind::kDirect && in_quote_[a.ctb] < 0) {
    uint32_t k = a.ctb;
    char buf[24];
    std::string_view w = Lower(k, buf);
    if (w == "still" || w == "however" || w == "nonetheless" || w == "nevertheless") {
      k += 1;
    } else if (k + 1 < a.cte && ((w == "even" && Is(k + 1, "so")) ||
                                 (w == "in" && (Is(k + 1, "addition") ||
                                                Is(k + 1, "particular"))))) {
      k += 2;
    }
    // "Still, he said, officials ...": the lead is the whole first part.
    const bool gap = (a.gap_e > a.gap_b && a.gap_b <= k + 1) || a.subj.tb == k + 1;
    if (k > a.ctb && k + 1 < a.cte && IsComma(k) && k + 1 != a.cue_b && !gap) a.ctb = k + 1;
  }
  // "warned of ...", "asked about ...", "spoke on ...", "argued against
  // ...", "called on ... for ...": PolNeAR's content is the object, without
  // the preposition (train: 71 of 80 after "about", 26 of 28 after "of",
  // 25 of 28 after "on", 24 of 36 after "for").
  if (a.kind != QuoteKind::kDirect && a.ctb >= a.cue_e && a.ctb + 1 < a.cte &&
      in_quote_[a.ctb] < 0 && toks_[a.ctb].Has(kTokLower) && IsWord(a.ctb + 1) &&
      (Is(a.ctb, "about") || Is(a.ctb, "of") || Is(a.ctb, "on") || Is(a.ctb, "against") ||
       Is(a.ctb, "for"))) {
    int words = 0;
    for (uint32_t k = a.ctb + 1; k < a.cte && words < kMinIndirectWords; ++k) {
      words += IsWord(k) ? 1 : 0;
    }
    if (words >= kMinIndirectWords) ++a.ctb;
  }
  // `he said he was too busy ...: "I have ...," he wrote.`: reported
  // speech after its cue ends where a content taken before begins.
  if (a.kind == QuoteKind::kIndirect && a.ctb > a.cue_b && a.gap_e == a.gap_b) {
    uint32_t k = a.ctb;
    while (k < a.cte && !owned_[k]) ++k;
    while (k > a.ctb && (Is(k - 1, ":") || IsComma(k - 1) || IsDash(k - 1) ||
                         IsDoubleMark(k - 1))) {
      --k;
    }
    a.cte = k;
    if (a.cte <= a.ctb) return false;
  }
  if (a.kind == QuoteKind::kIndirect) {
    // "reported from Sydney": too short to be a statement.
    int words = 0;
    for (uint32_t k = a.ctb; k < a.cte && words < kMinIndirectWords; ++k) {
      words += IsWord(k) ? 1 : 0;
    }
    // "said yes", "said no": an answer is a statement, and so are quoted
    // words however few (`''Follow us,'' Ms. Gil said.`).
    const bool answer = a.cte == a.ctb + 1 && (Is(a.ctb, "yes") || Is(a.ctb, "no"));
    // "A spokesman declined to comment.": the refusal is an attribution of
    // its own (PolNeAR train: 18 of the 29 "declined/refused to comment").
    const bool no_comment = a.cte == a.ctb + 2 && Is(a.ctb, "to") && Is(a.ctb + 1, "comment") &&
                            a.cue_e == a.ctb;
    // "was criticized by X": the passive's subject or the complement after
    // its agent ("He was remembered by classmates as shy."; v150).
    if (words < kMinIndirectWords && !answer && !no_comment && !a.agent && !a.apostrophes &&
        !OpensApostrophes(a.ctb)) {
      return false;
    }
  }
  // Contents never overlap: each token belongs to one attribution.
  for (uint32_t k = a.ctb; k < a.cte; ++k) {
    if (owned_[k]) return false;
  }
  std::fill(owned_.begin() + a.ctb, owned_.begin() + a.cte, 1);
  if (a.subj.found()) {
    const uint32_t s = sent_of_[a.cue_b];
    a.prev_in_sentence = sent_last_[s];
    sent_last_[s] = static_cast<int32_t>(attrs_.size());
  }
  // Quotes in the content that were not taken as its direct part.
  for (uint32_t k = a.ctb; k < a.cte; ++k) {
    int q = in_quote_[k];
    if (q >= 0 && std::find(a.quotes.begin(), a.quotes.end(), q) == a.quotes.end()) {
      a.quotes.push_back(q);
    }
  }
  // Cues inside a content that follows its cue are not attributions.
  if (a.ctb > a.cue_b) covered_until_ = std::max(covered_until_, a.cte);
  if (a.kind != QuoteKind::kDirect && !a.quotes.empty()) a.kind = QuoteKind::kPartial;
  // `the man who wrote "Earth in the Balance."`: a title as the object of a
  // writing verb names a work; no one says it (a scare quote).
  if (a.quotes.size() == 1 && a.cue_e > a.cue_b && raw_[a.quotes[0]].tb == a.cue_e &&
      InSet(a.cue_b, WritingVerbs()) && TitleCase(a.quotes[0])) {
    a.kind = QuoteKind::kScare;
  }
  for (int q : a.quotes) raw_[q].used = true;
  for (uint32_t k = a.cue_b; k < a.cue_e; ++k) cue_taken_[k] = 1;
  attrs_.push_back(std::move(a));
  return true;
}

}  // namespace newsie::quotes::internal
