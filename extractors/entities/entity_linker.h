// In-document entity linking: groups a Document's name mentions into
// entities, one per referent, and names them.
//
//   LinkEntities(doc, gazetteers);  // after mentions are in place
//   doc.entities()[doc.mentions()[i].entity].canonical_name;
//
// Rules, in order:
// - People: a multi-word name opens an entity ("Antony Blinken"); a later
//   or earlier single name joins the person whose last (else first) name
//   it is ("Blinken", "Mr. Blinken"; "Jr.", "Sr.", "II", "III"... are
//   never the last name: "Roberts" joins "John G. Roberts Jr."). When
//   several people before it share that name ("Hillary Clinton", "Bill
//   Clinton", then "Clinton"): the one whose gazetteer entry holds the
//   role a title names ("President Clinton" is Bill, "Secretary Clinton"
//   Hillary; a person of its own when the one known person of that role
//   is none of them: "President Obama" beside only "Michelle Obama"),
//   else the one an honorific's gender picks ("Mrs.
//   Clinton": by the words around its full names, "his wife Ghazala
//   Khan", "Hillary Clinton ... her husband", else the given-name list,
//   when it gives that gender to one and the other to the rest, else the
//   one already called "Mrs.", never one called "Mr." nor, the words
//   saying nothing, one whose given name the list gives the other gender
//   (even the only one: "Mr. Obama" beside "Michelle Obama"), and when all
//   before were, the next full name after, else a person of its own; "Mr.
//   and Mrs. Khan" has no gender), else the one named most often before
//   it (the article's principal: "Ted
//   Cruz" ... "Heidi Cruz" ... "Cruz said" is Ted), then of those tied the
//   only one the gazetteers know, else the nearest. With none before it,
//   the nearest after it. Two full names with the same first and last word
//   are one person ("Vladimir V. Putin"), unless both give middle names
//   that differ, initials aside ("George H.W. Bush", "George W. Bush";
//   "Rodney G. King" is "Rodney Glen King") or their suffixes
//   differ ("Donald Trump Jr."), or one without middle names may be either
//   of two people: the article gives two middles for it, or the gazetteers
//   give it to two people ("George Bush" beside "George W. Bush" is his
//   father). A couple's given names sharing one surname ("Khizr and
//   Ghazala Khan") are two people: the first is the full name "Khizr
//   Khan" (not after a title or a list of names, nor when the word is a
//   surname or another person's given name in the article), and where the
//   given-name list gives neither a gender, the first is taken for the
//   man ("Mr. Khan") and the second for the woman, as news orders them. A surname of several words joins the one
//   longer name that ends with it ("Peña Nieto", "Suu Kyi", "De Blasio"
//   ... "Bill de Blasio"); with two such names, neither. A single
//   capitalized name typed otherwise that is a known person's surname
//   becomes that person, unless a gazetteer knows it as a thing of its own
//   type.
// - Organizations, places, other names: the same folded name, without a
//   leading "the" and periods ("E.U." = "EU"), is one entity; an acronym
//   joins the entity whose initials it spells ("E.U." -> "European Union"),
//   unless its entity already holds such a name; spelled out as a thing
//   of another type, it leaves its gazetteer entry behind ("DNC" for the
//   "Democratic National Convention" is not the committee);
//   names the gazetteers resolve to the same entry are one entity;
//   a one-word organization name that is the last word of exactly one
//   longer organization name of capitalized words, and stands alone after
//   "the" somewhere ("the Brotherhood said", TheNameStandsAlone), joins it
//   ("Muslim Brotherhood"; "The Post" joins "The Washington Post"), unless
//   the gazetteers know the word as an entry of its own.
// - The canonical name is the gazetteer's canonical when the entity matched
//   an entry (its id goes to gazetteer_id), else the fullest mention. A
//   person matches an entry only with evidence beyond a bare surname: a
//   mention that is a full alias of it, alone or with its title ("Pope
//   Francis" as title and name), or (surname only, `surnames`
//   given) a title on a mention that names the one role among the known
//   people of that surname that the entry's note names ("Prime Minister
//   Brown"; not "Brown", "Mr. Brown", "Vice President Brown"), or (with
//   `surnames`) when every mention of the entity is a name the entry's
//   `surname_alone` column gives ("Trump said", "Mr. Trump") and the
//   article names no other person of that name: no other person mention
//   ends with it ("Melania Trump", "Donald Trump Jr." block "Trump"), and
//   no honorific of the entity says the other gender than the entry's
//   (its `gender` column, else its given name's: "Mrs. Trump"; "Mr." and
//   "Mrs." on one entity: two people).
//   When several entries of the entity's type share the alias,
//   PreferredEntry picks one ("Washington" is the capital, not the state);
//   for people none: an alias two person entries share ("George Bush":
//   both presidents) links neither.
// - States marked as such: a place whose name a state (an ISO 3166-2
//   subdivision of kind "state": US, Indian, Nigerian, Mexican... states)
//   shares with a city or country is that state when its own words say so:
//   "Washington state", "New York State", "Washington State" as one name,
//   "the state of Washington", "upstate New York", after a state's office
//   ("a congressman from Georgia", "the governor of New York": senator,
//   congressman/woman, representative, governor), and after a city of the
//   state's country and a comma ("Seattle, Washington", "Atlanta, Georgia";
//   not in a list: "New York, Washington and Chicago"), and in a list beside
//   a name whose preferred reading is a state of the same country
//   ("Virginia, Georgia and Alabama"; not "Washington, D.C.", nor
//   "Washington, Iowa", a town before its state). The marked mention
//   links to the state and groups only with the state's other mentions;
//   the marker is not spread to the unmarked mentions of the name, which
//   keep PreferredEntry ("Washington said ... officials in Washington
//   state": the capital and the state, two entities): news marks the state
//   mostly to set it apart from the capital or country.
// - Entity titles: the distinct titles of its mentions, in text order.
//
// Thread safety: stateless.
#ifndef NEWSIE_EXTRACTORS_ENTITIES_ENTITY_LINKER_H_
#define NEWSIE_EXTRACTORS_ENTITIES_ENTITY_LINKER_H_

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/document.h"
#include "pipeline/flat_string_map.h"

