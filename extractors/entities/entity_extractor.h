// EntityExtractor ("entities.perceptron"): adds the kEntities layer, name
// mentions of PERSON, ORGANIZATION, LOCATION and MISC grouped into one
// entity per referent and article.
//
//   auto ex = EntityExtractor::Create(ctx);  // loads the model once
//   (*ex)->Extract(doc);                     // needs kTokens
//   for (const Entity& e : doc.entities()) std::cout << e.canonical_name;
//
// Steps: the two-stage perceptron tagger (ner_model.h) labels tokens; the
// spans are then cut to the rules (titles and honorifics leave
// person names and become the mention's `title`; no possessive clitic; no
// list of names as one mention); people in headlines and all-caps lines are
// kept only when the body or a gazetteer confirms them, and an all-caps
// paragraph opener before a comma or dash (a dateline) is a place; a
// name of two or more words from the hand-kept orgs/ lists (priority 0 or
// more: not the generated brands, airlines or WordNet organizations) that
// the tagger cut short, missed or typed otherwise, with no
// other candidate overlapping it, is that organization ("Islamic" MISC ->
// "Islamic State"); a head noun types a multi-word name ("... Act" MISC,
// "... Avenue" a place, "... Club" an organization);
// metonyms are typed by policy (below) and world regions
// (gazetteers/data/places/regions.tsv) are places; a lone word typed
// otherwise that is the surname of a gazetteer person becomes a person; a
// lone function word ("You", "The") or ordinal ("Fourth") is no name; and
// entity_linker.h groups mentions into entities with canonical names and
// gazetteer ids.
//
// Metonymy policy: a building, street or district named in place of the
// institution it houses ("the Kremlin", "the Pentagon", "Downing Street",
// "the White House", "Whitehall") is an ORGANIZATION with Mention::metonymy
// set, wherever it appears: the entries of the list
// gazetteers/data/orgs/metonyms.tsv (kMetonymList) that name no ordinary
// place in their ambiguous_with column, typed as the list says (a district
// standing for an industry, "Wall Street", "Silicon Valley", is a
// LOCATION: many firms, no one body). Those that do ("Brussels") and
// capital cities standing for their governments ("Washington said") keep
// the tagger's type, normally LOCATION: telling the two uses apart needs
// more than a name. CoNLL-2003 labels these buildings LOC, so
// `newsie eval ner` reports both ways (--metonymy-as-location).
//
// Options (ExtractorContext::options): "entities.model" = model path
// (default: the shipped extractors/entities/model/ner.bin); "entities.raw"
// = 1 keeps the tagger's spans as they are (no span rules, headline rule or
// metonymy; linking still runs) to measure what the rules change.
//
// Thread safety: immutable after Create(); Extract() may run concurrently
// on distinct Documents.
#ifndef NEWSIE_EXTRACTORS_ENTITIES_ENTITY_EXTRACTOR_H_
#define NEWSIE_EXTRACTORS_ENTITIES_ENTITY_EXTRACTOR_H_

#include <memory>
#include <string_view>
#include <string>
#include <utility>
#include <vector>

#include "extractors/entities/entity_linker.h"
#include "extractors/entities/ner_model.h"
#include "pipeline/extractor.h"
#include "pipeline/flat_string_map.h"

namespace newsie {

class EntityExtractor : public Extractor {
 public:
  // NotFound/DataLoss when the model cannot be loaded.
  static StatusOr<std::unique_ptr<Extractor>> Create(const ExtractorContext& ctx);
  const ExtractorInfo& info() const override { return info_; }
  Status Extract(Document& doc) const override;

  static constexpr const char* kModelPath = "extractors/entities/model/ner.bin";
  static constexpr const char* kMetonymList = "orgs/metonyms";
  // Continents and world regions: always LOCATION.
  static constexpr const char* kRegionList = "places/regions";
  // Religious communities (groups/religions): MISC, read by the span rules
  // only (the tagger's features leave groups/ out).
  static constexpr std::string_view kGroupListPrefix = "groups/";

 private:
  EntityExtractor(std::unique_ptr<ner::NerModel> model, const Gazetteers* gazetteers,
                  bool raw);
  // The rules below retype mentions; `tokens[i]` is the token range [first,
  // second) of mentions[i], known from the candidates (no search per
  // mention).
  using TokenRanges = std::vector<std::pair<uint32_t, uint32_t>>;
  void RetypeSurnames(const Document& doc, const std::vector<GazetteerMatch>& matches,
                      const TokenRanges& tokens, std::vector<Mention>* mentions) const;
  void TypeCityPlaces(const Document& doc, const std::vector<GazetteerMatch>& matches,
                      std::vector<Mention>* mentions) const;
  void TypeOpeningPlaces(const Document& doc, const std::vector<GazetteerMatch>& matches,
                         const TokenRanges& tokens, std::vector<Mention>* mentions) const;
  void TypeSurnamesOfPeople(const Document& doc, const std::vector<GazetteerMatch>& matches,
                            const TokenRanges& tokens, std::vector<Mention>* mentions) const;
  void TypePeopleBySurname(const Document& doc, const std::vector<GazetteerMatch>& matches,
                           const TokenRanges& tokens, std::vector<Mention>* mentions) const;
  static void UnifyWordTypes(const Document& doc, const TokenRanges& tokens,
                             std::vector<Mention>* mentions);
  void TypeSpeakingSurnames(const Document& doc, const TokenRanges& tokens,
                            std::vector<Mention>* mentions) const;
  void TypeReligions(const Document& doc, const std::vector<GazetteerMatch>& matches,
                     std::vector<Mention>* mentions) const;
  static void TypeHolidays(const Document& doc, std::vector<Mention>* mentions);
  static void TypeWorkTitles(const Document& doc, const TokenRanges& tokens,
                             std::vector<Mention>* mentions, std::vector<char>* works);
  void TypeOrgsByHeadWord(const Document& doc, const TokenRanges& tokens,
                          std::vector<Mention>* mentions) const;
  void TypeCommonNouns(const Document& doc, const TokenRanges& tokens,
                       std::vector<Mention>* mentions) const;
  void TypeOrgShortForms(const Document& doc, const std::vector<GazetteerMatch>& matches,
                         const TokenRanges& tokens, std::vector<Mention>* mentions) const;
  void TypeBrandProducts(const Document& doc, const std::vector<GazetteerMatch>& matches,
                         const TokenRanges& tokens, std::vector<Mention>* mentions) const;
  ExtractorInfo info_;
  std::unique_ptr<ner::NerModel> model_;
  const Gazetteers* gazetteers_;  // may be null
  bool raw_;                      // tagger spans only, no span rules
  std::unique_ptr<PersonSurnames> surnames_;  // null without gazetteers
  std::vector<char> group_entry_;  // by entry index: in a groups/ list
  // Folded keys of curated organizations' names ending in "'s", without
  // it ("lloyd" for "Lloyd's").
  FlatStringSet possessive_orgs_;
};

}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_ENTITIES_ENTITY_EXTRACTOR_H_
