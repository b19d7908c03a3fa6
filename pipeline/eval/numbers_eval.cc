#include "pipeline/eval/numbers_eval.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include "pipeline/data_path.h"
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

const google::protobuf::Struct* Field(const google::protobuf::Struct& s, const char* key) {
  auto it = s.fields().find(key);
  if (it == s.fields().end() || !it->second.has_struct_value()) return nullptr;
  return &it->second.struct_value();
}

// One gold result or predicted number, as the model compares them: the value
// and, for currency and dimension, a unit ("iso" holds a currency code).
struct Item {
  double value = 0;
  std::string unit, iso;
};

bool Matches(SpecModel m, const Item& gold, const Item& pred) {
  if (!ValuesEqual(gold.value, pred.value)) return false;
  switch (m) {
    case SpecModel::kCurrency:
      // An ISO code names the currency; a bare name ("Dollar", "Franc") is
      // what the text wrote, which newsie's unit names with its country.
      if (!gold.iso.empty()) return gold.iso == pred.iso;
      return !gold.unit.empty() && WordContains(gold.unit, pred.unit);
    case SpecModel::kDimension:
      return gold.unit == pred.unit;
    default:
      return true;
  }
}

// Whether model `m` scores numbers of kind `k`: the NumberModel every
// number but ordinals, the others one kind each.
bool Scored(SpecModel m, NumberKind k) {
  switch (m) {
    case SpecModel::kNumber:
      return k != NumberKind::kOrdinal;
    case SpecModel::kOrdinal:
      return k == NumberKind::kOrdinal;
    case SpecModel::kPercent:
      return k == NumberKind::kPercent;
    case SpecModel::kCurrency:
      return k == NumberKind::kMoney;
    case SpecModel::kDimension:
      return k == NumberKind::kMeasure;
  }
  return false;
}

std::string Describe(const Item& it) {
  std::ostringstream os;
  os << it.value;
  if (!it.iso.empty() || !it.unit.empty()) os << " " << (it.iso.empty() ? it.unit : it.iso);
  if (!it.iso.empty() && !it.unit.empty()) os << "/" << it.unit;
  return os.str();
}

}  // namespace

const char* SpecModelName(SpecModel m) {
  switch (m) {
    case SpecModel::kNumber:
      return "number";
    case SpecModel::kOrdinal:
      return "ordinal";
    case SpecModel::kPercent:
      return "percent";
    case SpecModel::kCurrency:
      return "currency";
    case SpecModel::kDimension:
      return "dimension";
  }
  return "number";
}

StatusOr<SpecModel> DetectSpecModel(std::string_view type_name, std::string_view spec_path) {
  std::string t = Lower(std::string(type_name));
  if (t == "number") return SpecModel::kNumber;
  if (t == "ordinal" || t == "ordinal.relative") return SpecModel::kOrdinal;
  if (t == "percentage") return SpecModel::kPercent;
  if (t == "currency") return SpecModel::kCurrency;
  if (t == "dimension") return SpecModel::kDimension;
  if (t.empty()) {
    std::string base(spec_path.substr(spec_path.find_last_of('/') + 1));
    base = Lower(base);
    static const std::pair<const char*, SpecModel> kFiles[] = {
        {"-numbermodel", SpecModel::kNumber},
        {"-ordinalmodel", SpecModel::kOrdinal},
        {"-percentmodel", SpecModel::kPercent},
        {"-currencymodel", SpecModel::kCurrency},
        {"-dimensionmodel", SpecModel::kDimension}};
    for (const auto& [suffix, m] : kFiles) {
      if (base.find(suffix) != std::string::npos) return m;
    }
  }
  return InvalidArgumentError("no scoring for the Recognizers-Text model of " +
                              std::string(spec_path) + " (TypeName '" + t + "')");
}

std::string OutOfScopeFile(SpecModel m) {
  return std::string("extractors/numbers/out_of_scope_") + SpecModelName(m) + "_model.txt";
}

std::string NormalizeSpecUnit(SpecModel m, std::string_view spec_unit) {
  std::string u = Lower(std::string(spec_unit));
  // Names whose newsie form is not the spec's with metric spellings.
  static const std::pair<const char*, const char*> kCurrency[] = {
      {"pound", "pound sterling"}, {"pence", "penny"}, {"netherlands guilder", "dutch guilder"}};
  static const std::pair<const char*, const char*> kDimension[] = {{"pound", "pound-mass"},
                                                                   {"metric ton", "tonne"}};
  if (m == SpecModel::kCurrency) {
    for (const auto& [from, to] : kCurrency) {
      if (u == from) return to;
    }
    return u;
  }
  for (const auto& [from, to] : kDimension) {
    if (u == from) return to;
  }
  for (const char* part : {"meter", "liter"}) {
    for (size_t at = u.find(part); at != std::string::npos; at = u.find(part, at + 1)) {
      u.replace(at + 3, 2, "re");  // "meter" -> "metre", "liter" -> "litre"
    }
  }
  return u;
}

