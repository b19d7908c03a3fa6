#include "extractors/quotes/quote_extractor.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_set>

#include "gazetteers/gazetteer.h"

namespace newsie {
namespace {

constexpr uint32_t kNone = UINT32_MAX;
// How far (in tokens) an attribution's parts may be from each other.
constexpr uint32_t kMaxSubjectTokens = 8;
// Words in a role phrase before an appositive name ("A lawyer for the
// news outlets, David Schulz, said").
constexpr uint32_t kMaxRoleTokens = 8;
constexpr uint32_t kMaxThatLookahead = 9;
// Words in the addressee of "told" before the reported clause (`told The
// Post and Courier newspaper of Charleston on Saturday that ...`).
constexpr uint32_t kMaxAddresseeTokens = 14;
// Words in the name before a headline colon ("Dr. Ben Carson:").
constexpr uint32_t kMaxHeadlineName = 4;
// Tokens between a split quote's attribution and its second part (`"...,"
// said X, director of ... in London, "but ..."`).
constexpr uint32_t kMaxSplitGap = 30;
// Tokens between a cue and the quote it introduces (`told the mayors who
// gathered in Indianapolis, "..."`).
constexpr uint32_t kMaxIntroTokens = 24;
// Indirect contents have at least this many words.
constexpr int kMinIndirectWords = 3;
// Words between a cue and the colon before its quote that make the phrase
// part of the content (`reveals a few relevant facts: "..."`).
constexpr int kMinLeadWords = 4;
// Quotes of at most this many words, attributed to no one, are scare quotes.
constexpr int kMaxScareWords = 4;
// Quoted words in a partial quote that make it a phrase of speech, not a
// term (`"drew quite well" in 2008, Beck said` vs `in "close consultation"`).
constexpr int kMinSpokenPhraseWords = 3;
// Tokens between a finite cue and the comma before a participle cue that
// continues it (`Graham said on MSNBC's "Morning Joe," adding, "..."`).
constexpr uint32_t kMaxCueTail = 6;
// Sentences searched back for a pronoun's antecedent.
constexpr int kMaxAntecedentSentences = 6;

using WordSet = std::unordered_set<std::string_view>;

// Lower-cases an ASCII token into `buf`; returns "" for longer or non-ASCII
// tokens (no cue, pronoun or function word is either).
std::string_view LowerAscii(std::string_view w, char (&buf)[24]) {
  if (w.size() >= sizeof(buf)) return {};
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c >= 0x80) return {};
    buf[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return std::string_view(buf, w.size());
}

const WordSet& Pronouns() {
  static const auto* s = new WordSet{"he", "she", "they", "it", "i", "we", "you"};
  return *s;
}

// Auxiliaries and adverbs between a subject and its cue ("has also said").
const WordSet& AuxAdverbs() {
  static const auto* s = new WordSet{
      "has", "have", "had", "was", "were", "is", "are", "will", "would", "also",
      "later", "previously", "then", "again", "repeatedly", "reportedly",
      "recently", "never", "often", "once", "first", "did", "does", "do", "not",
      "n't", "had", "has", "been", "be", "may", "might", "could", "should",
      "can", "must", "already", "long", "even", "still", "just", "further",
      "too", "had", "ever", "always", "frequently", "flatly", "all", "both",
      "himself", "herself", "themselves", "itself", "'ve", "’ve", "'s", "’s",
      "'d", "’d", "'ll", "’ll", "very", "so"};
  return *s;
}

// Words that end a subject phrase when met going backwards (or forwards).
const WordSet& ClauseStops() {
  static const auto* s = new WordSet{
      "that", "which", "who", "whom", "whose", "when", "while", "where",
      "because", "and", "but", "or", "if", "as", "than", "so", "though",
      "although", "since", "after", "before", "until", "unless", "whether",
      "what", "how", "why", "to", "in", "on", "at", "by", "with", "from",
      "into", "about", "during", "over", "under", "against", "said", "says",
      "told", "there", "here", "not", "no", "yes", "for", "like", "per",
      "via", "is", "are", "was", "were", "be", "been", "has", "have", "had",
      "will", "would", "also", "meanwhile", "however", "yet", "then", "now",
      "just", "only", "even"};
  return *s;
}

// Frequent irregular past forms, which end a subject phrase read forwards.
const WordSet& IrregularPast() {
  static const auto* s = new WordSet{
      "became", "began", "brought", "came", "did", "drew", "felt", "found", "gave",
      "got", "had", "heard", "held", "kept", "knew", "led", "left", "lost", "made",
      "met", "paid", "put", "ran", "said", "saw", "sent", "set", "spent", "spoke",
      "stood", "took", "thought", "told", "went", "won", "wrote"};
  return *s;
}

// Prepositions that open a sentence's leading adverbial ("In Chicago, ...").
const WordSet& Prepositions() {
  static const auto* s = new WordSet{
      "in", "on", "at", "by", "with", "from", "into", "about", "during", "over",
      "under", "against", "after", "before", "since", "until", "for", "like", "per",
      "via", "as", "while", "when", "because", "although", "though", "if", "among",
      "despite", "amid", "outside", "alongside", "inside", "across", "throughout",
      "beyond", "near", "following"};
  return *s;
}

// Words that open an adverbial clause after a quote (`"We'll see," when
// asked ...`), which is not part of what was said.
const WordSet& AdverbialOpeners() {
  static const auto* s = new WordSet{"when", "as", "before", "after", "while", "because",
                                     "though", "although", "until", "since", "but"};
  return *s;
}

// Words that open the question after "asked" ("Asked if ...").
const WordSet& QuestionWords() {
  static const auto* s = new WordSet{"if", "whether", "what", "why", "how", "who",
                                     "when", "where", "which", "about"};
  return *s;
}

// Quantities that stand for people as a subject ("one in three said").
const WordSet& Quantifiers() {
  static const auto* s = new WordSet{
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "half", "most", "many", "several", "some", "majority", "others", "few"};
  return *s;
}

// Nouns of quantity that take a plural verb after "a" ("a third say", "a
// majority believe").
const WordSet& QuantityNouns() {
  static const auto* s = new WordSet{"third", "quarter", "fifth", "tenth", "lot", "number",
                                     "dozen", "handful", "couple", "plurality", "minority",
                                     "majority", "host", "slew", "series", "variety"};
  return *s;
}

const WordSet& Approximators() {
  static const auto* s = new WordSet{"nearly", "almost", "about", "roughly", "over",
                                     "around", "only", "just"};
  return *s;
}

const WordSet& Determiners() {
  static const auto* s = new WordSet{
      "the", "a", "an", "this", "these", "those", "his", "her", "its", "their",
      "our", "my", "your", "another", "some", "many", "several", "one", "two",
      "three", "four", "five", "other", "most", "each", "every", "any"};
  return *s;
}

// Time and manner words that may stand between a cue and what follows
// ("said Monday", "told reporters Tuesday").
const WordSet& TimeWords() {
  static const auto* s = new WordSet{
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "today", "yesterday", "tonight", "earlier", "later", "last",
      "recently", "afterward", "afterwards", "again", "repeatedly", "also",
      "previously", "then", "once", "privately", "publicly", "flatly", "simply",
      "bluntly", "angrily", "morning", "evening", "night", "week", "month",
      "year", "this", "next", "separately", "sarcastically", "softly",
      "quietly", "loudly", "calmly", "firmly", "frankly", "tersely"};
  return *s;
}

// Adverbs that open a sentence before a comma ("Likewise, a paper ...").
const WordSet& SentenceAdverbs() {
  static const auto* s = new WordSet{
      "likewise", "similarly", "indeed", "moreover", "instead", "still", "again",
      "besides", "furthermore", "nonetheless", "nevertheless", "otherwise",
      "separately", "additionally", "finally", "overall", "meanwhile", "however",
      "also", "later", "earlier", "ultimately", "rather", "notably", "importantly"};
  return *s;
}

// Words that open a reported clause after an addressee ("told him how").
const WordSet& ClauseOpeners() {
  static const auto* s = new WordSet{"that", "whether", "if", "how", "what", "why"};
  return *s;
}

const WordSet& ObjectPronouns() {
  static const auto* s = new WordSet{"him", "her", "them", "me", "us", "you"};
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

// Units of time in a lead phrase ("Hours later, ...", "Two days ago, ...").
const WordSet& TimeUnits() {
  static const auto* s = new WordSet{
      "minutes", "hours", "days", "weeks", "months", "years", "moments", "ago",
      "afternoon", "earlier", "later"};
  return *s;
}

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
  bool inherited = false;        // speaker taken from an earlier attribution
  bool passive = false;          // "are expected to": the subject is no source
  int32_t prev_in_sentence = -1;  // earlier attribution with a cue in the sentence
};

bool IsIngForm(std::string_view w) {
  return w.size() > 4 && w.substr(w.size() - 3) == "ing";
}

class Run {
 public:
  Run(const CueTable& cues, bool paired_apostrophes, Document& doc)
      : cues_(cues), paired_apostrophes_(paired_apostrophes), doc_(doc), toks_(doc.tokens()) {}

