#include "extractors/text/text_extractor.h"

#include <cstdint>

#include "pipeline/tokenizer.h"

namespace newsie {

TextExtractor::TextExtractor() {
  info_.name = "text.icu";
  // 2: "D-N.Y." (a letter-dotted part after a hyphen) is one token.
  // 3: "R-Ky." (a known abbreviation after a hyphen) is one token; no
  // sentence opens with a comma or semicolon.
  // 4: a straight mark glued to a colon and a word opens (`said:"We`).
  // 5: a lower-case month abbreviation before a day ("dated feb. 21") is
  // one token and ends no sentence (lower-cased copy split the sentence).
  // 6: the same in capitals ("DATED FEB. 21", a headline).
  // 7: a mojibake word ("PeÃ±a": UTF-8 read as Latin-1) is one token: a
  // U+0080-U+00BF character after "Ã"/"Ä"/"Å" (or a double encoding's "Â")
  // continues the word; a soft hyphen or zero-width character between
  // letters does not split it.
  info_.version = 7;
  info_.adds = {Layer::kTokens};
}

StatusOr<std::unique_ptr<Extractor>> TextExtractor::Create(const ExtractorContext&) {
  return std::unique_ptr<Extractor>(new TextExtractor());
}

Status TextExtractor::Extract(Document& doc) const {
  // Spans are 32-bit byte offsets.
  if (doc.text().size() >= UINT32_MAX) {
    return OutOfRangeError("article of 4 GiB or more");
  }
  TokenizeDocument(doc);
  return OkStatus();
}

}  // namespace newsie
