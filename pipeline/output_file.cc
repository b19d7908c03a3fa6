#include "pipeline/output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>

namespace newsie {
namespace fs = std::filesystem;
namespace {

// Temporary files still being written, removed if SIGINT, SIGTERM or
// SIGHUP ends the process so that ^C leaves nothing behind.
constexpr int kMaxTemps = 1024;
std::atomic<char*> g_temps[kMaxTemps];

void RemoveTempsAndDie(int sig) {
  for (auto& t : g_temps) {
    if (char* p = t.load()) unlink(p);  // async-signal-safe
  }
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

int RegisterTemp(const std::string& path) {
  static std::once_flag once;
  std::call_once(once, [] {
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
      struct sigaction old {};
      if (sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_DFL) {
        std::signal(sig, RemoveTempsAndDie);
      }
    }
  });
  char* copy = strdup(path.c_str());
  for (int i = 0; i < kMaxTemps; ++i) {
    char* expected = nullptr;
    if (g_temps[i].compare_exchange_strong(expected, copy)) return i;
  }
  std::free(copy);
  return -1;  // too many at once: left to the rename/unlink paths
}

void UnregisterTemp(int slot) {
  if (slot < 0) return;
  std::free(g_temps[slot].exchange(nullptr));
}

}  // namespace

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
  out->temp_slot_ = RegisterTemp(tmpl);
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
  UnregisterTemp(temp_slot_);
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
    UnregisterTemp(temp_slot_);
    return DataLossError("cannot write " + path_ + ": " + err);
  }
  UnregisterTemp(temp_slot_);
  return OkStatus();
}

}  // namespace newsie