  void Go() {
    const uint32_t n = static_cast<uint32_t>(toks_.size());
    if (n == 0) return;
    in_quote_.assign(n, -1);
    sent_of_.assign(n, 0);
    const auto& sents = doc_.sentences();
    for (uint32_t s = 0; s < sents.size(); ++s) {
      for (uint32_t t = sents[s].token_begin; t < sents[s].token_end; ++t) sent_of_[t] = s;
    }
    MarkNicknames();
    PairMarks();
    for (size_t i = 0; i < raw_.size(); ++i) {
      for (uint32_t t = raw_[i].tb; t < raw_[i].te; ++t) in_quote_[t] = static_cast<int>(i);
    }
    cue_taken_.assign(n, 0);
    owned_.assign(n, 0);
    sent_last_.assign(sents.size(), -1);
    AttributeQuotes();
    FindAttributions();
    FindHeadlineAttributions();
    ResolveSpeakers();
    AddLeftoverQuotes();
    Emit();
  }

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
    if (t + 1 < toks_.size() && Text(t + 1) == "'" &&
        toks_[t + 1].span.begin == toks_[t].span.end) {
      return 1;
    }
    if (t > 0 && Text(t - 1) == "'" && toks_[t - 1].span.end == toks_[t].span.begin) return 2;
    return 0;
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
  int QuoteOpeningAt(uint32_t t) const {
    int q = in_quote_[t];
    return q >= 0 && raw_[q].tb == t ? q : -1;
  }

