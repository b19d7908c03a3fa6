// Document: one article version's immutable UTF-8 text, its metadata, and
// the annotation layers extractors add to it. Every span is a half-open
// [begin, end) range of UTF-8 byte offsets into text().
//
//   Document doc(std::move(text));
//   doc.mutable_meta().article_id = "wapo-123";
//   pipeline.Run(doc);
//   for (const Quote& q : doc.quotes()) std::cout << doc.Slice(q.span);
//
// Thread safety: a Document is owned by one worker at a time. Layers are
// filled in pipeline order; nothing changes text() after construction.
#ifndef NEWSIE_PIPELINE_DOCUMENT_H_
#define NEWSIE_PIPELINE_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsie {

// Half-open [begin, end) UTF-8 byte offsets into Document::text().
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(Span o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(Span o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(Span a, Span b) {
    return a.begin == b.begin && a.end == b.end;
  }
};

// The annotation layers. An extractor declares which it needs and adds.
enum class Layer {
  kTokens,     // tokens, sentences and paragraphs (the text stage)
  kEntities,   // mentions and entities (persons, orgs, locations)
  kNumbers,    // every numeric expression
  kQuotes,     // direct, partial and indirect quotes with speakers
  kClaims,     // numeric claims
  kReferences, // nominal and pronoun mentions resolved to entities
};
const char* LayerName(Layer layer);  // "kTokens", ...

// ---------------------------------------------------------------- text stage

// Token flags, set by the text stage. Several may be set at once.
enum TokenFlag : uint32_t {
  kTokWord = 1u << 0,         // letters (possibly with digits, ' . -)
  kTokNumber = 1u << 1,       // starts with a digit
  kTokPunct = 1u << 2,        // punctuation or symbol
  kTokCapitalized = 1u << 3,  // first letter is upper or title case
  kTokAllCaps = 1u << 4,      // at least two letters, all upper case
  kTokLower = 1u << 5,        // first letter is lower case
  kTokQuoteMark = 1u << 6,    // any double or single quotation mark
  kTokOpenQuote = 1u << 7,    // a quote mark that opens (by glyph or context)
  kTokCloseQuote = 1u << 8,   // a quote mark that closes
  kTokAbbrev = 1u << 9,       // word ending in an abbreviation period ("Gov.")
  kTokParaStart = 1u << 10,   // first token of a paragraph
  kTokSentStart = 1u << 11,   // first token of a sentence
  kTokPossessive = 1u << 12,  // the "'s" / "’s" / "'" clitic split off a word
  kTokSingleQuote = 1u << 13, // the quote mark is a single one (‘ ’ ')
  kTokHyphenated = 1u << 14,  // word contains an inner hyphen
  kTokSentEnd = 1u << 15,     // last token of a sentence
};

struct Token {
  Span span;
  uint32_t flags = 0;
  bool Has(uint32_t f) const { return (flags & f) != 0; }
};

struct Sentence {
  Span span;
  uint32_t token_begin = 0;  // index into tokens(), half-open
  uint32_t token_end = 0;
  uint32_t paragraph = 0;    // index into paragraphs()
};

struct Paragraph {
  Span span;
  uint32_t sentence_begin = 0;  // index into sentences(), half-open
  uint32_t sentence_end = 0;
};

// ---------------------------------------------------------------- entities

enum class EntityType { kUnspecified, kPerson, kOrganization, kLocation, kMisc };
const char* EntityTypeName(EntityType t);  // "PERSON", ...

enum class MentionKind { kName, kNominal, kPronoun };

struct Mention {
  Span span;
  EntityType type = EntityType::kUnspecified;
  MentionKind kind = MentionKind::kName;
  int32_t entity = -1;  // index into entities(), -1 until linked
  Span title;           // "Secretary of State" before "Antony Blinken"
  bool metonymy = false;
  float confidence = 1.0f;
};

struct Entity {
  EntityType type = EntityType::kUnspecified;
  std::string canonical_name;
  std::string gazetteer_id;
  std::string wikidata_id;
  std::vector<uint32_t> mentions;  // indices into mentions(), text order
  std::vector<std::string> titles;
  // Nominal and pronoun mentions resolved to this entity ("the secretary",
  // "he"), text order, kind kNominal or kPronoun, `entity` set to this
  // entity's index. Kept apart from `mentions`, which holds names only.
  std::vector<Mention> references;
};

// ---------------------------------------------------------------- quotes

struct Speaker {
  std::string name;     // entity canonical name or the mention's text
  int32_t entity = -1;  // index into entities(), -1 when not linked
  Span mention;         // the mention used: a name, a title or a pronoun
  bool resolved = false;
  float confidence = 0.0f;
};

enum class QuoteKind { kDirect, kPartial, kIndirect, kScare };

struct Quote {
  // Whole extent of the content; for PARTIAL and INDIRECT with both marks
  // of every quote it holds one of (see quote.proto).
  Span span;
  // The quoted pieces, without the marks; for INDIRECT, and for a PARTIAL
  // quote split by its attribution (`That, he said, "would be ..."`), the
  // pieces of content around the attribution.
  std::vector<Span> fragments;
  QuoteKind kind = QuoteKind::kDirect;
  Speaker speaker;
  Span cue;
  Span sentence;  // from the first to the last sentence it stands in
  // A passive cue ("were said to be", "are expected to") and no speaker:
  // the attribution names no source (quote.proto `sourceless`).
  bool sourceless = false;
  // Who first said relayed words ("A quoted B as saying": B), or an empty
  // mention when the text names no relay (quote.proto `original_speaker`).
  Speaker original_speaker;
};

// ---------------------------------------------------------------- numbers

enum class NumberKind {
  kUnspecified, kCardinal, kOrdinal, kPercent, kMoney, kMeasure, kDate,
  kYear, kTime, kDuration, kFraction, kCount, kAge, kPhone, kOther,
};
const char* NumberKindName(NumberKind k);  // "CARDINAL", ...

struct NumberMention {
  Span span;
  double value = 0;
  double low = 0, high = 0;  // ranges; both equal value otherwise
  bool is_range = false;
  NumberKind kind = NumberKind::kCardinal;
  std::string unit;      // normalized unit when attached ("percent", "ton")
  std::string currency;  // ISO 4217 for money
};

enum class Qualifier {
  kUnspecified, kExact, kApproximate, kMoreThan, kAtLeast, kLessThan,
  kAtMost, kUpTo, kIncrease, kDecrease,
  kRange,  // proto compatibility only: never emitted (ranges are EXACT or a bound)
};
const char* QualifierName(Qualifier q);  // "EXACT", ...

struct Claim {
  double value = 0;
  std::optional<double> low, high;  // set for ranges
  Span value_span;       // the number as written
  std::string unit;      // "troops", "ton", "dollar", "percent"
  std::string counted;   // "defense equipment"
  std::string currency;
  Qualifier qualifier = Qualifier::kExact;
  NumberKind kind = NumberKind::kCount;
  Span span;      // the claim phrase
  Span sentence;
  Speaker holder;
  std::string claim_key;
  int32_t number = -1;   // index into numbers()
};

// ---------------------------------------------------------------- records

enum class Severity { kInfo, kWarning, kError };

struct Diagnostic {
  Severity severity = Severity::kWarning;
  std::string stage;
  std::string message;
  // Where in the input the problem is (reader diagnostics); empty/0 if n/a.
  std::string file;
  uint64_t line = 0;
};

struct ArticleMeta {
  std::string article_id;
  std::optional<int64_t> version;
  std::string date;
  std::string title;
  std::string url;
  std::string source;
  std::string origin;  // "file:line" of the input record
};

class Document {
 public:
  Document() = default;
  explicit Document(std::string text) : text_(std::move(text)) {}
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;
  Document(Document&&) = default;
  Document& operator=(Document&&) = default;

  std::string_view text() const { return text_; }
  // REQUIRES: s.end <= text().size()
  std::string_view Slice(Span s) const {
    return std::string_view(text_).substr(s.begin, s.end - s.begin);
  }

  const ArticleMeta& meta() const { return meta_; }
  ArticleMeta& mutable_meta() { return meta_; }

  // Layers. The const accessors are for readers; extractors fill the
  // mutable ones of the layers they declare in ExtractorInfo::adds.
  const std::vector<Token>& tokens() const { return tokens_; }
  const std::vector<Sentence>& sentences() const { return sentences_; }
  const std::vector<Paragraph>& paragraphs() const { return paragraphs_; }
  const std::vector<Mention>& mentions() const { return mentions_; }
  const std::vector<Entity>& entities() const { return entities_; }
  const std::vector<Quote>& quotes() const { return quotes_; }
  const std::vector<NumberMention>& numbers() const { return numbers_; }
  const std::vector<Claim>& claims() const { return claims_; }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

  std::vector<Token>& mutable_tokens() { return tokens_; }
  std::vector<Sentence>& mutable_sentences() { return sentences_; }
  std::vector<Paragraph>& mutable_paragraphs() { return paragraphs_; }
  std::vector<Mention>& mutable_mentions() { return mentions_; }
  std::vector<Entity>& mutable_entities() { return entities_; }
  std::vector<Quote>& mutable_quotes() { return quotes_; }
  std::vector<NumberMention>& mutable_numbers() { return numbers_; }
  std::vector<Claim>& mutable_claims() { return claims_; }

  void AddDiagnostic(Severity sev, std::string stage, std::string message) {
    diagnostics_.push_back({sev, std::move(stage), std::move(message), {}, 0});
  }
  void AddDiagnostic(Diagnostic d) { diagnostics_.push_back(std::move(d)); }

  // Index of the sentence containing byte offset `byte`, or -1.
  // REQUIRES: the kTokens layer.
  int SentenceAt(uint32_t byte) const;
  // Index of the first token whose end is after `byte`; tokens().size()
  // when none.
  uint32_t TokenAt(uint32_t byte) const;

 private:
  std::string text_;
  ArticleMeta meta_;
  std::vector<Token> tokens_;
  std::vector<Sentence> sentences_;
  std::vector<Paragraph> paragraphs_;
  std::vector<Mention> mentions_;
  std::vector<Entity> entities_;
  std::vector<Quote> quotes_;
  std::vector<NumberMention> numbers_;
  std::vector<Claim> claims_;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_DOCUMENT_H_
