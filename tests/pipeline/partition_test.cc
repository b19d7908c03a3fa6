#include "pipeline/partition.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace newsie {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream os;
  os << in.rdbuf();
  return os.str();
}

// A fresh directory removed at the end of the test.
struct TempDir {
  TempDir() {
    path = fs::temp_directory_path() /
           ("newsie-partition-test-" + std::to_string(getpid()) + "-" +
            std::to_string(counter++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  fs::path path;
  static inline int counter = 0;
};

TEST_CASE("Fnv1a64: matches the published FNV-1a 64-bit test vectors") {
  CHECK(Fnv1a64("") == 0xcbf29ce484222325ULL);
  CHECK(Fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(Fnv1a64("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("PartitionOf: is the hash modulo M, stable and within range") {
  CHECK(PartitionOf("foobar", 7) == 0x85944171f73967e8ULL % 7);
  CHECK(PartitionOf("anything", 1) == 0);
  for (uint32_t m : {2u, 16u, 1000u}) {
    CHECK(PartitionOf("nyt-mubarak-is-on", m) < m);
    CHECK(PartitionOf("nyt-mubarak-is-on", m) == PartitionOf("nyt-mubarak-is-on", m));
  }
  CHECK(PartitionPath("out/shard3", 12) == "out/shard3.part12");
}

TEST_CASE("PartitionedOutput: routes records by article id and writes every file") {
  TempDir dir;
  const std::string prefix = (dir.path / "s0").string();
  auto out = PartitionedOutput::Open(prefix, 4);
  REQUIRE(out.ok());
  // Versions of one article interleaved with another's.
  REQUIRE((*out)->Write("a", "a v1\n").ok());
  REQUIRE((*out)->Write("b", "b v1\n").ok());
  REQUIRE((*out)->Write("a", "a v2\n").ok());
  // Nothing visible before Commit().
  CHECK_FALSE(fs::exists(PartitionPath(prefix, 0)));
  REQUIRE((*out)->Commit().ok());

  std::string all;
  for (uint32_t j = 0; j < 4; ++j) {
    REQUIRE(fs::exists(PartitionPath(prefix, j)));  // empty ones too
    all += ReadAll(PartitionPath(prefix, j));
  }
  CHECK(all.size() == 15);
  CHECK(ReadAll(PartitionPath(prefix, PartitionOf("a", 4))).find("a v1\na v2\n") !=
        std::string::npos);
  CHECK(ReadAll(PartitionPath(prefix, PartitionOf("b", 4))).find("b v1\n") !=
        std::string::npos);
  // Only the four partition files: no temporary files left behind.
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 4);
}

TEST_CASE("PartitionedOutput: a rerun replaces the files instead of appending") {
  TempDir dir;
  const std::string prefix = (dir.path / "s0").string();
  for (int run = 0; run < 2; ++run) {
    auto out = PartitionedOutput::Open(prefix, 2);
    REQUIRE(out.ok());
    REQUIRE((*out)->Write("a", "a v1\n").ok());
    REQUIRE((*out)->Commit().ok());
  }
  CHECK(ReadAll(PartitionPath(prefix, PartitionOf("a", 2))) == "a v1\n");
}

TEST_CASE("PartitionedOutput: an uncommitted run leaves no files") {
  TempDir dir;
  {
    auto out = PartitionedOutput::Open((dir.path / "s0").string(), 3);
    REQUIRE(out.ok());
    REQUIRE((*out)->Write("a", "a v1\n").ok());
  }
  CHECK(fs::is_empty(dir.path));
}

TEST_CASE("PartitionedOutput: rejects bad partition counts and prefixes") {
  TempDir dir;
  CHECK(PartitionedOutput::Open((dir.path / "s").string(), 0).status().code() ==
        StatusCode::kInvalidArgument);
  CHECK(PartitionedOutput::Open((dir.path / "s").string(), kMaxPartitions + 1)
            .status()
            .code() == StatusCode::kInvalidArgument);
  CHECK(PartitionedOutput::Open("-", 2).status().code() == StatusCode::kInvalidArgument);
  CHECK_FALSE(PartitionedOutput::Open((dir.path / "missing/s").string(), 2).ok());
}

}  // namespace
}  // namespace newsie
