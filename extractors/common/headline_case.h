// Sentences written in capitals (headlines, wire slugs: "AT LEAST 22 KILLED
// IN BLAST") carry no case information, as lower-cased copy carries none;
// the rules that read capitals as names ("Apollo 11", "35 Palestinians")
// would read every word of them as a name. The numbers and claims stages
// read such a sentence as its lower-cased copy instead, through a shadow
// Document whose text has those sentences' ASCII letters lowered (byte
// lengths, and so every span, stay the same) and whose tokens there carry
// kTokLower instead of kTokCapitalized (kTokAllCaps stays: the words were
// written in capitals, which a headline's rules read).
//
//   std::optional<Document> lowered = LowerAllCapsSentences(doc);
//   const Document& read = lowered ? *lowered : doc;
//
// Thread safety: stateless.
#ifndef NEWSIE_EXTRACTORS_COMMON_HEADLINE_CASE_H_
#define NEWSIE_EXTRACTORS_COMMON_HEADLINE_CASE_H_

#include <optional>

#include "pipeline/document.h"

namespace newsie {

// True when sentence `s` of `doc` is written in capitals: at least three
// words of two or more letters, all in capitals, and no more than one
// lower-case ASCII letter to ten capitals ("5.5kWh" inside a headline).
bool IsAllCapsSentence(const Document& doc, const Sentence& s);

// A copy of `doc` (text, tokens, sentences, paragraphs, mentions,
// entities, quotes, numbers, claims) with every all-caps sentence lowered,
// or nullopt when `doc` has none (the common case: one pass over the
// sentences, stopping at each one's first lower-case letter).
std::optional<Document> LowerAllCapsSentences(const Document& doc);

}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_COMMON_HEADLINE_CASE_H_
