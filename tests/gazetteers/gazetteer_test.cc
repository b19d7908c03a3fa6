#include "gazetteers/gazetteer.h"

#include <doctest/doctest.h>


#include "gazetteers/fold.h"
#include "pipeline/tokenizer.h"

namespace newsie {
namespace {

const char kList[] =
    "# License: CC0-1.0.\n"
    "id\ttype\tcanonical\taliases\tqid\n"
    "p:1\tPERSON\tVolodymyr Zelenskyy\tVolodymyr Zelensky\tQ3874799\n"
    "o:1\tORGANIZATION\tNATO\tNorth Atlantic Treaty Organization\t\n";

TEST_CASE("FoldForMatch: case, accents, compatibility forms, typographic marks, bad bytes") {
  CHECK(FoldForMatch("ZELENSKYY") == "zelenskyy");
  CHECK(FoldForMatch("\xC3\x89lys\xC3\xA9\x65 Palace") == "elysee palace");  // Élysée
  CHECK(FoldForMatch("Stra\xC3\x9F\x65") == "strasse");                      // Straße
  CHECK(FoldForMatch("\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3") == "abc");  // fullwidth ＡＢＣ
  CHECK(FoldForMatch("O\xE2\x80\x99Rourke") == "o'rourke");                   // ’
  CHECK(FoldForMatch("Jean\xE2\x80\x90Luc") == "jean-luc");                   // U+2010
  CHECK(FoldForMatch("a\xFF") == "a\xEF\xBF\xBD");  // an invalid byte becomes U+FFFD
  CHECK(FoldForMatch("") == "");
}

TEST_CASE("AppendFolded: keeps what the buffer holds, and undoes a partial ASCII pass") {
  std::string out = "key|";
  AppendFolded("Obama", &out);
  CHECK(out == "key|obama");
  // ASCII first, then a non-ASCII byte: the ASCII pass is taken back and the
  // whole piece folds through ICU, leaving the earlier content alone.
  AppendFolded(" M\xC3\xBCller", &out);  // " Müller"
  CHECK(out == "key|obama muller");
}

TEST_CASE("AppendFolded: eight bytes at a time lower only A-Z, and give way to ICU") {
  // Every printable ASCII byte, in runs of eight and a tail: only 'A'..'Z'
  // change ('@' and '[' border them, '`' and '{' border 'a'..'z').
  std::string all, want;
  for (int c = 0x20; c < 0x7F; ++c) {
    all.push_back(static_cast<char>(c));
    want.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  CHECK(FoldForMatch(all) == want);
  CHECK(FoldForMatch("WASHINGTON@[`{POST") == "washington@[`{post");
  // A non-ASCII byte in the second run of eight: the whole piece, the runs
  // already lowered included, goes through ICU once.
  std::string out = "k|";
  AppendFolded("INTERNATIONAL M\xC3\x9CLLER", &out);  // "INTERNATIONAL MÜLLER"
  CHECK(out == "k|international muller");
}

TEST_CASE("Gazetteers: finds aliases with case and accents folded") {
  auto g = Gazetteers::FromStrings({{"t", kList}});
  REQUIRE(g.ok());
  CHECK((*g)->Contains("VOLODYMYR ZELENSKY", "PERSON"));
  CHECK((*g)->Contains("Volodymyr Zelénskyy", "PERSON"));
  CHECK_FALSE((*g)->Contains("Volodymyr Zelensky", "ORGANIZATION"));
  const GazetteerEntry* e = (*g)->FindTyped("nato", "ORGANIZATION");
  REQUIRE(e);
  CHECK(e->id == "o:1");
  CHECK((*g)->FindTyped("Volodymyr Zelensky", "PERSON")->Field("qid") == "Q3874799");
}

TEST_CASE("Gazetteers: Match finds the longest alias first within a sentence") {
  auto g = Gazetteers::FromStrings({{"t", kList}});
  REQUIRE(g.ok());
  Document d{"The North Atlantic Treaty Organization met Volodymyr Zelenskyy today."};
  TokenizeDocument(d);
  auto ms = (*g)->Match(d, 0, static_cast<uint32_t>(d.tokens().size()));
  REQUIRE(ms.size() == 2);
  CHECK(d.Slice({d.tokens()[ms[0].token_begin].span.begin,
                 d.tokens()[ms[0].token_end - 1].span.end}) == "North Atlantic Treaty Organization");
  CHECK((*g)->entry((*ms[1].entries)[0]).id == "p:1");
}

TEST_CASE("Gazetteers: Match folds ASCII tokens inline and the others through ICU") {
  auto g = Gazetteers::FromStrings({{"t", kList}});
  REQUIRE(g.ok());
  // Non-ASCII tokens that fold shorter ("\xC3\x89lys\xC3\xA9\x65" -> "elysee")
  // and far longer (U+FDFA, one ligature of 18 letters under NFKD), before
  // and inside names: the keys after them still line up.
  Document d{"\xC3\x89lys\xC3\xA9\x65 \xEF\xB7\xBA NATO met VOLODYMYR ZEL\xC3\x89NSKYY in Kyiv."};
  TokenizeDocument(d);
  auto ms = (*g)->Match(d, 0, static_cast<uint32_t>(d.tokens().size()));
  REQUIRE(ms.size() == 2);
  CHECK(d.Slice(d.tokens()[ms[0].token_begin].span) == "NATO");
  CHECK((*g)->entry((*ms[0].entries)[0]).id == "o:1");
  CHECK(d.Slice({d.tokens()[ms[1].token_begin].span.begin,
                 d.tokens()[ms[1].token_end - 1].span.end}) ==
        "VOLODYMYR ZEL\xC3\x89NSKYY");
  CHECK((*g)->entry((*ms[1].entries)[0]).id == "p:1");
}

TEST_CASE("Gazetteers: linking priority by kind of place, population, or the priority column") {
  const char* header = "id\ttype\tcanonical\taliases\tnote\tpriority\n";
  auto g = Gazetteers::FromStrings({
      {"places/countries", std::string(header) + "country:GE\tLOCATION\tGeorgia\t\tcountry\t\n"},
      {"places/cities",
       std::string(header) +
           "c:1\tLOCATION\tWashington, D.C.\tWashington\tcapital\t\n"
           "c:2\tLOCATION\tPortland\t\tpopulation 650000\t\n"
           "c:3\tLOCATION\tBaku\t\tcapital; population 2000000\t\n"
           "c:4\tLOCATION\tPlymouth\t\tcapital; population 0\t\n"
           "c:5\tLOCATION\tPlymouth\t\tpopulation 260203\t\n"},
      {"places/subdivisions", std::string(header) + "s:1\tLOCATION\tWashington\t\tstate\t\n"},
      {"mine", std::string(header) + "x:1\tLOCATION\tSpringfield\t\t\t55\n"
                                     "x:2\tLOCATION\tShelbyville\t\t\t-3\n"}});
  REQUIRE(g.ok());
  auto prio = [&](const char* id) {
    for (uint32_t i = 0; i < (*g)->size(); ++i) {
      if ((*g)->entry(i).id == id) return (*g)->entry(i).priority;
    }
    FAIL("no entry " << id);
    return 0;
  };
  CHECK(prio("country:GE") == kPriorityCountry);
  CHECK(prio("c:1") == kPriorityCity);  // capitals rank as cities
  CHECK(prio("c:2") == kPriorityCity);
  CHECK(prio("c:3") == kPriorityCity);
  CHECK(prio("s:1") == kPrioritySubdivision);
  CHECK(prio("x:1") == 55);  // the column wins
  CHECK(prio("x:2") == -3);
  const GazetteerEntry* portland = (*g)->FindTyped("Portland", "LOCATION");
  REQUIRE(portland);
  CHECK(portland->population == 650000);
  const auto* washington = (*g)->Find("Washington");
  REQUIRE(washington);
  REQUIRE(washington->size() == 2);
  const GazetteerEntry& capital = (*g)->entry((*washington)[0]);
  const GazetteerEntry& state = (*g)->entry((*washington)[1]);
  CHECK(capital.id == "c:1");
  CHECK(state.id == "s:1");
  CHECK(PreferredForLinking(capital, state));
  CHECK_FALSE(PreferredForLinking(state, capital));
  // A big city over a same-named capital of no people.
  const auto* plymouth = (*g)->Find("Plymouth");
  REQUIRE(plymouth);
  REQUIRE(plymouth->size() == 2);
  CHECK(PreferredForLinking((*g)->entry((*plymouth)[1]), (*g)->entry((*plymouth)[0])));
}

TEST_CASE("Gazetteers: a city outranks a subdivision of its own country, not a foreign one") {
  const char* header = "id\ttype\tcanonical\taliases\tcountry\tnote\tpriority\n";
  auto g = Gazetteers::FromStrings({
      {"places/cities",
       std::string(header) +
           "c:dc\tLOCATION\tWashington, D.C.\tWashington\tUS\tpopulation 689545\t\n"
           "c:va\tLOCATION\tVirginia\t\tZA\tpopulation 100000\t\n"},
      {"places/subdivisions", std::string(header) +
                                  "s:wa\tLOCATION\tWashington\t\tUS\tstate\t30\n"
                                  "s:va\tLOCATION\tVirginia\t\tUS\tstate\t30\n"},
  });
  REQUIRE(g.ok());
  auto entry = [&](const char* id) -> const GazetteerEntry& {
    for (uint32_t i = 0; i < (*g)->size(); ++i) {
      if ((*g)->entry(i).id == id) return (*g)->entry(i);
    }
    FAIL("no entry " << id);
    return (*g)->entry(0);
  };
  // Same country: the capital, although the state carries the higher priority.
  CHECK(PreferredForLinking(entry("c:dc"), entry("s:wa")));
  CHECK_FALSE(PreferredForLinking(entry("s:wa"), entry("c:dc")));
  // Different countries: priority decides, so the US state beats the town.
  CHECK(PreferredForLinking(entry("s:va"), entry("c:va")));
  CHECK_FALSE(PreferredForLinking(entry("c:va"), entry("s:va")));
}

TEST_CASE("Gazetteers: a row shorter than the header's id column lacks an id") {
  // The header names id last; the short row ends before it (found by
  // tests/fuzz/gazetteer_fuzzer: the loader read past the row's columns).
  std::vector<GazetteerProblem> problems;
  auto g = Gazetteers::FromStrings(
      {{"t", "type\tcanonical\tid\nPERSON\tAda Lovelace\nPERSON\tAlan Turing\tp:2\n"}},
      &problems);
  REQUIRE(g.ok());
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].ToString() == "t.tsv:2: row lacks an id, a type or a canonical name");
  REQUIRE((*g)->size() == 1);
  CHECK((*g)->entry(0).id == "p:2");
}

TEST_CASE("Gazetteers: the fingerprint changes when a list changes") {
  auto a = Gazetteers::FromStrings({{"t", kList}});
  auto b = Gazetteers::FromStrings({{"t", std::string(kList) + "o:2\tORGANIZATION\tUN\t\t\n"}});
  auto c = Gazetteers::FromStrings({{"t", kList}});
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK((*a)->fingerprint().size() == 16);
  CHECK((*a)->fingerprint() != (*b)->fingerprint());
  CHECK((*a)->fingerprint() == (*c)->fingerprint());
}

TEST_CASE("Gazetteers: later directories add lists to earlier ones") {
  auto g = Gazetteers::Load({NEWSIE_SOURCE_DIR "/gazetteers/data",
                             NEWSIE_SOURCE_DIR "/tests/gazetteers/testdata/extra"});
  REQUIRE(g.ok());
  CHECK((*g)->Contains("Joe Biden", "PERSON"));
  CHECK((*g)->Contains("Example Analyst Agency", "ORGANIZATION"));
  auto missing = Gazetteers::Load({NEWSIE_SOURCE_DIR "/no/such/dir"});
  CHECK(missing.status().code() == StatusCode::kNotFound);
}

// Load time is measured by `newsie bench` (its "load:" line), not here.
TEST_CASE("Gazetteers: the shipped lists load with no problems") {
  std::vector<GazetteerProblem> problems;
  auto g = Gazetteers::Load({NEWSIE_SOURCE_DIR "/gazetteers/data"}, &problems);
  REQUIRE(g.ok());
  CHECK(problems.empty());
  // Spot checks across the lists.
  CHECK((*g)->Contains("Britain", "LOCATION"));
  CHECK((*g)->Contains("Ukrainian", "NATIONALITY"));
  CHECK((*g)->Contains("Kyiv", "LOCATION"));
  CHECK((*g)->Contains("Bayern", "LOCATION"));  // ISO 3166-2's local form
  CHECK((*g)->Contains("Bavaria", "LOCATION"));  // places/wordnet's English one
  CHECK((*g)->Contains("Tamil Tigers", "ORGANIZATION"));  // orgs/wordnet
  CHECK((*g)->Contains("Yasser Arafat", "PERSON"));       // people/wordnet
  CHECK((*g)->Contains("the Kremlin", "ORGANIZATION") == false);  // alias is "Kremlin"
  CHECK((*g)->Contains("Kremlin", "ORGANIZATION"));
  CHECK((*g)->Contains("E.U.", "ORGANIZATION"));
  CHECK((*g)->Contains("Maria", "GIVEN_NAME"));
}

}  // namespace
}  // namespace newsie
