// Mining dumps for gazetteer work: names the extractors found that no list
// covers (candidates for new entries), and how often each entry matches
// (stats). `newsie gazetteer candidates|stats` feed Documents run through
// the pipeline into these, one at a time.
//
//   CandidateMiner miner(gazetteers);
//   for (Document& doc : docs) { pipeline.Run(doc); miner.Add(doc); }
//   for (const Candidate& c : miner.Candidates(/*min_count=*/3)) ...
//
// Thread safety: Add() mutates; use one miner per thread, or one thread.
#ifndef NEWSIE_GAZETTEERS_MINING_H_
#define NEWSIE_GAZETTEERS_MINING_H_

#include <cstdint>
#include <map>
#include <ostream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "gazetteers/gazetteer.h"
#include "pipeline/document.h"

namespace newsie {

// A name no gazetteer entry covers, grouped over a dump by probable
// referent: surname-only mentions ("Rubio") count toward the full name
// ("Marco Rubio") they were linked to in their article (else the full name
// in the article ending with them, else the only full name in the dump that
// does); an acronym counts toward its spelled-out name seen in the dump
// ("NRA" -> "National Rifle Association"). Left out: names covered once
// periods are ignored ("DC" for "D.C."), lone given names ("Bob"), plurals
// of known surnames ("the Clintons"), and names made only of words the dump
// also writes in lower case ("Union", "Social Security"): as aliases they
// would match those words everywhere.
//
// Each candidate carries a confidence in (0, 1]: the product of a factor
// per doubt that the evidence over all its mentions raises, each named by a
// flag (CandidateFlagsHelp() lists them). The evidence generalizes over
// dumps; none of it names particular strings:
// - type agreement: the share of mentions the tagger gave the chosen type;
// - the span's surroundings: a title it cuts ("Senate Majority" of "Senate
//   Majority Leader"), quote marks around it (slogans), '@' or '#' before
//   it, "in"/"at" before it (places), a number before it ("Four
//   Pinocchios"), the same capitalized word next to it (a span cut short:
//   organizations and places take the word in, "Republican Jewish
//   Coalition"; people are doubtful, "Sandy Hook" of "Sandy Hook
//   Elementary"), the same common noun after it ("the Mar-a-Lago resort");
// - the dump: how often the tagger names a capitalized word ("TV", "OK"),
//   acronyms spelled out in lower case ("PAC"), a longer name of another
//   type ("Glass-Steagall Act"), a full name whose surname it is ("Cosby");
// - the lists: demonyms of known places ("Iowans"), titles inside the span,
//   a direction before a known place ("Western Europe"), a common word or
//   a known surname where a given name should be ("Trump Tower", "Will
//   Sanders" at a sentence start), CamelCase joins of a known name
//   ("HillaryClinton"), a title opening the name ("Justice Scalia"), an
//   honorific before a non-person ("Mr. Effron"), a place head word
//   ("Maricopa County"), an acronym inside a person's name ("Junge SVP").
struct Candidate {
  std::string id;         // suggested id: "person:marco-rubio"
  std::string type;       // PERSON, ORGANIZATION, LOCATION, MISC
  std::string canonical;  // the most frequent full surface
  std::vector<std::string> aliases;  // other surfaces seen, most frequent first
  uint32_t count = 0;     // mentions
  uint32_t articles = 0;  // distinct articles
  std::vector<std::string> examples;  // up to two sentences, from distinct articles
  double confidence = 1.0;  // product of the doubts' factors, in (0, 1]
  std::vector<std::string> flags;  // the doubts: "type_share=0.50", "title", ...
};

// One line per flag name: what it means.
const char* CandidateFlagsHelp();

class CandidateMiner {
 public:
  // REQUIRES: `gazetteers` outlives the miner.
  explicit CandidateMiner(const Gazetteers& gazetteers);

  // Collects the name mentions of `doc` (kEntities layer; mentions whose
  // entity carries a gazetteer_id, or whose surface a gazetteer entry of an
  // entity type covers, are skipped) and the evidence about them.
  void Add(const Document& doc);

  // Candidates with at least `min_count` mentions and at least
  // `min_confidence`, most frequent first (ties: more articles, then
  // canonical name).
  std::vector<Candidate> Candidates(uint32_t min_count, double min_confidence = 0.0) const;

