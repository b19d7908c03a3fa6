// The newsie command run as a subprocess on the bundled examples and on
// generated inputs.
#include <doctest/doctest.h>
#include <google/protobuf/util/json_util.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "newsie/v1/document.pb.h"
#include "tests/testing/temp_dir.h"

namespace newsie {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

const std::string kBinary = NEWSIE_BINARY;
const std::string kExamples = std::string(NEWSIE_SOURCE_DIR) + "/examples";
const std::string kDump = kExamples + "/wapo-ukraine.jsonl";

struct Result {
  int code = -1;
  std::string out, err;
};

// Runs `newsie ARGS` through the shell; ARGS is shell text.
Result Newsie(const TempDir& dir, const std::string& args, const std::string& stdin_file = "") {
  Result r;
  std::string cmd = "'" + kBinary + "' " + args + " >'" + (dir / "stdout") + "' 2>'" +
                    (dir / "stderr") + "'";
  if (!stdin_file.empty()) cmd += " <'" + stdin_file + "'";
  int st = std::system(cmd.c_str());
  r.code = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  r.out = ReadFile(dir / "stdout");
  r.err = ReadFile(dir / "stderr");
  return r;
}

std::vector<newsie::v1::ArticleRecord> ParseLines(const std::string& jsonl) {
  std::vector<newsie::v1::ArticleRecord> out;
  std::istringstream in(jsonl);
  std::string line;
  while (std::getline(in, line)) {
    newsie::v1::ArticleRecord rec;
    auto st = google::protobuf::util::JsonStringToMessage(line, &rec);
    REQUIRE_MESSAGE(st.ok(), st.ToString());
    out.push_back(rec);
  }
  return out;
}

bool Skip() {
  if (kBinary.empty() || !std::filesystem::exists(kBinary)) {
    MESSAGE("SKIPPED: newsie binary not built (NEWSIE_BUILD_TOOLS=OFF)");
    return true;
  }
  return false;
}

TEST_CASE("newsie extract: one valid record per article version of the sample dump") {
  if (Skip()) return;
  TempDir dir;
  Result r = Newsie(dir, "extract '" + kDump + "' --format jsonl");
  REQUIRE(r.code == 0);
  auto recs = ParseLines(r.out);
  REQUIRE(recs.size() == 2);
  for (int v = 0; v < 2; ++v) {
    const auto& a = recs[v].article();
    CHECK(a.article_id() == "wapo-ukraine-blinken-lavrov");
    CHECK(a.version() == v);
    CHECK(recs[v].schema_version() == "newsie.v1");
    CHECK(recs[v].extractors_size() >= 1);
    CHECK_FALSE(recs[v].error());
    CHECK(a.text().find("Blinken") != std::string::npos);
  }
  CHECK(recs[0].article().date() == "2022-02-01");
  CHECK(r.err.find("read 2 records, wrote 2, failed 0") != std::string::npos);
}

TEST_CASE("newsie extract --format pb then newsie cat gives the JSON lines, byte for byte") {
  if (Skip()) return;
  TempDir dir;
  for (const char* extra : {"", "--emit-numbers --emit-sentences"}) {
    CAPTURE(extra);
    Result j = Newsie(dir, "extract '" + kDump + "' " + extra + " --format jsonl -o '" +
                               (dir / "out.jsonl") + "'");
    REQUIRE(j.code == 0);
    Result p = Newsie(dir, "extract '" + kDump + "' " + extra + " --format pb -o '" +
                               (dir / "out.pb") + "'");
    REQUIRE(p.code == 0);
    Result c = Newsie(dir, "cat '" + (dir / "out.pb") + "'");
    REQUIRE(c.code == 0);
    CHECK(c.out == ReadFile(dir / "out.jsonl"));
    CHECK(ReadFile(dir / "out.pb") != ReadFile(dir / "out.jsonl"));
  }
  // No temporary files are left beside the outputs.
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
    CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
  }
}

