#include "pipeline/internal/json_object.h"

#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "pipeline/internal/utf8.h"

namespace newsie {
namespace {

constexpr int kMaxDepth = 64;

// The first '"' or '\\' in [p, end), or `end`: most of an article's text
// holds neither, so this runs 16 bytes at a time.
const char* SkipPlain(const char* p, const char* end) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const int mask = _mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
    if (mask != 0) return p + __builtin_ctz(mask);
    p += 16;
  }
#endif
  while (p < end && *p != '"' && *p != '\\') ++p;
  return p;
}

class Parser {
 public:
  Parser(std::string_view text, size_t* bad_escapes)
      : p_(text.data()), end_(text.data() + text.size()), begin_(text.data()),
        bad_escapes_(bad_escapes) {}

  Status Object(std::vector<JsonField>* fields) {
    SkipSpace();
    if (!Eat('{')) return Error("expected '{'");
    SkipSpace();
    if (!Eat('}')) {
      for (;;) {
        SkipSpace();
        JsonField f;
        if (!String(&f.key)) return Error(error_ ? error_ : "expected a string key");
        SkipSpace();
        if (!Eat(':')) return Error("expected ':'");
        SkipSpace();
        if (!Value(&f, 0)) return Error(error_ ? error_ : "bad value");
        fields->push_back(std::move(f));
        SkipSpace();
        if (Eat(',')) continue;
        if (Eat('}')) break;
        return Error("expected ',' or '}'");
      }
    }
    SkipSpace();
    if (p_ != end_) return Error("unexpected data after the object");
    return OkStatus();
  }

 private:
  Status Error(const char* what) const {
    return InvalidArgumentError("byte " + std::to_string(p_ - begin_) + ": " + what);
  }
  void SkipSpace() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }
  bool Eat(char c) {
    if (p_ < end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }
  bool Literal(const char* word) {
    size_t n = std::strlen(word);
    if (static_cast<size_t>(end_ - p_) < n || std::memcmp(p_, word, n) != 0) {
      error_ = "bad literal";
      return false;
    }
    p_ += n;
    return true;
  }

  // `f` null: validate and skip.
  bool Value(JsonField* f, int depth) {
    if (p_ >= end_) {
      error_ = "unexpected end of line";
      return false;
    }
    switch (*p_) {
      case '"': {
        if (f) f->type = JsonField::kString;
        std::string scratch;
        return String(f ? &f->value : &scratch);
      }
      case '{': case '[': {
        if (f) f->type = *p_ == '{' ? JsonField::kObject : JsonField::kArray;
        if (depth >= kMaxDepth) {
          error_ = "nesting too deep";
          return false;
        }
        return Nested(depth + 1);
      }
      case 't': if (f) { f->type = JsonField::kBool; f->value = "true"; } return Literal("true");
      case 'f': if (f) { f->type = JsonField::kBool; f->value = "false"; } return Literal("false");
      case 'n': if (f) f->type = JsonField::kNull; return Literal("null");
      default: {
        const char* start = p_;
        if (!Number()) return false;
        if (f) {
          f->type = JsonField::kNumber;
          f->value.assign(start, p_);
        }
        return true;
      }
    }
  }

  bool Nested(int depth) {
    const char close = *p_ == '{' ? '}' : ']';
    const bool object = close == '}';
    ++p_;
    SkipSpace();
    if (Eat(close)) return true;
    for (;;) {
      SkipSpace();
      if (object) {
        std::string key;
        if (!String(&key)) return false;
        SkipSpace();
        if (!Eat(':')) {
          error_ = "expected ':'";
          return false;
        }
        SkipSpace();
      }
      if (!Value(nullptr, depth)) return false;
      SkipSpace();
      if (Eat(',')) continue;
      if (Eat(close)) return true;
      error_ = object ? "expected ',' or '}'" : "expected ',' or ']'";
      return false;
    }
  }

  bool Number() {
    const char* start = p_;
    Eat('-');
    if (p_ < end_ && *p_ == '0') {
      ++p_;
    } else if (p_ < end_ && *p_ >= '1' && *p_ <= '9') {
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    } else {
      p_ = start;
      error_ = "expected a value";
      return false;
    }
    if (Eat('.')) {
      if (p_ >= end_ || *p_ < '0' || *p_ > '9') { error_ = "bad number"; return false; }
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      if (!Eat('+')) Eat('-');
      if (p_ >= end_ || *p_ < '0' || *p_ > '9') { error_ = "bad number"; return false; }
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    return true;
  }

  int Hex4() {
    if (end_ - p_ < 4) return -1;
    int v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = p_[i];
      int d = (c >= '0' && c <= '9') ? c - '0'
              : (c >= 'a' && c <= 'f') ? c - 'a' + 10
              : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    p_ += 4;
    return v;
  }

  bool String(std::string* out) {
    if (!Eat('"')) {
      error_ = "expected a string";
      return false;
    }
    out->clear();
    for (;;) {
      const char* run = p_;
      // Control characters are tolerated: dumps in the wild hold raw tabs.
      p_ = SkipPlain(p_, end_);
      out->append(run, p_);
      if (p_ >= end_) {
        error_ = "unterminated string";
        return false;
      }
      if (*p_++ == '"') return true;
      if (p_ >= end_) {
        error_ = "unterminated string";
        return false;
      }
      char c = *p_++;
      switch (c) {
        case '"': out->push_back('"'); break;
        case '\\': out->push_back('\\'); break;
        case '/': out->push_back('/'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          int cp = Hex4();
          if (cp < 0) {
            error_ = "bad \\u escape";
            return false;
          }
          if (cp >= 0xD800 && cp <= 0xDBFF && end_ - p_ >= 6 && p_[0] == '\\' &&
              p_[1] == 'u') {
            const char* save = p_;
            p_ += 2;
            int lo = Hex4();
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
              AppendUtf8(0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00), out);
              break;
            }
            p_ = save;
          }
          if (cp >= 0xD800 && cp <= 0xDFFF) {
            out->append(kReplacementChar);
            ++*bad_escapes_;
          } else {
            AppendUtf8(static_cast<uint32_t>(cp), out);
          }
          break;
        }
        default:
          error_ = "bad escape";
          return false;
      }
    }
  }

  const char* p_;
  const char* end_;
  const char* begin_;
  size_t* bad_escapes_;
  const char* error_ = nullptr;
};

}  // namespace

Status ParseJsonObject(std::string_view text, std::vector<JsonField>* fields,
                       size_t* bad_escapes) {
  fields->clear();
  Parser p(text, bad_escapes);
  return p.Object(fields);
}

}  // namespace newsie
