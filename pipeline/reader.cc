#include "pipeline/reader.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>

#include "pipeline/internal/gz_source.h"
#include "pipeline/internal/json_object.h"
#include "pipeline/internal/utf8.h"

namespace newsie {
namespace fs = std::filesystem;
namespace {

constexpr const char* kStage = "reader";

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The file name with a ".gz" suffix removed.
std::string_view WithoutGz(std::string_view name) {
  return EndsWith(name, ".gz") ? name.substr(0, name.size() - 3) : name;
}

bool IsInputFileName(std::string_view name) {
  std::string_view n = WithoutGz(name);
  return EndsWith(n, ".jsonl") || EndsWith(n, ".json") || EndsWith(n, ".ndjson") ||
         EndsWith(n, ".txt");
}

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

void AddReaderDiagnostic(InputRecord* rec, Severity sev, std::string message) {
  Diagnostic d;
  d.severity = sev;
  d.stage = kStage;
  d.message = std::move(message);
  d.file = rec->file;
  d.line = rec->line;
  rec->doc.AddDiagnostic(std::move(d));
}

void Fail(InputRecord* rec, std::string message) {
  rec->error = true;
  AddReaderDiagnostic(rec, Severity::kError, std::move(message));
}

void NoteReplacements(InputRecord* rec, size_t n) {
  if (n == 0) return;
  AddReaderDiagnostic(rec, Severity::kWarning,
                      "replaced " + std::to_string(n) +
                          " invalid UTF-8 sequence(s) with U+FFFD");
}

std::string Origin(const std::string& file, uint64_t line) {
  return line ? file + ":" + std::to_string(line) : file;
}

// Parses a version given as a number ("3", "3.0") or a numeric string.
bool ParseVersion(std::string_view s, int64_t* out) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  if (ec == std::errc() && p == s.data() + s.size()) return true;
  double d = 0;
  auto [p2, ec2] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (ec2 == std::errc() && p2 == s.data() + s.size() && d == std::floor(d) &&
      std::fabs(d) < 9e15) {
    *out = static_cast<int64_t>(d);
    return true;
  }
  return false;
}

}  // namespace

StatusOr<InputFormat> ParseInputFormat(const std::string& name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "jsonl" || name == "json") return InputFormat::kJsonl;
  if (name == "txt" || name == "text") return InputFormat::kText;
  return InvalidArgumentError("unknown input format '" + name +
                              "' (expected auto, jsonl or txt)");
}

std::string SplitDateHeader(std::string_view text, size_t* body_begin) {
  *body_begin = 0;
  size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  // "date " + YYYY-MM-DD
  if (text.substr(i, 5) != "date " || text.size() < i + 15) return "";
  std::string_view d = text.substr(i + 5, 10);
  for (size_t k = 0; k < 10; ++k) {
    bool want_dash = (k == 4 || k == 7);
    if (want_dash ? d[k] != '-' : (d[k] < '0' || d[k] > '9')) return "";
  }
  size_t j = i + 15;
  if (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j]))) return "";
  while (j < text.size() && std::isspace(static_cast<unsigned char>(text[j]))) ++j;
  *body_begin = j;
  return std::string(d);
}

std::string IdFromFileName(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  std::string_view n = WithoutGz(name);
  if (EndsWith(n, ".txt")) n.remove_suffix(4);
  return std::string(n);
}

