// CorefExtractor ("coref.rules"): resolves nominal and pronoun mentions to
// the entities they refer to, precise first: a reference is linked only
// when one entity fits, and left unresolved otherwise, never guessed.
// Adds kReferences (Entity::references) from kTokens, kEntities and
// kQuotes; names stay in Entity::mentions.
//
//   auto ex = CorefExtractor::Create(ctx);  // given names from ctx.gazetteers
//   (*ex)->Extract(doc);
//   for (const Mention& r : doc.entities()[e].references) ...;  // "he", ...
//
// What it links:
//  - Quote speakers: a quote whose speaker mention is a pronoun or a role
//    phrase ("he said", "the Kremlin spokesman said") that the quote stage
//    resolved to an entity gives that span to the entity. The quote stage
//    decides every speaker span: one it resolved otherwise or left
//    unresolved is never linked here, so the two layers cannot disagree;
//    the one exception is a role phrase it linked to no entity, which the
//    role-nominal rule below may link (the quote stage links speakers only
//    through the names in them, never through titles).
//  - Role nominals: "the secretary", "the spokesman", "the prime minister",
//    "the secretary of state", "the Kremlin spokesman": a definite phrase
//    headed by a title noun links to the one entity named before it whose
//    titles hold the head and every modifier ("Secretary of State Antony
//    Blinken" ... "the secretary"). Two such entities, or none: unresolved.
//    A title before a name ("the secretary, John Kerry,", "the president
//    Mohamed Morsi") is not a reference.
//  - Appositives: a definite nominal headed by a role noun right after a
//    person's name and a comma, closed by a comma, a dash, a bracket or the
//    sentence's end ("Lanhee Chen, the policy director, said"; "said Tom
//    Fitton, the president of Judicial Watch."), is that person; not in a
//    list ("Jane Doe, the mayor, and the police chief") nor with a clause
//    ("the mayor who resigned"). Later, a role nominal whose head and
//    modifiers the appositive holds, saying no more ("the policy director";
//    not "the president" after "the former president of the NAACP") and
//    with no relative clause, is that person too, as by a title.
//  - Personal pronouns: he/him/his/himself and she/her/hers/herself outside
//    quotation marks link to the nearest person named (or referred to)
//    before them in the same or the previous sentences of the paragraph, or
//    of the previous paragraph when this one names no one before the
//    pronoun, when that person's gender is known and agrees (words before
//    its mentions: "Mr.", "Mrs.", "his son"; its titles: "spokeswoman"; else
//    its given name) and no other person there may have that gender, and no
//    unnamed person noun of that gender ("a woman", "his wife", "the
//    spokesman") stands between them.
//    With no one there who may be the one, a pronoun of its gender linked
//    within five sentences before (this or the previous paragraph), with
//    only people of the other gender named since and no name of another
//    type opening a sentence between, continues its chain ("She followed
//    him" after "Mr. Brill got a job there", the last "she" being Mrs.
//    Brill).
//  - First person inside a direct quote: I/me/my/mine/myself go to the
//    quote's speaker when the quote stage linked it to a person named in
//    the speaker span ("...," Mr. Grant said), outside any quote within the
//    quote.
// Other pronouns inside quotation marks are the speaker's words about
// someone else (he, she) or a group (we): none is linked. "it", "they"
// and "we" outside quotes are linked only as adopted quote speakers.
//
// Thread safety: immutable after Create(); Extract() may run concurrently
// on distinct Documents.
#ifndef NEWSIE_EXTRACTORS_COREF_COREF_EXTRACTOR_H_
#define NEWSIE_EXTRACTORS_COREF_COREF_EXTRACTOR_H_

#include <memory>

#include "pipeline/extractor.h"

namespace newsie {

class CorefExtractor : public Extractor {
 public:
  // ctx.gazetteers may be null: given names then give no gender.
  static StatusOr<std::unique_ptr<Extractor>> Create(const ExtractorContext& ctx);
  const ExtractorInfo& info() const override { return info_; }
  Status Extract(Document& doc) const override;

 private:
  explicit CorefExtractor(const Gazetteers* gazetteers);
  ExtractorInfo info_;
  const Gazetteers* gazetteers_;
};

}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_COREF_COREF_EXTRACTOR_H_
