#include "extractors/claims/claim_extractor.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "extractors/common/ascii_words.h"
#include "extractors/common/headline_case.h"
#include "extractors/common/scale_words.h"

namespace newsie {
namespace {

constexpr int kMaxNounPhraseWords = 5;
// Words before "poll" in its noun phrase ("a national CNN/ORC poll").
constexpr int kMaxPollWords = 8;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool EndsWith(std::string_view w, std::string_view suf) {
  return w.size() > suf.size() && w.substr(w.size() - suf.size()) == suf;
}

// Words that end a counted noun phrase: function words, auxiliaries and
// common adverbs.
bool IsStopWord(std::string_view w) {
  static const std::unordered_set<std::string> set = {
      "of", "in", "on", "at", "to", "from", "for", "with", "by", "and", "or", "but", "nor",
      "as", "than", "that", "which", "who", "whom", "whose", "were", "was", "are", "is",
      "be", "been", "being", "had", "have", "has", "will", "would", "could", "should",
      "may", "might", "can", "do", "does", "did", "the", "a", "an", "this", "these",
      "those", "their", "its", "his", "her", "our", "your", "my", "it", "they", "he",
      "she", "we", "you", "i", "per", "each", "apiece", "more", "less", "fewer", "over",
      "under", "after", "before", "since", "during", "into", "onto", "about", "around",
      "across", "through", "while", "when", "where", "if", "so", "not", "no", "also",
      "just", "only", "ago", "earlier", "later", "last", "next", "up", "down", "out",
      "off", "away", "back", "then", "there", "here", "said", "says", "say", "according",
      "including", "between", "against", "among", "within", "without", "toward",
      "towards", "behind", "beyond", "near", "via", "like", "unlike", "plus", "minus",
      "all", "both", "either", "neither", "such", "what", "how", "why", "because",
      "although", "though", "until", "till", "unless", "whether", "now", "still",
      "already", "yet", "ever", "even", "again", "once", "too", "very", "much", "many",
      "most", "least", "some", "any", "other", "another", "every", "s", "'s", "’s",
      "today", "tonight", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "a.m.", "p.m.", "percent", "per", "cent", "told",
      "whereas", "versus", "vs", "vs.", "respectively", "instead", "alone", "overall",
      "total", "combined", "annually", "apiece", "compared", "higher", "lower", "ahead",
      "worth", "old", "long", "wide", "tall", "high", "deep", "away", "below", "above",
      "apart", "aside", "abroad", "ahead", "along", "amid", "amidst", "throughout", "upon",
      "inside", "outside", "beneath", "despite", "except", "alongside", "underneath",
      "twice", "thrice", "others", "them", "must", "shall"};
  if (w.size() > 12) return false;
  return set.count(Lower(w)) > 0;
}

bool HasUpper(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "U.S.", "U.K.", "E.U.": dotted initials.
bool IsDottedInitials(std::string_view w) {
  if (w.size() < 4 || w.size() > 8) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (i % 2 == 0 ? !(c >= 'A' && c <= 'Z') : c != '.') return false;
  }
  return w.size() % 2 == 0;
}

// "12-year-old", "15-member": a number joined to words by hyphens.
bool IsHyphenAdjective(std::string_view w) {
  size_t dash = w.find('-');
  return dash != std::string_view::npos && dash > 0 && dash + 1 < w.size() &&
         w[0] >= '0' && w[0] <= '9' && w.back() >= 'a' && w.back() <= 'z';
}

bool IsPlural(std::string_view w) {
  return w.size() > 3 && w.back() == 's' && !EndsWith(w, "ss") && !EndsWith(w, "us");
}

// Adjectives that "half" modifies as an adverb ("a glass half empty",
// "he was half right"). A few are also verbs ("empty", "right"), but a
// share ("Half opposed the plan") would take them in the past or with
// -s ("Half emptied their glasses"), which the list leaves out.
bool IsDegreeAdjective(std::string_view w) {
  return InWordList(w, {"empty", "full", "true", "right", "wrong", "asleep", "awake", "dead",
                        "alive", "naked", "serious", "joking", "kidding", "drunk", "mad",
                        "blind", "deaf"});
}

// Irregular past tenses that follow a counted noun phrase as its verb ("one
// study found", "a third of the revenue came"); the "-ed" ones are caught by
// their ending.
bool IsIrregularPast(std::string_view w) {
  return InWordList(w, {"came", "went", "fell", "grew", "found", "felt", "said", "told",
                        "made", "took", "saw", "got", "gave", "became", "began", "brought",
                        "thought", "knew", "kept", "sold", "spent", "ran", "met", "wrote",
                        "chose", "drew", "led", "rose", "stood", "sought", "struck",
                        "won", "lost", "paid", "held", "left", "built", "did", "had", "was",
                        "were", "fled", "flew", "fought", "sent", "hid", "stole", "broke",
                        "set", "beat", "bought", "caught", "taught", "spread", "sank",
                        "cast", "chosen"});
}

// Verbs in -s that follow a counted noun phrase as its verb, never as its
// head: "19 fouls proves", "one proposal asks".
bool IsThirdPersonVerb(std::string_view w) {
  return InWordList(w, {"says", "proves", "seems", "makes", "means", "becomes", "includes",
                   "gives", "takes", "comes", "goes", "gets", "appears", "suggests",
                   "represents", "indicates", "involves", "requires", "contains", "brings",
                   "puts", "keeps", "lets", "allows", "tells", "thinks", "knows",
                   "believes", "wants", "owns", "pays", "sees", "sits", "employs",
                   "expects", "earns", "lacks", "serves", "joins", "hopes", "continues",
                   "depends", "exists", "happens", "feels", "belongs", "provides",
                   "receives", "sends", "spends", "stays", "survives", "tends", "waits",
                   "asks", "seeks", "creates", "produces", "reaches", "exceeds", "equals",
                   "predicts", "warns", "writes", "argues", "explains", "insists", "recalls",
                   "admits", "acknowledges", "concedes", "contends", "agrees", "fears"});
}

// "men", "women", "businessmen", "gunmen": plurals in -men (not
// "specimen", "abdomen").
bool IsMenPlural(std::string_view w) {
  return (EqualsLower(w, "men") || EndsWith(w, "men")) &&
         !InWordList(w, {"specimen", "abdomen", "regimen", "acumen", "stamen", "omen", "amen",
                         "hymen", "semen", "albumen", "cyclamen"});
}

// A plural noun head: in -s, in -men, or a plural without -s ("people",
// "personnel", "feet").
bool IsPluralNoun(std::string_view w) {
  return IsPlural(w) || IsMenPlural(w) ||
         InWordList(w, {"people", "personnel", "children", "police", "staff", "cattle",
                        "troops", "feet"});
}

// Spelled numbers that may name a set's size after "of the" ("two of the
// five").
bool IsSmallNumberWord(std::string_view w) {
  return InWordList(w, {"two", "three", "four", "five", "six", "seven", "eight", "nine",
                        "ten", "eleven", "twelve", "dozen", "hundred", "thousand"});
}

// Nouns in -ing that end a singular counted phrase as its head ("one
// common saying here", "one public hearing on"), not as its verb.
bool IsIngNoun(std::string_view w) {
  return InWordList(w, {"saying", "building", "meeting", "hearing", "ruling", "spending",
                        "funding", "training", "opening", "finding", "warning", "setting",
                        "filing", "offering", "ending", "beginning", "feeling", "morning",
                        "evening", "ceiling", "wedding", "shooting", "bombing", "killing",
                        "uprising", "clothing", "housing", "rating", "ranking", "polling",
                        "gathering", "briefing", "landing", "crossing", "sighting",
                        "posting", "listing", "recording", "painting", "drawing",
                        "booking", "happening", "undertaking", "proceeding", "sibling",
                        "earning", "holding", "lending", "pudding", "railing", "outing"});
}

// Words in -s that are verbs or nouns ("costs", "needs", "plans"): verbs
// after a plural noun ("19 fouls costs") or in the of-phrase of a share ("a
// third of the population lives"); heads otherwise ("5 health plans").
bool IsNounOrVerbS(std::string_view w) {
  return InWordList(w, {"costs", "needs", "plans", "works", "results", "rises", "falls",
                   "drops", "hits", "runs", "leads", "cuts", "gains", "changes",
                   "returns", "starts", "wins", "looks", "turns", "moves", "calls",
                   "counts", "finds", "helps", "loses", "grows", "increases",
                   "decreases", "declines", "remains", "supports", "sells", "buys",
                   "claims", "reports", "accounts", "marks", "shows", "estimates",
                   "totals", "offers", "lives", "adds", "faces", "stands", "uses",
                   "holds", "meets", "lies", "sounds", "tries", "plays"});
}

// Qualifier phrases written before a number, longest first.
struct QualPhrase {
  std::initializer_list<std::string_view> words;
  Qualifier q;
};
const QualPhrase kQualifiers[] = {
    {{"no", "more", "than"}, Qualifier::kAtMost},
    {{"no", "fewer", "than"}, Qualifier::kAtLeast},
    {{"no", "less", "than"}, Qualifier::kAtLeast},
    {{"no", "lower", "than"}, Qualifier::kAtLeast},
    {{"no", "higher", "than"}, Qualifier::kAtMost},
    {{"a", "minimum", "of"}, Qualifier::kAtLeast},
    {{"a", "maximum", "of"}, Qualifier::kAtMost},
    {{"in", "excess", "of"}, Qualifier::kMoreThan},
    {{"as", "many", "as"}, Qualifier::kUpTo},
    {{"as", "much", "as"}, Qualifier::kUpTo},
    {{"as", "high", "as"}, Qualifier::kUpTo},
    {{"as", "few", "as"}, Qualifier::kAtLeast},
    {{"as", "little", "as"}, Qualifier::kAtLeast},
    {{"more", "than"}, Qualifier::kMoreThan},
    {{"greater", "than"}, Qualifier::kMoreThan},
    {{"higher", "than"}, Qualifier::kMoreThan},
    {{"upwards", "of"}, Qualifier::kMoreThan},
    {{"upward", "of"}, Qualifier::kMoreThan},
    {{"at", "least"}, Qualifier::kAtLeast},
    {{"at", "most"}, Qualifier::kAtMost},
    {{"less", "than"}, Qualifier::kLessThan},
    {{"fewer", "than"}, Qualifier::kLessThan},
    {{"lower", "than"}, Qualifier::kLessThan},
    {{"shy", "of"}, Qualifier::kLessThan},
    {{"up", "to"}, Qualifier::kUpTo},
    {{"close", "to"}, Qualifier::kApproximate},
    {{"north", "of"}, Qualifier::kMoreThan},
    {{"south", "of"}, Qualifier::kLessThan},
    {{"an", "estimated"}, Qualifier::kApproximate},
    {{"over"}, Qualifier::kMoreThan},
    {{"above"}, Qualifier::kMoreThan},
    {{"exceeding"}, Qualifier::kMoreThan},
    {{"exceeded"}, Qualifier::kMoreThan},
    {{"exceeds"}, Qualifier::kMoreThan},
    {{"exceed"}, Qualifier::kMoreThan},
    {{"surpassed"}, Qualifier::kMoreThan},
    {{"surpassing"}, Qualifier::kMoreThan},
    {{"topped"}, Qualifier::kMoreThan},
    {{"topping"}, Qualifier::kMoreThan},
    {{"under"}, Qualifier::kLessThan},
    {{"below"}, Qualifier::kLessThan},
    {{"sub"}, Qualifier::kLessThan},
    {{"almost"}, Qualifier::kApproximate},
    {{"nearly"}, Qualifier::kApproximate},
    {{"near"}, Qualifier::kApproximate},  // "hovered near 100 degrees"
    {{"about"}, Qualifier::kApproximate},
    {{"around"}, Qualifier::kApproximate},
    {{"approximately"}, Qualifier::kApproximate},
    {{"approx."}, Qualifier::kApproximate},
    {{"roughly"}, Qualifier::kApproximate},
    {{"some"}, Qualifier::kApproximate},
    {{"estimated"}, Qualifier::kApproximate},
    {{"circa"}, Qualifier::kApproximate},
    {{"~"}, Qualifier::kApproximate},
};

bool IsIncreaseWord(std::string_view w) {
  static const WordList kWords{
      "rose",     "rise",    "rises",       "rising",    "risen",    "up",        "gained",
      "gain",     "gains",   "gaining",     "increased", "increase", "increases", "increasing",
      "jumped",   "jump",    "jumps",       "climbed",   "climb",    "climbs",    "surged",
      "surge",    "surges",  "soared",      "soar",      "advanced", "advances",  "added",
      "add",      "adds",    "grew",        "grow",      "grows",    "growing",   "boosted",
      "boost",    "raised",  "raise",       "raises",    "higher",   "expanded",  "expand",
      "rallied",  "spiked",  "accelerated", "widened",   "improved", "lifted",    "climbing",
      "jumping",  "surging", "soaring",     "advancing", "rallying", "spiking",   "expanding",
      "widening", "rallies", "soars",
      // Every form of the verbs above that news writes before a figure, and
      // the other verbs of market reports for a rise: a dev sentence's verb
      // ("jumped 8.5%") must not be the only form that counts ("leapt 11%",
      // "rocketed 80%", "accelerates 2%" were EXACT).
      "adding",   "grown",   "boosts",      "boosting",  "lifts",    "lifting",   "improve",
      "improves", "improving", "accelerate", "accelerates", "accelerating", "widen", "widens",
      "expands",  "advance", "spike",       "spikes",    "leapt",    "leaped",
      "leap",     "leaps",   "leaping",     "rocketed",  "rocketing", "skyrocketed",
      "skyrocket", "skyrockets", "skyrocketing", "ballooned", "ballooning", "swelled", "swollen",
      "swells",   "swelling", "spurted",    "firmed",    "firming",  "strengthened",
      "strengthens", "strengthening", "rebounded", "rebounding", "appreciated", "appreciating",
      "raising",
      // "revised upward by Y=40 billion" (dev's gold: up); "upward of" is
      // a bound, read by the phrases above.
      "upward", "upwards"};
  return kWords.Contains(w);
}

bool IsDecreaseWord(std::string_view w) {
  static const WordList kWords{
      "fell",     "fall",      "falls",    "falling",    "fallen",     "dropped",   "drop",
      "drops",    "dropping",  "declined", "decline",    "declines",   "declining", "lost",
      "lose",     "loses",     "losing",   "down",       "decreased",  "decrease",  "decreases",
      "cut",      "cuts",      "cutting",  "slid",       "slide",      "slides",    "slipped",
      "slip",     "plunged",   "plunge",   "plunges",    "plummeted",  "tumbled",   "tumble",
      "sank",     "sink",      "shed",     "sheds",      "eased",      "ease",      "dipped",
      "dip",      "slumped",   "slump",    "lower",      "shrank",     "shrink",    "shrunk",
      "reduced",  "reduce",    "reduces",  "narrowed",   "contracted", "retreated", "weakened",
      "crashed",  "sliding",   "slashed",  "trimmed",    "lowered",    "slipping",  "slips",
      "sinking",  "tumbling",  "plunging", "plummeting", "shedding",   "easing",    "dipping",
      "slumping", "shrinking", "slumps",   "dips",       "tumbles",    "plummets",
      // As for a rise: every form, and the other verbs of market reports
      // for a fall ("tanked 12%", "cratered 20%", "nosedived 15%" were EXACT).
      "eases",    "reducing",  "sunk",     "sinks",      "retreats",   "retreating", "weaken",
      "weakens",  "weakening", "narrows",  "narrowing",  "contracting", "crashing", "slash",
      "slashes",  "slashing",  "trims",    "trimming",   "lowers",     "lowering",  "tanked",
      "tanking",  "cratered",  "cratering", "nosedived", "nosedives",  "nosediving", "sagged",
      "sagging",  "sags",      "collapsed", "collapsing", "shaved",    "depreciated",
      "depreciating", "eroded", "dwindled", "subsided",  "slackened",
      // "revised downward by 2 percent".
      "downward", "downwards"};
  return kWords.Contains(w);
}

// Words that may stand between a change verb and its number.
bool IsChangeFiller(std::string_view w) {
  return InWordList(w, {"by", "another", "nearly", "about", "around", "some", "roughly",
                   "almost", "just", "only", "a", "further", "additional", "an", "over",
                   "under", "more", "than", "less", "approximately", "sharply", "slightly",
                   "as", "much", "many", "fully", "close", "at", "least",
                   "estimated", "$", "US", "us"});
}

// The units table's name of a unit of time written as a counted noun
// ("hours" -> "hour"); empty for any other word.
std::string_view TimeUnit(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kUnits[] = {
      {"seconds", "second"}, {"minutes", "minute"}, {"hours", "hour"},
      {"days", "day"},       {"weeks", "week"},     {"months", "month"},
      {"years", "year"},     {"decades", "decade"}, {"centuries", "century"},
      {"second", "second"},  {"minute", "minute"},  {"hour", "hour"},
      {"day", "day"},        {"week", "week"},      {"month", "month"},
      {"year", "year"},      {"decade", "decade"},  {"century", "century"}};
  for (const auto& [name, unit] : kUnits) {
    if (EqualsLower(w, name)) return unit;
  }
  return {};
}

// Verbs of counting: "forces number 250,000", "troops totaling 9,000".
bool IsCountVerb(std::string_view w) {
  return InWordList(w, {"number", "numbered", "numbers", "numbering", "total", "totaled",
                   "totalled", "totaling", "totalling", "totals"});
}

class ClaimBuilder {
 public:
  explicit ClaimBuilder(Document& doc) : doc_(doc), toks_(doc.tokens()) {
    // Quotes by where their content begins, so finding the holder of a
    // number is a binary search, not a scan.
    const auto& quotes = doc_.quotes();
    for (uint32_t i = 0; i < quotes.size(); ++i) {
      if (quotes[i].kind == QuoteKind::kScare) continue;
      by_content_.push_back({quotes[i].span.begin, i});
      for (const Span& f : quotes[i].fragments) by_content_.push_back({f.begin, i});
    }
    std::sort(by_content_.begin(), by_content_.end());
  }

