#include "pipeline/batch.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pipeline/tokenizer.h"
#include "tests/testing/temp_dir.h"

namespace newsie {
namespace {

namespace v1 = newsie::v1;
using testing::TempDir;
using testing::WriteFile;

// Tokenizes, then marks every capitalized word as a PERSON entity and
// every number as a claim; fails on documents containing "FAIL". Enough
// for output to depend on each document's content.
class FakeExtractor : public Extractor {
 public:
  FakeExtractor() {
    info_.name = "fake.words";
    info_.version = 7;
    info_.adds = {Layer::kTokens, Layer::kEntities, Layer::kClaims};
  }
  const ExtractorInfo& info() const override { return info_; }
  Status Extract(Document& doc) const override {
    if (doc.text().find("FAIL") != std::string_view::npos) {
      return InternalError("asked to fail");
    }
    TokenizeDocument(doc);
    for (const Token& t : doc.tokens()) {
      if (t.Has(kTokCapitalized)) {
        Mention m;
        m.span = t.span;
        m.entity = static_cast<int32_t>(doc.entities().size());
        doc.mutable_mentions().push_back(m);
        Entity e;
        e.type = EntityType::kPerson;
        e.canonical_name = std::string(doc.Slice(t.span));
        e.mentions = {static_cast<uint32_t>(doc.mentions().size() - 1)};
        doc.mutable_entities().push_back(e);
      } else if (t.Has(kTokNumber)) {
        Claim c;
        c.value = std::stod(std::string(doc.Slice(t.span)));
        c.value_span = c.span = t.span;
        doc.mutable_claims().push_back(c);
      }
    }
    return OkStatus();
  }

 private:
  ExtractorInfo info_;
};

std::unique_ptr<Pipeline> FakePipeline() {
  std::vector<std::unique_ptr<Extractor>> stages;
  stages.push_back(std::make_unique<FakeExtractor>());
  auto p = Pipeline::FromExtractors(std::move(stages));
  REQUIRE(p.ok());
  return std::move(p).value();
}

struct RunResult {
  Status status;
  BatchStats stats;
  std::string output;
  std::vector<std::string> ids;
};

RunResult Run(const std::string& input, int threads, bool strict = false,
              size_t window = 0) {
  auto reader = ArticleReader::Open({input});
  REQUIRE(reader.ok());
  auto pipeline = FakePipeline();
  BatchOptions opts;
  opts.threads = threads;
  opts.strict = strict;
  opts.window = window;
  opts.record.extractors = StageInfos(*pipeline);
  opts.serialize = [](const v1::ArticleRecord& r, std::string* out) {
    return AppendRecord(r, RecordFormat::kJsonl, out);
  };
  RunResult res;
  res.status = RunBatch(**reader, *pipeline, opts,
                        [&](const v1::ArticleRecord& r, const std::string& bytes) {
                          res.output += bytes;
                          res.ids.push_back(r.article().article_id());
                          return OkStatus();
                        },
                        &res.stats);
  return res;
}

std::string Dump(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) {
    std::string text;
    for (int k = 0; k < 1 + (i * 37) % 50; ++k) {
      text += (k % 3 == 0 ? "Alice " : "said ") + std::to_string(i * k) + " things. ";
    }
    s += R"({"id": "d)" + std::to_string(i) + R"(", "text": ")" + text + "\"}\n";
  }
  return s;
}

TEST_CASE("RunBatch: output is in input order and identical for every thread count") {
  TempDir dir;
  WriteFile(dir / "d.jsonl", Dump(120));
  RunResult one = Run(dir / "d.jsonl", 1);
  REQUIRE(one.status.ok());
  REQUIRE(one.ids.size() == 120);
  for (int i = 0; i < 120; ++i) CHECK(one.ids[i] == std::string("d").append(std::to_string(i)));
  CHECK(one.output.find("\"name\":\"fake.words\",\"version\":7") != std::string::npos);
  for (int threads : {2, 3, 8}) {
    CAPTURE(threads);
    RunResult many = Run(dir / "d.jsonl", threads);
    REQUIRE(many.status.ok());
    CHECK(many.output == one.output);
    CHECK(many.stats.written == 120);
  }
  // A window smaller than the thread count still works.
  CHECK(Run(dir / "d.jsonl", 4, false, 2).output == one.output);
}

