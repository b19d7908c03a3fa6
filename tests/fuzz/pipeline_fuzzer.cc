// libFuzzer target: "any bytes in, no crash" for the default pipeline
// (text.icu, entities, numbers, quotes, claims), loaded once as
// `newsie extract` loads it (shipped gazetteers and model). Each input runs
//   1. as one article's text, bytes as they are, then into a JSON record;
//   2. when it holds a '{', as a JSON-lines dump through ArticleReader (the
//      reader's UTF-8 repair, JSON parser and field mapping), every good
//      record through the pipeline and the record writer.
// Every span and index must stay inside its text and layers
// (tests/testing/span_check.h); anything else aborts, so AddressSanitizer,
// UBSan and a layer out of range all count as crashes.
//
// Built only with -DNEWSIE_FUZZ=ON and clang (docs/testing.md):
//   build-fuzz/pipeline_fuzzer -dict=tests/fuzz/pipeline.dict \
//       -max_len=4096 -timeout=10 -rss_limit_mb=2048 CORPUS tests/fuzz/seeds
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <google/protobuf/stubs/logging.h>

#include "pipeline/reader.h"
#include "pipeline/record_writer.h"
#include "tests/fuzz/scratch_file.h"
#include "tests/testing/span_check.h"
#include "tools/pipeline_options.h"

namespace {

using newsie::Document;

const newsie::cli::LoadedPipeline* g_pipeline = nullptr;
std::string g_jsonl_path;  // scratch file for the reader path, one per process

// Runs the pipeline over `doc`, checks its layers and writes its record.
void RunOne(Document& doc, std::string_view origin) {
  g_pipeline->pipeline->Run(doc);
  if (const char* bad = newsie::testing::FirstOutOfRange(doc)) {
    std::fprintf(stderr, "pipeline_fuzzer: %s out of range (%.*s)\n", bad,
                 static_cast<int>(origin.size()), origin.data());
    std::abort();
  }
  newsie::v1::ArticleRecord rec;
  newsie::DocumentToRecord(doc, g_pipeline->record, &rec);
  std::string out;
  if (!newsie::AppendRecord(rec, newsie::RecordFormat::kJsonl, &out).ok()) {
    std::fprintf(stderr, "pipeline_fuzzer: record not written (%.*s)\n",
                 static_cast<int>(origin.size()), origin.data());
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  // Raw article bytes need not be UTF-8 (the reader repairs them, the
  // pipeline API does not ask it); protobuf logs each such record, which
  // would drown the fuzzer's output. Its checks are not what is tested here.
  google::protobuf::SetLogHandler(nullptr);
  newsie::cli::PipelineFlags flags;
  flags.emit_numbers = true;
  flags.emit_sentences = true;
  auto loaded = newsie::cli::LoadPipeline(flags);
  if (!loaded.ok()) {
    std::fprintf(stderr, "pipeline_fuzzer: %s\n", loaded.status().message().c_str());
    std::exit(2);
  }
  g_pipeline = loaded->release();
  g_jsonl_path = newsie::fuzz::ScratchPath("pipeline.jsonl");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  {
    Document doc{std::string(bytes)};
    RunOne(doc, "article text");
  }
  if (bytes.find('{') == std::string_view::npos) return 0;
  if (!newsie::fuzz::WriteScratch(g_jsonl_path, bytes)) std::abort();
  newsie::ReaderOptions opts;
  opts.format = newsie::InputFormat::kJsonl;
  auto reader = newsie::ArticleReader::Open({g_jsonl_path}, opts);
  if (!reader.ok()) std::abort();  // the file was just written
  newsie::InputRecord in;
  while ((*reader)->Next(&in)) {
    if (in.error) continue;
    RunOne(in.doc, "JSON-lines record");
  }
  return 0;
}