TEST_CASE("newsie extract: the plain-text seeds and stdin work too") {
  if (Skip()) return;
  TempDir dir;
  Result r = Newsie(dir, "extract '" + kExamples + "/seeds' --format text");
  REQUIRE(r.code == 0);
  CHECK(r.out.find("== 000_c2912abda2022bc4 version 0  2022-02-01") != std::string::npos);
  CHECK(r.out.find("== 001_8c466d227e559753") != std::string::npos);
  CHECK(r.out.find("entities (") != std::string::npos);
  CHECK(r.out.find("quotes (") != std::string::npos);
  CHECK(r.out.find("claims (") != std::string::npos);

  Result s = Newsie(dir, "extract -", kDump);
  REQUIRE(s.code == 0);
  CHECK(ParseLines(s.out).size() == 2);
}

TEST_CASE("newsie extract: output is the same for every --threads") {
  if (Skip()) return;
  TempDir dir;
  std::string dump = ReadFile(kDump);
  std::string many;
  for (int i = 0; i < 6; ++i) many += dump;
  WriteFile(dir / "many.jsonl", many);
  Result one = Newsie(dir, "extract '" + (dir / "many.jsonl") + "' -j 1");
  Result four = Newsie(dir, "extract '" + (dir / "many.jsonl") + "' -j 4");
  REQUIRE(one.code == 0);
  REQUIRE(four.code == 0);
  CHECK(ParseLines(one.out).size() == 12);
  CHECK(one.out == four.out);
}

TEST_CASE("newsie extract: bad records, the summary line and exit codes") {
  if (Skip()) return;
  TempDir dir;
  std::string big;
  while (big.size() < (5u << 20)) big += "Officials said 9,000 troops returned. ";
  WriteFile(dir / "bad.jsonl",
            R"({"id": "a", "text": "Blinken spoke."})" "\n"
            R"({"id": "broken", )" "\n"
            "{\"id\": \"utf\", \"text\": \"Bad \xC3 byte.\"}\n"
            "\n"
            R"({"id": "empty", "text": ""})" "\n"
            R"({"id": "big", "text": ")" + big + "\"}\n");
  // The default pipeline: every stage must cope with a 5 MB article made of
  // one paragraph of attributions (each stage is linear in its size).
  Result r = Newsie(dir, "extract '" + (dir / "bad.jsonl") + "' -j 2 -o '" +
                             (dir / "out.jsonl") + "'");
  CHECK(r.code == 1);  // some records failed, but the run finished
  CHECK(r.err.find("read 5 records, wrote 5, failed 2 (1 blank line skipped)") !=
        std::string::npos);
  // Each failed record is named on stderr by file and line (blank line 4
  // counted), before the summary.
  const std::string bad_path = dir / "bad.jsonl";
  const size_t line2 = r.err.find(bad_path + ":2: reader: not a JSON object");
  const size_t line5 = r.err.find(bad_path + ":5: reader: ");
  CHECK(line2 != std::string::npos);
  CHECK(line5 != std::string::npos);
  CHECK(line2 < line5);
  CHECK(line5 < r.err.find("read 5 records"));
  auto recs = ParseLines(ReadFile(dir / "out.jsonl"));
  REQUIRE(recs.size() == 5);
  CHECK_FALSE(recs[0].error());
  CHECK(recs[1].error());
  REQUIRE(recs[1].diagnostics_size() >= 1);
  CHECK(recs[1].diagnostics(0).file() == dir / "bad.jsonl");
  CHECK(recs[1].diagnostics(0).line() == 2);
  CHECK_FALSE(recs[2].error());
  CHECK(recs[2].article().text() == "Bad \xEF\xBF\xBD byte.");
  CHECK(recs[3].error());
  CHECK(recs[3].article().article_id() == "empty");
  CHECK_FALSE(recs[4].error());
  CHECK(recs[4].article().text().size() == big.size());
}