  void Run() {
    const auto& nums = doc_.numbers();
    for (uint32_t i = 0; i < nums.size(); ++i) Consider(i);
    AssignKeys();
  }

 private:
  std::string_view Tok(uint32_t t) const { return doc_.Slice(toks_[t].span); }

  bool IsWordTok(uint32_t t) const { return toks_[t].Has(kTokWord) && !Possessive(t); }

  // A lower-case word that can be a noun in a compound ("seat" in "a
  // 51,000 seat stadium"): no verb or adjective ending, no stop word.
  bool IsModifierNoun(uint32_t t) const {
    std::string_view w = Tok(t);
    if (w.size() < 3 || !IsWordTok(t) || IsStopWord(w)) return false;
    for (char ch : w) {
      if (ch < 'a' || ch > 'z') return false;
    }
    for (std::string_view end : {"ing", "ed", "ly", "ive", "ful", "ous", "est"}) {
      if (EndsWith(w, end)) return false;
    }
    return !InWordList(w, {"top", "new", "old", "big", "more", "less", "other", "such", "own",
                           "unq"});
  }

  // The text stage's quote marks (kTokQuoteMark): not the apostrophe of a
  // possessive ("states' governors"), which it marks kTokPossessive.
  bool IsQuoteMark(uint32_t t) const { return toks_[t].Has(kTokQuoteMark); }

  // The possessive clitic at token t: "'s" of "Putin's", "'" of "states'",
  // or the "s" of one written apart, as CoNLL's tokenized text does
  // ("Sampras 's half", "Clinton 's supporters"), which the text stage
  // reads as a quote mark and a word.
  bool Possessive(uint32_t t) const {
    if (toks_[t].Has(kTokPossessive)) return true;
    return t > 0 && EqualsLower(Tok(t), "s") && toks_[t - 1].Has(kTokSingleQuote) &&
           toks_[t - 1].span.end == toks_[t].span.begin && toks_[t - 1].span.begin > 0 &&
           doc_.text()[toks_[t - 1].span.begin - 1] == ' ';
  }

