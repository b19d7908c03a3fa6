// The quote extractor's per-document working state (Run) and what its
// translation units share: the limits and word lists used in more than one
// of them, the raw quote and attribution records, and Run's declaration.
// Run's small token helpers are defined here (every file calls them); its
// other members are declared in sections named after the file that
// defines them. Limits, word lists and free helpers that only one file
// uses stay in that file's anonymous namespace. Internal to
// extractors/quotes/.
//
// Thread safety: a Run belongs to one Extract() call on one Document.
#ifndef NEWSIE_EXTRACTORS_QUOTES_QUOTE_EXTRACTOR_INTERNAL_H_
#define NEWSIE_EXTRACTORS_QUOTES_QUOTE_EXTRACTOR_INTERNAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/quotes/quote_extractor.h"
#include "pipeline/document.h"
#include "pipeline/flat_string_map.h"

namespace newsie::quotes::internal {

constexpr uint32_t kNone = UINT32_MAX;
// How far (in tokens) an attribution's parts may be from each other.
constexpr uint32_t kMaxSubjectTokens = 8;
// Tokens between a cue and the quote it introduces (`told the mayors who
// gathered in Indianapolis, "..."`).
constexpr uint32_t kMaxIntroTokens = 24;
// Indirect contents have at least this many words.
constexpr int kMinIndirectWords = 3;
// Quotes of at most this many words, attributed to no one, are scare quotes.
constexpr int kMaxScareWords = 4;

// Word lists looked up per token: one open-addressed array (a node-based
// set cost a few dependent cache misses a lookup).
using WordSet = FlatStringSet;

// Lower-cases an ASCII token into `buf`; returns "" for longer or non-ASCII
// tokens (no cue, pronoun or function word is either).
inline std::string_view LowerAscii(std::string_view w, char (&buf)[24]) {
  if (w.size() >= sizeof(buf)) return {};
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c >= 0x80) return {};
    buf[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return std::string_view(buf, w.size());
}

// Word lists (quote_word_lists.cc), lower case.
const WordSet& Pronouns();
const WordSet& AuxAdverbs();
const WordSet& ClauseStops();
const WordSet& IrregularPast();
const WordSet& Prepositions();
const WordSet& AdverbialOpeners();
const WordSet& Quantifiers();
const WordSet& Approximators();
const WordSet& Determiners();
const WordSet& TimeWords();
const WordSet& TimeUnits();
const WordSet& SpeakerNouns();

struct RawQuote {
  uint32_t tb = 0, te = 0;  // tokens, marks included, half-open
  uint32_t open = kNone;    // token of the opening mark, kNone when missing
  uint32_t close = kNone;   // token of the closing mark, kNone when missing
  std::vector<Span> pieces;  // content per paragraph, without marks
  int words = 0;
  bool used = false;
};

struct Subject {
  uint32_t tb = kNone, te = kNone;  // tokens, half-open
  // The modifier after the head noun ("briefed" in "people briefed on the
  // talks", "to" in "a person close to the family"), when SubjectBefore
  // took the phrase after it for the whole (v126); else kNone.
  uint32_t post = kNone;
  bool pronoun = false;
  bool found() const { return tb != kNone; }
};

struct Attribution {
  uint32_t cue_b = 0, cue_e = 0;
  Subject subj;
  uint32_t ctb = 0, cte = 0;     // content tokens, half-open
  uint32_t gap_b = 0, gap_e = 0;  // INDIRECT: the attribution inside the content
  std::vector<int> quotes;       // raw quotes in the content
  QuoteKind kind = QuoteKind::kIndirect;
  Speaker speaker;
  // "A quoted B as saying": B, who first said the words (v122).
  Subject orig;
  Speaker original;
  bool inherited = false;        // speaker taken from an earlier attribution
  bool passive = false;          // "are expected to": the subject is no source
  // "was criticized by X": the speaker is the passive's agent after "by",
  // the content its subject however short ("He was backed by ...", v150).
  bool agent = false;
  bool question = false;         // "when asked whether ...": inside another's sentence
  // The content is a statement closed by two apostrophes (`''Don't go,''
  // he said.`): quoted words, however few.
  bool apostrophes = false;
  int32_t prev_in_sentence = -1;  // earlier attribution with a cue in the sentence
};

inline bool IsIngForm(std::string_view w) {
  return w.size() > 4 && w.substr(w.size() - 3) == "ing";
}

// One Extract() call: pairs the marks, finds the attributions, resolves
// their speakers and writes doc's quotes.
class Run {
 public:
  // `gazetteers` (may be null) give people's given names for pronouns.
  Run(const CueTable& cues, bool paired_apostrophes, const Gazetteers* gazetteers, Document& doc)
      : cues_(cues),
        paired_apostrophes_(paired_apostrophes),
        gazetteers_(gazetteers),
        doc_(doc),
        toks_(doc.tokens()) {}

