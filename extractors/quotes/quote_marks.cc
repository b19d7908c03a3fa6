// Quotation marks: nickname marks inside names, and pairing the marks of each
// paragraph into raw quotes (see "Broken marks" in quote_extractor.h).

#include <string_view>
#include <utility>
#include <vector>

#include "extractors/quotes/quote_extractor_internal.h"

namespace newsie::quotes::internal {

// The marks around a nickname inside a name (`Marcia "Cia" Price`, `John
// "Tig" Tiegen`): one or two capitalized words glued to double marks,
// between capitalized words, in a sentence that is not in title case (a
// headline's `Felt "Invisible" As A Child` stays a quote). They are part
// of the name, not quotation marks.
void Run::MarkNicknames() {
  const uint32_t n = static_cast<uint32_t>(toks_.size());
  nick_.assign(n, 0);
  const std::string_view text = doc_.text();
  auto cap_word = [&](uint32_t t) {
    return toks_[t].Has(kTokWord) && toks_[t].Has(kTokCapitalized) &&
           !toks_[t].Has(kTokAllCaps);
  };
  auto double_mark = [&](uint32_t t) {
    return toks_[t].Has(kTokQuoteMark) && !toks_[t].Has(kTokSingleQuote);
  };
  for (uint32_t t = 1; t + 3 < n; ++t) {
    if (!double_mark(t) || !cap_word(t - 1) || !cap_word(t + 1)) continue;
    uint32_t m = t + 2;
    if (cap_word(m) && m + 2 < n) ++m;  // two words: `"Big Al"`
    if (!double_mark(m) || !cap_word(m + 1)) continue;
    const Span o = toks_[t].span, c = toks_[m].span;
    if (o.begin == 0 || text[o.begin - 1] != ' ' || toks_[t + 1].span.begin != o.end ||
        toks_[m - 1].span.end != c.begin || c.end >= text.size() || text[c.end] != ' ' ||
        sent_of_[t - 1] != sent_of_[m + 1]) {
      continue;
    }
    const auto& sent = doc_.sentences()[sent_of_[t]];
    bool lower = false;
    for (uint32_t k = sent.token_begin; k < sent.token_end && !lower; ++k) {
      lower = toks_[k].Has(kTokWord) && toks_[k].Has(kTokLower);
    }
    if (!lower) continue;
    nick_[t] = nick_[m] = 1;
    t = m;
  }
}

// Pairs double quotation marks within each paragraph (see the header).
void Run::PairMarks() {
  const auto& paras = doc_.paragraphs();
  const auto& sents = doc_.sentences();
  int carry = -1;  // quote continuing from the previous paragraph
  bool attribute_carry = false;  // a markup attribute's value, likewise
  std::vector<uint32_t> marks;
  for (uint32_t p = 0; p < paras.size(); ++p) {
    const uint32_t pb = sents[paras[p].sentence_begin].token_begin;
    const uint32_t pe = sents[paras[p].sentence_end - 1].token_end;
    marks.clear();
    bool in_attribute = attribute_carry;
    attribute_carry = false;
    for (uint32_t t = pb; t < pe; ++t) {
      if (!IsDoubleMark(t) || PairedApostrophe(t) == 2) continue;
      // `<tweet author="@x">`: the marks around a markup attribute's
      // value are not quotation marks.
      const uint32_t b = toks_[t].span.begin;
      if (in_attribute || (b > 0 && doc_.text()[b - 1] == '=')) {
        in_attribute = !in_attribute;
        continue;
      }
      marks.push_back(t);
    }
    // `tweet-date="March 9, 2016\n\n">Rubio stadium event ...`: a value
    // broken by a paragraph break closes with the next paragraph's first
    // token; its mark there opens no quote (v139).
    if (in_attribute && p + 1 < paras.size()) {
      attribute_carry = IsDoubleMark(sents[paras[p + 1].sentence_begin].token_begin);
    }
    size_t i = 0;
    int cur = -1;            // open quote
    uint32_t open_tok = kNone;
    uint32_t last_end = pb;  // first token after the last quote closed here
    if (carry >= 0) {
      cur = carry;
      open_tok = marks[0];
      i = 1;
      carry = -1;
    }
    while (i < marks.size()) {
      const uint32_t m = marks[i];
      const bool can_open = !MarkCloses(m);
      const bool can_close = !MarkOpens(m);
      if (cur < 0) {
        if (can_open) {
          cur = NewQuote(m);
          open_tok = m;
        } else if (m > last_end) {
          // A closing mark with no opening one: content from the start of
          // the paragraph (or the last quote); kept only if attributed.
          int q = NewQuote(kNone);
          raw_[q].tb = last_end;
          AddPiece(q, last_end, m);
          Finish(q, m, true);
          last_end = m + 1;
        }
        ++i;
        continue;
      }
      if (can_close) {
        AddPiece(cur, open_tok + 1, m);
        Finish(cur, m, true);
        cur = -1;
        last_end = m + 1;
        ++i;
        continue;
      }
      // An opening mark inside an open quote. Two closing marks after it
      // (`"wearing "Settle For Hillary" shirts ..."`): a quote inside the
      // quote, with double marks where single ones belong.
      if (i + 2 < marks.size() && !MarkOpens(marks[i + 1]) && !MarkOpens(marks[i + 2]) &&
          MarkCloses(marks[i + 1]) && MarkCloses(marks[i + 2])) {
        i += 2;
        continue;
      }
      // If one closing mark follows, the current quote lost its closing
      // mark: it ends before `m`. Otherwise `m` is a closing mark with the
      // wrong glyph or spacing.
      if (i + 1 < marks.size() && !MarkOpens(marks[i + 1])) {
        AddPiece(cur, open_tok + 1, m);
        Finish(cur, m - 1, false);
        last_end = m;
        cur = NewQuote(m);
        open_tok = m;
      } else {
        AddPiece(cur, open_tok + 1, m);
        Finish(cur, m, true);
        cur = -1;
        last_end = m + 1;
      }
      ++i;
    }
    if (cur >= 0) {
      AddPiece(cur, open_tok + 1, pe);
      // The convention for quotes over several paragraphs: the next
      // paragraph opens with a mark.
      bool next_opens = false;
      // A quoted phrase inside a sentence ("is \u201creally an amorphous
      // position to have.") that lost its closing mark does not go on into
      // the next paragraph; a quoted statement does.
      const bool statement = open_tok + 1 < pe && !toks_[open_tok + 1].Has(kTokLower);
      if (p + 1 < paras.size() && statement) {
        uint32_t nb = sents[paras[p + 1].sentence_begin].token_begin;
        next_opens = IsDoubleMark(nb) && !MarkCloses(nb);
      }
      if (next_opens) {
        carry = cur;
      } else {
        Finish(cur, pe - 1, false);
      }
    }
  }
  // Drop quotes with no content.
  std::vector<RawQuote> kept;
  kept.reserve(raw_.size());
  for (RawQuote& q : raw_) {
    if (q.words > 0) kept.push_back(std::move(q));
  }
  raw_ = std::move(kept);
}

// `"There wasn't a lot of education ... to keep, said Kessel, whose
// organization ...`: a quote that lost its closing mark (it runs to the
// end of its paragraph or to the next opening mark: `"Absent a force on
// the ground, he added, "this is how ...`) ends at a comma followed by a
// closing attribution
// (a speech cue and its subject, either order, the subject or cue then
// closed by a comma, a period or the paragraph's end); what follows is no
// more of the quote (v146).
void Run::EndUnclosedAtAttribution() {
  for (RawQuote& r : raw_) {
    if (r.open == kNone || r.close != kNone || r.pieces.size() != 1 || r.te < r.open + 4) {
      continue;
    }
    const uint32_t pe = r.te;
    auto closes = [&](uint32_t t) { return t >= pe || IsComma(t) || Is(t, "."); };
    for (uint32_t k = r.open + 2; k + 2 < pe; ++k) {
      if (!IsComma(k)) continue;
      CueClass cls;
      uint32_t len = MatchCue(k + 1, pe, &cls);
      bool found = false;
      if (len > 0 && cls == CueClass::kSpeech) {
        const Subject s = SubjectAfter(k + 1 + len, pe);
        found = s.found() && closes(s.te);
      }
      for (uint32_t c = k + 2; !found && c < pe && c <= k + 4; ++c) {
        len = MatchCue(c, pe, &cls);
        if (len == 0 || cls != CueClass::kSpeech) continue;
        const Subject s = SubjectFrom(k + 1, c);
        found = s.found() && s.te == c && closes(c + len);
        break;
      }
      if (!found) continue;
      r.te = k;
      r.pieces[0].end = toks_[k - 1].span.end;
      r.words = 0;
      for (uint32_t t = r.open + 1; t < k; ++t) r.words += IsWord(t) ? 1 : 0;
      break;
    }
  }
}

int Run::NewQuote(uint32_t open) {
  RawQuote q;
  q.open = open;
  q.tb = open == kNone ? 0 : open;
  raw_.push_back(std::move(q));
  return static_cast<int>(raw_.size() - 1);
}

// Content tokens [b, e) of quote q within one paragraph.
void Run::AddPiece(int q, uint32_t b, uint32_t e) {
  // Trim marks and spaces; keep inner punctuation.
  while (b < e && IsDoubleMark(b)) ++b;
  while (e > b && IsDoubleMark(e - 1)) --e;
  if (b >= e) return;
  raw_[q].pieces.push_back({toks_[b].span.begin, toks_[e - 1].span.end});
  for (uint32_t t = b; t < e; ++t) raw_[q].words += IsWord(t) ? 1 : 0;
}

// `last` is the last token of the quote; `closed` when it is a mark.
void Run::Finish(int q, uint32_t last, bool closed) {
  if (closed && PairedApostrophe(last) == 1) ++last;
  raw_[q].te = last + 1;
  raw_[q].close = closed ? last : kNone;
}

}  // namespace newsie::quotes::internal