  void Consider(uint32_t ni) {
    const NumberMention& n = doc_.numbers()[ni];
    if (ni == rate_base_) return;  // the base of a rate, in its unit
    switch (n.kind) {
      case NumberKind::kDate: case NumberKind::kYear: case NumberKind::kTime:
      case NumberKind::kPhone: case NumberKind::kOther: case NumberKind::kOrdinal:
      case NumberKind::kUnspecified:
        return;
      default:
        break;
    }
    int si = doc_.SentenceAt(n.span.begin);
    if (si < 0) return;
    const Sentence& s = doc_.sentences()[si];
    if (IsByline(s)) return;
    uint32_t first = doc_.TokenAt(n.span.begin);
    uint32_t after = doc_.TokenAt(n.span.end);
    if (after < toks_.size() && toks_[after].span.begin < n.span.end) ++after;
    // "8GB+128GB", "4+4": a plus glued between two figures joins them (a
    // phone's memory variant, a sum), neither "500+ jobs" nor "+0.2%".
    auto joins_figures = [&](uint32_t p) {
      return p > 0 && p + 1 < toks_.size() && toks_[p - 1].span.end == toks_[p].span.begin &&
             toks_[p].span.end == toks_[p + 1].span.begin && toks_[p - 1].Has(kTokNumber) &&
             toks_[p + 1].Has(kTokNumber);
    };
    bool plus = after < toks_.size() && toks_[after].span.begin == n.span.end &&
                Tok(after) == "+" && !joins_figures(after);
    if (plus) ++after;  // "500+ jobs"

    uint32_t sb = s.token_begin, se = s.token_end;
    // "Jamie Armstrong, 25, said": an age in apposition describes the
    // person; NewsQuant does not count it as a quantity.
    // "son, 26-year-old Tywanza" counts: the age is written out.
    if (n.kind == NumberKind::kAge && first > sb && Tok(first - 1) == "," &&
        toks_[first].Has(kTokNumber) && toks_[first].span.end == n.span.end &&
        Tok(first).find('-') == std::string_view::npos) {
      return;
    }
    // timestamp="1449075600": an attribute value in markup left in the
    // text, not a quantity.
    if (first >= sb + 2 && IsQuoteMark(first - 1) && Tok(first - 2) == "=" &&
        toks_[first - 1].span.end == n.span.begin) {
      return;
    }
    // “60 Minutes”, “Three Days of the Condor”: a title in double quotes
    // that opens with a number and its capitalized unit or noun names a
    // work, not a quantity (“2 million-plus” people is counted, and so is a
    // headline's single-quoted phrase: Only ‘One or Two Instances’ where).
    if (first > sb && after > first + 1 && IsQuoteMark(first - 1) &&
        !toks_[first - 1].Has(kTokSingleQuote) &&
        toks_[first - 1].span.end == n.span.begin && toks_[after - 1].Has(kTokCapitalized) &&
        !toks_[after - 1].Has(kTokAllCaps)) {
      uint32_t t = after;
      while (t < se && t < after + 6 && IsWordTok(t) &&
             (toks_[t].Has(kTokCapitalized) ||
              InWordList(Tok(t), {"of", "the", "a", "an", "and", "in", "on", "for", "to"}))) {
        ++t;
      }
      if (t < se && IsQuoteMark(t) && toks_[t - 1].span.end == toks_[t].span.begin) return;
    }
    // "8. Carly Fiorina": a list item number.
    if (toks_[first].Has(kTokNumber) && (toks_[first].Has(kTokSentStart) ||
                                         toks_[first].Has(kTokParaStart)) &&
        after < se && (Tok(after) == "." || Tok(after) == ")") &&
        toks_[after].span.begin == n.span.end) {
      return;
    }
    // "one of the ...": a member of a set, not a quantity.
    if (n.value == 1 && !n.is_range && n.unit.empty() && n.kind == NumberKind::kCardinal &&
        after < se && EqualsLower(Tok(after), "of")) {
      return;
    }
    // "in Sampras 's half of the draw", "his half of the bargain": a part
    // someone holds, not a share of a quantity.
    if (n.kind == NumberKind::kFraction && first > sb && EqualsLower(doc_.Slice(n.span), "half") &&
        (Possessive(first - 1) ||
         InWordList(Tok(first - 1), {"his", "her", "their", "its", "my", "our", "your"}))) {
      return;
    }
    // "a glass half empty", "he was half right", "it is half finished":
    // "half" before an adjective, or a participle after a form of "be",
    // says how far, of no quantity ("Half opposed the plan" is a share).
    if (n.kind == NumberKind::kFraction && after < se && EqualsLower(doc_.Slice(n.span), "half") &&
        toks_[after].Has(kTokLower) &&
        (IsDegreeAdjective(Tok(after)) ||
         (first > sb && EndsWith(Tok(after), "ed") && !EndsWith(Tok(after), "eed") &&
          InWordList(Tok(first - 1), {"is", "was", "are", "were", "be", "been", "being", "am",
                                      "remains", "remained", "seems", "seemed"})))) {
      return;
    }
    // "losing one's soul": the pronoun "one", not a number.
    if (n.value == 1 && !n.is_range && n.unit.empty() && !toks_[first].Has(kTokNumber) &&
        after < se && toks_[after].Has(kTokPossessive)) {
      return;
    }
    // "fell one by one", "one after another": how, not how many.
    if (n.value == 1 && !n.is_range && n.unit.empty() && !toks_[first].Has(kTokNumber) &&
        ((after + 1 < se && EqualsLower(Tok(after), "by") && EqualsLower(Tok(after + 1), "one")) ||
         (first >= sb + 2 && EqualsLower(Tok(first - 1), "by") &&
          EqualsLower(Tok(first - 2), "one")) ||
         (after + 1 < se && EqualsLower(Tok(after), "after") &&
          InWordList(Tok(after + 1), {"another", "the"})))) {
      return;
    }
    // "it doesn't bother me one bit", "not one iota": a word of degree,
    // no count.
    if (n.value == 1 && !n.is_range && n.unit.empty() && !toks_[first].Has(kTokNumber) &&
        after < se && InWordList(Tok(after), {"bit", "iota", "jot", "whit"})) {
      return;
    }
    // "the world number one", "the No. 1 seed": a rank.
    if (!n.is_range && n.unit.empty() && n.value <= 100 && first > sb &&
        InWordList(Tok(first - 1), {"number", "no.", "no", "#"})) {
      return;
    }
    // "one 12-year stretch": a determiner before a quantity.
    if (n.value == 1 && !n.is_range && n.unit.empty() && !toks_[first].Has(kTokNumber) &&
        after < se && toks_[after].Has(kTokNumber)) {
      return;
    }
    // The duration inside a change ("by 100,000 over the next three years").
    if (n.kind == NumberKind::kDuration && first >= sb + 2 && !doc_.claims().empty() &&
        InWordList(Tok(first - 1), {"next", "past", "coming", "following"}) &&
        (doc_.claims().back().qualifier == Qualifier::kIncrease ||
         doc_.claims().back().qualifier == Qualifier::kDecrease) &&
        doc_.claims().back().sentence == s.span) {
      Claim& prev = doc_.mutable_claims().back();
      prev.span.end = std::max(prev.span.end, n.span.end);
      return;
    }

    // A spelled-out adjectival duration ("a five-year award", "a two-month
    // contract") describes its noun; NewsQuant's dev gold counts one in four.
    // With digits ("a 45-minute interview", "50-year lows") it is a quantity.
    if (n.kind == NumberKind::kDuration && !toks_[first].Has(kTokNumber)) {
      std::string_view t = doc_.Slice(n.span);
      size_t dash = t.rfind('-');
      if (dash != std::string_view::npos && dash + 1 < t.size() &&
          t.find_first_of("0123456789 ", dash) == std::string_view::npos) {
        return;
      }
    }
    Claim c;
    c.number = static_cast<int32_t>(ni);
    c.value = n.value;
    if (n.is_range) {
      c.low = n.low;
      c.high = n.high;
    }
    c.value_span = n.span;
    c.sentence = s.span;
    c.unit = n.unit;
    c.currency = n.currency;
    c.kind = n.kind;
    c.span = n.span;

    // Qualifier and direction from the words before.
    uint32_t qual_begin = first;
    // A range is EXACT unless a bound word applies ("up to 200-300"): its
    // ends are in low/high, so kRange is never emitted.
    c.qualifier = Qualifier::kExact;
    for (const QualPhrase& qp : kQualifiers) {
      uint32_t len = static_cast<uint32_t>(qp.words.size());
      if (first < sb + len) continue;
      uint32_t t = first - len;
      bool match = true;
      for (std::string_view w : qp.words) {
        if (!EqualsLower(Tok(t++), w)) { match = false; break; }
      }
      if (match) {
        c.qualifier = qp.q;
        qual_begin = first - len;
        break;
      }
    }
    // "100,000-plus subscribers", "500+ jobs": more than the number.
    {
      std::string_view nt = doc_.Slice(n.span);
      // "35-plus hours": the unit is inside the mention, "-plus" ends its
      // first token (was EXACT).
      std::string_view ft = Tok(first);
      if (plus || (nt.size() > 5 && EqualsLower(nt.substr(nt.size() - 5), "-plus")) ||
          (ft.size() > 5 && EqualsLower(ft.substr(ft.size() - 5), "-plus"))) {
        if (c.qualifier == Qualifier::kExact) c.qualifier = Qualifier::kMoreThan;
      }
    }
    // "sub-7": the prefix is inside the token; "sub-$100 phones": glued
    // before a currency symbol that opens the mention.
    std::string_view own = doc_.Slice(Span{toks_[first].span.begin, n.span.begin});
    if (EqualsLower(own, "sub-")) c.qualifier = Qualifier::kLessThan;
    if (n.span.begin >= 4 && EqualsLower(doc_.text().substr(n.span.begin - 4, 4), "sub-") &&
        (n.span.begin == 4 || !std::isalpha(static_cast<unsigned char>(
                                   doc_.text()[n.span.begin - 5])))) {
      c.qualifier = Qualifier::kLessThan;
    }
    // "revenues went up to 8.26 trillion lei from 6.96 trillion": after a
    // verb of motion in the past, "up to" is the level reached, no bound.
    if (c.qualifier == Qualifier::kUpTo && qual_begin > sb &&
        InWordList(Tok(qual_begin - 1), {"went", "gone", "moved", "climbed", "rose", "risen",
                                         "jumped", "shot", "soared", "crept", "edged", "inched",
                                         "ticked"})) {
      c.qualifier = Qualifier::kExact;
      qual_begin = first;
    }
    // "over three years": a period; "just over three weeks away", "a little
    // over two years": a degree word makes it a bound, and so does a
    // preposition that already names the span ("grounded for over three
    // months", "the highest in over three years", "after over two years").
    if (c.qualifier == Qualifier::kMoreThan && n.kind == NumberKind::kDuration &&
        EqualsLower(Tok(qual_begin), "over") &&
        !(qual_begin > sb &&
          InWordList(Tok(qual_begin - 1), {"just", "slightly", "little", "well", "barely",
                                           "for", "in", "after"}))) {
      c.qualifier = Qualifier::kExact;  // "over three years": a period
      qual_begin = first;
    }
    // "10 hits over 6 1/3 innings", "two runs over seven scoreless
    // innings": after a count's plural noun, "over" before innings or
    // games names the span the count was made in, no bound.
    if (c.qualifier == Qualifier::kMoreThan && EqualsLower(Tok(qual_begin), "over") &&
        qual_begin > sb && IsWordTok(qual_begin - 1) && IsPluralNoun(Tok(qual_begin - 1))) {
      uint32_t t = qual_begin + 1;
      while (t < se && toks_[t].span.begin < n.span.end) ++t;
      for (uint32_t u = t; u < se && u < t + 2; ++u) {
        if (InWordList(Tok(u), {"innings", "games", "matches", "starts", "outings",
                                "appearances"})) {
          c.qualifier = Qualifier::kExact;
          qual_begin = first;
          break;
        }
      }
    }
    // "has averaged 7.3 points", "averaging 15.9 degrees": an average is
    // approximate.
    if (c.qualifier == Qualifier::kExact && qual_begin > sb &&
        InWordList(Tok(qual_begin - 1), {"averaged", "averaging", "averages"})) {
      c.qualifier = Qualifier::kApproximate;
    }
    // A tally ("they lost 24 to 7", "won 3-1") is a result, not a change.
    bool tally = n.is_range && n.high <= n.low && n.unit.empty();
    Qualifier dir = tally ? Qualifier::kUnspecified : Direction(first, sb, n);
    if (dir != Qualifier::kUnspecified) c.qualifier = dir;
    if (!tally && dir == Qualifier::kUnspecified && c.qualifier == Qualifier::kExact) {
      dir = SharedDirection(qual_begin, s, n);
      if (dir != Qualifier::kUnspecified) c.qualifier = dir;
    }
    if (doc_.text()[n.span.begin] == '+' ||
        (first > sb && Tok(first - 1) == "+" && toks_[first - 1].span.end == n.span.begin &&
         !joins_figures(first - 1))) {
      c.qualifier = Qualifier::kIncrease;
    }
    c.span.begin = toks_[qual_begin].span.begin;
    // The second number of a pair in one token ("48-45 percent"): the
    // claim starts at its own number, not at the first.
    if (qual_begin == first && n.span.begin > c.span.begin &&
        std::any_of(doc_.text().begin() + c.span.begin, doc_.text().begin() + n.span.begin,
                    [](char ch) { return ch >= '0' && ch <= '9'; })) {
      c.span.begin = n.span.begin;
    }
    // A conversion in parentheses keeps the qualifier of the quantity it
    // converts: "more than 7.5 million Danish crowns (US $1.1 million)",
    // "just under 296 hp (224 kW / 300 PS)".
    // So does one after ", or": "rose 5 cents, or 2.1 per cent".
    // Lower-cased, unpunctuated copy drops the comma ("was down 120 points
    // or 0.5 percent"): "or" right after a figure of another kind is the
    // same conversion ("3 or 4 percent" is a range, one figure).
    bool or_word = qual_begin > sb + 1 && EqualsLower(Tok(qual_begin - 1), "or");
    bool comma_or = or_word && Tok(qual_begin - 2) == ",";
    bool or_conv = comma_or ||
                   (or_word && n.kind != NumberKind::kCardinal && !doc_.claims().empty() &&
                    doc_.claims().back().kind != n.kind &&
                    doc_.claims().back().span.end == toks_[qual_begin - 2].span.end);
    if (c.qualifier == Qualifier::kExact && qual_begin > sb && !doc_.claims().empty() &&
        (Tok(qual_begin - 1) == "(" || Tok(qual_begin - 1) == "/" || or_conv)) {
      const Claim& prev = doc_.claims().back();
      uint32_t open = toks_[qual_begin - (comma_or ? 2 : 1)].span.begin;
      bool adjacent = prev.sentence == s.span && prev.span.end <= open &&
                      open - prev.span.end <= 1;
      if (Tok(qual_begin - 1) == "/") adjacent = adjacent && InParens(qual_begin - 1, sb);
      if (adjacent) c.qualifier = prev.qualifier;
    }

    // Unit and counted thing.
    std::string_view text = doc_.Slice(n.span);
    bool strong = text.size() > 7 && EqualsLower(text.substr(text.size() - 6), "strong");
    uint32_t np_end = after;
    if (c.unit.empty() || n.kind == NumberKind::kFraction) {
      if (n.kind == NumberKind::kFraction) {
        // "two-thirds of the combined sales": a share of the counted
        // thing, whose head is the unit ("sales"); "half of which": none.
        // "half the voters", "a third the size": a share written without
        // "of" before a determiner reads as "half of the voters".
        bool bare_share = after + 1 < se && !toks_[first].Has(kTokNumber) &&
                          InWordList(Tok(after), {"the", "its", "their", "his", "her", "our",
                                                  "these", "those", "all"});
        if (after < se && (EqualsLower(Tok(after), "of") || bare_share)) {
          uint32_t e;
          std::string head;
          uint32_t b = PastDeterminer(bare_share ? after : after + 1, se);
          c.counted = NounPhrase(b, se, &e, false, &head, true);
          // "half the 1,617 military personnel", "two-thirds of the combined
          // 4.3M digital and physical sales": past the set's own count the
          // share is of its noun, as NewsQuant's gold gives it.
          uint32_t count = b;
          while (count < se && count < b + 2 && !toks_[count].Has(kTokNumber) &&
                 IsWordTok(count) &&
                 (!IsStopWord(Tok(count)) || InWordList(Tok(count), {"total", "combined"}))) {
            ++count;
          }
          uint32_t past = count < se ? TokenAfterNumberAt(count) : count;
          if (past > count && past < se) {
            uint32_t e2;
            std::string head2;
            std::string np2 = NounPhrase(past, se, &e2, false, &head2);
            if (!np2.empty()) {
              c.counted = np2;
              head = head2;
              e = e2;
            }
          }
          if (!c.counted.empty()) {
            np_end = e;
            if (e >= se || !toks_[e].Has(kTokNumber)) c.unit = head;
          }
        } else if (after + 1 < se && InWordList(Tok(after), {"a", "an"}) &&
                   EqualsLower(doc_.Slice(n.span), "half")) {
          // "half an hour", "half a century": a half of the unit.
          uint32_t e;
          std::string head;
          if (!NounPhrase(after + 1, se, &e, true, &head).empty() && e == after + 2) {
            np_end = e;
            c.unit = head;
          }
        } else if (after < se && IsOutOfFraction(n)) {
          // "one out of three Germans": the counted noun follows.
          uint32_t e;
          std::string head;
          c.counted = NounPhrase(after, se, &e, false, &head);
          if (!c.counted.empty()) {
            np_end = e;
            c.unit = head;
          }
        }
      } else {
        uint32_t start = after;
        // "nine $2,500 checks", "two $5 bills": a count before an amount
        // counts what the amount prices.
        if (start < se && Tok(start).find_first_of("0123456789") == std::string_view::npos &&
            !IsWordTok(start)) {
          uint32_t past = TokenAfterNumberAt(start);
          if (past > start + 1 && past < se && IsWordTok(past)) start = past;
        }
        // "the "2 million-plus" people": the number quoted, its noun after.
        if (start + 1 < se && first > sb && IsQuoteMark(start) &&
            IsQuoteMark(first - 1) && toks_[start].span.begin == n.span.end &&
            toks_[first - 1].span.end == n.span.begin && IsWordTok(start + 1) &&
            !toks_[start + 1].Has(kTokCapitalized)) {
          ++start;
        }
        bool vague = n.is_range && n.high == n.low * 10;
        // A score or tally ("a 3-1 win", "a 51-49 vote") counts no noun.
        if (n.is_range && n.high <= n.low) start = se;
        bool couple = EqualsLower(Tok(first), "a") && first + 1 < se &&
                      EqualsLower(Tok(first + 1), "couple");
        if ((vague || couple) && start < se && EqualsLower(Tok(start), "of")) ++start;
        // "a couple of days", "a couple hundred": a vague count.
        if (couple && c.qualifier == Qualifier::kExact) c.qualifier = Qualifier::kApproximate;
        // "60 other protesters", "10 more investors", "5 fewer jobs": the
        // counted noun follows the comparative.
        if (start + 1 < se && InWordList(Tok(start), {"other", "more", "fewer", "total", "such"}) &&
            IsWordTok(start + 1) && !IsStopWord(Tok(start + 1))) {
          ++start;
        }
        // "the 100 most influential people", "the 10 least popular songs":
        // a superlative in two words, as "the three largest banks" in one.
        if (start + 2 < se && InWordList(Tok(start), {"most", "least"}) &&
            IsWordTok(start + 1) && !IsStopWord(Tok(start + 1)) && IsWordTok(start + 2) &&
            !IsStopWord(Tok(start + 2))) {
          ++start;
        }
        uint32_t e;
        std::string head;
        std::string np = NounPhrase(start, se, &e, n.value == 1 && !n.is_range, &head);
        // "a nine point lead", "a three stroke lead": the unhyphenated form
        // of "nine-point lead" counts the measure word, as "three-point"
        // does (not "65 member countries", a compound noun).
        if (!np.empty() && n.value != 1 && start + 1 < e &&
            InWordList(Tok(start), {"point", "stroke", "yard"}) &&
            !toks_[start + 1].Has(kTokCapitalized)) {
          c.unit = std::string(Tok(start));
          c.counted = np;
          np_end = e;
        } else if (!np.empty() && n.value != 1 && !n.is_range &&
                   InWordList(Tok(start), {"mark", "level", "number", "majority", "threshold",
                                           "barrier", "figure", "line"}) &&
                   (e == start + 1 || EndsWith(Tok(start + 1), "ed") ||
                    (EndsWith(Tok(start + 1), "ing") && start + 2 < se &&
                     IsStopWord(Tok(start + 2))))) {
          // "the 1,237 mark", "the magic 1,237 number", "the 820 level
          // convinced players", "the 1,237 threshold heading into": a
          // threshold the number names, not a count of marks ("10 level
          // crossings" counts crossings).
        } else if (!np.empty() && e == start + 1 && e < se && Tok(start).size() > 4 &&
                   EndsWith(Tok(start), "ed") && !EndsWith(Tok(start), "eed") &&
                   (toks_[e].Has(kTokNumber) || IsSmallNumberWord(Tok(e)) ||
                    InWordList(Tok(e), {"a", "an", "the", "his", "her", "their", "its"}))) {
          // "walked one allowed five hits", "two signed the letter": a
          // past form with an object after it is the verb, not the noun
          // counted ("three injured were taken" keeps its count).
        } else if (!np.empty() && n.value != 1 && !n.is_range && e >= start + 2 &&
                   e <= start + 3 && IsModifierNoun(start) && IsModifierNoun(e - 1) &&
                   (e == start + 2 || IsModifierNoun(start + 1)) && !IsPluralNoun(Tok(start)) &&
                   !IsPluralNoun(head) && EqualsLower(Tok(e - 1), head) &&
                   !EqualsLower(Tok(start), head)) {
          // "a 51,000 seat stadium", "the 11 member trade agreement": a
          // count before a singular noun is a modifier; the unit is the
          // compound, as NewsQuant's gold writes it ("member trade
          // agreement"), not the stadium counted 51,000 times.
          c.unit = np;
          np_end = e;
        } else if (!np.empty()) {
          c.unit = head;
          if (np != head) c.counted = np;
          np_end = e;
        } else if (start < se && IsWordTok(start) && EqualsLower(Tok(start), "others") &&
                   n.value != 1) {
          // "80 people were killed and 18 others were injured", "joined 16
          // others in a lawsuit": the pronoun is what is counted, as
          // NewsQuant's gold writes the word after a count ("others" stays a
          // stop word inside a longer phrase); was a bare number.
          c.unit = std::string(Tok(start));
          np_end = start + 1;
        } else if (uint32_t of = OfAt(start, se);
                   of + 2 < se && (!n.is_range || (n.low < n.high && !vague)) &&
                   c.kind == NumberKind::kCardinal &&
                   (IsWordTok(of + 1) || toks_[of + 1].Has(kTokNumber))) {
          // "30 of its members", "three of the officers": the number counts
          // the members of the set its of-phrase names (CQE's one-of rule);
          // "two of them", "537 of which" count nothing named here.
          uint32_t b = PastDeterminer(of + 1, se);
          bool past_count = false;
          // "six of the 10 largest banks": past a determiner, the set's own
          // count stays inside the phrase.
          // So does a spelled one ("two of the five were freed": nothing
          // named).
          // And past "last"/"first"/"past"/"next" before it ("seven of the
          // last eight points").
          // Without a determiner too: "eight of nine states", "58 of 61
          // debates" count states and debates ("two of five": nothing).
          if (b > of + 1 || toks_[b].Has(kTokNumber) || IsSmallNumberWord(Tok(b))) {
            if (b + 1 < se && InWordList(Tok(b), {"last", "first", "past", "next", "final"}) &&
                (toks_[b + 1].Has(kTokNumber) || IsSmallNumberWord(Tok(b + 1)))) {
              ++b;
            }
            while (b < se && (toks_[b].Has(kTokNumber) || IsSmallNumberWord(Tok(b)))) {
              ++b;
              past_count = true;
            }
          }
          if (b < se && !toks_[b].Has(kTokNumber) && b > of + 1) {
            // Past the set's own count the phrase is that count's, whose
            // coordinated modifiers share the head ("58 of 61 Democratic
            // and Republican debates").
            np = NounPhrase(b, se, &e, false, &head, !past_count);
            if (!np.empty()) {
              c.unit = head;
              if (np != head) c.counted = np;
              np_end = e;
            }
          }
        } else if (!strong && first > sb) {
          // "Ukrainian forces currently number 250,000"
          uint32_t subj = first;
          c.unit = CountVerbSubject(first, sb, &subj);
          if (!c.unit.empty()) {
            c.span.begin = std::min(c.span.begin, toks_[subj].span.begin);
          } else if (c.qualifier == Qualifier::kIncrease ||
                     c.qualifier == Qualifier::kDecrease) {
            // "increase the size of its armed forces by 100,000"
            c.unit = ChangedThing(first, sb);
          }
        }
        if (!c.unit.empty() && (c.kind == NumberKind::kCardinal)) c.kind = NumberKind::kCount;
      }
    } else if (after + 1 < se && EqualsLower(Tok(after), "of") &&
               n.kind != NumberKind::kPercent) {
      // "500 tons of defense equipment"
      uint32_t e;
      c.counted = NounPhrase(PastDeterminer(after + 1, se), se, &e, false, nullptr, true);
      if (!c.counted.empty()) np_end = e;
    } else if (n.kind == NumberKind::kPercent && after + 1 < se &&
               EqualsLower(Tok(after), "of")) {
      uint32_t e;
      c.counted = NounPhrase(PastDeterminer(after + 1, se), se, &e, false, nullptr, true);
      if (!c.counted.empty()) np_end = e;
    }
    // "from about 14-18 mpg to 24", "from 5% to 7": the result takes the
    // unit of the start.
    if (c.unit.empty() && n.kind == NumberKind::kCardinal && first > sb &&
        EqualsLower(Tok(first - 1), "to") && !doc_.claims().empty()) {
      const Claim& prev = doc_.claims().back();
      uint32_t pf = doc_.TokenAt(prev.span.begin);
      if (prev.sentence == s.span && !prev.unit.empty() &&
          toks_[first - 1].span.begin >= prev.span.end &&
          toks_[first - 1].span.begin - prev.span.end <= 1 && pf > sb &&
          EqualsLower(Tok(pf - 1), "from")) {
        c.unit = prev.unit;
        c.kind = prev.kind;
        c.currency = prev.currency;
      }
    }
    // "rose to 3.1 million tonnes from 2.93 million", "revised to 210,622
    // tonnes from the preliminary 210,683", "4,464 homes were sold,
    // compared to 4,570": the earlier figure a level or a result is set
    // against takes its unit, as the result of "from 14-18 mpg to 24" does.
    if (c.unit.empty() && n.kind == NumberKind::kCardinal && first > sb + 1 &&
        !doc_.claims().empty()) {
      const Claim& prev = doc_.claims().back();
      uint32_t p = first - 1;
      while (p > sb && InWordList(Tok(p), {"the", "a", "an", "its", "their", "preliminary",
                                           "revised", "previous", "estimated", "initial",
                                           "original", "earlier"})) {
        --p;
      }
      uint32_t pf = doc_.TokenAt(prev.span.begin);
      bool from_level = EqualsLower(Tok(p), "from") && pf > sb && EqualsLower(Tok(pf - 1), "to");
      bool compared = p > sb + 1 && InWordList(Tok(p), {"to", "with"}) &&
                      InWordList(Tok(p - 1), {"compared", "compares", "comparing"});
      // "$4 billion, up from 3.2", "2.1 billion euros versus 1.8", "120
      // votes against 95": a figure set against the one before.
      bool set_against = InWordList(Tok(p), {"versus", "vs", "vs.", "against"}) ||
                         (EqualsLower(Tok(p), "from") && p > sb + 1 &&
                          InWordList(Tok(p - 1), {"up", "down"}));
      bool plain_from = EqualsLower(Tok(p), "from") && !from_level && !set_against;
      // "issue bonds worth three billion baht and ... bonds worth 730
      // million": a value after "worth" is in the currency of the amount
      // before it.
      if (EqualsLower(Tok(p), "worth") && prev.kind == NumberKind::kMoney) set_against = true;
      // The scale word of the amount before ("billion" in "$4 billion"),
      // which a bare figure below 1,000 shares when it is of the same
      // order ("$4 billion, up from 3.2" is 3.2 billion dollars).
      double scale = 1;
      if (!n.is_range && n.value < 1000 && prev.kind != NumberKind::kPercent) {
        for (uint32_t t = doc_.TokenAt(prev.value_span.begin);
             t < toks_.size() && toks_[t].span.begin < prev.value_span.end; ++t) {
          std::string_view w = Tok(t);
          while (!w.empty() && ((w[0] >= '0' && w[0] <= '9') || w[0] == '.' || w[0] == ',' ||
                                static_cast<unsigned char>(w[0]) >= 0x80 || w[0] == '$')) {
            w.remove_prefix(1);  // "$4bn", "4.2mln": the scale glued to the digits
          }
          // The numbers stage's reading of a scale ("million", "bn", "M",
          // "mil", "K", "thousand"), one list for both stages.
          if (double sc = SuffixScale(w, prev.kind == NumberKind::kMoney); sc > 1) scale = sc;
        }
        double r = prev.value != 0 ? n.value * scale / prev.value : 0;
        if (scale > 1 && (r < 0.05 || r > 20)) scale = 0;  // not of that order
      }
      if (prev.sentence == s.span && !prev.unit.empty() && prev.span.end <= toks_[p].span.begin &&
          (from_level || compared || set_against || (plain_from && scale > 1)) && scale > 0 &&
          (prev.kind == NumberKind::kMeasure || prev.kind == NumberKind::kMoney ||
           prev.kind == NumberKind::kCount || prev.kind == NumberKind::kPercent)) {
        c.unit = prev.unit;
        c.kind = prev.kind;
        c.currency = prev.currency;
        c.value *= scale;
        if (c.low) *c.low *= scale;
        if (c.high) *c.high *= scale;
      }
    }
    // "another pick or two", "a day or two": the number counts the noun
    // before "or".
    if (c.unit.empty() && c.kind == NumberKind::kCardinal && !n.is_range && n.value >= 2 &&
        n.value <= 3 && qual_begin == first && first >= sb + 3 &&
        EqualsLower(Tok(first - 1), "or") && IsWordTok(first - 2) &&
        !IsStopWord(Tok(first - 2)) && !IsPlural(Tok(first - 2)) &&
        !toks_[first - 2].Has(kTokCapitalized) &&
        InWordList(Tok(first - 3), {"a", "an", "another", "one"})) {
      c.unit = Lower(Tok(first - 2));
      c.kind = NumberKind::kCount;
    }
    // "children ages 3 to 17", "aged 12", "the age of 21": an age.
    // An age range takes no counted noun after it ("Millennials age 18-34
    // comprise": not 'comprise').
    if (n.unit.empty() && qual_begin > sb &&
        (c.kind == NumberKind::kCardinal || (n.is_range && c.kind == NumberKind::kCount))) {
      uint32_t p = qual_begin - 1;  // "both aged under 10
      if (p > sb && EqualsLower(Tok(p), "of")) --p;
      if (InWordList(Tok(p), {"age", "ages", "aged"}) && (c.unit.empty() || n.is_range)) {
        c.unit = "age";
        c.kind = NumberKind::kCardinal;
        c.counted.clear();
        np_end = after;
      }
    }
    // "He will be 35 by the end of the year", "I'm 76, and", "Bamberg, who
    // is 28, said": a bare whole number after a person's "be" is an age,
    // as NewsQuant's dev gold reads the first ("we were 11" counts people).
    if (c.unit.empty() && c.kind == NumberKind::kCardinal && !n.is_range && n.value >= 2 &&
        n.value <= 120 && n.value == static_cast<int>(n.value) && toks_[first].Has(kTokNumber) &&
        qual_begin > sb + 1 &&
        (after >= se || !InWordList(Tok(after), {"of", "to", "or", "and", "out", "-", "for",
                                                 "in", "per", "percent", "%"}))) {
      uint32_t be = qual_begin - 1;
      bool age = false;
      if (InWordList(Tok(be), {"i'm", "you're", "he's", "she's", "i’m", "you’re", "he’s",
                               "she’s"})) {
        age = true;
      } else if (InWordList(Tok(be), {"am", "'m", "’m", "is", "'s", "’s", "are", "'re", "’re",
                                      "was", "were", "be"})) {
        uint32_t subj = be - 1;
        if (EqualsLower(Tok(be), "be") && subj > sb &&
            InWordList(Tok(subj), {"will", "would", "'ll", "’ll"})) {
          --subj;
        }
        age = InWordList(Tok(subj), {"i", "you", "he", "she", "who"});
      }
      if (age) {
        c.unit = "age";
        np_end = after;
      }
    }
    // "158 golf courses closed and just 14 opened", "520 superdelegates
    // have said ..., 39 have said": a bare count that is the subject of its
    // clause, after a comma or a conjunction, counts what the count before
    // it counted when that count was the subject of a parallel clause.
    if (c.unit.empty() && c.kind == NumberKind::kCardinal && !n.is_range && n.value >= 2 &&
        std::floor(n.value) == n.value && after < se && IsClauseVerb(after) &&
        qual_begin > sb + 1 && !doc_.claims().empty()) {
      uint32_t p = qual_begin - 1;
      if (p > sb && InWordList(Tok(p), {"just", "only", "another"})) --p;
      const Claim& prev = doc_.claims().back();
      if ((Tok(p) == "," || InWordList(Tok(p), {"and", "while", "but", "whereas"})) &&
          prev.sentence == s.span && prev.kind == NumberKind::kCount && IsPluralNoun(prev.unit) &&
          prev.span.end <= toks_[p].span.begin) {
        uint32_t v = doc_.TokenAt(prev.span.begin);
        while (v < p && toks_[v].span.begin < prev.span.end) ++v;
        if (v < p && IsClauseVerb(v)) {
          c.unit = prev.unit;
          c.kind = NumberKind::kCount;
          np_end = after;
        }
      }
    }
    // "took the two off", "the three were freed", "these two cut their
    // teeth": a definite number with nothing counted, or only a singular
    // word (a verb), stands for people named before; "the two sides" counts.
    // So does one after "the other" ("unsure of the other two").
    uint32_t det = first > sb + 1 && EqualsLower(Tok(first - 1), "other") ? first - 1 : first;
    if (!n.is_range && !toks_[first].Has(kTokNumber) && n.value >= 2 && n.value <= 10 &&
        det > sb && InWordList(Tok(det - 1), {"the", "these", "those"}) &&
        ((c.unit.empty() && c.kind == NumberKind::kCardinal) ||
         (c.kind == NumberKind::kCount && c.counted.empty() && !IsPlural(c.unit) &&
          !c.unit.ends_with("men") && !c.unit.ends_with("people") &&
          !InWordList(c.unit, {"children", "police", "staff", "aircraft", "crew",
                               "personnel", "species", "series", "sheep", "fish", "deer",
                               "cattle", "feet", "teeth", "mice", "geese"})))) {
      return;
    }
    // A bare "one" with nothing counted is a pronoun ("one that was", "One
    // is a policy wonk"); "the bottom three" is a rank.
    // So is "in the top 10" in digits.
    if (c.unit.empty() && c.qualifier == Qualifier::kExact && !n.is_range &&
        c.kind == NumberKind::kCardinal &&
        ((n.value == 1 && !toks_[first].Has(kTokNumber)) ||
         (first > sb && InWordList(Tok(first - 1), {"top", "bottom"})))) {
      return;
    }
    // A rate: "$4.33 a gallon", "12,350 rupees per quintal", "$1.23 per
    // share" (NewsQuant's units read "$ per gallon"), and as price tables
    // write it, "65-66 cents / pound", "1,100 bbl / day".
    if (!n.unit.empty() && c.unit == n.unit && np_end == after && after + 1 < se &&
        (n.kind == NumberKind::kMoney || n.kind == NumberKind::kMeasure) &&
        InWordList(Tok(after), {"per", "a", "an", "/"}) && IsWordTok(after + 1) &&
        // "+0.4m / m", "23.0yr / yr": month on month, year on year; "1.3
        // A/cm2" is a unit the gazetteer lacks, not a rate per "cm2".
        (Tok(after) != "/" ||
         (Tok(after + 1).size() > 1 && !EndsWith(Tok(after - 1), Tok(after + 1)) &&
          std::none_of(Tok(after + 1).begin(), Tok(after + 1).end(),
                       [](char ch) { return ch >= '0' && ch <= '9'; }))) &&
        !IsStopWord(Tok(after + 1)) && !toks_[after + 1].Has(kTokCapitalized) &&
        !(after + 2 < se && InWordList(Tok(after + 2), {"ago", "earlier", "later", "before"}))) {
      c.unit += " per ";
      uint32_t last = after + 1;
      // An area or volume after "per" is two words, named in full as the
      // units gazetteer names them ("£80 per sq m" -> "per square metre",
      // "$500 per square foot"; was "per sq", "per square").
      if (InWordList(Tok(after + 1), {"sq", "sq.", "square", "cubic", "cu."}) &&
          after + 2 < se && IsWordTok(after + 2)) {
        static const std::pair<std::string_view, std::string_view> kAreaWords[] = {
            {"sq", "square"}, {"sq.", "square"}, {"cu.", "cubic"}, {"m", "metre"},
            {"metres", "metre"}, {"meter", "metre"}, {"meters", "metre"}, {"ft", "foot"},
            {"ft.", "foot"}, {"feet", "foot"}, {"km", "kilometre"}, {"mi", "mile"},
            {"miles", "mile"}, {"yd", "yard"}, {"yards", "yard"}, {"inches", "inch"}};
        for (uint32_t k = after + 1; k <= after + 2; ++k) {
          std::string w = Lower(Tok(k));
          // "PER SQ M." in capitals: the tokenizer keeps an initial's
          // period ("M."), which ends the sentence, not the unit.
          std::string_view bare(w);
          if (k == after + 2 && bare.size() > 1 && bare.back() == '.' &&
              toks_[k].Has(kTokAbbrev)) {
            bare.remove_suffix(1);
          }
          for (const auto& [from, to] : kAreaWords) {
            if (w == from || bare == from) {
              w = std::string(to);
              break;
            }
          }
          if (k > after + 1) c.unit += ' ';
          c.unit += w;
        }
        last = after + 2;
      } else {
        c.unit += Lower(Tok(after + 1));
      }
      c.span.end = std::max(c.span.end, toks_[last].span.end);
    }
    // A rate over a round base: "4.5 per 100,000 people", "12 deaths per
    // 1,000 live births", "$5 per 1,000 gallons": the base and what it
    // counts are the unit ("per 100,000 people"), as a rate keeps its per
    // part, and the base is no quantity of its own.
    if (uint32_t per = std::max(np_end, after); per + 1 < se && EqualsLower(Tok(per), "per") &&
        ni + 1 < doc_.numbers().size() && !n.is_range) {
      const NumberMention& base = doc_.numbers()[ni + 1];
      double lg = base.value > 0 ? std::log10(base.value) : 0;
      if (base.span.begin == toks_[per + 1].span.begin && !base.is_range &&
          (base.kind == NumberKind::kCardinal ||
           (base.kind == NumberKind::kMeasure && !base.unit.empty())) &&
          base.value >= 100 &&
          std::fabs(lg - std::round(lg)) < 1e-9) {
        uint32_t b_after = doc_.TokenAt(base.span.end);
        if (b_after < toks_.size() && toks_[b_after].span.begin < base.span.end) ++b_after;
        std::string rate = c.unit.empty() ? "per " : c.unit + " per ";
        uint32_t e = b_after, last = b_after;
        std::string head;
        if (!base.unit.empty()) {
          rate += Tok(per + 1);  // "per 1,000 gallons": the base's own unit
          rate += ' ';
          rate += base.unit;
        } else {
          rate += doc_.Slice(base.span);
          if (b_after < se && !NounPhrase(b_after, se, &e, false, &head).empty()) {
            rate += ' ';
            rate += head;
            last = e;
          }
        }
        c.unit = std::move(rate);
        if (c.kind == NumberKind::kCardinal || c.kind == NumberKind::kCount) {
          c.kind = NumberKind::kCount;
        }
        c.span.end = std::max(c.span.end, last > b_after ? toks_[last - 1].span.end
                                                         : base.span.end);
        rate_base_ = ni + 1;
      }
    }
    if (np_end > after) c.span.end = std::max(c.span.end, toks_[np_end - 1].span.end);
    // Qualifiers written after: "10 years or more", "40 people or so".
    if (c.qualifier == Qualifier::kExact && !n.is_range) {
      for (uint32_t t : {after, np_end}) {
        if (t + 1 >= se || !EqualsLower(Tok(t), "or")) continue;
        std::string_view w = Tok(t + 1);
        Qualifier q = InWordList(w, {"more", "greater", "higher", "above"})
                          ? Qualifier::kAtLeast
                      : InWordList(w, {"less", "fewer", "lower", "below"}) ? Qualifier::kAtMost
                      : EqualsLower(w, "so")                             ? Qualifier::kApproximate
                                                                         : Qualifier::kExact;
        if (q != Qualifier::kExact) {
          c.qualifier = q;
          c.span.end = std::max(c.span.end, toks_[t + 1].span.end);
          uint32_t e;
          std::string head;
          if (c.unit.empty() && t == after && t + 2 < se &&
              !NounPhrase(t + 2, se, &e, false, &head).empty()) {
            c.unit = head;  // "3 or more cars"
            c.kind = NumberKind::kCount;
            c.span.end = toks_[e - 1].span.end;
          }
          break;
        }
      }
    }
    // "two full hours", "12 straight years", "four more years", "a
    // couple of months": a span of time with a word between the number and
    // its unit is one, as "three years" is, not a count of "hours".
    if (c.kind == NumberKind::kCount && n.unit.empty()) {
      if (std::string_view u = TimeUnit(c.unit); !u.empty()) {
        c.kind = NumberKind::kDuration;
        c.unit = std::string(u);
        c.counted.clear();  // "full hours" is the unit, not what is measured
      }
    }
    ShareCountedNoun(c, first, sb);
    c.holder = Holder(n.span);
    // A poll finds shares and counts, not spans of time or ages ("just one
    // day after a CNN/ORC poll showed ...").
    if (!Named(c.holder) && c.kind != NumberKind::kDuration && c.kind != NumberKind::kAge) {
      c.holder = PollHolder(si, first);
    }
    doc_.mutable_claims().push_back(std::move(c));
  }