namespace newsie {

class Gazetteers;
struct GazetteerEntry;
struct GazetteerMatch;

// Surnames of the gazetteers' people: the last word of each multi-word
// name of a PERSON entry of a curated list (priority 0 or more; a
// generated list's historical figures, people/wordnet, give none: "Sam
// Houston" would make every "Houston" a person), folded, suffixes ("Jr.",
// "III") left out; a monarch's name ("Queen Elizabeth II", "Charles III")
// has none. Also the names a `surname_alone` column gives ("Trump",
// "Zelensky|Zelenskyy", "Xi", "Peña Nieto";
// gazetteers/data/people/politicians.tsv says when an analyst sets one).
// Built once per Gazetteers.
class PersonSurnames {
 public:
  explicit PersonSurnames(const Gazetteers& g);
  // The entries with this folded surname ("blinken"); nullptr when none.
  const std::vector<const GazetteerEntry*>* Find(std::string_view folded) const;
  // The entry whose surname_alone names `folded_name` (folded, periods
  // dropped, words one space apart: "trump", "pena nieto"); nullptr when
  // none does, when two entries do, or when another person entry has its
  // last word as surname ("Clinton" marked on Bill would still name
  // Hillary).
  const GazetteerEntry* FindAlone(std::string_view folded_name) const;

