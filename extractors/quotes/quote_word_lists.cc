// The word lists more than one of the quote extractor's files read (see
// quote_extractor_internal.h); lists one file alone reads live in it.

#include "extractors/quotes/quote_extractor_internal.h"

namespace newsie::quotes::internal {

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

// Quantities that stand for people as a subject ("one in three said").
const WordSet& Quantifiers() {
  static const auto* s = new WordSet{
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "half", "most", "many", "several", "some", "majority", "others", "few"};
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

// Units of time in a lead phrase ("Hours later, ...", "Two days ago, ...").
const WordSet& TimeUnits() {
  static const auto* s = new WordSet{
      "minutes", "hours", "days", "weeks", "months", "years", "moments", "ago",
      "afternoon", "earlier", "later"};
  return *s;
}

// Singular nouns of people and bodies that speak ("with the mayor saying",
// "with the company adding"): a phrase they end may name a speaker.
const WordSet& SpeakerNouns() {
  static const auto* s = new WordSet{
      "mayor", "governor", "president", "senator", "minister", "secretary",
      "spokesman", "spokeswoman", "spokesperson", "official", "chairman",
      "chairwoman", "director", "chief", "leader", "prosecutor", "judge",
      "lawyer", "attorney", "sheriff", "candidate", "nominee", "ambassador",
      "commissioner", "congressman", "congresswoman", "lawmaker", "chancellor",
      "premier", "king", "queen", "pope", "adviser", "advisor", "aide",
      "analyst", "expert", "economist", "company", "agency", "ministry",
      "government", "department", "campaign", "committee", "court", "party",
      "administration", "council", "board", "union", "police", "military",
      "army", "embassy", "firm", "bank", "group", "commission", "executive",
      "founder", "owner"};
  return *s;
}

}  // namespace newsie::quotes::internal
