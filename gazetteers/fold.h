// Folding for gazetteer matching: case folding and accent stripping through
// ICU, with an ASCII fast path, and typographic apostrophes and hyphens
// mapped to their ASCII forms. "Zelenskyy", "ZELENSKYY" and "Zelénskyy"
// fold alike.
//
//   std::string k = FoldForMatch("Élysée Palace");  // "elysee palace"
//
// Thread safety: stateless; ICU's normalizer singletons are thread-safe.
#ifndef NEWSIE_GAZETTEERS_FOLD_H_
#define NEWSIE_GAZETTEERS_FOLD_H_

#include <string>
#include <string_view>

namespace newsie {

// Case-folds, removes combining marks (after NFKD) and maps ’ ‘ to ', the
// dashes ‐ ‑ to -. Invalid UTF-8 bytes become U+FFFD.
std::string FoldForMatch(std::string_view s);

// Appends FoldForMatch(s) to *out (avoids a temporary in hot loops).
void AppendFolded(std::string_view s, std::string* out);

}  // namespace newsie

#endif  // NEWSIE_GAZETTEERS_FOLD_H_
