// Test helper: checks that every span and cross-layer index an annotated
// Document holds stays inside the text and its layers. Shared by the
// any-bytes doctests (tests/extractors/any_bytes_test.cc) and the libFuzzer
// target (tests/fuzz/pipeline_fuzzer.cc), so it needs no doctest.
//
//   if (const char* bad = testing::FirstOutOfRange(doc)) Fail(bad);
#ifndef NEWSIE_TESTS_TESTING_SPAN_CHECK_H_
#define NEWSIE_TESTS_TESTING_SPAN_CHECK_H_

#include <cstddef>
#include <cstdint>

#include "pipeline/document.h"

namespace newsie::testing {

// The name of the first layer field found out of range ("mention title",
// "claim number index", ...), or nullptr when all are in range. An empty
// span (0, 0) counts as in range: it stands for "none".
inline const char* FirstOutOfRange(const Document& doc) {
  const size_t n = doc.text().size();
  auto in_text = [n](const Span& s) { return s.begin <= s.end && s.end <= n; };
  auto index_ok = [](int32_t i, size_t size) {
    return i >= -1 && (i < 0 || static_cast<size_t>(i) < size);
  };
  for (const Token& t : doc.tokens()) {
    if (!in_text(t.span)) return "token";
  }
  for (const Sentence& s : doc.sentences()) {
    if (!in_text(s.span)) return "sentence";
    if (s.token_begin > s.token_end || s.token_end > doc.tokens().size()) {
      return "sentence token range";
    }
  }
  for (const Paragraph& p : doc.paragraphs()) {
    if (!in_text(p.span)) return "paragraph";
    if (p.sentence_begin > p.sentence_end || p.sentence_end > doc.sentences().size()) {
      return "paragraph sentence range";
    }
  }
  for (const Mention& m : doc.mentions()) {
    if (!in_text(m.span)) return "mention";
    if (!in_text(m.title)) return "mention title";
    if (!index_ok(m.entity, doc.entities().size())) return "mention entity index";
  }
  for (const Entity& e : doc.entities()) {
    for (uint32_t i : e.mentions) {
      if (i >= doc.mentions().size()) return "entity mention index";
    }
    const int32_t self = static_cast<int32_t>(&e - doc.entities().data());
    for (const Mention& r : e.references) {
      if (!in_text(r.span) || r.span.empty()) return "entity reference";
      if (r.entity != self) return "entity reference entity index";
      if (r.kind == MentionKind::kName) return "entity reference kind";
    }
  }
  for (const NumberMention& x : doc.numbers()) {
    if (!in_text(x.span)) return "number";
  }
  for (const Quote& q : doc.quotes()) {
    if (!in_text(q.span)) return "quote";
    for (const Span& f : q.fragments) {
      if (!in_text(f)) return "quote fragment";
    }
    if (!in_text(q.cue)) return "quote cue";
    if (!in_text(q.sentence)) return "quote sentence";
    if (!in_text(q.speaker.mention)) return "quote speaker mention";
    if (!index_ok(q.speaker.entity, doc.entities().size())) return "quote speaker entity";
  }
  for (const Claim& c : doc.claims()) {
    if (!in_text(c.span)) return "claim";
    if (!in_text(c.value_span)) return "claim value";
    if (!in_text(c.sentence)) return "claim sentence";
    if (!in_text(c.holder.mention)) return "claim holder mention";
    if (!index_ok(c.holder.entity, doc.entities().size())) return "claim holder entity";
    if (!index_ok(c.number, doc.numbers().size())) return "claim number index";
  }
  return nullptr;
}

}  // namespace newsie::testing

#endif  // NEWSIE_TESTS_TESTING_SPAN_CHECK_H_