 private:
  // Both find a std::string_view key (no string built per lookup).
  FlatStringMap<std::vector<const GazetteerEntry*>> by_surname_;
  FlatStringMap<const GazetteerEntry*> alone_;
};

// Replaces doc.entities() and sets Mention::entity for every mention.
// `gazetteers` may be null; `matches` are its matches over the document
// (ner::MatchDocument), computed here when null.
// A person entity named only by a surname takes the gazetteer entry of the
// one known person with that surname whose role (note) a title of the
// entity names, else of the entry whose surname_alone names it (no
// namesake in the article), when `surnames` is given.
// A mention that `works` marks (non-zero; one element a mention, when
// given) is a work's title ("the documentary “Weiner”"): it keeps its type
// and joins no person of the same name.
void LinkEntities(Document& doc, const Gazetteers* gazetteers,
                  const std::vector<GazetteerMatch>* matches = nullptr,
                  const PersonSurnames* surnames = nullptr,
                  const std::vector<char>* works = nullptr);

// The token after a possessive clitic and a party word ("Republican",
// "Democratic", "GOP", "Democrat") at token `t`, each where present: where
// an office or a vote after a place name stands ("Nevada's Democratic
// caucuses"). May return doc.tokens().size().
uint32_t SkipPossessiveAndParty(const Document& doc, uint32_t t);

// Whether the one-word name at token `t` stands as a noun phrase of its
// own after "the": "the" before it, and after it the text's end,
// punctuation, a possessive, an auxiliary or a speech verb of the
// gazetteers' CUE list ("the Brotherhood said", "the Post reported", "fear
// of the Brotherhood."); not a modifier ("the Zika virus", "the Democratic
// primaries"). `g` may be null (no speech verbs then).
bool TheNameStandsAlone(const Document& doc, const Gazetteers* g, uint32_t t);

// Whether every token in [tb, te) is capitalized or in capitals ("Muslim
// Brotherhood", "NAACP Legal Defense Fund"; not "Bank of Georgia").
bool EveryWordCapitalized(const Document& doc, uint32_t tb, uint32_t te);

// The matches opening at token `tb`, longest or shortest in the order
// given. REQUIRES: `matches` ordered by token_begin (as Gazetteers::Match
// returns them).
std::span<const GazetteerMatch> MatchesOpeningAt(const std::vector<GazetteerMatch>& matches,
                                                 uint32_t tb);

// The match covering exactly tokens [tb, te), or nullptr. REQUIRES:
// `matches` ordered by token_begin (as Gazetteers::Match returns them).
const GazetteerMatch* FindMatch(const std::vector<GazetteerMatch>& matches, uint32_t tb,
                                uint32_t te);

// The preferred entry (PreferredEntry) of the match covering exactly
// [tb, te), or nullptr.
const GazetteerEntry* FindEntryForTokens(const Gazetteers& g,
                                         const std::vector<GazetteerMatch>& matches,
                                         uint32_t tb, uint32_t te, EntityType type);

// The entity type a gazetteer entry type stands for: PERSON, ORGANIZATION
// (and COMPANY, NEWS_ORGANIZATION, GOVERNMENT_BODY, ...), LOCATION (and
// COUNTRY, CITY, SUBDIVISION, REGION, ...); kUnspecified for the rest
// (TITLE, GIVEN_NAME, CUE, ...).
EntityType EntityTypeOfGazetteerType(std::string_view type);

// Of `entries` (indices into g), those whose type maps to `type`, the one
// PreferredForLinking (gazetteers/gazetteer.h) ranks first: the highest
// priority (a `priority` column, else country > city > subdivision), then
// the largest population, then the first loaded; nullptr
// when none. "Washington" names the capital, not the state.
const GazetteerEntry* PreferredEntry(const Gazetteers& g, const std::vector<uint32_t>& entries,
                                     EntityType type);

// PreferredEntry among the entries having an alias that folds like
// `phrase`, or nullptr.
const GazetteerEntry* FindEntryOfType(const Gazetteers& g, std::string_view phrase,
                                      EntityType type);

}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_ENTITIES_ENTITY_LINKER_H_
