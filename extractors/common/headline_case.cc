#include "extractors/common/headline_case.h"

#include <string>
#include <vector>

namespace newsie {

bool IsAllCapsSentence(const Document& doc, const Sentence& s) {
  std::string_view t = doc.Slice(s.span);
  size_t upper = 0, lower = 0;
  for (char c : t) {
    if (c >= 'A' && c <= 'Z') {
      ++upper;
    } else if (c >= 'a' && c <= 'z') {
      // Fail fast on running text: its first words hold lower case.
      if (++lower * 10 > upper + 30) return false;
    }
  }
  if (upper == 0 || lower * 10 > upper) return false;
  int caps_words = 0;
  const auto& toks = doc.tokens();
  for (uint32_t i = s.token_begin; i < s.token_end && caps_words < 3; ++i) {
    if (toks[i].Has(kTokAllCaps) && toks[i].Has(kTokWord)) ++caps_words;
  }
  return caps_words >= 3;
}

std::optional<Document> LowerAllCapsSentences(const Document& doc) {
  std::vector<const Sentence*> caps;
  for (const Sentence& s : doc.sentences()) {
    if (IsAllCapsSentence(doc, s)) caps.push_back(&s);
  }
  if (caps.empty()) return std::nullopt;
  std::string text(doc.text());
  std::vector<Token> tokens = doc.tokens();
  for (const Sentence* s : caps) {
    for (uint32_t b = s->span.begin; b < s->span.end; ++b) {
      char& c = text[b];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    for (uint32_t i = s->token_begin; i < s->token_end; ++i) {
      Token& t = tokens[i];
      // kTokAllCaps stays: the word was written in capitals, which some
      // rules read as a headline's ("AT LEAST 10 KILLED": the verb).
      if (t.Has(kTokCapitalized)) {
        t.flags &= ~kTokCapitalized;
        t.flags |= kTokLower;
      }
    }
  }
  Document out(std::move(text));
  out.mutable_meta() = doc.meta();
  out.mutable_tokens() = std::move(tokens);
  out.mutable_sentences() = doc.sentences();
  out.mutable_paragraphs() = doc.paragraphs();
  out.mutable_mentions() = doc.mentions();
  out.mutable_entities() = doc.entities();
  out.mutable_quotes() = doc.quotes();
  out.mutable_numbers() = doc.numbers();
  out.mutable_claims() = doc.claims();
  return out;
}

}  // namespace newsie