 private:
  struct Group {
    std::map<std::string, uint32_t> type_votes;
    std::map<std::string, uint32_t> surfaces;  // full surfaces
    uint32_t count = 0;
    std::unordered_set<std::string> articles;
    std::vector<std::pair<std::string, std::string>> examples;  // (article, sentence)
    // Evidence, counted over full-form mentions outside headlines.
    uint32_t context = 0;    // such mentions
    uint32_t title_cut = 0;  // a title starts inside the span and ends after it
    uint32_t quoted = 0;     // enclosed in quote marks
    uint32_t handle = 0;     // after '@' or '#'
    uint32_t named = 0;      // with a title or honorific before it
    uint32_t initial = 0;    // first token of its sentence
    uint32_t locative[2] = {0, 0};  // right after "in", "at"
    uint32_t title_inside = 0;      // a capitalized title strictly inside
    uint32_t counted = 0;           // after a number
    std::map<std::string, uint32_t> before, after;  // capitalized neighbour words
    std::map<std::string, uint32_t> after_lower;    // lower-case word after it, folded
    void Absorb(const Group& o, bool surfaces_too);
  };
  // What one document says about an acronym ("NRA"): spelled out in lower
  // case ("political action committee") or capitalized, by folded key.
  struct Acronym {
    uint32_t lower = 0;
    std::string lower_example;
    std::map<std::string, uint32_t> capitalized;
  };
  bool Covered(std::string_view surface) const;
  void Count(Group& g, const std::string& type, std::string_view surface,
             const std::string& article, std::string_view sentence, bool full);
  void AddAcronyms(const Document& doc);

  const Gazetteers& gaz_;
  // Folded full name -> group.
  std::unordered_map<std::string, Group> groups_;
  // Surname-only mentions not folded within their article: folded token ->
  // group, resolved against full names in Candidates().
  std::unordered_map<std::string, Group> surnames_;
  // Folded last tokens of covered PERSON aliases: a surname of a known
  // person is not a candidate.
  std::unordered_set<std::string> known_surnames_;
  // Folded keys of entity aliases with periods removed: "DC" is "D.C.".
  std::unordered_set<std::string> undotted_;
  // Folded word -> occurrences written in lower case over the dump. A name
  // made only of such words ("Social Security", "Union") is a word, and as
  // an alias would match it everywhere (matching folds case).
  std::unordered_map<std::string, uint32_t> lowercase_;
  // Folded word -> occurrences written capitalized or in capitals outside
  // name mentions.
  std::unordered_map<std::string, uint32_t> unnamed_;
  // Folded acronym -> how the dump spells it out.
  std::unordered_map<std::string, Acronym> acronyms_;
  uint64_t doc_counter_ = 0;
};

// Hits of gazetteer entries over a dump: longest non-overlapping alias
// matches within each sentence (kTokens layer).
class GazetteerStats {
 public:
  explicit GazetteerStats(const Gazetteers& gazetteers);
  void Add(const Document& doc);

  // Writes TSV sections ("# lists", "# top entries", "# ambiguous aliases",
  // "# never hit"): per list entries/hit/hits; the `top` most-hit entries;
  // aliases that matched more than one entry, by hits; entries never hit
  // (all when `all_never_hit`, else a count per list).
  void Write(std::ostream& os, size_t top, bool all_never_hit) const;

  uint64_t hits(uint32_t entry) const { return hits_[entry]; }
  uint64_t documents() const { return docs_; }

 private:
  const Gazetteers& gaz_;
  std::vector<uint64_t> hits_;
  std::vector<uint32_t> articles_;
  std::vector<uint64_t> last_doc_;
  struct Ambiguous {
    std::string surface;
    uint64_t hits = 0;
    const std::vector<uint32_t>* entries = nullptr;
  };
  std::unordered_map<std::string, Ambiguous> ambiguous_;  // folded key -> ...
  uint64_t docs_ = 0;
};

// "Marco Rubio" -> "marco-rubio" (ASCII letters and digits, folded).
std::string Slug(std::string_view name);

}  // namespace newsie

#endif  // NEWSIE_GAZETTEERS_MINING_H_
