#include "pipeline/document.h"

#include <algorithm>

namespace newsie {

const char* LayerName(Layer layer) {
  switch (layer) {
    case Layer::kTokens: return "kTokens";
    case Layer::kEntities: return "kEntities";
    case Layer::kNumbers: return "kNumbers";
    case Layer::kQuotes: return "kQuotes";
    case Layer::kClaims: return "kClaims";
    case Layer::kReferences: return "kReferences";
  }
  return "kUnknown";
}

const char* EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kUnspecified: return "UNSPECIFIED";
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrganization: return "ORGANIZATION";
    case EntityType::kLocation: return "LOCATION";
    case EntityType::kMisc: return "MISC";
  }
  return "UNSPECIFIED";
}

const char* NumberKindName(NumberKind k) {
  switch (k) {
    case NumberKind::kUnspecified: return "UNSPECIFIED";
    case NumberKind::kCardinal: return "CARDINAL";
    case NumberKind::kOrdinal: return "ORDINAL";
    case NumberKind::kPercent: return "PERCENT";
    case NumberKind::kMoney: return "MONEY";
    case NumberKind::kMeasure: return "MEASURE";
    case NumberKind::kDate: return "DATE";
    case NumberKind::kYear: return "YEAR";
    case NumberKind::kTime: return "TIME";
    case NumberKind::kDuration: return "DURATION";
    case NumberKind::kFraction: return "FRACTION";
    case NumberKind::kCount: return "COUNT";
    case NumberKind::kAge: return "AGE";
    case NumberKind::kPhone: return "PHONE";
    case NumberKind::kOther: return "OTHER";
  }
  return "UNSPECIFIED";
}

const char* QualifierName(Qualifier q) {
  switch (q) {
    case Qualifier::kUnspecified: return "UNSPECIFIED";
    case Qualifier::kExact: return "EXACT";
    case Qualifier::kApproximate: return "APPROXIMATE";
    case Qualifier::kMoreThan: return "MORE_THAN";
    case Qualifier::kAtLeast: return "AT_LEAST";
    case Qualifier::kLessThan: return "LESS_THAN";
    case Qualifier::kAtMost: return "AT_MOST";
    case Qualifier::kUpTo: return "UP_TO";
    case Qualifier::kIncrease: return "INCREASE";
    case Qualifier::kDecrease: return "DECREASE";
    case Qualifier::kRange: return "RANGE";
  }
  return "UNSPECIFIED";
}

int Document::SentenceAt(uint32_t byte) const {
  auto it = std::upper_bound(
      sentences_.begin(), sentences_.end(), byte,
      [](uint32_t b, const Sentence& s) { return b < s.span.end; });
  if (it == sentences_.end() || byte < it->span.begin) return -1;
  return static_cast<int>(it - sentences_.begin());
}

uint32_t Document::TokenAt(uint32_t byte) const {
  auto it = std::upper_bound(
      tokens_.begin(), tokens_.end(), byte,
      [](uint32_t b, const Token& t) { return b < t.span.end; });
  return static_cast<uint32_t>(it - tokens_.begin());
}

}  // namespace newsie
