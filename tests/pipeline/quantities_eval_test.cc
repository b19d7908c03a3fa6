#include "pipeline/eval/quantities_eval.h"

#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <string>

#include "gazetteers/gazetteer.h"

namespace newsie {
namespace {

TEST_CASE("UnitsMatch: compares units as score.py does") {
  CHECK(CanonUnit("Miles per hour") == "mile per hour");
  CHECK(CanonUnit("per cent") == "percent");
  CHECK(CanonUnit("kilometres") == "kilometer");
  CHECK(UnitsMatch("%", "percentage", "percent"));
  CHECK(UnitsMatch("$", "dollar", "dollar"));
  CHECK(UnitsMatch("miles", "mile", "mile"));
  CHECK(UnitsMatch("-", "-", ""));
  CHECK_FALSE(UnitsMatch("-", "-", "dollar"));
  // NewsQuant reads "118.5p" as points: the symbol matches, "penny" does not.
  CHECK_FALSE(UnitsMatch("p", "point", "penny"));
  CHECK(UnitsMatch("p", "point", "p"));
}

// Every unit's output form (its canonical name) against the scorer's
// normalization: lower case, and a spelled-out alias in the text
// ("kilometres", "barrels per day") matches it on the surface alone, so the
// claim scores whatever normalized name the gold gives. The forms listed
// here match only through the gold's normalized unit (CQE's names: "feet" ->
// foot, "metric tons" -> metric ton, "cubic centimeters" -> millilitre); a
// new row whose spelled alias does not canonicalize to its name has to be
// added here deliberately.
TEST_CASE("units.tsv: canonical names pass the scorer's unit normalization") {
  auto g = Gazetteers::Load({DefaultGazetteerDir() + "/units"});
  REQUIRE(g.ok());
  const std::set<std::string> via_normalized_name = {
      "acre-feet", "amps", "barrel a day", "barrel-a-day", "barrels a day", "barrels-a-day",
      "bolivar", "bolivars", "bucks", "centuries", "colones", "cubic centimeter",
      "cubic centimeters", "cubic centimetre", "cubic centimetres", "cubic feet",
      "deutschemark", "deutschemarks", "drachmae", "dunum", "dunums", "exaflops", "feet",
      "feet per second", "fl oz", "fold", "gbps", "gigatonne", "gigatonnes", "gramme",
      "grammes", "inches", "kbit", "kbps", "kcal", "kilo", "kilometer-an-hour",
      "kilometers an hour", "kilometre-an-hour", "kilometres an hour", "kilos", "kilotonne",
      "kilotonnes", "kroner", "kronor", "lb ft", "lb-ft", "leva", "lire", "markkaa", "mbar",
      "mbps", "megatonne", "megatonnes", "metric ton", "metric tons", "microgramme",
      "microgrammes", "micron", "microns", "mile-an-hour", "miles an hour", "miles-an-hour",
      "millennia", "milliamp", "milliamps", "mins", "pence", "petaflops", "pound feet",
      "pound-feet", "ppts", "punt", "punts", "reais", "renminbi", "rouble", "roubles", "sats", "secs",
      "pct pt", "pct pts", "sq feet", "sq foot", "sq ft", "sq in", "sq kilometers",
      "sq kilometres", "sq km", "sq kms", "sq m", "sq meters", "sq metres", "sq mi",
      "sq mile", "sq miles", "sq yd", "square feet", "square inches",
      "square-feet", "tbsp", "teraflops", "times", "zlotych",
  };
  const std::regex spelled("[a-z][a-z \\-]{3,}");
  int rows = 0;
  for (uint32_t i : (*g)->EntriesOfType("UNIT")) {
    const GazetteerEntry& e = (*g)->entry(i);
    ++rows;
    INFO(e.id);
    CHECK(!CanonUnit(e.canonical).empty());
    bool lower = true;
    for (char c : e.canonical) lower = lower && !(c >= 'A' && c <= 'Z');
    CHECK(lower);
    for (const std::string& a : e.aliases) {
      if (!std::regex_match(a, spelled) || via_normalized_name.count(a)) continue;
      INFO(a);
      CHECK(UnitsMatch(a, "-", e.canonical));
    }
  }
  CHECK(rows > 300);
}

}  // namespace
}  // namespace newsie
