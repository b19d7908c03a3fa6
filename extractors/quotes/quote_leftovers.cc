// Quotes no attribution took: a stand-alone quoted sentence continuing the
// previous speaker, and SCARE quotes.

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "extractors/quotes/quote_extractor_internal.h"

namespace newsie::quotes::internal {
namespace {

// Quoted words in a partial quote that make it a phrase of speech, not a
// term (`"drew quite well" in 2008, Beck said` vs `in "close consultation"`).
constexpr int kMinSpokenPhraseWords = 3;

}  // namespace

bool Run::StartsSentence(const RawQuote& r) const {
  const uint32_t sb = SentBegin(r.tb);
  for (uint32_t k = r.tb; k > sb; --k) {
    if (IsWord(k - 1)) return EllipsisAfterPeriod(r);
  }
  return true;
}

// `..., president of Students For Life. ". . . You're going to want
// ..."`: a quote opening with an ellipsis and a capital right after a
// period starts a sentence, though the splitter (which starts none with
// a period) keeps it in the one before.
bool Run::EllipsisAfterPeriod(const RawQuote& r) const {
  if (r.open == kNone || r.open == 0 || !SpaceBefore(r.open)) return false;
  const std::string_view before = Text(r.open - 1);
  if (before.empty() || before.back() != '.') return false;
  uint32_t k = r.open + 1;
  while (k < r.te && (Is(k, ".") || Is(k, "\u2026"))) ++k;
  return k > r.open + 1 && k < r.te && toks_[k].Has(kTokCapitalized);
}

// `"...," adding that ...`: the quote closes with a comma inside its
// marks and a participle cue follows.
bool Run::CueClauseAfter(const RawQuote& r) const {
  if (r.close == kNone || r.te + 1 >= toks_.size() || !CommaBeforeAttribution(r)) return false;
  uint32_t k = r.te;
  if (IsComma(k)) ++k;
  const uint32_t se = SentEnd(r.te - 1);
  CueClass cls;
  return k < se && toks_[k].Has(kTokLower) && IsIngForm(Text(k)) && MatchCue(k, se, &cls) > 0;
}

// Whether the words from `k` (just after a quote) to `se` open a new
// predicate of the sentence's subject rather than go on with what was
// said: `declared "What a Super Tuesday!" and said that ...`, `wrote,
// "...," and shared a link`, `joked, "...," drawing loud jeers`. The
// quote is then all of the content, as PolNeAR annotates it.
bool Run::NewPredicateAfter(uint32_t k, uint32_t se) const {
  // `"...," drawing jeers`: the comma inside the closing mark counts.
  bool comma = k >= 2 && IsDoubleMark(k - 1) && IsComma(k - 2);
  while (k < se && (IsComma(k) || IsDash(k))) {
    comma = true;
    ++k;
  }
  if (k + 1 >= se || !toks_[k].Has(kTokLower)) return false;
  if (comma && IsIngForm(Text(k)) && !InSet(k, ClauseStops())) return true;
  // `chanted, "Lock her up!" as they had for previous speakers`: an
  // adverbial clause is not part of what was said.
  if (InSet(k, AdverbialOpeners()) && !Is(k, "but")) return true;
  if (!Is(k, "and") && !Is(k, "but")) return false;
  uint32_t v = k + 1;
  while (v < se && (Is(v, "then") || Is(v, "later") || Is(v, "also") || IsLyAdverb(v))) ++v;
  if (v >= se || !toks_[v].Has(kTokLower) || Is(v, "that") || InSet(v, Determiners()) ||
      InSet(v, Pronouns())) {
    return false;
  }
  std::string_view w = Text(v);
  if (w.size() > 3 && w.ends_with("ed")) return true;
  if (IsIngForm(w) || InSet(v, IrregularPast())) return true;
  CueClass cls;
  return MatchCue(v, se, &cls) > 0;
}

bool Run::EndsSentence(const RawQuote& r) const {
  const uint32_t last = r.te - 1;
  const uint32_t se = SentEnd(last);
  for (uint32_t k = r.te; k < se; ++k) {
    if (IsWord(k) || IsDoubleMark(k)) return false;
  }
  return true;
}

// `\n"DIVISIVE, STUPID AND WRONG"\n`: a paragraph that is nothing but
// quoted words in capitals with no closing . ? or ! is a subhead (a
// quote the story goes on to tell), not a statement.
bool Run::IsCapsSubhead(const RawQuote& r) const {
  if (r.open == kNone || r.close == kNone || r.words < 2 || r.close == 0) return false;
  const uint32_t para = ParaOf(r.tb);
  if ((r.tb > 0 && ParaOf(r.tb - 1) == para) ||
      (r.te < toks_.size() && ParaOf(r.te) == para)) {
    return false;
  }
  if (!IsWord(r.close - 1)) return false;  // "USA! USA!", "CNN."
  for (uint32_t k = r.open + 1; k < r.close; ++k) {
    if (!IsWord(k)) continue;
    for (char c : Text(k)) {
      if (c >= 'a' && c <= 'z') return false;
    }
  }
  return true;
}

// The most words in one quote of `a`'s content.
int Run::QuotedWords(const Attribution& a) const {
  int most = 0;
  for (int q : a.quotes) most = std::max(most, raw_[q].words);
  return most;
}

void Run::AddLeftoverQuotes() {
  // Attributions in text order, to find the one before a quote.
  size_t ai = 0;
  Attribution* prev = nullptr;
  std::vector<Attribution> extra;
  const Attribution* chain = nullptr;  // last continuation's source
  uint32_t chain_end = 0;
  for (size_t qi = 0; qi < raw_.size(); ++qi) {
    RawQuote& r = raw_[qi];
    // A question asked between a statement and its next quote (`"...,"
    // he said when asked about X. "..."`) does not break the statement.
    for (; ai < attrs_.size() && attrs_[ai].cte <= r.tb; ++ai) {
      if (!attrs_[ai].question) prev = &attrs_[ai];
    }
    if (r.used) continue;
    if (r.open == kNone) continue;  // an orphan closing mark, unattributed
    Attribution a;
    a.ctb = r.tb;
    a.cte = r.te;
    a.quotes = {static_cast<int>(qi)};
    a.cue_b = a.cue_e = r.tb;
    const bool full = StartsSentence(r) && EndsSentence(r);
    if (full && IsCapsSubhead(r)) {
      a.kind = QuoteKind::kScare;
    } else if (full) {
      a.kind = QuoteKind::kDirect;
      // A continuation: the previous attribution ends in the sentence
      // before, or only other quotes of the same speaker come between.
      const Attribution* src = nullptr;
      uint32_t gap_from = 0;
      if (chain != nullptr && chain_end <= r.tb) {
        src = chain;
        gap_from = chain_end;
      }
      if (prev != nullptr && (src == nullptr || prev->cte > gap_from)) {
        src = prev;
        gap_from = std::max(prev->cte, prev->cue_e);
      }
      if (src != nullptr && src->subj.found() && Adjacent(gap_from, r.tb)) {
        // A partial quote joins when its quoted words run to the end of
        // its content (`The deal "looks out for ...," Sanders wrote.`), or
        // when its cue comes after it in the same paragraph and its quoted
        // words are a phrase of speech (`Clinton "drew quite well from
        // white, working-class Democrats" in the 2008 primary, said Paul
        // Beck. "That was ..."`: one statement in PolNeAR train 5 times
        // in 6); not after a quoted term (`... in "close consultation"
        // with allies, Kirby said.`).
        const bool partial_closed =
            prev->kind == QuoteKind::kPartial && in_quote_[prev->cte - 1] >= 0;
        const bool same_para = ParaOf(prev->cte - 1) == ParaOf(r.tb);
        const bool partial_postposed = prev->kind == QuoteKind::kPartial &&
                                       prev->cue_b >= prev->cte && same_para &&
                                       QuotedWords(*prev) >= kMinSpokenPhraseWords;
        const bool joins = src == prev && (prev->kind == QuoteKind::kDirect || partial_closed ||
                                           partial_postposed);
        if (joins && (same_para || prev->kind == QuoteKind::kPartial)) {
          // `"...," said Fallon. "Both arguments ..."`, `The deal "looks
          // out for ...," Sanders wrote. "That is unacceptable."`: one
          // statement in one paragraph, as PolNeAR annotates it. A
          // partial one keeps the attribution between as its gap.
          if (prev->kind == QuoteKind::kPartial && prev->gap_e == prev->gap_b &&
              HasWord(prev->cte, r.tb)) {
            prev->gap_b = prev->cte;
            prev->gap_e = r.tb;
          }
          prev->quotes.push_back(static_cast<int>(qi));
          prev->cte = r.te;
          r.used = true;
          continue;
        }
        a.speaker = src->speaker;
        a.subj = src->subj;
        a.speaker.confidence *= 0.9f;
        a.inherited = true;
        chain = src;
        chain_end = r.te;
      }
      // "Related:", "Nooooo!": a word or two in marks with no one to say
      // them is not a statement.
      if (!a.subj.found() && r.words < kMinIndirectWords) a.kind = QuoteKind::kScare;
      // `"...?" Clinton asked.\n\n"Nooooo!"`: one word alone after
      // someone's statement is an answer or a label ("Related:"), not
      // more of the statement.
      if (a.inherited && r.words <= 1) {
        a.kind = QuoteKind::kScare;
        a.subj = Subject();
        a.speaker = Speaker();
        a.inherited = false;
      }
    } else {
      // `"...," French President Fran\u00e7ois Hollande said Friday as he
      // entered the talks` (a name the entity stage missed), `"...," Texas
      // delegate Bill Eastland, wearing "Ted Cruz" pins, said`: a
      // statement closed by a comma and followed by a subject whose
      // attribution was not read is still that subject's statement.
      const bool comma_closed = StartsSentence(r) && r.close != kNone &&
                                r.close > r.tb + 1 && IsComma(r.close - 1) &&
                                r.words > kMaxScareWords;
      const Subject after = comma_closed ? SubjectAfter(r.te, SentEnd(r.te - 1)) : Subject();
      if (after.found()) {
        a.kind = QuoteKind::kDirect;
        a.subj = after;
        a.cue_b = a.cue_e = r.te;
        int mention = -1, role = -1;
        a.speaker = MakeSpeaker(a.subj, &mention, &role);
      } else {
        a.kind = r.words <= kMaxScareWords ? QuoteKind::kScare : QuoteKind::kPartial;
      }
    }
    r.used = true;
    extra.push_back(std::move(a));
  }
  for (Attribution& a : extra) attrs_.push_back(std::move(a));
}

// True when the tokens [from, to) hold no sentence outside quotes, i.e.
// the quote at `to` follows the attribution ending at `from` directly.
bool Run::Adjacent(uint32_t from, uint32_t to) const {
  if (from >= to) return true;
  if (sent_of_[to] > sent_of_[from > 0 ? from - 1 : 0] + 1) {
    // More than one sentence apart: allowed only when every sentence
    // in between is a quote.
    for (uint32_t k = from; k < to; ++k) {
      if (IsWord(k) && in_quote_[k] < 0 && sent_of_[k] != sent_of_[from > 0 ? from - 1 : 0]) {
        return false;
      }
    }
    return true;
  }
  for (uint32_t k = from; k < to; ++k) {
    if (IsWord(k) && in_quote_[k] < 0 && sent_of_[k] != sent_of_[from > 0 ? from - 1 : 0]) {
      return false;
    }
  }
  return true;
}

}  // namespace newsie::quotes::internal