TEST_CASE("newsie extract: --strict stops at the first error and leaves no output file") {
  if (Skip()) return;
  TempDir dir;
  WriteFile(dir / "bad.jsonl", R"({"id": "a", "text": "Blinken spoke."})" "\n"
                               R"({"id": "broken", )" "\n"
                               R"({"id": "c", "text": "Lavrov spoke."})" "\n");
  Result s = Newsie(dir, "extract --strict '" + (dir / "bad.jsonl") + "' -o '" +
                             (dir / "strict.jsonl") + "'");
  CHECK(s.code == 1);
  CHECK(s.err.find("bad.jsonl:2") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "strict.jsonl"));
  // Without --strict the same dump finishes, with exit status 1.
  Result n = Newsie(dir, "extract '" + (dir / "bad.jsonl") + "'");
  CHECK(n.code == 1);
  CHECK(ParseLines(n.out).size() == 3);
}

TEST_CASE("newsie extract: usage and input errors are exit 2 with a message") {
  if (Skip()) return;
  TempDir dir;
  Result m = Newsie(dir, "extract '" + (dir / "nope.jsonl") + "'");
  CHECK(m.code == 2);
  CHECK(m.err.find("nope.jsonl") != std::string::npos);
  Result u = Newsie(dir, "extract '" + kDump + "' --extractors text.icu,nope.x");
  CHECK(u.code == 2);
  CHECK(u.err.find("nope.x") != std::string::npos);
  CHECK(Newsie(dir, "extract '" + kDump + "' --format xml").code == 2);
  CHECK(Newsie(dir, "extract '" + kDump + "' --bogus-flag").code == 2);
  CHECK(Newsie(dir, "extract '" + kDump + "' --set novalue").code == 2);
  CHECK(Newsie(dir, "extract").code == 2);
}

TEST_CASE("newsie extract: a killed run leaves neither the output nor its temporary file") {
  if (Skip()) return;
  TempDir dir;
  // newsie waits on stdin (the pipe from sleep) with its temporary output
  // open; SIGTERM then must remove it. The pipe stays open until the kill
  // (a loaded machine or a sanitizer build may take seconds to load the
  // pipeline: with `sleep 1` the run could finish first), and the wait for
  // the temporary file allows 30 s.
  const std::string sleep_pid = dir.path() + ".sleep.pid";
  std::string script =
      "{ sleep 60 & echo $! > '" + sleep_pid + "'; wait; } | '" + kBinary + "' extract - -o '" +
      (dir / "out.jsonl") + "' 2>/dev/null & "
      "pid=$!; for i in $(seq 600); do ls -A '" + dir.path() + "' | grep -q tmp && break; "
      "sleep 0.05; done; ls -A '" + dir.path() + "' > '" + (dir / "before.txt") + "'; "
      "kill -TERM $pid; wait $pid; kill $(cat '" + sleep_pid + "'); rm -f '" + sleep_pid +
      "'; exit 0";
  REQUIRE(std::system(script.c_str()) == 0);  // runs in sh
  CHECK(ReadFile(dir / "before.txt").find(".out.jsonl.tmp-") != std::string::npos);
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
    std::string name = e.path().filename().string();
    CHECK_MESSAGE(name == "before.txt", name);
  }
}

TEST_CASE("newsie: every subcommand has --help") {
  if (Skip()) return;
  TempDir dir;
  Result top = Newsie(dir, "--help");
  REQUIRE(top.code == 0);
  for (const char* cmd : {"extract", "cat", "reconcile", "diff", "eval", "gazetteer", "bench",
                          "train-ner"}) {
    CAPTURE(cmd);
    CHECK(top.out.find(cmd) != std::string::npos);
    Result h = Newsie(dir, std::string(cmd) + " --help");
    CHECK(h.code == 0);
    CHECK(h.out.find("usage: newsie") != std::string::npos);
  }
  // Subcommands with required options still print their help.
  for (const char* cmd : {"eval ner", "eval quotes", "eval quantities", "eval numbers",
                          "eval reconcile", "gazetteer lint", "gazetteer candidates",
                          "gazetteer stats"}) {
    CAPTURE(cmd);
    Result h = Newsie(dir, std::string(cmd) + " --help");
    CHECK(h.code == 0);
    CHECK(h.out.find("usage: newsie") != std::string::npos);
  }
  CHECK(Newsie(dir, "no-such-command").code == 2);
}

}  // namespace
}  // namespace newsie
