#include "pipeline/pipeline.h"

#include <doctest/doctest.h>

#include "extractors/register_builtin.h"
#include "pipeline/registry.h"

namespace newsie {
namespace {

class StubExtractor : public Extractor {
 public:
  StubExtractor(std::string name, std::vector<Layer> needs, std::vector<Layer> adds,
                bool fail = false)
      : fail_(fail) {
    info_.name = std::move(name);
    info_.needs = std::move(needs);
    info_.adds = std::move(adds);
  }
  const ExtractorInfo& info() const override { return info_; }
  Status Extract(Document&) const override {
    return fail_ ? InternalError("stub failure") : OkStatus();
  }

 private:
  ExtractorInfo info_;
  bool fail_;
};

ExtractorFactory Stub(std::string name, std::vector<Layer> needs, std::vector<Layer> adds,
                      bool fail = false) {
  return [=](const ExtractorContext&) -> StatusOr<std::unique_ptr<Extractor>> {
    return std::unique_ptr<Extractor>(new StubExtractor(name, needs, adds, fail));
  };
}

TEST_CASE("Pipeline::Build: a stage whose needs no earlier stage adds is refused") {
  ExtractorRegistry r;
  r.Add("text.x", Stub("text.x", {}, {Layer::kTokens}));
  r.Add("quotes.x", Stub("quotes.x", {Layer::kTokens, Layer::kEntities}, {Layer::kQuotes}));
  auto p = Pipeline::Build(r, {"text.x", "quotes.x"}, {});
  REQUIRE_FALSE(p.ok());
  CHECK(p.status().code() == StatusCode::kInvalidArgument);
  CHECK(p.status().message().find("quotes.x needs kEntities") != std::string::npos);
}

TEST_CASE("Pipeline::Build: unknown and repeated names are refused with the known list") {
  ExtractorRegistry r;
  r.Add("text.x", Stub("text.x", {}, {Layer::kTokens}));
  auto p = Pipeline::Build(r, {"text.x", "nope.y"}, {});
  REQUIRE_FALSE(p.ok());
  CHECK(p.status().code() == StatusCode::kNotFound);
  CHECK(p.status().message().find("nope.y") != std::string::npos);
  CHECK(p.status().message().find("text.x") != std::string::npos);
  CHECK_FALSE(Pipeline::Build(r, {"text.x", "text.x"}, {}).ok());
  CHECK_FALSE(Pipeline::Build(r, {}, {}).ok());
}

TEST_CASE("Pipeline::Run: a failing stage becomes a diagnostic and dependants are skipped") {
  ExtractorRegistry r;
  r.Add("text.x", Stub("text.x", {}, {Layer::kTokens}, /*fail=*/true));
  r.Add("numbers.x", Stub("numbers.x", {Layer::kTokens}, {Layer::kNumbers}));
  auto p = Pipeline::Build(r, {"text.x", "numbers.x"}, {});
  REQUIRE(p.ok());
  Document doc("Some text.");
  CHECK_FALSE((*p)->Run(doc));
  REQUIRE(doc.diagnostics().size() == 2);
  CHECK(doc.diagnostics()[0].stage == "text.x");
  CHECK(doc.diagnostics()[0].severity == Severity::kError);
  CHECK(doc.diagnostics()[1].stage == "numbers.x");
  CHECK(doc.diagnostics()[1].message.find("skipped") != std::string::npos);
}

TEST_CASE("SplitExtractorList: commas and spaces") {
  CHECK(SplitExtractorList(" text.icu, entities.x,,quotes.y ") ==
        std::vector<std::string>{"text.icu", "entities.x", "quotes.y"});
}

TEST_CASE("RegisterBuiltinExtractors: the default pipeline builds and starts with the text stage") {
  ExtractorRegistry r;
  RegisterBuiltinExtractors(r);
  REQUIRE_FALSE(r.Default().empty());
  CHECK(r.Default().front() == "text.icu");
  for (const std::string& name : r.Default()) CHECK(r.Has(name));
}

}  // namespace
}  // namespace newsie