  // Runs every step (quote_extractor.cc).
  void Go();

 private:
  // ------------------------------------------------------------ tokens
  std::string_view Text(uint32_t t) const { return doc_.Slice(toks_[t].span); }
  bool Is(uint32_t t, std::string_view s) const { return Text(t) == s; }
  std::string_view Lower(uint32_t t, char (&buf)[24]) const {
    return LowerAscii(Text(t), buf);
  }
  bool InSet(uint32_t t, const WordSet& set) const {
    char buf[24];
    std::string_view w = Lower(t, buf);
    return !w.empty() && set.count(w) > 0;
  }
  bool IsDoubleMark(uint32_t t) const {
    if (!toks_[t].Has(kTokQuoteMark) || (!nick_.empty() && nick_[t])) return false;
    return !toks_[t].Has(kTokSingleQuote) || PairedApostrophe(t) != 0;
  }
  // Two straight apostrophes standing for one double mark (''), as some
  // papers print them: 1 for the first, 2 for the second, else 0.
  int PairedApostrophe(uint32_t t) const {
    if (!paired_apostrophes_ || Text(t) != "'") return 0;
    if (GluedApostrophes(t)) return 1;
    if (t > 0 && GluedApostrophes(t - 1)) return 2;
    return 0;
  }
  // Whether tokens t and t + 1 are two straight apostrophes with nothing
  // between them ('').
  bool GluedApostrophes(uint32_t t) const {
    return t + 1 < toks_.size() && Is(t, "'") && Is(t + 1, "'") &&
           toks_[t + 1].span.begin == toks_[t].span.end;
  }
  // Whether the mark at `m` (the first token of a pair) may open or close a
  // quote, from its glyph or the spacing around it.
  bool MarkOpens(uint32_t m) const {
    if (PairedApostrophe(m) == 0) return toks_[m].Has(kTokOpenQuote);
    return SpaceBefore(m) && !SpaceAfter(m + 1);
  }
  bool MarkCloses(uint32_t m) const {
    if (PairedApostrophe(m) == 0) return toks_[m].Has(kTokCloseQuote);
    return !SpaceBefore(m) && SpaceAfter(m + 1);
  }
  bool SpaceBefore(uint32_t t) const {
    uint32_t b = toks_[t].span.begin;
    if (b == 0) return true;
    char c = doc_.text()[b - 1];
    return c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '[';
  }
  bool SpaceAfter(uint32_t t) const {
    uint32_t e = toks_[t].span.end;
    if (e >= doc_.text().size()) return true;
    char c = doc_.text()[e];
    return c == ' ' || c == '\n' || c == '\t' || c == '.' || c == ',' || c == ';' ||
           c == ':' || c == ')' || c == '?' || c == '!';
  }
  bool IsComma(uint32_t t) const { return Is(t, ","); }
  bool IsWord(uint32_t t) const { return toks_[t].Has(kTokWord | kTokNumber); }
  bool IsDash(uint32_t t) const {
    std::string_view w = Text(t);
    return w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "\xE2\x80\x95" || w == "--" ||
           w == "-";
  }
  uint32_t SentBegin(uint32_t t) const {
    return doc_.sentences()[sent_of_[t]].token_begin;
  }
  uint32_t SentEnd(uint32_t t) const {
    return doc_.sentences()[sent_of_[t]].token_end;
  }
  uint32_t ParaOf(uint32_t t) const {
    return doc_.sentences()[sent_of_[t]].paragraph;
  }
  // The raw quote whose closing mark is `t`, or -1.
  int QuoteClosingAt(uint32_t t) const {
    int q = in_quote_[t];
    return q >= 0 && raw_[q].te == t + 1 ? q : -1;
  }
  // Whether tokens t-2 and t-1 are the two apostrophes some archives
  // print for a closing mark (PolNeAR's NYT: `,'' he said`): glued to a
  // comma, "?" or "!" inside the sentence from `sb` (`said, ''I think`
  // opens a statement).
  bool ApostrophesCloseBefore(uint32_t t, uint32_t sb) const {
    if (t < sb + 4 || !Is(t - 1, "'") || !Is(t - 2, "'") || SpaceBefore(t - 2)) return false;
    return IsComma(t - 3) || Is(t - 3, "?") || Is(t - 3, "!");
  }
  // Whether the sentence opening at `t` follows two apostrophes that
  // closed a question or an exclamation ending the sentence before, in
  // the same paragraph (`''Can we win Illinois?'' Mr. Manafort asked.`:
  // the splitter ends the sentence after the apostrophes).
  bool ApostrophesEndSentenceBefore(uint32_t t) const {
    if (t < 3 || t >= toks_.size() || SentBegin(t) != t || !Is(t - 1, "'") ||
        !Is(t - 2, "'") || SpaceBefore(t - 2) || ParaOf(t - 1) != ParaOf(t)) {
      return false;
    }
    return Is(t - 3, "?") || Is(t - 3, "!");
  }
  // Whether two apostrophes close a statement right before `t`: glued to a
  // comma, "?" or "!" inside the sentence from `sb` (v92), or, when
  // `next_sentence` allows it and `t` opens that sentence, after "?" or
  // "!" ending the sentence before (v98).
  bool ApostrophesClose(uint32_t t, uint32_t sb, bool next_sentence) const {
    return ApostrophesCloseBefore(t, sb) ||
           (next_sentence && t == sb && ApostrophesEndSentenceBefore(t));
  }
  // Whether tokens t and t + 1 are two apostrophes opening a statement
  // (`said, ''I think`): a space before, a word glued after.
  bool OpensApostrophes(uint32_t t) const {
    return t + 2 < toks_.size() && GluedApostrophes(t) && SpaceBefore(t) && !SpaceAfter(t + 1);
  }
  int QuoteOpeningAt(uint32_t t) const {
    int q = in_quote_[t];
    return q >= 0 && raw_[q].tb == t ? q : -1;
  }
  // A past-tense form, an auxiliary or a cue: where a subject phrase read
  // forwards ends ("parties released", "parties have", "parties said").
  bool LooksLikeVerb(uint32_t t) const {
    std::string_view w = Text(t);
    if (w.size() > 3 && w.ends_with("ed")) return true;
    if (InSet(t, IrregularPast())) return true;
    if (InSet(t, AuxAdverbs()) || InSet(t, ClauseStops())) return true;
    CueClass cls;
    return MatchCue(t, static_cast<uint32_t>(toks_.size()), &cls) > 0;
  }
  // A word of two or more letters, all capitals ("EXPECTED", "IOWA"): the
  // tokenizer's flag.
  bool IsAllCaps(uint32_t t) const {
    return toks_[t].Has(kTokWord) && toks_[t].Has(kTokAllCaps);
  }
  bool IsLyAdverb(uint32_t t) const {
    std::string_view w = Text(t);
    return toks_[t].Has(kTokLower) && w.size() > 5 &&
           w.substr(w.size() - 2) == "ly" && w != "family" && w != "ally" &&
           w != "assembly" && w != "supply";
  }
  // A word between a subject and its verb: an auxiliary or adverb, an -ly
  // adverb, "twice" ("has twice complained"), a negated auxiliary the
  // tokenizer keeps whole ("didn't", also with a curly apostrophe: v121).
  bool AuxOrAdverb(uint32_t t) const {
    return InSet(t, AuxAdverbs()) || IsLyAdverb(t) || Is(t, "twice") || NegatedAux(t);
  }
  // "I didn't", "Mr. Obama hasn't", "I just don't": a lower-case word
  // ending in n't (straight or curly apostrophe) right after a word that
  // may end a subject or an adverb. Not after a comma, a clause word or
  // at the sentence's start ("..., wouldn't say", "who hasn't decided",
  // "but don't want"): the subject is no phrase just before it, and the
  // reader would run on into another clause.
  bool NegatedAux(uint32_t t) const {
    const std::string_view w = Text(t);
    if (w.size() < 4 || !toks_[t].Has(kTokLower) ||
        !(w.ends_with("n't") || w.ends_with("n\xE2\x80\x99t"))) {
      return false;
    }
    return t > 0 && SentBegin(t) < t && IsWord(t - 1) &&
           (!InSet(t - 1, ClauseStops()) || InSet(t - 1, AuxAdverbs()));
  }
  Span SpanOf(uint32_t tb, uint32_t te) const {
    return {toks_[tb].span.begin, toks_[te - 1].span.end};
  }
  // Whether tokens [b, e) hold a word.
  bool HasWord(uint32_t b, uint32_t e) const {
    for (uint32_t k = b; k < e; ++k) {
      if (IsWord(k)) return true;
    }
    return false;
  }

