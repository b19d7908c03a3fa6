#include "pipeline/internal/fast_json.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/stubs/strutil.h>

#include "newsie/v1/mention.pb.h"
#include "newsie/v1/span.pb.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsie::internal {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

constexpr char kHex[] = "0123456789abcdef";

void AppendU16Escape(uint32_t unit, std::string* out) {
  char buf[6] = {'\\', 'u', kHex[(unit >> 12) & 15], kHex[(unit >> 8) & 15],
                 kHex[(unit >> 4) & 15], kHex[unit & 15]};
  out->append(buf, 6);
}

// Code points above ASCII that protobuf 3.21 writes as \u escapes: C1
// controls, the soft hyphen and invisible format characters.
bool NeedsEscape(uint32_t cp) {
  if (cp < 0xAD) return cp <= 0x9F;
  if (cp == 0xAD) return true;
  if (cp < 0x600) return false;
  if (cp < 0x2000) {
    return cp <= 0x603 || cp == 0x6DD || cp == 0x70F || cp == 0x17B4 || cp == 0x17B5;
  }
  if (cp < 0xFE00) {
    return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x206A && cp <= 0x206F);
  }
  if (cp < 0x10000) return cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB);
  return (cp >= 0x1D173 && cp <= 0x1D17A) || cp == 0xE0001 ||
         (cp >= 0xE0020 && cp <= 0xE007F);
}

// For each ASCII byte: 0 copy as is; 'u' as \u00XX; else the letter after
// the backslash.
struct AsciiTable {
  char t[128];
  constexpr AsciiTable() : t() {
    for (int c = 0; c < 0x20; ++c) t[c] = 'u';
    t['\b'] = 'b';
    t['\t'] = 't';
    t['\n'] = 'n';
    t['\f'] = 'f';
    t['\r'] = 'r';
    t['"'] = '"';
    t['\\'] = '\\';
    t['<'] = 'u';
    t['>'] = 'u';
    t[0x7F] = 'u';
  }
};
constexpr AsciiTable kAscii;

// Appends `s` quoted and escaped; false on invalid UTF-8.
bool AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t run = 0;  // start of the pending run of bytes copied as they are
  size_t i = 0;
  while (i < n) {
    // Skip 8 plain bytes at a time: none >= 0x80, < 0x20, '"', '\\', '<',
    // '>' or DEL (bit tricks from "Bit Twiddling Hacks": haszero/hasvalue).
    while (i + 8 <= n) {
      uint64_t v;
      std::memcpy(&v, p + i, 8);
      constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
      auto has_zero = [](uint64_t x) { return (x - kOnes) & ~x & kHigh; };
      uint64_t bad = (v & kHigh) | ((v - kOnes * 0x20) & ~v & kHigh) |
                     has_zero(v ^ (kOnes * '"')) | has_zero(v ^ (kOnes * '\\')) |
                     has_zero(v ^ (kOnes * '<')) | has_zero(v ^ (kOnes * '>')) |
                     has_zero(v ^ (kOnes * 0x7F));
      if (bad) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80) {
      char e = kAscii.t[c];
      if (e == 0) {
        ++i;
        continue;
      }
      out->append(s.data() + run, i - run);
      if (e == 'u') {
        AppendU16Escape(c, out);
      } else {
        out->push_back('\\');
        out->push_back(e);
      }
      run = ++i;
      continue;
    }
    // Multi-byte UTF-8: decode, validate, escape the few protobuf escapes.
    uint32_t cp;
    size_t len;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp < 0xE000))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
      return false;
    }
    if (NeedsEscape(cp)) {
      out->append(s.data() + run, i - run);
      if (cp >= 0x10000) {
        AppendU16Escape(0xD800 + ((cp - 0x10000) >> 10), out);
        AppendU16Escape(0xDC00 + ((cp - 0x10000) & 0x3FF), out);
      } else {
        AppendU16Escape(cp, out);
      }
      run = i + len;
    }
    i += len;
  }
  out->append(s.data() + run, n - run);
  out->push_back('"');
  return true;
}

template <typename T>
void AppendQuoted(T v, std::string* out) {
  out->push_back('"');
  out->append(std::to_string(v));
  out->push_back('"');
}