  // The token after the number mention that starts at token `t` ("4.3M"
  // may be two tokens); `t` when none starts there.
  uint32_t TokenAfterNumberAt(uint32_t t) const {
    const auto& nums = doc_.numbers();
    uint32_t b = toks_[t].span.begin;
    auto it = std::lower_bound(nums.begin(), nums.end(), b, [](const NumberMention& m,
                                                               uint32_t v) {
      return m.span.begin < v;
    });
    if (it == nums.end() || it->span.begin != b) return t;
    uint32_t a = doc_.TokenAt(it->span.end);
    if (a < toks_.size() && toks_[a].span.begin < it->span.end) ++a;
    return a;
  }

  // "212,205 to 210,424 votes", "leads 1,153 to 1,428 delegates": a pair
  // the number layer keeps as two results (a tally or a contest, not a
  // range) counts the same noun, written once after the second; the first
  // takes it. Not a change and its result ("rose by 500 to 39,200 shares",
  // "from 400 to 60 polling places" is a range there).
  void ShareCountedNoun(const Claim& c, uint32_t first, uint32_t sb) {
    if (c.kind != NumberKind::kCount || c.unit.empty() || c.low ||
        first < sb + 2 || !EqualsLower(Tok(first - 1), "to") || doc_.claims().empty()) {
      return;
    }
    Claim& prev = doc_.mutable_claims().back();
    if (prev.sentence != c.sentence || !prev.unit.empty() || prev.kind != NumberKind::kCardinal ||
        prev.low || prev.qualifier == Qualifier::kIncrease ||
        prev.qualifier == Qualifier::kDecrease || prev.value_span.end != prev.span.end ||
        toks_[first - 1].span.begin - prev.span.end > 1) {
      return;
    }
    uint32_t pf = doc_.TokenAt(prev.span.begin);
    if (pf > sb && InWordList(Tok(pf - 1), {"by", "from"})) return;
    prev.unit = c.unit;
    prev.counted = c.counted;
    prev.kind = NumberKind::kCount;
  }

