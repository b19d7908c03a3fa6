// `newsie cat FILE... [--format jsonl|text] [-o OUT]`: reads records (binary
// or JSON lines, detected) and writes them as JSON lines or as the readable
// summary.
#include <boost/program_options.hpp>
#include <iostream>
#include <string>
#include <vector>

#include "pipeline/output_file.h"
#include "tools/cli.h"
#include "pipeline/record_reader.h"
#include "pipeline/record_writer.h"

namespace newsie::cli {
namespace po = boost::program_options;

int RunCat(int argc, char** argv) {
  std::vector<std::string> inputs;
  std::string output = "-", format = "jsonl";
  po::options_description desc(
      "usage: newsie cat FILE... [--format jsonl|text|pb] [-o OUT]\n\n"
      "Reads newsie records, as written by `newsie extract --format pb` or\n"
      "`--format jsonl` (detected; gzip allowed; '-' for stdin), and writes them\n"
      "as JSON lines (the same bytes `extract --format jsonl` writes), a readable\n"
      "summary, or binary. Exit status: 0 ok, 2 unreadable or corrupt input.\n\noptions");
  desc.add_options()
      ("help,h", "show this help")
      ("format,f", po::value(&format)->default_value("jsonl"), "jsonl, text or pb")
      ("output,o", po::value(&output), "output file ('-' = stdout, the default)");
  po::variables_map vm;
  if (auto code = ParseCommandLine(argc, argv, "cat", desc, &inputs, &vm)) return *code;
  if (inputs.empty()) {
    std::cerr << "newsie cat: no FILE given (see newsie cat --help)\n";
    return 2;
  }
  auto fmt = ParseRecordFormat(format);
  if (!fmt.ok()) {
    std::cerr << "newsie cat: " << fmt.status().message() << "\n";
    return 2;
  }
  std::vector<std::unique_ptr<RecordReader>> readers;
  for (const std::string& in : inputs) {
    auto r = RecordReader::Open(in);
    if (!r.ok()) {
      std::cerr << "newsie cat: " << r.status().message() << "\n";
      return 2;
    }
    readers.push_back(std::move(r).value());
  }
  auto out = OutputFile::Open(output);
  if (!out.ok()) {
    std::cerr << "newsie cat: " << out.status().message() << "\n";
    return 2;
  }
  newsie::v1::ArticleRecord rec;
  std::string bytes;
  for (auto& r : readers) {
    for (;;) {
      auto more = r->Next(&rec);
      Status st = more.ok() ? OkStatus() : more.status();
      if (st.ok() && !*more) break;
      if (st.ok()) {
        bytes.clear();
        st = AppendRecord(rec, *fmt, &bytes);
        if (st.ok()) st = (*out)->Write(bytes);
      }
      if (!st.ok()) {
        std::cerr << "newsie cat: " << st.message() << "\n";
        return 2;
      }
    }
  }
  Status st = (*out)->Commit();
  if (!st.ok()) {
    std::cerr << "newsie cat: " << st.message() << "\n";
    return 2;
  }
  return 0;
}

}  // namespace newsie::cli
