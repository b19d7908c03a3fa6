#include "extractors/quotes/quote_extractor.h"

#include <doctest/doctest.h>

#include <fstream>
#include <initializer_list>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "extractors/register_builtin.h"
#include "gazetteers/gazetteer.h"
#include "pipeline/pipeline.h"
#include "pipeline/registry.h"
#include "pipeline/tokenizer.h"

namespace newsie {
namespace {

const Gazetteers& Cues() {
  static const Gazetteers* g = [] {
    auto loaded = Gazetteers::Load({std::string(NEWSIE_SOURCE_DIR) + "/gazetteers/data/cues"});
    REQUIRE(loaded.ok());
    return loaded->release();
  }();
  return *g;
}

const Extractor& Quotes() {
  static const Extractor* ex = [] {
    ExtractorContext ctx;
    ctx.gazetteers = &Cues();
    auto created = QuoteExtractor::Create(ctx);
    REQUIRE(created.ok());
    return created->release();
  }();
  return *ex;
}

// An entity of `type` named `name` mentioned at every occurrence of
// `surface`.
void AddEntity(Document& doc, const std::string& surface, const std::string& name,
               EntityType type) {
  Entity e;
  e.type = type;
  e.canonical_name = name;
  const int32_t id = static_cast<int32_t>(doc.entities().size());
  std::string_view text = doc.text();
  for (size_t pos = text.find(surface); pos != std::string_view::npos;
       pos = text.find(surface, pos + 1)) {
    Mention m;
    m.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + surface.size())};
    m.type = type;
    m.entity = id;
    e.mentions.push_back(static_cast<uint32_t>(doc.mentions().size()));
    doc.mutable_mentions().push_back(m);
  }
  doc.mutable_entities().push_back(e);
}

// A person named `name` mentioned at every occurrence of `surface`.
void AddPerson(Document& doc, const std::string& surface, const std::string& name) {
  AddEntity(doc, surface, name, EntityType::kPerson);
}

struct Got {
  QuoteKind kind;
  std::string text;     // fragments joined by " | "
  std::string speaker;  // mention text
  std::string name;
  int32_t entity;
  bool resolved;
  bool sourceless = false;
  std::string original;  // original_speaker's mention text (v122)
  std::string original_name;
};

std::vector<Got> Run(Document& doc) {
  TokenizeDocument(doc);
  // Mentions are added after tokenizing in the callers that need them.
  REQUIRE(Quotes().Extract(doc).ok());
  std::vector<Got> out;
  for (const Quote& q : doc.quotes()) {
    Got g{q.kind, "", std::string(doc.Slice(q.speaker.mention)), q.speaker.name,
          q.speaker.entity, q.speaker.resolved, q.sourceless,
          std::string(doc.Slice(q.original_speaker.mention)), q.original_speaker.name};
    for (size_t i = 0; i < q.fragments.size(); ++i) {
      if (i) g.text += " | ";
      g.text += doc.Slice(q.fragments[i]);
    }
    out.push_back(g);
  }
  return out;
}

std::vector<Got> Run(const std::string& text) {
  Document doc(text);
  return Run(doc);
}

const Got* Find(const std::vector<Got>& got, const std::string& needle) {
  for (const Got& g : got) {
    if (g.text.find(needle) != std::string::npos) return &g;
  }
  return nullptr;
}

// An INDIRECT attribution expected in `text`: its content (fragments
// joined by " | ") and its speaker's mention.
struct IndirectCase {
  const char* text;
  const char* content;
  const char* speaker;
};

void CheckIndirect(const IndirectCase& c) {
  CAPTURE(c.text);
  const auto got = Run(c.text);
  const Got* g = Find(got, c.content);
  REQUIRE(g != nullptr);
  CHECK(g->kind == QuoteKind::kIndirect);
  CHECK(g->text == c.content);
  CHECK(g->speaker == c.speaker);
}