StatusOr<std::unique_ptr<ArticleReader>> ArticleReader::Open(
    const std::vector<std::string>& inputs, const ReaderOptions& options) {
  std::unique_ptr<ArticleReader> r(new ArticleReader());
  r->options_ = options;
  if (inputs.empty()) return InvalidArgumentError("no input given");
  for (const std::string& in : inputs) {
    if (in == "-") {
      r->files_.push_back(in);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(in, ec);
    if (ec || !fs::exists(st)) return NotFoundError("input not found: " + in);
    if (fs::is_directory(st)) {
      std::vector<std::string> found;
      auto it = fs::recursive_directory_iterator(
          in, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {  // hidden: skip, and its subtree
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file() && IsInputFileName(name)) {
          found.push_back(it->path().string());
        }
      }
      if (ec) return NotFoundError("cannot read directory " + in + ": " + ec.message());
      if (found.empty()) {
        return NotFoundError("no input files (*.jsonl, *.json, *.ndjson, *.txt, "
                             "optionally .gz) under " + in);
      }
      std::sort(found.begin(), found.end());
      r->files_.insert(r->files_.end(), found.begin(), found.end());
      continue;
    }
    if (access(in.c_str(), R_OK) != 0) return NotFoundError("cannot read input: " + in);
    r->files_.push_back(in);
  }
  return r;
}

ArticleReader::~ArticleReader() = default;

bool ArticleReader::OpenNext() {
  src_.reset();
  while (next_file_ < files_.size()) {
    file_ = files_[next_file_++];
    auto src = GzSource::Open(file_);
    if (!src.ok()) continue;  // vanished since Open(); reported by Next()
    src_ = std::move(src).value();
    ++stats_.files;
    line_ = 0;
    text_done_ = false;
    InputFormat f = options_.format;
    if (f == InputFormat::kAuto) {
      std::string_view n = WithoutGz(file_);
      if (EndsWith(n, ".txt")) {
        f = InputFormat::kText;
      } else if (EndsWith(n, ".jsonl") || EndsWith(n, ".json") || EndsWith(n, ".ndjson")) {
        f = InputFormat::kJsonl;
      } else {
        std::string_view head = src_->Peek(4096);
        size_t k = head.find_first_not_of(" \t\r\n");
        if (head.substr(0, 3) == "\xEF\xBB\xBF") k = head.find_first_not_of(" \t\r\n", 3);
        f = (k != std::string_view::npos && head[k] == '{') ? InputFormat::kJsonl
                                                            : InputFormat::kText;
      }
    }
    text_mode_ = f == InputFormat::kText;
    return true;
  }
  return false;
}

bool ArticleReader::Next(InputRecord* rec) {
  for (;;) {
    if (!src_) {
      const size_t before = next_file_;
      if (!OpenNext()) {
        if (next_file_ == before) return false;
        // A file that could not be opened after all: an error record.
      }
      if (!src_) {
        *rec = InputRecord();
        rec->file = file_;
        rec->doc.mutable_meta().origin = file_;
        Fail(rec, "cannot open " + file_);
        ++stats_.records;
        ++stats_.errors;
        return true;
      }
    }
    *rec = InputRecord();
    rec->file = file_;
    if (text_mode_) {
      if (text_done_) {
        src_.reset();
        continue;
      }
      text_done_ = true;
      ReadTextFile(rec);
    } else {
      bool too_long = false;
      if (!src_->ReadLine(&line_buf_, options_.max_record_bytes, &too_long)) {
        Status st = src_->status();
        src_.reset();
        if (st.ok()) continue;
        rec->line = line_ + 1;
        rec->doc.mutable_meta().origin = Origin(file_, rec->line);
        Fail(rec, st.message());
      } else {
        rec->line = ++line_;
        if (too_long) {
          rec->doc.mutable_meta().origin = Origin(file_, rec->line);
          Fail(rec, "line longer than " + std::to_string(options_.max_record_bytes) +
                        " bytes; skipped");
        } else if (IsBlank(line_buf_)) {
          ++stats_.blank_lines;
          continue;
        } else {
          ReadJsonLine(line_buf_, rec);
        }
        // A read error after the last good line still gets reported.
      }
    }
    ++stats_.records;
    if (rec->error) ++stats_.errors;
    stats_.bytes += rec->doc.text().size();
    return true;
  }
}

void ArticleReader::ReadJsonLine(std::string& line, InputRecord* rec) {
  ArticleMeta& meta = rec->doc.mutable_meta();
  meta.origin = Origin(file_, rec->line);
  const size_t bad_bytes = SanitizeUtf8(&line);
  std::vector<JsonField> fields;
  size_t bad_escapes = 0;
  Status st = ParseJsonObject(line, &fields, &bad_escapes);
  if (!st.ok()) {
    Fail(rec, "not a JSON object: " + st.message());
    return;
  }
  std::string text;
  bool has_text = false;
  std::string id, fallback_id, source, date;
  for (JsonField& f : fields) {
    const std::string& k = f.key;
    const bool known = k == "article_id" || k == "id" || k == "version" || k == "date" ||
                       k == "date_publish" || k == "title" || k == "url" ||
                       k == "source" || k == "source_domain" || k == "text" ||
                       k == "maintext";
    if (!known || f.type == JsonField::kNull) continue;
    if (f.type == JsonField::kObject || f.type == JsonField::kArray) {
      AddReaderDiagnostic(rec, Severity::kWarning,
                          "field '" + k + "' is not a string or number; ignored");
      continue;
    }
    if (k == "version") {
      int64_t v = 0;
      if (ParseVersion(f.value, &v)) {
        meta.version = v;
      } else {
        AddReaderDiagnostic(rec, Severity::kWarning,
                            "version '" + f.value + "' is not an integer; ignored");
      }
    } else if (k == "article_id") {
      id = std::move(f.value);
    } else if (k == "id") {
      if (id.empty()) fallback_id = std::move(f.value);
    } else if (k == "date") {
      date = std::move(f.value);
    } else if (k == "date_publish") {
      if (date.empty()) date = std::move(f.value);
    } else if (k == "title") {
      meta.title = std::move(f.value);
    } else if (k == "url") {
      meta.url = std::move(f.value);
    } else if (k == "source") {
      source = std::move(f.value);
    } else if (k == "source_domain") {
      if (source.empty()) source = std::move(f.value);
    } else if (k == "text") {
      text = std::move(f.value);
      has_text = true;
    } else if (k == "maintext") {
      if (!has_text) text = std::move(f.value);
      has_text = true;
    }
  }
  if (id.empty()) id = std::move(fallback_id);
  // news-please records have no id; versions of one article share the url.
  if (id.empty()) id = meta.url;
  if (id.empty()) id = IdFromFileName(file_) + ":" + std::to_string(rec->line);
  meta.article_id = std::move(id);
  meta.date = std::move(date);
  meta.source = std::move(source);
  if (!has_text) {
    Fail(rec, "no text (expected a 'text' or 'maintext' field)");
    return;
  }
  if (IsBlank(text)) {
    Fail(rec, "empty text");
    return;
  }
  NoteReplacements(rec, bad_bytes + bad_escapes);
  ArticleMeta m = std::move(meta);
  std::vector<Diagnostic> diags = rec->doc.diagnostics();
  rec->doc = Document(std::move(text));
  rec->doc.mutable_meta() = std::move(m);
  for (Diagnostic& d : diags) rec->doc.AddDiagnostic(std::move(d));
}

void ArticleReader::ReadTextFile(InputRecord* rec) {
  ArticleMeta& meta = rec->doc.mutable_meta();
  meta.origin = file_;
  meta.article_id = file_ == "-" ? "stdin" : IdFromFileName(file_);
  std::string raw;
  while (src_->Read(size_t{1} << 20, &raw) > 0) {
    if (raw.size() > options_.max_record_bytes) {
      Fail(rec, "file larger than " + std::to_string(options_.max_record_bytes) +
                    " bytes; skipped");
      return;
    }
  }
  if (!src_->status().ok()) {
    Fail(rec, src_->status().message());
    return;
  }
  size_t start = raw.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  size_t body = 0;
  std::string date = SplitDateHeader(std::string_view(raw).substr(start), &body);
  if (start + body > 0) raw.erase(0, start + body);
  const size_t bad = SanitizeUtf8(&raw);
  if (IsBlank(raw)) {
    Fail(rec, "empty text");
    return;
  }
  ArticleMeta m = std::move(meta);
  m.date = std::move(date);
  rec->doc = Document(std::move(raw));
  rec->doc.mutable_meta() = std::move(m);
  NoteReplacements(rec, bad);
}

}  // namespace newsie
