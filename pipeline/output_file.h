// OutputFile: where records go. A named file is written under a temporary
// name in the same directory and renamed into place by Commit(), so an
// interrupted run never leaves a truncated file that looks whole; "-" (or
// "") is stdout.
//
//   auto out = OutputFile::Open("records.jsonl");
//   NEWSIE_RETURN_IF_ERROR((*out)->Write(bytes));
//   NEWSIE_RETURN_IF_ERROR((*out)->Commit());  // else the temp file is removed
//
// A temporary file is also removed when SIGINT, SIGTERM or SIGHUP ends the
// process (if the program has not set its own handlers).
//
// Thread safety: one thread at a time per OutputFile.
#ifndef NEWSIE_PIPELINE_OUTPUT_FILE_H_
#define NEWSIE_PIPELINE_OUTPUT_FILE_H_

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "pipeline/status.h"

namespace newsie {

class OutputFile {
 public:
  // NotFound when the directory is missing or not writable.
  static StatusOr<std::unique_ptr<OutputFile>> Open(const std::string& path);
  ~OutputFile();  // removes the temporary file unless committed
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  Status Write(std::string_view bytes);
  // Flushes, closes and renames the file into place (stdout: flushes).
  Status Commit();

  const std::string& path() const { return path_; }
  bool is_stdout() const { return stdout_; }

 private:
  OutputFile() = default;
  std::string path_;
  std::string temp_;
  std::FILE* f_ = nullptr;
  bool stdout_ = false;
  bool committed_ = false;
  int temp_slot_ = -1;  // in the signal-cleanup table
};

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_OUTPUT_FILE_H_
