// UnitTable: the units gazetteer (gazetteers/data/units/*.tsv, entries of
// type UNIT) compiled into two lookup maps, one for units written after a
// number ("84 tons", "30%", "2 million euros") and one for symbols written
// before it ("$12", "US$ 3", "PS2.7m").
//
//   auto units = UnitTable::Create(gazetteers);   // gazetteers may be null
//   const UnitInfo* u = (*units)->MatchAfter(doc, tok, end, &next);
//
// Keys are the unit's surface without white space, case-folded (ASCII) unless
// the row says case=exact ("M", "PS", "W"). Matching joins up to four tokens.
//
// Thread safety: immutable after Create(); all methods are const.
#ifndef NEWSIE_EXTRACTORS_NUMBERS_UNIT_TABLE_H_
#define NEWSIE_EXTRACTORS_NUMBERS_UNIT_TABLE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "pipeline/document.h"
#include "pipeline/status.h"
#include "pipeline/flat_string_map.h"

namespace newsie {

class Gazetteers;

// kDigitSuffix: after a number written in digits only ("64 bits", "16-bit"),
// never after a word numeral ("not one bit": an idiom of degree).
// kSingularSuffix: a singular unit word after a number below two only ("1/2
// cup", "one cup"); after a larger number the singular word is a noun
// modifier ("the 2019 cup final", "three cup finals").
enum class UnitPosition {
  kSuffix,
  kPrefix,
  kBoth,
  kMoneySuffix,
  kMeasureSuffix,
  kDigitSuffix,
  kSingularSuffix
};

struct UnitInfo {
  std::string id;
  std::string canonical;  // "ton", "dollar", "percent"
  NumberKind kind = NumberKind::kMeasure;
  std::string currency;   // ISO 4217 for money
  UnitPosition position = UnitPosition::kSuffix;
};

class UnitTable {
 public:
  // Builds from the UNIT entries of `g`; when `g` is null or has none, loads
  // the shipped units list (DefaultGazetteerDir() + "/units").
  static StatusOr<std::unique_ptr<UnitTable>> Create(const Gazetteers* g);

  // Longest unit whose surface is the text `s` (no white space inside).
  // `after`: a unit following a number; otherwise one preceding it.
  const UnitInfo* Lookup(std::string_view s, bool after) const;

  // Longest unit starting at token `tok` (and ending before `limit`), the
  // tokens joined without their white space. Sets *next to the token after
  // it. `after` as above.
  const UnitInfo* Match(const Document& doc, uint32_t tok, uint32_t limit,
                        bool after, uint32_t* next) const;

  // Longest unit ending at token `last` (inclusive) and starting at or after
  // `first`; for symbols before a number. Sets *begin to its first token.
  const UnitInfo* MatchBefore(const Document& doc, uint32_t first,
                              uint32_t last, uint32_t* begin) const;

  // For a money-suffix unit ("pounds"), the measure read of the same key
  // ("pound-mass"), used when the number has no scale word; `u` otherwise.
  const UnitInfo* Alternative(const UnitInfo* u, std::string_view key) const;

  size_t size() const { return units_.size(); }

 private:
  UnitTable() = default;
  void Add(const std::string& alias, bool exact, const UnitInfo* u);
  const UnitInfo* Find(std::string_view key, bool after) const;
  // A filter over the after/before keys (no false negatives): one bit per
  // key's length, by exact or folded, after or before, and first byte.
  // Find() turns most tokens near a number away with it, without probing
  // the map twice.
  void AddShape(bool exact, bool after, std::string_view text);
  bool MayHold(bool exact, bool after, std::string_view text) const;

  std::vector<std::unique_ptr<UnitInfo>> units_;
  // Keys: 'a' or 'b' (after/before), 'x' or 'f' (exact/folded), then text.
  FlatStringMap<const UnitInfo*> map_;
  // Folded aliases written with a space between two words ("square
  // feet"): only these may join two words set off by a space in Match()
  // ("100 m in 10 seconds" is not "min").
  FlatStringMap<const UnitInfo*> spaced_;
  uint64_t shapes_[2][2][256] = {};  // [exact][after][first byte]: bit = length
};

}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_NUMBERS_UNIT_TABLE_H_
