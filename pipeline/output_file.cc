#include "pipeline/output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace newsie {
namespace fs = std::filesystem;

StatusOr<std::unique_ptr<OutputFile>> OutputFile::Open(const std::string& path) {
  std::unique_ptr<OutputFile> out(new OutputFile());
  out->path_ = path;
  if (path.empty() || path == "-") {
    out->stdout_ = true;
    out->f_ = stdout;
    return out;
  }
  fs::path p(path);
  fs::path dir = p.parent_path().empty() ? fs::path(".") : p.parent_path();
  // Hidden, and named after its target, so a leftover is easy to place.
  std::string name = p.filename().string();
  name.insert(name.begin(), '.');
  name += ".tmp-XXXXXX";
  std::string tmpl = (dir / name).string();
  int fd = mkstemp(tmpl.data());
  if (fd < 0) {
    return NotFoundError("cannot write " + path + ": " + std::strerror(errno));
  }
  // mkstemp creates 0600; give the file the mode a plain create would.
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  out->temp_ = tmpl;
  out->f_ = fdopen(fd, "wb");
  if (!out->f_) {
    close(fd);
    unlink(tmpl.c_str());
    return NotFoundError("cannot write " + path + ": " + std::strerror(errno));
  }
  setvbuf(out->f_, nullptr, _IOFBF, 1 << 20);
  return out;
}

OutputFile::~OutputFile() {
  if (stdout_ || committed_) return;
  if (f_) std::fclose(f_);
  if (!temp_.empty()) unlink(temp_.c_str());
}

Status OutputFile::Write(std::string_view bytes) {
  if (committed_) return FailedPreconditionError("write after commit: " + path_);
  if (bytes.empty()) return OkStatus();
  if (std::fwrite(bytes.data(), 1, bytes.size(), f_) != bytes.size()) {
    return DataLossError("cannot write " + (stdout_ ? std::string("stdout") : path_) +
                         ": " + std::strerror(errno));
  }
  return OkStatus();
}

Status OutputFile::Commit() {
  if (committed_) return OkStatus();
  committed_ = true;
  if (stdout_) {
    if (std::fflush(f_) != 0) return DataLossError("cannot write stdout");
    return OkStatus();
  }
  bool ok = std::fflush(f_) == 0;
  ok = (fsync(fileno(f_)) == 0) && ok;
  ok = (std::fclose(f_) == 0) && ok;
  f_ = nullptr;
  if (!ok || std::rename(temp_.c_str(), path_.c_str()) != 0) {
    std::string err = std::strerror(errno);
    unlink(temp_.c_str());
    return DataLossError("cannot write " + path_ + ": " + err);
  }
  return OkStatus();
}

}  // namespace newsie
