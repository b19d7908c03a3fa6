// `newsie gazetteer ...` run as a subprocess.
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "tests/testing/temp_dir.h"

namespace newsie {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

struct Result {
  int code = -1;
  std::string out, err;
};

Result Gazetteer(const TempDir& dir, const std::string& args) {
  Result r;
  std::string cmd = "'" + std::string(NEWSIE_BINARY) + "' gazetteer " + args + " >'" +
                    (dir / "stdout") + "' 2>'" + (dir / "stderr") + "'";
  int st = std::system(cmd.c_str());
  r.code = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  r.out = ReadFile(dir / "stdout");
  r.err = ReadFile(dir / "stderr");
  return r;
}

bool Skip() {
  if (std::string(NEWSIE_BINARY).empty() || !std::filesystem::exists(NEWSIE_BINARY)) {
    MESSAGE("SKIPPED: newsie binary not built (NEWSIE_BUILD_TOOLS=OFF)");
    return true;
  }
  return false;
}

TEST_CASE("newsie gazetteer lint: file:line findings and exit status") {
  if (Skip()) return;
  TempDir dir;
  std::filesystem::create_directories(dir / "lists");
  WriteFile(dir / "lists/a.tsv",
            "# License: CC0-1.0.\nid\ttype\tcanonical\taliases\n"
            "o:1\tORGANIZATION\tAcme\t\no:1\tORGANIZATION\tAcme Two\t\n");
  Result r = Gazetteer(dir, "lint '" + (dir / "lists") + "'");
  CHECK(r.code == 1);
  CHECK(r.out == (dir / "lists/a.tsv") + ":4: duplicate id 'o:1' (first at " +
                     (dir / "lists/a.tsv") + ":3)\n");
  CHECK(r.err.find("1 errors") != std::string::npos);

  WriteFile(dir / "lists/a.tsv",
            "# License: CC0-1.0.\nid\ttype\tcanonical\taliases\no:1\tORGANIZATION\tAcme\t\n");
  r = Gazetteer(dir, "lint '" + (dir / "lists") + "'");
  CHECK(r.code == 0);
  CHECK(r.out.empty());

  r = Gazetteer(dir, "lint '" + (dir / "missing") + "'");
  CHECK(r.code == 2);
}

TEST_CASE("newsie gazetteer: --help for each subcommand; usage errors exit 2") {
  if (Skip()) return;
  TempDir dir;
  for (const char* sub : {"lint", "candidates", "stats"}) {
    Result r = Gazetteer(dir, std::string(sub) + " --help");
    CHECK_MESSAGE(r.code == 0, sub);
    CHECK(r.out.find(std::string("usage: newsie gazetteer ") + sub) == 0);
  }
  CHECK(Gazetteer(dir, "frobnicate").code == 2);
  CHECK(Gazetteer(dir, "stats").code == 2);  // no DUMP
}

TEST_CASE("newsie gazetteer stats: hits over a dump, with an analyst's extra list") {
  if (Skip()) return;
  TempDir dir;
  std::filesystem::create_directories(dir / "mine");
  WriteFile(dir / "mine/local.tsv",
            "# License: CC0-1.0.\nid\ttype\tcanonical\taliases\nx:1\tORGANIZATION\tZorblax Institute\t\n");
  WriteFile(dir / "dump.jsonl",
            "{\"id\": \"a1\", \"text\": \"The Zorblax Institute said NATO met in Kyiv.\"}\n"
            "{\"id\": \"a2\", \"text\": \"The zorblax institute disagreed.\"}\n");
  Result r = Gazetteer(dir, "stats -q --gazetteers '" + (dir / "mine") + "' '" + (dir / "dump.jsonl") + "'");
  CHECK(r.code == 0);
  CHECK(r.out.find("# lists over 2 documents") == 0);
  CHECK(r.out.find("local\t1\t1\t2\n") != std::string::npos);
  CHECK(r.out.find("x:1\tlocal\tORGANIZATION\tZorblax Institute\t2\t2\n") != std::string::npos);
  CHECK(r.out.find("org:nato\torgs/international\tORGANIZATION\tNATO\t1\t1\n") != std::string::npos);
}

TEST_CASE("newsie gazetteer candidates: confidence and flags columns; --rows-only pastes four") {
  if (Skip()) return;
  TempDir dir;
  WriteFile(dir / "dump.jsonl",
            "{\"id\": \"a1\", \"text\": \"Marla Quixtrom met the mayor on Monday. Quixtrom said "
            "the talks went well, and Marla Quixtrom left.\"}\n"
            "{\"id\": \"a2\", \"text\": \"Marla Quixtrom spoke to reporters in Boston on Tuesday.\"}\n");
  Result r = Gazetteer(dir, "candidates -q --min-confidence 0 '" + (dir / "dump.jsonl") + "'");
  CHECK(r.code == 0);
  CHECK(r.out.rfind("id\ttype\tcanonical\taliases\tcount\tarticles\tconfidence\tflags\t"
                    "example_1\texample_2\n", 0) == 0);
  Result rows = Gazetteer(dir, "candidates -q --rows-only '" + (dir / "dump.jsonl") + "'");
  CHECK(rows.code == 0);
  CHECK(rows.out.find("id\t") == std::string::npos);
  size_t line_start = 0;
  for (size_t nl; (nl = rows.out.find('\n', line_start)) != std::string::npos; line_start = nl + 1) {
    std::string line = rows.out.substr(line_start, nl - line_start);
    CHECK(std::count(line.begin(), line.end(), '\t') == 3);
  }
}

}  // namespace
}  // namespace newsie
