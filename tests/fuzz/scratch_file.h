// Scratch files for the libFuzzer targets that hand their input to a
// reader taking paths: one path per process and name under $TMPDIR (else
// /tmp), removed at exit.
//
//   static const std::string path = newsie::fuzz::ScratchPath("in.jsonl");
//
// Thread safety: call from LLVMFuzzerInitialize (libFuzzer runs one thread).
#ifndef NEWSIE_TESTS_FUZZ_SCRATCH_FILE_H_
#define NEWSIE_TESTS_FUZZ_SCRATCH_FILE_H_

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace newsie::fuzz {

// "$TMPDIR/newsie_fuzz_<pid>_<name>", removed when the process exits.
inline std::string ScratchPath(std::string_view name) {
  static std::vector<std::string>* paths = [] {
    auto* v = new std::vector<std::string>;
    std::atexit([] {
      for (const std::string& p : *paths) std::remove(p.c_str());
    });
    return v;
  }();
  const char* tmp = std::getenv("TMPDIR");
  paths->push_back(std::string(tmp && *tmp ? tmp : "/tmp") + "/newsie_fuzz_" +
                   std::to_string(getpid()) + "_" + std::string(name));
  return paths->back();
}

// Replaces the file's content with `bytes`; false when it cannot be written.
inline bool WriteScratch(const std::string& path, std::string_view bytes) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(f);
}

}  // namespace newsie::fuzz

#endif  // NEWSIE_TESTS_FUZZ_SCRATCH_FILE_H_
