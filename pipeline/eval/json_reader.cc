#include "pipeline/eval/json_reader.h"

#include <google/protobuf/util/json_util.h>

#include <fstream>
#include <sstream>

namespace newsie {

StatusOr<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

StatusOr<std::vector<google::protobuf::Struct>> ReadJsonRecords(const std::string& path) {
  auto data = ReadWholeFile(path);
  if (!data.ok()) return data.status();
  std::string_view s = *data;
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  std::vector<google::protobuf::Struct> out;
  size_t first = s.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && s[first] == '[') {
    // A JSON array: wrap it so it parses as a Struct.
    google::protobuf::Struct wrap;
    std::string json("{\"a\":");
    json.append(s);
    json.push_back('}');
    auto st = google::protobuf::util::JsonStringToMessage(json, &wrap);
    if (!st.ok()) return InvalidArgumentError(path + ": " + std::string(st.message()));
    for (const auto& v : wrap.fields().at("a").list_value().values()) {
      if (v.has_struct_value()) out.push_back(v.struct_value());
    }
    return out;
  }
  size_t pos = 0, lineno = 0;
  while (pos < s.size()) {
    size_t e = s.find('\n', pos);
    if (e == std::string_view::npos) e = s.size();
    std::string_view line = s.substr(pos, e - pos);
    ++lineno;
    pos = e + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    google::protobuf::Struct rec;
    auto st = google::protobuf::util::JsonStringToMessage(std::string(line), &rec);
    if (!st.ok()) {
      return InvalidArgumentError(path + ":" + std::to_string(lineno) + ": " +
                                  std::string(st.message()));
    }
    out.push_back(std::move(rec));
  }
  return out;
}

std::string JsonString(const google::protobuf::Struct& s, const std::string& key) {
  auto it = s.fields().find(key);
  if (it == s.fields().end()) return "";
  if (it->second.has_string_value()) return it->second.string_value();
  if (it->second.kind_case() == google::protobuf::Value::kNumberValue) {
    std::ostringstream os;
    os.precision(17);
    os << it->second.number_value();
    return os.str();
  }
  return "";
}

const google::protobuf::ListValue* JsonList(const google::protobuf::Struct& s,
                                            const std::string& key) {
  auto it = s.fields().find(key);
  if (it == s.fields().end() || !it->second.has_list_value()) return nullptr;
  return &it->second.list_value();
}

}  // namespace newsie
