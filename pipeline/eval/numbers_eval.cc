#include "pipeline/eval/numbers_eval.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include "pipeline/eval/json_reader.h"

namespace newsie {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return s;
}

// score.py's spec_marks: the implementations named in NotSupported*.
std::set<std::string> Marks(const google::protobuf::Struct& c) {
  std::set<std::string> out;
  std::string s = JsonString(c, "NotSupported") + "," + JsonString(c, "NotSupportedByDesign");
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, ',')) {
    size_t b = item.find_first_not_of(" \t"), e = item.find_last_not_of(" \t");
    if (b == std::string::npos) continue;
    out.insert(Lower(item.substr(b, e - b + 1)));
  }
  return out;
}

bool ParseDouble(std::string s, double* v) {
  s.erase(std::remove(s.begin(), s.end(), ','), s.end());
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  if (b == std::string::npos) return false;
  s = s.substr(b, e - b + 1);
  char* end = nullptr;
  *v = std::strtod(s.c_str(), &end);
  return end && *end == 0;
}

}  // namespace

bool ValuesEqual(double a, double b, double rel) {
  if (a == b) return true;
  if (std::isnan(a) || std::isnan(b) || std::isinf(a) || std::isinf(b)) return false;
  return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b));
}

StatusOr<NumbersEvalResult> EvalNumbers(const std::string& spec_path, const Pipeline& p,
                                        const NumbersEvalOptions& opt, std::ostream* log) {
  auto spec = ReadJsonRecords(spec_path);
  if (!spec.ok()) return spec.status();
  std::set<std::string> oos;
  for (const std::string& s : opt.out_of_scope) oos.insert(Lower(s));
  NumbersEvalResult r;
  int shown = 0;
  for (size_t i = 0; i < spec->size(); ++i) {
    const auto& c = (*spec)[i];
    ++r.cases;
    auto marks = Marks(c);
    if (marks.count("dotnet")) {
      ++r.skipped;
      continue;
    }
    std::vector<double> gold;
    if (const auto* res = JsonList(c, "Results")) {
      for (const auto& v : res->values()) {
        if (!v.has_struct_value()) continue;
        auto it = v.struct_value().fields().find("Resolution");
        if (it == v.struct_value().fields().end() || !it->second.has_struct_value()) continue;
        double d;
        if (ParseDouble(JsonString(it->second.struct_value(), "value"), &d)) gold.push_back(d);
      }
    }
    std::string input = JsonString(c, "Input");
    Document doc(input);
    doc.mutable_meta().article_id = "case-" + std::to_string(i);
    p.Run(doc);
    std::vector<double> pred;
    for (const NumberMention& n : doc.numbers()) {
      if (n.kind == NumberKind::kOrdinal) continue;
      pred.push_back(n.value);
    }
    auto covers = [](const std::vector<double>& a, const std::vector<double>& b) {
      return std::all_of(a.begin(), a.end(), [&](double x) {
        return std::any_of(b.begin(), b.end(), [&](double y) { return ValuesEqual(x, y); });
      });
    };
    bool ok = covers(gold, pred) && covers(pred, gold);
    ++r.evaluated;
    r.passed += ok;
    if (marks.empty()) { ++r.clean_n; r.clean_pass += ok; }
    if (marks.count("javascript")) { ++r.js_n; r.js_pass += ok; }
    if (gold.empty()) { ++r.negative_n; r.negative_pass += ok; }
    if (!oos.count(Lower(input))) { ++r.in_scope_n; r.in_scope_pass += ok; }
    if (!ok && log && shown < opt.show) {
      ++shown;
      *log << "FAIL case-" << i << " '" << input << "' gold=[";
      for (double g : gold) *log << g << " ";
      *log << "] pred=[";
      for (double g : pred) *log << g << " ";
      *log << "]\n";
    }
  }
  return r;
}

}  // namespace newsie
