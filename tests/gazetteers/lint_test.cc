#include "gazetteers/lint.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace newsie {
namespace {

const char kHeader[] = "id\ttype\tcanonical\taliases\tambiguous_with\n";

// Lints one list "t" (file "t.tsv") plus optional others.
std::vector<GazetteerProblem> Lint(const std::string& body,
                                   std::vector<GazetteerFile> more = {}) {
  std::vector<GazetteerFile> files = {{"t", "t.tsv", body}};
  for (auto& f : more) files.push_back(std::move(f));
  return LintGazetteerFiles(files);
}

int Errors(const std::vector<GazetteerProblem>& ps) {
  int n = 0;
  for (const auto& p : ps) n += p.error;
  return n;
}

// The one error's "file:line: message", or a listing of all when not one.
std::string OnlyError(const std::vector<GazetteerProblem>& ps) {
  std::string all;
  for (const auto& p : ps) all += p.ToString() + "\n";
  return Errors(ps) == 1 ? ps[0].ToString() : "not one error:\n" + all;
}

TEST_CASE("GazetteerLint: a well-formed list is clean") {
  auto ps = Lint(std::string("# License: CC0-1.0.\n# example: Joe Biden spoke.\n") + kHeader +
                 "p:1\tPERSON\tJoe Biden\tJoseph R. Biden\t\n"
                 "p:2\tPERSON\tVladimir Putin\t\t\n");
  CHECK(ps.empty());
}

TEST_CASE("GazetteerLint: catches each planted fault with file and line") {
  SUBCASE("duplicate id") {
    auto ps = Lint(std::string(kHeader) + "p:1\tPERSON\tA B\t\t\np:1\tPERSON\tC D\t\t\n");
    CHECK(OnlyError(ps) == "t.tsv:3: duplicate id 'p:1' (first at t.tsv:2)");
  }
  SUBCASE("duplicate id across lists") {
    auto ps = Lint(std::string(kHeader) + "p:1\tPERSON\tA B\t\t\n",
                   {{"u", "u.tsv", std::string(kHeader) + "p:1\tPERSON\tC D\t\t\n"}});
    CHECK(OnlyError(ps) == "u.tsv:2: duplicate id 'p:1' (first at t.tsv:2)");
  }
  SUBCASE("alias claimed by two entity types, both lines named") {
    auto ps = Lint(std::string(kHeader) + "l:1\tLOCATION\tToyota\t\t\no:1\tORGANIZATION\tToyota Motor\tTOYOTA\t\n");
    REQUIRE(Errors(ps) == 1);
    CHECK(ps[0].line == 3);
    CHECK(ps[0].message.find("ambiguous alias 'TOYOTA'") != std::string::npos);
    CHECK(ps[0].message.find("LOCATION 'l:1' at t.tsv:2") != std::string::npos);
  }
  SUBCASE("accepted ambiguity: ambiguous_with names the other entry") {
    auto ps = Lint(std::string(kHeader) + "l:1\tLOCATION\tToyota\t\t\no:1\tORGANIZATION\tToyota\t\tl:1\n");
    CHECK(Errors(ps) == 0);
  }
  SUBCASE("ambiguous_with naming an unknown id") {
    auto ps = Lint(std::string(kHeader) + "o:1\tORGANIZATION\tToyota\t\tl:9\n");
    CHECK(OnlyError(ps) == "t.tsv:2: ambiguous_with names unknown id 'l:9'");
  }
  SUBCASE("same alias in a word list and an entity list is fine") {
    auto ps = Lint(std::string(kHeader) + "g:1\tGIVEN_NAME\tGeorgia\t\t\nl:1\tLOCATION\tGeorgia\t\t\n");
    CHECK(Errors(ps) == 0);
  }
  SUBCASE("surname_alone: people only, and a name no other entry claims or has") {
    const std::string h = "id\ttype\tcanonical\taliases\tsurname_alone\n";
    CHECK(Errors(Lint(h + "p:1\tPERSON\tDonald Trump\t\tTrump\n"
                          "p:2\tPERSON\tXi Jinping\t\tXi\n")) == 0);
    CHECK(OnlyError(Lint(h + "o:1\tORGANIZATION\tTrump Organization\t\tTrump\n")) ==
          "t.tsv:2: surname_alone is for people, not ORGANIZATION entries");
    CHECK(OnlyError(Lint(h + "p:1\tPERSON\tBill Clinton\t\tClinton\n"
                             "p:2\tPERSON\tHillary Clinton\t\t\n")) ==
          "t.tsv:2: surname_alone 'Clinton' is also the surname of 'p:2' at t.tsv:3: it would "
          "link no one");
    // The linker reads "Trump" as the surname of "Donald Trump Jr.", so
    // the lint does too.
    CHECK(OnlyError(Lint(h + "p:1\tPERSON\tDonald Trump\t\tTrump\n"
                             "p:2\tPERSON\tDonald Trump Jr.\t\t\n")) ==
          "t.tsv:2: surname_alone 'Trump' is also the surname of 'p:2' at t.tsv:3: it would "
          "link no one");
    CHECK(OnlyError(Lint(h + "p:1\tPERSON\tXi Jinping\t\tXi\n"
                             "p:2\tPERSON\tXi Mingze\t\tXi\n")) ==
          "t.tsv:3: surname_alone 'Xi' is also that of 'p:1' at t.tsv:2: it would link neither");
    CHECK(OnlyError(Lint("id\ttype\tcanonical\tgender\np:1\tPERSON\tXi Jinping\tmale\n")) ==
          "t.tsv:2: gender 'male' must be f, m or empty");
  }
  SUBCASE("malformed row: more columns than the header") {
    auto ps = Lint(std::string(kHeader) + "p:1\tPERSON\tA B\t\t\textra\n");
    CHECK(OnlyError(ps) == "t.tsv:2: row has 6 columns; the header has 5");
  }
  SUBCASE("malformed row: no canonical name") {
    auto ps = Lint(std::string(kHeader) + "p:1\tPERSON\t\t\t\n");
    CHECK(OnlyError(ps) == "t.tsv:2: row lacks an id, a type or a canonical name");
  }
  SUBCASE("missing header columns") {
    auto ps = Lint("# a list\nname\ttype\np:1\tPERSON\n");
    CHECK(OnlyError(ps) == "t.tsv:2: header must name the columns id, type and canonical");
  }
  SUBCASE("bad UTF-8") {
    auto ps = Lint(std::string(kHeader) + "p:1\tPERSON\tJos\xe9 Mart\xc3\xadnez\t\t\n");
    REQUIRE(Errors(ps) >= 1);
    CHECK(ps[0].ToString().rfind("t.tsv:2: invalid UTF-8", 0) == 0);
  }
  SUBCASE("unsorted rows") {
    auto ps = Lint(std::string(kHeader) + "p:2\tPERSON\tA B\t\t\np:1\tPERSON\tC D\t\t\n");
    CHECK(OnlyError(ps) == "t.tsv:3: rows are not sorted by id: 'p:1' comes after 'p:2' (line 2)");
  }
  SUBCASE("alias with no tokens can never match") {
    auto ps = Lint(std::string(kHeader) + "p:1\tPERSON\tA B\t\xc2\xa0\t\n");
    CHECK(OnlyError(ps) == "t.tsv:2: alias '\xc2\xa0' has no tokens and can never match");
  }
  SUBCASE("alias running over a sentence break can never match") {
    auto ps = Lint(std::string(kHeader) + "p:1\tPERSON\tA B\tSmith. Jones\t\n");
    CHECK(OnlyError(ps) == "t.tsv:2: alias 'Smith. Jones' can never match: it runs over a sentence break");
  }
  SUBCASE("malformed type") {
    auto ps = Lint(std::string(kHeader) + "p:1\tper-son\tA B\t\t\n");
    CHECK(OnlyError(ps) == "t.tsv:2: type 'PER-SON' must be letters and '_' (PERSON, GIVEN_NAME)");
  }
  SUBCASE("example sentence matching nothing in its list") {
    auto ps = Lint(std::string("# License: CC0.\n# example: Nobody here.\n") + kHeader +
                   "p:1\tPERSON\tJoe Biden\t\t\n");
    CHECK(OnlyError(ps) == "t.tsv:2: example matches no entry of this list: Nobody here.");
  }
  SUBCASE("priority that is no integer") {
    auto ps = Lint("id\ttype\tcanonical\tpriority\nl:1\tLOCATION\tSpringfield\thigh\n");
    CHECK(OnlyError(ps) == "t.tsv:2: priority 'high' is not an integer");
  }
  SUBCASE("function-word alias is a warning, not an error") {
    auto ps = Lint(std::string(kHeader) + "l:1\tLOCATION\tUnited States\tUS\t\n");
    REQUIRE(ps.size() == 1);
    CHECK_FALSE(ps[0].error);
    CHECK(ps[0].ToString() == "t.tsv:2: warning: alias 'US' folds to the common word 'us' and will match it everywhere");
  }
}

TEST_CASE("GazetteerLint: the shipped lists lint clean") {
  auto ps = LintGazetteerDirs({NEWSIE_SOURCE_DIR "/gazetteers/data"});
  REQUIRE(ps.ok());
  std::string all;
  for (const auto& p : *ps) all += p.ToString() + "\n";
  CHECK_MESSAGE(ps->empty(), all);
}

}  // namespace
}  // namespace newsie