  // "rose 0.3% month-on-month and 2.1% year-on-year", "down 2.3%,
  // Burlington by 2.6%": a change of the same unit joined by "and" or a
  // comma shares the direction of the one before; not a level ("rose 5% to
  // 20%", "fell 3% and was at 2%").
  Qualifier SharedDirection(uint32_t qual_begin, const Sentence& s,
                            const NumberMention& n) const {
    // A bare number shares the change of a bare one before it only past a
    // gapped subject: "Cruz gained six and Rubio five".
    const bool bare = n.unit.empty();
    if (doc_.claims().empty()) return Qualifier::kUnspecified;
    const Claim& prev = doc_.claims().back();
    if (prev.sentence != s.span || prev.unit != n.unit ||
        (prev.qualifier != Qualifier::kIncrease && prev.qualifier != Qualifier::kDecrease)) {
      return Qualifier::kUnspecified;
    }
    uint32_t t = doc_.TokenAt(prev.span.end);
    if (t < toks_.size() && toks_[t].span.begin < prev.span.end) ++t;
    if (qual_begin < t) return Qualifier::kUnspecified;
    // "has risen 8 points since October and 12 points", "up $5 from last
    // Friday and $7", "fell 17.7 percent at Trump Taj Mahal, 5.5 percent at
    // Bally's": a phrase of time or place of up to four words after the
    // first change, then a comma or "and", does not keep the second from
    // sharing it.
    if (t < qual_begin && InWordList(Tok(t), {"since", "for", "from", "at", "over", "on",
                                              "during", "in"})) {
      uint32_t u = t + 1;
      int words = 0;
      while (u < qual_begin && words < 4 && (IsWordTok(u) || Possessive(u)) &&
             !toks_[u].Has(kTokNumber) &&
             !InWordList(Tok(u), {"and", "or", "while", "but", "down", "up", "to", "from"})) {
        ++u;
        ++words;
      }
      if (words > 0 && u < qual_begin && (Tok(u) == "," || EqualsLower(Tok(u), "and"))) t = u;
    }
    if (qual_begin - t > 5) return Qualifier::kUnspecified;
    bool joined = false, name = false;
    for (uint32_t u = t; u < qual_begin; ++u) {
      std::string_view w = Tok(u);
      if (w == "," || EqualsLower(w, "and")) {
        joined = true;
      } else if (EqualsLower(w, "the") && u + 1 < qual_begin &&
                 toks_[u + 1].Has(kTokCapitalized)) {
        // "rose 1.2 percent and the Topix 0.8 percent": a gapped subject.
      } else if (!IsStopWord(w) && toks_[u].Has(kTokCapitalized) && !toks_[u].Has(kTokNumber)) {
        name = true;
      } else if (IsStopWord(w) && !EqualsLower(w, "by") && !EqualsLower(w, "in")) {
        return Qualifier::kUnspecified;
      } else if (toks_[u].Has(kTokNumber) || w == "(" || w == ")" || w == ";") {
        return Qualifier::kUnspecified;
      }
    }
    return joined && (name || !bare) ? prev.qualifier : Qualifier::kUnspecified;
  }

  // True when an unclosed "(" stands before token `t` (back to `sb`).
  bool InParens(uint32_t t, uint32_t sb) const {
    for (uint32_t u = t; u > sb && u + 12 > t; --u) {
      std::string_view w = Tok(u - 1);
      if (w == ")") return false;
      if (w == "(") return true;
    }
    return false;
  }

  bool IsByline(const Sentence& s) const {
    return s.token_end - s.token_begin < 16 && s.token_begin < toks_.size() &&
           toks_[s.token_begin].Has(kTokParaStart) && Tok(s.token_begin) == "By";
  }

  // A fraction written "X out of Y" or "X in Y".
  bool IsOutOfFraction(const NumberMention& n) const {
    std::string_view t = doc_.Slice(n.span);
    // "Three-in-five GOP insiders", "one-out-of-four": hyphens too.
    return t.find(" out of ") != std::string_view::npos ||
           t.find(" in ") != std::string_view::npos ||
           t.find("-in-") != std::string_view::npos ||
           t.find("-out-of-") != std::string_view::npos;
  }

  // The first token that starts at or after the end of `n`.
  uint32_t TokenAfter(const NumberMention& n) const {
    uint32_t a = doc_.TokenAt(n.span.end);
    while (a < toks_.size() && toks_[a].span.begin < n.span.end) ++a;
    return a;
  }

  // "lost 250 Americans", "lost six seats", "lost 10 of the first 11
  // contests", "dropped three spots": a count of what was lost, as what is
  // added is ("adding 151,000 jobs"), not a fall; shares and points fell
  // ("lost 1.1%", "lost 20 points"), and so did a bare level ("lost 20.5
  // to 4,010").
  bool IsCountNotFall(std::string_view verb, const NumberMention& n) const {
    if (n.kind != NumberKind::kCardinal || n.is_range ||
        !InWordList(verb, {"lost", "lose", "loses", "losing", "dropped"})) {
      return false;
    }
    uint32_t a = TokenAfter(n);
    if (a >= toks_.size() || !IsWordTok(a)) return false;
    if (EqualsLower(Tok(a), "of")) return true;
    return !IsStopWord(Tok(a)) &&
           !InWordList(Tok(a), {"points", "point", "pts", "pips", "basis", "percentage"});
  }

  // "raised $3.3 million" (funds), "raised 280 million" (funds, the
  // currency left out), "raised three children", "adding 151,000 jobs" (a
  // count), "Add 1/2 cup of sugar", "would add $2 billion of debt" (an
  // amount of a thing): the verb's object, not a rise. Prices and index
  // points that "added 15 sen" or "added 38.76 points" did rise, and so did
  // what is raised by a share or points ("raised rates 0.25 percentage
  // points").
  bool IsAmountNotRise(std::string_view verb, const NumberMention& n) const {
    bool raise = InWordList(verb, {"raised", "raise", "raises", "raising"});
    // "rallied thousands", "Rallying hundreds of service workers": people
    // gathered, not a market's rise ("rallied 150 points" is one).
    bool rally = InWordList(verb, {"rallied", "rally", "rallies", "rallying"});
    if (!raise && !rally && !InWordList(verb, {"added", "add", "adds", "adding"})) return false;
    if (raise && n.kind == NumberKind::kMoney) return true;
    uint32_t a = TokenAfter(n);
    bool word_after = a < toks_.size() && IsWordTok(a);
    if (word_after && EqualsLower(Tok(a), "of")) return true;
    bool points = word_after && InWordList(Tok(a), {"points", "point", "pts", "pips", "basis"});
    if (raise) return n.kind == NumberKind::kCardinal && n.unit.empty() && !points;
    if (rally) {
      return n.kind == NumberKind::kCardinal && n.unit.empty() && !points &&
             (n.is_range || (word_after && !IsStopWord(Tok(a))));
    }
    return word_after && n.kind == NumberKind::kCardinal && !points;
  }

  Qualifier Direction(uint32_t first, uint32_t sb, const NumberMention& n) const {
    // "opened up a 15-point lead", "added a 30 degree homer", "putting up a
    // four-and-a-half-acre commercial center": an article right before the
    // figure makes it a modifier of the noun the verb takes, and a noun's
    // change keeps no direction (NewsQuant's dev gold: the homer "=").
    if (first > sb && InWordList(Tok(first - 1), {"a", "an"})) return Qualifier::kUnspecified;
    // Up to four filler words back to a change word: "rose 3%", "fell by
    // nearly 5 percent", "was up 19 cents". "to" before the number marks the
    // result ("rose to $7.36 billion"), not the change.
    if (first > sb && EqualsLower(Tok(first - 1), "to") &&
        !(first > sb + 1 && EqualsLower(Tok(first - 2), "up"))) {
      return Qualifier::kUnspecified;
    }
    // "finished 34.4% higher at 3.23 shekels": the level reached, too.
    if (first > sb && EqualsLower(Tok(first - 1), "at")) return Qualifier::kUnspecified;
    // "14.5 percent more than last July", "16.8 percent lower than during
    // the same period", "one-third less than her own pay": a share before a
    // comparative and "than" is the change between the two.
    if (n.kind == NumberKind::kPercent || n.kind == NumberKind::kFraction) {
      uint32_t a = TokenAfter(n);
      if (a + 1 < toks_.size() && EqualsLower(Tok(a + 1), "than")) {
        if (InWordList(Tok(a), {"more", "higher", "greater", "larger", "bigger"})) {
          return Qualifier::kIncrease;
        }
        if (InWordList(Tok(a), {"less", "lower", "fewer", "smaller", "cheaper"})) {
          return Qualifier::kDecrease;
        }
      }
    }
    uint32_t t = first;
    bool saw_by = false;
    for (int k = 0; k < 5 && t > sb; ++k) {
      --t;
      std::string_view w = Tok(t);
      // "no lower than 15 percent", "higher than 4%": a comparison, which
      // the qualifier phrases read as a bound, not a change.
      if (InWordList(w, {"higher", "lower"}) && t + 1 < first && EqualsLower(Tok(t + 1), "than")) {
        return Qualifier::kUnspecified;
      }
      if (IsIncreaseWord(w)) {
        // "raised $3.3 million", "adding 151,000 jobs": what is raised or
        // added, not a rise (unless a share: "added 3%").
        if (!saw_by && IsAmountNotRise(w, n)) return Qualifier::kUnspecified;
        // "gave up 517 yards", "made up 40%", "called up six players",
        // "snapped up 16 items": a phrasal verb, not "up".
        if (EqualsLower(w, "up") && t > sb &&
            InWordList(Tok(t - 1), {"gave", "give", "gives", "giving", "given", "made",
                                    "make", "makes", "making", "signed", "set", "put",
                                    "took", "take", "takes", "taking", "pick", "picks",
                                    "picked", "picking", "use", "uses", "used", "using",
                                    "racked", "rack", "racks", "racking", "ran", "run",
                                    "runs", "running", "chalked", "notched", "summed",
                                    "tallied", "rounded", "freed", "free", "frees",
                                    "freeing", "round", "rounds", "rounding", "dig",
                                    "digs", "dug", "digging", "turn", "turns", "turned",
                                    "turning", "dredge", "dredged", "drum", "drummed",
                                    "line", "lined", "lines", "lining", "call", "calls",
                                    "called", "calling", "snap", "snaps", "snapped",
                                    "snapping", "scoop", "scoops", "scooped", "scooping",
                                    "buy", "buys", "bought", "buying", "break", "breaks",
                                    "broke", "broken", "breaking", "blew", "blow", "blows",
                                    "blown", "blowing"})) {
          return Qualifier::kUnspecified;
        }
        return Qualifier::kIncrease;
      }
      // "output was off 0.2 percent", "imports off 47.5 pct", "closed off
      // $0.70": a price or level off by the amount has fallen (not "laid off
      // 600 workers", "paid off $5 million": a phrasal verb).
      if (EqualsLower(w, "off") && t + 1 == first && t > sb &&
          (InWordList(Tok(t - 1), {"was", "were", "is", "are", "be", "been", "being",
                                   "closed", "ended", "finished", "traded", "trading",
                                   "slightly", "sharply", "marginally", ",", "shares",
                                   "stocks", "prices", "imports", "exports", "sales",
                                   "futures", "profits", "earnings", "output"}))) {
        return Qualifier::kDecrease;
      }
      // "gunned down 49 people", "turned down three offers", "handed down
      // 10 indictments": a phrasal verb, not "down".
      if (EqualsLower(w, "down") && t > sb &&
          InWordList(Tok(t - 1), {"gunned", "gun", "guns", "gunning", "shot", "shoot",
                                  "shoots", "shooting", "mowed", "mow", "struck", "strike",
                                  "turned", "turn", "turns", "turning", "handed", "hand",
                                  "hands", "handing", "took", "take", "takes", "taking",
                                  "taken", "hunted", "hunt", "tracked", "track", "wrote",
                                  "write", "written", "jotted", "put", "puts", "putting",
                                  "shut", "shuts", "shutting", "brought", "bring", "brings",
                                  "bringing", "knocked", "knock", "cut", "cuts", "cutting",
                                  "tore", "tear", "torn", "wound", "winding"})) {
        return Qualifier::kUnspecified;
      }
      if (IsDecreaseWord(w)) {
        return !saw_by && IsCountNotFall(w, n) ? Qualifier::kUnspecified
                                               : Qualifier::kDecrease;
      }
      if (EqualsLower(w, "by")) saw_by = true;
      // "an increase of eight percent", "a drop of 200 points", like "a 3
      // percent drop" and "a 5% pay rise": a change a noun names keeps no
      // direction, as NewsQuant's annotators read it (dev: 3 of 3 nominal
      // changes "=", against 45 of 49 verb and adverb changes up or down);
      // "of" is no filler, so the walk stops here.
      if (!IsChangeFiller(w)) break;
    }
    if (!saw_by) return Qualifier::kUnspecified;
    // "increase the size of the armed forces by 100,000": a change verb
    // earlier in the clause, no other number in between.
    uint32_t limit = first > sb + 14 ? first - 14 : sb;
    for (uint32_t u = t; u > limit; --u) {
      const Token& tk = toks_[u - 1];
      if (tk.Has(kTokNumber)) break;
      std::string_view w = Tok(u - 1);
      if (w == ";" || w == ":") break;
      // "has grown, and it is now guided by an 80-member council": a
      // clause before a comma and a conjunction changes something else.
      if (w == "," && u < first && InWordList(Tok(u), {"and", "but", "while", "although"})) break;
      if (IsIncreaseWord(w)) return Qualifier::kIncrease;
      if (IsDecreaseWord(w)) return Qualifier::kDecrease;
    }
    return Qualifier::kUnspecified;
  }