TEST_CASE("QuoteExtractor: attributes quote to preceding said-verb subject") {
  SUBCASE("quote, subject, verb") {
    auto got = Run("\u201cWe will win,\u201d Smith said.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "We will win,");
    CHECK(got[0].speaker == "Smith");
  }
  SUBCASE("subject, verb, colon, quote") {
    auto got = Run("Smith said: \"We will win.\"");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "We will win.");
    CHECK(got[0].speaker == "Smith");
  }
  SUBCASE("inverted: said X") {
    auto got = Run("\"We will win,\" said Jane Smith, a party official.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "Jane Smith");
  }
  SUBCASE("told reporters with a time") {
    auto got = Run("\u201cWe will win,\u201d President Lee told reporters Monday.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "President Lee");
  }
  SUBCASE("a title or role as the speaker") {
    auto got = Run("\u201cThe answer is ready,\u201d the Kremlin spokesman said.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker.find("Kremlin spokesman") != std::string::npos);
    got = Run("\u201cThe talks failed,\u201d a U.S. official said.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker.find("official") != std::string::npos);
  }
  SUBCASE("a party tag or a short phrase between speaker and verb") {
    auto got = Run("\u201cIt is a dog whistle,\u201d Rep. Gwen Moore (D-Wis.) said Friday.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "Rep. Gwen Moore");
    got = Run("\u201cThe veto will fall,\u201d Majority Leader Ann Lee, R-Ky., said Tuesday.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "Majority Leader Ann Lee");
    // A dotted state abbreviation in the tag does not end the sentence.
    got = Run("\u201cIt is a dog whistle,\u201d Sen. Ann Lee (D-N.Y.) said Friday.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "Sen. Ann Lee");
    got = Run("\u201cWhy did he not pay?\u201d a narrator in the ad asks.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "a narrator");
  }
  SUBCASE("an appositive between speaker and verb") {
    auto got = Run("\u201cWe were wrong,\u201d Ramos, 58, told a news agency.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Ramos");
  }
}

TEST_CASE("QuoteExtractor: 'add' before an amount is the verb of increase, no cue") {
  Document doc("The company added 300 jobs last year, its chief executive said.");
  auto got = Run(doc);
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kIndirect);
  CHECK(got[0].text == "The company added 300 jobs last year");
  CHECK(got[0].speaker == "its chief executive");
  CHECK(Run("Add 1/2 cup of sugar. Stir well.").empty());
  // A cue 'added' before a clause still reports.
  CHECK(Find(Run("He added that the plant would close."), "the plant would close"));
}

TEST_CASE("QuoteExtractor: a cue verb in a sense that reports nothing is no cue") {
  SUBCASE("'decline' of a quantity") {
    CHECK(Run("Trade between the two nations declined 40 percent in the first half.").empty());
    CHECK(Run("His approval has declined slightly from 58 percent in May.").empty());
    CHECK(Run("His health declined rapidly after the fall.").empty());
    CHECK(Run("Sales declined by nine points since March.").empty());
    // The speech sense: "declined to ...", "declined an interview".
    auto got = Run("The senator declined to say whether she would run again.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "The senator");
    CHECK(!Run("Mr. Lou declined sharply to offer a figure for layoffs.").empty());
  }
  SUBCASE("'called off', 'backed off', 'backed down'") {
    CHECK(Run("Several Mexican businesses have called off projects with him.").empty());
    CHECK(Run("Under pressure from the coal states, Berlin backed off, replacing the levy.")
              .empty());
    CHECK(Run("The state party eventually backed down, but the fight went on.").empty());
    // Backing off something retracts it, as PolNeAR annotates it.
    CHECK(!Run("Trump backed off some of his initial proposals on taxes.").empty());
  }
  SUBCASE("'found itself', 'found ways to', 'helped found'") {
    CHECK(Run("The bank has found itself at the center of the island's debt crisis.").empty());
    CHECK(Run("The senator found ways to press his agenda through small amendments.").empty());
    CHECK(Run("Clinton found a way to make it so.").empty());
    CHECK(Run("Ms. Arnold helped found EDGE, an environmental justice group.").empty());
    // The cue of finding out stays.
    auto got = Run("The inspector general found that the aide had followed up on the request.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "The inspector general");
  }
  SUBCASE("'calls up', 'grand slams', 'sang' a song, 'showed it to' (v119)") {
    CHECK(Run("Jorge calls up six Porto players for the qualifier.").empty());
    CHECK(Run("The coach called up an uncapped defender on Sunday.").empty());
    CHECK(Run("Sorrento, who has six career grand slams, hit the ninth of the season.")
              .empty());
    CHECK(Run("As she spoke, a guitar duo sang Pete Seeger anthems in the square.").empty());
    CHECK(Run("The children were singing the national anthem at school.").empty());
    CHECK(Run("Revellers were singing and dancing the day away in high spirits.").empty());
    CHECK(Run("When aides showed it to him, the governor left the room.").empty());
    // The words sung, in quotation marks, and a showing of a finding stay.
    auto got = Run("Billy Joel sings, \u201cDon't go changing to try and please me.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Billy Joel");
    got = Run("\u201cPromise mama you'll keep your hands in sight,\u201d Blige sings to Clinton.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Blige");
    got = Run("The audit showed it to be a clerical error by the county office.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "The audit");
  }
  SUBCASE("'found' of a body or a verdict, 'showed up' (v116)") {
    CHECK(Run("Two girls have been found dead in a cellar near the town.").empty());
    CHECK(Run("A 28th person was found at the house of the gunman.").empty());
    CHECK(Run("Two younger brothers found him hanging from a tree early Monday.").empty());
    CHECK(Run("De Kock was found guilty of murder on Tuesday.").empty());
    CHECK(Run("The former star was found not guilty of the murders by a jury.").empty());
    CHECK(Run("Hundreds of supporters showed up to hear him speak in the park.").empty());
    CHECK(Run("A documentary showed off some of the renovations to the plane.").empty());
    // A finding of a report or a study stays, and so does "it was found that".
    auto got = Run("The study found that garlic pills do not lower cholesterol.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "The study");
    got = Run("It was found that the records had been kept in a private server.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "that the records had been kept in a private server");
  }
  SUBCASE("'maintain' with a noun phrase keeps something") {
    CHECK(Run("Rubio still maintains an overwhelming lead in congressional endorsements.")
              .empty());
    CHECK(Run("She has maintained her status as the front-runner for months.").empty());
    auto got = Run("The campaign has long maintained that the emails were not classified.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "The campaign");
  }
  SUBCASE("the noun 'show' after a possessive or ending a title") {
    CHECK(Run("Mr. Hannity's show has all the trappings of a newscast.").empty());
    auto got = Run(
        "On The Steve Harvey Morning Show on Tuesday, Clinton criticized the police officer "
        "for shooting an unarmed man.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Clinton");
    // The verb after a plural subject stays a cue.
    CHECK(!Run("Polls show that majorities favor the plan.").empty());
  }
  SUBCASE("an imperative 'Continue' before a word that is no cue (web boilerplate)") {
    CHECK(Run("Photo\n\nAdvertisement Continue reading the main story\n\nThe rally was "
              "loud.")
              .empty());
    auto got = Run("Continue reading the main story. \u201cWe will win,\u201d Lee said.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Lee");
  }
}

TEST_CASE("QuoteExtractor: more attribution shapes") {
  SUBCASE("a question mark ends the sentence before the attribution") {
    auto got = Run("\"Is that all there is?\" Smith asked. \"We need more.\"");
    REQUIRE(!got.empty());
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "Smith");
  }
  SUBCASE("according to X before a quote") {
    auto got = Run("According to the newspaper, \u201cThe rules are weak.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "the newspaper");
  }
  SUBCASE("a participle speaks for the sentence subject") {
    auto got = Run("Carson shared a syllabus on his page, writing \u201cHere is the class.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "Carson");
  }
  SUBCASE("a lead phrase makes the quote part of a longer statement") {
    auto got = Run("Instead, Axelrod said, \"she started as a favorite.\"");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kPartial);
    CHECK(got[0].speaker == "Axelrod");
  }
  SUBCASE("an appositive before an indirect cue") {
    auto got = Run("Norma Samour, the owner of a shop, said she would back the plan.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kIndirect);
    CHECK(got[0].text == "she would back the plan");
    CHECK(got[0].speaker == "Norma Samour");
  }
  SUBCASE("a role phrase with the name in an appositive") {
    auto got = Run("The city's police chief, Ann Ortiz, said the officers had acted lawfully.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "the officers had acted lawfully");
    CHECK(got[0].speaker == "Ann Ortiz");
  }
  SUBCASE("a quote, then the speaker with an appositive, then the cue") {
    auto got = Run("\u201cThe veto will fall,\u201d Ann Ortiz, the party leader, said Tuesday.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "The veto will fall,");
    CHECK(got[0].speaker == "Ann Ortiz");
  }
  SUBCASE("a relative clause after the speaker is not the content") {
    auto got = Run("Tom Reyes, who led the agency until May, said Lee called him twice.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "Lee called him twice");
    CHECK(got[0].speaker == "Tom Reyes");
  }
  SUBCASE("reported content stops before a non-restrictive clause") {
    auto got = Run("Murphy said he supports the final bill, which includes new rules.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "he supports the final bill");
  }
}

TEST_CASE("QuoteExtractor: a quote opening its sentence, then a subject and any verb") {
  SUBCASE("subject, then a verb that is no cue") {
    auto got = Run("\u201cThe league will always be the league,\u201d an angry Ramirez retorted back.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "an angry Ramirez");
    got = Run("\u201cThe bridge stays closed,\u201d the mayor fumed on Tuesday.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "the mayor");
  }
  SUBCASE("a short exclamation with the verb before its subject") {
    auto got = Run("\u201cThis is great!\u201d beamed Dana Price of Ohio.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "Dana Price of Ohio");
  }
  SUBCASE("a pronoun and a present-tense form read as past") {
    auto got = Run("\u201cVote for the plan,\u201d it read.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "it");
  }
  SUBCASE("a quote split by such an attribution is one quote") {
    auto got = Run("\u201cThe way I see it,\u201d she elaborated, \u201cthe vote was fair.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "The way I see it, | the vote was fair.");
  }
  SUBCASE("a capitalized auxiliary after the quote is a name") {
    auto got = Run("\u201cThe war is a warning,\u201d Will wrote.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "Will");
  }
  SUBCASE("after a colon, the verb before its subject") {
    auto got = Run("There was one change above all: \u201cIt is time for a new mayor,\u201d "
                   "exhorted the party chairman.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "the party chairman");
  }
  SUBCASE("a quantity alone after an inverted verb") {
    auto got = Run("The planes wrote messages.\n\n\u201cThe city is great!\u201d read one.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "one");
  }
  SUBCASE("a capitalized auxiliary after an inverted cue is a name") {
    auto got = Run("\u201cIt is a costly model,\u201d said Will Dorsey, a professor.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Will Dorsey");
  }
  SUBCASE("no such verb: the quote stays unattributed") {
    auto got = Run("\u201cThe war is over,\u201d the headline of the day, ran in red.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind != QuoteKind::kDirect);
    got = Run("Voters want \u201ca serious plan for the roads,\u201d the survey found.");
    REQUIRE(!got.empty());
    CHECK(got[0].kind != QuoteKind::kDirect);
  }
}

TEST_CASE("QuoteExtractor: a name line, a colon intro and more cue forms") {
  SUBCASE("a dash and a name after the quote, in its paragraph or the next") {
    auto got = Run("\u201cWe need more nurses.\u201d \u2015 Ann Lee");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "Ann Lee");
    got = Run("The debate went on.\n\n\"I voted for the bill twice.\"\n\n- Ann Lee.\n\n"
              "The record shows one vote.");
    const Got* q = Find(got, "voted for the bill");
    REQUIRE(q != nullptr);
    CHECK(q->kind == QuoteKind::kDirect);
    CHECK(q->speaker == "Ann Lee");
  }
  SUBCASE("a colon after a name and a verb that is no cue") {
    auto got = Run("In a later interview, Lee went even further: \u201cThe plan is dead.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "Lee");
    // No name leads the sentence: nobody is named.
    got = Run("The timing of the vote does not surprise the pollster: \u201cIt was late.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(!got[0].resolved);
  }
  SUBCASE("present forms of listed cue verbs") {
    auto got = Run("The letter continues: \u201cWe expect an answer by May.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "The letter");
    got = Run("\u201cThe bridge is safe,\u201d Lee proclaimed at the event.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Lee");
  }
}

TEST_CASE("QuoteExtractor: a long addressee or adverbial between cue and quote") {
  SUBCASE("an addressee with a relative clause") {
    auto got = Run("Ms. Ortiz told the mayors who gathered in the capital, \u201cNobody should be "
                   "confused about our commitment.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "Ms. Ortiz");
  }
  SUBCASE("several adverbials") {
    auto got = Run("Lee said on Twitter on Monday, in reference to the new budget of the city, "
                   "\u201cNext year will be better.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "Lee");
  }
  SUBCASE("a participle cue after the quote starts its own attribution") {
    auto got = Run("In a statement, the company said: \"Our plant was a success for years,\" "
                   "adding that its value rose.");
    REQUIRE(got.size() == 2);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "Our plant was a success for years,");
    CHECK(got[0].speaker == "the company");
    CHECK(got[1].kind == QuoteKind::kIndirect);
    CHECK(got[1].text == "that its value rose");
    CHECK(got[1].speaker == "the company");
    // With no attribution before it in the sentence, nobody is named.
    got = Run("\"Our plant was a success for years,\" adding that its value rose.");
    for (const Got& g : got) CHECK(g.kind != QuoteKind::kIndirect);
  }
  SUBCASE("a quote that goes on with the sentence is partial") {
    auto got = Run("Lee said that when the budget passed in the spring, of all seasons, "
                   "\u201cthe city was broke.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind != QuoteKind::kDirect);
    got = Run("Lee added the plan would fail in the end, as the governor put it in her words, "
              "\u201cbecause nobody pays.\u201d");
    REQUIRE(!got.empty());
    CHECK(got.back().kind != QuoteKind::kDirect);
  }
}

TEST_CASE("QuoteExtractor: belief, intention and stance cues are attributions") {
  SUBCASE("an intention with a to-infinitive") {
    auto got = Run("The senator wants to double the size of the program.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kIndirect);
    CHECK(got[0].text == "to double the size of the program");
    CHECK(got[0].speaker == "The senator");
  }
  SUBCASE("a fear with a that-clause") {
    auto got = Run("Farmers fear that the new tariffs will close their markets.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "that the new tariffs will close their markets");
    CHECK(got[0].speaker == "Farmers");
  }
  SUBCASE("declining to say is reported too") {
    auto got = Run("The minister declined to say whether the talks would resume.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "to say whether the talks would resume");
    CHECK(got[0].speaker == "The minister");
  }
  SUBCASE("'implied that' reports what was said, an implied thing is no cue") {
    auto got = Run("The minister implied that the deal was dead.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "the deal was dead");
    CHECK(got[0].speaker == "The minister");
    CHECK(Run("The letter carried an implied threat to the rebels.").empty());
  }
  SUBCASE("a two-word cue: called for") {
    auto got = Run("The mayor called for an independent review of the shooting.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "an independent review of the shooting");
    CHECK(got[0].speaker == "The mayor");
  }
  SUBCASE("a passive cue keeps its content but names no speaker") {
    auto got = Run("Orban and Putin are expected to hold a news conference.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "to hold a news conference");
    CHECK(got[0].speaker.empty());
    CHECK(got[0].sourceless);
    auto told = Run("The senator was told that the vote would be delayed.");
    REQUIRE(told.size() == 1);
    CHECK(told[0].speaker.empty());
    CHECK(told[0].sourceless);
    auto active = Run("The senator had expected to win the vote.");
    REQUIRE(active.size() == 1);
    CHECK(active[0].speaker == "The senator");
    CHECK(!active[0].sourceless);
  }
  SUBCASE("'said' after a form of 'be' is passive: the subject is what is spoken of") {
    auto got = Run("The victims were said to be between 20 and 30 years old.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "to be between 20 and 30 years old");
    CHECK(got[0].speaker.empty());
    CHECK(got[0].sourceless);
    auto agent = Run("He was remembered by classmates as shy.");
    REQUIRE(agent.size() == 1);
    CHECK(!agent[0].sourceless);
    CHECK(agent[0].speaker == "classmates");  // v150
    auto active = Run("The victims said they had been beaten.");
    REQUIRE(active.size() == 1);
    CHECK(active[0].speaker == "The victims");
    CHECK(!active[0].sourceless);
  }
}

TEST_CASE("QuoteExtractor: the marks of a markup attribute are no quotation marks") {
  auto got = Run("One activist tweeted:\n\n<tweet tweet-author=\"@ann\" tweet-date=\"May 1\">"
                 "Vote today, it matters.</tweet>.\n\n\"We will win,\" Smith said.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kDirect);
  CHECK(got[0].text == "We will win,");
  CHECK(got[0].speaker == "Smith");
}

TEST_CASE("QuoteExtractor: a headline 'Name: words' line is an attribution") {
  auto got = Run("Senator Reyes: Tariffs Will Hurt Farmers.\n\nThe senator spoke on Monday.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kIndirect);
  CHECK(got[0].text == "Tariffs Will Hurt Farmers");
  CHECK(got[0].speaker == "Senator Reyes");
  SUBCASE("not in a longer paragraph or after a lower-case word") {
    CHECK(Run("Reyes: tariffs hurt. She spoke on Monday.").empty());
    CHECK(Run("The result was clear: tariffs hurt farmers.").empty());
  }
}

TEST_CASE("QuoteExtractor: a one-word label or a place before a colon is no speaker") {
  // Results, figures and credits lines of wire copy (v113).
  CHECK(Run("Scores: Leeds 2 Hull 1.\n\nThe match was played on Sunday.").empty());
  CHECK(Run("NOTES: Third quarter figures not available.\n\nShares rose.").empty());
  // A place heading a line of results (v123).
  CHECK(Run("At Trent Bridge: Nottinghamshire 392-6 (G. Archer 143 not out).\n\nRain fell.")
            .empty());
  CHECK(Run("In Tirana: Flamurtari Vlore (Albania) 0 Chemlon Humenne 2.\n\nNo goals.").empty());
  SUBCASE("a one-word name stays a speaker") {
    Document doc("Reyes: Tariffs Will Hurt Farmers.\n\nThe senator spoke on Monday.");
    TokenizeDocument(doc);
    AddPerson(doc, "Reyes", "Ana Reyes");
    REQUIRE(Quotes().Extract(doc).ok());
    REQUIRE(doc.quotes().size() == 1);
    CHECK(doc.Slice(doc.quotes()[0].fragments[0]) == "Tariffs Will Hurt Farmers");
    CHECK(doc.Slice(doc.quotes()[0].speaker.mention) == "Reyes");
  }
}

TEST_CASE("QuoteExtractor: the statement that carried it is not said") {
  // `said in a statement on Friday (that) ...` (v114).
  auto got = Run("The company said in a statement on Friday the deal would close in May.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].text == "the deal would close in May");
  CHECK(got[0].speaker == "The company");
  got = Run("The minister said at a news conference late on Tuesday that the plan would fail.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].text == "that the plan would fail");
  got = Run("The bank said in a written statement it was cutting its lending rate.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].text == "it was cutting its lending rate");
  SUBCASE("a month is when it was said (v118)") {
    got = Run("The mayor said in April it had closed the bridge.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "it had closed the bridge");
  }
  SUBCASE("a phrase of occasion before 'that' (v118)") {
    got = Run("The mayor said in Wednesday's letter to the council that troops had raided "
              "several farms.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "that troops had raided several farms");
    got = Run("Authorities reported at least 20 victims at a center that works with the poor.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "at least 20 victims at a center that works with the poor");
  }
}

TEST_CASE("QuoteExtractor: 'quoted X as saying' is an attribution") {
  // v115: the one who quotes is the source, as PolNeAR marks it.
  auto got = Run("The agency quoted an official as saying that the talks had failed.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kIndirect);
  CHECK(got[0].text == "that the talks had failed");
  CHECK(got[0].speaker == "The agency");
  got = Run("The minister was quoted as saying the plan would fail.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].text == "the plan would fail");
  CHECK(got[0].speaker == "The minister");
  SUBCASE("after a quote, an adverbial alone is no content") {
    got = Run(
        "\"We will win,\" the agency quoted the coach as saying during a long committee "
        "debate in the capital on Monday.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "We will win,");
  }
}

TEST_CASE("QuoteExtractor: a quote closed by 'A quoted B as saying' is B's (v117)") {
  // The wire's closing form: short quotes were SCARE with no speaker.
  auto got = Run("\"We will fight,\" the agency quoted the coach as saying.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kDirect);
  CHECK(got[0].text == "We will fight,");
  CHECK(got[0].speaker == "the coach");
  // Longer ones had the mention "Interfax quoted Lebed".
  got = Run("\"We will fight until the very end,\" Interfax quoted Lebed as saying on Friday.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kDirect);
  CHECK(got[0].speaker == "Lebed");
}

TEST_CASE("QuoteExtractor: paired apostrophes are marks only when asked") {
  const std::string text = "''We will win,'' Smith said.";
  SUBCASE("default: not a quote, a cue-led statement (v92)") {
    auto got = Run(text);
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kIndirect);
    CHECK(got[0].text == "We will win");
  }
  SUBCASE("quotes.paired_apostrophes=true") {
    ExtractorContext ctx;
    ctx.gazetteers = &Cues();
    ctx.options["quotes.paired_apostrophes"] = "true";
    auto ex = QuoteExtractor::Create(ctx);
    REQUIRE(ex.ok());
    Document doc(text);
    TokenizeDocument(doc);
    REQUIRE((*ex)->Extract(doc).ok());
    REQUIRE(doc.quotes().size() == 1);
    CHECK(doc.Slice(doc.quotes()[0].fragments[0]) == "We will win,");
    CHECK(doc.Slice(doc.quotes()[0].speaker.mention) == "Smith");
  }
  SUBCASE("a bad value is an error") {
    ExtractorContext ctx;
    ctx.gazetteers = &Cues();
    ctx.options["quotes.paired_apostrophes"] = "maybe";
    CHECK_FALSE(QuoteExtractor::Create(ctx).ok());
  }
}

TEST_CASE("CueTable: the shape filter never turns away a cue form's first word") {
  auto table = CueTable::FromGazetteers(Cues());
  REQUIRE(table.ok());
  for (uint32_t i : Cues().EntriesOfType("CUE")) {
    for (const std::string& alias : Cues().entry(i).aliases) {
      const std::string first = alias.substr(0, alias.find(' '));
      std::string upper = first;
      for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
      INFO(alias);
      CHECK(table->MayStart(first));
      CHECK(table->MayStart(upper));
      if (first.size() >= 3) CHECK(table->Starting(first) != nullptr);
    }
  }
  CHECK_FALSE(table->MayStart("the"));
  CHECK_FALSE(table->MayStart("x"));
}

TEST_CASE("QuoteExtractor: pronoun speakers link to the nearest compatible entity") {
  Document doc(
      "Defense Minister Oleg Rudin spoke on Tuesday.\n"
      "\u201cThe shipments have arrived,\u201d he wrote on Twitter.");
  TokenizeDocument(doc);
  AddPerson(doc, "Oleg Rudin", "Oleg Rudin");
  REQUIRE(Quotes().Extract(doc).ok());
  REQUIRE(doc.quotes().size() == 1);
  const Quote& q = doc.quotes()[0];
  CHECK(q.kind == QuoteKind::kDirect);
  CHECK(doc.Slice(q.speaker.mention) == "he");  // the mention actually used
  CHECK(q.speaker.entity == 0);
  CHECK(q.speaker.name == "Oleg Rudin");
  CHECK(q.speaker.resolved);
}

TEST_CASE("QuoteExtractor: a possessive or quoted name is not the antecedent") {
  Document doc(
      "Orban, considered Putin\u2019s closest ally, has been quiet. "
      "In a statement, he said he is \u201cin favor of peace.\u201d");
  TokenizeDocument(doc);
  AddPerson(doc, "Orban", "Viktor Orban");
  AddPerson(doc, "Putin", "Vladimir Putin");
  REQUIRE(Quotes().Extract(doc).ok());
  REQUIRE(doc.quotes().size() == 1);
  CHECK(doc.quotes()[0].kind == QuoteKind::kPartial);
  CHECK(doc.quotes()[0].speaker.name == "Viktor Orban");
}

TEST_CASE("QuoteExtractor: a coordinated subject is the speaker whole, named by its first") {
  SUBCASE("no names: the whole phrase") {
    auto got = Run("Government officials and the state news agency said that the former "
                   "president was \u201cclinically dead.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Government officials and the state news agency");
    CHECK(got[0].name == "Government officials and the state news agency");
  }
  SUBCASE("two people: the mention spans both, linked to the first") {
    Document doc("Donald Trump and House Speaker Paul Ryan said they had a \u201cvery "
                 "positive\u201d meeting.");
    TokenizeDocument(doc);
    AddPerson(doc, "Donald Trump", "Donald Trump");
    AddPerson(doc, "Paul Ryan", "Paul Ryan");
    REQUIRE(Quotes().Extract(doc).ok());
    REQUIRE(doc.quotes().size() == 1);
    const Quote& q = doc.quotes()[0];
    CHECK(doc.Slice(q.speaker.mention) == "Donald Trump and House Speaker Paul Ryan");
    CHECK(q.speaker.name == "Donald Trump");
    CHECK(q.speaker.entity == 0);
  }
  SUBCASE("two titles of one person: the person") {
    Document doc("Former neurosurgeon and candidate Ben Carson said the plan was "
                 "\u201cunworkable.\u201d");
    TokenizeDocument(doc);
    AddPerson(doc, "Ben Carson", "Ben Carson");
    REQUIRE(Quotes().Extract(doc).ok());
    REQUIRE(doc.quotes().size() == 1);
    CHECK(doc.quotes()[0].speaker.name == "Ben Carson");
  }
  SUBCASE("a clause before \"and\" is no conjunct") {
    auto got = Run("The talks ended on Monday, and the agency said the deal was "
                   "\u201cdead.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "the agency");
  }
}

// The quote stage with the cue list and the given-name list.
const Extractor& QuotesWithNames() {
  static const Extractor* ex = [] {
    static const Gazetteers* g = [] {
      auto loaded = Gazetteers::Load({std::string(NEWSIE_SOURCE_DIR) + "/gazetteers/data/cues",
                                      std::string(NEWSIE_SOURCE_DIR) + "/gazetteers/data/people"});
      REQUIRE(loaded.ok());
      return loaded->release();
    }();
    ExtractorContext ctx;
    ctx.gazetteers = g;
    auto created = QuoteExtractor::Create(ctx);
    REQUIRE(created.ok());
    return created->release();
  }();
  return *ex;
}

// The speaker name of the quote in `text` whose content contains
// `needle`, with `persons` (surface, canonical name) as the entities layer;
// "<unresolved>" or "<no quote>" otherwise. With `names`, the quote stage
// reads the given-name list too.
std::string SpeakerNameOf(const std::string& text,
                          const std::vector<std::pair<std::string, std::string>>& persons,
                          std::string_view needle, bool names = false) {
  Document doc(text);
  TokenizeDocument(doc);
  for (const auto& [surface, name] : persons) AddPerson(doc, surface, name);
  REQUIRE((names ? QuotesWithNames() : Quotes()).Extract(doc).ok());
  for (const Quote& q : doc.quotes()) {
    if (doc.Slice(q.span).find(needle) != std::string_view::npos) {
      return q.speaker.resolved ? q.speaker.name : "<unresolved>";
    }
  }
  return "<no quote>";
}

TEST_CASE("QuoteExtractor: \"Both\", \"Neither\", \"Either\" before a coordinated subject") {
    for (const std::string text :
         {"Both Bolton and Gorka said the raid was a sign of disarray.",
          "Neither Bolton nor Gorka said the raid was a sign of disarray.",
          "Either Bolton or Gorka said the raid was a sign of disarray."}) {
      CAPTURE(text);
      CHECK(SpeakerNameOf(text, {{"Bolton", "John Bolton"}, {"Gorka", "Sebastian Gorka"}},
                          "disarray") == "John Bolton");
    }
}

// The speakers of the quotes in `text`, in order, with `persons` (surface,
// canonical name) and one-word places at each `places` surface's first
// word as the entities layer.
std::vector<Speaker> SpeakersWithPlaces(
    const std::string& text, const std::vector<std::pair<std::string, std::string>>& persons,
    const std::vector<std::string>& places) {
  Document doc(text);
  TokenizeDocument(doc);
  for (const auto& [surface, name] : persons) AddPerson(doc, surface, name);
  for (const std::string& place : places) {
    AddEntity(doc, place, place.substr(0, place.find(' ')), EntityType::kLocation);
  }
  for (Mention& m : doc.mutable_mentions()) {
    if (m.type == EntityType::kLocation) {
      m.span.end = m.span.begin +
                   static_cast<uint32_t>(doc.entities()[m.entity].canonical_name.size());
    }
  }
  REQUIRE(Quotes().Extract(doc).ok());
  std::vector<Speaker> out;
  for (const Quote& q : doc.quotes()) out.push_back(q.speaker);
  return out;
}

TEST_CASE("QuoteExtractor: places in a coordinated subject") {
  SUBCASE("a place first, a place or person last: the first") {
    auto got = SpeakersWithPlaces("Brazil and India said the nomination was fair.", {},
                                  {"Brazil", "India"});
    REQUIRE(got.size() == 1);
    CHECK(got[0].name == "Brazil");
    // A place inside a phrase the coordination runs through is no speaker.
    got = SpeakersWithPlaces("Experts on Korea and nuclear arms said the test was a threat.",
                             {}, {"Korea"});
    REQUIRE(got.size() == 1);
    CHECK(got[0].name != "Korea");
  }
}

TEST_CASE("QuoteExtractor: a closing role and name, each set off by commas, say what comes before") {
  auto got = SpeakersWithPlaces(
      "The city sent more trucks to Newtown, a spokeswoman, Ellen Borakove, said.",
      {{"Ellen Borakove", "Ellen Borakove"}}, {});
  REQUIRE(got.size() == 1);
  CHECK(got[0].name == "Ellen Borakove");
  auto plain = Run("The city sent more trucks to Newtown, the city spokeswoman, Ellen Borakove, "
                   "confirmed late Friday.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].kind == QuoteKind::kIndirect);
  CHECK(plain[0].text == "The city sent more trucks to Newtown");
  CHECK(plain[0].speaker == "the city spokeswoman, Ellen Borakove");
  // Not "late Friday" after the cue as an inverted subject, with a quote
  // in the content.
  plain = Run("The office sent a \u201cportable morgue\u201d to Newtown to help with the "
              "aftermath, a spokeswoman, Ellen Borakove, confirmed late Friday.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].kind == QuoteKind::kPartial);
  CHECK(plain[0].speaker == "a spokeswoman, Ellen Borakove");
  // "late" before a time word closes the attribution as the time word does.
  plain = Run("The senator was advised to use a private account, the newspaper reported late "
              "Thursday.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].text == "The senator was advised to use a private account");
  CHECK(plain[0].speaker == "the newspaper");
}

TEST_CASE("QuoteExtractor: a pronoun skips a person whose given name is the other gender") {
  SUBCASE("she is not Robert: unresolved when no one else is named") {
    const std::string text =
        "Robert Brill spoke at the rally. \u201cWe will not give up,\u201d she said.";
    CHECK(SpeakerNameOf(text, {{"Robert Brill", "Robert Brill"}}, "give up", true) ==
          "<unresolved>");
    // Without the given-name list nothing says Robert is a man.
    CHECK(SpeakerNameOf(text, {{"Robert Brill", "Robert Brill"}}, "give up") == "Robert Brill");
  }
  SUBCASE("she goes past Robert to the woman named before him") {
    CHECK(SpeakerNameOf("Maria Lopez chaired the panel. Robert Brill spoke next. "
                        "\u201cWe will not give up,\u201d she said.",
                        {{"Maria Lopez", "Maria Lopez"}, {"Robert Brill", "Robert Brill"}},
                        "give up", true) == "Maria Lopez");
  }
  SUBCASE("he after a she-speaker's sentence is not that speaker") {
    // "She asked Sanders": Quinn is the she; the he is Sanders.
    CHECK(SpeakerNameOf("Pat Quinn stood up. She asked Sanders about the raids. "
                        "\u201cAnyone been there?\u201d he asked.",
                        {{"Pat Quinn", "Pat Quinn"}, {"Sanders", "Bernie Sanders"}},
                        "Anyone") == "Bernie Sanders");
  }
}

TEST_CASE("QuoteExtractor: a pronoun resolves only to a compatible antecedent") {
  SUBCASE("she is not a man named before") {
    CHECK(SpeakerNameOf("She did not mind the moves, her son Matthew said. "
                        "She would say, \u201cGood husbands are harder to find than good "
                        "jobs.\u201d",
                        {{"Matthew", "Matthew Brill"}}, "Good husbands") == "<unresolved>");
  }
  SUBCASE("he is not a woman called Mrs. before") {
    CHECK(SpeakerNameOf("Mrs. Rivera said the plan was sound. "
                        "\u201cIt will not pass this year,\u201d he said.",
                        {{"Rivera", "Ana Rivera"}}, "It will not pass") == "<unresolved>");
  }
  SUBCASE("they is no single person but the officials who spoke") {
    CHECK(SpeakerNameOf("Adam Lanza grew up in Newtown, the investigating officials said. "
                        "They said he had gone out of his way not to attract attention.",
                        {{"Adam Lanza", "Adam Lanza"}},
                        "gone out of his way") == "the investigating officials");
  }
  SUBCASE("we outside a quote is the writer") {
    CHECK(SpeakerNameOf("President Obama defended the program. "
                        "We have long argued that the law was reckless in its reach.",
                        {{"Obama", "Barack Obama"}}, "the law was reckless") == "<unresolved>");
  }
  SUBCASE("he after an unnamed official who spoke is that official") {
    CHECK(SpeakerNameOf("Nancy Lanza was shot at home. Peter Lanza was questioned. "
                        "\u201cNobody knows the answers yet,\u201d the official said. "
                        "As for a motive, he added, \u201cwe don\u2019t know much for "
                        "sure.\u201d",
                        {{"Peter Lanza", "Peter Lanza"}}, "know much for sure") == "the official");
  }
  SUBCASE("nothing in a lead phrase is the antecedent of the subject after it") {
    CHECK(SpeakerNameOf("Mitt Romney admired the car. Turning to Mr. Scheib, he concluded: "
                        "\u201cPretty cool car. Congratulations.\u201d",
                        {{"Mitt Romney", "Mitt Romney"}, {"Scheib", "Michael Scheib"}},
                        "Pretty cool car") == "Mitt Romney");
  }
}

// The speaker mention of the quote in `text` whose content contains
// `needle`, or "<no quote>".
std::string SpeakerMentionOf(const std::string& text, const std::string& needle) {
  auto got = Run(text);
  const Got* q = Find(got, needle);
  return q == nullptr ? "<no quote>" : q->speaker;
}

TEST_CASE("QuoteExtractor: a closing subject runs back to its comma") {
  SUBCASE("three bare lower-case words") {
    CHECK(SpeakerMentionOf("The man grew up in Newtown, law enforcement officials said.",
                           "grew up in Newtown") == "law enforcement officials");
  }
  SUBCASE("a coordinated subject") {
    CHECK(SpeakerMentionOf(
              "The attack killed seven fighters, NATO and Afghan officials said on Tuesday.",
              "killed seven fighters") == "NATO and Afghan officials");
  }
  SUBCASE("not a plural noun in -s") {
    CHECK(SpeakerMentionOf("This is why, despite hectoring phone calls from the bureau, I refuse.",
                           "This is why") == "<no quote>");
  }
}

TEST_CASE("QuoteExtractor: a cue in an opening subordinate clause reports up to the main clause") {
  SUBCASE("a pronoun opens the main clause") {
    auto got = Run("While he has accused Mr. Obama of weakness, he has given few specifics.");
    const Got* q = Find(got, "of weakness");
    REQUIRE(q != nullptr);
    CHECK(q->text == "Mr. Obama of weakness");
  }
  SUBCASE("the main clause's own cue heads its own attribution") {
    auto got = Run(
        "Although Comey said that Clinton was careless, he said there was no case against her.");
    const Got* q = Find(got, "was careless");
    REQUIRE(q != nullptr);
    CHECK(q->text == "that Clinton was careless");
    const Got* main = Find(got, "no case against her");
    REQUIRE(main != nullptr);
    CHECK(main->speaker == "he");
  }
  SUBCASE("a quote with commas inside the clause does not end it") {
    auto got = Run(
        "Though the judge had called it a \u201cdark, dark, dark\u201d era and said he was "
        "responsible for the killings, the verdict was followed by protests.");
    const Got* q = Find(got, "responsible for the killings");
    REQUIRE(q != nullptr);
    CHECK(q->text == "he was responsible for the killings");
    CHECK(q->speaker == "the judge");
  }
  SUBCASE("not for a cue in the main clause") {
    auto got = Run("While the meeting went on, Smith said the plan, the budget and the staff were ready.");
    const Got* q = Find(got, "the plan");
    REQUIRE(q != nullptr);
    CHECK(q->text.find("the budget") != std::string::npos);
  }
}

TEST_CASE("QuoteExtractor: ', and' and a time phrase before a new clause end the content") {
  auto got = Run("It called for large street protests until the generals backed down, and on "
                 "Tuesday tens of thousands of protesters poured into the square.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].text == "large street protests until the generals backed down");
  // Not a time phrase that ends a coordinated object.
  got = Run("It called for protests on Monday, and on Tuesday and Wednesday as well.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].text == "protests on Monday, and on Tuesday and Wednesday as well");
}

TEST_CASE("QuoteExtractor: 'pledged delegates' is a noun phrase, no cue") {
  CHECK(Run("The figures include pledged delegates and superdelegates.").empty());
  CHECK(Run("Clinton maintains a large pledged delegate lead over Sanders.").empty());
  // The verb stays a cue.
  auto got = Run("The governor pledged to veto the bill in its current form.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker == "The governor");
}

TEST_CASE("QuoteExtractor: 'pronounced' declares something, but not as a passive or adjective") {
  auto got = Run("He voiced a wish for a strong Mexico, and he pronounced Pe\u00f1a Nieto "
                 "\u201ca friend.\u201d");
  const Got* q = Find(got, "a friend");
  REQUIRE(q != nullptr);
  CHECK(q->kind == QuoteKind::kPartial);
  CHECK(q->speaker == "he");
  for (const char* text :
       {"He was taken to a hospital and pronounced dead at 6:11 a.m. on Sunday.",
        "The victim was pronounced dead at the scene by medics.",
        "The increase is especially pronounced on the left among donors."}) {
    CAPTURE(text);
    CHECK(Run(text).empty());
  }
}

TEST_CASE("QuoteExtractor: a cue after a relative clause on its subject takes that subject") {
  CHECK(SpeakerMentionOf("A Sina spokesman, who refused to give his name, said the video was "
                         "removed as part of regular site maintenance.",
                         "the video was removed") == "A Sina spokesman");
  CHECK(SpeakerMentionOf("The spokesman, who spoke on condition of anonymity, said the video "
                         "was removed.",
                         "the video was removed") == "The spokesman");
}

TEST_CASE("QuoteExtractor: a verb before a noun cue is no speaker; its subject is") {
  CHECK(SpeakerMentionOf("The ministry also rejected calls for an inquiry into the detentions.",
                         "an inquiry into") == "The ministry");
  CHECK(SpeakerMentionOf("Gay-rights campaigners were finalizing plans for a rally that is "
                         "expected to draw thousands.",
                         "expected to draw") == "Gay-rights campaigners");
}

TEST_CASE("QuoteExtractor: 'add to' before a determiner is no cue") {
  CHECK(SpeakerMentionOf("Hillary Clinton won Mississippi, adding to her delegate lead over "
                         "Bernie Sanders.",
                         "delegate lead") == "<no quote>");
  CHECK(SpeakerMentionOf("The almost casual hiring added to the uncertainty of who ran what.",
                         "the uncertainty") == "<no quote>");
}

TEST_CASE("QuoteExtractor: a progressive cue keeps the subject before its auxiliary") {
  CHECK(SpeakerMentionOf("Essentially, the administration is saying that the government may "
                         "know whom we call.",
                         "the government may know") == "the administration");
}

TEST_CASE("QuoteExtractor: an adverbial clause after a closed quote is no attribution of it") {
  const std::string got = SpeakerMentionOf(
      "\u201cAnybody been there?\u201d As the crowd continued to jeer, he added, "
      "\u201cI\u2019m sorry.\u201d",
      "Anybody been there");
  CHECK(got != "<no quote>");
  CHECK(got != "the crowd");
}

TEST_CASE("QuoteExtractor: a quote split by its attribution is one quote") {
  auto got = Run("\u201cEvery time you say that,\u201d Tester said, \u201cyou give them ammunition.\u201d");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kDirect);
  CHECK(got[0].text == "Every time you say that, | you give them ammunition.");
  CHECK(got[0].speaker == "Tester");
}

TEST_CASE("QuoteExtractor: quotes over several sentences and paragraphs") {
  SUBCASE("several sentences") {
    auto got = Run("\u201cThere was confusion. Those were other matters,\u201d Peskov said.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "There was confusion. Those were other matters,");
    CHECK(got[0].speaker == "Peskov");
  }
  SUBCASE("a paragraph opening with a mark and no closing one continues") {
    auto got = Run(
        "Smith said: \u201cWe came here to work.\n"
        "\u201cAnd we will stay until it is done.\u201d\n"
        "The meeting ended.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "We came here to work. | And we will stay until it is done.");
    CHECK(got[0].speaker == "Smith");
  }
}

TEST_CASE("QuoteExtractor: continuation quotes go to the previous speaker") {
  SUBCASE("same paragraph: one statement") {
    auto got = Run("\u201cWe will win,\u201d said Fallon. \u201cNobody can stop us now.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "We will win, | Nobody can stop us now.");
    CHECK(got[0].speaker == "Fallon");
  }
  SUBCASE("next paragraph") {
    auto got = Run(
        "Any deployment would be made with allies, Kirby said.\n"
        "\u201cYou can\u2019t just decide this alone.\u201d");
    const Got* q = Find(got, "decide this alone");
    REQUIRE(q != nullptr);
    CHECK(q->kind == QuoteKind::kDirect);
    CHECK(q->speaker == "Kirby");
  }
  SUBCASE("not across an unrelated sentence") {
    auto got = Run(
        "\u201cWe will win,\u201d Smith said.\n"
        "The weather was cold and the roads were closed for hours.\n"
        "\u201cNobody expected this.\u201d");
    const Got* q = Find(got, "Nobody expected");
    REQUIRE(q != nullptr);
    CHECK(q->kind == QuoteKind::kDirect);
    CHECK_FALSE(q->resolved);
    CHECK(q->speaker.empty());
  }
}

TEST_CASE("QuoteExtractor: partial and scare quotes are kept apart") {
  SUBCASE("partial quote inside reported speech") {
    auto got = Run(
        "Blinken has described the proposal as something that offers "
        "\u201ca serious diplomatic path forward.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kPartial);
    CHECK(got[0].text == "a serious diplomatic path forward.");
    CHECK(got[0].speaker == "Blinken");
  }
  SUBCASE("scare quote") {
    auto got = Run("NATO will keep its \u201copen door policy\u201d for now.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kScare);
    CHECK(got[0].speaker.empty());
  }
}

TEST_CASE("QuoteExtractor: broken marks neither swallow text nor merge quotes") {
  SUBCASE("a straight mark spaced as an opening one") {
    auto got = Run(
        "Families left because of \"unusual and concerning \"Russian activity near "
        "the border. \"We are leaving,\" one diplomat said.");
    const Got* first = Find(got, "unusual and concerning");
    REQUIRE(first != nullptr);
    CHECK(first->text.find("Russian") == std::string::npos);
    const Got* second = Find(got, "We are leaving");
    REQUIRE(second != nullptr);
    CHECK(second->text == "We are leaving,");
    CHECK(second->speaker.find("diplomat") != std::string::npos);
  }
  SUBCASE("an opening glyph where a closing one belongs") {
    auto got = Run(
        "Shipments now add up to \u201cabout 500 tons of equipment, "
        "\u201cand this isn\u2019t the end,\u201d he wrote.");
    const Got* first = Find(got, "500 tons");
    REQUIRE(first != nullptr);
    CHECK(first->text.find("the end") == std::string::npos);
    const Got* second = Find(got, "this isn");
    REQUIRE(second != nullptr);
    CHECK(second->kind == QuoteKind::kDirect);
    CHECK(second->speaker == "he");
  }
  SUBCASE("a quote inside a quote, with double marks for single ones") {
    auto got = Run("Lee tweeted: \u201cVoters wearing \u201cVote Lee\u201d shirts came out. "
                   "We thank them.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text ==
          "Voters wearing \u201cVote Lee\u201d shirts came out. We thank them.");
    CHECK(got[0].speaker == "Lee");
    got = Run("Lee wrote, \"Reports say the man shouted \"Stop!\" as he ran.\"");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "Reports say the man shouted \"Stop!\" as he ran.");
  }
  SUBCASE("an unclosed quote stops at its paragraph") {
    auto got = Run(
        "He said: \u201cWe will fight on.\n"
        "Officials in the capital said the talks would resume.");
    const Got* q = Find(got, "fight on");
    REQUIRE(q != nullptr);
    CHECK(q->text.find("Officials") == std::string::npos);
    const Got* indirect = Find(got, "talks would resume");
    REQUIRE(indirect != nullptr);
    CHECK(indirect->kind == QuoteKind::kIndirect);
  }
}

TEST_CASE("QuoteExtractor: indirect speech with its content span") {
  SUBCASE("said that") {
    auto got = Run("The State Department said that the embassy would close.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kIndirect);
    CHECK(got[0].text == "that the embassy would close");
    CHECK(got[0].speaker == "The State Department");
  }
  SUBCASE("told the AP that") {
    auto got = Run("A U.S. official told The Washington Post that the reply arrived Monday.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kIndirect);
    CHECK(got[0].text == "that the reply arrived Monday");
    CHECK(got[0].speaker.find("official") != std::string::npos);
  }
  SUBCASE("according to X, before and after") {
    auto got = Run("According to the ministry, 40 people died.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "40 people died");
    CHECK(got[0].speaker == "the ministry");
    got = Run("Forty people died, according to the ministry.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "Forty people died");
    CHECK(got[0].speaker == "the ministry");
  }
  SUBCASE("post-posed: ..., he said") {
    auto got = Run("Sales were great this year, the company said.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kIndirect);
    CHECK(got[0].text == "Sales were great this year");
  }
  SUBCASE("a time adverbial before the cue is not the speaker") {
    auto got = Run("A senior security official on Monday called for revisions to the peace deal.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "A senior security official");
    got = Run("The minister on Tuesday said that the plan was dead.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "The minister");
  }
  SUBCASE("a role phrase opened by a determiner keeps all its words") {
    auto got = Run("As talks go on, a top Ukrainian security official said the deal was unfair.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "a top Ukrainian security official");
    CHECK(got[0].text == "the deal was unfair");
  }
  SUBCASE("a possessive name heads the phrase after it") {
    auto got = Run(
        "Hungary\u2019s opposition parties released a statement calling on Orban to cancel "
        "his trip to Moscow.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Hungary\u2019s opposition parties");
  }
  SUBCASE("a leading phrase is not the content") {
    auto got = Run("In a statement, he said he would run again.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "he would run again");
    CHECK(got[0].speaker == "he");
  }
}

TEST_CASE("QuoteExtractor: a second cue of the same subject starts its own attribution") {
  SUBCASE("..., V-ing that ...") {
    auto got = Run(
        "Carson said he plans to preview a strategy for Libya, insisting that U.S. leaders "
        "are too concerned about Iraq.");
    REQUIRE(got.size() == 2);
    CHECK(got[0].text == "he plans to preview a strategy for Libya");
    CHECK(got[0].speaker == "Carson");
    CHECK(got[1].text == "that U.S. leaders are too concerned about Iraq");
    CHECK(got[1].speaker == "Carson");
  }
  SUBCASE("..., with X V-ing ...: an absolute clause with its own speaker") {
    auto got = Run(
        "Both Bolton and Gorka saw the raid as a sign of disarray, with Gorka noting the "
        "absurdity of sending \"a couple of hundred Marines there\" to the front.");
    REQUIRE(got.size() == 2);
    CHECK(got[0].text == "the raid as a sign of disarray");
    CHECK(got[1].kind == QuoteKind::kPartial);
    CHECK(got[1].text == "a couple of hundred Marines there");
    CHECK(got[1].speaker == "Gorka");
    got = Run("The senator said the bill was dead, with critics saying it would hurt families.");
    REQUIRE(got.size() == 2);
    CHECK(got[0].text == "the bill was dead");
    CHECK(got[0].speaker == "The senator");
    CHECK(got[1].speaker == "critics");
    // A determiner and a noun of people or a body: the mayor says it.
    got = Run("The plan was approved on Monday, with the mayor saying it would cut costs.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "it would cut costs");
    CHECK(got[0].speaker == "the mayor");
    got = Run("The senator said the bill was dead, with the mayor saying it would hurt families.");
    REQUIRE(got.size() == 2);
    CHECK(got[0].text == "the bill was dead");
    CHECK(got[1].speaker == "the mayor");
    // Not a phrase that names nobody.
    got = Run("The senator said the bill was dead, with softer language calling for a delay.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "the bill was dead, with softer language calling for a delay");
  }
  SUBCASE("... and V that ...") {
    auto got = Run(
        "Bob said he first heard gunfire at 9:42 p.m. and later added that the compound was "
        "under attack.");
    REQUIRE(got.size() == 2);
    CHECK(got[0].text == "he first heard gunfire at 9:42 p.m.");
    CHECK(got[1].text == "that the compound was under attack");
    CHECK(got[1].speaker == "Bob");
  }
  SUBCASE("a coordinated cue after another verb takes the sentence's subject") {
    auto got = Run(
        "Gary Emineth, a former state party chairman, became a delegate and said he is "
        "leaning toward Trump.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "he is leaning toward Trump");
    CHECK(got[0].speaker == "Gary Emineth");
  }
  SUBCASE("a participle cue with no earlier cue takes the sentence's subject") {
    auto got = Run("The company issued a statement Monday, saying it would appeal the ruling.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "it would appeal the ruling");
    CHECK(got[0].speaker == "The company");
    // A leading prepositional phrase is not the subject.
    got = Run("At the convention his aides forced a change, calling for \u201cappropriate help.\u201d");
    for (const Got& g : got) CHECK(g.speaker != "the convention");
  }
  SUBCASE("a verb in a relative clause on the speaker is not a cue of its own") {
    auto got = Run(
        "\u201cNow is the time,\u201d said Don Fowler, who led the party from 1995 to 1997, and "
        "has backed Hillary Clinton since her 2008 bid. \u201cThe plan should be ready.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "Now is the time, | The plan should be ready.");
    CHECK(got[0].speaker == "Don Fowler");
  }
}

TEST_CASE("QuoteExtractor: quote boundaries after a cue") {
  SUBCASE("an adverbial clause after the quote is not part of it") {
    auto got = Run(
        "Sanders had previously said, \u201cWe\u2019ll see,\u201d when asked whether he would "
        "endorse her.");
    // The question is an attribution of its own since v93.
    REQUIRE(got.size() == 2);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "We\u2019ll see,");
    CHECK(got[0].speaker == "Sanders");
    CHECK(got[1].text == "whether he would endorse her");
  }
  SUBCASE("phrasal cues from the list") {
    auto got = Run("Hillary shot back, \u201cI suppose I could have chosen to bake cookies.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "Hillary");
    got = Run("Kasich cautioned, \u201cLet\u2019s not get ahead of ourselves.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "Kasich");
  }
  SUBCASE("a quoted phrase missing its closing mark stays in its paragraph") {
    auto got = Run(
        "Grayson said the plan is \u201creally an amorphous position to have.\n\n"
        "\u201cWhat we do here is, we legislate,\u201d Grayson said.");
    REQUIRE(got.size() == 2);
    CHECK(got[0].kind == QuoteKind::kPartial);
    CHECK(got[1].kind == QuoteKind::kDirect);
    CHECK(got[1].text == "What we do here is, we legislate,");
  }
}

TEST_CASE("QuoteExtractor: subjects that are quantities, relative clauses or parenthesized") {
  SUBCASE("one in three said") {
    auto got = Run("One in three said the party doesn\u2019t care about the Latino community.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "One in three");
    CHECK(got[0].text == "the party doesn\u2019t care about the Latino community");
  }
  SUBCASE("a coordinated clause with its own quantity subject and cue") {
    auto got = Run(
        "They were very worried about the economy, and more than 4 in 10 said Trump would "
        "be best at handling it.");
    REQUIRE(got.size() == 2);
    CHECK(got[0].speaker == "They");
    CHECK(got[0].text == "about the economy");
    CHECK(got[1].speaker == "more than 4 in 10");
    CHECK(got[1].text == "Trump would be best at handling it");
  }
  SUBCASE("a percentage as the subject; an answer before ', but'") {
    auto got = Run("On social issues, 42% say they are liberal.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "42%");
    CHECK(got[0].text == "they are liberal");
    got = Run("Asked about it, 75 percent of Democrats said yes, but others disagreed.");
    const Got* yes = Find(got, "yes");
    REQUIRE(yes != nullptr);
    CHECK(yes->text == "yes");
    CHECK(yes->speaker == "75 percent of Democrats");
  }
  SUBCASE("a role between dashes; a clause after the cue is not an inverted subject") {
    auto got = Run(
        "The justice -- who has been in a scuffle with the nominee -- said she regretted "
        "her remarks.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "The justice");
    CHECK(got[0].text == "she regretted her remarks");
    got = Run(
        "Sen. Jon Tester, chairman of the committee, said having Trump at the top of the "
        "ticket puts Republicans at risk.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Sen. Jon Tester");
    CHECK(got[0].text == "having Trump at the top of the ticket puts Republicans at risk");
  }
  SUBCASE("a relative clause with a cue inside the subject's appositive") {
    auto got = Run(
        "Barkley, who said he typically votes democratic, said one candidate he likes is "
        "John Kasich.");
    REQUIRE(got.size() == 2);
    CHECK(got[0].text == "he typically votes democratic");
    CHECK(got[0].speaker == "Barkley");
    CHECK(got[1].text == "one candidate he likes is John Kasich");
    CHECK(got[1].speaker == "Barkley");
  }
  SUBCASE("X who say ...") {
    auto got = Run("It is a gift to Republicans who say the law is a money pit.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Republicans");
    CHECK(got[0].text == "the law is a money pit");
  }
  SUBCASE("a party and state in parentheses") {
    auto got = Run("Sen. Rand Paul (R-Ky.) said the tax plan would give money to immigrants.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Sen. Rand Paul");
    CHECK(got[0].text == "the tax plan would give money to immigrants");
  }
}

TEST_CASE("QuoteExtractor: reported speech around and after the attribution") {
  SUBCASE("an attribution set off by commas inside the statement") {
    auto got = Run("The plan, an inside source said, is to have volunteers pass out reprints.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kIndirect);
    CHECK(got[0].text == "The plan | is to have volunteers pass out reprints");
    CHECK(got[0].speaker == "an inside source");
  }
  SUBCASE("a quote inside the rest after the attribution is part of the statement") {
    auto got = Run("The election, the driver said, was \"a message\" to Europe.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kPartial);
    CHECK(got[0].text == "The election | was \"a message\" to Europe");
    CHECK(got[0].speaker == "the driver");
  }
  SUBCASE("a relative clause in the predicate after the attribution is part of it") {
    auto got = Run("The victim, one official said, was his mother, Jane Doe, who worked at the "
                   "school.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "The victim | was his mother, Jane Doe, who worked at the school");
    CHECK(got[0].speaker == "one official");
  }
  SUBCASE("the question after a sentence-initial 'Asked', and a one-word answer") {
    auto got = Run("Asked if he was ever bullied, the candidate said no.");
    REQUIRE(got.size() == 2);
    CHECK(got[0].text == "if he was ever bullied");
    CHECK(got[0].speaker == "the candidate");
    CHECK(got[1].text == "no");
    CHECK(got[1].speaker == "the candidate");
  }
  SUBCASE("told + addressee + a clause without 'that'") {
    auto got = Run("Joyce told The Huffington Post he is not planning an appeal.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "he is not planning an appeal");
    CHECK(got[0].speaker == "Joyce");
  }
  SUBCASE("told + addressee + a clause opened by a determiner or a name") {
    auto got = Run("Kirby told CNN the troops would stay.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "the troops would stay");
    CHECK(got[0].speaker == "Kirby");
    got = Run("Peskov told the Associated Press on Monday the decision was final.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "the decision was final");
    CHECK(got[0].speaker == "Peskov");
    got = Run("Blinken told him the talks had failed.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "the talks had failed");
    got = Run("Netanyahu assured him it was done without his knowledge.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "it was done without his knowledge");
    got = Run("Ortiz told reporters Clinton had won the state.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "Clinton had won the state");
    got = Run("Ryan told reporters this was the only chance to pass the bill.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "this was the only chance to pass the bill");
    got = Run("Lee told the AP her group never worked with the firm.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "her group never worked with the firm");
    got = Run("The campaign will tell you that this means he won the contest.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "that this means he won the contest");
  }
  SUBCASE("told + a long addressee + that, if, a wh-word or 'not to'") {
    auto got = Run("Wilson told The Post and Courier newspaper of Charleston on Saturday that he "
                   "cast his ballot for Rubio.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "that he cast his ballot for Rubio");
    got = Run("A reporter asked Sanders how he is feeling on caucus day.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "how he is feeling on caucus day");
    got = Run("Officials told Flint residents not to drink the water.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "not to drink the water");
  }
  SUBCASE("told + an addressee or adverbial set off by commas + that, if or whether") {
    auto got = Run("Sources told POLITICO, however, that she did chime in.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "that she did chime in");
    CHECK(got[0].speaker == "Sources");
    got = Run("The mayor told reporters, including a local television crew, that the plan "
              "would fail.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "that the plan would fail");
    got = Run("Jones told Sean Hannity, the network's host, that the vote was rigged.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "that the vote was rigged");
    got = Run("Kasich spoke on Wednesday, telling supporters in Columbus, Ohio, that he had "
              "renewed faith.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "that he had renewed faith");
    got = Run("So I asked him then, if you do end up endorsing Clinton, what happens to me?");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "if you do end up endorsing Clinton, what happens to me?");
    got = Run("Clinton is telling customers at a Manchester, New Hampshire, diner that she "
              "needs them.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "that she needs them");
    // A second cue after the comma has the clause.
    got = Run("Trump told the group, adding that the phrase suggests a campaign is weak.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "that the phrase suggests a campaign is weak");
    CHECK(got[0].speaker == "Trump");
  }
  SUBCASE("informed + addressee + that") {
    auto got = Run("Nordstrom informed regional director James Bacigalupo that he would be "
                   "glad to call.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "that he would be glad to call");
    CHECK(got[0].speaker == "Nordstrom");
  }
  SUBCASE("a participle modifying a noun before 'by' says nothing") {
    auto got = Run("You deserve a president informed by experience and humility.");
    CHECK(got.empty());
    got = Run("It is a practice criticized by civil rights advocates and some lawmakers.");
    CHECK(got.empty());
    // Active: "responded by saying ..." is the subject's.
    got = Run("A Chinese official responded by saying Japan should be careful.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "A Chinese official");
  }
  SUBCASE("a sentence-initial participle and its preposition name no subject after it") {
    auto got = Run("Informed of the district's lean, Early described it as news to him.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Early");
    CHECK(got[0].text == "it as news to him");
  }
  SUBCASE("a content ends where a main clause with its own subject, cue and 'that' starts") {
    auto got = Run("After Tanden informed Soros that she had worked for Clinton, Tanden wrote "
                   "that Soros was impressed.");
    REQUIRE(got.size() == 2);
    CHECK(got[0].text == "that she had worked for Clinton");
    CHECK(got[1].text == "that Soros was impressed");
    CHECK(got[1].speaker == "Tanden");
    got = Run("While Sanders pledged to support Clinton as the nominee, Devine suggested that "
              "it would not be simple.");
    REQUIRE(got.size() == 2);
    CHECK(got[0].text == "to support Clinton as the nominee");
    CHECK(got[0].speaker == "Sanders");
    CHECK(got[1].speaker == "Devine");
  }
  SUBCASE("a participle before its noun after a preposition or a word of degree") {
    auto got = Run("Brazil is where the number of reported cases of the virus has grown.");
    CHECK(got.empty());
    got = Run("Clinton will arrive with the most pledged delegates in the race.");
    CHECK(got.empty());
    got = Run("Barden now helps lead a program called Sandy Hook Promise.");
    CHECK(got.empty());
    // A name after a noun phrase of up to three words, or "the" and a name.
    CHECK(Run("A new group called Black Votes Matter is trying to raise turnout.").empty());
    CHECK(Run("She won with a move called the boneless, a grab of the board.").empty());
    CHECK(Run("The brewery is selling a special convention beer called Swing State Pale Ale.")
              .empty());
    // A subject with "one" may call someone something.
    CHECK(!Run("One lawmaker called Trump the orange prince of self-publicity.").empty());
    // A noun of saying with its content stays a cue, as PolNeAR has it.
    got = Run("The vote took place despite repeated warnings from his lawyer that the "
              "hearing was pointless.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "that the hearing was pointless");
    // "called" after a subject is the verb.
    got = Run("The senator called Trump a danger to the country.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "The senator");
  }
  SUBCASE("told + addressee: an object or a relative clause is no reported clause") {
    // Unsure: the content keeps the addressee, as before.
    auto got = Run("She reminded the audience of comments Trump made last year.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "the audience of comments Trump made last year");
    got = Run("He told the crowd the truth.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "the crowd the truth");
    got = Run("He asked his advisers to figure out how to cut emissions.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "his advisers to figure out how to cut emissions");
  }
  SUBCASE("a quoted nickname inside a name is part of the name") {
    auto got = Run("\"We will not back down,\" Marcia \"Cia\" Price said.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "We will not back down,");
    CHECK(got[0].speaker == "Marcia \"Cia\" Price");
    got = Run("State Rep. Marcia \"Cia\" Price said the bill would pass.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kIndirect);
    CHECK(got[0].text == "the bill would pass");
    CHECK(got[0].speaker == "State Rep. Marcia \"Cia\" Price");
    // A headline in title case keeps its quoted word.
    got = Run("Why She Felt \"Invisible\" As A Child");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "Invisible");
  }
  SUBCASE("a name, its party label in parentheses and a comma before the cue") {
    auto got = Run("Jim Jordan (R-Ohio), said the plan would fail.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "the plan would fail");
    CHECK(got[0].speaker == "Jim Jordan");
    got = Run("Sen. Rob Portman (R-OH) said the vote was close.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Sen. Rob Portman");
  }
  SUBCASE("a concessive lead is left out of the content, 'But' kept") {
    auto got = Run("Still, the plan will cost more than expected, the mayor said.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "the plan will cost more than expected");
    CHECK(got[0].speaker == "the mayor");
    got = Run("Even so, the vote was close, she said.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "the vote was close");
    got = Run("But the plan will cost more than expected, the mayor said.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "But the plan will cost more than expected");
  }
  SUBCASE("a preposition after the cue is left out of the content") {
    auto got = Run("The minister warned of the global implications of a default.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "the global implications of a default");
    got = Run("Clinton was asked about her use of a private server.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "her use of a private server");
    // Too short without it: kept whole.
    got = Run("She complained about it.");
    for (const Got& g : got) CHECK(g.text != "it");
  }
  SUBCASE("a quantity of people with an of-phrase") {
    auto got = Run("Nearly half of voters said yes.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Nearly half of voters");
    CHECK(got[0].text == "yes");
  }
  SUBCASE("'show' is a cue after a subject, a noun before a quoted title") {
    auto got = Run("Early exit polls show two-thirds of GOP primary voters support the proposal.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Early exit polls");
    CHECK(got[0].text == "two-thirds of GOP primary voters support the proposal");
    got = Run("He is a host on the TV show \u201cShark Tank.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kScare);
  }
}

TEST_CASE("QuoteExtractor: reported speech next to other attributions") {
  SUBCASE("a time phrase after the cue is not the content; the clause after it is") {
    auto got = Run("Party donor Sheldon Adelson said on Friday he met Donald Trump this week.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "he met Donald Trump this week");
    CHECK(got[0].speaker == "Party donor Sheldon Adelson");
  }
  SUBCASE("reported speech ends where a quote taken by another cue begins") {
    auto got = Run(
        "But he said he was too busy to look for evidence: \"I have a lot going on. Good "
        "luck with the story,\" he wrote.");
    REQUIRE(got.size() == 2);
    CHECK(got[0].kind == QuoteKind::kIndirect);
    CHECK(got[0].text == "he was too busy to look for evidence");
    CHECK(got[1].kind == QuoteKind::kDirect);
    CHECK(got[1].text == "I have a lot going on. Good luck with the story,");
  }
  SUBCASE("a role phrase with a number before the appositive name") {
    auto got = Run(
        "One of the authors of that 2013 report, Ari Fleischer, said the nomination will test "
        "their conclusions.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Ari Fleischer");
  }
  SUBCASE("a quote after ', adding:' is an attribution of its own, not a split quote") {
    auto got = Run(
        "\u201cPeople are turning out,\u201d Lewandowski said, adding: \u201cThey are going to "
        "help everybody down the ballot.\u201d");
    REQUIRE(got.size() == 2);
    CHECK(got[0].text == "People are turning out,");
    CHECK(got[1].kind == QuoteKind::kDirect);
    CHECK(got[1].text == "They are going to help everybody down the ballot.");
    CHECK(got[1].speaker == "Lewandowski");
  }
  SUBCASE("one or two quoted words alone, with no speaker, are not a statement") {
    auto got = Run(
        "Spending dwarfs the rest of the world.\n\n\"Related:\"\n\n"
        "\"We will raise taxes on the rich and cut them for the middle class.\"");
    REQUIRE(got.size() == 2);
    CHECK(got[0].kind == QuoteKind::kScare);
    CHECK(got[1].kind == QuoteKind::kDirect);
  }
  SUBCASE("a quoted sentence after a partial quote in its paragraph joins it") {
    auto got = Run(
        "The deal \u201clooks out for Wall Street vulture funds first,\u201d Sanders wrote. "
        "\u201cThat is unacceptable.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kPartial);
    // The content as PolNeAR annotates it: both pieces, "Sanders wrote." in
    // neither.
    CHECK(got[0].text ==
          "The deal \u201clooks out for Wall Street vulture funds first,\u201d | That is "
          "unacceptable.");
    CHECK(got[0].speaker == "Sanders");
  }
  SUBCASE("a quoted sentence after a partial quote and its attribution joins it") {
    // The cue follows the partial quote, whose quoted words are a phrase of
    // speech: the next quoted sentence goes on with the same statement.
    auto got = Run(
        "Clinton \u201cdrew quite well from white, working-class Democrats\u201d in the 2008 "
        "primary, said professor Paul Beck. \u201cThat was more her constituency.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kPartial);
    CHECK(got[0].text ==
          "Clinton \u201cdrew quite well from white, working-class Democrats\u201d in the 2008 "
          "primary | That was more her constituency.");
    CHECK(got[0].speaker == "professor Paul Beck");
  }
  SUBCASE("not after a quoted term, nor across a paragraph break") {
    // Two quoted words are a term, not a statement the next quote goes on
    // with (the seed story's form).
    auto got = Run(
        "Any deployment would be made in \u201cclose consultation\u201d with allies, Kirby "
        "said. \u201cYou can\u2019t just unilaterally decide to throw forces at a "
        "country.\u201d");
    REQUIRE(got.size() == 2);
    CHECK(got[0].kind == QuoteKind::kPartial);
    CHECK(got[1].kind == QuoteKind::kDirect);
    CHECK(got[1].text == "You can\u2019t just unilaterally decide to throw forces at a country.");
    CHECK(got[1].speaker == "Kirby");
    got = Run(
        "Clinton \u201cdrew quite well from white, working-class Democrats\u201d in the 2008 "
        "primary, said professor Paul Beck.\n\n\u201cThat was more her constituency.\u201d");
    REQUIRE(got.size() == 2);
    CHECK(got[1].kind == QuoteKind::kDirect);
    CHECK(got[1].text == "That was more her constituency.");
    CHECK(got[1].speaker == "professor Paul Beck");
  }
}

TEST_CASE("QuoteExtractor: a quote ends its content where a new predicate begins") {
  SUBCASE("'and' and a second verb after the quote") {
    auto got = Run(
        "She declared \u201cWhat a Super Tuesday!\u201d and said that her campaign would "
        "go on.");
    REQUIRE(!got.empty());
    const Got* q = Find(got, "Super Tuesday");
    REQUIRE(q != nullptr);
    CHECK(q->kind == QuoteKind::kDirect);
    CHECK(q->text == "What a Super Tuesday!");
    got = Run(
        "Canova wrote to his followers, \u201cIt is time to end her career for good,\u201d and "
        "shared a link to his page.");
    REQUIRE(!got.empty());
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "It is time to end her career for good,");
    CHECK(got[0].speaker == "Canova");
  }
  SUBCASE("a participle clause after the quote's comma") {
    auto got = Run(
        "Silverman joked, \u201cYou are being ridiculous,\u201d drawing loud jeers from the "
        "crowd.");
    REQUIRE(!got.empty());
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "You are being ridiculous,");
    CHECK(got[0].speaker == "Silverman");
  }
  SUBCASE("'and that' goes on with what was said") {
    auto got = Run(
        "Lee said \u201cWe will win\u201d and that the party would unite behind her.");
    REQUIRE(!got.empty());
    CHECK(got[0].kind != QuoteKind::kDirect);
  }
  SUBCASE("the subject before a participle's prepositional phrase") {
    auto got = Run(
        "Protesters marching through the streets chanted \"What curfew?\" and kept going "
        "until 2 a.m.");
    REQUIRE(!got.empty());
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "What curfew?");
    CHECK(got[0].speaker == "Protesters");
  }
  SUBCASE("a determiner and a name-like modifier head the speaker's noun phrase") {
    auto got = Run(
        "The Vermont senator emailed supporters saying: \u201cThe struggle continues\u201d and "
        "vowing to compete.");
    REQUIRE(!got.empty());
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "The Vermont senator");
  }
}

TEST_CASE("QuoteExtractor: a participle naming a noun is no cue") {
  auto got = Run(
      "She is writing a book called \"Women Who Work\" and leading the policy charge.");
  for (const Got& g : got) {
    CHECK(g.kind != QuoteKind::kDirect);
    CHECK(g.speaker != "a book");
  }
  got = Run("Trump called the system \u201crigged\u201d in a tweet.");
  REQUIRE(!got.empty());
  CHECK(got[0].speaker == "Trump");
}

TEST_CASE("QuoteExtractor: a phrase between the cue and a colon is part of the content") {
  SUBCASE("an object or reported clause before the colon: partial") {
    auto got = Run(
        "Politico reveals a few relevant facts: \u201cOf its voters, 30,290 are "
        "Democrats.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kPartial);
    CHECK(got[0].speaker == "Politico");
    got = Run("He adds that Muslims have two choices: \u201cYou either leave or you fight.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kPartial);
    CHECK(got[0].text == "You either leave or you fight.");
  }
  SUBCASE("an adverbial or addressee before the colon leaves the quote direct") {
    auto got = Run("Sembler said in a text message: \"Trump will be the nominee.\"");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    got = Run("He told his Democratic audience at the hall: \u201cI can say it with confidence.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    got = Run("Lee added: \u201cWe will win.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
  }
}

TEST_CASE("QuoteExtractor: a short quoted title before a name is not what the name said") {
  auto got = Run("\u201cDaily Show\u201d host Trevor Noah on Thursday showed that he was wrong.");
  for (const Got& g : got) {
    if (g.text == "Daily Show") CHECK(g.kind == QuoteKind::kScare);
  }
  // A statement with its comma is attributed as before.
  got = Run("\u201cWe will win,\u201d host Trevor Noah said on Thursday.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kDirect);
  CHECK(got[0].speaker == "host Trevor Noah");
}

TEST_CASE("QuoteExtractor: a title as the object of a writing verb is a scare quote") {
  SUBCASE("a book title ending the sentence") {
    auto got = Run("Earth tones suited the man who wrote \u201cEarth in the Balance.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kScare);
    CHECK(got[0].speaker.empty());
  }
  SUBCASE("inside the sentence") {
    auto got = Run("He wrote \u201cThe Audacity of Hope\u201d in 2006.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kScare);
  }
  SUBCASE("a statement after the verb is still what the writer said") {
    auto got = Run("Obama wrote, \u201cWe Will Win.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "Obama");
    got = Run("Obama wrote \u201cwe will win in the end.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind != QuoteKind::kScare);
    CHECK(got[0].speaker == "Obama");
  }
}

TEST_CASE("QuoteExtractor: a reply after a quoted question takes the next quote") {
  auto got = Run(
      "Clinton replies with, \u201cWhy now? That was on my way to Libya?\u201d Mills then "
      "writes back, \u201cYou look cute.\u201d");
  REQUIRE(got.size() == 2);
  CHECK(got[0].text == "Why now? That was on my way to Libya?");
  CHECK(got[0].speaker == "Clinton");
  CHECK(got[1].text == "You look cute.");
  CHECK(got[1].speaker == "Mills");
  // With a comma inside the marks the attribution after the quote is its own.
  got = Run("\u201cWe will win,\u201d Mills said, \u201cand soon.\u201d");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker == "Mills");
}

TEST_CASE("QuoteExtractor: a lead time phrase is not the speaker") {
  auto got = Run(
      "Hours later, Trump returned the compliment, telling Reuters, \u201cSheldon and I have "
      "been friends for a long time.\u201d");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kDirect);
  CHECK(got[0].speaker == "Trump");
  got = Run(
      "Earlier Wednesday, Schilling appeared on a show on WEEI radio in Boston and defended "
      "himself against accusations of racism.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker == "Schilling");
}

TEST_CASE("QuoteExtractor: a long appositive between the quote's speaker and the cue") {
  auto got = Run(
      "\"Would I wish that? Absolutely,\" Eric Woolson, an Iowa Republican strategist and "
      "former adviser to Scott Walker, said of Cruz.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kDirect);
  CHECK(got[0].text == "Would I wish that? Absolutely,");
  CHECK(got[0].speaker == "Eric Woolson");
  got = Run(
      "\u201cThe agents are under a lot of pressure,\u201d an intelligence source, who was not "
      "authorized to speak on the record, told Fox News.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kDirect);
  CHECK(got[0].speaker == "an intelligence source");
}

TEST_CASE("QuoteExtractor: a comma inside a reported clause does not introduce a quote") {
  auto got = Run(
      "Ryan said it is unrealistic to think that if the U.S. pulls back, \u201cour oceans are "
      "going to save us.\u201d");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kPartial);
  CHECK(got[0].text == "our oceans are going to save us.");
  CHECK(got[0].speaker == "Ryan");
  // After the cue and an adverbial, the comma still introduces it.
  got = Run("Ryan said on Monday, \u201cOur oceans will not save us.\u201d");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kDirect);
}

TEST_CASE("QuoteExtractor: an adverbial clause after a quote introduced by its cue") {
  auto got = Run(
      "As Trump attacked Clinton, the attendees chanted, \"Lock her up!\" as they had for "
      "previous speakers.");
  const Got* q = Find(got, "Lock her up!");
  REQUIRE(q != nullptr);
  CHECK(q->kind == QuoteKind::kDirect);
  CHECK(q->text == "Lock her up!");
  CHECK(q->speaker == "the attendees");
  // A short title after 'told' is the addressee, not the quote.
  got = Run(
      "\"We have to increase the bombings,\" the nominee told \"Fox and Friends\" after he was "
      "asked about the attack.");
  q = Find(got, "Fox and Friends");
  if (q != nullptr) CHECK(q->kind != QuoteKind::kDirect);
}

TEST_CASE("QuoteExtractor: a determiner-led sentence subject keeps its noun") {
  auto got = Run("The spokesman issued a statement, saying: \"If one is proposed we will consider it.\"");
  REQUIRE(!got.empty());
  CHECK(got[0].kind == QuoteKind::kDirect);
  CHECK(got[0].speaker == "The spokesman");
}

TEST_CASE("QuoteExtractor: 'continues' with a preposition of place or time is no cue") {
  auto got = Run(
      "As debate continues over how seriously Kyiv regards the crisis, officials met on "
      "Monday.");
  for (const Got& g : got) CHECK(g.speaker != "debate");
  got = Run("\u201cWe will not give up,\u201d he continued.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kDirect);
  CHECK(got[0].speaker == "he");
}

TEST_CASE("QuoteExtractor: a question put to a subject in the passive, and its answer") {
  auto got = Run(
      "Blumenthal was asked, \u201cWould you have told her it was not a good idea?\u201d He "
      "answered, \u201cI have no idea. We are old friends.\u201d");
  REQUIRE(got.size() == 2);
  CHECK(got[0].kind == QuoteKind::kDirect);
  CHECK(got[0].text == "Would you have told her it was not a good idea?");
  CHECK(got[0].speaker.empty());  // the one asked did not ask it
  CHECK(got[1].kind == QuoteKind::kDirect);
  CHECK(got[1].text == "I have no idea. We are old friends.");
  CHECK(got[1].speaker == "He");
}

TEST_CASE("QuoteExtractor: an exclaimed utterance after its cue is whole") {
  auto got = Run(
      "In 2009 he yelled \u201cYou lie!\u201d at the president during an address to "
      "Congress.");
  REQUIRE(!got.empty());
  const Got* q = Find(got, "You lie!");
  REQUIRE(q != nullptr);
  CHECK(q->kind == QuoteKind::kDirect);
  CHECK(q->text == "You lie!");
}

TEST_CASE("QuoteExtractor: a participle or preposition opening the sentence is no speaker") {
  auto got = Run(
      "Speaking at a rally in Iowa, Beck read from the Bible, saying, \u201cThis know also, "
      "that perilous times shall come.\u201d");
  REQUIRE(!got.empty());
  CHECK(got[0].speaker == "Beck");
  got = Run(
      "Alongside the group, a top strategist added, \u201cAt some point, she is going to have to "
      "come out.\u201d");
  REQUIRE(!got.empty());
  CHECK(got[0].speaker.find("Alongside") == std::string::npos);
}

TEST_CASE("QuoteExtractor: a sentence adverb or a bare time is no speaker") {
  auto got = Run(
      "Likewise, a paper from the institute had this to say about his proposal: \"Families "
      "at the top would gain more.\"");
  REQUIRE(!got.empty());
  CHECK(got[0].speaker.find("Likewise") == std::string::npos);
  got = Run(
      "Tuesday at the university in Berea, after winning Ohio, Gov. John Kasich (R-OH), said, "
      "\u201cI am getting ready to rent a covered wagon.\u201d");
  REQUIRE(!got.empty());
  CHECK(got[0].speaker != "Tuesday");
  // A surname that is also a unit of time is still a name.
  got = Run("Day said the language in the platform is shrinking the party.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker == "Day");
}

TEST_CASE("QuoteExtractor: a digest line 'HEADLINE IN CAPITALS - Name: \"...\"'") {
  auto got = Run(
      "HIGHER THAN EXPECTED TURNOUT IN IOWA DOESN\u2019T RAISE EXPECTATIONS - Michael P. "
      "McDonald: \u201cAt long last the contests have finally started.\u201d");
  REQUIRE(!got.empty());
  CHECK(got[0].kind == QuoteKind::kDirect);
  CHECK(got[0].speaker == "Michael P. McDonald");
  got = Run(
      "What that means for this year - More from Jones: \u201cThe partisanship of the state is "
      "a starting point.\u201d");
  REQUIRE(!got.empty());
  CHECK(got[0].speaker == "Jones");
  // A hyphen inside a word is no dash.
  got = Run(
      "said James Zogby, president of the Washington-based Arab American Institute: \u201cI "
      "just don't think it's possible.\u201d");
  REQUIRE(!got.empty());
  CHECK(got[0].speaker.find("based") == std::string::npos);
}

TEST_CASE("QuoteExtractor: a dateline is not the sentence's subject") {
  auto got = Run(
      "ORLANDO \u2014 President Barack Obama visited the city, saying the country must act to "
      "control gun violence.");
  REQUIRE(!got.empty());
  CHECK(got[0].speaker == "President Barack Obama");
}

TEST_CASE("QuoteExtractor: works without an entities layer") {
  auto got = Run(
      "President Volodymyr Zelensky signed a decree on Tuesday.\n"
      "\u201cThis is the start of a professional army,\u201d he said.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker == "he");
}

TEST_CASE("QuoteExtractor: any bytes in, no crash") {
  const std::vector<std::string> inputs = {
      "", "\"", "\u201c", "\u201d said he.", "\"\"\"\"", "said", "according to",
      "\"a\n\"b\n\"c", std::string("\xff\xfe\"x\"\x80 said y", 14),
      "\u201c\u201c\u201c\u201d\u201d said X, \u201c"};
  for (const std::string& s : inputs) {
    Document doc(s);
    TokenizeDocument(doc);
    CHECK(Quotes().Extract(doc).ok());
    for (const Quote& q : doc.quotes()) {
      CHECK(q.span.end <= doc.text().size());
      CHECK(q.span.begin <= q.span.end);
    }
  }
}

TEST_CASE("QuoteExtractor: a missing cue list is a clear error") {
  auto g = Gazetteers::FromStrings({{"people/x", "id\ttype\tcanonical\np1\tPERSON\tAda\n"}});
  REQUIRE(g.ok());
  ExtractorContext ctx;
  ctx.gazetteers = g->get();
  auto ex = QuoteExtractor::Create(ctx);
  REQUIRE_FALSE(ex.ok());
  CHECK(ex.status().ToString().find("cue_verbs.tsv") != std::string::npos);
}

TEST_CASE("QuoteExtractor: the speaker is the noun a prepositional phrase follows, not its object") {
  SUBCASE("the whole phrase: the noun and its prepositional phrase") {
    auto got = Run("Protest organizers in Cleveland say the rules violate free speech.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Protest organizers in Cleveland");
    got = Run("Nearly three-quarters of the voters said they were very worried.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Nearly three-quarters of the voters");
  }
  SUBCASE("a phrase of time or manner between subject and cue is skipped") {
    auto got = Run("The company in a statement said it would appeal the ruling.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "The company");
    got = Run("Her closest allies have in the past said she would not run.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Her closest allies");
  }
  SUBCASE("a closing attribution after a comma is the whole phrase") {
    auto got = Run("The relatives watched the video on Thursday, attorneys for the family said.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "attorneys for the family");
    CHECK(got[0].text == "The relatives watched the video on Thursday");
  }
  SUBCASE("'according to' a phrase with 'of' runs on to its noun") {
    auto got = Run("According to early results of exit polls conducted for the networks, "
                   "nearly half of primary voters were black.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "early results of exit polls");
  }
  SUBCASE("an appositive keeps its own reading") {
    auto got = Run("Sam Lau, the spokesman for the state party said in a statement. \"There "
                   "are no paper ballots to recount.\"");
    REQUIRE(!got.empty());
    CHECK(got.back().speaker != "");
  }
}

TEST_CASE("QuoteExtractor: two apostrophes after a question close a statement whose cue opens the next sentence") {
  // The splitter ends the sentence after `?''`; the cue's sentence follows.
  const IndirectCase cases[] = {
      {"He wants her to spend money there.\n\n''Can we win Illinois?'' Mr. Manafort asked. "
       "''I don't know.''",
       "Can we win Illinois?", "Mr. Manafort"},
      {"''Is it true?'' asked Mr. Smith.", "Is it true?", "Mr. Smith"},
      {"''Why not now!'' Mrs. Clinton said.", "Why not now!", "Mrs. Clinton"},
  };
  for (const IndirectCase& c : cases) CheckIndirect(c);
  // Not across a paragraph.
  CHECK(Find(Run("''Can we win Illinois?''\n\nMr. Manafort asked."), "Can we win") == nullptr);
}

// Each text gives a quote whose text is exactly the content after it.
template <size_t N>
void CheckContents(const std::pair<const char*, const char*> (&cases)[N]) {
  for (const auto& [text, content] : cases) {
    CAPTURE(text);
    const auto got = Run(text);
    const Got* g = Find(got, content);
    REQUIRE(g != nullptr);
    CHECK(g->text == content);
  }
}

TEST_CASE("QuoteExtractor: an object content ends before 'and' and the source's next verb") {
  const std::pair<const char*, const char*> cases[] = {
      // The next verb is the source's act, not what was said.
      {"The Brotherhood denied any connection to the laptop's owners or any plans for "
       "violence and threatened to sue the commission.",
       "any connection to the laptop's owners or any plans for violence"},
      {"Mr. Rubio rejected the rest of the party's claims and said, \"We will win.\"",
       "the rest of the party's claims"},
      // A content with a clause of its own, or a noun after "and", runs on.
      {"It was also unclear, one investigator said, why Mr. Lanza drove her car to the "
       "school and slaughtered the children.",
       "It was also unclear | why Mr. Lanza drove her car to the school and slaughtered the "
       "children"},
      {"The group defended victims of domestic violence and unaccompanied minors from "
       "Central America.",
       "victims of domestic violence and unaccompanied minors from Central America"},
  };
  CheckContents(cases);
}

TEST_CASE("QuoteExtractor: a clause content ends before 'and' and a cue opening a quote") {
  const std::pair<const char*, const char*> cases[] = {
      // The quote is the source's next statement, not more of the clause.
      {"The president said that he taught constitutional law, and added: \u201cI know a "
       "little about this.\u201d",
       "that he taught constitutional law"},
      {"Lazar said he welcomed extradition to the United States and added, \"I'll plead "
       "guilty.\"",
       "he welcomed extradition to the United States"},
  };
  CheckContents(cases);
  // Not a passive cue: the quote is no statement of the source's.
  {
    const auto got = Run("Officials said that Mr. Mubarak had suffered a stroke in prison and "
                         "had been declared \u201cclinically dead\u201d after being taken to a "
                         "military hospital.");
    const Got* g = Find(got, "clinically dead");
    REQUIRE(g != nullptr);
    CHECK(g->kind == QuoteKind::kPartial);  // inside the content after "said that"
    CHECK(g->speaker == "Officials");
  }
  // Not after "but" (PolNeAR's dev gold keeps `... but said "..."` one
  // content).
  const auto got = Run("Lazar said he welcomed extradition to the United States but added, "
                       "\"I'll plead guilty.\"");
  const Got* g = Find(got, "he welcomed extradition");
  REQUIRE(g != nullptr);
  CHECK(g->text != "he welcomed extradition to the United States");
}

TEST_CASE("QuoteExtractor: a phrase of who asked, where or when before the question after 'asked'") {
  const IndirectCase cases[] = {
      {"Asked on Fox News who leads the party in his view, Mr. Trump said Ryan.",
       "who leads the party in his view", "Mr. Trump"},
      {"Asked during a January debate why he trailed so badly among minority voters, Senator "
       "Bernie Sanders said he would gain ground.",
       "why he trailed so badly among minority voters", "Senator Bernie Sanders"},
      // "When asked"; "about" is no part of the question.
      {"When asked by Ingraham on Thursday about increasing the number of foreign workers, Cruz "
       "said it was a bad idea.",
       "increasing the number of foreign workers", "Cruz"},
  };
  for (const IndirectCase& c : cases) CheckIndirect(c);
  // A comma ends the phrase: no question follows it.
  CHECK(Find(Run("Asked on Monday, in a long interview, what he meant, Mr. Trump laughed."),
             "what he meant") == nullptr);
}

}  // namespace
}  // namespace newsie

namespace newsie {
namespace {

// The seed story (../shared/seeds): every full-sentence quote has its
// speaker, including those attributed only by "he said" or "he wrote".
TEST_CASE("QuoteExtractor: full-sentence quotes of the seed story have their speakers") {
  const std::string path =
      std::string(NEWSIE_SOURCE_DIR) + "/../shared/seeds/001_8c466d227e559753.txt";
  std::ifstream in(path);
  if (!in) {
    MESSAGE("SKIPPED: seeds not found at " << path);
    return;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  auto gaz = Gazetteers::Load({DefaultGazetteerDir()});
  REQUIRE(gaz.ok());
  ExtractorRegistry registry;
  RegisterBuiltinExtractors(registry);
  ExtractorContext ctx;
  ctx.gazetteers = gaz->get();
  auto pipeline = Pipeline::Build(registry, registry.Default(), ctx);
  if (!pipeline.ok()) {
    MESSAGE("SKIPPED: default pipeline unavailable: " << pipeline.status().ToString());
    return;
  }
  Document doc(ss.str());
  REQUIRE((*pipeline)->Run(doc));
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"We continue to engage", "Biden"},
      {"There has been some confusion", "Peskov"},
      {"Russia has not given an answer", "Peskov"},
      {"We like the independent approach", "Peskov"},
      {"This is the start of Ukraine", "Zelensky"},
      {"and this isn", "Reznikov"},
      {"You can\u2019t just unilaterally", "Kirby"},
  };
  for (const auto& [words, speaker] : expected) {
    const Quote* found = nullptr;
    for (const Quote& q : doc.quotes()) {
      if (doc.Slice(q.span).find(words) != std::string_view::npos) found = &q;
    }
    CAPTURE(words);
    REQUIRE(found != nullptr);
    CHECK(found->kind == QuoteKind::kDirect);
    CHECK(found->speaker.name.find(speaker) != std::string::npos);
  }
}

TEST_CASE("QuoteExtractor: 'show' after a determiner is the noun, not a cue") {
  // Not "a radio" as the subject of "show".
  auto got = Run(
      "Earlier Wednesday, Schilling appeared on a radio show and defended himself against "
      "accusations of racism.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker == "Schilling");
  // The verb still cues: "Polls show ...".
  got = Run("New polls show Clinton leads in Ohio.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker == "New polls");
}

TEST_CASE("QuoteExtractor: ', adding, \"...\"' after a post-posed cue is that cue's subject's") {
  auto got = Run(
      "Ryan and Trump will meet next week, Spicer said, adding, \"They need to sit down and "
      "have a good talk.\"");
  const Got* q = Find(got, "They need to sit down");
  REQUIRE(q != nullptr);
  CHECK(q->kind == QuoteKind::kDirect);
  CHECK(q->speaker == "Spicer");
  got = Run(
      "He left as soon as prayers were finished, Nefzi said on Monday, adding, \"He was not "
      "very religious.\"");
  q = Find(got, "He was not very religious");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Nefzi");
  // The cue's own clause runs on to the participle: not its subject's.
  got = Run(
      "One official who relayed the exchange said Reid quieted the chatter, telling his "
      "colleagues, \"We need to treat him fairly.\"");
  q = Find(got, "We need to treat him fairly");
  REQUIRE(q != nullptr);
  CHECK(q->speaker != "the exchange");
}

TEST_CASE("QuoteExtractor: 'went on to say' and 'issued the following statement' are cues") {
  SUBCASE("a colon intro across a paragraph break names the speaker") {
    auto got = Run(
        "When Wallace died, President Clinton released the following statement:\n\n"
        "\u201cHillary and I offer our condolences to the family.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "President Clinton");
    got = Run(
        "\u201cWe will fight,\u201d Tenney said. She went on to say:\n\n\"None of them will "
        "come out and support Trump.\"");
    const Got* q = Find(got, "None of them");
    REQUIRE(q != nullptr);
    CHECK(q->kind == QuoteKind::kDirect);
    CHECK(q->speaker == "She");
  }
  SUBCASE("'went on to' another verb is no cue") {
    auto got = Run("She went on to win the seat by a wide margin in November.");
    CHECK(got.empty());
  }
}

TEST_CASE("QuoteExtractor: the second part of a statement after a long attribution") {
  SUBCASE("a quote opening with an ellipsis after the attribution's period") {
    auto got = Run(
        "\"I think people made up their mind,\" said Kristan Hawkins, president of Students "
        "For Life of America. \". . . You are going to want to make sure of it.\"");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text ==
          "I think people made up their mind, | . . . You are going to want to make sure of "
          "it.");
    CHECK(got[0].speaker == "Kristan Hawkins");
    // A lower-case word after the ellipsis does not start a statement.
    got = Run(
        "\"I think people made up their mind,\" said Kristan Hawkins, president of Students "
        "For Life of America. \". . . and so on and so forth.\"");
    REQUIRE(got.size() == 2);
    CHECK(got[1].kind != QuoteKind::kDirect);
  }
  SUBCASE("a split quote after a long appositive") {
    auto got = Run(
        "\"This used to be Russia's back yard,\" said Raffaello Pantucci, director of "
        "International Security Studies at the Royal United Services Institute in London, "
        "\"but it is increasingly coming into China's thrall.\"");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text ==
          "This used to be Russia's back yard, | but it is increasingly coming into China's "
          "thrall.");
    CHECK(got[0].speaker == "Raffaello Pantucci");
  }
}

TEST_CASE("QuoteExtractor: a cue form in -s after a determiner is a plural noun") {
  SUBCASE("'a few questions, including,' before a quote: an example, not the cue's object") {
    auto got = Run(
        "The senator spoke for an hour, raising a few questions, including, \"Who will pay "
        "for the wall?\"");
    const Got* q = Find(got, "Who will pay");
    REQUIRE(q != nullptr);
    CHECK(q->kind == QuoteKind::kPartial);
  }
  SUBCASE("'his remarks' is no cue; the verb after it is") {
    auto got = Run("He later walked back his remarks and said women are never to blame.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "women are never to blame");
    CHECK(got[0].speaker == "He");
  }
  SUBCASE("the verb in -s after a subject is still a cue") {
    auto got = Run("Obama remarks that the plan works well for most families.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Obama");
  }
}

TEST_CASE("QuoteExtractor: one quoted word alone after a statement is not more of it") {
  auto got = Run(
      "\"Do we keep getting angry?\" Clinton asked.\n\n\"Nooooo!\"\n\n\"Or do we roll up "
      "our sleeves and get to work?\"");
  const Got* no = Find(got, "Nooooo");
  REQUIRE(no != nullptr);
  CHECK(no->kind == QuoteKind::kScare);
  CHECK(no->speaker.empty());
  // The statement goes on past it.
  const Got* more = Find(got, "roll up our sleeves");
  REQUIRE(more != nullptr);
  CHECK(more->kind == QuoteKind::kDirect);
  CHECK(more->speaker == "Clinton");
  // Two words are a short statement of the same speaker.
  got = Run("\"We will win,\" Trump said.\n\n\"Believe me.\"");
  const Got* two = Find(got, "Believe me");
  REQUIRE(two != nullptr);
  CHECK(two->kind == QuoteKind::kDirect);
  CHECK(two->speaker == "Trump");
}

TEST_CASE("QuoteExtractor: 'as X put it,' introduces a quote") {
  auto got = Run(
      "As one Ohio voter put it, \u201cWe are tired of the same old politics.\u201d");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kDirect);
  CHECK(got[0].text == "We are tired of the same old politics.");
  CHECK(got[0].speaker == "one Ohio voter");
  // A quoted phrase inside the clause stays partial.
  got = Run(
      "That is because, as he puts it, \"the best thing we have\" is that rates stayed low.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kPartial);
  CHECK(got[0].speaker == "he");
  // ... or with a colon.
  got = Run("As Professor Foner put it: \"The country is better at accepting immigrants.\"");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kDirect);
  CHECK(got[0].speaker == "Professor Foner");
  // "put it" without the comma is no cue.
  got = Run("She put it on the table in front of the committee members.");
  CHECK(got.empty());
}

TEST_CASE("QuoteExtractor: a quote and its attribution reported 'according to' a source") {
  SUBCASE("the source after 'according to' reports the quote and who said it") {
    auto got = Run(
        "\u201cDelegates should be able to vote the way they see fit,\u201d Walker said, "
        "according to an Associated Press account.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kPartial);
    CHECK(got[0].text == "Delegates should be able to vote the way they see fit,");
    CHECK(got[0].speaker == "an Associated Press account");
    got = Run(
        "\"I will not let you down,\" Trump told the crowd Monday in Iowa, according to "
        "Reuters.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kPartial);
    CHECK(got[0].speaker == "Reuters");
  }
  SUBCASE("near misses keep the quote direct") {
    // No cue between the quote and 'according to': the source is the speaker.
    auto got = Run(
        "\u201cThe evidence cannot prove the crime,\u201d according to a court document.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "a court document");
    // 'according to' in the next sentence.
    got = Run(
        "\u201cWe will win,\u201d Walker said. According to the AP, he left at noon.");
    const Got* q = Find(got, "We will win");
    REQUIRE(q != nullptr);
    CHECK(q->kind == QuoteKind::kDirect);
    CHECK(q->speaker == "Walker");
  }
}

TEST_CASE("QuoteExtractor: the words a sign or a message reads") {
  SUBCASE("'reading' before a quote: the quote alone, the thing that reads it") {
    auto got = Run(
        "Giuliani wore a campaign hat reading, \u201cMake Mexico Great Again Also\u201d on "
        "Wednesday night.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "Make Mexico Great Again Also");
    CHECK(got[0].speaker == "a campaign hat");
  }
  SUBCASE("'reading' with no quote after it reports nothing") {
    auto got = Run("The judge was reading his decision as Santilli held his head in his hands.");
    CHECK(got.empty());
  }
}

TEST_CASE("QuoteExtractor: a quoted subhead in capitals is not a statement") {
  // Not a continuation of the quote before it either.
  auto got = Run(
      "\u201cWe will win,\u201d Trump said.\n\n\u201cDIVISIVE, STUPID AND WRONG\u201d\n\n"
      "Cameron will work with whoever is elected, his spokesman said.");
  const Got* head = Find(got, "DIVISIVE");
  REQUIRE(head != nullptr);
  CHECK(head->kind == QuoteKind::kScare);
  CHECK(head->speaker.empty());
  // Capitals closed by "!" are still a statement, here Trump's again.
  got = Run(
      "\u201cWe will win,\u201d Trump said.\n\n\u201cWE WILL WIN THIS STATE BIG!\u201d\n\n"
      "The candidate waved.");
  const Got* shout = Find(got, "BIG");
  REQUIRE(shout != nullptr);
  CHECK(shout->kind == QuoteKind::kDirect);
  CHECK(shout->speaker == "Trump");
}

TEST_CASE("QuoteExtractor: a statement closed by a comma keeps the subject after it") {
  // The attribution after the quote is not read (a quoted title in the
  // appositive), but the subject right after the quote still speaks.
  auto got = Run(
      "\u201cWe\u2019ve had more successful conventions than this one,\u201d Texas delegate Bill "
      "Eastland, wearing a cowboy hat and \u201cTed Cruz\u201d campaign pins, said matter-of-factly "
      "as confetti fluttered down.");
  const Got* q = Find(got, "conventions");
  REQUIRE(q != nullptr);
  CHECK(q->kind == QuoteKind::kDirect);
  CHECK(q->text == "We\u2019ve had more successful conventions than this one,");
  CHECK(q->speaker == "Texas delegate Bill Eastland");
}

TEST_CASE("QuoteExtractor: a lower-case name after 'called' is part of a description") {
  auto got = Run(
      "He would target the power of regional accreditation bodies, which he called \u201ca "
      "cartel for higher education.\u201d");
  const Got* q = Find(got, "cartel");
  REQUIRE(q != nullptr);
  CHECK(q->kind == QuoteKind::kPartial);
  // A statement after "called" in capitals stays DIRECT.
  got = Run("Cruz called them on it: \u201cThe questions asked in this debate are a mess.\u201d");
  q = Find(got, "questions");
  REQUIRE(q != nullptr);
  CHECK(q->kind == QuoteKind::kDirect);
}

TEST_CASE("QuoteExtractor: a quoted example after 'such as' is part of the content") {
  auto got = Run(
      "Even now at 86 she still says things such as, \"We're not all meant to be equal, you "
      "know.\"");
  const Got* q = Find(got, "equal");
  REQUIRE(q != nullptr);
  CHECK(q->kind == QuoteKind::kPartial);
  CHECK(q->speaker == "she");
}

TEST_CASE("QuoteExtractor: a quote glued to the colon after its cue or its speaker") {
  SUBCASE("cue, colon, quote") {
    auto got = Run("Smith said:\"We will fight it.\"");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "We will fight it.");
    CHECK(got[0].speaker == "Smith");
    got = Run("The mayor told reporters:\"We are not done yet,\" and left.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "We are not done yet,");
    CHECK(got[0].speaker == "The mayor");
  }
  SUBCASE("a name, a colon and the quote") {
    auto got = Run("Clinton:\"We are stronger together.\"");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "We are stronger together.");
    CHECK(got[0].speaker == "Clinton");
  }
}

TEST_CASE("QuoteExtractor: a cue form used as a noun reports nothing") {
  SUBCASE("after an article and one word") {
    CHECK(Run("Their answers may require a trigger warning for the proudly ink-stained set.")
              .empty());
    CHECK(Run("Without a strong showing in South Carolina, the Bush campaign may have a hard "
              "time.")
              .empty());
    CHECK(Run("Each party would have a larger say than they do in the electoral process overall.")
              .empty());
  }
  SUBCASE("a noun cue followed by what was said stays a cue") {
    auto got = Run("Clinton delivered a forceful promise to strengthen labor unions.");
    const Got* q = Find(got, "labor unions");
    REQUIRE(q != nullptr);
    CHECK(q->kind == QuoteKind::kIndirect);
  }
  SUBCASE("a participle after 'a' and a noun is still a cue") {
    auto got = Run("She also sent a tweet saying, if elected president, she would act.");
    const Got* q = Find(got, "she would act");
    REQUIRE(q != nullptr);
    CHECK(q->speaker == "She");
  }
}

TEST_CASE("QuoteExtractor: a partial quote split by its attribution leaves the attribution out") {
  // A partial quote joined across its attribution: see "a quoted sentence
  // after a partial quote in its paragraph joins it".
  SUBCASE("the subject and cue inside the content") {
    auto got = Run("That, the commission said, \u201cwould be helpful in avoiding uncertainty.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kPartial);
    CHECK(got[0].text == "That | would be helpful in avoiding uncertainty.");
    CHECK(got[0].speaker == "the commission");
    got = Run("Sooner or later, the governor told reporters, \u201cit starts to pay off.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "Sooner or later | it starts to pay off.");
  }
  SUBCASE("an unsplit partial quote keeps its quoted words") {
    auto got = Run("Smith said the plan was \u201ca disgrace\u201d for the state.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kPartial);
    CHECK(got[0].text == "a disgrace");
  }
}

TEST_CASE("QuoteExtractor: a partial quote split by its cue joins a second part in lower case") {
  auto got = Run(
      "Trump's support in key states means \"he must be doing something right,\" she says, "
      "\"but I don't know if I would vote for him.\"");
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == QuoteKind::kPartial);
  CHECK(got[0].speaker == "she");
  CHECK(got[0].text ==
        "Trump's support in key states means \"he must be doing something right,\" | but I "
        "don't know if I would vote for him.");
  // A second part opening a sentence of its own is a direct quote.
  got = Run(
      "Remarking upon Clinton's \"genuine empathy,\" Starr said, \"Leave aside the "
      "unpleasantness, his genuine empathy is real.\"");
  const Got* q = Find(got, "Leave aside");
  REQUIRE(q != nullptr);
  CHECK(q->kind == QuoteKind::kDirect);
  CHECK(q->speaker == "Starr");
}

// Each quote's span as text, with its kind.
std::vector<std::pair<QuoteKind, std::string>> Spans(const std::string& text) {
  Document doc(text);
  Run(doc);
  std::vector<std::pair<QuoteKind, std::string>> out;
  for (const Quote& q : doc.quotes()) out.emplace_back(q.kind, std::string(doc.Slice(q.span)));
  return out;
}

TEST_CASE("QuoteExtractor: a partial quote's span holds both marks of its quotes") {
  // PolNeAR train annotates `X said that "<sentence>"` with the content
  // from "that" to the closing mark, not as a direct quote (49 of 50).
  SUBCASE("told reporters that \"...\"") {
    auto got = Spans("Smith told reporters that \"the deal is dead and we will not revive it.\"");
    REQUIRE(got.size() == 1);
    CHECK(got[0].first == QuoteKind::kPartial);
    CHECK(got[0].second == "that \"the deal is dead and we will not revive it.\"");
  }
  SUBCASE("said that \u201c...\u201d") {
    auto got = Spans("Cruz says that \u201cas a nation, we have to do better.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].first == QuoteKind::kPartial);
    CHECK(got[0].second == "that \u201cas a nation, we have to do better.\u201d");
  }
  SUBCASE("a content opening with a quote keeps its opening mark") {
    auto got = Spans("\u201cEthanol people\u201d do a fantastic job, Trump said.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].first == QuoteKind::kPartial);
    CHECK(got[0].second == "\u201cEthanol people\u201d do a fantastic job");
  }
}

TEST_CASE("QuoteExtractor: an addressee before a quote after its cue is not what was said") {
  SUBCASE("a list of addressees") {
    auto got =
        Run("Jones told the committee, the press and the public \"we have nothing to hide.\"");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "we have nothing to hide.");
    CHECK(got[0].speaker == "Jones");
    auto spans =
        Spans("Jones told the committee, the press and the public \"we have nothing to hide.\"");
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].second == "we have nothing to hide.");
  }
  SUBCASE("an addressee and a time, or an adverbial set off by commas") {
    auto got = Run("Smith told the panel on Monday \u201cwe will not back down.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "we will not back down.");
    got = Run("Jones told the committee, in a rare public statement, \"we have nothing to hide.\"");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].text == "we have nothing to hide.");
    got = Run("The governor asked the crowd \"If they cannot tell us the truth, why trust them?\"");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "The governor");
  }
  SUBCASE("a reported clause, a short phrase or a title stays as it was") {
    // The quoted words go on from a subject after the addressee.
    auto got = Run("He told them Clinton \u201chas a number of super PACs behind her.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kPartial);
    got = Run("He would tell him \u201cno more nonsense.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind != QuoteKind::kDirect);
    got = Run("Sanders told NBC's \"Meet the Press with Chuck Todd.\"");
    for (const Got& g : got) CHECK(g.kind != QuoteKind::kDirect);
  }
}

TEST_CASE("QuoteExtractor: a reported clause with quoted words in it runs from 'that'") {
  // PolNeAR train, `X said (told Y) that <words> "<quote>" <more words>.`:
  // the content starts at "that" 131 times in 142 and ends at the end of
  // the sentence without its period 72 times (with it 16, at a clause
  // break 20, at the closing mark 16); never a direct quote.
  auto got = Spans(
      "The mayor told CNN on Sunday that the city \"will not be intimidated\" by the threats.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].first == QuoteKind::kPartial);
  CHECK(got[0].second == "that the city \"will not be intimidated\" by the threats");
}

TEST_CASE("QuoteExtractor: a cue inside what a sentence-closing attribution reports heads none") {
  SUBCASE("a subject and its cue close the sentence") {
    auto got = Run("Mrs. Lopez has backing from 33 percent of voters, a new survey found.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kIndirect);
    CHECK(got[0].text == "Mrs. Lopez has backing from 33 percent of voters");
    CHECK(got[0].speaker == "a new survey");
    got = Run("The state has added another layer of review, she noted on Tuesday.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "The state has added another layer of review");
    CHECK(got[0].speaker == "she");
  }
  SUBCASE("an inverted cue and a name close the sentence") {
    auto got = Run("The company plans to close two plants next year, said Maria Lopez.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "The company plans to close two plants next year");
    CHECK(got[0].speaker == "Maria Lopez");
  }
  SUBCASE("a clause that goes on after the cue is no closing attribution") {
    // "insisted on ...", "declined to ...", "said the family ...": what
    // was said follows the later cue, so the earlier one keeps its own.
    auto got = Run(
        "Mr. Reed said that the deal was hard but that, if it came, he should have insisted "
        "on getting everyone out.");
    REQUIRE(!got.empty());
    CHECK(got[0].speaker == "Mr. Reed");
    got = Run("Kasich, a Republican who has refused to endorse Trump, said the family deserved "
              "better.");
    REQUIRE(!got.empty());
    CHECK(got.back().speaker == "Kasich");
    CHECK(got.back().text == "the family deserved better");
  }
}

TEST_CASE("QuoteExtractor: a lead phrase before an appositive subject is not the speaker") {
  SUBCASE("a lead phrase of time or place, or a sentence adverb") {
    auto got = Run(
        "In October, Mrs. Lopez, the party's nominee, proposed a partial ban on steel imports.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Mrs. Lopez");
    got = Run("Instead, Mr. Reyes, a former broadcast journalist, said he would sit out the race.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Mr. Reyes");
    got = Run("On Fox News Sunday, her husband, Mark, called for an independent audit of the vote.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Mark");
  }
  SUBCASE("a subordinate clause keeps its subject") {
    auto got = Run("As Maria Lopez, an expert on trade, noted, the tariffs would hurt farmers.");
    REQUIRE(!got.empty());
    CHECK(got[0].speaker == "Maria Lopez");
  }
}

// The speaker of the one quote in `text`, with `entities` (surface, type)
// mentioned wherever they occur, each named as its surface.
Speaker SpeakerWith(const std::string& text,
                    const std::vector<std::pair<std::string, EntityType>>& entities) {
  Document doc(text);
  TokenizeDocument(doc);
  for (const auto& [surface, type] : entities) AddEntity(doc, surface, surface, type);
  REQUIRE(Quotes().Extract(doc).ok());
  REQUIRE(doc.quotes().size() == 1);
  return doc.quotes()[0].speaker;
}

TEST_CASE("QuoteExtractor: a place or body after a role phrase's head is not the speaker") {
  SUBCASE("a person before 'of' a place") {
    Speaker sp = SpeakerWith("Senator Saxby Chambliss of Georgia said the bill would fail.",
                             {{"Saxby Chambliss", EntityType::kPerson},
                              {"Georgia", EntityType::kLocation}});
    CHECK(sp.name == "Saxby Chambliss");
    sp = SpeakerWith("Lt. Dean Hardin of the Rialto Police Department said the road was closed.",
                     {{"Dean Hardin", EntityType::kPerson},
                      {"Rialto Police Department", EntityType::kOrganization}});
    CHECK(sp.name == "Dean Hardin");
  }
  SUBCASE("a role noun heading the phrase is the speaker, unlinked") {
    Speaker sp = SpeakerWith("The speaker of the Parliament said the session would resume.",
                             {{"Parliament", EntityType::kOrganization}});
    CHECK(sp.resolved);
    CHECK(sp.entity == -1);
    CHECK(sp.name == "The speaker of the Parliament");
    sp = SpeakerWith("Supporters of Maria Lopez said the vote was rigged.",
                     {{"Maria Lopez", EntityType::kPerson}});
    CHECK(sp.entity == -1);
    sp = SpeakerWith("Bank of America said the loans were sound.",
                     {{"Bank of America", EntityType::kOrganization}});
    CHECK(sp.name == "Bank of America");
  }
  SUBCASE("a spokesman or an official speaks for the body") {
    Speaker sp = SpeakerWith("A spokesman for the State Police said the road was closed.",
                             {{"State Police", EntityType::kOrganization}});
    CHECK(sp.name == "State Police");
    CHECK(sp.entity == 0);
  }
  SUBCASE("a title completed after 'of' before a name, a body before the role") {
    Speaker sp = SpeakerWith("Former secretary of state Maria Lopez said the deal was fair.",
                             {{"Maria Lopez", EntityType::kPerson}});
    CHECK(sp.name == "Maria Lopez");
    sp = SpeakerWith("Secretary of State Maria Lopez said the deal was fair.",
                     {{"Maria Lopez", EntityType::kPerson}});
    CHECK(sp.name == "Maria Lopez");
    sp = SpeakerWith("An Acme Research survey of voters found that most backed the plan.",
                     {{"Acme Research", EntityType::kOrganization}});
    CHECK(sp.name == "Acme Research");
  }
}

TEST_CASE("QuoteExtractor: a subject that is no noun phrase is no speaker") {
  // What the subject finder took for the speaker in each (the NYT audit).
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Many of them had rallied against him out of fear of the army.", "out of"},
      {"A 28th person, found dead in a house in the town, was also believed to have been shot.",
       "dead"},
      {"The children who were killed were said to be between 5 and 10 years old.", "killed"},
      {"The speech cannot be found on most newspaper sites.", "cannot"},
      {"The row has led to fresh calls for the rules to be tightened.", "fresh"},
      {"The ministry, in a statement, also rejected calls for an inquiry into the arrests.",
       "rejected"},
      {"Mr. Lee, who only two and a half months ago said that relations were good, left.",
       "half months ago"},
  };
  for (const auto& [text, wrong] : cases) {
    CAPTURE(text);
    for (const Got& g : Run(text)) CHECK(g.speaker != wrong);
  }
  SUBCASE("a noun phrase in lower case stays the speaker") {
    auto got = Run("Protesters said the police had fired first.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "Protesters");
    got = Run("Residents interviewed on Monday said the water was unsafe.");
    REQUIRE(!got.empty());
    CHECK(got[0].resolved);
  }
}

// The speaker mention of the quote in `text` whose content holds
// `needle`, or "<no quote>".
std::string SpeakerOf(const std::string& text, const std::string& needle) {
  const auto got = Run(text);
  const Got* g = Find(got, needle);
  return g == nullptr ? "<no quote>" : g->speaker;
}

TEST_CASE("QuoteExtractor: the subject of a coordinated or participial cue") {
  SUBCASE("an adverb between subject and cue is no subject") {
    CHECK(SpeakerOf("The American Legion has twice complained to campaign officials about "
                    "the use of the emblem.",
                    "the use of the emblem") == "The American Legion");
  }
  SUBCASE("an object before 'and' is no subject") {
    CHECK(SpeakerOf("Smith then adopted a fake Southern accent and joked, \u201cI am just "
                    "gonna make it easier for them.\u201d",
                    "easier for them") == "Smith");
    CHECK(SpeakerOf("Hayek confirmed she had been and said, \u201cAmerica has a very severe "
                    "problem.\u201d",
                    "severe problem") == "Hayek");
  }
  SUBCASE("with a quantity of people and a participle: that quantity") {
    CHECK(SpeakerOf("Mr. Trump has improved his standing, with 30 percent of voters saying "
                    "they have a positive view of him.",
                    "positive view") == "30 percent of voters");
    CHECK(SpeakerOf("Clinton leads in the state, with recent polls showing a tightening race.",
                    "tightening race") == "recent polls");
  }
  SUBCASE("with a phrase that names no one: not that phrase") {
    CHECK(SpeakerOf("The party replaced it with softer language calling for "
                    "\u201cappropriate assistance.\u201d",
                    "appropriate assistance") != "softer language");
  }
}

TEST_CASE("QuoteExtractor: the subject after a lead phrase or of an opening participle") {
  SUBCASE("a participle cue opening the sentence: the main clause's subject") {
    CHECK(SpeakerOf("Noting he majored in philosophy during college, Allen said he tends to "
                    "give issues more deliberation.",
                    "majored in philosophy") == "Allen");
    CHECK(SpeakerOf("Discussing the show's success in an interview, the actor explained the "
                    "similarities.",
                    "the show's success") == "the actor");
    // The main clause's cue heads its own attribution.
    CHECK(SpeakerOf("Noting he majored in philosophy during college, Allen said he tends to "
                    "give issues more deliberation.",
                    "he tends to") == "Allen");
  }
  SUBCASE("a dateline in title case before its dash") {
    CHECK(SpeakerOf("Washington (AFP) - Democrat Hillary Clinton has taken a swipe at Donald "
                    "Trump, saying that the comments do more harm than good.",
                    "more harm than good") == "Democrat Hillary Clinton");
  }
  SUBCASE("an adverb of time or manner opening a lead phrase") {
    CHECK(SpeakerOf("Shortly after the call ended, Rubio's campaign sent out a release saying "
                    "Murphy owes Florida an explanation.",
                    "owes Florida") == "Rubio's campaign");
    CHECK(SpeakerOf("Early in his campaign, Trump attacked Romney, calling him a failed "
                    "candidate.",
                    "failed candidate") == "Trump");
  }
  SUBCASE("a place's state after the lead phrase, then a phrase of time") {
    Document doc(
        "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her "
        "statement, saying that the United States should lead.");
    TokenizeDocument(doc);
    AddEntity(doc, "Iowa", "Iowa", EntityType::kLocation);
    AddPerson(doc, "Mrs. Clinton", "Hillary Clinton");
    REQUIRE(Quotes().Extract(doc).ok());
    REQUIRE(doc.quotes().size() == 1);
    CHECK(doc.Slice(doc.quotes()[0].speaker.mention) == "Mrs. Clinton");
  }
}

TEST_CASE("QuoteExtractor: an appositive speaker after a quote printed with two apostrophes") {
  SUBCASE("an adverb after the cue is no subject") {
    CHECK(SpeakerOf("''I would not discount the commercial motivations,'' Mr. Kaplan, a "
                    "screenwriter and former studio executive, said dryly.",
                    "commercial motivations") == "Mr. Kaplan");
  }
  SUBCASE("nor a prepositional phrase") {
    CHECK(SpeakerOf("''They were professionals, but also competitors,'' William M. Daley, "
                    "the former chief of staff, said of their time in the administration.",
                    "also competitors") == "William M. Daley");
  }
  SUBCASE("the appositive's name says the quote before it") {
    CHECK(SpeakerOf("''It's just long and tiring,'' Tina Tchen, Mrs. Obama's chief of staff, "
                    "said in an interview.",
                    "long and tiring") == "Tina Tchen");
  }
}

TEST_CASE("QuoteExtractor: two apostrophes glued to a comma close a statement before its cue") {
  const IndirectCase cases[] = {
      {"''He's talking too much trash,'' he said.", "He's talking too much trash", "he"},
      // A cue not closing the sentence.
      {"''We've started all those conversations,'' Mr. Manafort said, adding that more would "
       "follow.",
       "We've started all those conversations", "Mr. Manafort"},
      // Inverted; the appositive after the name is no more of the statement.
      {"''There should be common ground,'' said Josh Earnest, the White House press secretary.",
       "There should be common ground", "Josh Earnest"},
  };
  for (const IndirectCase& c : cases) CheckIndirect(c);
  // Apostrophes after a space open a statement: the cue inside it says
  // nothing before them.
  CHECK(Find(Run("But, Mr. Hannity said, ''I don't say anything privately.''"),
             "Mr. Hannity said") == nullptr);
}

TEST_CASE("QuoteExtractor: a statement in two apostrophes is said, however short and wherever its cue") {
  SUBCASE("two words closed before the cue are a statement") {
    for (const char* text : {"The crowd was loud. ''Don't go,'' he said.",
                             "The boys argued. ''Follow us,'' Ms. Gil said, and they did."}) {
      CAPTURE(text);
      const auto got = Run(text);
      REQUIRE(got.size() == 1);
      CHECK(got[0].kind == QuoteKind::kIndirect);
      CHECK((got[0].text == "Don't go" || got[0].text == "Follow us"));
    }
  }
  SUBCASE("opened after the cue's comma, behind a lead phrase") {
    // The words before the subject were read as what was said.
    const auto got = Run(
        "In February, as a protester was removed, Mr. Trump said, ''I'd like to punch him.''");
    CHECK(Find(got, "In February") == nullptr);
    const Got* g = Find(got, "punch him");
    REQUIRE(g != nullptr);
    CHECK(g->speaker == "Mr. Trump");
  }
  SUBCASE("after a colon that closes a phrase of place or an addressee") {
    const auto got = Run("On Monday, the campaign said in a statement: ''We are proud of it.''");
    CHECK(Find(got, "On Monday") == nullptr);
    const Got* g = Find(got, "proud of it");
    REQUIRE(g != nullptr);
    CHECK(g->text == "''We are proud of it.''");
    CHECK(g->speaker == "the campaign");
    // The statement runs on over its sentences to the closing apostrophes.
    const auto told = Run("Mr. Daley told reporters: ''Of course. He wanted to run.'' He left.");
    REQUIRE(told.size() == 1);
    CHECK(told[0].text == "''Of course. He wanted to run.''");
  }
  SUBCASE("a comma closing the statement ends it before a participle cue") {
    const auto got = Run("He said, ''I went there, and I liked it,'' adding that it was fine.");
    const Got* g = Find(got, "I went there");
    REQUIRE(g != nullptr);
    CHECK(g->text == "''I went there, and I liked it,''");
    const Got* adding = Find(got, "that it was fine");
    REQUIRE(adding != nullptr);
    CHECK(adding->speaker == "He");
  }
}

TEST_CASE("QuoteExtractor: a participle cue after a closing mark's comma or a dash heads its own attribution") {
  struct Case {
    const char* text;
    const char* first;   // the first content, ending before the participle
    const char* second;  // the participle's content
  };
  const Case cases[] = {
      // The comma is inside the closing mark, which the clause reader skipped.
      {"Trump said that he has \u201cexpanded the party,\u201d claiming that he is responsible "
       "for turnout.",
       "expanded the party,", "that he is responsible for turnout"},
      // Two apostrophes printed for the closing mark (PolNeAR's NYT).
      {"The analyst said the worries were ''overblown,'' adding that Valeant had upside.",
       "the worries were ''overblown,''", "that Valeant had upside"},
      {"Mr. Weaver said the campaign broke the law through its deal with the DNC \u2014 saying "
       "the Sanders campaign chose not to accept the money.",
       "the campaign broke the law through its deal with the DNC",
       "the Sanders campaign chose not to accept the money"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const auto got = Run(c.text);
    REQUIRE(got.size() == 2);
    CHECK(got[0].text == c.first);
    CHECK(got[1].text == c.second);
    CHECK(got[1].speaker == got[0].speaker);
  }
}

TEST_CASE("QuoteExtractor: the -ing forms of cues of saying head attributions after a comma") {
  // cue_verbs.tsv listed "asserted" and "conceded" but not their -ing
  // forms: the participle's clause ran on in the content before it.
  const std::pair<const char*, const char*> cases[] = {
      {"Sanders said he had accepted donations from Wall Street, asserting that they did not "
       "change his views.",
       "that they did not change his views"},
      {"She said the vote was close, conceding that her side had lost.",
       "that her side had lost"},
  };
  for (const auto& [text, second] : cases) {
    CAPTURE(text);
    const auto got = Run(text);
    REQUIRE(got.size() == 2);
    CHECK(got[1].text == second);
    CHECK(got[1].speaker == got[0].speaker);
  }
  // Alone, the participle reports what follows it; its speaker is the
  // sentence's subject.
  const auto got = Run("Trump spoke for an hour, pledging to bomb the hell out of the militants.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].text == "to bomb the hell out of the militants");
  CHECK(got[0].speaker == "Trump");
}

TEST_CASE("QuoteExtractor: the question after 'when asked' inside a sentence is reported") {
  // The one asked speaks: the attribution's before the question, else the
  // main clause's after it.
  const std::string after_quote =
      "\"You bet I would,\" Christie said when asked whether he would order a quarantine. "
      "\"We have to protect people.\"";
  const std::pair<std::string, std::pair<std::string, std::string>> cases[] = {
      {after_quote, {"whether he would order a quarantine", "Christie"}},
      {"He had not seen it, and when asked whether he was encouraging them, Mr. Trump said he "
       "hoped not.",
       {"whether he was encouraging them", "Mr. Trump"}},
  };
  for (const auto& [text, want] : cases) {
    CAPTURE(text);
    const auto got = Run(text);
    const Got* q = Find(got, want.first);
    REQUIRE(q != nullptr);
    CHECK((q->kind == QuoteKind::kIndirect && q->text == want.first && q->speaker == want.second));
  }
  // The quote after the question still continues the statement before it.
  const auto got = Run(after_quote);
  const Got* d = Find(got, "You bet");
  REQUIRE(d != nullptr);
  CHECK(d->text == "You bet I would, | We have to protect people.");
}

TEST_CASE("QuoteExtractor: 'according to' inside a sentence: after a lead, around the content, without a comma") {
  const IndirectCase cases[] = {
      // Words that only lead into the sentence are not what was said.
      {"In addition, according to the department, nearly nine million more workers will be "
       "protected.",
       "nearly nine million more workers will be protected", "the department"},
      // The words before have no verb: the statement is on both sides.
      {"Fundraising, according to the campaign, has surged in the same period.",
       "Fundraising | has surged in the same period", "the campaign"},
      // No comma before the cue: the clause before it, not the one after
      // the next comma.
      {"Clinton leads Sanders by 271 pledged delegates according to a count by The Associated "
       "Press, but the senator says he will fight on.",
       "Clinton leads Sanders by 271 pledged delegates", "a count by The Associated Press"},
      // A whole clause before: the words after the source are no more of it.
      {"Scott's relatives watched the videos on Thursday, according to their attorneys, and "
       "said they came away with questions.",
       "Scott's relatives watched the videos on Thursday", "their attorneys"},
  };
  for (const IndirectCase& c : cases) CheckIndirect(c);
}

TEST_CASE("QuoteExtractor: 'according to' a bare noun of manner is no attribution") {
  for (const char* text : {"The building was finished on time, built according to plan.",
                           "The ceremony was held according to tradition."}) {
    CAPTURE(text);
    CHECK(Run(text).empty());
  }
  // The sentence's own cue still reports it, with its own speaker.
  for (const Got& g : Run("The project went according to schedule, the mayor said.")) {
    CHECK(g.speaker == "the mayor");
  }
  // A source with its article still reports what it says.
  const auto got = Run("The troops will leave by May, according to the plan.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].text == "The troops will leave by May");
  CHECK(got[0].speaker == "the plan");
}

TEST_CASE("QuoteExtractor: 'according to' a document by or from a named agent names both") {
  CHECK(SpeakerOf("As of Wednesday, Clinton had 2,205 delegates, according to a tally by the "
                  "Associated Press.",
                  "2,205 delegates") == "a tally by the Associated Press");
  CHECK(SpeakerOf("Sales of electric cars are growing 60 percent a year, according to a recent "
                  "report from Bloomberg New Energy Finance.",
                  "growing 60 percent") == "a recent report from Bloomberg New Energy Finance");
  // No name after "by": a manner, not an agent.
  CHECK(SpeakerOf("The ballots were counted again, according to a report by hand.",
                  "counted again") == "a report");
}

TEST_CASE("QuoteExtractor: 'according to' after a word that opens a clause reports what follows") {
  const IndirectCase cases[] = {
      {"He crossed the border 30 years ago after, according to him, the network censured his "
       "first report.",
       "the network censured his first report", "him"},
      {"The government has reshuffled top diplomats and, according to officials, adopted a new "
       "strategy to defend its image.",
       "adopted a new strategy to defend its image", "officials"},
  };
  for (const IndirectCase& c : cases) CheckIndirect(c);
  // Other words before the comma: the words on both sides, as before.
  CHECK(SpeakerOf("Fundraising, according to the campaign, has surged this month.",
                  "Fundraising") == "the campaign");
}

TEST_CASE("QuoteExtractor: a speech cue after a lead phrase's comma takes the name after it") {
  CHECK(SpeakerOf("But, said Solovey, \"I don't want to drum up conflict.\"", "drum up") ==
        "Solovey");
  CHECK(SpeakerOf("In other words, explained CBS moderator Nancy Cordes: \"What does that have "
                  "to do with taking big donations?\"",
                  "big donations") == "CBS moderator Nancy Cordes");
  // An addressee or a prepositional phrase after the cue is no speaker.
  CHECK(SpeakerOf("In a statement, told reporters, \"We will win.\"", "We will win") !=
        "reporters");
  CHECK(SpeakerOf("Asked again, said of the senator, \"She takes it seriously.\"",
                  "seriously") != "of the senator");
}

TEST_CASE("QuoteExtractor: a participle cue after 'before' or 'after' keeps the earlier speaker") {
  CHECK(SpeakerOf("\"Nothing you can do, folks,\" Trump said before adding: \"Though maybe "
                  "there is.\"",
                  "maybe there is") == "Trump");
  CHECK(SpeakerOf("\"Promise you will keep your hands in sight,\" Blige sings to Clinton before "
                  "asking her, \"Where do we go from here?\"",
                  "go from here") == "Blige");
}

TEST_CASE("QuoteExtractor: before a cue, the phrase before a 'who' clause running to the cue speaks") {
  CHECK(SpeakerOf("A Warren adviser, who spoke on the condition of anonymity, said of the "
                  "senator, \"She takes the threat seriously.\"",
                  "threat seriously") == "A Warren adviser");
  CHECK(SpeakerOf("But soon after she did, a former aide, who was senior adviser to Obama, "
                  "tweeted this: \"She did it again.\"",
                  "did it again") == "a former aide");
}

TEST_CASE("QuoteExtractor: a cue inside a statement in two apostrophes heads no attribution") {
  // The outer speaker says it all, as for a statement in quotation marks.
  CHECK(SpeakerOf("''If he has killed reporters, I think that's terrible,'' Mr. Trump said.",
                  "that's terrible") == "Mr. Trump");
  CHECK(SpeakerOf("Mr. Smith said, ''I think we will win.''", "we will win") == "Mr. Smith");
  // Without the apostrophes "I think" is a cue of its own.
  CHECK(Find(Run("I think the plan will fail badly."), "the plan will fail") != nullptr);
}

TEST_CASE("QuoteExtractor: the subject of 'goes on to', 'had this to' or 'began by' before a cue speaks") {
  CHECK(SpeakerOf("The email goes on to say: \"We will not allow this again.\"", "allow this") ==
        "The email");
  CHECK(SpeakerOf("A paper from the institute had this to say: \"Families would gain.\"",
                  "Families would") == "A paper from the institute");
  CHECK(SpeakerOf("Mr. Smith left. When he returned he began by saying, \"I am glad to be "
                  "here.\"",
                  "glad to be") == "he");
}

TEST_CASE("QuoteExtractor: verbs of chiding, praising and touting head attributions") {
  // PolNeAR annotates what is chided, touted or railed against as the
  // subject's attribution; cue_verbs.tsv lacked these verbs (v110).
  const std::pair<const char*, const char*> cases[] = {
      {"He touted his victories in several states.", "his victories in several states"},
      {"The senator railed against the moderators for their questions.",
       "the moderators for their questions"},
      {"Cruz chided him for siding with the Democrats.", "him for siding with the Democrats"},
      {"Mr. Weber lauded the choice of his new campaign manager.",
       "the choice of his new campaign manager"},
      {"She invoked the attacks to defend her record.", "the attacks to defend her record"},
      {"Mr. Ramos considers himself an immigrant.", "himself an immigrant"},
  };
  for (const auto& [text, content] : cases) {
    CAPTURE(text);
    const auto got = Run(text);
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kIndirect);
    CHECK(got[0].text == content);
  }
  // "invoking" is left out: `"A," X said, invoking the 2008 race. "B."`
  // keeps B in X's quote.
  const auto got = Run("\"One of us ran against him,\" Sanders said, invoking the 2008 race. "
                       "\"I was not that candidate.\"");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker == "Sanders");
}

TEST_CASE("QuoteExtractor: a noun phrase after a speaker named behind the cue is no content") {
  // `..., said X, a professor ...` described the speaker; it was read as
  // the statement's second part (v111).
  CHECK(Run("Nor are tariffs likely to bring these jobs back, said David Autor, a professor of "
            "economics at M.I.T.")[0]
            .text == "Nor are tariffs likely to bring these jobs back");
  CHECK(Run("Federal mandates are a burden, said Wilcox, an Orlando Republican who founded two "
            "companies.")[0]
            .text == "Federal mandates are a burden");
  // A verb after the phrase carries the statement on; a clause is read on
  // as before.
  CHECK(Run("Any clear reading of the deal, said Michael Kofman, an expert on Russia, would see "
            "a retreat.")[0]
            .text == "Any clear reading of the deal | would see a retreat");
  CHECK(Run("Still, said Smith, the economy is strong.")[0].text ==
        "Still | the economy is strong");
}

TEST_CASE("QuoteExtractor: 'declined to comment' is an attribution however short") {
  // Two words were too few for an indirect content (v112).
  const auto got = Run("A spokesman for the campaign declined to comment.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].text == "to comment");
  CHECK(got[0].speaker == "A spokesman for the campaign");
  // Other two-word contents stay too short.
  CHECK(Run("The senator declined to act.").empty());
}

TEST_CASE("QuoteExtractor: 'made it clear' and 'makes clear' head attributions (v120)") {
  // 28 of the 49 such phrases in PolNeAR train are in a gold cue; the list
  // lacked them, so a clause after them went to whoever came next.
  CheckIndirect({"The minister made it clear that the talks were over.", "that the talks were over",
                 "The minister"});
  CheckIndirect({"Mr. Obama has made clear that he will veto the bill.",
                 "that he will veto the bill", "Mr. Obama"});
  CheckIndirect({"The company makes clear it will not sell the plant.",
                 "it will not sell the plant", "The company"});
}

TEST_CASE("QuoteExtractor: a negated auxiliary is no part of the speaker (v121)") {
  // The tokenizer keeps "didn't" whole; the subject reader took it for a
  // word of the subject ("I didn't", "Mr. Obama hasn't").
  CheckIndirect({"I didn't want to give my rivals the pleasure of seeing me lose.",
                 "to give my rivals the pleasure of seeing me lose", "I"});
  CheckIndirect({"The senators don't think the bill will pass this year.",
                 "the bill will pass this year", "The senators"});
  CheckIndirect({"Mr. Obama hasn\u2019t indicated any interest in the job.",
                 "any interest in the job", "Mr. Obama"});
}

TEST_CASE("QuoteExtractor: 'A quoted B as saying' names B as the original speaker (v122)") {
  // v115 gives the paraphrase to A, PolNeAR's source; B spoke.
  auto got = Run("The agency quoted an official as saying that the talks had failed.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker == "The agency");
  CHECK(got[0].original == "an official");
  // The closing form (v117) and the passive: B is both.
  got = Run("\"We will fight until the very end,\" Interfax quoted Lebed as saying on Friday.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker == "Lebed");
  CHECK(got[0].original == "Lebed");
  got = Run("The minister was quoted by Tass as saying the plan would fail.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker == "The minister");
  CHECK(got[0].original == "The minister");
  // "him" resolves as a subject's "he" would.
  Document doc("Pavel Grachev arrived in Grozny. Interfax quoted him as saying the troops would "
               "leave soon.");
  TokenizeDocument(doc);
  AddPerson(doc, "Pavel Grachev", "Pavel Grachev");
  REQUIRE(Quotes().Extract(doc).ok());
  REQUIRE(doc.quotes().size() == 1);
  CHECK(doc.Slice(doc.quotes()[0].original_speaker.mention) == "him");
  CHECK(doc.quotes()[0].original_speaker.name == "Pavel Grachev");
  CHECK(doc.Slice(doc.quotes()[0].speaker.mention) == "Interfax");
  // Any other quote has none.
  got = Run("The minister said the plan would fail.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].original.empty());
}

TEST_CASE("QuoteExtractor: 'posted' before a result is no cue (v124)") {
  CHECK(Run("The company posted a loss of $7.1 million on sales of $311.9 million.").empty());
  CHECK(Run("German car makers posted gains in registration numbers in the period.").empty());
  // A post that says something stays.
  const auto got = Run("The senator posted a photo of the crowd on Twitter.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].text == "a photo of the crowd on Twitter");
}

TEST_CASE("QuoteExtractor: 'continued' before a determiner is no cue (v125)") {
  CHECK(Run("Residents attended four services on Friday as detectives continued the search "
            "for clues.")
            .empty());
  CHECK(Run("Iraq continued its policy of avoiding public conflicts with Jordan.").empty());
  CHECK(Run("Photo\n\nAdvertisement Continue reading the main story\n\nThe mayor left.").empty());
  // Going on speaking stays: "continued his attacks on", "continued that".
  const auto got = Run("The senator continued his attacks on the governor's budget.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker == "The senator");
}

TEST_CASE("QuoteExtractor: a subject's noun with a modifier after it is the whole phrase (v126)") {
  SUBCASE("a place after a participle and a preposition is no speaker") {
    Document doc("At the time, an extremist group based in Pakistan claimed responsibility "
                 "for the attack.");
    TokenizeDocument(doc);
    AddEntity(doc, "Pakistan", "Pakistan", EntityType::kLocation);
    REQUIRE(Quotes().Extract(doc).ok());
    REQUIRE(doc.quotes().size() == 1);
    const Quote& q = doc.quotes()[0];
    CHECK(doc.Slice(q.speaker.mention) == "an extremist group based in Pakistan");
    CHECK(q.speaker.entity == -1);
  }
  SUBCASE("a body after 'by' or 'to' is no speaker") {
    Document doc("A poll conducted by the Pew Research Center found that most voters were "
                 "undecided. A person close to the family said the funeral would be private.");
    TokenizeDocument(doc);
    AddEntity(doc, "Pew Research Center", "Pew Research Center", EntityType::kOrganization);
    REQUIRE(Quotes().Extract(doc).ok());
    REQUIRE(doc.quotes().size() == 2);
    CHECK(doc.Slice(doc.quotes()[0].speaker.mention) ==
          "A poll conducted by the Pew Research Center");
    CHECK(doc.quotes()[0].speaker.entity == -1);
    CHECK(doc.Slice(doc.quotes()[1].speaker.mention) == "A person close to the family");
  }
  SUBCASE("an official quoted in a paper speaks for no paper") {
    Document doc("The senior administration official quoted in The Times said the program "
                 "was legal.");
    TokenizeDocument(doc);
    AddEntity(doc, "The Times", "The New York Times", EntityType::kOrganization);
    REQUIRE(Quotes().Extract(doc).ok());
    REQUIRE(doc.quotes().size() == 1);
    CHECK(doc.Slice(doc.quotes()[0].speaker.mention) ==
          "The senior administration official quoted in The Times");
    CHECK(doc.quotes()[0].speaker.entity == -1);
  }
  SUBCASE("briefed on, representing the, a study by") {
    const auto got = Run(
        "Two people briefed on the talks said the deal was near. Diplomats representing the "
        "European Union said the talks had failed. A 2014 study by Harvard found that the odds "
        "were worse.");
    REQUIRE(got.size() == 3);
    CHECK(got[0].speaker == "Two people briefed on the talks");
    CHECK(got[1].speaker == "Diplomats representing the European Union");
    CHECK(got[2].speaker == "A 2014 study by Harvard");
  }
  SUBCASE("a verb's object stays outside") {
    // "subpoenas to suspects": "to" after a noun that stands near no one.
    const auto got = Run("The commission would begin issuing subpoenas to suspects who refused "
                         "to appear voluntarily.");
    for (const Got& g : got) CHECK(g.speaker.find("subpoenas") == std::string::npos);
  }
}

TEST_CASE("QuoteExtractor: an appositive title and name opened by 'the' speaks (v127)") {
  Document doc(
      "The Hazara leader, the former warlord Hajji Mohammed Mohaqiq, said that the almanac "
      "was wrong. He said that the book should be withdrawn.");
  TokenizeDocument(doc);
  AddPerson(doc, "Hajji Mohammed Mohaqiq", "Hajji Mohammed Mohaqiq");
  REQUIRE(Quotes().Extract(doc).ok());
  REQUIRE(doc.quotes().size() == 2);
  CHECK(doc.Slice(doc.quotes()[0].speaker.mention) == "the former warlord Hajji Mohammed Mohaqiq");
  CHECK(doc.quotes()[0].speaker.entity == 0);
  CHECK(doc.quotes()[1].speaker.entity == 0);  // "He"
}

TEST_CASE("QuoteExtractor: a closing attribution before ', adding' closes the statement (v128)") {
  const auto got = Run(
      "Washington did not complain when China's spending helped global growth, a Chinese "
      "official said, adding that the impact was hard to estimate.");
  const Got* said = Find(got, "Washington did not complain");
  REQUIRE(said != nullptr);
  CHECK(said->speaker == "a Chinese official");
  const Got* adding = Find(got, "the impact was hard");
  REQUIRE(adding != nullptr);
  CHECK(adding->speaker == "a Chinese official");
  // A belief's closing attribution keeps the clause before it apart.
  const auto belief = Run("But when Mr. Hurt asked Norton to republish the book this year, it "
                          "declined, citing legal risks.");
  const Got* asked = Find(belief, "Norton to republish");
  REQUIRE(asked != nullptr);
  CHECK(asked->speaker == "Mr. Hurt");
}

TEST_CASE("QuoteExtractor: a time clause after a lead ends before the main clause (v129)") {
  SUBCASE("a participle and time words before 'after'") {
    const auto got = Run(
        "Speaking only hours after Chinese state media said the time was right to engage in "
        "talks, Foreign Ministry spokesman Shen Guofang told Reuters that the atmosphere had "
        "been disrupted.");
    const Got* said = Find(got, "the time was right");
    REQUIRE(said != nullptr);
    CHECK(said->text == "the time was right to engage in talks");
    const Got* told = Find(got, "the atmosphere");
    REQUIRE(told != nullptr);
    CHECK(told->speaker == "Foreign Ministry spokesman Shen Guofang");
  }
  SUBCASE("a few weeks after") {
    const auto got = Run("A few weeks after Obama announced that the war would not end on his "
                         "watch, U.S. forces bombed a hospital.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].text == "that the war would not end on his watch");
  }
}

TEST_CASE("QuoteExtractor: an -ed cue after a preposition's object is a participle (v130)") {
  const auto got = Run(
      "In its budget announced on Tuesday, the government announced a deficit of $5 billion, "
      "and pledged to return the budget to surplus.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].speaker == "the government");
  CHECK(got[1].speaker == "the government");
  CHECK(Run("Sudan would not hand over three men accused in the Addis Ababa incident.").empty());
  // A subject opening its clause keeps the cue.
  const auto kept = Run("In a statement, the company announced on Tuesday that it would close.");
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].speaker == "the company");
}

// The one quote's speaker mention and name ("mention=name") in `text`,
// with each (surface, name) person mentioned.
std::string OneSpeaker(const std::string& text,
                       std::initializer_list<std::pair<const char*, const char*>> persons) {
  Document doc(text);
  TokenizeDocument(doc);
  for (const auto& [surface, name] : persons) AddPerson(doc, surface, name);
  REQUIRE(Quotes().Extract(doc).ok());
  REQUIRE(doc.quotes().size() == 1);
  return std::string(doc.Slice(doc.quotes()[0].speaker.mention)) + "=" +
         doc.quotes()[0].speaker.name;
}

TEST_CASE("QuoteExtractor: a sentence opened by the same pronoun holds no antecedent (v131)") {
  auto speaker = [](const std::string& text) {
    return OneSpeaker(text, {{"Joseph Murray", "Joseph Murray"}, {"Donald Trump", "Donald Trump"}});
  };
  CHECK(speaker("Joseph Murray, a lawyer, later came out as gay. He married last year and "
                "counts himself as a devout Catholic and Donald Trump supporter. He recently "
                "wrote that the bill was wrong.") == "He=Joseph Murray");
  // Another pronoun's sentence still holds one.
  CHECK(speaker("Joseph Murray, a lawyer, later came out as gay. She married last year and met "
                "Donald Trump. He recently wrote that the bill was wrong.") == "He=Donald Trump");
}

TEST_CASE("QuoteExtractor: a person in a lead phrase gives way to the main clause's (v132)") {
  auto speaker = [](const std::string& text) {
    return OneSpeaker(text, {{"Milosevic", "Slobodan Milosevic"}, {"Kornblum", "John Kornblum"}});
  };
  CHECK(speaker("After meeting Milosevic, Kornblum flew to Zagreb. He said the talks had "
                "gone well.") == "He=John Kornblum");
  CHECK(speaker("With Milosevic at his side, Kornblum flew to Zagreb. He said the talks had "
                "gone well.") == "He=John Kornblum");
  // "For X," names the one whose view follows.
  CHECK(speaker("For Milosevic, Kornblum is a stubborn man. He said the talks had gone "
                "nowhere.") == "He=Slobodan Milosevic");
}

TEST_CASE("QuoteExtractor: 'show' after a word of broadcasting is the noun (v133)") {
  const auto got = Run(
      "In recent years he had appeared on the television shows \u201cCelebrity Rehab\u201d "
      "and \u201cSober House\u201d on VH1.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].kind == QuoteKind::kScare);
  CHECK(got[1].kind == QuoteKind::kScare);
  CHECK(Run("He also hosts a Sunday talk show on the network.").empty());
  CHECK(Run("Radio talk show host Glenn Beck minced no words on Tuesday.").empty());
  // After a name the verb stays.
  const auto kept = Run("A poll released Sunday by ABC News shows that Trump leads the field.");
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].text == "that Trump leads the field");
}

TEST_CASE("QuoteExtractor: a legal action against someone is the speaker, not its target (v134)") {
  const auto got = Run(
      "The opposition motion against Banharn accuses him of being incompetent and alleges his "
      "administration is corrupt.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].speaker == "The opposition motion against Banharn");
  CHECK(got[1].speaker == "The opposition motion against Banharn");
  const auto suit = Run("The lawsuit against Uber alleges that drivers were misclassified.");
  REQUIRE(suit.size() == 1);
  CHECK(suit[0].speaker == "The lawsuit against Uber");
}

TEST_CASE("QuoteExtractor: a pronoun opening the main clause after a lead chains too (v135)") {
  auto speaker = [](const std::string& text) {
    return OneSpeaker(text, {{"Sean Hannity", "Sean Hannity"}, {"Donald Trump", "Donald Trump"}});
  };
  CHECK(speaker("Sean Hannity denied it. But he did not dispute that he talks to Donald Trump. "
                "He said that friends talk.") == "He=Sean Hannity");
  CHECK(speaker("Sean Hannity denied it. On Friday, he met Donald Trump in New York. He said "
                "that friends talk.") == "He=Sean Hannity");
  // After a lead, a pronoun subject leaves the person after it an object.
  CHECK(speaker("Sean Hannity denied it. On Friday, she met Donald Trump in New York. He said "
                "that friends talk.") == "He=Donald Trump");
  CHECK(speaker("Sean Hannity denied it. After the show, she visited Donald Trump. He said "
                "that friends talk.") == "He=Donald Trump");
  // ... and v132 keeps no main-clause person then: the sentence's first.
  CHECK(speaker("Sean Hannity denied it. After meeting Donald Trump, she visited Sean Hannity. "
                "He said that friends talk.") == "He=Donald Trump");
}

TEST_CASE("QuoteExtractor: a name modifying a noun of following is no antecedent (v136)") {
  auto speaker = [](const std::string& text) {
    return OneSpeaker(text, {{"Wayne Borders", "Wayne Borders"}, {"Bernie Sanders", "Bernie Sanders"}});
  };
  CHECK(speaker("Wayne Borders left his job in November. Inspired by the Bernie Sanders campaign, "
                "he became a canvasser. \u201cI'm knocking on doors,\u201d he said.") ==
        "he=Wayne Borders");
  // The name itself still is one.
  CHECK(speaker("Wayne Borders left his job in November. Inspired by Bernie Sanders, he became a "
                "canvasser. \u201cI'm knocking on doors,\u201d he said.") == "he=Bernie Sanders");
}

TEST_CASE("QuoteExtractor: a name after an honorific is a person whatever its type (v137)") {
  // The tagger typed "Mr. Band" an organization (a band); "he" is still he.
  auto speaker = [](EntityType type) {
    Document doc(
        "Mr. Band asked her to call Mr. Chagoury immediately. \u201cThis is very important,"
        "\u201d he wrote.");
    TokenizeDocument(doc);
    AddEntity(doc, "Mr. Band", "Mr. Band", type);
    AddPerson(doc, "Mr. Chagoury", "Gilbert Chagoury");
    REQUIRE(Quotes().Extract(doc).ok());
    std::string got;
    for (const Quote& q : doc.quotes()) {
      if (doc.Slice(q.speaker.mention) == "he") got = q.speaker.name;
    }
    return got;
  };
  CHECK(speaker(EntityType::kOrganization) == "Mr. Band");
  CHECK(speaker(EntityType::kPerson) == "Mr. Band");
  // The honorific's gender still counts: "she" is not Mr. Band.
  Document doc(
      "Mr. Band asked Ms. Abedin to call. \u201cThis is very important,\u201d she wrote.");
  TokenizeDocument(doc);
  AddEntity(doc, "Mr. Band", "Mr. Band", EntityType::kOrganization);
  AddEntity(doc, "Ms. Abedin", "Huma Abedin", EntityType::kMisc);
  REQUIRE(Quotes().Extract(doc).ok());
  std::string got;
  for (const Quote& q : doc.quotes()) {
    if (doc.Slice(q.speaker.mention) == "she") got = q.speaker.name;
  }
  CHECK(got == "Huma Abedin");
}

TEST_CASE("QuoteExtractor: a title after \"told\" or a noun of a work names it (v138)") {
  SUBCASE("a show told, after a statement") {
    auto got = Run(
        "\u201cOf course he is fair game,\u201d Fiorina told \u201cFox and Friends,\u201d reminding "
        "the hosts that Trump has denounced the former president.");
    for (const Got& g : got) {
      if (g.text.find("Fox and Friends") != std::string::npos) {
        CHECK(g.kind == QuoteKind::kScare);
        CHECK(g.speaker.empty());
      }
    }
  }
  SUBCASE("a book after its noun and comma") {
    auto got = Run(
        "He tossed \u201ccold water on the idea immediately,\u201d she wrote in her memoir, "
        "\u201cTough Choices.\u201d");
    bool seen = false;
    for (const Got& g : got) {
      if (g.text.find("Tough Choices") != std::string::npos) {
        seen = true;
        CHECK(g.kind == QuoteKind::kScare);
      }
    }
    CHECK(seen);
  }
  SUBCASE("a statement after \"told\" is still said") {
    auto got = Run("Fiorina told reporters, \u201cWe Will Win.\u201d");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "Fiorina");
  }
}

TEST_CASE("QuoteExtractor: a markup attribute broken by a paragraph break holds no quote (v139)") {
  auto got = Run(
      "Cruz took the news in stride.\n\n<tweet tweet-author=\"@tedcruz\" tweet-date=\"January "
      "19, 2016\n\n\">I love her. Without her support, I would not be in the Senate.<tweet/>.\n\n"
      "He said later, \"We will win.\"");
  for (const Got& g : got) CHECK(g.text.find("I love her") == std::string::npos);
  bool win = false;
  for (const Got& g : got) win = win || (g.text == "We will win." && g.kind == QuoteKind::kDirect);
  CHECK(win);
}

TEST_CASE("QuoteExtractor: a second quote closed by its own attribution is not a split part (v140)") {
  auto got = Run(
      "Madeleine Kunin spoke on Monday. \u201cHis normal demeanor is grumpy,\u201d she said, but "
      "despite the fractious tone, \u201cI think he will do it,\u201d said Kunin.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].text == "His normal demeanor is grumpy,");
  CHECK(got[1].text == "I think he will do it,");
  CHECK(got[1].kind == QuoteKind::kDirect);
  CHECK(got[1].speaker == "Kunin");
  // Without an attribution of its own the second part still joins.
  got = Run(
      "\u201cHis normal demeanor is grumpy,\u201d she said, \u201cbut I think he will do it.\u201d");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker == "she");
}

TEST_CASE("QuoteExtractor: 'fear' before 'of', 'in' or 'and', or after a preposition, is the noun (v141)") {
  CHECK(Run("Many voters stayed home out of fear of the Brotherhood.").empty());
  CHECK(Run("It just puts fear in people that maybe they did not have before.").empty());
  CHECK(Run("In the end, fear of imminent collapse drove a majority to the party.").empty());
  CHECK(Run("All my anger and fear and resentment started slowly creeping up.").empty());
  // The verb stays, with its subject before it.
  const auto got = Run("Diplomats fear that the crisis could cast doubt over the election.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker == "Diplomats");
  CHECK(got[0].text == "that the crisis could cast doubt over the election");
}

TEST_CASE("QuoteExtractor: 'suspected' naming whom a crime is laid to is no cue (v142)") {
  CHECK(Run("The agents had orders to kill an American suspected of terrorism abroad.").empty());
  CHECK(Run("The raids were meant to detain suspected insurgents and restrict them.").empty());
  CHECK(Run("Suspected rebels hurled hand grenades at a police vehicle.").empty());
  // The verb, and the passive with its "be", stay.
  const auto got = Run("Investigators suspected that the fire was set on purpose.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker == "Investigators");
  CHECK(!Run("He was suspected of leaking the memo to reporters.").empty());
}

TEST_CASE("QuoteExtractor: a name's attribution after a quote with its own cue takes the next quote (v143)") {
  auto got = Run(
      "When someone in the audience shouted, \u201cCruz,\u201d Beck joked, again using an accent, "
      "\u201cAmen, brother! Come on up and get baptized!\u201d");
  REQUIRE(got.size() == 2);
  CHECK(got[0].text == "Cruz,");
  CHECK(got[0].speaker == "someone in the audience");
  CHECK(got[1].kind == QuoteKind::kDirect);
  CHECK(got[1].speaker == "Beck");
  // A pronoun after the quote names its speaker again: one statement.
  got = Run(
      "Biden weighed in, telling Mic in an interview, \u201cThey are both qualified,\u201d he "
      "said, adding, \u201cShe is qualified.\u201d");
  bool seen = false;
  for (const Got& g : got) {
    if (g.text != "They are both qualified,") continue;
    seen = true;
    CHECK(g.speaker == "he");
  }
  CHECK(seen);
}

TEST_CASE("QuoteExtractor: an inverted role and the name after its comma are the speaker (v144)") {
  auto speaker = [](const std::string& text) {
    Document doc(text);
    TokenizeDocument(doc);
    AddPerson(doc, "Lillian Bittman", "Lillian Bittman");
    REQUIRE(Quotes().Extract(doc).ok());
    REQUIRE(doc.quotes().size() == 1);
    return std::string(doc.Slice(doc.quotes()[0].speaker.mention)) + "=" +
           doc.quotes()[0].speaker.name;
  };
  CHECK(speaker("\u201cYou had to buzz in,\u201d said a former chairwoman of the Newtown board "
                "of education, Lillian Bittman.") ==
        "a former chairwoman of the Newtown board of education, Lillian Bittman=Lillian Bittman");
  CHECK(speaker("\u201cYou had to buzz in,\u201d said a spokeswoman, Lillian Bittman.") ==
        "a spokeswoman, Lillian Bittman=Lillian Bittman");
  // A place and its state after a comma name no one.
  CHECK(speaker("Lillian Bittman described a day at home in Burlington, Vermont, as the "
                "perfect day.") == "Lillian Bittman=Lillian Bittman");
}

TEST_CASE("QuoteExtractor: a people named in the plural that spoke is a nearby 'they' (v145)") {
  Document doc(
      "TASS said the talks would resume. The Chechens said on Monday they had returned all "
      "the weapons, which they said were seized by a renegade group.");
  TokenizeDocument(doc);
  AddEntity(doc, "TASS", "TASS", EntityType::kOrganization);
  AddEntity(doc, "Chechens", "Chechens", EntityType::kMisc);
  REQUIRE(Quotes().Extract(doc).ok());
  std::string got;
  for (const Quote& q : doc.quotes()) {
    if (doc.Slice(q.speaker.mention) == "they") got = q.speaker.name;
  }
  CHECK(got == "Chechens");
}

TEST_CASE("QuoteExtractor: a quote that lost its closing mark ends at its attribution (v146)") {
  SUBCASE("running to the paragraph's end") {
    auto got = Run(
        "Families did not understand the paperwork.\n\n\"There wasn't a lot of education to "
        "adoptive parents about what papers to keep, said Kessel, whose group is helping.\n\n"
        "Some have been able to pursue a typical path.");
    REQUIRE(!got.empty());
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "Kessel");
    CHECK(got[0].text.find("said Kessel") == std::string::npos);
  }
  SUBCASE("before the next opening mark") {
    auto got = Run(
        "\"Absent a force on the ground of major proportions, he added, \"this is how ISIS is "
        "going to be reduced.\"");
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == QuoteKind::kDirect);
    CHECK(got[0].speaker == "he");
  }
}

TEST_CASE("QuoteExtractor: 'According to A, B said ...' names B the original speaker (v147)") {
  auto got = Run("According to GMA News, Salceda said the remarks stood in contrast to the welcome.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker == "GMA News");
  CHECK(got[0].original == "Salceda");
  got = Run("According to White House pool reports, Obama said there is love in Orlando.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].original == "Obama");
  // No cue of speech after the subject: no relay.
  got = Run("According to the poll, Clinton leads Trump by nine points.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].original.empty());
}

TEST_CASE("QuoteExtractor: 'aimed at' after a noun is a modifier of the subject (v148)") {
  const auto got = Run(
      "On Tuesday, an investigation into a bloody attack aimed at Shiites in Kabul last December "
      "found that it had been planned in Pakistan.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker ==
        "an investigation into a bloody attack aimed at Shiites in Kabul last December");
}

TEST_CASE("QuoteExtractor: a relative clause's object is no subject (v149)") {
  const auto got = Run(
      "A Chinese truck maker in which Ford Motor Co has a 20 percent stake said it posted a "
      "77 percent drop in profits.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].speaker == "A Chinese truck maker in which Ford Motor Co has a 20 percent stake");
}

TEST_CASE("QuoteExtractor: a passive cue's agent after 'by' is the speaker (v150)") {
  SUBCASE("the complement after the agent is the content") {
    const auto got = Run("Obama will probably be remembered by historians as a liberal champion.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "historians");
    CHECK(got[0].text == "as a liberal champion");
  }
  SUBCASE("else the passive's subject, however short") {
    const auto got = Run(
        "Her death was confirmed by the Eagle Forum, the conservative organization she founded.");
    REQUIRE(got.size() == 1);
    CHECK(got[0].speaker == "the Eagle Forum");
    CHECK(got[0].text == "Her death");
  }
  SUBCASE("not a subject inside a relative clause") {
    const auto got = Run(
        "He said the proposals he took to rebel chief-of-staff Aslan Maskhadov had been agreed by "
        "Yeltsin.");
    for (const auto& q : got) CHECK(q.speaker != "Yeltsin");
  }
}

TEST_CASE("QuoteExtractor: a person's possessive before a kin noun is another person (v151)") {
  CHECK(SpeakerNameOf("Trump's son said the battle against Hillary will be unprecedented.",
                      {{"Trump", "Donald Trump"}}, "unprecedented") == "Trump's son");
  CHECK(SpeakerNameOf("Mr. Rubio's father said the family fled Cuba in 1956.",
                      {{"Rubio", "Marco Rubio"}}, "fled") == "Mr. Rubio's father");
  // Not another noun: "Clinton's campaign said" still speaks for Clinton.
  CHECK(SpeakerNameOf("Clinton's campaign said the poll was wrong.",
                      {{"Clinton", "Hillary Clinton"}}, "poll") == "Hillary Clinton");
}

TEST_CASE("QuoteExtractor: a person after an 'As for' topic phrase is the antecedent (v152)") {
  auto speaker = [](const std::string& text) {
    return OneSpeaker(text, {{"Clinton", "Hillary Clinton"}, {"Fiorina", "Carly Fiorina"}});
  };
  CHECK(speaker("As for the notion that voters should choose Clinton because she would be the "
                "first woman to be president, Fiorina took another view. \u201cHow about an "
                "honest woman?\u201d she said.") == "she=Carly Fiorina");
  // A pronoun after the comma leaves the topic the antecedent.
  CHECK(speaker("Fiorina spoke first. As for Clinton, she took another view. \u201cHow about an "
                "honest woman?\u201d she said.") == "she=Hillary Clinton");
}

TEST_CASE("QuoteExtractor: a sentence wholly in parentheses holds no antecedent (v153)") {
  auto speaker = [](const std::string& text) {
    return OneSpeaker(text, {{"Anna Palmer", "Anna Palmer"}, {"Glenn Thrush", "Glenn Thrush"}});
  };
  CHECK(speaker("Anna Palmer covered lobbying for years. (Subscribe to the podcast with Glenn "
                "Thrush.) \u201cIt was hard to break into,\u201d she said.") ==
        "she=Anna Palmer");
  // Outside the parentheses the person is the nearest.
  CHECK(speaker("Anna Palmer covered lobbying for years. Subscribe to the podcast with Glenn "
                "Thrush. \u201cIt was hard to break into,\u201d she said.") ==
        "she=Glenn Thrush");
}

TEST_CASE("QuoteExtractor: a person after an opening subordinate clause is the antecedent (v154)") {
  auto speaker = [](const std::string& text) {
    return OneSpeaker(text, {{"Mr. Trump", "Donald Trump"}, {"Mr. Kasich", "John Kasich"}});
  };
  CHECK(speaker("When Mr. Trump tried to defend his remarks, Mr. Kasich differed. \u201cThe "
                "government butchered those kids,\u201d he said.") == "he=John Kasich");
  // A pronoun after the comma leaves the clause's person.
  CHECK(speaker("When Mr. Trump tried to defend his remarks, he met Mr. Kasich. \u201cThe "
                "government butchered those kids,\u201d he said.") == "he=Donald Trump");
}

TEST_CASE("QuoteExtractor: a person inside a statement in two apostrophes is no antecedent (v155)") {
  auto speaker = [](const std::string& text) {
    return OneSpeaker(text, {{"Karl Kamp", "Karl Kamp"}, {"Putin", "Vladimir Putin"}});
  };
  CHECK(speaker("Karl Kamp spoke on Tuesday. ''More is being decided than Putin could "
                "imagine.'' He said the danger was populism.") == "He=Karl Kamp");
  // After the closing pair the person is the sentence's again.
  CHECK(speaker("Karl Kamp spoke on Tuesday. A banner reading ''Peace'' hung behind Putin. He "
                "said the danger was populism.") == "He=Vladimir Putin");
}

TEST_CASE("QuoteExtractor: an unnamed delegate who spoke is the next 'he' (v156)") {
  const std::string text =
      "Many Latino Republicans are already doing so, thanks to Donald Trump. One California "
      "delegate said he tried to give away guest passes. He was unable to find a single taker, "
      "he said.";
  CHECK(SpeakerNameOf(text, {{"Donald Trump", "Donald Trump"}}, "unable") ==
        "One California delegate");
}

TEST_CASE("QuoteExtractor: persons after a title subject are no antecedent (v157)") {
  auto speaker = [](const std::string& text) {
    return OneSpeaker(text, {{"Glenn Beck", "Glenn Beck"}, {"Cruz", "Ted Cruz"}});
  };
  CHECK(speaker("Glenn Beck spoke in Indiana. The radio talker has filled his speeches for Cruz "
                "with religious imagery. He said the campaign was a calling.") ==
        "He=Glenn Beck");
  // Another subject leaves the sentence's person the nearest.
  CHECK(speaker("Glenn Beck spoke in Indiana. The crowd has filled the hall for Cruz with "
                "religious imagery. He said the campaign was a calling.") == "He=Ted Cruz");
}

}  // namespace
}  // namespace newsie