  // ------------------------------------------- quote_marks.cc: quotation marks into raw quotes
  void MarkNicknames();
  void PairMarks();
  void EndUnclosedAtAttribution();
  int NewQuote(uint32_t open);
  void AddPiece(int q, uint32_t b, uint32_t e);
  void Finish(int q, uint32_t last, bool closed);

  // ---------------------------------------------------- quote_cues.cc: cues and their subjects
  bool NounDeterminer(uint32_t t) const;
  bool Article(uint32_t t) const;
  bool CueNoun(uint32_t t, std::string_view w) const;
  bool AOneWord(uint32_t t) const;
  bool AdjectivalParticiple(uint32_t t, std::string_view w) const;
  bool ReducedRelative(uint32_t t, std::string_view w) const;
  bool NonSpeechSense(uint32_t t, std::string_view w) const;
  bool NamedNoun(uint32_t t) const;
  uint32_t MatchCue(uint32_t t, uint32_t end, CueClass* cls) const;
  Subject SubjectBefore(uint32_t c, uint32_t sb) const;
  bool NounBeforePreposition(uint32_t x) const;
  uint32_t ModifierBefore(uint32_t k, uint32_t sb) const;
  bool OpensAppositive(const Subject& outer, uint32_t sb) const;
  bool PassiveCue(uint32_t c, uint32_t sb) const;
  Subject SubjectAfter(uint32_t ce, uint32_t se) const;
  bool ClosesAttribution(uint32_t ce, uint32_t se) const;
  Subject SubjectFrom(uint32_t from, uint32_t to) const;
  uint32_t CueAfter(uint32_t from, uint32_t end, CueClass* cls, uint32_t* len) const;

