// Registry snapshot: every built-in extractor's name, version, needs and
// adds, and the default pipeline. A change here is a change to what records
// say produced them; bump the version of an extractor whenever its output
// may differ for the same input, and update this list in the same commit.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "extractors/register_builtin.h"
#include "gazetteers/gazetteer.h"
#include "pipeline/pipeline.h"
#include "pipeline/reconcile/reconciler.h"

namespace newsie {
namespace {

std::string Layers(const std::vector<Layer>& ls) {
  std::string out;
  for (Layer l : ls) out += std::string(out.empty() ? "" : ",") + LayerName(l);
  return out;
}

TEST_CASE("ExtractorRegistry: snapshot of the built-in extractors and the default pipeline") {
  ExtractorRegistry r;
  RegisterBuiltinExtractors(r);
  auto gaz = Gazetteers::Load({DefaultGazetteerDir()});
  REQUIRE(gaz.ok());
  ExtractorContext ctx;
  ctx.gazetteers = gaz->get();
  std::string snapshot;
  for (const std::string& name : r.Names()) {
    auto ex = r.Create(name, ctx);
    REQUIRE_MESSAGE(ex.ok(), ex.status().ToString());
    const ExtractorInfo& info = (*ex)->info();
    CHECK(info.name == name);
    snapshot += name + " v" + std::to_string(info.version) + " needs[" + Layers(info.needs) +
                "] adds[" + Layers(info.adds) + "]\n";
  }
  CHECK(snapshot ==
        "claims.rules v89 needs[kTokens,kNumbers,kQuotes] adds[kClaims]\n"
        "coref.rules v9 needs[kTokens,kEntities,kQuotes] adds[kReferences]\n"
        "entities.perceptron v126 needs[kTokens] adds[kEntities]\n"
        "numbers.rules v87 needs[kTokens] adds[kNumbers]\n"
        "quotes.said_verb v157 needs[kTokens,kEntities] adds[kQuotes]\n"
        "text.icu v7 needs[] adds[kTokens]\n");
  std::string defaults;
  for (const std::string& n : r.Default()) defaults += n + " ";
  CHECK(defaults == "text.icu entities.perceptron numbers.rules quotes.said_verb coref.rules "
                    "claims.rules ");
  // The default pipeline passes its own needs check.
  CHECK(Pipeline::Build(r, r.Default(), ctx).ok());
}

TEST_CASE("Reconciler: snapshot of the name and version written to every ChangeReport") {
  // Bump kReconcilerVersion (history in reconciler.h) whenever the changes
  // flagged for the same two records may differ, and update this line.
  CHECK(std::string(reconcile::kReconcilerName) + " v" +
            std::to_string(reconcile::kReconcilerVersion) ==
        "reconcile.aligned v9");
}

}  // namespace
}  // namespace newsie
