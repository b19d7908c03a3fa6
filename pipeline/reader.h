// ArticleReader: reads article versions from the inputs newsie accepts and
// hands them out one Document at a time, in input order.
//
// Inputs: JSON-lines dumps (one article version a line: article_id or id,
// version, date, title, url, source, text; or news-please's maintext,
// date_publish, source_domain, url, title), plain .txt files (one article;
// the id is the file name; a leading "date YYYY-MM-DD" header becomes the
// date and is not part of the text), directories (searched recursively for
// *.jsonl, *.json, *.ndjson and *.txt, sorted by path), and "-" for stdin.
// Any of them may be gzip-compressed (detected by magic bytes).
//
//   auto reader = ArticleReader::Open({"dump.jsonl.gz", "more/"});
//   if (!reader.ok()) { std::cerr << reader.status().message(); return 2; }
//   InputRecord in;
//   while ((*reader)->Next(&in)) { if (!in.error) pipeline.Run(in.doc); ... }
//
// Bad input never stops the reader: invalid UTF-8 is replaced by U+FFFD
// (with a warning diagnostic); a line that is not a JSON object, has no
// text, or is over the size limit becomes an error record (error = true,
// a diagnostic naming file and line). Blank lines are skipped and counted.
//
// Thread safety: one thread at a time.
#ifndef NEWSIE_PIPELINE_READER_H_
#define NEWSIE_PIPELINE_READER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/document.h"
#include "pipeline/status.h"

namespace newsie {

class GzSource;

enum class InputFormat { kAuto, kJsonl, kText };

// "auto", "jsonl", "txt"/"text"; InvalidArgument otherwise.
StatusOr<InputFormat> ParseInputFormat(const std::string& name);

struct ReaderOptions {
  // kAuto: *.txt is text, *.jsonl/*.json/*.ndjson is JSON lines, anything
  // else (and stdin) is JSON lines when it starts with '{', text otherwise.
  InputFormat format = InputFormat::kAuto;
  // Longer records (a line, or a .txt file) become error records.
  size_t max_record_bytes = size_t{64} << 20;
};

// One input record. When `error` is set the text could not be read (the
// document holds what is known of the meta and an error diagnostic) and
// it must not be extracted.
struct InputRecord {
  Document doc;
  bool error = false;
  std::string file;   // the input path as given ("-" for stdin)
  uint64_t line = 0;  // 1-based line for JSON lines, 0 for whole files
};

struct ReaderStats {
  uint64_t files = 0;        // input files opened
  uint64_t records = 0;      // records handed out, error records included
  uint64_t errors = 0;       // error records among them
  uint64_t blank_lines = 0;  // blank lines in JSON-lines input, skipped
  uint64_t bytes = 0;        // bytes of text handed out
};

class ArticleReader {
 public:
  // Expands directories and checks that every input exists and can be
  // opened. NotFound naming the path otherwise (the CLI exits 2).
  static StatusOr<std::unique_ptr<ArticleReader>> Open(
      const std::vector<std::string>& inputs, const ReaderOptions& options = {});
  ~ArticleReader();

  // Fills `*rec` with the next record; false at the end of all inputs.
  bool Next(InputRecord* rec);

  const ReaderStats& stats() const { return stats_; }
  // The files to be read, directories expanded.
  const std::vector<std::string>& files() const { return files_; }

 private:
  ArticleReader() = default;
  bool OpenNext();  // opens files_[next_file_]; false when none left
  void ReadJsonLine(std::string& line, InputRecord* rec);
  void ReadTextFile(InputRecord* rec);

  ReaderOptions options_;
  std::vector<std::string> files_;
  size_t next_file_ = 0;
  std::unique_ptr<GzSource> src_;
  std::string file_;  // current file
  bool text_mode_ = false;
  bool text_done_ = false;
  uint64_t line_ = 0;
  std::string line_buf_;
  ReaderStats stats_;
};

// Splits a leading "date YYYY-MM-DD" header (whitespace around it allowed)
// off `text`: returns the date and sets *body_begin to the first byte after
// the header and the whitespace following it. Empty when there is none.
std::string SplitDateHeader(std::string_view text, size_t* body_begin);

// The article id of a .txt input: its file name without directories,
// ".gz" and ".txt".
std::string IdFromFileName(const std::string& path);

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_READER_H_
