#include "pipeline/reader.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tests/testing/temp_dir.h"

namespace newsie {
namespace {

using testing::TempDir;
using testing::WriteFile;
using testing::WriteGzFile;

std::vector<InputRecord> ReadAll(const std::vector<std::string>& inputs,
                                 ReaderStats* stats = nullptr,
                                 const ReaderOptions& opts = {}) {
  auto r = ArticleReader::Open(inputs, opts);
  REQUIRE(r.ok());
  std::vector<InputRecord> out;
  InputRecord rec;
  while ((*r)->Next(&rec)) out.push_back(std::move(rec));
  if (stats) *stats = (*r)->stats();
  return out;
}

bool HasDiagnostic(const Document& doc, Severity sev, const std::string& part) {
  for (const Diagnostic& d : doc.diagnostics()) {
    if (d.severity == sev && d.message.find(part) != std::string::npos) return true;
  }
  return false;
}

TEST_CASE("ArticleReader: reads JSON lines with newsie's field names") {
  TempDir dir;
  WriteFile(dir / "dump.jsonl",
            R"({"article_id": "a1", "version": 2, "date": "2022-02-01", "title": "T",)"
            R"( "url": "http://x/a1", "source": "WaPo", "text": "Biden spoke."})" "\n"
            R"({"id": 42, "version": "3", "text": "Second \"one\"\u00e9."})" "\n");
  auto recs = ReadAll({dir / "dump.jsonl"});
  REQUIRE(recs.size() == 2);
  const ArticleMeta& m = recs[0].doc.meta();
  CHECK(m.article_id == "a1");
  CHECK(m.version == 2);
  CHECK(m.date == "2022-02-01");
  CHECK(m.title == "T");
  CHECK(m.url == "http://x/a1");
  CHECK(m.source == "WaPo");
  CHECK(m.origin == dir / "dump.jsonl:1");
  CHECK(recs[0].doc.text() == "Biden spoke.");
  // Numbers are accepted where strings are expected, and the reverse.
  CHECK(recs[1].doc.meta().article_id == "42");
  CHECK(recs[1].doc.meta().version == 3);
  CHECK(recs[1].doc.text() == "Second \"one\"\xC3\xA9.");
  CHECK(recs[1].line == 2);
}

TEST_CASE("ArticleReader: reads news-please field names and tolerates nulls") {
  TempDir dir;
  WriteFile(dir / "np.json",
            R"({"maintext": "Main text.", "date_publish": "2021-05-04 10:00:00",)"
            R"( "source_domain": "example.com", "url": "https://example.com/x",)"
            R"( "title": null, "authors": ["A", "B"], "version": null})" "\n");
  auto recs = ReadAll({dir / "np.json"});
  REQUIRE(recs.size() == 1);
  const ArticleMeta& m = recs[0].doc.meta();
  CHECK_FALSE(recs[0].error);
  CHECK(recs[0].doc.text() == "Main text.");
  CHECK(m.date == "2021-05-04 10:00:00");
  CHECK(m.source == "example.com");
  CHECK(m.title.empty());
  CHECK_FALSE(m.version.has_value());
  // No id field: versions of one article share the url, so it is the id.
  CHECK(m.article_id == "https://example.com/x");
}

TEST_CASE("ArticleReader: .txt file takes its id from the name and its date from the header") {
  TempDir dir;
  const std::string body = "\xE2\x80\x9CWe continue,\xE2\x80\x9D Biden said.\nMore.\n";
  WriteFile(dir / "000_abc.txt", " date 2022-02-01 " + body);
  WriteFile(dir / "plain.txt", "No header here.\n");
  auto recs = ReadAll({dir / "000_abc.txt", dir / "plain.txt"});
  REQUIRE(recs.size() == 2);
  CHECK(recs[0].doc.meta().article_id == "000_abc");
  CHECK(recs[0].doc.meta().date == "2022-02-01");
  // The header is not part of the text: offsets index the text after it.
  CHECK(recs[0].doc.text() == body);
  CHECK(recs[1].doc.meta().date.empty());
  CHECK(recs[1].doc.text() == "No header here.\n");

  SUBCASE("a header on a line of its own") {
    size_t begin = 0;
    CHECK(SplitDateHeader("date 2023-01-31\nText", &begin) == "2023-01-31");
    CHECK(begin == 16);
    CHECK(SplitDateHeader("dated 2023-01-31 Text", &begin).empty());
    CHECK(SplitDateHeader("date 2023-1-31 Text", &begin).empty());
  }
}

TEST_CASE("ArticleReader: gzip input is detected by its magic bytes") {
  TempDir dir;
  WriteGzFile(dir / "dump.jsonl.gz", R"({"id": "g", "text": "Zipped."})" "\n");
  WriteGzFile(dir / "renamed.data", R"({"id": "h", "text": "No telling name."})" "\n");
  WriteGzFile(dir / "story.txt.gz", "date 2020-01-01\nZipped story.");
  auto recs = ReadAll({dir / "dump.jsonl.gz", dir / "renamed.data", dir / "story.txt.gz"});
  REQUIRE(recs.size() == 3);
  CHECK(recs[0].doc.text() == "Zipped.");
  CHECK(recs[1].doc.text() == "No telling name.");
  CHECK(recs[2].doc.meta().article_id == "story");
  CHECK(recs[2].doc.meta().date == "2020-01-01");
  CHECK(recs[2].doc.text() == "Zipped story.");
}

TEST_CASE("ArticleReader: directories are read recursively in sorted order") {
  TempDir dir;
  WriteFile(dir / "in/b.txt", "B text.");
  WriteFile(dir / "in/a/z.jsonl", R"({"id": "z", "text": "Z text."})" "\n");
  WriteFile(dir / "in/c.txt", "C text.");
  WriteFile(dir / "in/notes.md", "not an input");
  WriteFile(dir / "in/.hidden/x.txt", "hidden");
  ReaderStats stats;
  auto recs = ReadAll({dir / "in"}, &stats);
  std::vector<std::string> ids;
  for (const auto& r : recs) ids.push_back(r.doc.meta().article_id);
  CHECK(ids == std::vector<std::string>{"z", "b", "c"});
  CHECK(stats.files == 3);

  SUBCASE("a directory without inputs is an input error") {
    WriteFile(dir / "empty/readme.md", "x");
    auto r = ArticleReader::Open({dir / "empty"});
    CHECK(r.status().code() == StatusCode::kNotFound);
  }
}

TEST_CASE("ArticleReader: a missing input fails Open with its name") {
  auto r = ArticleReader::Open({"/nonexistent/dump.jsonl"});
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == StatusCode::kNotFound);
  CHECK(r.status().message().find("/nonexistent/dump.jsonl") != std::string::npos);
}

