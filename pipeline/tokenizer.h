// The text stage's tokenizer: splits a Document's text into paragraphs,
// sentences and tokens without rewriting it, and classifies quotation marks
// and apostrophes.
//
//   Document doc("“It is over,” Gov. Smith said. He left.");
//   TokenizeDocument(doc);
//   doc.sentences().size();  // 2: "Gov." does not end a sentence
//
// Character classes come from ICU's character database (u_charType,
// u_isUWhiteSpace over U8_NEXT), with an ASCII fast path. Sentence ends
// follow news conventions: abbreviations such as "U.S.", "Dec. 23", "Gov.",
// "Mr.", "Sept. 11", "No. 2" do not end a sentence; a sentence-final mark
// followed by closing quotes ends it after the quotes; a newline always ends
// a paragraph (and so a sentence). A quote running over several sentences
// is left for the quote stage to find from the marks' flags.
//
// Thread safety: stateless; safe to call concurrently on distinct Documents.
#ifndef NEWSIE_PIPELINE_TOKENIZER_H_
#define NEWSIE_PIPELINE_TOKENIZER_H_

#include <cstdint>
#include <string_view>

#include "pipeline/document.h"

namespace newsie {

// Fills tokens, sentences and paragraphs of `doc` (replacing any present).
void TokenizeDocument(Document& doc);

// True for the quotation-mark code points the text stage recognises
// (straight, curly, low-9, angle, fullwidth; double and single).
bool IsQuoteMarkCodePoint(uint32_t cp);

// True when `word` (without its period) is a known abbreviation that takes a
// period ("Gov", "Sept", "No", "Inc").
bool IsKnownAbbreviation(std::string_view word);

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_TOKENIZER_H_