bool WordContains(const std::string& a, const std::string& b) {
  return a == b || (std::string(" ") + b + " ").find(std::string(" ") + a + " ") !=
                       std::string::npos;
}

bool ValuesEqual(double a, double b, double rel) {
  if (a == b) return true;
  if (std::isnan(a) || std::isnan(b) || std::isinf(a) || std::isinf(b)) return false;
  return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b));
}

StatusOr<NumbersEvalResult> EvalNumbers(const std::string& spec_path, const Pipeline& p,
                                        const NumbersEvalOptions& opt, std::ostream* log) {
  auto spec = ReadJsonRecords(spec_path);
  if (!spec.ok()) return spec.status();
  std::string type_name;
  for (const auto& c : *spec) {
    const auto* res = JsonList(c, "Results");
    if (res && res->values_size() > 0 && res->values(0).has_struct_value()) {
      type_name = JsonString(res->values(0).struct_value(), "TypeName");
      break;
    }
  }
  auto model = DetectSpecModel(type_name, spec_path);
  if (!model.ok()) return model.status();
  const SpecModel m = *model;

  std::set<std::string> oos;
  for (const std::string& s : opt.out_of_scope) oos.insert(Lower(s));
  std::string oos_path =
      opt.out_of_scope_file.empty() ? FindDataPath(OutOfScopeFile(m)) : opt.out_of_scope_file;
  if (std::ifstream in(oos_path); in) {
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line[0] != '#') oos.insert(Lower(line));
    }
  } else if (!opt.out_of_scope_file.empty()) {
    // A list the caller names must be there: a mistyped path would
    // silently score every case as in scope.
    return NotFoundError("out-of-scope list " + oos_path + ": cannot open");
  }

  NumbersEvalResult r;
  r.model = m;
  int shown = 0;
  for (size_t i = 0; i < spec->size(); ++i) {
    const auto& c = (*spec)[i];
    ++r.cases;
    auto marks = Marks(c);
    if (marks.count("dotnet")) {
      ++r.skipped;
      continue;
    }
    std::vector<Item> gold;
    if (const auto* res = JsonList(c, "Results")) {
      for (const auto& v : res->values()) {
        if (!v.has_struct_value()) continue;
        const auto* resolution = Field(v.struct_value(), "Resolution");
        if (!resolution) continue;
        std::string value = JsonString(*resolution, "value");
        // PercentModel writes "5%".
        if (m == SpecModel::kPercent && !value.empty() && value.back() == '%') value.pop_back();
        Item g;
        if (!ParseDouble(value, &g.value)) continue;
        if (m == SpecModel::kCurrency || m == SpecModel::kDimension) {
          g.unit = NormalizeSpecUnit(m, JsonString(*resolution, "unit"));
          if (m == SpecModel::kCurrency) g.iso = JsonString(*resolution, "isoCurrency");
        }
        gold.push_back(std::move(g));
      }
    }
    std::string input = JsonString(c, "Input");
    Document doc(input);
    doc.mutable_meta().article_id = "case-" + std::to_string(i);
    p.Run(doc);
    std::vector<Item> pred;
    for (const NumberMention& n : doc.numbers()) {
      if (Scored(m, n.kind)) pred.push_back({n.value, n.unit, n.currency});
    }
    // Every item of `xs` matches one of `ys`; `xs_gold` says which is the gold.
    auto covers = [m](const std::vector<Item>& xs, const std::vector<Item>& ys, bool xs_gold) {
      return std::all_of(xs.begin(), xs.end(), [&](const Item& x) {
        return std::any_of(ys.begin(), ys.end(), [&](const Item& y) {
          return xs_gold ? Matches(m, x, y) : Matches(m, y, x);
        });
      });
    };
    bool ok = covers(gold, pred, true) && covers(pred, gold, false);
    ++r.evaluated;
    r.passed += ok;
    if (marks.empty()) {
      ++r.clean_n;
      r.clean_pass += ok;
    }
    if (marks.count("javascript")) {
      ++r.js_n;
      r.js_pass += ok;
    }
    if (gold.empty()) {
      ++r.negative_n;
      r.negative_pass += ok;
    }
    bool in_scope = !oos.count(Lower(input));
    if (in_scope) {
      ++r.in_scope_n;
      r.in_scope_pass += ok;
    }
    if (!ok && log && shown < opt.show) {
      ++shown;
      *log << "FAIL case-" << i << (in_scope ? "" : " (out of scope)") << " '" << input
           << "' gold=[";
      for (const Item& g : gold) *log << Describe(g) << "; ";
      *log << "] pred=[";
      for (const Item& q : pred) *log << Describe(q) << "; ";
      *log << "]\n";
    }
  }
  return r;
}

}  // namespace newsie