  // The counted noun phrase starting at token `t`: words through adjectives
  // up to a function word, punctuation or a verb after a plural noun. Returns
  // the phrase ("heavily armed troops") and sets *head to its head noun
  // ("troops") and *end past it. `singular`: stop at a verb ending in -s
  // ("one proposal asks").
  std::string NounPhrase(uint32_t t, uint32_t se, uint32_t* end, bool singular,
                         std::string* head = nullptr, bool of_phrase = false) const {
    uint32_t b = t, last_plural = UINT32_MAX, e = t;
    int words = 0;
    if (t < se && toks_[t].Has(kTokSentStart)) return {};
    // "around 73 raising the prospect": a verb, not a noun.
    if (t + 1 < se && (EndsWith(Tok(t), "ing") || EndsWith(Tok(t), "ed")) &&
        InWordList(Tok(t + 1), {"the", "a", "an", "its", "their", "his", "her", "our", "this",
                                "themselves", "himself", "herself", "itself", "them", "him",
                                "us", "it"})) {
      return {};
    }
    // "only three remained.", "a crowd of 2,600 waved signs", "8 million
    // signed up": a past tense right after the number, not followed by a
    // noun it could modify ("10 named storms"), is the verb. Participles
    // news uses as nouns for people stay ("12 dead and 40 injured").
    // So is a present participle after a plural count ("millions watching
    // at home", "2,000 attending."; "one meeting" is a noun).
    if (t < se && IsWordTok(t) &&
        ((((EndsWith(Tok(t), "ed") && Tok(t).size() > 4) || EqualsLower(Tok(t), "died")) &&
          Tok(t).find('-') == std::string_view::npos) ||
         (!singular && EndsWith(Tok(t), "ing") && Tok(t).size() > 5 &&
          Tok(t).find('-') == std::string_view::npos) ||
         IsIrregularPast(Tok(t)) ||
         (toks_[t].Has(kTokAllCaps) &&
          (EndsWith(Lower(Tok(t)), "ed") || EqualsLower(Tok(t), "dead")))) &&
        // In a headline in capitals ("AT LEAST 10 KILLED", "TWO DEAD, 16
        // INJURED") the participle is the headline's verb.
        (toks_[t].Has(kTokAllCaps) ||
         !InWordList(Tok(t), {"injured", "wounded", "killed", "displaced", "detained",
                             "arrested", "infected", "hospitalized", "hospitalised",
                             "vaccinated", "employed", "unemployed", "insured",
                             "uninsured", "disabled", "elderly", "aged"})) &&
        (t + 1 >= se || !IsWordTok(t + 1) ||
         ((IsStopWord(Tok(t + 1)) ||
           (toks_[t + 1].Has(kTokAllCaps) && IsStopWord(Lower(Tok(t + 1))))) &&
          !InWordList(Tok(t + 1), {"and", "or"})) ||
         // "11 million living illegally in", "2,000 gathered quietly.": an
         // adverb in -ly, then a function word or punctuation, follows the
         // verb ("3 published weekly magazines" keeps its noun).
         (EndsWith(Tok(t + 1), "ly") && Tok(t + 1).size() > 4 &&
          (t + 2 >= se || !IsWordTok(t + 2) || IsStopWord(Tok(t + 2)))))) {
      return {};
    }
    // "those over 45 supporting Clinton": a participle of support before a
    // name is the count's verb ("12 competing Republican candidates" keep
    // their noun).
    if (!singular && t + 1 < se && IsWordTok(t) && toks_[t + 1].Has(kTokCapitalized) &&
        InWordList(Tok(t), {"supporting", "backing", "opposing", "favoring", "favouring",
                            "endorsing"})) {
      return {};
    }
    // "only 19 support Sanders", "Men under 35 support Sanders", "40
    // percent say": a verb of opinion right after the count, before a name,
    // a function word or a clause, is the count's verb ("3 support staff"
    // keeps its noun).
    if (!of_phrase && t + 1 < se && IsWordTok(t) && IsWordTok(t + 1) &&
        InWordList(Tok(t), {"support", "back", "say", "want", "favor", "favour", "oppose",
                            "think", "believe", "agree", "disagree", "approve", "disapprove",
                            "prefer", "expect"}) &&
        (toks_[t + 1].Has(kTokCapitalized) ||
         InWordList(Tok(t + 1), {"that", "they", "he", "she", "it", "we", "the", "a", "an",
                                 "to", "him", "her", "them", "his", "their", "one"}))) {
      return {};
    }
    int max_words = kMaxNounPhraseWords;
    bool name_after_adjective = false;
    while (t < se && words < max_words) {
      const Token& tk = toks_[t];
      // A quoted modifier: nine "nonprobability" internet samples.
      if (IsQuoteMark(t) && t + 1 < se && IsWordTok(t + 1) && !IsStopWord(Tok(t + 1)) &&
          !toks_[t + 1].Has(kTokCapitalized) &&
          (words > 0 || (t > 0 && toks_[t].span.begin > toks_[t - 1].span.end))) {
        ++t;
        continue;
      }
      // Modifiers that are not plain words: "40 U.S. cities", "eight
      // 12-year-old boys"; never the head, so a word must follow.
      // So is a model number after a name: "10 million iPhone 14 units".
      if (t + 1 < se && (IsWordTok(t + 1) || Tok(t + 1).starts_with("-")) &&
          ((tk.Has(kTokAbbrev) && IsDottedInitials(Tok(t))) ||
           (tk.Has(kTokNumber) && IsHyphenAdjective(Tok(t))) ||
           (tk.Has(kTokNumber) && words > 0 && HasUpper(Tok(t - 1)) &&
            IsWordTok(t + 1) && !IsStopWord(Tok(t + 1))))) {
        ++t;
        continue;
      }
      // "two new 737 max jets", "three used 747 freighters": a model number
      // after lower-case modifiers, before the plural they count within
      // three words (the phrase stopped at the digits: a count of "new").
      if (words > 0 && last_plural == UINT32_MAX && tk.Has(kTokNumber) && t + 1 < se &&
          IsWordTok(t - 1) && !toks_[t - 1].Has(kTokCapitalized) &&
          toks_[t + 1].span.begin > tk.span.end && PluralWithin(t + 1, se, 3)) {
        ++t;
        continue;
      }
      if (!IsWordTok(t) || tk.Has(kTokAbbrev)) break;
      std::string_view w = Tok(t);
      if (words > 0 && words < 3 && last_plural == UINT32_MAX && !singular && !of_phrase &&
          InWordList(w, {"and", "or"})) {
        // "4.3M digital and physical sales", "20 Kia and Hyundai vehicles",
        // "2 in 10 Democratic and Republican primary voters": coordinated
        // modifiers of one plural head; "5,000 air force and other
        // military personnel" past "other".
        uint32_t u = t + 1 < se && EqualsLower(Tok(t + 1), "other") ? t + 2 : t + 1;
        if (PluralWithin(u, se, 3)) {
          max_words = kMaxNounPhraseWords + 2;
          t = u;
          continue;
        }
      }
      // "139 Super Tuesday delegates": a weekday inside a name before the
      // plural it modifies ("10 people Tuesday" ends there).
      bool weekday_in_name =
          words > 0 && toks_[t].Has(kTokCapitalized) && toks_[t - 1].Has(kTokCapitalized) &&
          !toks_[t - 1].Has(kTokSentStart) && t + 1 < se && IsWordTok(t + 1) &&
          IsPluralNoun(Tok(t + 1)) &&
          InWordList(
              w, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
      if (IsStopWord(w) && !weekday_in_name) break;
      // "tell one group one thing", "won by 2 points four years ago": a
      // number word after a count's noun starts the next count (a set's own
      // count stays inside: "three of the previous four contests").
      if (words > 0 && !of_phrase &&
          InWordList(
              w, {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})) {
        break;
      }
      // "When one asks", "one says": the pronoun and its verb.
      if (words == 0 && singular && IsThirdPersonVerb(w)) break;
      if (words > 0 && singular && IsPlural(w)) break;
      // "one commentator liked", "one case Internet activists": after a
      // singular count, a participle or a capitalized word ends the phrase;
      // not after an adjective that needs its noun ("one well-connected
      // Democrat", "one unaligned Florida Republican strategist").
      if (words > 0 && singular && !tk.Has(kTokCapitalized) && toks_[t - 1].Has(kTokCapitalized) &&
          name_after_adjective && t + 1 < se && IsWordTok(t + 1) && IsStopWord(Tok(t + 1)) &&
          InWordList(w, {"familiar", "close", "loyal", "opposed", "critical", "aware",
                         "involved", "sympathetic", "friendly", "allied", "aligned"})) {
        break;  // "one well-connected Democrat familiar with": the name is the head
      }
      if (words > 0 && singular && tk.Has(kTokCapitalized) && !toks_[t - 1].Has(kTokCapitalized) &&
          IsBareAdjective(t - 1, b)) {
        name_after_adjective = true;
      } else if (words > 0 && singular &&
                 (EndsWith(w, "ed") ||
                  (tk.Has(kTokCapitalized) && !toks_[t - 1].Has(kTokCapitalized)))) {
        break;
      }
      // "One organization campaigning for", "one man standing there", "One
      // pastor supporting Mr. Cruz": a present participle before a function
      // word or a name is the noun's verb, not its head ("one oil drilling
      // rig" keeps going).
      if (words > 0 && singular && EndsWith(w, "ing") && w.size() > 5 &&
          (t + 1 >= se || !IsWordTok(t + 1) || IsStopWord(Tok(t + 1)) ||
           toks_[t + 1].Has(kTokCapitalized)) &&
          !IsIngNoun(w)) {
        break;
      }
      // "45 children ages 3 to 17", "students aged 12": the age follows.
      if (words > 0 && InWordList(w, {"ages", "aged", "age"}) && t + 1 < se &&
          toks_[t + 1].Has(kTokNumber)) {
        break;
      }
      if (words > 0 && of_phrase && EndsWith(w, "ed")) break;  // "of age found guilty"
      // "60 percent of the vote supporting the party's candidates": a
      // present participle before a determiner is the clause's verb ("of the
      // working class" keeps going).
      if (words > 0 && of_phrase && EndsWith(w, "ing") && w.size() > 5 && !IsIngNoun(w) &&
          t + 1 < se &&
          InWordList(Tok(t + 1), {"the", "a", "an", "its", "their", "his", "her", "our", "my",
                                  "your", "this", "that", "these", "those", "them", "him",
                                  "it", "us"})) {
        break;
      }
      // "one study found"; not "12 newly built homes".
      if (words > 0 && IsIrregularPast(w) && !EndsWith(Tok(t - 1), "ly")) break;
      // "half the nonprofit co-op plans established with", "of its
      // research grants, ...": a noun-or-verb before a participle and its
      // preposition, or a comma, is the plural head, not the verb ("of the
      // electorate remains undecided" stays a verb).
      bool head_noun = of_phrase && IsNounOrVerbS(w) && !IsThirdPersonVerb(w) &&
                       t + 1 < se &&
                       (Tok(t + 1) == "," || Tok(t + 1) == ";" ||
                        (EndsWith(Tok(t + 1), "ed") && !IsStopWord(Tok(t + 1)) && t + 2 < se &&
                         InWordList(Tok(t + 2), {"by", "with", "in", "under", "from", "for",
                                                 "through", "since", "at", "on"})));
      if (words > 0 && !head_noun &&
          (IsThirdPersonVerb(w) ||
           (IsNounOrVerbS(w) && (of_phrase || last_plural == t - 1)))) {
        break;  // "19 fouls proves", "of the population lives"
      }
      if (words > 0 && last_plural != UINT32_MAX &&
          (EndsWith(w, "ed") || EndsWith(w, "ing"))) {
        break;  // "countries conducted", "troops returning"
      }
      // "2,000 gathered quietly."; not an adjective of frequency before
      // its noun ("310 million active monthly users").
      if (words > 0 && EndsWith(w, "ly") &&
          !(InWordList(w, {"monthly", "weekly", "daily", "yearly", "hourly", "nightly",
                           "quarterly"}) &&
            t + 1 < se && IsWordTok(t + 1) && !IsStopWord(Tok(t + 1)))) {
        break;
      }
      if (IsPluralNoun(w)) last_plural = t;
      ++words;
      ++t;
      e = t;
    }
    if (words == 0) return {};
    // Trailing adverbs and participles are not the head ("176 majority
    // needed").
    while (e > b) {
      std::string_view w = Tok(e - 1);
      if (EndsWith(w, "ly") ||
          (e - 1 > b && last_plural != UINT32_MAX && last_plural < e - 1 &&
           (EndsWith(w, "ed") || EndsWith(w, "ing"))) ||
          (e - 1 > b && last_plural == UINT32_MAX && EndsWith(w, "ed") && w.size() > 4)) {
        --e;
      } else {
        break;
      }
    }
    // A phrase of adverbs/adjectives before a plural noun: head is the last
    // plural ("profile slots available").
    if (last_plural != UINT32_MAX && last_plural + 1 < e) e = last_plural + 1;
    if (e == b) return {};
    *end = e;
    if (head) *head = std::string(Tok(e - 1));
    return std::string(doc_.Slice(Span{toks_[b].span.begin, toks_[e - 1].span.end}));
  }

  // True when token `t` opens the verb of a clause whose subject is the
  // count before it: an auxiliary ("39 have said", "18 were hurt") or a
  // past tense ("14 opened", "77 fled").
  bool IsClauseVerb(uint32_t t) const {
    if (!IsWordTok(t)) return false;
    std::string_view w = Tok(t);
    return InWordList(w, {"have", "has", "had", "were", "was", "are", "is", "will", "would",
                          "died"}) ||
           (EndsWith(w, "ed") && w.size() > 4 && w.find('-') == std::string_view::npos) ||
           IsIrregularPast(w);
  }

  // True when the words from `b` through `t` are all adjectives that cannot
  // be a head: hyphenated compounds ("kind-hearted", "well-connected") and
  // participles in -ed ("unaligned").
  // And adjectives that stand before a title or a party ("one former GOP
  // leadership aide", "one senior Trump official").
  bool IsBareAdjective(uint32_t t, uint32_t b) const {
    for (uint32_t u = b; u <= t; ++u) {
      std::string_view w = Tok(u);
      if (toks_[u].Has(kTokCapitalized) ||
          !(w.find('-') != std::string_view::npos || (EndsWith(w, "ed") && w.size() > 4) ||
            InWordList(w, {"former", "senior", "top", "longtime", "fellow", "prominent",
                           "leading", "veteran", "junior", "young", "wealthy", "influential",
                           "powerful", "moderate", "conservative", "liberal", "staunch"}))) {
        return false;
      }
    }
    return true;
  }

  // True when one of the `n` word tokens from `t` is a plural noun, with no
  // function word before it.
  bool PluralWithin(uint32_t t, uint32_t se, uint32_t n) const {
    for (uint32_t u = t; u < se && u < t + n; ++u) {
      if (!IsWordTok(u) || IsStopWord(Tok(u)) || IsThirdPersonVerb(Tok(u))) return false;
      if (IsPluralNoun(Tok(u))) return true;
    }
    return false;
  }

  // Past one determiner or possessive at `t` ("of the population", "of its
  // budget"), and past a possessor ("of Hillary Clinton's donors", "of the
  // company's revenue": the share is of the donors, not of the owner), for
  // the noun phrase of an "of"-phrase.
  // The "of" of a set's members after a count: at t ("three of the
  // officers") or after "out" ("49 out of the 54 seats"); se when there is
  // none.
  uint32_t OfAt(uint32_t t, uint32_t se) const {
    if (t < se && EqualsLower(Tok(t), "of")) return t;
    if (t + 1 < se && EqualsLower(Tok(t), "out") && EqualsLower(Tok(t + 1), "of")) return t + 1;
    return se;
  }
  uint32_t PastDeterminer(uint32_t t, uint32_t se) const {
    if (t + 1 < se && InWordList(Tok(t), {"the", "its", "their", "his", "her", "our", "this",
                                     "that", "these", "those", "all", "a", "an"})) {
      ++t;
    }
    constexpr uint32_t kMaxPossessorWords = 3;
    uint32_t spaced = 0;  // CoNLL's "country 's": one token more
    for (uint32_t u = t; u < se && u < t + kMaxPossessorWords + 1 + spaced; ++u) {
      if (Possessive(u)) {
        return u > t && u + 1 < se ? u + 1 : t;
      }
      if (spaced == 0 && u > t && u + 1 < se && IsQuoteMark(u) && Possessive(u + 1)) {
        spaced = 1;
        continue;
      }
      // "two of Said's books", "six of Sunday 's 12 stages": a possessor
      // that is also a function word ("said", a weekday) stays one.
      bool possessor = u + 1 < se && toks_[u].Has(kTokCapitalized) &&
                       (Possessive(u + 1) ||
                        (u + 2 < se && IsQuoteMark(u + 1) && Possessive(u + 2)));
      if (!IsWordTok(u) || (IsStopWord(Tok(u)) && !possessor)) break;
    }
    return t;
  }

  // The plural noun right before "by N" in a change: "increase its armed
  // forces by 100,000" -> "forces".
  std::string ChangedThing(uint32_t first, uint32_t sb) const {
    uint32_t t = first;
    while (t > sb && IsChangeFiller(Tok(t - 1)) && !EqualsLower(Tok(t - 1), "by")) --t;
    if (t <= sb + 1 || !EqualsLower(Tok(t - 1), "by")) return {};
    uint32_t h = t - 2;
    if (!IsWordTok(h) || IsStopWord(Tok(h)) || !IsPlural(Tok(h))) return {};
    return std::string(Tok(h));
  }

  std::string CountVerbSubject(uint32_t first, uint32_t sb, uint32_t* subj) const {
    uint32_t t = first;
    // "Albanian immigrant workers, estimated at 350,000": a count in
    // apposition to the plural noun before the comma.
    if (t >= sb + 4 && EqualsLower(Tok(t - 1), "at") &&
        InWordList(Tok(t - 2), {"estimated", "put", "numbered"}) && Tok(t - 3) == "," &&
        IsWordTok(t - 4) && IsPluralNoun(Tok(t - 4)) && !IsStopWord(Tok(t - 4))) {
      *subj = t - 4;
      return std::string(Tok(t - 4));
    }
    if (t == sb || !IsCountVerb(Tok(t - 1))) {
      // "a force numbering about 9,000": allow one qualifier word between;
      // "the magic number of 2,383" is a noun.
      if (t >= sb + 2 && IsCountVerb(Tok(t - 2)) && !EqualsLower(Tok(t - 1), "of")) {
        t -= 1;
      } else {
        return {};
      }
    }
    --t;  // the verb
    while (t > sb) {
      std::string_view w = Tok(t - 1);
      if (EndsWith(w, "ly") || InWordList(w, {"now", "still", "currently", "already", "once",
                                        "together", "combined"})) {
        --t;
        continue;
      }
      break;
    }
    if (t == 0) return {};
    uint32_t h = t - 1;
    // "The refugees, numbering about 4,000, crossed": the participle set
    // off by a comma counts the plural noun before it.
    if (h > sb && Tok(h) == "," && EndsWith(Tok(t), "ing") && IsWordTok(h - 1) &&
        IsPluralNoun(Tok(h - 1))) {
      --h;
    }
    if (h < sb || !IsWordTok(h) || IsStopWord(Tok(h))) return {};
    *subj = h;
    return std::string(Tok(h));
  }

  // The speaker of the quote whose content holds `span`; unresolved
  // otherwise. A number elsewhere in a sentence that holds a quote is the
  // writer's: PolNeAR train, 521 such holders, 75 the gold source (14%;
  // "shows Sanders with 47 percent", "Trump said of Apple ... one of the
  // two people"), so the sentence gives none.
  Speaker Holder(Span span) const {
    const auto& quotes = doc_.quotes();
    constexpr int kLookBack = 8;  // quotes starting before span; they rarely nest
    auto it = std::upper_bound(by_content_.begin(), by_content_.end(),
                               std::make_pair(span.begin, UINT32_MAX));
    for (int k = 0; k < kLookBack && it != by_content_.begin(); ++k) {
      --it;
      const Quote& q = quotes[it->second];
      // A direct quote's content is its quoted pieces; the words between
      // them are the writer's ("...,” said Robert Stone, a 59-year-old from
      // Hilton Head, “..."). A partial quote's extent is its content.
      bool in = (q.kind != QuoteKind::kDirect || q.fragments.empty()) && q.span.Contains(span);
      for (const Span& f : q.fragments) in = in || f.Contains(span);
      if (!in) continue;
      if (IsShareOfPeople(q.speaker)) return Speaker{};
      if (Named(q.speaker)) return q.speaker;
      // A speaker found but not resolved (a pronoun the quote stage could
      // not tie to anyone) still says who states the number: its mention,
      // named by its words. Not a reader addressed ("you"), nor a word of
      // the quote itself.
      Speaker n = SpeakerOfNextQuote(q);
      if (!Named(n) && n.mention.end > n.mention.begin && !InContent(q, n.mention) &&
          !InWordList(doc_.Slice(n.mention), {"you"})) {
        n.name = std::string(doc_.Slice(n.mention));
      }
      return n;
    }
    return Speaker{};
  }

  static bool Named(const Speaker& s) { return s.resolved || !s.name.empty(); }

  // Whether `span` lies in the quoted words of `q` (its fragments, or its
  // extent when it has none).
  static bool InContent(const Quote& q, Span span) {
    if (q.fragments.empty()) return q.span.Contains(span);
    for (const Span& f : q.fragments) {
      if (f.Contains(span)) return true;
    }
    return false;
  }

  // Whether the speaker is a share of the people polled ("52 percent said
  // Mr. Trump would be better, compared with 41 percent for Mrs. Clinton",
  // "Almost half said ..., compared with four in 10 who ..."): a percentage
  // or fraction opens its mention, at most one word ("just", "nearly")
  // before it. The other figures of the sentence are the poll's, not the
  // respondents' statement (PolNeAR train: 17 of 19 such holders matched no
  // gold source).
  bool IsShareOfPeople(const Speaker& s) const {
    if (s.mention.end <= s.mention.begin) return false;
    const auto& nums = doc_.numbers();
    auto it = std::lower_bound(nums.begin(), nums.end(), s.mention.begin,
                               [](const NumberMention& m, uint32_t v) { return m.span.begin < v; });
    if (it == nums.end() || it->span.end > s.mention.end) return false;
    if (it->kind != NumberKind::kPercent && it->kind != NumberKind::kFraction) return false;
    uint32_t first = doc_.TokenAt(s.mention.begin);
    return doc_.TokenAt(it->span.begin) <= first + 1;
  }

  // A poll, survey, tally or record the sentence cites is the source of the
  // sentence's figures that no quote gives a speaker (PolNeAR's
  // convention): "In a CNN/ORC poll released Monday, 31% of Republicans
  // said ...", "The survey, conducted for ..., also found that support for
  // Trump rose from 11 percent", "82 percent of whom view Trump unfavorably
  // according to the poll", "45 percent support ... in a new Fox News
  // poll", "FEC records show". The holder is the poll's noun phrase, back
  // to its determiner. A poll merely mentioned ("rose in the polls", "The
  // poll was conducted ... with 418 voters", "after the polls closed")
  // cites nothing; neither does the poll's own description: its sample ("a
  // poll of 1,000 likely voters") and margin of error. Cached per sentence:
  // its claims come one after another.
  Speaker PollHolder(int si, uint32_t first) {
    if (si != poll_sentence_) {
      poll_sentence_ = si;
      poll_holder_ = FindPoll(doc_.sentences()[si], &poll_head_);
    }
    if (!Named(poll_holder_)) return poll_holder_;
    // "a poll of 1,000 likely voters", "a survey among 800 adults".
    if (first > poll_head_ + 1 && InWordList(Tok(poll_head_ + 1), {"of", "among", "with"})) {
      bool past = false;  // past the sample: a comma or the poll's verb
      for (uint32_t t = poll_head_ + 1; t < first && !past; ++t) {
        past = Tok(t) == "," || IsFindingVerb(Tok(t));
      }
      if (!past) return Speaker{};
    }
    // "a margin of error of plus or minus 3.5 percentage points".
    uint32_t sb = doc_.sentences()[si].token_begin;
    for (uint32_t t = first; t > sb && t + 8 > first; --t) {
      if (InWordList(Tok(t - 1), {"margin", "margins"})) return Speaker{};
    }
    return poll_holder_;
  }

  // The first poll the sentence cites (see PollHolder); unresolved when
  // none. Sets *head to its head noun's token.
  Speaker FindPoll(const Sentence& s, uint32_t* head) const {
    for (uint32_t t = NextPollCandidate(s.token_begin, s.token_end); t < s.token_end;
         t = NextPollCandidate(t + 1, s.token_end)) {
      if (!IsPollNoun(t, s.token_end)) continue;
      uint32_t b = t;
      bool named = false;
      for (int k = 0; k < kMaxPollWords && b > s.token_begin; ++k) {
        uint32_t p = b - 1;
        std::string_view w = Tok(p);
        if (InWordList(w, {"a", "an", "the", "this", "that", "its", "their", "his", "her", "our",
                           "another"})) {
          b = p;
          break;
        }
        bool name_punct = w == "/" || w == "-" || w == "&" || toks_[p].Has(kTokPossessive) ||
                          toks_[p].Has(kTokHyphenated);  // "the 50-state poll"
        if (!name_punct && (!toks_[p].Has(kTokWord) || IsStopWord(w))) break;
        named = named || toks_[p].Has(kTokCapitalized);
        b = p;
      }
      if (!CitesPoll(s, b, t, named)) continue;
      Speaker h;
      h.mention = Span{toks_[b].span.begin, toks_[t].span.end};
      h.name = std::string(doc_.Slice(h.mention));
      h.resolved = true;
      h.confidence = 0.5f;
      *head = t;
      return h;
    }
    return Speaker{};
  }

  // Whether the poll phrase [b, head] is cited: after "according to", after
  // "in" (a plural only with a name: "in New Hampshire surveys", not "rose
  // in the polls"), or the subject of a verb of finding ("found", "shows",
  // "had him at 4 percent") a few words on, no auxiliary between ("The poll
  // was conducted").
  bool CitesPoll(const Sentence& s, uint32_t b, uint32_t head, bool named) const {
    if (b >= s.token_begin + 2 && EqualsLower(Tok(b - 2), "according") &&
        EqualsLower(Tok(b - 1), "to")) {
      return true;
    }
    bool plural = EndsWith(Tok(head), "s");
    if (b > s.token_begin && EqualsLower(Tok(b - 1), "in")) return !plural || named;
    for (uint32_t t = head + 1; t < s.token_end && t < head + 16; ++t) {
      std::string_view w = Tok(t);
      if (IsFindingVerb(w)) {
        // "Only one poll ... had been conducted": a passive, not a finding.
        return !(t + 1 < s.token_end && EqualsLower(Tok(t + 1), "been"));
      }
      if (InWordList(w, {"was", "were", "is", "are", "be", "been", "will", "would", "closed",
                         "close", "closes", "open", "opened", "opens"})) {
        return false;
      }
    }
    return false;
  }

  // A verb whose subject a poll is when it reports a figure: "found",
  // "shows", "had him at 4 percent", "puts his approval at".
  static bool IsFindingVerb(std::string_view w) {
    return InWordList(
        w, {"found",     "finds",    "find",    "shows",     "showed",    "show",      "shown",
            "has",       "had",      "have",    "gives",     "gave",      "give",      "puts",
            "put",       "placed",   "places",  "indicates", "indicated", "suggests",  "suggested",
            "reveals",   "revealed", "pegs",    "pegged",    "estimated", "estimates", "concluded",
            "concludes", "reported", "reports", "says",      "said"});
  }

  // The first token in [t, end) with the length (4 to 8) and the first four
  // letters of one of IsPollNoun's words; `end` when none. Most sentences
  // hold no poll, and every token of a sentence with a claim is tested: a
  // tight loop without a branch per test.
  uint32_t NextPollCandidate(uint32_t t, uint32_t end) const {
    constexpr auto kPrefix = [](const char(&w)[5]) {
      return uint32_t(uint8_t(w[0])) | uint32_t(uint8_t(w[1])) << 8 |
             uint32_t(uint8_t(w[2])) << 16 | uint32_t(uint8_t(w[3])) << 24;
    };
    const std::string_view text = doc_.text();
    if (text.size() < 4) return end;
    const unsigned char* base = reinterpret_cast<const unsigned char*>(text.data());
    const Token* tok = toks_.data();
    for (; t < end; ++t) {
      const Span sp = tok[t].span;
      uint32_t len = sp.end - sp.begin;
      // A shorter token reads the text's first four bytes instead, and
      // fails the length test anyway.
      const unsigned char* p = base + (len >= 4 ? sp.begin : 0);
      uint32_t x =
          (uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24) |
          0x20202020u;  // lower case (and harmless on other bytes)
      // Each test as 0 or 1, or'd without short-circuit branches.
      auto is = [x](uint32_t prefix) { return uint32_t{x == prefix}; };
      uint32_t hit = is(kPrefix("poll")) | is(kPrefix("surv")) | is(kPrefix("tall")) |
                     is(kPrefix("coun")) | is(kPrefix("data")) | is(kPrefix("reco")) |
                     is(kPrefix("anal"));
      if (hit & uint32_t{len - 4u <= 4u}) return t;
    }
    return end;
  }

  // "poll", "survey", "polling", "tally", "count", "data", "records",
  // "analysis" as the head of a noun phrase: not a modifier ("poll
  // workers", "polling places", "poll numbers"). "report", "study" and
  // "figures" were tried: as often a writer's mention as a cited source
  // (PolNeAR train 17 of 30 more right, dev fell).
  bool IsPollNoun(uint32_t t, uint32_t se) const {
    const Span sp = toks_[t].span;
    std::string_view w = doc_.text().substr(sp.begin, sp.end - sp.begin);
    if (!InWordList(w, {"poll", "polls", "survey", "surveys", "polling", "tally", "count", "data",
                        "records", "analysis"})) {
      return false;
    }
    if (t + 1 >= se) return true;
    return !InWordList(
        Tok(t + 1), {"workers", "worker", "station",  "stations",  "place",   "places",  "tax",
                     "taxes",   "booth",  "booths",   "watchers",  "watcher", "numbers", "number",
                     "site",    "sites",  "location", "locations", "day",     "hours"});
  }

  // A quote with no cue of its own that runs straight into the next quote,
  // only commas and quote marks between (“about 500 tons of defense
  // equipment, “and this isn’t the end,” he wrote.: a stray opening mark
  // split one statement), is that quote's speaker's; unresolved otherwise.
  Speaker SpeakerOfNextQuote(const Quote& q) const {
    if (!q.cue.empty()) return q.speaker;
    // The quoted words, without the marks or the words around them.
    uint32_t end = q.span.end;
    if (!q.fragments.empty()) end = q.fragments.back().end;
    auto it = std::lower_bound(by_content_.begin(), by_content_.end(),
                               std::make_pair(end, uint32_t{0}));
    if (it == by_content_.end()) return q.speaker;
    const Quote& next = doc_.quotes()[it->second];
    uint32_t begin = next.span.begin;
    if (!next.fragments.empty()) begin = next.fragments.front().begin;
    if (&next == &q || !Named(next.speaker) || begin < end || begin - end > 8 ||
        !next.sentence.Overlaps(q.sentence)) {
      return q.speaker;
    }
    for (uint32_t t = doc_.TokenAt(end); t < toks_.size() && toks_[t].span.begin < begin; ++t) {
      if (!IsQuoteMark(t) && Tok(t) != ",") return q.speaker;
    }
    return next.speaker;
  }

  void AssignKeys() {
    std::map<std::string, int> seen;
    for (Claim& c : doc_.mutable_claims()) {
      std::string unit = Lower(c.unit);
      if (IsPlural(unit)) unit.pop_back();
      std::string holder;
      if (c.holder.entity >= 0 &&
          c.holder.entity < static_cast<int32_t>(doc_.entities().size())) {
        holder = doc_.entities()[c.holder.entity].canonical_name;
      } else {
        holder = c.holder.name;
      }
      std::string key = std::string(NumberKindName(c.kind)) + "|" + unit + "|" +
                        Lower(c.counted) + "|" + Lower(holder);
      int n = ++seen[key];
      if (n > 1) {
        key.push_back('#');
        key.append(std::to_string(n));
      }
      c.claim_key = std::move(key);
    }
  }

  Document& doc_;
  const std::vector<Token>& toks_;
  std::vector<std::pair<uint32_t, uint32_t>> by_content_;  // begin, quote
  int poll_sentence_ = -1;                                 // the sentence poll_holder_ was found in
  Speaker poll_holder_;
  uint32_t poll_head_ = 0;  // its head noun's token
  uint32_t rate_base_ = UINT32_MAX;  // the number that is a rate's base ("per 100,000")
};

}  // namespace

ClaimExtractor::ClaimExtractor() {
  info_.name = "claims.rules";
  // Version history (holders; the earlier versions changed the claims):
  // 53: a number outside every quote's content has no holder; the sentence
  // of a quote no longer gives its speaker ("shows Sanders with 47
  // percent": the writer's number, not Sanders').
  // 54: a number in a quote with no cue and no speaker that runs straight
  // into an attributed quote (a stray opening mark split one statement)
  // takes that quote's speaker.
  // 55: a number between the pieces of a direct quote ("...,” he told 300
  // supporters, “...") is the writer's: no holder.
  // 56: a poll, survey, tally or record the sentence cites ("In a CNN/ORC
  // poll, 31% ...", "The survey found ...", "according to the poll", "FEC
  // records show") holds the sentence's figures that no quote gives a
  // speaker.
  // 57: a quote whose speaker is a share of the people polled ("52 percent
  // said ..., compared with 41 percent for ...") gives its figures no
  // holder (the sentence's cited poll, if any, takes them).
  // 58: a quote whose speaker the quote stage found but did not resolve (a
  // pronoun: "they conclude that four of the 10 justices") gives the
  // mention as holder, named by its words, unresolved; not "you", nor a
  // mention inside the quoted words.
  // 85: a bare figure set against an amount shares every scale the
  // numbers stage reads, through its one function (SuffixScale: "$4M, down
  // from 3.2" -> 3.2 million, "$40K, up from 35", "$4 thousand"; were the
  // bare figure); a span of time after a noun of change is no change
  // ("Gains of two to three years", v83 made it INCREASE).
  // 84: a slash between a money or measure unit and a word is a rate, as
  // "per" is ("65-66 cents / pound" -> "cent per pound", "1,100 bbl /
  // day"; were cents, barrels); not "+0.4m / m" (month on month) or "1.3
  // A/cm2".
  // 83: a noun of change before "of" gives the figure its direction ("an
  // increase of eight percent", "a drop of 200 points": were EXACT); a
  // level ("a loss of 63 cents") and a count ("a gain of 200,000 jobs")
  // keep none.
  // 82: "over" between a count's plural noun and a count of innings or
  // games names the span, EXACT ("10 hits over 6 1/3 innings", "two runs
  // over seven scoreless innings"; were MORE_THAN).
  // 81: a model number after lower-case modifiers of a count no longer
  // ends its noun phrase when a plural follows within three words ("two
  // new 737 max jets" -> jets, "three used 747 freighters"; were counts of
  // "new", "used").
  // 80: v78's parallel-clause count tests wholeness with std::floor, not a
  // cast to int, which was undefined for counts past 2^31 ("4 billion
  // people voted and 3 billion abstained" -> people; was bare).
  // 79: a capitalized possessor that is also a function word ("Said",
  // a weekday) opens a named set ("two of Said's books", "six of Sunday
  // 's 12 special stages" -> stages; were bare).
  // 78: a bare count that is the subject of its clause, after a comma or
  // a conjunction, counts the noun of the count before it when that count
  // was the subject of a parallel clause ("158 golf courses closed and
  // just 14 opened", "Two people were killed and six were injured"; were
  // bare).
  // 77: a count right before "others" counts them ("18 others were
  // injured", "joined 16 others"; was a bare number), as NewsQuant's gold
  // writes the word after a count.
  // 76: a bare whole number after a person's "be" is an age ("He will
  // be 35 by", "I'm 76, and", "Bamberg, who is 28,"; were bare), not
  // after "we"/"they" ("we were 11" counts people).
  // 75: "vs." as "vs" ("2.1 billion euros vs. 1.8" -> 1.8 billion euros).
  // 74: a count set off by a comma after a plural noun counts it
  // ("Millennials, numbering 75.3 million", "immigrant workers,
  // estimated at 350,000"; were bare).
  // 73: a past form after a count with an object after it is the verb,
  // not the noun counted ("walked one allowed five hits", "his first 50
  // included three sixes"; "three injured were taken" keeps its count).
  // 72: a count before a singular noun used as a modifier names the
  // compound ("a 51,000 seat stadium" -> "seat stadium", was the
  // stadium; "the 11 member trade agreement" -> "member trade
  // agreement", as NewsQuant's dev gold writes it); a plural head is
  // still what the number counts ("65 member countries").
  // 71: a bare figure after "up from", "down from", "versus", "against"
  // takes the unit of the amount before, and a figure below 1,000 of the
  // same order its scale word too ("$4 billion, up from 3.2" -> 3.2
  // billion dollars, also after a plain "from"); a value after "worth"
  // the currency of the amount before ("bonds worth three billion baht
  // and ... bonds worth 730 million").
  // 70: a bare figure set against a level reached or a figure compared
  // takes its unit ("rose to 3.1 million tonnes from 2.93 million", "to
  // 210,622 tonnes from the preliminary 210,683", "4,464 homes ...
  // compared to 4,570", "to five percent from six"; were bare), as the
  // result of "from 14-18 mpg to 24" did.
  // 69: a rate over a round base keeps the base, and what it counts, in
  // its unit ("4.5 per 100,000 people" -> "per 100,000 people", "12 deaths
  // per 1,000 live births" -> "deaths per 1,000 births"; were a bare 4.5
  // and a count of 100,000 people), and the base is no claim of its own.
  // 68: a plus glued between two figures joins them ("8GB+128GB", a
  // phone's memory variant): no MORE_THAN for the first, no INCREASE for
  // the second ("500+ jobs", "+0.5%" keep theirs).
  // 67: "sub-" glued before a currency symbol is a bound ("sub-$100
  // phones", as "sub-7 nanometer"; was EXACT).
  // 66: every form of the change verbs, and the other verbs of market
  // reports ("tanked 12%", "leapt 11%", "rocketed 80%": were EXACT, while
  // "plunged", "jumped" counted); "or" without its comma after a figure of
  // another kind is a conversion ("down 120 points or 0.5 percent" is
  // DECREASE, as "down 120 points, or 0.5 percent" was); the change verb
  // that "by" looks back to no longer lies past a comma and a conjunction
  // ("has grown, and it is now guided by an 80-member council" is EXACT).
  // 65: in a share's of-phrase a noun-or-verb ("plans") before a participle
  // and its preposition, or a comma, is the plural head ("half the
  // nonprofit co-op plans established with": was "co-op").
  // 64: "broken up five rings", "blew up two bridges" are phrasal verbs, no
  // rise; a level "off" an amount after "was", a comma or a market noun
  // has fallen ("output was off 0.2 percent", DECREASE, was EXACT); "the
  // 100 most influential people" counts people (was no unit).
  // 63: "went up to" a figure (a verb of motion in the past) is the level
  // reached, EXACT, not UP_TO.
  // 62: "-plus" is MORE_THAN when the unit is inside the mention ("35-plus
  // hours", was EXACT); "called up six players", "snapped up 16 items",
  // "bought up" are phrasal verbs, no rise.
  // 61: a rate per area ending a headline in capitals ("$80 PER SQ M.",
  // whose initial keeps its period) names the area in full.
  // 60: a sentence in capitals (a headline) is read as its lower-cased
  // copy (extractors/common/headline_case.h): "CONDUCTED" is no counted
  // noun, "SCORED 22 GOALS" counts goals.
  // 59: "for over three months", "in over three years", "after over two
  // years": a preposition already names the span, so "over" is a bound
  // (MORE_THAN), not the span itself; an area or volume after "per" is
  // named in full ("£80 per sq m" -> "pound sterling per square metre").
  // 86: a noun of change before "of" gives no direction again ("an
  // increase of eight percent", "GDP rise of 6.1 percent", "a drop of 200
  // points": EXACT, as v83 had made them INCREASE/DECREASE): NewsQuant's
  // gold reads a change a noun names as "=" (dev: "a sharp 3 percent
  // drop", "a 5-mpg boost", "a 5% pay rise"), the verb's and the
  // adverb's as up or down (dev: 45 of 49).
  // 87: an article right before the figure makes it a modifier of the
  // noun after it, no change ("opened up a 15-point lead", "added a 30
  // degree homer": were INCREASE).
  // 88: "upward"/"downward" before "by" give the direction ("revised
  // upward by Y=40 billion", dev's gold up; was EXACT); "upward of" is a
  // bound, as "upwards of" ("spend upward of $10 million": MORE_THAN).
  // 89: a change shared by a figure joined by "and" or a comma may have
  // a phrase of time or place after the first ("has risen 8 points since
  // October and 12 points", "up $5 from last Friday and $7": the second
  // was EXACT).
  info_.version = 89;
  // kQuotes gives the holders (speakers of the quotes numbers stand in).
  info_.needs = {Layer::kTokens, Layer::kNumbers, Layer::kQuotes};
  info_.adds = {Layer::kClaims};
}

StatusOr<std::unique_ptr<Extractor>> ClaimExtractor::Create(const ExtractorContext&) {
  return std::unique_ptr<Extractor>(new ClaimExtractor());
}

Status ClaimExtractor::Extract(Document& doc) const {
  doc.mutable_claims().clear();
  // A sentence in capitals is read as its lower-cased copy (headline_case.h).
  if (std::optional<Document> lowered = LowerAllCapsSentences(doc)) {
    ClaimBuilder(*lowered).Run();
    doc.mutable_claims() = std::move(lowered->mutable_claims());
    return OkStatus();
  }
  ClaimBuilder(doc).Run();
  return OkStatus();
}

}  // namespace newsie
