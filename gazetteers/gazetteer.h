// Gazetteers: the analyst-maintained lists under gazetteers/data/ (people,
// organizations, places, titles, cue verbs, units, ...), loaded at run time
// into one matcher. Changing a list changes extraction with no rebuild.
//
// File format (UTF-8 TSV): '#' comment lines first (provenance, license,
// and an optional "# example:" block), then a header row naming the
// columns, then one entry a line. Required columns: id, type, canonical.
// Optional: aliases ('|'-separated surface forms), and any others (qid,
// country, valid_from, valid_to, note, source, ...), kept as fields.
//
//   auto g = Gazetteers::Load({"gazetteers/data"});
//   if (!g.ok()) return g.status();
//   for (const GazetteerMatch& m : (*g)->Match(doc, s.token_begin, s.token_end))
//     ...;
//
// Thread safety: immutable after Load(); all methods are const and safe to
// call concurrently.
#ifndef NEWSIE_GAZETTEERS_GAZETTEER_H_
#define NEWSIE_GAZETTEERS_GAZETTEER_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/document.h"
#include "pipeline/flat_string_map.h"
#include "pipeline/status.h"

namespace newsie {

struct GazetteerEntry {
  std::string id;         // stable id, unique across all lists
  std::string type;       // upper case: PERSON, ORGANIZATION, LOCATION, CUE, ...
  std::string canonical;  // canonical name
  std::vector<std::string> aliases;  // surface forms; canonical first
  std::map<std::string, std::string> fields;  // other columns by header name
  std::string list;  // list name: path under the data dir without ".tsv"
  std::string file;  // path as loaded
  uint32_t line = 0;
  // Which entry an alias names when several entries of one entity type share
  // it ("Washington": the capital, not the state): the highest priority
  // wins, then the larger population, then load order (see
  // PreferredForLinking). From the `priority` column when the row gives
  // one (an integer), else by kind: kPriorityCountry for places/countries,
  // kPriorityCity for places/cities, kPrioritySubdivision for
  // places/subdivisions, 0 for the rest. Capitals rank as cities, by
  // population: a capital tier would put Plymouth, Montserrat (no people)
  // before Plymouth, England.
  int32_t priority = 0;
  // From the `population` column, else "population N" in the note; 0 when
  // unknown.
  uint64_t population = 0;
  // Which place list the entry comes from (by list name), set at load with
  // priority: PreferredForLinking puts a city before a subdivision of its
  // own country whatever their priorities.
  enum class PlaceKind : uint8_t { kOther, kCountry, kCity, kSubdivision };
  PlaceKind place_kind = PlaceKind::kOther;
  // Value of an optional column, or "" when absent.
  const std::string& Field(const std::string& name) const;
};

inline constexpr int32_t kPriorityCountry = 40;
inline constexpr int32_t kPriorityCity = 20;
inline constexpr int32_t kPrioritySubdivision = 10;

// True when `a` is to be linked rather than `b` (same alias, same entity
// type): a city before a subdivision of its own country ("Washington" is
// the capital, not the state, even though US states carry priority 30),
// else higher priority, then larger population. Equal entries are not
// preferred either way; callers keep the first in load order.
bool PreferredForLinking(const GazetteerEntry& a, const GazetteerEntry& b);

// A problem found while loading or linting, printed as "file:line: message".
struct GazetteerProblem {
  std::string file;
  uint32_t line = 0;
  std::string message;
  bool error = true;  // false: a warning
  std::string ToString() const;
};

// One list file's raw content, before parsing.
struct GazetteerFile {
  std::string list;     // list name: path under its data dir without ".tsv"
  std::string path;     // path as read, for messages
  std::string content;  // raw bytes
};

// One alias occurrence in a document: tokens [token_begin, token_end).
struct GazetteerMatch {
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  const std::vector<uint32_t>* entries = nullptr;  // indices into entry()
};

class Gazetteers {
 public:
  // Loads every *.tsv below each directory (later directories add to
  // earlier ones). Malformed rows are skipped and reported in `problems`;
  // an unreadable or missing directory is NotFound.
  static StatusOr<std::unique_ptr<Gazetteers>> Load(
      const std::vector<std::string>& dirs,
      std::vector<GazetteerProblem>* problems = nullptr);
  // Reads every *.tsv below each directory, sorted by path within a
  // directory, directories in the order given. NotFound when a directory or
  // file cannot be read.
  static StatusOr<std::vector<GazetteerFile>> ReadFiles(
      const std::vector<std::string>& dirs);
  // Parses files as read by ReadFiles(); problems as for Load().
  static StatusOr<std::unique_ptr<Gazetteers>> FromFiles(
      const std::vector<GazetteerFile>& files,
      std::vector<GazetteerProblem>* problems = nullptr);
  // Loads lists given as (list name, file content) pairs; for tests.
  static StatusOr<std::unique_ptr<Gazetteers>> FromStrings(
      const std::vector<std::pair<std::string, std::string>>& lists,
      std::vector<GazetteerProblem>* problems = nullptr);

