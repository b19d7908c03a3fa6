#include "pipeline/eval/json_value.h"

#include <cstdlib>

namespace newsie {
namespace {

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  Status Parse(JsonValue* v) {
    NEWSIE_RETURN_IF_ERROR(Value(v, 0));
    Ws();
    if (i_ != s_.size()) return Error("trailing characters");
    return OkStatus();
  }

 private:
  Status Error(const char* what) const {
    return InvalidArgumentError("JSON: " + std::string(what) + " at byte " +
                                std::to_string(i_));
  }
  void Ws() {
    while (i_ < s_.size() &&
           (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) {
      ++i_;
    }
  }
  bool Lit(std::string_view w) {
    if (s_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    return true;
  }

  Status Value(JsonValue* v, int depth) {
    if (depth > 200) return Error("nesting too deep");
    Ws();
    if (i_ >= s_.size()) return Error("unexpected end");
    char c = s_[i_];
    if (c == '{') {
      v->kind = JsonValue::kObject;
      ++i_;
      Ws();
      if (i_ < s_.size() && s_[i_] == '}') {
        ++i_;
        return OkStatus();
      }
      for (;;) {
        Ws();
        std::string key;
        NEWSIE_RETURN_IF_ERROR(String(&key));
        Ws();
        if (i_ >= s_.size() || s_[i_] != ':') return Error("expected ':'");
        ++i_;
        v->members.emplace_back(std::move(key), JsonValue());
        NEWSIE_RETURN_IF_ERROR(Value(&v->members.back().second, depth + 1));
        Ws();
        if (i_ < s_.size() && s_[i_] == ',') {
          ++i_;
          continue;
        }
        if (i_ < s_.size() && s_[i_] == '}') {
          ++i_;
          return OkStatus();
        }
        return Error("expected ',' or '}'");
      }
    }
    if (c == '[') {
      v->kind = JsonValue::kArray;
      ++i_;
      Ws();
      if (i_ < s_.size() && s_[i_] == ']') {
        ++i_;
        return OkStatus();
      }
      for (;;) {
        v->items.emplace_back();
        NEWSIE_RETURN_IF_ERROR(Value(&v->items.back(), depth + 1));
        Ws();
        if (i_ < s_.size() && s_[i_] == ',') {
          ++i_;
          continue;
        }
        if (i_ < s_.size() && s_[i_] == ']') {
          ++i_;
          return OkStatus();
        }
        return Error("expected ',' or ']'");
      }
    }
    if (c == '"') {
      v->kind = JsonValue::kString;
      return String(&v->str);
    }
    if (Lit("true")) {
      v->kind = JsonValue::kBool;
      v->boolean = true;
      return OkStatus();
    }
    if (Lit("false")) {
      v->kind = JsonValue::kBool;
      return OkStatus();
    }
    if (Lit("null")) return OkStatus();
    size_t start = i_;
    while (i_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[i_])) ||
                              s_[i_] == '-' || s_[i_] == '+' || s_[i_] == '.' ||
                              s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
    }
    if (start == i_) return Error("unexpected character");
    std::string num(s_.substr(start, i_ - start));
    char* end = nullptr;
    v->kind = JsonValue::kNumber;
    v->number = std::strtod(num.c_str(), &end);
    if (end != num.c_str() + num.size()) return Error("bad number");
    return OkStatus();
  }

  static void AppendUtf8(uint32_t cp, std::string* out) {
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  bool Hex4(uint32_t* out) {
    if (i_ + 4 > s_.size()) return false;
    uint32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s_[i_ + k];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= c - '0';
      else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
      else return false;
    }
    i_ += 4;
    *out = v;
    return true;
  }

  Status String(std::string* out) {
    if (i_ >= s_.size() || s_[i_] != '"') return Error("expected string");
    ++i_;
    for (;;) {
      size_t run = i_;
      while (i_ < s_.size() && s_[i_] != '"' && s_[i_] != '\\') ++i_;
      out->append(s_.substr(run, i_ - run));
      if (i_ >= s_.size()) return Error("unterminated string");
      if (s_[i_] == '"') {
        ++i_;
        return OkStatus();
      }
      ++i_;  // backslash
      if (i_ >= s_.size()) return Error("unterminated escape");
      char e = s_[i_++];
      switch (e) {
        case '"': out->push_back('"'); break;
        case '\\': out->push_back('\\'); break;
        case '/': out->push_back('/'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          uint32_t cp;
          if (!Hex4(&cp)) return Error("bad \\u escape");
          if (cp >= 0xD800 && cp < 0xDC00 && s_.substr(i_, 2) == "\\u") {
            size_t save = i_;
            i_ += 2;
            uint32_t lo;
            if (Hex4(&lo) && lo >= 0xDC00 && lo < 0xE000) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else {
              i_ = save;
              cp = 0xFFFD;
            }
          } else if (cp >= 0xD800 && cp < 0xE000) {
            cp = 0xFFFD;
          }
          AppendUtf8(cp, out);
          break;
        }
        default:
          return Error("bad escape");
      }
    }
  }

  std::string_view s_;
  size_t i_ = 0;
};

}  // namespace

const JsonValue* JsonValue::Get(std::string_view key) const {
  for (const auto& [k, v] : members) {
    if (k == key) return &v;
  }
  return nullptr;
}

StatusOr<JsonValue> ParseJson(std::string_view text) {
  JsonValue v;
  Parser p(text);
  NEWSIE_RETURN_IF_ERROR(p.Parse(&v));
  return v;
}

}  // namespace newsie