void AppendDouble(double v, bool is_float, std::string* out) {
  if (std::isnan(v)) {
    out->append("\"NaN\"");
  } else if (std::isinf(v)) {
    out->append(v > 0 ? "\"Infinity\"" : "\"-Infinity\"");
  } else if (!is_float && v == std::trunc(v) && std::fabs(v) < 1e15 &&
             !(v == 0 && std::signbit(v))) {
    // Whole numbers below 10^15 (most claim values): SimpleDtoa prints them
    // with "%.15g", which gives their digits, so skip its snprintf/strtod
    // round trip.
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, static_cast<int64_t>(v));
    out->append(buf, r.ptr);
  } else {
    out->append(is_float ? google::protobuf::SimpleFtoa(static_cast<float>(v))
                         : google::protobuf::SimpleDtoa(v));
  }
}

bool AppendMessage(const Message& m, std::string* out);

// What printing needs of a field, computed once: FieldDescriptor::type()
// and friends are not free (a call_once each).
struct FieldInfo {
  const FieldDescriptor* f;
  FieldDescriptor::CppType cpp_type;
  bool repeated;
  bool unsupported;  // bytes (base64) or map: left to protobuf
  std::string key;   // "\"name\":"
};

// A message type's fields sorted by number (the wire order protobuf prints
// in), cached per thread so printing allocates nothing per message.
const std::vector<FieldInfo>& FieldsByNumber(const google::protobuf::Descriptor* d) {
  thread_local std::unordered_map<const google::protobuf::Descriptor*,
                                  std::vector<FieldInfo>>
      cache;
  auto [it, inserted] = cache.try_emplace(d);
  if (inserted) {
    for (int i = 0; i < d->field_count(); ++i) {
      const FieldDescriptor* f = d->field(i);
      it->second.push_back({f, f->cpp_type(), f->is_repeated(),
                            f->type() == FieldDescriptor::TYPE_BYTES || f->is_map(),
                            "\"" + f->name() + "\":"});
    }
    std::sort(it->second.begin(), it->second.end(),
              [](const FieldInfo& a, const FieldInfo& b) {
                return a.f->number() < b.f->number();
              });
  }
  return it->second;
}

// One value of field `fi`: element `index` of a repeated field, or the
// singular value when index < 0.
bool AppendValue(const Message& m, const Reflection& r, const FieldInfo& fi, int index,
                 std::string* out) {
  const FieldDescriptor* f = fi.f;
  const bool rep = index >= 0;
  switch (fi.cpp_type) {
    case FieldDescriptor::CPPTYPE_INT32:
      out->append(std::to_string(rep ? r.GetRepeatedInt32(m, f, index) : r.GetInt32(m, f)));
      return true;
    case FieldDescriptor::CPPTYPE_UINT32:
      out->append(
          std::to_string(rep ? r.GetRepeatedUInt32(m, f, index) : r.GetUInt32(m, f)));
      return true;
    case FieldDescriptor::CPPTYPE_INT64:
      AppendQuoted(rep ? r.GetRepeatedInt64(m, f, index) : r.GetInt64(m, f), out);
      return true;
    case FieldDescriptor::CPPTYPE_UINT64:
      AppendQuoted(rep ? r.GetRepeatedUInt64(m, f, index) : r.GetUInt64(m, f), out);
      return true;
    case FieldDescriptor::CPPTYPE_DOUBLE:
      AppendDouble(rep ? r.GetRepeatedDouble(m, f, index) : r.GetDouble(m, f), false, out);
      return true;
    case FieldDescriptor::CPPTYPE_FLOAT:
      AppendDouble(rep ? r.GetRepeatedFloat(m, f, index) : r.GetFloat(m, f), true, out);
      return true;
    case FieldDescriptor::CPPTYPE_BOOL:
      out->append((rep ? r.GetRepeatedBool(m, f, index) : r.GetBool(m, f)) ? "true"
                                                                          : "false");
      return true;
    case FieldDescriptor::CPPTYPE_ENUM: {
      int v = rep ? r.GetRepeatedEnumValue(m, f, index) : r.GetEnumValue(m, f);
      const auto* ev = f->enum_type()->FindValueByNumber(v);
      if (ev == nullptr) {
        out->append(std::to_string(v));
        return true;
      }
      out->push_back('"');
      out->append(ev->name());
      out->push_back('"');
      return true;
    }
    case FieldDescriptor::CPPTYPE_STRING: {
      std::string scratch;
      const std::string& s = rep ? r.GetRepeatedStringReference(m, f, index, &scratch)
                                 : r.GetStringReference(m, f, &scratch);
      return AppendJsonString(s, out);
    }
    case FieldDescriptor::CPPTYPE_MESSAGE:
      return AppendMessage(rep ? r.GetRepeatedMessage(m, f, index) : r.GetMessage(m, f),
                           out);
  }
  return false;
}

