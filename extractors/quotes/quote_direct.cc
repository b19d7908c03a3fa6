// Quote-led attributions: a quote with its attribution right after it
// (`"...," X said`) or right before it (`X said: "..."`), and the subject
// readings they need (appositives, sentence subjects, relayed sources).

#include <algorithm>
#include <string_view>
#include <utility>

#include "extractors/quotes/quote_extractor_internal.h"

namespace newsie::quotes::internal {
namespace {

// Words in a role phrase before an appositive name ("A lawyer for the
// news outlets, David Schulz, said").
constexpr uint32_t kMaxRoleTokens = 8;

// Words between a cue and the colon before its quote that make the phrase
// part of the content (`reveals a few relevant facts: "..."`).
constexpr int kMinLeadWords = 4;

// Tokens between a finite cue and the comma before a participle cue that
// continues it (`Graham said on MSNBC's "Morning Joe," adding, "..."`).
constexpr uint32_t kMaxCueTail = 6;

// Adverbs that open a sentence before a comma ("Likewise, a paper ...").
// Prepositions opening a lead phrase of place or time (`In October,`, `At
// Boca West,`), never a clause.
const WordSet& PlaceTimePrepositions() {
  static const auto* s = new WordSet{"in", "at", "on", "during", "from", "throughout",
                                     "outside", "inside", "across", "near", "amid"};
  return *s;
}

// Words of a title that stay in lower case ("Earth in the Balance").
const WordSet& TitleFunctionWords() {
  static const auto* s = new WordSet{"a",  "an", "the", "and", "or", "nor",  "but", "of", "in",
                                     "on", "at", "to",  "for", "by", "with", "from", "as"};
  return *s;
}

// Words in a quoted title (`"The Audacity of Hope"`).
constexpr int kMaxTitleWords = 8;

// Nouns of a work whose title may follow after a comma (`in her memoir,
// "Tough Choices."`, `his book, "Gifted Hands,"`).
const WordSet& WorkNouns() {
  static const auto* s = new WordSet{
      "book", "books", "memoir", "memoirs", "autobiography", "novel", "column", "essay",
      "op-ed", "show", "program", "programme", "film", "movie", "documentary", "song",
      "album", "podcast", "series"};
  return *s;
}

const WordSet& SentenceAdverbs() {
  static const auto* s = new WordSet{
      "likewise", "similarly", "indeed", "moreover", "instead", "still", "again",
      "besides", "furthermore", "nonetheless", "nevertheless", "otherwise",
      "separately", "additionally", "finally", "overall", "meanwhile", "however",
      "also", "later", "earlier", "ultimately", "rather", "notably", "importantly"};
  return *s;
}

}  // namespace

// Quote-led attributions: a quote with its attribution right after it
// (`"...," X said`) or right before it (`X said: "..."`).
void Run::AttributeQuotes() {
  for (size_t qi = 0; qi < raw_.size(); ++qi) {
    const RawQuote& r = raw_[qi];
    if (r.used || r.te == 0) continue;
    const uint32_t se = SentEnd(r.te - 1);
    const uint32_t sb = SentBegin(r.tb);
    Attribution a;
    a.quotes = {static_cast<int>(qi)};
    a.ctb = r.tb;
    a.cte = r.te;
    // Right after another quote (a lost closing mark) counts as opening.
    const bool after_quote = r.tb > sb && in_quote_[r.tb - 1] >= 0 &&
                             in_quote_[r.tb - 1] != static_cast<int>(qi);
    // A work's title opens no statement and follows no cue as one; it may
    // still close a sentence's attribution (`his radio show, "Generations
    // with Kevin Swanson," Right Wing Watch reported.`).
    const bool named = NamedWork(static_cast<int>(qi));
    const bool opens = !named && r.open != kNone &&
                       (StartsSentence(r) || AfterIntro(r.tb, sb) || after_quote);
    // After: `"...," he said` / `"...," said X` / `"...," X, 58, told AFP`.
    uint32_t k = r.te;
    uint32_t ase = se;  // where the attribution may end
    if (k == se && k < toks_.size() && r.close != kNone && CommaBeforeAttribution(r) &&
        ParaOf(k) == ParaOf(r.te - 1)) {
      // `"Is that all?" Trump said.`: the mark ended the sentence.
      ase = SentEnd(k);
    }
    while (k < ase && IsComma(k)) ++k;
    // `"...? Anybody been there?" As the crowd continued to jeer, he
    // added, "..."`: a sentence after the mark that opens with an adverbial
    // clause holds no attribution of the quote before it.
    const bool clause_after = ase != se && k < ase && InSet(k, AdverbialOpeners()) &&
                              !Is(k, "but") && !Is(k, "But");
    CueClass cls = CueClass::kSpeech;
    uint32_t len = 0;
    uint32_t c = k < ase && !clause_after ? CueAfter(k, ase, &cls, &len) : kNone;
    // `Clinton replies with, "Why now?" Mills writes back, "..."`: a
    // statement closed by . ? or ! after its own cue is that cue's; the
    // attribution after it introduces the next quote.
    const bool own_cue = r.close != kNone && r.close > r.tb + 1 &&
                         (Is(r.close - 1, "?") || Is(r.close - 1, "!") ||
                          Is(r.close - 1, ".")) &&
                         IntroCueBefore(r, sb);
    // `When someone in the audience shouted, "Cruz," Beck joked, ...,
    // "Amen, brother!"`: a quote after its own cue and comma, closed by a
    // comma, with a quote opening after the attribution that follows it:
    // that attribution introduces the next quote, not this one (v143).
    // Not when its subject is a pronoun (`Biden weighed in, telling Mic
    // ..., "...," he said, adding, "..."`: the same speaker named twice).
    bool own_cue_before_next = false;
    if (!own_cue && c != kNone && r.close != kNone && r.close > r.tb + 1 &&
        IsComma(r.close - 1) && r.tb > sb && IsComma(r.tb - 1) && IntroCueBefore(r, sb)) {
      const Subject s = c == k ? SubjectAfter(c + len, ase) : SubjectFrom(k, c);
      const uint32_t until = s.found() && !s.pronoun ? std::min(se, c + len + kMaxIntroTokens) : 0;
      for (uint32_t j = c + len; j < until; ++j) {
        if (Is(j, ".") || Is(j, ";")) break;
        if (IsComma(j - 1) && QuoteOpeningAt(j) >= 0) {
          own_cue_before_next = true;
          break;
        }
      }
    }
    if (own_cue || own_cue_before_next) c = kNone;
    // `"...," the agency quoted the coach as saying.`, `"...," Interfax
    // quoted Lebed as saying on Friday.`: the wire's closing attribution
    // of a relayed statement. The quoted words are B's, the one quoted, who
    // speaks (v115's `A quoted B as saying that ...` gives the paraphrase
    // to A, PolNeAR's source; PolNeAR has no closing form). Only an
    // adverbial may follow (else the content after "saying" is v115's).
    // Short quotes were SCARE, longer ones had the mention "the agency
    // quoted the".
    if (c != kNone && c >= k + 3 && Is(c, "saying") && Is(c - 1, "as") &&
        OnlyAdverbialBeforeEnd(c + 1, ase) && r.close != kNone && CommaBeforeAttribution(r)) {
      uint32_t q = k;
      while (q + 2 < c && !Is(q, "quoted")) ++q;
      const Subject agent = q > k && q + 2 < c ? SubjectFrom(k, q) : Subject();
      const Subject s = agent.found() && agent.te == q ? SubjectFrom(q + 1, c - 1) : Subject();
      if (s.found() && s.te == c - 1) {
        a.cue_b = c;
        a.cue_e = c + 1;
        a.subj = s;
        a.orig = s;  // B speaks and first said the words (v122)
        if (opens || r.open == kNone) {
          a.kind = QuoteKind::kDirect;
        } else {
          a.ctb = sb;
        }
        Accept(std::move(a));
        continue;
      }
    }
    if (c != kNone && cls != CueClass::kAccording) {
      a.cue_b = c;
      a.cue_e = c + len;
      a.subj = c == k ? SubjectAfter(c + len, ase) : SubjectFrom(k, c);
      if (a.subj.found() && c != k && !OnlyAppositive(a.subj.te, c)) a.subj = Subject();
      // `"...," Fight for $15 organizing director Kendall Fells said`: the
      // phrase ending at the cue, when one phrase fills the gap.
      if (!a.subj.found() && c != k && AllWords(k, c)) {
        a.subj = SubjectBefore(c, k);
        if (a.subj.found() && a.subj.pronoun && a.subj.tb != k) a.subj = Subject();
        // `"Daily Show" host Trevor Noah showed ...`: a title in the phrase.
        if (a.subj.found() && TitleMarks(static_cast<int>(qi))) a.subj = Subject();
      }
      // The comma of `"...," he said` (or ? ! inside the marks) marks an
      // attribution; without it only `"..." he said` is one.
      if (a.subj.found() && !CommaBeforeAttribution(r) &&
          !(a.subj.pronoun && c == a.subj.te)) {
        a.subj = Subject();
      }
      if (a.subj.found()) {
        if (opens || r.open == kNone) {
          a.kind = QuoteKind::kDirect;
        } else {
          a.ctb = sb;
        }
        uint32_t tail = c == k ? a.subj.te : a.cue_e;
        if (a.kind == QuoteKind::kDirect && RelayedBy(std::max(tail, a.subj.te), ase, &a)) {
          Accept(std::move(a));
          continue;
        }
        AddSplitQuote(tail, ase, &a);
        Accept(std::move(a));
        continue;
      }
    }
    // `"...," an angry Hollande retaliated.`, `"This is fantastic!" beamed
    // Donald Hartley`: a quote opening its sentence (or after a colon)
    // with , ? or ! inside its marks, then a subject and a verb closing
    // the clause: the news form of an attribution, whatever the verb.
    if (opens && !own_cue && !own_cue_before_next && !clause_after && r.close != kNone &&
        CommaBeforeAttribution(r)) {
      Attribution v;
      v.quotes = {static_cast<int>(qi)};
      v.ctb = r.tb;
      v.cte = r.te;
      if (PostposedAttribution(k, ase, &v)) {
        v.kind = QuoteKind::kDirect;
        AddSplitQuote(std::max(v.cue_e, v.subj.te), ase, &v);
        Accept(std::move(v));
        continue;
      }
    }
    // `"..." ― Jacklyn Ashley`: a name after a dash, closing the paragraph
    // (or alone in the next one, as a quoted statement's signature line).
    const uint32_t dash = r.te;
    if (c == kNone && r.close != kNone && StartsSentence(r) && dash + 1 < toks_.size() &&
        IsDash(dash)) {
      uint32_t pe = LastTokenOfParagraph(dash) + 1;
      if (pe > dash + 2 && Is(pe - 1, ".")) --pe;
      Subject name = SubjectAfter(dash + 1, pe);
      if (name.found() && !name.pronoun && name.te == pe &&
          toks_[name.tb].Has(kTokCapitalized)) {
        a.cue_b = dash;
        a.cue_e = dash + 1;
        a.subj = name;
        a.kind = QuoteKind::kDirect;
        Accept(std::move(a));
        continue;
      }
    }
    // Before: `X said: "..."`, `She adds, "..."`, `Said Ellis: "..."`;
    // `Peabody said: "...," adding that ...` (a participle cue starts
    // an attribution of its own).
    if (r.open == kNone || named ||
        !(EndsSentence(r) || CueClauseAfter(r) || own_cue_before_next ||
          (NewPredicateAfter(r.te, se) && !TitleMarks(static_cast<int>(qi))) ||
          ExclaimedStatement(static_cast<int>(qi))) ||
        !AfterIntro(r.tb, sb)) {
      continue;
    }
    uint32_t cue = kNone;
    const Attribution* taken = nullptr;  // whose cue stands before the quote
    for (uint32_t j = r.tb; j > sb && j + kMaxIntroTokens > r.tb; --j) {
      const uint32_t x = j - 1;
      if (cue_taken_[x] && in_quote_[x] < 0) taken = PostposedCueBefore(x, r.tb);
      if (in_quote_[x] >= 0 || cue_taken_[x]) break;
      // `HIGHER THAN EXPECTED TURNOUT ... - Michael P. McDonald: "..."`: a
      // word of a headline in capitals introduces no quote.
      if (IsAllCaps(x) && x + 1 < r.tb && IsAllCaps(x + 1)) continue;
      uint32_t l = MatchCue(x, r.tb, &cls);
      if (l > 0) {
        cue = x;
        len = l;
        break;
      }
    }
    Attribution b;
    b.quotes = {static_cast<int>(qi)};
    b.ctb = r.tb;
    b.cte = r.te;
    b.kind = QuoteKind::kDirect;
    if (taken != nullptr) {
      // `Remarking upon Clinton's "genuine empathy," Starr said, "Leave
      // aside ..."`: the cue after a partial quote introduces the next
      // statement too (its second part in lower case joined the partial).
      b.cue_b = taken->cue_b;
      b.cue_e = taken->cue_e;
      b.subj = taken->subj;
      Accept(std::move(b));
      continue;
    }
    if (cue != kNone) {
      b.cue_b = cue;
      b.cue_e = cue + len;
      // `Blumenthal was asked, "..."`: the subject of a passive cue did
      // not say it.
      b.passive = PassiveCue(cue, sb);
      if (cue == sb || cls == CueClass::kAccording) {
        b.subj = SubjectAfter(cue + len, r.tb);
      } else if (ContinuingIng(cue) && PreviousInSentence(cue) != nullptr) {
        b.subj = PreviousInSentence(cue)->subj;
        b.inherited = true;
      } else if (const Subject earlier =
                     ContinuingIng(cue) ? EarlierCueSubject(cue, sb) : Subject();
                 earlier.found()) {
        // `They will meet next week, Spicer said, adding, "..."`: the
        // subject of the cue the participle continues, not the sentence's.
        b.subj = earlier;
        b.inherited = true;
      } else {
        b.subj = SubjectBefore(cue, sb);
        if (!b.subj.found()) b.subj = CoordinatedSubject(cue, sb);
        if (!b.subj.found()) b.subj = RelativeSubject(cue, sb);
        // `A Warren adviser, who spoke on the condition of anonymity,
        // said, "..."`: the phrase before a relative clause on "who" that
        // runs to the cue's comma, opening the sentence or after a comma.
        if (!b.subj.found() && IsComma(cue - 1) && cue > sb + 3) {
          for (uint32_t k = cue - 2; k > sb + 1; --k) {
            if (in_quote_[k] >= 0) break;
            if (!IsComma(k)) continue;
            if (Is(k + 1, "who")) {
              const Subject s = SubjectBefore(k, sb);
              if (s.found() && !s.pronoun && (s.tb == sb || IsComma(s.tb - 1))) b.subj = s;
            }
            break;
          }
        }
        // `But, said Solovey, "..."`, `In other words, explained CBS
        // moderator Nancy Cordes: "..."`: after a lead phrase and its
        // comma the cue comes first, as at a sentence's start; the phrase
        // after it, filling the gap to the mark's comma or colon, speaks.
        // Not `told Reuters,` (an addressee) nor `said of the senator,`.
        if (!b.subj.found() && cls == CueClass::kSpeech && IsComma(cue - 1) &&
            r.tb > cue + len + 1 && (IsComma(r.tb - 1) || Is(r.tb - 1, ":")) &&
            !InSet(cue + len, Prepositions()) && !Is(cue + len, "of")) {
          const Subject after = SubjectAfter(cue + len, r.tb);
          if (after.found() && after.te + 1 == r.tb) b.subj = after;
        }
        // `Carson shared a syllabus, writing "..."`, `Trump called on her
        // to resign and said, "..."`: the sentence's subject speaks.
        const bool loose = IsIngForm(Text(cue)) || Is(cue - 1, "and");
        if (loose && (!b.subj.found() ||
                      (!b.subj.pronoun && !toks_[b.subj.te - 1].Has(kTokCapitalized)))) {
          b.subj = SentenceSubject(sb, cue, /*nominal=*/false);
        }
      }
      // `Instead, Axelrod said, "she started ..."`: the lead phrase is
      // part of what was said, so the quote is only part of it.
      if (b.subj.found() && !b.inherited && b.subj.tb > sb && IsComma(b.subj.tb - 1) &&
          !Is(r.tb - 1, ":") && r.tb + 1 < r.te && toks_[r.tb + 1].Has(kTokLower)) {
        b.kind = QuoteKind::kPartial;
        b.ctb = sb;
      }
      // `Politico reveals a few relevant facts: "..."`, `He adds that
      // Muslims have two choices: "..."`: what the cue governs is the
      // phrase before the colon and the quote; the quote is part of it.
      // An adverbial there ("in a text message:", "with a smile:") leaves
      // the quote whole.
      const uint32_t lead = b.cue_e < r.tb && IsComma(b.cue_e) ? b.cue_e + 1 : b.cue_e;
      if (b.kind == QuoteKind::kDirect && Is(r.tb - 1, ":") && cls != CueClass::kSpeechObj &&
          lead + 1 < r.tb && toks_[lead].Has(kTokLower) &&
          (InSet(lead, Determiners()) || Is(lead, "that") || Is(lead, "what") ||
           Is(lead, "how") || Is(lead, "why") || Is(lead, "whether") ||
           (InSet(lead, Pronouns()) && !Is(lead, "it") && !Is(lead, "you")))) {
        int words = 0;
        for (uint32_t k = lead; k + 1 < r.tb; ++k) words += IsWord(k) ? 1 : 0;
        if (words >= kMinLeadWords) {
          b.kind = QuoteKind::kPartial;
          b.ctb = lead;
        }
      }
      // `says things such as, "..."`, `suggesting a few questions,
      // including, "..."`: the quote is an example inside what the cue
      // governs, not all of it.
      uint32_t ex = r.tb;
      if (ex > lead && IsComma(ex - 1)) --ex;
      if (b.kind == QuoteKind::kDirect && ex > lead + 1 &&
          (Is(ex - 1, "including") || (Is(ex - 1, "as") && Is(ex - 2, "such")))) {
        b.kind = QuoteKind::kPartial;
        b.ctb = lead;
      }
    } else {
      b.cue_b = b.cue_e = r.tb - 1;
    }
    if (!b.subj.found()) {
      // `Trump went even further: "..."`: the sentence's subject, when it
      // is a name or a pronoun; else the quote stays unattributed.
      // `HEADLINE IN CAPITALS - Michael P. McDonald: "..."`: the name
      // after the last dash.
      uint32_t from = sb;
      for (uint32_t k = sb; k + 1 < r.tb; ++k) {
        // A spaced dash (not "Washington-based").
        if (IsDash(k) && in_quote_[k] < 0 && k > sb &&
            toks_[k - 1].span.end < toks_[k].span.begin) {
          from = k + 1;
        }
      }
      b.subj = SubjectFrom(from, r.tb);
      // "More from Jones:": the name after "from".
      if (b.subj.found() && Is(b.subj.tb, "More") && b.subj.te + 1 < r.tb &&
          Is(b.subj.te, "from")) {
        b.subj = SubjectFrom(b.subj.te + 1, r.tb);
      }
      if (b.subj.found() && LeadOpener(b.subj.tb)) b.subj = Subject();
      if (!b.subj.found() ||
          (!b.subj.pronoun && !toks_[b.subj.te - 1].Has(kTokCapitalized))) {
        // `Kasich resisted: "..."`, `In an interview, Trump went further:
        // "..."`: the leading name before the verb.
        b.subj = SentenceSubject(sb, r.tb, /*nominal=*/false);
        // "The timing of ...", "Having ...": no name leads; nor is a word
        // quoted earlier in the sentence the subject.
        if (b.subj.found() &&
            (in_quote_[b.subj.tb] >= 0 ||
             (!b.subj.pronoun &&
              (InSet(b.subj.tb, Determiners()) || InSet(b.subj.tb, ClauseStops()) ||
               InSet(b.subj.tb, Prepositions()) || InSet(b.subj.tb, Quantifiers()) ||
               IsIngForm(Text(b.subj.tb)))))) {
          b.subj = Subject();
        }
      }
    }
    Accept(std::move(b));
  }
}

// Whether the participle cue at `cue` continues the clause's speech: after
// a comma (`Spicer said, adding, "..."`) or after "before" or "after"
// (`Trump said before adding: "..."`, `after saying`).
bool Run::ContinuingIng(uint32_t cue) const {
  return cue > 0 && IsIngForm(Text(cue)) &&
         (IsComma(cue - 1) || Is(cue - 1, "before") || Is(cue - 1, "after"));
}

// `"...," Walker said, according to an Associated Press account.`: the
// quote and its attribution are what the source after "according to"
// reports, so that source is the speaker and the quote is part of the
// content (PARTIAL), as in `According to the AP, Walker said "..."`.
// Looks in [from, end) for the comma and the cue; on a match rewrites `a`.
bool Run::RelayedBy(uint32_t from, uint32_t end, Attribution* a) const {
  for (uint32_t k = from; k + 2 < end; ++k) {
    if (in_quote_[k] >= 0) return false;
    if (!IsComma(k)) continue;
    CueClass cls;
    const uint32_t len = MatchCue(k + 1, end, &cls);
    if (len == 0 || cls != CueClass::kAccording) continue;
    Subject src = SubjectAfter(k + 1 + len, end);
    if (!src.found() || src.pronoun) return false;
    a->kind = QuoteKind::kPartial;
    a->cte = k;
    a->subj = src;
    a->cue_b = k + 1;
    a->cue_e = k + 1 + len;
    return true;
  }
  return false;
}

// The subject of the nearest finite speech cue before the participle cue
// at `cue` in its sentence (`Spicer said on CNN, adding, "..."` ->
// Spicer), or none.
Subject Run::EarlierCueSubject(uint32_t cue, uint32_t sb) const {
  // Far enough back for the longest cue form and kMaxCueTail after it.
  constexpr uint32_t kWindow = kMaxCueTail + 8;
  const uint32_t from = cue > sb + kWindow ? cue - kWindow : sb;
  for (uint32_t k = cue - 1; k > from; --k) {
    const uint32_t x = k - 1;
    if (in_quote_[x] >= 0 || !toks_[x].Has(kTokWord) || IsIngForm(Text(x))) continue;
    CueClass cls;
    const uint32_t len = MatchCue(x, cue, &cls);
    if (len == 0) continue;
    // The cue closes the clause before the participle: at most a short
    // adverbial ("on MSNBC's \"Morning Joe,\"") between them.
    const uint32_t tail = x + len;
    if (tail + kMaxCueTail < cue - 1) return Subject();
    if (tail < cue - 1 && !InSet(tail, Prepositions()) && !InSet(tail, TimeWords())) {
      return Subject();  // `said Reid quieted the chatter, telling ...`
    }
    if (cls != CueClass::kSpeech && cls != CueClass::kSpeechObj) return Subject();
    if (PassiveCue(x, sb)) return Subject();
    return SubjectBefore(x, sb);
  }
  return Subject();
}

// The accepted partial quote whose post-posed cue covers token x and
// whose subject and cue end right before `quote` (a comma or a colon
// between), or nullptr.
const Attribution* Run::PostposedCueBefore(uint32_t x, uint32_t quote) const {
  for (const Attribution& a : attrs_) {
    if (x < a.cue_b || x >= a.cue_e) continue;
    if (a.kind != QuoteKind::kPartial || a.cue_b < a.cte || !a.subj.found()) return nullptr;
    uint32_t k = std::max(a.cue_e, a.subj.te);
    while (k < quote && InSet(k, TimeWords())) ++k;
    if (k + 1 != quote || !(IsComma(k) || Is(k, ":"))) return nullptr;
    return &a;
  }
  return nullptr;
}

// Whether a cue before the quote introduces it (`replies with, "..."`).
bool Run::IntroCueBefore(const RawQuote& r, uint32_t sb) const {
  if (r.open == kNone || !AfterIntro(r.tb, sb)) return false;
  for (uint32_t j = r.tb; j > sb && j + kMaxIntroTokens > r.tb; --j) {
    const uint32_t x = j - 1;
    if (in_quote_[x] >= 0 || cue_taken_[x]) return false;
    CueClass cls;
    if (MatchCue(x, r.tb, &cls) > 0) return cls != CueClass::kAccording;
  }
  return false;
}

// A verb of an attribution that is not in the cue list: a lower-case
// past form ("retaliated", "beamed", "came", "read").
bool Run::PastVerb(uint32_t t) const {
  if (!toks_[t].Has(kTokLower)) return false;
  std::string_view w = Text(t);
  if (w.size() > 4 && w.substr(w.size() - 2) == "ed") return !InSet(t, ClauseStops());
  return InSet(t, IrregularPast()) || w == "read";
}

// Whether the clause after the verb ending at `ve` is done: the sentence
// ends, or a phrase, a comma or "and" follows ("barked and a guard
// escorted him out", "cried out, booing").
bool Run::ClauseDone(uint32_t ve, uint32_t se) const {
  if (ve >= se) return true;
  if (Is(ve, "and") || Is(ve, "but") || Is(ve, "out") || Is(ve, "back")) return true;
  return ClosesAttribution(ve, se);
}

// The attribution after a quote at token `k` whose verb is no cue:
// `an angry Hollande retaliated`, `beamed Donald Hartley of Madison`.
// Sets the subject and cue of `a`.
bool Run::PostposedAttribution(uint32_t k, uint32_t se, Attribution* a) const {
  if (k >= se || !IsWord(k) || in_quote_[k] >= 0) return false;
  if (PastVerb(k)) {
    Subject s = SubjectAfter(k + 1, se);
    if (!s.found() || !ClauseDone(s.te, se)) return false;
    a->cue_b = k;
    a->cue_e = k + 1;
    a->subj = s;
    return true;
  }
  for (uint32_t v = k + 1; v < se && v < k + kMaxSubjectTokens + 2; ++v) {
    if (!toks_[v].Has(kTokWord | kTokNumber | kTokPossessive) || in_quote_[v] >= 0) return false;
    if (!PastVerb(v)) continue;
    uint32_t j = v;
    while (j > k + 1 && AuxOrAdverb(j - 1)) --j;
    Subject s = SubjectFrom(k, j);
    if (!s.found() || s.te != j || !ClauseDone(v + 1, se)) return false;
    a->cue_b = v;
    a->cue_e = v + 1;
    a->subj = s;
    return true;
  }
  return false;
}

// The name before an appositive that ends with the comma before the cue
// at `c`: the leftmost comma after a capitalized phrase or pronoun.
bool Run::AllWords(uint32_t b, uint32_t e) const {
  for (uint32_t k = b; k < e; ++k) {
    if (!toks_[k].Has(kTokWord | kTokNumber | kTokPossessive) || in_quote_[k] >= 0) {
      return false;
    }
  }
  return true;
}

Subject Run::AppositiveSubject(uint32_t c, uint32_t sb) const {
  if (c < sb + 3 || !IsComma(c - 1)) return Subject();
  uint32_t from = c > sb + 40 ? c - 40 : sb;
  // `"...," Scott Pruitt, the attorney general, said`: the subject
  // follows the quote.
  for (uint32_t k = c; k > from; --k) {
    if (in_quote_[k - 1] >= 0 || IsDoubleMark(k - 1)) {
      from = k;
      break;
    }
  }
  // `In October, Mrs. Clinton, the Democratic nominee, proposed`,
  // `Instead, Mr. Regalado, a former journalist, intends`: a lead phrase
  // opening the sentence is no subject; the phrase starts after it. Not a
  // subordinate clause, whose subject may be the speaker (`As Andrew
  // Tabler, an expert on Syria, noted`, `When the director, James Comey,
  // said`).
  uint32_t start = from;
  if (start == sb && toks_[sb].Has(kTokCapitalized)) {
    uint32_t k = sb + 1;
    while (k + 1 < c && !IsComma(k)) ++k;
    const bool lead = InSet(sb, PlaceTimePrepositions()) ||
                      (k == sb + 1 && (IsLyAdverb(sb) || InSet(sb, SentenceAdverbs())));
    if (lead && k + 1 < c) start = k + 1;
  }
  for (uint32_t k = start + 1; k + 1 < c; ++k) {
    if (!IsComma(k)) continue;
    Subject s = SubjectBefore(k, start);
    // `,'' Mr. Kaplan, a screenwriter, said`: after the two apostrophes
    // some archives print for a closing quotation mark.
    const bool opens = s.found() && (s.tb == sb || s.tb == start || IsComma(s.tb - 1) ||
                                     InSet(s.tb - 1, ClauseStops()) ||
                                     (s.tb >= sb + 2 && Is(s.tb - 1, "'") && Is(s.tb - 2, "'")));
    if (opens && (s.pronoun || toks_[s.te - 1].Has(kTokCapitalized))) return s;
    // `A Sina spokesman, who refused to give his name, said`: a phrase in
    // lower case before a relative clause that runs to the cue's comma.
    if (opens && !s.pronoun && (Is(k + 1, "who") || Is(k + 1, "which"))) {
      bool to_cue = true;
      for (uint32_t j = k + 2; j + 1 < c && to_cue; ++j) to_cue = !IsComma(j) && in_quote_[j] < 0;
      if (to_cue) return s;
    }
    // `The state's campaign chairman, Phil Lovas, said`: the name in the
    // appositive right before the cue; since v127 also a title and a
    // name opened by a determiner (`The Hazara leader, the former warlord
    // Hajji Mohammed Mohaqiq, said`, which had no attribution).
    if (k > start && k <= start + kMaxRoleTokens && AllWords(start, k)) {
      Subject inner = SubjectFrom(k + 1, c - 1);
      if (inner.found() && !inner.pronoun && inner.te == c - 1 &&
          (toks_[inner.tb].Has(kTokCapitalized) || Is(inner.tb, "the")) &&
          toks_[inner.te - 1].Has(kTokCapitalized)) {
        return inner;
      }
    }
  }
  return Subject();
}

// `Facebook created the tool, a spokeswoman, Anna Richardson White, said`:
// a role phrase opened by a determiner and a name, each closed by a comma,
// between unquoted content and the cue at `c`. The subject runs from the
// role to the name (PolNeAR's source); none when the shape is not there.
Subject Run::RoleNameBefore(uint32_t c, uint32_t sb) const {
  if (c < sb + 6 || !IsComma(c - 1)) return Subject();
  uint32_t p2 = c - 1;
  while (p2 > sb && !IsComma(p2 - 1) && c - p2 < 8) --p2;
  if (p2 <= sb + 1 || !IsComma(p2 - 1)) return Subject();
  --p2;  // the comma before the name
  const Subject name = SubjectFrom(p2 + 1, c - 1);
  if (!name.found() || name.pronoun || name.tb != p2 + 1 || name.te != c - 1 ||
      !toks_[name.tb].Has(kTokCapitalized) || !toks_[name.te - 1].Has(kTokCapitalized)) {
    return Subject();
  }
  uint32_t p1 = p2;
  while (p1 > sb && !IsComma(p1 - 1) && p2 - p1 <= kMaxRoleTokens) --p1;
  if (p1 <= sb + 1 || !IsComma(p1 - 1) || p2 - p1 < 2 || p2 - p1 > kMaxRoleTokens) {
    return Subject();
  }
  if (!InSet(p1, Determiners()) || !toks_[p1].Has(kTokLower) || in_quote_[p1 - 2] >= 0 ||
      IsDoubleMark(p1 - 2)) {
    return Subject();
  }
  for (uint32_t k = p1; k < p2; ++k) {
    if (!IsWord(k) || !toks_[k].Has(kTokLower) || in_quote_[k] >= 0) return Subject();
  }
  Subject s = name;
  s.tb = p1;
  return s;
}

// `"...," said a former chairwoman of the Newtown board of education,
// Lillian Bittman.`: an inverted subject `role` opened by a determiner
// and a word in lower case, whose phrase runs on (a post-modifier may
// hold names) to a comma and a name closing the sentence or the clause.
// The subject runs from the role to the name, as RoleNameBefore reads it
// before the cue; `role` itself when the shape is not there (v144).
Subject Run::RoleNameAfter(const Subject& role, uint32_t se) const {
  if (!role.found() || role.pronoun || role.te < role.tb + 2 ||
      !InSet(role.tb, Determiners()) || !toks_[role.tb].Has(kTokLower) ||
      !toks_[role.tb + 1].Has(kTokLower)) {
    return role;
  }
  uint32_t p = role.te;
  // At most ten words: "a former chairwoman of the Newtown board of
  // education".
  constexpr uint32_t kMaxRolePhrase = 10;
  while (p < se && !IsComma(p) && p - role.tb <= kMaxRolePhrase && IsWord(p) &&
         in_quote_[p] < 0) {
    ++p;
  }
  if (p >= se || !IsComma(p) || p - role.tb > kMaxRolePhrase) return role;
  uint32_t e = p + 1;
  while (e < se && IsWord(e) && toks_[e].Has(kTokCapitalized) && in_quote_[e] < 0 &&
         e - p <= 4) {
    ++e;
  }
  if (e == p + 1 || e - p > 4) return role;
  // "a day at home in Burlington, Vermont": a place and its state.
  if (e == p + 2 && toks_[p - 1].Has(kTokCapitalized)) return role;
  if (e < se && !Is(e, ".") && !IsComma(e)) return role;
  const Subject name = SubjectFrom(p + 1, e);
  if (!name.found() || name.pronoun || name.te != e) return role;
  Subject s = name;
  s.tb = role.tb;
  return s;
}

uint32_t Run::LastTokenOfParagraph(uint32_t t) const {
  const auto& sents = doc_.sentences();
  const Paragraph& p = doc_.paragraphs()[ParaOf(t)];
  return sents[p.sentence_end - 1].token_end - 1;
}

// The last attribution whose cue comes before token `c` in its sentence.
// REQUIRES: called before ResolveSpeakers() reorders attrs_.
const Attribution* Run::PreviousInSentence(uint32_t c) const {
  const Attribution* best = nullptr;
  for (int32_t i = sent_last_[sent_of_[c]]; i >= 0; i = attrs_[i].prev_in_sentence) {
    const Attribution& a = attrs_[i];
    if (a.cue_e <= c && (best == nullptr || a.cue_b > best->cue_b)) best = &a;
  }
  return best;
}

// The sentence-initial subject before `limit`, when it is a name or a
// pronoun ("Trump's Virginia state director, Mike Rubino, ...").
// With `nominal`, also a noun phrase opened by a determiner ("The
// company issued a statement, saying ...").
Subject Run::SentenceSubject(uint32_t sb, uint32_t limit, bool nominal) const {
  uint32_t k = sb;
  // "WASHINGTON, Dec. 8 (UPI) -- ...": a dateline before its dash.
  if (k < limit && IsAllCaps(k) && Text(k).size() > 3) {
    for (uint32_t d = k + 1; d < limit && d < k + 10; ++d) {
      if (IsDash(d) && toks_[d - 1].span.end < toks_[d].span.begin) {
        k = d + 1;
        break;
      }
    }
  }
  // "Washington (AFP) - ...": a dateline in title case, its agency in
  // parentheses, before its dash.
  if (k < limit && toks_[k].Has(kTokCapitalized)) {
    uint32_t d = k + 1;
    while (d < limit && d < k + 4 && toks_[d].Has(kTokCapitalized)) ++d;
    if (d + 3 < limit && Is(d, "(") && IsAllCaps(d + 1) && Is(d + 2, ")") && IsDash(d + 3)) {
      k = d + 4;
    }
  }
  bool lead_phrase = false;  // "At the convention, ...": not the subject
  while (k < limit && (IsDoubleMark(k) || InSet(k, ClauseStops()))) {
    lead_phrase = lead_phrase || InSet(k, Prepositions());
    ++k;
  }
  // "Speaking at the rally, he said ...", "Outside, about 200 protesters
  // chanted ...": a participle or preposition opening the sentence leads
  // a phrase that ends at its comma; so does an adverb of time or manner
  // before a comma, a preposition or a participle ("Shortly after the
  // call ended, ...", "Early in his campaign, ...", "Hastily politicizing
  // the tragedy, ...").
  if (!lead_phrase && k < limit && (LeadOpener(k) || AdverbLead(k, limit))) lead_phrase = true;
  if (!lead_phrase) {
    // "Hours later, Trump returned ...", "Earlier Wednesday, Schilling
    // appeared ...": a time phrase before a comma is no subject.
    uint32_t c = k;
    bool time = false;
    while (c < limit && c < k + 5 && IsWord(c) && in_quote_[c] < 0) {
      time = time || InSet(c, TimeWords()) || InSet(c, TimeUnits());
      ++c;
    }
    lead_phrase = time && c > k && c < limit && IsComma(c);
  }
  if (lead_phrase) {
    while (k < limit && !IsComma(k) && in_quote_[k] < 0) ++k;
    if (k >= limit || !IsComma(k)) return Subject();
    ++k;
    while (k < limit && InSet(k, ClauseStops())) ++k;
    k = AfterLeadPhrases(k, limit);
  }
  Subject s = SubjectFrom(k, limit);
  if (!s.found()) return s;
  if (s.te < limit && IsComma(s.te)) {
    // `X's director, Mike Rubino,`: the name in the appositive.
    Subject inner = SubjectFrom(s.te + 1, limit);
    if (inner.found() && inner.te < limit && IsComma(inner.te) &&
        toks_[inner.te - 1].Has(kTokCapitalized)) {
      return inner;
    }
  }
  if (s.pronoun) return s;
  // The leading name: "Carson" in "Carson shared a syllabus".
  uint32_t e = s.tb;
  // "The Vermont senator emailed ...": a determiner before a name-like
  // modifier heads a noun phrase, nominal or not.
  const bool det = InSet(e, Determiners());
  if (det) ++e;
  while (e < s.te && (toks_[e].Has(kTokCapitalized) || toks_[e].Has(kTokPossessive))) ++e;
  if (e == s.tb) return Subject();
  // "Hungary's opposition parties released ...", "The company issued
  // ...": a possessive name or a determiner heads the noun phrase after
  // it, up to the verb.
  if (det || toks_[e - 1].Has(kTokPossessive)) {
    uint32_t n = e;
    while (n < s.te && n < e + 3 && toks_[n].Has(kTokLower) && !LooksLikeVerb(n)) ++n;
    if (n == e) return Subject();
    e = n;
  }
  s.te = e;
  return s;
}

// Whether the capitalized word at `k` is an adverb of time or manner
// that opens a lead phrase: an -ly word ("Shortly", "Hastily",
// "Essentially") or "Early", "Late", "Soon", "Perhaps", before a comma, a
// preposition or an -ing form; not a name ("Kelly on Monday said").
bool Run::AdverbLead(uint32_t k, uint32_t limit) const {
  static const auto* words = new WordSet{"early", "late", "soon", "perhaps"};
  if (k + 1 >= limit || !toks_[k].Has(kTokCapitalized)) return false;
  const std::string_view w = Text(k);
  if (!(w.size() > 5 && w.ends_with("ly")) && !InSet(k, *words)) return false;
  if (!IsComma(k + 1) && !(toks_[k + 1].Has(kTokLower) && (InSet(k + 1, Prepositions()) ||
                                                           IsIngForm(Text(k + 1))))) {
    return false;
  }
  for (const Mention& m : doc_.mentions()) {
    if (m.span.begin == toks_[k].span.begin) return false;
  }
  return true;
}

// Where the subject starts after a lead phrase that ended at the comma
// before `k`: past a place's state or country (`in Ames, Iowa, on
// Sunday,`: "Iowa" is a location the entities layer marks, after a
// capitalized word) and further phrases opened by a preposition (`The
// day before, at a rally in Beaumont, Tex., Mr. Trump`), when a subject
// follows them.
uint32_t Run::AfterLeadPhrases(uint32_t k, uint32_t limit) const {
  const uint32_t first = k;
  for (int n = 0; n < 4 && k >= 2 && k < limit; ++n) {
    uint32_t j = k;
    while (j < limit && j < k + 10 && !IsComma(j) && in_quote_[j] < 0 && !IsDoubleMark(j)) ++j;
    if (j == k || j + 1 >= limit || !IsComma(j)) break;
    bool place = false;
    if (toks_[k].Has(kTokCapitalized) && IsComma(k - 1) && toks_[k - 2].Has(kTokCapitalized)) {
      const Span seg = SpanOf(k, j);
      for (const Mention& m : doc_.mentions()) {
        if (m.type == EntityType::kLocation && m.span.begin <= seg.begin &&
            m.span.end + 1 >= seg.end) {
          place = true;
          break;
        }
      }
    }
    const bool prep = toks_[k].Has(kTokLower) && InSet(k, Prepositions());
    if (!place && !prep) break;
    k = j + 1;
  }
  if (k == first || !SubjectFrom(k, limit).found()) return first;
  return k;
}

// A capitalized word that opens a lead phrase, not a subject: a
// preposition, a participle, or a sentence adverb before its comma.
bool Run::LeadOpener(uint32_t k) const {
  if (!toks_[k].Has(kTokCapitalized)) return false;
  if (InSet(k, Prepositions())) return true;
  if (IsIngForm(Text(k)) && !InSet(k, ClauseStops())) return true;
  return InSet(k, SentenceAdverbs()) && k + 1 < toks_.size() && IsComma(k + 1);
}

// `Mike Lee, who declared`: the phrase before the relative pronoun.
Subject Run::RelativeSubject(uint32_t cue, uint32_t sb) const {
  uint32_t j = cue;
  while (j > sb && AuxOrAdverb(j - 1)) --j;
  if (j < sb + 3 || !(Is(j - 1, "who") || Is(j - 1, "which")) || !IsComma(j - 2)) {
    return Subject();
  }
  return SubjectBefore(j - 2, sb);
}

// A quote opening with a capital and closed by ! or ? inside its marks
// (`yelled "You lie!" at the president`): a whole utterance, whatever
// the sentence goes on with.
bool Run::ExclaimedStatement(int q) const {
  const RawQuote& r = raw_[q];
  return r.open != kNone && r.close != kNone && r.close > r.open + 2 &&
         (Is(r.close - 1, "!") || Is(r.close - 1, "?")) &&
         toks_[r.open + 1].Has(kTokCapitalized);
}

// A short quote whose last word touches its closing mark, with no
// punctuation: a title or name (`"Daily Show" host`), not a statement.
bool Run::TitleMarks(int q) const {
  const RawQuote& r = raw_[q];
  return r.close != kNone && r.close > r.tb + 1 && r.words <= kMaxScareWords &&
         IsWord(r.close - 1) && (r.open == kNone || !toks_[r.open + 1].Has(kTokLower));
}

// `wrote "Earth in the Balance."`: two to kMaxTitleWords words in title
// case (each capitalized but a few function words inside), with no
// punctuation but a period or comma before the closing mark: the name of
// a work, not anyone's words.
bool Run::TitleCase(int q) const {
  const RawQuote& r = raw_[q];
  if (r.open == kNone || r.close == kNone) return false;
  uint32_t e = r.close;
  if (e > r.open + 1 && (Is(e - 1, ".") || IsComma(e - 1))) --e;
  int words = 0;
  for (uint32_t k = r.open + 1; k < e; ++k) {
    if (!IsWord(k)) return false;
    ++words;
    if (toks_[k].Has(kTokCapitalized) || toks_[k].Has(kTokNumber)) continue;
    if (k == r.open + 1 || k + 1 == e || !InSet(k, TitleFunctionWords())) return false;
  }
  return words >= 2 && words <= kMaxTitleWords;
}

// `Fiorina told "Fox and Friends," reminding ...`, `she wrote in her
// memoir, "Tough Choices."`: a title (TitleCase) right after "told",
// whose object is the one told, or after a noun of a work and its comma,
// names a show or a work; no one says it (v138).
bool Run::NamedWork(int q) const {
  const RawQuote& r = raw_[q];
  if (r.open == kNone || r.open < 2) return false;
  const uint32_t b = r.open;
  // The words before the mark first: they rule out nearly every quote.
  return (Is(b - 1, "told") || (IsComma(b - 1) && InSet(b - 2, WorkNouns()))) && TitleCase(q);
}

bool Run::CommaBeforeAttribution(const RawQuote& r) const {
  if (r.te < toks_.size() && (IsComma(r.te) || IsDash(r.te))) return true;
  if (r.close == kNone || r.close == 0) return r.close == kNone;
  std::string_view w = Text(r.close - 1);
  return w == "," || w == "?" || w == "!" || w == "\xE2\x80\x94" || w == "-" ||
         w == "--" || w == "\xE2\x80\xA6" || w == "...";
}

// Whether tokens [b, e) between a subject and its cue are only
// auxiliaries and adverbs ("can be heard") or an appositive set off by
// commas (", 58,", ", the convention chair,").
bool Run::OnlyAppositive(uint32_t b, uint32_t e) const {
  if (b >= e) return true;
  if (IsComma(b) && IsComma(e - 1) && e - b <= kMaxIntroTokens) return true;
  // "Rep. Gwen Moore (D-Wis.) said": a parenthesis.
  if (Is(b, "(")) {
    uint32_t k = b + 1;
    while (k < e && k < b + 10 && !Is(k, ")")) ++k;
    if (k < e && Is(k, ")")) return OnlyAppositive(k + 1, e);
  }
  // "a narrator in the Clinton ad asks": a short prepositional phrase.
  if (e - b <= 6 && (Is(b, "in") || Is(b, "of") || Is(b, "for") || Is(b, "at") ||
                     Is(b, "from") || Is(b, "with") || Is(b, "on"))) {
    for (uint32_t k = b; k < e; ++k) {
      if (!IsWord(k) || InSet(k, Pronouns())) return false;
    }
    return true;
  }
  for (uint32_t k = b; k < e; ++k) {
    if (!InSet(k, AuxAdverbs()) && !IsLyAdverb(k) && !Is(k, "heard")) return false;
  }
  return true;
}

// `he laughed and said`: the subject before a coordinated verb. Only a
// phrase that opens its clause: in `adopted a fake Southern accent and
// joked`, `confirmed she had been and said`, `denounced her record as
// secretary of state and said` the phrase before the last word is an
// object or a reported clause's subject, and the speaker is further back.
Subject Run::CoordinatedSubject(uint32_t cue, uint32_t sb) const {
  if (cue < sb + 3 || !(Is(cue - 1, "and") || Is(cue - 1, "then"))) return Subject();
  uint32_t v = cue - 2;  // the first verb
  if (!toks_[v].Has(kTokLower)) return Subject();
  Subject s = SubjectBefore(v, sb);
  if (!s.found() || s.tb == sb) return s;
  return ClauseOpener(s.tb - 1) ? s : Subject();
}

// Whether a subject may start right after token x: punctuation or a
// clause word that is no preposition ("that", "but"; not "in", "with").
bool Run::ClauseOpener(uint32_t x) const {
  static const auto* preps = new WordSet{
      "in", "on", "at", "by", "with", "from", "into", "about", "during", "over",
      "under", "against", "for", "like", "per", "via", "to"};
  return IsComma(x) || IsDash(x) || Is(x, ";") || Is(x, ":") || IsDoubleMark(x) ||
         IsLyAdverb(x) ||  // "suddenly a developer comes in and wants"
         (InSet(x, ClauseStops()) && !InSet(x, *preps));
}

// The quote at `tb` follows an introduction: ':' or ',' (after a cue
// or a subject), or a cue directly ("said “...”").
bool Run::AfterIntro(uint32_t tb, uint32_t sb) const {
  if (tb <= sb) return false;
  std::string_view w = Text(tb - 1);
  if (w == ":") return true;
  CueClass cls;
  if (w == ",") {
    for (uint32_t j = tb - 1; j > sb && j + 8 > tb; --j) {
      // `said it's unrealistic to think that if the U.S. pulls back, "our
      // oceans ..."`: the comma is inside the reported clause.
      if (Is(j - 1, "that") || Is(j - 1, "if") || Is(j - 1, "whether")) break;
      if (MatchCue(j - 1, tb, &cls) > 0) return true;
    }
    // `she told the mayors who gathered in Indianapolis, "..."`, `said on
    // Twitter on Monday, in reference to her first child, "..."`: a longer
    // addressee or adverbial, with no reported clause in it, before a
    // quote that opens a statement (`, "he knows how to do it."` goes on
    // with the sentence).
    if (tb + 1 >= toks_.size() || toks_[tb + 1].Has(kTokLower)) return false;
    for (uint32_t j = tb - 1; j > sb && j + kMaxIntroTokens > tb; --j) {
      const uint32_t x = j - 1;
      if (in_quote_[x] >= 0 || IsDoubleMark(x) || Is(x, "that") || Is(x, "whether") ||
          Is(x, "if") || Is(x, ":") || Is(x, ";") || (InSet(x, Pronouns()) && !Is(x, "it"))) {
        break;
      }
      if (toks_[x].Has(kTokLower) && MatchCue(x, tb, &cls) > 0) {
        return cls != CueClass::kAccording && cls != CueClass::kBelief;
      }
    }
    // `Prager continues, "..."`: a name or pronoun, then a verb-like word
    // before the comma.
    if (tb < sb + 3 || !toks_[tb - 2].Has(kTokLower) || Text(tb - 2).size() <= 3 ||
        Text(tb - 2).back() != 's') {
      return false;
    }
    const uint32_t subj = tb - 3;
    return (toks_[subj].Has(kTokCapitalized) || InSet(subj, Pronouns())) &&
           (subj == sb || (subj == sb + 1 && toks_[sb].Has(kTokCapitalized)));
  }
  // `said "We will win."` introduces a quote; `said "the question is
  // the timing."` folds the quoted words into the sentence.
  return MatchCue(tb - 1, tb, &cls) > 0 && tb + 1 < toks_.size() &&
         !toks_[tb + 1].Has(kTokLower);
}

}  // namespace newsie::quotes::internal