  // ------------------------------------- quote_content.cc: INDIRECT/PARTIAL content boundaries
  uint32_t AfterTime(uint32_t k, uint32_t se) const;
  uint32_t AfterStatementPhrase(uint32_t ce, uint32_t se) const;
  bool ContentAfter(uint32_t ce, uint32_t se, CueClass cls, Attribution* a);
  uint32_t AfterAddressee(uint32_t ce, uint32_t se) const;
  uint32_t ApostrophesClosing(uint32_t from) const;
  bool InsideApostrophes(uint32_t t) const;
  uint32_t AfterCommaAddressee(uint32_t ce, uint32_t se) const;
  uint32_t AddresseeBeforeQuote(uint32_t ce, uint32_t se) const;
  bool ClauseStartsAt(uint32_t j, uint32_t se) const;
  uint32_t ClauseEnd(uint32_t start, uint32_t end, bool relatives_in = false) const;
  bool InOpeningSubordinate(uint32_t c) const;
  bool MainClauseAt(uint32_t k, uint32_t end) const;
  uint32_t AppositiveEnd(uint32_t k, uint32_t end) const;
  bool CoordinatedCue(uint32_t k, uint32_t end) const;
  bool CoordinatedPredicate(uint32_t start, uint32_t k, uint32_t end) const;
  bool SubjectCueThat(uint32_t k, uint32_t end) const;
  bool LaterCue(uint32_t k, uint32_t end) const;
  bool WithSubjectCue(uint32_t k, uint32_t end) const;
  bool MayNameSpeaker(uint32_t b, uint32_t e) const;
  bool ClauseAfterTimePhrase(uint32_t k, uint32_t end) const;
  Subject RoleNameBefore(uint32_t c, uint32_t sb) const;
  Subject RoleNameAfter(const Subject& role, uint32_t se) const;
  bool ContentBefore(uint32_t before, uint32_t sb, Attribution* a);