bool IsWellKnownType(const google::protobuf::Descriptor* d) {
  return d->file()->package() == "google.protobuf";
}

// Spans are most of a record's messages (every mention, quote part and
// claim has some): printed from the generated accessors, without
// reflection. Same rules: fields by number, zero and empty omitted.
bool AppendSpan(const newsie::v1::Span& s, std::string* out) {
  out->push_back('{');
  bool first = true;
  auto key = [&](const char* k) {
    if (!first) out->push_back(',');
    first = false;
    out->append(k);
  };
  if (s.begin_byte() != 0) {
    key("\"begin_byte\":");
    out->append(std::to_string(s.begin_byte()));
  }
  if (s.end_byte() != 0) {
    key("\"end_byte\":");
    out->append(std::to_string(s.end_byte()));
  }
  if (!s.text().empty()) {
    key("\"text\":");
    if (!AppendJsonString(s.text(), out)) return false;
  }
  if (s.begin_codepoint() != 0) {
    key("\"begin_codepoint\":");
    out->append(std::to_string(s.begin_codepoint()));
  }
  if (s.end_codepoint() != 0) {
    key("\"end_codepoint\":");
    out->append(std::to_string(s.end_codepoint()));
  }
  out->push_back('}');
  return true;
}

// An enum value by name as protobuf prints it (the number when unknown).
void AppendEnum(const google::protobuf::EnumDescriptor* e, int v, std::string* out) {
  const auto* ev = e->FindValueByNumber(v);
  if (ev == nullptr) {
    out->append(std::to_string(v));
    return;
  }
  out->push_back('"');
  out->append(ev->name());
  out->push_back('"');
}

// Writes the ',' between an object's members.
class Members {
 public:
  explicit Members(std::string* out) : out_(out) {}
  void Key(const char* key) {
    if (!first_) out_->push_back(',');
    first_ = false;
    out_->append(key);
  }

 private:
  std::string* out_;
  bool first_ = true;
};

// Mentions and entities are most of a record's other messages: printed
// from the generated accessors too.
bool AppendMention(const newsie::v1::Mention& m, std::string* out) {
  out->push_back('{');
  Members mem(out);
  if (m.has_span()) {
    mem.Key("\"span\":");
    if (!AppendSpan(m.span(), out)) return false;
  }
  if (m.kind() != 0) {
    mem.Key("\"kind\":");
    AppendEnum(newsie::v1::MentionKind_descriptor(), m.kind(), out);
  }
  if (!m.title().empty()) {
    mem.Key("\"title\":");
    if (!AppendJsonString(m.title(), out)) return false;
  }
  if (m.metonymy()) {
    mem.Key("\"metonymy\":");
    out->append("true");
  }
  out->push_back('}');
  return true;
}

bool AppendEntity(const newsie::v1::Entity& e, std::string* out) {
  out->push_back('{');
  Members mem(out);
  auto str = [&](const char* key, const std::string& v) {
    if (v.empty()) return true;
    mem.Key(key);
    return AppendJsonString(v, out);
  };
  if (!str("\"id\":", e.id())) return false;
  if (e.type() != 0) {
    mem.Key("\"type\":");
    AppendEnum(newsie::v1::EntityType_descriptor(), e.type(), out);
  }
  if (!str("\"canonical_name\":", e.canonical_name())) return false;
  if (!str("\"gazetteer_id\":", e.gazetteer_id())) return false;
  // A repeated field: "key":[item,...] when not empty.
  auto array = [&](const char* key, int n, auto&& item) {
    if (n == 0) return true;
    mem.Key(key);
    out->push_back('[');
    for (int i = 0; i < n; ++i) {
      if (i > 0) out->push_back(',');
      if (!item(i)) return false;
    }
    out->push_back(']');
    return true;
  };
  if (!array("\"mentions\":", e.mentions_size(),
             [&](int i) { return AppendSpan(e.mentions(i), out); }) ||
      !array("\"titles\":", e.titles_size(),
             [&](int i) { return AppendJsonString(e.titles(i), out); }) ||
      !array("\"mention_details\":", e.mention_details_size(),
             [&](int i) { return AppendMention(e.mention_details(i), out); })) {
    return false;
  }
  if (!str("\"wikidata_id\":", e.wikidata_id())) return false;
  out->push_back('}');
  return true;
}

