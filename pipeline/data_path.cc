#include "pipeline/data_path.h"

#include <cstdlib>
#include <filesystem>

#ifndef NEWSIE_SOURCE_DIR
#define NEWSIE_SOURCE_DIR "."
#endif

namespace newsie {
namespace fs = std::filesystem;

std::string FindDataPath(std::string_view relative) {
  std::error_code ec;
  const fs::path rel(relative);
  if (const char* env = std::getenv("NEWSIE_DATA_DIR"); env && *env) {
    fs::path p = fs::path(env) / rel;
    if (fs::exists(p, ec)) return p.string();
  }
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path();
         dir = dir.parent_path()) {
      fs::path p = dir / rel;
      if (fs::exists(p, ec)) return p.string();
      if (fs::exists(dir / "CMakeLists.txt", ec)) break;  // reached a source root
    }
  }
  return (fs::path(NEWSIE_SOURCE_DIR) / rel).string();
}

}  // namespace newsie
