// libFuzzer target: the input reader (ArticleReader) over any bytes, as
// users hand us dumps: a JSON-lines file, the same file as a .txt article,
// the same file gzip-compressed, and JSON lines with a small record limit.
// Raw inputs that start with the gzip magic exercise the decoder on
// corrupt or truncated streams.
//
// Checks beyond "no crash" (the reader's contract, pipeline/reader.h):
//   - every handed-out text is valid UTF-8 (bad bytes become U+FFFD);
//   - every error record carries an error diagnostic naming its file and,
//     for JSON lines, its line; lines only grow and stay inside the input;
//   - stats() counts every record handed out and every error among them;
//   - gzip changes nothing: the compressed copy yields the same records.
//
//   build-fuzz/reader_fuzzer -dict=tests/fuzz/reader.dict -max_len=4096 \
//       -timeout=10 -rss_limit_mb=2048 CORPUS tests/fuzz/seeds_reader
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/internal/utf8.h"
#include "pipeline/reader.h"
#include "tests/fuzz/scratch_file.h"

namespace {

std::string g_jsonl, g_txt, g_gz;  // scratch files, one set per process

[[noreturn]] void Fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "reader_fuzzer: %s: %s\n", what, detail.c_str());
  std::abort();
}

void WriteFile(const std::string& path, std::string_view bytes) {
  if (!newsie::fuzz::WriteScratch(path, bytes)) Fail("cannot write scratch file", path);
}

std::string Gzip(std::string_view bytes) {
  z_stream z{};
  if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
      Z_OK) {
    Fail("deflateInit2", "");
  }
  std::string out(deflateBound(&z, bytes.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  if (deflate(&z, Z_FINISH) != Z_STREAM_END) Fail("deflate", "");
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

struct Seen {
  bool error;
  uint64_t line;
  std::string text;
  bool operator==(const Seen&) const = default;
};

std::vector<Seen> ReadAll(const std::string& path, newsie::InputFormat format,
                          size_t max_record_bytes, uint64_t input_lines) {
  newsie::ReaderOptions opts;
  opts.format = format;
  opts.max_record_bytes = max_record_bytes;
  auto reader = newsie::ArticleReader::Open({path}, opts);
  if (!reader.ok()) Fail("Open", reader.status().message());
  std::vector<Seen> seen;
  uint64_t errors = 0;
  newsie::InputRecord in;
  while ((*reader)->Next(&in)) {
    if (in.file != path) Fail("record names another file", in.file);
    if (format == newsie::InputFormat::kJsonl) {
      const uint64_t prev = seen.empty() ? 0 : seen.back().line;
      // A read error after the last line is reported one line past it.
      if (in.line <= prev || in.line > input_lines + 1) {
        Fail("line out of order or past the input", std::to_string(in.line));
      }
    }
    if (!newsie::IsValidUtf8(in.doc.text())) Fail("text not UTF-8", path);
    if (in.error) {
      ++errors;
      const auto& ds = in.doc.diagnostics();
      bool named = std::any_of(ds.begin(), ds.end(), [&](const newsie::Diagnostic& d) {
        return d.severity == newsie::Severity::kError && d.file == path && d.line == in.line &&
               !d.message.empty();
      });
      if (!named) Fail("error record without a diagnostic naming file and line", path);
    }
    seen.push_back({in.error, in.line, std::string(in.doc.text())});
  }
  const newsie::ReaderStats& st = (*reader)->stats();
  if (st.records != seen.size() || st.errors != errors) {
    Fail("stats do not account for every record",
         std::to_string(st.records) + "/" + std::to_string(seen.size()) + " records, " +
             std::to_string(st.errors) + "/" + std::to_string(errors) + " errors");
  }
  return seen;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  g_jsonl = newsie::fuzz::ScratchPath("in.jsonl");
  g_txt = newsie::fuzz::ScratchPath("in.txt");
  g_gz = newsie::fuzz::ScratchPath("in.jsonl.gz");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const uint64_t lines = static_cast<uint64_t>(std::count(bytes.begin(), bytes.end(), '\n')) + 1;
  const std::string& jsonl = g_jsonl;
  const std::string& txt = g_txt;
  const std::string& gz = g_gz;
  WriteFile(jsonl, bytes);
  std::vector<Seen> plain = ReadAll(jsonl, newsie::InputFormat::kJsonl, size_t{64} << 20, lines);
  ReadAll(jsonl, newsie::InputFormat::kJsonl, 64, lines);
  WriteFile(txt, bytes);
  ReadAll(txt, newsie::InputFormat::kText, size_t{64} << 20, lines);
  ReadAll(txt, newsie::InputFormat::kText, 64, lines);
  // Inputs that are gzip streams themselves are not compressed again.
  if (bytes.substr(0, 2) != "\x1f\x8b") {
    WriteFile(gz, Gzip(bytes));
    if (ReadAll(gz, newsie::InputFormat::kJsonl, size_t{64} << 20, lines) != plain) {
      Fail("gzip-compressed input read differently", gz);
    }
  }
  return 0;
}