TEST_CASE("ArticleReader: bad lines become error records and reading goes on") {
  TempDir dir;
  std::string big(5u << 20, 'x');
  for (size_t i = 100; i < big.size(); i += 100) big[i] = ' ';
  WriteFile(dir / "bad.jsonl",
            R"({"id": "ok1", "text": "Fine."})" "\n"
            "\n"
            R"({"id": "broken", "text": "no end)" "\n"
            "{\"id\": \"utf\", \"text\": \"caf\xE9 \xFF ok \\ud800\"}\n"
            R"({"id": "empty", "text": "  "})" "\n"
            R"({"id": "notext"})" "\n"
            R"({"id": "big", "text": ")" + big + "\"}\n"
            "   \n"
            R"({"id": "ok2", "text": "Also fine."})");  // no final newline
  ReaderStats stats;
  auto recs = ReadAll({dir / "bad.jsonl"}, &stats);
  REQUIRE(recs.size() == 7);
  CHECK(stats.records == 7);
  CHECK(stats.errors == 3);
  CHECK(stats.blank_lines == 2);  // every one of the 9 lines accounted for

  CHECK_FALSE(recs[0].error);
  CHECK(recs[1].error);
  CHECK(recs[1].line == 3);
  CHECK(HasDiagnostic(recs[1].doc, Severity::kError, "not a JSON object"));
  REQUIRE_FALSE(recs[1].doc.diagnostics().empty());
  CHECK(recs[1].doc.diagnostics()[0].file == dir / "bad.jsonl");
  CHECK(recs[1].doc.diagnostics()[0].line == 3);

  CHECK_FALSE(recs[2].error);
  CHECK(recs[2].doc.text() == "caf\xEF\xBF\xBD \xEF\xBF\xBD ok \xEF\xBF\xBD");
  CHECK(HasDiagnostic(recs[2].doc, Severity::kWarning, "replaced 3 invalid UTF-8"));

  CHECK(recs[3].error);
  CHECK(recs[3].doc.meta().article_id == "empty");
  CHECK(HasDiagnostic(recs[3].doc, Severity::kError, "empty text"));
  CHECK(recs[4].error);
  CHECK(HasDiagnostic(recs[4].doc, Severity::kError, "no text"));

  CHECK_FALSE(recs[5].error);
  CHECK(recs[5].doc.text().size() == big.size());
  CHECK(recs[6].doc.meta().article_id == "ok2");

  SUBCASE("a line over the size limit is an error record") {
    ReaderOptions opts;
    opts.max_record_bytes = 1 << 20;
    auto small = ReadAll({dir / "bad.jsonl"}, &stats, opts);
    REQUIRE(small.size() == 7);
    CHECK(small[5].error);
    CHECK(HasDiagnostic(small[5].doc, Severity::kError, "longer than"));
    CHECK(small[6].doc.meta().article_id == "ok2");
  }
}

TEST_CASE("ArticleReader: a truncated gzip file ends in an error record") {
  TempDir dir;
  std::string lines;
  for (int i = 0; i < 2000; ++i) {
    lines += R"({"id": "a)" + std::to_string(i) + R"(", "text": "Some text )" +
             std::to_string(i * 7919) + R"(."})" "\n";
  }
  WriteGzFile(dir / "full.jsonl.gz", lines);
  std::string gz = testing::ReadFile(dir / "full.jsonl.gz");
  WriteFile(dir / "cut.jsonl.gz", gz.substr(0, gz.size() / 2));
  ReaderStats stats;
  auto recs = ReadAll({dir / "cut.jsonl.gz"}, &stats);
  REQUIRE_FALSE(recs.empty());
  CHECK(recs.back().error);
  CHECK(stats.errors >= 1);
  for (size_t i = 0; i + 2 < recs.size(); ++i) CHECK_FALSE(recs[i].error);
}

}  // namespace
}  // namespace newsie