TEST_CASE("RunBatch: bad records are written as error records and counted") {
  TempDir dir;
  std::string big;
  while (big.size() < (5u << 20)) big += "Word 12 and more words here. ";
  WriteFile(dir / "bad.jsonl",
            R"({"id": "a", "text": "Alice 1."})" "\n"
            R"({"id": "broken", "text": )" "\n"
            "{\"id\": \"utf\", \"text\": \"Bob \xFF 2.\"}\n"
            R"({"id": "empty", "text": ""})" "\n"
            R"({"id": "big", "text": ")" + big + "\"}\n"
            R"({"id": "stage", "text": "Please FAIL now."})" "\n"
            "\n"
            R"({"id": "z", "text": "Zed 3."})" "\n");
  for (int threads : {1, 3}) {
    CAPTURE(threads);
    RunResult r = Run(dir / "bad.jsonl", threads);
    REQUIRE(r.status.ok());
    CHECK(r.stats.read == 7);
    CHECK(r.stats.written == 7);
    CHECK(r.stats.failed == 2);        // broken JSON, empty text
    CHECK(r.stats.stage_errors == 1);  // the extractor failed on "stage"
    CHECK(r.stats.blank_lines == 1);
    CHECK(r.ids == std::vector<std::string>{"a", "", "utf", "empty", "big", "stage", "z"});
    CHECK(r.stats.Summary().find("read 7 records, wrote 7, failed 2") == 0);
    // Each failed record named by file and line, in input order: the
    // broken line, the empty text, the failed stage.
    REQUIRE(r.stats.first_errors.size() == 3);
    const std::string path = dir / "bad.jsonl";
    CHECK(r.stats.first_errors[0].find(path + ":2: reader: not a JSON object") == 0);
    CHECK(r.stats.first_errors[1].find(path + ":4: reader: ") == 0);
    CHECK(r.stats.first_errors[2].find(path + ":6") == 0);
    CHECK(r.stats.first_errors[2].find("fake.words") != std::string::npos);
    // The 5 MB article is complete in its record.
    CHECK(r.output.find(big.substr(0, 1000)) != std::string::npos);
    CHECK(r.output.size() > big.size());
  }
}

TEST_CASE("RunBatch: lists the first bad records only, and counts them all") {
  TempDir dir;
  std::string dump;
  for (int i = 0; i < 25; ++i) dump += "not json " + std::to_string(i) + "\n";
  WriteFile(dir / "bad.jsonl", dump);
  RunResult r = Run(dir / "bad.jsonl", 2);
  REQUIRE(r.status.ok());
  CHECK(r.stats.failed == 25);
  REQUIRE(r.stats.first_errors.size() == BatchStats::kMaxListedErrors);
  const std::string path = dir / "bad.jsonl";
  CHECK(r.stats.first_errors.front().find(path + ":1: reader: ") == 0);
  CHECK(r.stats.first_errors.back().find(path + ":10: reader: ") == 0);
}

TEST_CASE("RunBatch: --strict stops at the first bad record") {
  TempDir dir;
  WriteFile(dir / "bad.jsonl",
            R"({"id": "a", "text": "Alice 1."})" "\n"
            R"({"id": "b", "text": "Bob 2."})" "\n"
            R"(not json)" "\n"
            R"({"id": "c", "text": "Carol 3."})" "\n");
  for (int threads : {1, 2}) {
    RunResult r = Run(dir / "bad.jsonl", threads, /*strict=*/true);
    CHECK(r.status.code() == StatusCode::kFailedPrecondition);
    CHECK(r.status.message().find("bad.jsonl:3") != std::string::npos);
    CHECK(r.ids == std::vector<std::string>{"a", "b"});
  }
}

}  // namespace
}  // namespace newsie