  // Hex digest of the loaded data; written into every record.
  const std::string& fingerprint() const { return fingerprint_; }
  // Names of the loaded lists, in load order.
  const std::vector<std::string>& lists() const { return lists_; }

  size_t size() const { return entries_.size(); }
  const GazetteerEntry& entry(uint32_t i) const { return entries_[i]; }

  // Entries having an alias that folds like `phrase`, or nullptr.
  const std::vector<uint32_t>* Find(std::string_view phrase) const;
  // The first such entry of type `type`, or nullptr.
  const GazetteerEntry* FindTyped(std::string_view phrase,
                                  std::string_view type) const;
  bool Contains(std::string_view phrase, std::string_view type) const {
    return FindTyped(phrase, type) != nullptr;
  }
  // Entries of one type, in load order.
  std::vector<uint32_t> EntriesOfType(std::string_view type) const;

  // Every alias occurrence within tokens [token_begin, token_end) of `doc`,
  // overlapping ones included, ordered by token_begin then longest first.
  // REQUIRES: the kTokens layer.
  std::vector<GazetteerMatch> Match(const Document& doc, uint32_t token_begin,
                                    uint32_t token_end) const;
  // The same matches, appended to *out (no vector per call: the entity
  // stage matches every capitalized run of a document).
  void AppendMatches(const Document& doc, uint32_t token_begin, uint32_t token_end,
                     std::vector<GazetteerMatch>* out) const;

  // The folded lookup key of a surface phrase (tokens folded, joined by one
  // space), as used by Find() and Match().
  static std::string Key(std::string_view phrase);

  // Example sentences from "# example:" blocks, by list.
  const std::map<std::string, std::vector<std::string>>& examples() const {
    return examples_;
  }

 private:
  Gazetteers() = default;
  void AddFile(const std::string& list, const std::string& file,
               std::string_view content, std::vector<GazetteerProblem>* problems);
  void Finish();
  static bool SetPriority(GazetteerEntry& e);

  std::vector<GazetteerEntry> entries_;
  std::vector<std::string> lists_;
  // Both maps find a std::string_view key (AppendMatches looks up slices
  // of its folded buffer without copying them).
  // Key -> 1 + its index in key_entries_ (the entries of the key's
  // aliases), so that the map's slots stay small.
  FlatStringMap<uint32_t> by_key_;
  std::vector<std::vector<uint32_t>> key_entries_;
  // Folded first token -> max alias length in tokens starting with it.
  FlatStringMap<uint32_t> first_tokens_;
  // One bit per hashed key of by_key_ and first_tokens_ (no false
  // negatives): Match() skips most absent keys without a map lookup.
  static constexpr uint32_t kKeyFilterBits = 1u << 19;
  static uint32_t KeyFilterBit(std::string_view key) { return FilterBit(FilterHash(key)); }
  // FNV-1a of `bytes` continuing from `h`: a key's hash extends to the
  // key with more tokens without rehashing its start.
  static uint64_t FilterHash(std::string_view bytes, uint64_t h = 1469598103934665603ull) {
    for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
    return h;
  }
  static uint32_t FilterBit(uint64_t h) {
    return static_cast<uint32_t>(h ^ (h >> 32)) & (kKeyFilterBits - 1);
  }
  bool MaybeKeyHash(uint64_t h) const {
    uint32_t bit = FilterBit(h);
    return (key_filter_[bit >> 6] >> (bit & 63)) & 1;
  }
  void AddToKeyFilter(std::string_view key) {
    uint32_t bit = KeyFilterBit(key);
    key_filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  std::vector<uint64_t> key_filter_ = std::vector<uint64_t>(kKeyFilterBits / 64);
  std::map<std::string, std::vector<std::string>> examples_;
  std::string fingerprint_;
  uint64_t hash_ = 1469598103934665603ull;
};

// The shipped data directory: $NEWSIE_GAZETTEERS if set, else
// FindDataPath("gazetteers/data") (pipeline/data_path.h).
std::string DefaultGazetteerDir();

}  // namespace newsie

#endif  // NEWSIE_GAZETTEERS_GAZETTEER_H_
