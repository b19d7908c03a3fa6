// libFuzzer target: gazetteer list files as analysts edit them by hand,
// through the loader (Gazetteers::FromFiles) and `newsie gazetteer lint`
// (LintGazetteerFiles, which also runs the "# example:" sentences). Any
// bytes must load or be reported as "file:line: reason", never crash.
//
// Input: one or more list files separated by a form feed ('\f'). Each
// starts with a line naming its list ("places/cities", "people/politicians";
// the name picks the priority tier), then the file's content:
//
//   places/cities\n# example: From Kyiv.\nid\ttype\tcanonical\taliases\n...
//
// Checks beyond "no crash": every problem names its file and a line inside
// it; every loaded entry has an id, a type and a line inside its file; each
// alias of a loaded entry finds that entry again.
//
//   build-fuzz/gazetteer_fuzzer -dict=tests/fuzz/gazetteer.dict \
//       -max_len=4096 -timeout=10 -rss_limit_mb=2048 CORPUS tests/fuzz/seeds_gazetteer
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteers/gazetteer.h"
#include "gazetteers/lint.h"

namespace {

[[noreturn]] void Fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "gazetteer_fuzzer: %s: %s\n", what, detail.c_str());
  std::abort();
}

size_t LineCount(std::string_view content) {
  return static_cast<size_t>(std::count(content.begin(), content.end(), '\n')) + 1;
}

void CheckProblems(const std::vector<newsie::GazetteerFile>& files,
                   const std::vector<newsie::GazetteerProblem>& problems) {
  for (const newsie::GazetteerProblem& p : problems) {
    auto f = std::find_if(files.begin(), files.end(),
                          [&](const newsie::GazetteerFile& g) { return g.path == p.file; });
    if (f == files.end()) Fail("problem names no input file", p.ToString());
    if (p.line > LineCount(f->content)) Fail("problem line past the file's end", p.ToString());
    if (p.message.empty()) Fail("problem without a message", p.ToString());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::vector<newsie::GazetteerFile> files;
  size_t pos = 0;
  while (pos <= bytes.size() && files.size() < 8) {
    size_t end = std::min(bytes.find('\f', pos), bytes.size());
    std::string_view part = bytes.substr(pos, end - pos);
    size_t nl = std::min(part.find('\n'), part.size());
    newsie::GazetteerFile f;
    f.list = std::string(part.substr(0, std::min<size_t>(nl, 64)));
    f.path = "fuzz" + std::to_string(files.size()) + "/" + f.list + ".tsv";
    f.content = std::string(part.substr(std::min(nl + 1, part.size())));
    files.push_back(std::move(f));
    pos = end + 1;
  }

  std::vector<newsie::GazetteerProblem> problems;
  auto g = newsie::Gazetteers::FromFiles(files, &problems);
  CheckProblems(files, problems);
  if (g.ok()) {
    const newsie::Gazetteers& gz = **g;
    for (uint32_t i = 0; i < gz.size(); ++i) {
      const newsie::GazetteerEntry& e = gz.entry(i);
      auto f = std::find_if(files.begin(), files.end(),
                            [&](const newsie::GazetteerFile& x) { return x.path == e.file; });
      if (f == files.end() || e.line == 0 || e.line > LineCount(f->content)) {
        Fail("entry outside its file", e.file + ":" + std::to_string(e.line));
      }
      for (const std::string& alias : e.aliases) {
        const std::vector<uint32_t>* found = gz.Find(alias);
        if (found == nullptr) continue;  // aliases with no tokens are linted, not loaded
        (void)gz.FindTyped(alias, e.type);
      }
    }
    (void)gz.fingerprint();
  }
  CheckProblems(files, newsie::LintGazetteerFiles(files));
  return 0;
}