  // --------------------------------------------------- quote_direct.cc: quote-led attributions
  void AttributeQuotes();
  bool RelayedBy(uint32_t from, uint32_t end, Attribution* a) const;
  Subject EarlierCueSubject(uint32_t cue, uint32_t sb) const;
  const Attribution* PostposedCueBefore(uint32_t x, uint32_t quote) const;
  bool IntroCueBefore(const RawQuote& r, uint32_t sb) const;
  bool PastVerb(uint32_t t) const;
  bool ClauseDone(uint32_t ve, uint32_t se) const;
  bool PostposedAttribution(uint32_t k, uint32_t se, Attribution* a) const;
  bool AllWords(uint32_t b, uint32_t e) const;
  Subject AppositiveSubject(uint32_t c, uint32_t sb) const;
  uint32_t LastTokenOfParagraph(uint32_t t) const;
  const Attribution* PreviousInSentence(uint32_t c) const;
  Subject SentenceSubject(uint32_t sb, uint32_t limit, bool nominal) const;
  bool LeadOpener(uint32_t k) const;
  bool AdverbLead(uint32_t k, uint32_t limit) const;
  uint32_t AfterLeadPhrases(uint32_t k, uint32_t limit) const;
  Subject RelativeSubject(uint32_t cue, uint32_t sb) const;
  bool ExclaimedStatement(int q) const;
  bool TitleMarks(int q) const;
  bool TitleCase(int q) const;
  bool NamedWork(int q) const;
  bool CommaBeforeAttribution(const RawQuote& r) const;
  bool OnlyAppositive(uint32_t b, uint32_t e) const;
  Subject CoordinatedSubject(uint32_t cue, uint32_t sb) const;
  bool ClauseOpener(uint32_t x) const;
  bool AfterIntro(uint32_t tb, uint32_t sb) const;
  bool ContinuingIng(uint32_t cue) const;

  // ----------------------------------------------- quote_attributions.cc: cue-led attributions
  void FindAttributions();
  void FindHeadlineAttributions();
  bool InNameMention(uint32_t t) const;
  bool BeforeClosingAttribution(const Attribution& a, uint32_t sb, uint32_t se) const;
  bool ClosingAttributionAt(uint32_t k, uint32_t se) const;
  bool OnlyAdverbialBeforeEnd(uint32_t e, uint32_t se) const;
  bool ParticipleCueAfter(uint32_t e, uint32_t se) const;
  bool TryAttribution(uint32_t sb, uint32_t se, CueClass cls, Attribution* a);
  void AddParentheticalRest(uint32_t tail, uint32_t se, Attribution* a);
  bool AskedClause(uint32_t sb, uint32_t se, Attribution* a);
  bool WhenAskedClause(uint32_t sb, uint32_t se, Attribution* a);
  uint32_t QuestionAfterAsked(uint32_t ce, uint32_t se) const;
  bool ParticipleClause(uint32_t sb, uint32_t se, Attribution* a);
  void AddSplitQuote(uint32_t from, uint32_t se, Attribution* a);
  bool Accept(Attribution a);