// True when `d` has exactly the fields (number, name, type, repeated, no
// presence but for messages) the typed printers above were written for:
// after a schema change they step aside for the general path until updated.
struct FieldShape {
  int number;
  const char* name;
  FieldDescriptor::Type type;
  bool repeated;
};
bool FieldsAre(const google::protobuf::Descriptor* d, std::initializer_list<FieldShape> fields) {
  if (d->field_count() != static_cast<int>(fields.size()) || d->extension_range_count() > 0) {
    return false;
  }
  for (const FieldShape& want : fields) {
    const FieldDescriptor* f = d->FindFieldByNumber(want.number);
    if (f == nullptr || f->name() != want.name || f->type() != want.type ||
        f->is_repeated() != want.repeated ||
        f->has_presence() != (f->type() == FieldDescriptor::TYPE_MESSAGE && !want.repeated)) {
      return false;
    }
  }
  return true;
}

bool AppendMessage(const Message& m, std::string* out) {
  const google::protobuf::Descriptor* d = m.GetDescriptor();
  // Typed printers, guarded against a schema they do not know (a change
  // of the .proto): then the general path below.
  if (d == newsie::v1::Span::descriptor()) {
    static const bool known = newsie::v1::Span::descriptor()->field_count() == 5;
    const auto* span = dynamic_cast<const newsie::v1::Span*>(&m);
    if (known && span != nullptr) return AppendSpan(*span, out);
  } else if (d == newsie::v1::Entity::descriptor()) {
    using T = FieldDescriptor;
    static const bool known =
        FieldsAre(d, {{1, "id", T::TYPE_STRING, false},
                      {2, "type", T::TYPE_ENUM, false},
                      {3, "canonical_name", T::TYPE_STRING, false},
                      {4, "gazetteer_id", T::TYPE_STRING, false},
                      {5, "mentions", T::TYPE_MESSAGE, true},
                      {6, "titles", T::TYPE_STRING, true},
                      {7, "mention_details", T::TYPE_MESSAGE, true},
                      {8, "wikidata_id", T::TYPE_STRING, false}}) &&
        FieldsAre(newsie::v1::Mention::descriptor(), {{1, "span", T::TYPE_MESSAGE, false},
                                                      {2, "kind", T::TYPE_ENUM, false},
                                                      {3, "title", T::TYPE_STRING, false},
                                                      {4, "metonymy", T::TYPE_BOOL, false}}) &&
        newsie::v1::Span::descriptor()->field_count() == 5;
    const auto* entity = dynamic_cast<const newsie::v1::Entity*>(&m);
    if (known && entity != nullptr) return AppendEntity(*entity, out);
  }
  // Extensions would need ListFields; well-known types print specially.
  if (IsWellKnownType(d) || d->extension_range_count() > 0) return false;
  const Reflection& r = *m.GetReflection();
  out->push_back('{');
  bool first = true;
  for (const FieldInfo& fi : FieldsByNumber(d)) {
    const FieldDescriptor* f = fi.f;
    // Present as ListFields (and so protobuf's printer) sees it.
    if (fi.repeated ? r.FieldSize(m, f) == 0 : !r.HasField(m, f)) continue;
    if (fi.unsupported) return false;
    if (!first) out->push_back(',');
    first = false;
    out->append(fi.key);
    if (fi.repeated) {
      out->push_back('[');
      const int n = r.FieldSize(m, f);
      for (int i = 0; i < n; ++i) {
        if (i > 0) out->push_back(',');
        if (!AppendValue(m, r, fi, i, out)) return false;
      }
      out->push_back(']');
    } else if (!AppendValue(m, r, fi, -1, out)) {
      return false;
    }
  }
  out->push_back('}');
  return true;
}

}  // namespace

bool AppendMessageJson(const Message& msg, std::string* out) {
  const size_t size = out->size();
  if (AppendMessage(msg, out)) return true;
  out->resize(size);
  return false;
}

}  // namespace newsie::internal