  // ------------------------------------------------------------ marks
  // The marks around a nickname inside a name (`Marcia "Cia" Price`, `John
  // "Tig" Tiegen`): one or two capitalized words glued to double marks,
  // between capitalized words, in a sentence that is not in title case (a
  // headline's `Felt "Invisible" As A Child` stays a quote). They are part
  // of the name, not quotation marks.
  void MarkNicknames() {
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
  void PairMarks() {
    const auto& paras = doc_.paragraphs();
    const auto& sents = doc_.sentences();
    int carry = -1;  // quote continuing from the previous paragraph
    std::vector<uint32_t> marks;
    for (uint32_t p = 0; p < paras.size(); ++p) {
      const uint32_t pb = sents[paras[p].sentence_begin].token_begin;
      const uint32_t pe = sents[paras[p].sentence_end - 1].token_end;
      marks.clear();
      bool in_attribute = false;
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

  int NewQuote(uint32_t open) {
    RawQuote q;
    q.open = open;
    q.tb = open == kNone ? 0 : open;
    raw_.push_back(std::move(q));
    return static_cast<int>(raw_.size() - 1);
  }

  // Content tokens [b, e) of quote q within one paragraph.
  void AddPiece(int q, uint32_t b, uint32_t e) {
    // Trim marks and spaces; keep inner punctuation.
    while (b < e && IsDoubleMark(b)) ++b;
    while (e > b && IsDoubleMark(e - 1)) --e;
    if (b >= e) return;
    raw_[q].pieces.push_back({toks_[b].span.begin, toks_[e - 1].span.end});
    for (uint32_t t = b; t < e; ++t) raw_[q].words += IsWord(t) ? 1 : 0;
  }

  // `last` is the last token of the quote; `closed` when it is a mark.
  void Finish(int q, uint32_t last, bool closed) {
    if (closed && PairedApostrophe(last) == 1) ++last;
    raw_[q].te = last + 1;
    raw_[q].close = closed ? last : kNone;
  }

  // ------------------------------------------------------------ cues
  // A determiner that only precedes a noun ("the", "his", "a few").
  bool NounDeterminer(uint32_t t) const {
    char buf[24];
    const std::string_view w = Lower(t, buf);
    return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" ||
           w == "their" || w == "our" || w == "my" || w == "your" || w == "few" || w == "several" ||
           w == "these" || w == "those" || w == "many";
  }

  // An article or a possessive that only precedes a noun ("her" may be an
  // object before a verb: "heard her say").
  bool Article(uint32_t t) const {
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
  bool CueNoun(uint32_t t, std::string_view w) const {
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
  bool AOneWord(uint32_t t) const {
    char buf[24];
    const std::string_view a = Lower(t - 2, buf);
    return (a == "a" || a == "an") && toks_[t - 1].Has(kTokWord) && in_quote_[t - 1] < 0 &&
           !InSet(t - 1, Quantifiers()) && !InSet(t - 1, QuantityNouns());
  }

  // Length in tokens of the cue form starting at token t, or 0.
  uint32_t MatchCue(uint32_t t, uint32_t end, CueClass* cls) const {
    if (!toks_[t].Has(kTokWord)) return 0;
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
    if (best == 1 && CueNoun(t, w)) return 0;
    return best;
  }

  // The subject phrase ending just before the cue at `c` (auxiliaries and
  // adverbs skipped): "Kremlin spokesman Dmitry Peskov", "he",
  // "U.S. officials".
  Subject SubjectBefore(uint32_t c, uint32_t sb) const {
    Subject s;
    uint32_t j = c;
    for (bool moved = true; moved && j > sb;) {
      moved = false;
      while (j > sb && (InSet(j - 1, AuxAdverbs()) || IsLyAdverb(j - 1))) {
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
    return s;
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

  // A cue in the passive ("Orban and Putin are expected to", "he was
  // told that"): its subject is not the source, which goes unnamed.
  bool PassiveCue(uint32_t c, uint32_t sb) const {
    if (c >= toks_.size() || c <= sb) return false;
    std::string_view w = Text(c);
    const bool participle = (w.size() > 4 && w.substr(w.size() - 2) == "ed" && w != "quoted") ||
                            w == "told" || w == "thought" || w == "known" || w == "shown";
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

  // The subject phrase right after an inverted cue: "said Fallon",
  // "said the Kremlin spokesman", "said Rep. Joseph Crowley".
  Subject SubjectAfter(uint32_t ce, uint32_t se) const {
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
    return s;
  }

  // Is the token after the cue (ending at ce) the end of a post-posed
  // attribution ("..., he said." / "..., he said Monday.")?
  bool ClosesAttribution(uint32_t ce, uint32_t se) const {
    uint32_t k = ce;
    while (k < se && InSet(k, TimeWords())) ++k;
    if (k >= se) return true;
    std::string_view w = Text(k);
    if (w == "." || w == "," || w == ";" || w == "!" || w == "?" || IsDash(k)) return true;
    if (IsDoubleMark(k)) return false;
    char buf[24];
    std::string_view lw = Lower(k, buf);
    const bool prep = lw == "in" || lw == "on" || lw == "at" || lw == "during" || lw == "to" ||
                      lw == "after" || lw == "before" || lw == "via" || lw == "while" ||
                      lw == "when" || lw == "of" || lw == "from" || lw == "with" ||
                      lw == "as" || lw == "through" || lw == "last" || lw == "this";
    if (!prep || lw == "when" || lw == "while" || lw == "as") return prep;
    // "said on Friday he met ...": a short phrase, then the reported clause.
    for (uint32_t j = k + 1; j < se && j < k + 5; ++j) {
      if (!IsWord(j)) break;
      if (Is(j, "that") || (InSet(j, Pronouns()) && !Is(j, "it") && !Is(j, "you"))) return false;
    }
    return true;
  }

  // Content tokens of a cue whose content follows it ("said (that) ...").
  // Returns false when there is none.
  bool ContentAfter(uint32_t ce, uint32_t se, CueClass cls, Attribution* a) {
    uint32_t start = ce;
    // "told reporters Monday that ...": the content starts at "that".
    for (uint32_t k = ce; k < se && k < ce + kMaxThatLookahead; ++k) {
      if (IsDoubleMark(k) || Is(k, ".")) break;
      // "says he introduced a bill to do that": the clause began already.
      if (InSet(k, Pronouns()) && !Is(k, "it")) break;
      if (cls != CueClass::kSpeechObj && k >= ce + 5) break;
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
      const uint32_t after = AfterAddressee(ce, se);
      if (after != kNone) start = after;
    }
    if (start == ce) {
      // "said Monday", "said on Friday he met ...": the time is not said.
      while (start < se) {
        if (InSet(start, TimeWords())) {
          ++start;
        } else if (start + 1 < se && (Is(start, "on") || Is(start, "late") || Is(start, "early")) &&
                   InSet(start + 1, TimeWords())) {
          start += 2;
        } else {
          break;
        }
      }
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
    end = ClauseEnd(start, end);
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

  // Where the reported clause starts after the addressee of a cue that
  // takes one (`told` at ce - 1): "that", "whether", "if", "how", "what",
  // "why" or "not to" after it (`told The Post and Courier newspaper of
  // Charleston on Saturday that ...`, `asked Trump if ...`, `told Megyn not
  // to worry`), or a subject with a finite verb (ClauseStartsAt). kNone when
  // unsure: a comma, a quote or a relative clause comes first.
  uint32_t AfterAddressee(uint32_t ce, uint32_t se) const {
    if (ce >= se || !IsWord(ce) || in_quote_[ce] >= 0) return kNone;
    // "warned that ...", "asked whether ...": no addressee.
    // "asked about ...", "warned of ...", "asked to name ...": no addressee.
    // "told you (that) ...": "you" is the addressee.
    if (InSet(ce, ClauseOpeners()) || (InSet(ce, Pronouns()) && !Is(ce, "you")) || Is(ce, "not") ||
        InSet(ce, Prepositions()) || Is(ce, "of") || Is(ce, "to")) {
      return kNone;
    }
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

  // Whether a clause starts at `j`, inside a run of words after an
  // addressee: a subject (a determiner and its noun, a name after a word
  // in lower case, or "it", "there", "this") right before a finite verb (an
  // auxiliary or an irregular past; a past in -ed after the subject's
  // noun, adverbs such as "never" allowed between). "the troops would",
  // "Trump was", "it was", "her group never worked"; not "the truth", nor
  // "the White House" after "at".
  bool ClauseStartsAt(uint32_t j, uint32_t se) const {
    static const WordSet* finite = new WordSet{
        "would", "will", "was", "were", "is", "are", "had", "has", "have", "could",
        "should", "can", "may", "might", "must", "did", "does", "wo", "'re", "’re",
        "'ll", "’ll", "'d", "’d"};
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
    const bool finite_next = j + 1 < se && InSet(j + 1, *finite);
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
      if (InSet(k, *finite)) return nouns > 0;
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
  uint32_t ClauseEnd(uint32_t start, uint32_t end) const {
    for (uint32_t k = start + 2; k + 1 < end; ++k) {
      if (in_quote_[k] >= 0) continue;
      if (Is(k, ";")) return k;
      // "he plans to ... and suspected that ...", "... but said ...": a
      // second cue of the same subject starts its own attribution.
      if ((Is(k, "and") || Is(k, "but")) && CoordinatedCue(k + 1, end)) {
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
      // "Barkley, who said he votes democratic, said one candidate ...".
      if (Is(k + 1, "said") || Is(k + 1, "says") || Is(k + 1, "told")) return k;
      char buf[24];
      std::string_view w = Lower(k + 1, buf);
      if (w == "which" || w == "who" || w == "whose" || w == "while" || w == "although" ||
          w == "though" || w == "but" || w == "whereas") {
        return k;
      }
      if (w == "and" && k + 2 < end &&
          (InSet(k + 2, Pronouns()) || InSet(k + 2, Determiners()) ||
           toks_[k + 2].Has(kTokCapitalized))) {
        return k;
      }
    }
    return end;
  }

  // Whether a cue verb (after auxiliaries and adverbs: "and later said")
  // starts at `k`, with content after it, so that it heads an attribution
  // of its own.
  bool CoordinatedCue(uint32_t k, uint32_t end) const {
    while (k < end && (InSet(k, AuxAdverbs()) || IsLyAdverb(k))) ++k;
    if (k >= end || !toks_[k].Has(kTokLower)) return false;
    CueClass cls;
    const uint32_t len = MatchCue(k, end, &cls);
    return len > 0 && cls != CueClass::kAccording && k + len < end && IsWord(k + len);
  }

  // Whether a new clause with its own cue starts at `k`: a short subject
  // opened by a quantity, determiner or pronoun, then a cue ("about the
  // same numbers would rather see", "more than 4 in 10 said").
  bool LaterCue(uint32_t k, uint32_t end) const {
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

  // Content tokens of a cue whose content precedes it ("..., X said").
  // `before` is the token just before the attribution (a comma or mark).
  bool ContentBefore(uint32_t before, uint32_t sb, Attribution* a) {
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
    if (start >= e) return false;
    a->ctb = start;
    a->cte = e;
    return true;
  }

  // The subject phrase starting at `from` and ending before `to`:
  // "Kremlin spokesman Dmitry Peskov" in `," Kremlin spokesman Dmitry
  // Peskov said`, "Ramos" in `," Ramos, 58, told AFP`, "a reporter" in
  // `a reporter can be heard asking`.
  Subject SubjectFrom(uint32_t from, uint32_t to) const {
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
  uint32_t CueAfter(uint32_t from, uint32_t end, CueClass* cls, uint32_t* len) const {
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

  // Quote-led attributions: a quote with its attribution right after it
  // (`"...," X said`) or right before it (`X said: "..."`).
  void AttributeQuotes() {
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
      const bool opens = r.open != kNone &&
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
      CueClass cls = CueClass::kSpeech;
      uint32_t len = 0;
      uint32_t c = k < ase ? CueAfter(k, ase, &cls, &len) : kNone;
      // `Clinton replies with, "Why now?" Mills writes back, "..."`: a
      // statement closed by . ? or ! after its own cue is that cue's; the
      // attribution after it introduces the next quote.
      const bool own_cue = r.close != kNone && r.close > r.tb + 1 &&
                           (Is(r.close - 1, "?") || Is(r.close - 1, "!") ||
                            Is(r.close - 1, ".")) &&
                           IntroCueBefore(r, sb);
      if (own_cue) c = kNone;
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
      if (opens && !own_cue && r.close != kNone && CommaBeforeAttribution(r)) {
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
      if (r.open == kNone ||
          !(EndsSentence(r) || CueClauseAfter(r) ||
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
        } else if (IsIngForm(Text(cue)) && IsComma(cue - 1) &&
                   PreviousInSentence(cue) != nullptr) {
          b.subj = PreviousInSentence(cue)->subj;
          b.inherited = true;
        } else if (const Subject earlier = IsIngForm(Text(cue)) && IsComma(cue - 1)
                                               ? EarlierCueSubject(cue, sb)
                                               : Subject();
                   earlier.found()) {
          // `They will meet next week, Spicer said, adding, "..."`: the
          // subject of the cue the participle continues, not the sentence's.
          b.subj = earlier;
          b.inherited = true;
        } else {
          b.subj = SubjectBefore(cue, sb);
          if (!b.subj.found()) b.subj = CoordinatedSubject(cue, sb);
          if (!b.subj.found()) b.subj = RelativeSubject(cue, sb);
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
          if (IsDash(k) && in_quote_[k] < 0 && k > sb && toks_[k - 1].span.end < toks_[k].span.begin) {
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

  // `"...," Walker said, according to an Associated Press account.`: the
  // quote and its attribution are what the source after "according to"
  // reports, so that source is the speaker and the quote is part of the
  // content (PARTIAL), as in `According to the AP, Walker said "..."`.
  // Looks in [from, end) for the comma and the cue; on a match rewrites `a`.
  bool RelayedBy(uint32_t from, uint32_t end, Attribution* a) const {
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
  Subject EarlierCueSubject(uint32_t cue, uint32_t sb) const {
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
  const Attribution* PostposedCueBefore(uint32_t x, uint32_t quote) const {
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
  bool IntroCueBefore(const RawQuote& r, uint32_t sb) const {
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
  bool PastVerb(uint32_t t) const {
    if (!toks_[t].Has(kTokLower)) return false;
    std::string_view w = Text(t);
    if (w.size() > 4 && w.substr(w.size() - 2) == "ed") return !InSet(t, ClauseStops());
    return InSet(t, IrregularPast()) || w == "read";
  }

  // Whether the clause after the verb ending at `ve` is done: the sentence
  // ends, or a phrase, a comma or "and" follows ("barked and a guard
  // escorted him out", "cried out, booing").
  bool ClauseDone(uint32_t ve, uint32_t se) const {
    if (ve >= se) return true;
    if (Is(ve, "and") || Is(ve, "but") || Is(ve, "out") || Is(ve, "back")) return true;
    return ClosesAttribution(ve, se);
  }

  // The attribution after a quote at token `k` whose verb is no cue:
  // `an angry Hollande retaliated`, `beamed Donald Hartley of Madison`.
  // Sets the subject and cue of `a`.
  bool PostposedAttribution(uint32_t k, uint32_t se, Attribution* a) const {
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
      while (j > k + 1 && (InSet(j - 1, AuxAdverbs()) || IsLyAdverb(j - 1))) --j;
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
  bool AllWords(uint32_t b, uint32_t e) const {
    for (uint32_t k = b; k < e; ++k) {
      if (!toks_[k].Has(kTokWord | kTokNumber | kTokPossessive) || in_quote_[k] >= 0) {
        return false;
      }
    }
    return true;
  }

  Subject AppositiveSubject(uint32_t c, uint32_t sb) const {
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
    const uint32_t start = from;
    for (uint32_t k = from + 1; k + 1 < c; ++k) {
      if (!IsComma(k)) continue;
      Subject s = SubjectBefore(k, start);
      const bool opens = s.found() && (s.tb == sb || s.tb == start || IsComma(s.tb - 1) ||
                                       InSet(s.tb - 1, ClauseStops()));
      if (opens && (s.pronoun || toks_[s.te - 1].Has(kTokCapitalized))) return s;
      // `The state's campaign chairman, Phil Lovas, said`: the name in the
      // appositive right before the cue.
      if (k > start && k <= start + kMaxRoleTokens && AllWords(start, k)) {
        Subject inner = SubjectFrom(k + 1, c - 1);
        if (inner.found() && !inner.pronoun && inner.te == c - 1 &&
            toks_[inner.tb].Has(kTokCapitalized) && toks_[inner.te - 1].Has(kTokCapitalized)) {
          return inner;
        }
      }
    }
    return Subject();
  }

  uint32_t LastTokenOfParagraph(uint32_t t) const {
    const auto& sents = doc_.sentences();
    const Paragraph& p = doc_.paragraphs()[ParaOf(t)];
    return sents[p.sentence_end - 1].token_end - 1;
  }

  // The last attribution whose cue comes before token `c` in its sentence.
  // REQUIRES: called before ResolveSpeakers() reorders attrs_.
  const Attribution* PreviousInSentence(uint32_t c) const {
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
  Subject SentenceSubject(uint32_t sb, uint32_t limit, bool nominal) const {
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
    bool lead_phrase = false;  // "At the convention, ...": not the subject
    while (k < limit && (IsDoubleMark(k) || InSet(k, ClauseStops()))) {
      lead_phrase = lead_phrase || InSet(k, Prepositions());
      ++k;
    }
    // "Speaking at the rally, he said ...", "Outside, about 200 protesters
    // chanted ...": a participle or preposition opening the sentence leads
    // a phrase that ends at its comma.
    if (!lead_phrase && k < limit && LeadOpener(k)) lead_phrase = true;
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

  // A capitalized word that opens a lead phrase, not a subject: a
  // preposition, a participle, or a sentence adverb before its comma.
  bool LeadOpener(uint32_t k) const {
    if (!toks_[k].Has(kTokCapitalized)) return false;
    if (InSet(k, Prepositions())) return true;
    if (IsIngForm(Text(k)) && !InSet(k, ClauseStops())) return true;
    return InSet(k, SentenceAdverbs()) && k + 1 < toks_.size() && IsComma(k + 1);
  }

  // `Mike Lee, who declared`: the phrase before the relative pronoun.
  Subject RelativeSubject(uint32_t cue, uint32_t sb) const {
    uint32_t j = cue;
    while (j > sb && (InSet(j - 1, AuxAdverbs()) || IsLyAdverb(j - 1))) --j;
    if (j < sb + 3 || !(Is(j - 1, "who") || Is(j - 1, "which")) || !IsComma(j - 2)) {
      return Subject();
    }
    return SubjectBefore(j - 2, sb);
  }

  // A quote opening with a capital and closed by ! or ? inside its marks
  // (`yelled "You lie!" at the president`): a whole utterance, whatever
  // the sentence goes on with.
  bool ExclaimedStatement(int q) const {
    const RawQuote& r = raw_[q];
    return r.open != kNone && r.close != kNone && r.close > r.open + 2 &&
           (Is(r.close - 1, "!") || Is(r.close - 1, "?")) &&
           toks_[r.open + 1].Has(kTokCapitalized);
  }

  // A short quote whose last word touches its closing mark, with no
  // punctuation: a title or name (`"Daily Show" host`), not a statement.
  bool TitleMarks(int q) const {
    const RawQuote& r = raw_[q];
    return r.close != kNone && r.close > r.tb + 1 && r.words <= kMaxScareWords &&
           IsWord(r.close - 1) && (r.open == kNone || !toks_[r.open + 1].Has(kTokLower));
  }

  bool CommaBeforeAttribution(const RawQuote& r) const {
    if (r.te < toks_.size() && (IsComma(r.te) || IsDash(r.te))) return true;
    if (r.close == kNone || r.close == 0) return r.close == kNone;
    std::string_view w = Text(r.close - 1);
    return w == "," || w == "?" || w == "!" || w == "\xE2\x80\x94" || w == "-" ||
           w == "--" || w == "\xE2\x80\xA6" || w == "...";
  }

  // Whether tokens [b, e) between a subject and its cue are only
  // auxiliaries and adverbs ("can be heard") or an appositive set off by
  // commas (", 58,", ", the convention chair,").
  bool OnlyAppositive(uint32_t b, uint32_t e) const {
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

  // `he laughed and said`: the subject before a coordinated verb.
  Subject CoordinatedSubject(uint32_t cue, uint32_t sb) const {
    if (cue < sb + 3 || !(Is(cue - 1, "and") || Is(cue - 1, "then"))) return Subject();
    uint32_t v = cue - 2;  // the first verb
    if (!toks_[v].Has(kTokLower)) return Subject();
    return SubjectBefore(v, sb);
  }

  // The quote at `tb` follows an introduction: ':' or ',' (after a cue
  // or a subject), or a cue directly ("said “...”").
  bool AfterIntro(uint32_t tb, uint32_t sb) const {
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

  void FindAttributions() {
    covered_until_ = 0;
    const auto& sents = doc_.sentences();
    for (uint32_t s = 0; s < sents.size(); ++s) {
      const uint32_t sb = sents[s].token_begin, se = sents[s].token_end;
      for (uint32_t c = sb; c < se; ++c) {
        if (in_quote_[c] >= 0 || !toks_[c].Has(kTokWord) || cue_taken_[c]) continue;
        if (c < covered_until_) continue;
        CueClass cls = CueClass::kSpeech;
        uint32_t len = MatchCue(c, se, &cls);
        if (len == 0) continue;
        Attribution a;
        a.cue_b = c;
        a.cue_e = c + len;
        if (TryAttribution(sb, se, cls, &a)) {
          Accept(std::move(a));
        }
      }
    }
  }

  // A one-sentence paragraph opening with a short name and a colon, as in
  // headlines and transcripts: `Graham: Trump's Rhetoric Destroying GOP`.
  // The content is the rest of the sentence, reported speech in news style
  // (kind INDIRECT unless it is all one quote).
  void FindHeadlineAttributions() {
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

  bool TryAttribution(uint32_t sb, uint32_t se, CueClass cls, Attribution* a) {
    const uint32_t c = a->cue_b, ce = a->cue_e;
    const bool ing = IsIngForm(Text(c));
    const bool after_break =
        c > sb && (IsComma(c - 1) || QuoteClosingAt(c - 1) >= 0 || IsDash(c - 1));
    if (cls == CueClass::kAccording) {
      a->subj = SubjectAfter(ce, se);
      if (!a->subj.found()) return false;
      if (after_break) return ContentBefore(c - 1, sb, a);
      // "According to X, ...": the content follows the comma.
      uint32_t k = a->subj.te;
      while (k < se && !IsComma(k)) ++k;
      if (k >= se) {
        // "... according to X." without a comma before: content before.
        return c > sb && ContentBefore(c, sb, a);
      }
      return ContentAfter(k + 1, se, CueClass::kSpeech, a);
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
      // Inverted: `"...," said Fallon.`
      a->subj = SubjectAfter(ce, se);
      // `Derek Mitchell, who served ..., said Clinton reached out to ...`:
      // a name that runs on into lower-case words is the content's subject
      // when the sentence opens with an appositive subject of the cue.
      if (a->subj.found() && !a->subj.pronoun && IsComma(c - 1) &&
          toks_[a->subj.te - 1].Has(kTokLower) && AppositiveSubject(c, sb).found()) {
        a->subj = Subject();
      }
      if (a->subj.found() && ClosesAttribution(a->subj.te, se)) {
        if (!ContentBefore(c - 1, sb, a)) return false;
        AddSplitQuote(a->subj.te, se, a);
        AddParentheticalRest(a->subj.te, se, a);
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
      if (nb > sb && (QuoteClosingAt(nb - 1) >= 0 ||
                      (IsComma(nb - 1) && nb >= sb + 2 && QuoteClosingAt(nb - 2) >= 0))) {
        // `"...," Pruitt, the attorney general, said at an event.`
        if (!ContentBefore(nb - 1, sb, a)) return false;
        AddSplitQuote(ce, se, a);
        return true;
      }
      return ContentAfter(ce, se, cls, a);
    }
    if (c == sb || (c == sb + 1 && IsDoubleMark(sb)) || (c == sb + 1 && Is(sb, "When"))) {
      // Sentence-initial cue: "Said Ellis: ..." (inverted, content after).
      a->subj = SubjectAfter(ce, se);
      if (!a->subj.found() || Is(sb, "When")) return AskedClause(sb, se, a);
      return ContentAfter(a->subj.te, se, cls, a);
    }
    a->subj = SubjectBefore(c, sb);
    a->passive = PassiveCue(c, sb);
    if (!a->subj.found()) {
      uint32_t j = c;
      while (j > sb && (InSet(j - 1, AuxAdverbs()) || IsLyAdverb(j - 1))) --j;
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
    if (ing && !Is(c, "reading") && !a->subj.pronoun &&
        !toks_[a->subj.te - 1].Has(kTokCapitalized)) {
      a->subj = SentenceSubject(sb, c, /*nominal=*/true);
      if (!a->subj.found()) return false;
      return ContentAfter(ce, se, cls, a);
    }
    const uint32_t nb = a->subj.tb;
    const bool post = nb > sb && (IsComma(nb - 1) || QuoteClosingAt(nb - 1) >= 0 ||
                                  IsDash(nb - 1));
    if (post) {
      // `"...," he said` or `..., he said.`; for a plain comma the cue must
      // close the clause, or "In a statement, he said he ..." would be read
      // backwards.
      bool after_quote = QuoteClosingAt(nb - 1) >= 0 ||
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
        if (!ContentBefore(nb - 1, sb, a)) return false;
        AddSplitQuote(ce, se, a);
        AddParentheticalRest(tail, se, a);
        return true;
      }
    }
    return ContentAfter(ce, se, cls, a);
  }

  // "The plan, an inside source said, is to ...", "Even then, he said, he
  // has learned ...": the statement goes on after an attribution set off by
  // commas; the content is both parts.
  void AddParentheticalRest(uint32_t tail, uint32_t se, Attribution* a) {
    if (a->kind != QuoteKind::kIndirect || !a->quotes.empty()) return;
    uint32_t k = tail;
    while (k < se && InSet(k, TimeWords())) ++k;
    if (k + 2 >= se || !IsComma(k)) return;
    const uint32_t b = k + 1;
    CueClass cls;
    if (!IsWord(b) || in_quote_[b] >= 0 || IsIngForm(Text(b)) || Is(b, "who") ||
        Is(b, "which") || Is(b, "whose") || MatchCue(b, se, &cls) > 0) {
      return;
    }
    uint32_t e = ClauseEnd(b, se);
    while (e > b && (Is(e - 1, ".") || IsDash(e - 1))) --e;
    int words = 0;
    for (uint32_t t = b; t < e; ++t) words += IsWord(t) ? 1 : 0;
    if (words < 2) return;
    for (uint32_t t = b; t < e; ++t) {
      if (in_quote_[t] >= 0 || cue_taken_[t]) return;
    }
    a->gap_b = a->cte;
    a->gap_e = b;
    a->cte = e;
  }

  // "Asked if he was ever bullied, the candidate said no.": the question is
  // the content; the subject of the main clause was asked it.
  bool AskedClause(uint32_t sb, uint32_t se, Attribution* a) {
    a->subj = Subject();
    const uint32_t c = a->cue_b, ce = a->cue_e;
    if (!Is(c, "Asked") && !Is(c, "asked")) return false;
    if (ce >= se || !(InSet(ce, QuestionWords()))) return false;
    uint32_t k = ce + 1;
    while (k < se && !IsComma(k) && in_quote_[k] < 0) ++k;
    if (k + 1 >= se || !IsComma(k)) return false;
    a->subj = SubjectFrom(k + 1, se);
    if (!a->subj.found()) return false;
    a->ctb = Is(ce, "about") ? ce + 1 : ce;
    a->cte = k;
    return a->cte > a->ctb && sb <= c;
  }

  // `"First part," he said, "second part."`: the second part joins.
  void AddSplitQuote(uint32_t from, uint32_t se, Attribution* a) {
    // A partial quote before its cue (`Trump's support means "he must be
    // doing something right," she says, "but I don't know ..."`) goes on
    // with a second part that continues the sentence in lower case.
    const bool partial = a->kind == QuoteKind::kIndirect && !a->quotes.empty();
    if (a->kind != QuoteKind::kDirect && !partial) return;
    for (uint32_t k = from; k < se && k < from + kMaxSplitGap; ++k) {
      int q = QuoteOpeningAt(k);
      if (q >= 0) {
        if (raw_[q].used || k == from || !(IsComma(k - 1) || Is(k - 1, ":"))) return;
        if (partial && !(k + 1 < raw_[q].te && toks_[k + 1].Has(kTokLower))) return;
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

  bool Accept(Attribution a) {
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
      // "said yes", "said no": an answer is a statement.
      const bool answer = a.cte == a.ctb + 1 && (Is(a.ctb, "yes") || Is(a.ctb, "no"));
      if (words < kMinIndirectWords && !answer) return false;
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
    for (int q : a.quotes) raw_[q].used = true;
    for (uint32_t k = a.cue_b; k < a.cue_e; ++k) cue_taken_[k] = 1;
    attrs_.push_back(std::move(a));
    return true;
  }

  // ------------------------------------------------------------ speakers
  void ResolveSpeakers() {
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
    sent_speaker_.assign(doc_.sentences().size(), -1);
    for (Attribution& a : attrs_) {
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
      if (!a.passive) a.speaker = MakeSpeaker(a.subj, &mention);
      // A speaker named in a sentence is the likeliest "he" after it.
      if (mention >= 0 && a.subj.found()) sent_speaker_[sent_of_[a.subj.tb]] = mention;
    }
  }

  Span SpanOf(uint32_t tb, uint32_t te) const {
    return {toks_[tb].span.begin, toks_[te - 1].span.end};
  }

  static bool PersonLike(EntityType t) { return t == EntityType::kPerson; }

  // `*mention` is set to the mention linked, or -1.
  Speaker MakeSpeaker(const Subject& subj, int* mention) {
    Speaker sp;
    if (!subj.found()) return sp;
    const Span span = SpanOf(subj.tb, subj.te);
    sp.mention = span;
    if (subj.pronoun) {
      char buf[24];
      std::string_view p = Lower(subj.tb, buf);
      int m = Antecedent(subj.tb, p);
      if (m >= 0) {
        Link(doc_.mentions()[m], &sp);
        sp.confidence = 0.7f;
        *mention = m;
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
    // else an organization.
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
      if (rank > best_rank) {
        best_rank = rank;
        best = static_cast<int>(*it);
      }
    }
    if (best >= 0) {
      Link(ms[best], &sp);
      sp.confidence = 0.9f;
      *mention = best;
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

  void Link(const Mention& m, Speaker* sp) const {
    sp->resolved = true;
    if (m.entity >= 0 && static_cast<size_t>(m.entity) < doc_.entities().size()) {
      sp->entity = m.entity;
      sp->name = doc_.entities()[m.entity].canonical_name;
    }
    if (sp->name.empty()) sp->name = std::string(doc_.Slice(m.span));
  }

  // The nearest compatible mention before the pronoun at token `t`: the
  // first subject-like mention of the closest sentence that has one.
  int Antecedent(uint32_t t, std::string_view pronoun) const {
    const auto& ms = doc_.mentions();
    if (ms.empty()) return -1;
    auto compatible = [&](EntityType type) {
      if (pronoun == "he" || pronoun == "she") return type == EntityType::kPerson;
      if (pronoun == "it") return type == EntityType::kOrganization;
      if (pronoun == "they" || pronoun == "we") {
        return type == EntityType::kOrganization || type == EntityType::kPerson;
      }
      return false;
    };
    if (pronoun == "i" || pronoun == "you") return -1;
    const auto& sents = doc_.sentences();
    int s = static_cast<int>(sent_of_[t]);
    const uint32_t limit = toks_[t].span.begin;
    for (int back = 0; back <= kMaxAntecedentSentences && s >= 0; ++back, --s) {
      // The speaker of an attribution in that sentence comes first.
      if (int m = sent_speaker_[s]; m >= 0 && ms[m].span.end <= limit && compatible(ms[m].type)) {
        return m;
      }
      const Span ss = sents[s].span;
      auto it = std::lower_bound(mention_order_.begin(), mention_order_.end(), ss.begin,
                                 [&](uint32_t i, uint32_t b) { return ms[i].span.begin < b; });
      for (; it != mention_order_.end() && ms[*it].span.begin < ss.end; ++it) {
        const Mention& m = ms[*it];
        if (m.span.end > limit) break;
        if (!compatible(m.type)) continue;
        uint32_t mt = doc_.TokenAt(m.span.begin);
        if (mt < toks_.size() && in_quote_[mt] >= 0) continue;
        uint32_t after = doc_.TokenAt(m.span.end);
        if (after < toks_.size() && toks_[after].Has(kTokPossessive)) continue;
        return static_cast<int>(*it);
      }
    }
    return -1;
  }

  // ------------------------------------------------------------ leftovers
  bool StartsSentence(const RawQuote& r) const {
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
  bool EllipsisAfterPeriod(const RawQuote& r) const {
    if (r.open == kNone || r.open == 0 || !SpaceBefore(r.open)) return false;
    const std::string_view before = Text(r.open - 1);
    if (before.empty() || before.back() != '.') return false;
    uint32_t k = r.open + 1;
    while (k < r.te && (Is(k, ".") || Is(k, "\u2026"))) ++k;
    return k > r.open + 1 && k < r.te && toks_[k].Has(kTokCapitalized);
  }
  // `"...," adding that ...`: the quote closes with a comma inside its
  // marks and a participle cue follows.
  bool CueClauseAfter(const RawQuote& r) const {
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
  bool NewPredicateAfter(uint32_t k, uint32_t se) const {
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
  bool EndsSentence(const RawQuote& r) const {
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
  bool IsCapsSubhead(const RawQuote& r) const {
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
  int QuotedWords(const Attribution& a) const {
    int most = 0;
    for (int q : a.quotes) most = std::max(most, raw_[q].words);
    return most;
  }

  void AddLeftoverQuotes() {
    // Attributions in text order, to find the one before a quote.
    size_t ai = 0;
    Attribution* prev = nullptr;
    std::vector<Attribution> extra;
    const Attribution* chain = nullptr;  // last continuation's source
    uint32_t chain_end = 0;
    for (size_t qi = 0; qi < raw_.size(); ++qi) {
      RawQuote& r = raw_[qi];
      while (ai < attrs_.size() && attrs_[ai].cte <= r.tb) prev = &attrs_[ai++];
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
          int mention = -1;
          a.speaker = MakeSpeaker(a.subj, &mention);
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
  bool Adjacent(uint32_t from, uint32_t to) const {
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

  // Whether tokens [b, e) hold a word.
  bool HasWord(uint32_t b, uint32_t e) const {
    for (uint32_t k = b; k < e; ++k) {
      if (IsWord(k)) return true;
    }
    return false;
  }

  // The attribution inside a partial quote's content, [*gb, *ge): the gap
  // a join recorded (`The deal "looks out ...," Sanders wrote. "That is
  // ..."`), or the subject and cue standing inside the content (`That, the
  // commission said, "would be ..."`, `... Democrats" in the 2008 primary,
  // said Paul Beck, a professor`), with the commas around them; it runs
  // to the content's end when no quote follows it. False when there is
  // none.
  bool PartialGap(const Attribution& a, uint32_t* gb, uint32_t* ge) const {
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

  // Whether tokens [b, e) hold a quoted word.
  bool HasQuote(uint32_t b, uint32_t e) const {
    for (uint32_t k = b; k < e; ++k) {
      if (in_quote_[k] >= 0 && IsWord(k)) return true;
    }
    return false;
  }

  // Content tokens [b, e) as a fragment, without the marks at its ends
  // (a comma inside them stays, as in a direct quote's fragment); nothing
  // when no word is left.
  void AddContentPiece(uint32_t b, uint32_t e, std::vector<Span>* out) const {
    while (b < e && IsDoubleMark(b)) ++b;
    while (e > b && IsDoubleMark(e - 1)) --e;
    if (!HasWord(b, e)) return;
    out->push_back(SpanOf(b, e));
  }

  // ------------------------------------------------------------ output
  void Emit() {
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
      if (a.kind == QuoteKind::kPartial && gap_e > gap_b) {
        // Split by its attribution: the pieces of content around it.
        q.span = {q.fragments.front().begin, q.fragments.back().end};
      } else if (a.kind == QuoteKind::kDirect || a.kind == QuoteKind::kScare) {
        q.span = {q.fragments.front().begin, q.fragments.back().end};
      } else {
        Span c = SpanOf(a.ctb, a.cte);
        // Partial: from the content start, without a trailing mark.
        q.span = {c.begin, std::max(c.end, q.fragments.back().end)};
        uint32_t e = a.cte;
        while (e > a.ctb + 1 && IsDoubleMark(e - 1)) --e;
        q.span.end = std::max(toks_[e - 1].span.end, q.fragments.back().end);
        uint32_t b = a.ctb;
        while (b + 1 < a.cte && IsDoubleMark(b)) ++b;
        q.span.begin = std::min(toks_[b].span.begin, q.fragments.front().begin);
      }
      if (a.kind != QuoteKind::kScare) q.speaker = a.speaker;
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

  const CueTable& cues_;
  const bool paired_apostrophes_;
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
  std::vector<int32_t> sent_speaker_;  // mention of a speaker named there
  std::vector<int32_t> sent_last_;   // last attribution with a cue there
  uint32_t covered_until_ = 0;
  std::string last_name_;
  uint32_t last_name_sentence_ = 0;
};

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
      t.by_first_[words[0]].push_back(std::move(f));
    }
  }
  if (t.by_first_.empty()) {
    return FailedPreconditionError(
        "no CUE entries in the gazetteers (expected gazetteers/data/cues/cue_verbs.tsv)");
  }
  return t;
}

const std::vector<CueTable::Form>* CueTable::Starting(std::string_view first_lower) const {
  auto it = by_first_.find(first_lower);
  return it == by_first_.end() ? nullptr : &it->second;
}

QuoteExtractor::QuoteExtractor(CueTable cues, bool paired_apostrophes)
    : cues_(std::move(cues)), paired_apostrophes_(paired_apostrophes) {
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
  info_.version = 45;
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
  return std::unique_ptr<Extractor>(new QuoteExtractor(std::move(*cues), paired));
}

Status QuoteExtractor::Extract(Document& doc) const {
  Run(cues_, paired_apostrophes_, doc).Go();
  return OkStatus();
}

}  // namespace newsie