  // --------------------------------------------------------------- quote_speakers.cc: speakers
  void ResolveSpeakers();
  Speaker MakeSpeaker(const Subject& subj, int* mention, int* role);
  Subject FirstConjunct(const Subject& subj) const;
  bool PlaceConjunct(const Mention& head, const Subject& first, const Subject& subj) const;
  void Link(const Mention& m, Speaker* sp) const;
  bool PluralGroup(const Mention& m) const;
  int Antecedent(uint32_t t, std::string_view pronoun, int* role);
  uint32_t RoleHead(const Subject& subj, bool plural) const;
  uint32_t PostModifier(const Subject& subj) const;
  bool NoNounPhrase(const Subject& subj) const;
  bool TitledName(uint32_t post, const Mention& m, Span span) const;
  bool BodyBeforeRole(const Mention& m, uint32_t post_begin) const;
  bool LeadPhraseOpener(uint32_t sb) const;
  int PersonAt(uint32_t t) const;
  bool InsideSentenceApostrophes(uint32_t t, uint32_t* k, bool* inside) const;
  char MentionGender(const Mention& m) const;
  char PersonGender(int m);
  char EntityGender(int32_t e) const;

  // -------------------------------------------- quote_leftovers.cc: quotes no attribution took
  bool StartsSentence(const RawQuote& r) const;
  bool EllipsisAfterPeriod(const RawQuote& r) const;
  bool CueClauseAfter(const RawQuote& r) const;
  bool NewPredicateAfter(uint32_t k, uint32_t se) const;
  bool EndsSentence(const RawQuote& r) const;
  bool IsCapsSubhead(const RawQuote& r) const;
  int QuotedWords(const Attribution& a) const;
  void AddLeftoverQuotes();
  bool Adjacent(uint32_t from, uint32_t to) const;

  // ---------------------------------------------------------------- quote_extractor.cc: output
  bool PartialGap(const Attribution& a, uint32_t* gb, uint32_t* ge) const;
  Span BalancedSpan(uint32_t b, uint32_t e) const;
  bool HasQuote(uint32_t b, uint32_t e) const;
  void AddContentPiece(uint32_t b, uint32_t e, std::vector<Span>* out) const;
  void Emit();

  const CueTable& cues_;
  const bool paired_apostrophes_;
  const Gazetteers* gazetteers_;
  Document& doc_;
  const std::vector<Token>& toks_;
  std::vector<RawQuote> raw_;
  std::vector<int> in_quote_;
  std::vector<char> nick_;           // mark around a nickname in a name
  std::vector<uint32_t> sent_of_;
  std::vector<Attribution> attrs_;
  std::vector<uint32_t> mention_order_;
  std::vector<char> cue_taken_;
  std::vector<char> owned_;          // token is in an accepted content
  // Per sentence: the mention of a speaker named there, and the last
  // attribution there whose subject is linked to no person (a role such as
  // "the official"), or -1.
  struct SentSpeaker {
    int32_t mention = -1;
    int32_t role = -1;
    // 'm' or 'f' when `mention` came from "he" or "she": the person is
    // then no antecedent of the other ("She asked Sanders ... he").
    char pronoun_gender = 0;
  };
  std::vector<SentSpeaker> sent_speaker_;
  std::vector<char> entity_gender_;  // PersonGender per entity, lazily
  std::vector<int32_t> sent_last_;   // last attribution with a cue there
  uint32_t covered_until_ = 0;
  std::string last_name_;
  uint32_t last_name_sentence_ = 0;
};

}  // namespace newsie::quotes::internal

#endif  // NEWSIE_EXTRACTORS_QUOTES_QUOTE_EXTRACTOR_INTERNAL_H_
