#include "pipeline/internal/fast_json.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/stubs/strutil.h>

#include "newsie/v1/document.pb.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <cstdint>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsie::internal {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;
namespace v1 = newsie::v1;

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
    t[int{'\b'}] = 'b';
    t[int{'\t'}] = 't';
    t[int{'\n'}] = 'n';
    t[int{'\f'}] = 'f';
    t[int{'\r'}] = 'r';
    t[int{'"'}] = '"';
    t[int{'\\'}] = '\\';
    t[int{'<'}] = 'u';
    t[int{'>'}] = 'u';
    t[0x7F] = 'u';
  }
};
constexpr AsciiTable kAscii;

// The index of the first byte at or after `i` that is not copied as it is
// (>= 0x80, < 0x20, '"', '\\', '<', '>' or DEL), or `n`. Most of a record
// is span text, so this is most of the printing.
size_t SkipPlain(const unsigned char* p, size_t i, size_t n) {
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(0x20), quote = _mm_set1_epi8('"'),
                backslash = _mm_set1_epi8('\\'), lt = _mm_set1_epi8('<'),
                gt = _mm_set1_epi8('>'), del = _mm_set1_epi8(0x7F);
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // Signed: bytes >= 0x80 are negative, so below ' ' too.
    __m128i bad = _mm_or_si128(_mm_cmplt_epi8(v, space), _mm_cmpeq_epi8(v, quote));
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, backslash));
    bad = _mm_or_si128(bad, _mm_or_si128(_mm_cmpeq_epi8(v, lt), _mm_cmpeq_epi8(v, gt)));
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, del));
    const int mask = _mm_movemask_epi8(bad);
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
    i += 16;
  }
#else
  // 8 bytes at a time (bit tricks from "Bit Twiddling Hacks":
  // haszero/hasvalue).
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
#endif
  while (i < n && p[i] < 0x80 && kAscii.t[p[i]] == 0) ++i;
  return i;
}

// Appends `s` quoted and escaped; false on invalid UTF-8.
bool AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t run = 0;  // start of the pending run of bytes copied as they are
  size_t i = 0;
  while (i < n) {
    i = SkipPlain(p, i, n);
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

// An integer's digits, without std::to_string's temporary string.
template <typename T>
void AppendInt(T v, std::string* out) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

template <typename T>
void AppendQuoted(T v, std::string* out) {
  out->push_back('"');
  AppendInt(v, out);
  out->push_back('"');
}

// A float as SimpleFtoa prints it, remembered per thread by its bits: the
// records' floats are a few speaker confidences (0.9, 0.6, 0.7, ...), and
// SimpleFtoa's snprintf and strtof round trip cost about 2,600 instructions
// a call, 1% of a whole run. A hit appends the bytes SimpleFtoa returned for
// the same bits, so the output cannot differ.
void AppendFloat(float f, std::string* out) {
  struct Entry {
    uint32_t bits = 0;
    uint8_t len = 0;  // 0: empty (SimpleFtoa never returns "")
    char text[27];
  };
  thread_local Entry cache[16];
  uint32_t bits;
  std::memcpy(&bits, &f, sizeof bits);
  Entry& e = cache[(bits * 0x9E3779B1u) >> 28];
  if (e.len != 0 && e.bits == bits) {
    out->append(e.text, e.len);
    return;
  }
  const std::string s = google::protobuf::SimpleFtoa(f);
  if (!s.empty() && s.size() <= sizeof e.text) {
    e.bits = bits;
    e.len = static_cast<uint8_t>(s.size());
    std::memcpy(e.text, s.data(), s.size());
  }
  out->append(s);
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
    if (is_float) {
      AppendFloat(static_cast<float>(v), out);
    } else {
      out->append(google::protobuf::SimpleDtoa(v));
    }
  }
}

// An enum value by name as protobuf prints it (the number when unknown).
void AppendEnum(const google::protobuf::EnumDescriptor* e, int v, std::string* out) {
  const auto* ev = e->FindValueByNumber(v);
  if (ev == nullptr) {
    AppendInt(v, out);
    return;
  }
  out->push_back('"');
  out->append(ev->name());
  out->push_back('"');
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
      AppendInt(rep ? r.GetRepeatedInt32(m, f, index) : r.GetInt32(m, f), out);
      return true;
    case FieldDescriptor::CPPTYPE_UINT32:
      AppendInt(rep ? r.GetRepeatedUInt32(m, f, index) : r.GetUInt32(m, f), out);
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
      AppendEnum(f->enum_type(), v, out);
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

// ---------------------------------------------------------------- typed
// Records are printed from the generated accessors, without reflection
// (reflection was half the printing time: a descriptor lookup, a has-bit
// and an offset per field). Same rules as the general path: fields by
// number; proto3 scalars only when not zero (doubles and floats by bit
// pattern, so -0 prints), strings when not empty, messages and `optional`
// fields when set. The printers are guarded by TypedSchemaKnown(): after a
// change of the .proto they step aside for the general path until updated.

// An enum's quoted value names by number, built once: FindValueByNumber is
// a hash lookup, and the *_descriptor() accessors a call_once each.
class EnumNames {
 public:
  explicit EnumNames(const google::protobuf::EnumDescriptor* e) : e_(e) {
    for (int i = 0; i < e->value_count(); ++i) {
      const int n = e->value(i)->number();
      if (n < 0 || n >= kMaxDense) continue;
      if (static_cast<size_t>(n) >= quoted_.size()) quoted_.resize(n + 1);
      // The first value with a number is the one FindValueByNumber gives.
      if (quoted_[n].empty()) quoted_[n] = "\"" + e->value(i)->name() + "\"";
    }
  }
  void Append(int v, std::string* out) const {
    if (v >= 0 && static_cast<size_t>(v) < quoted_.size() && !quoted_[v].empty()) {
      out->append(quoted_[v]);
    } else {
      AppendEnum(e_, v, out);
    }
  }

 private:
  static constexpr int kMaxDense = 64;
  const google::protobuf::EnumDescriptor* e_;
  std::vector<std::string> quoted_;
};

// Writes an object's members: the ',' between them and the presence rules.
class Members {
 public:
  explicit Members(std::string* out) : out_(out) {}
  void Key(const char* key) {
    if (!first_) out_->push_back(',');
    first_ = false;
    out_->append(key);
  }
  bool Str(const char* key, const std::string& v) {
    if (v.empty()) return true;
    Key(key);
    return AppendJsonString(v, out_);
  }
  void Enum(const char* key, const EnumNames& names, int v) {
    if (v == 0) return;
    Key(key);
    names.Append(v, out_);
  }
  void Bool(const char* key, bool v) {
    if (!v) return;
    Key(key);
    out_->append("true");
  }
  template <typename T>
  void Int(const char* key, T v) {
    if (v == 0) return;
    Key(key);
    AppendInt(v, out_);
  }
  template <typename T>
  void Int64(const char* key, T v) {  // quoted, as JSON cannot hold 64 bits
    if (v == 0) return;
    Key(key);
    AppendQuoted(v, out_);
  }
  void Double(const char* key, double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    if (bits != 0) Present(key, v);
  }
  void Float(const char* key, float v) {
    uint32_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    if (bits == 0) return;
    Key(key);
    AppendDouble(v, true, out_);
  }
  // An `optional double` or a set value: printed even when zero.
  void Present(const char* key, double v) {
    Key(key);
    AppendDouble(v, false, out_);
  }
  // A singular message field, printed by `print` when set.
  template <typename M, typename F>
  bool Message(const char* key, bool has, const M& m, F print) {
    if (!has) return true;
    Key(key);
    return print(m, out_);
  }
  // A repeated field: "key":[item,...] when not empty.
  template <typename R, typename F>
  bool Array(const char* key, const R& items, F print) {
    if (items.empty()) return true;
    Key(key);
    out_->push_back('[');
    bool first = true;
    for (const auto& item : items) {
      if (!first) out_->push_back(',');
      first = false;
      if (!print(item, out_)) return false;
    }
    out_->push_back(']');
    return true;
  }

 private:
  std::string* out_;
  bool first_ = true;
};

// Spans are most of a record's messages (every mention, quote part and
// claim has some): their keys and numbers are put together on the stack and
// appended at once (appending them piece by piece cost as much as escaping
// the text).
class SpanBuffer {
 public:
  void Put(char c) { *p_++ = c; }
  template <size_t N>
  void Key(const char (&key)[N]) {
    if (!first_) *p_++ = ',';
    first_ = false;
    std::memcpy(p_, key, N - 1);
    p_ += N - 1;
  }
  void Int(uint32_t v) { p_ = std::to_chars(p_, buf_ + sizeof buf_, v).ptr; }
  void FlushTo(std::string* out) {
    out->append(buf_, p_);
    p_ = buf_;
  }

 private:
  // The most a span puts between flushes: '{', its four numbers with
  // their keys and ',' and '}' (103 bytes; the text flushes).
  char buf_[128];
  char* p_ = buf_;
  bool first_ = true;
};

bool AppendSpan(const v1::Span& s, std::string* out) {
  SpanBuffer b;
  b.Put('{');
  if (s.begin_byte() != 0) {
    b.Key("\"begin_byte\":");
    b.Int(s.begin_byte());
  }
  if (s.end_byte() != 0) {
    b.Key("\"end_byte\":");
    b.Int(s.end_byte());
  }
  if (!s.text().empty()) {
    b.Key("\"text\":");
    b.FlushTo(out);
    if (!AppendJsonString(s.text(), out)) return false;
  }
  if (s.begin_codepoint() != 0) {
    b.Key("\"begin_codepoint\":");
    b.Int(s.begin_codepoint());
  }
  if (s.end_codepoint() != 0) {
    b.Key("\"end_codepoint\":");
    b.Int(s.end_codepoint());
  }
  b.Put('}');
  b.FlushTo(out);
  return true;
}

bool AppendMention(const v1::Mention& m, std::string* out) {
  static const EnumNames kKinds(v1::MentionKind_descriptor());
  out->push_back('{');
  Members mem(out);
  if (!mem.Message("\"span\":", m.has_span(), m.span(), AppendSpan)) return false;
  mem.Enum("\"kind\":", kKinds, m.kind());
  if (!mem.Str("\"title\":", m.title())) return false;
  mem.Bool("\"metonymy\":", m.metonymy());
  out->push_back('}');
  return true;
}

bool AppendString(const std::string& s, std::string* out) { return AppendJsonString(s, out); }

bool AppendEntity(const v1::Entity& e, std::string* out) {
  static const EnumNames kTypes(v1::EntityType_descriptor());
  out->push_back('{');
  Members mem(out);
  if (!mem.Str("\"id\":", e.id())) return false;
  mem.Enum("\"type\":", kTypes, e.type());
  if (!mem.Str("\"canonical_name\":", e.canonical_name()) ||
      !mem.Str("\"gazetteer_id\":", e.gazetteer_id()) ||
      !mem.Array("\"mentions\":", e.mentions(), AppendSpan) ||
      !mem.Array("\"titles\":", e.titles(), AppendString) ||
      !mem.Array("\"mention_details\":", e.mention_details(), AppendMention) ||
      !mem.Str("\"wikidata_id\":", e.wikidata_id()) ||
      !mem.Array("\"references\":", e.references(), AppendMention)) {
    return false;
  }
  out->push_back('}');
  return true;
}

bool AppendSpeaker(const v1::Speaker& s, std::string* out) {
  out->push_back('{');
  Members mem(out);
  if (!mem.Str("\"name\":", s.name()) || !mem.Str("\"entity_id\":", s.entity_id()) ||
      !mem.Message("\"mention\":", s.has_mention(), s.mention(), AppendSpan)) {
    return false;
  }
  mem.Bool("\"resolved\":", s.resolved());
  out->push_back('}');
  return true;
}

bool AppendQuote(const v1::Quote& q, std::string* out) {
  static const EnumNames kKinds(v1::QuoteKind_descriptor());
  out->push_back('{');
  Members mem(out);
  if (!mem.Str("\"text\":", q.text()) ||
      !mem.Message("\"span\":", q.has_span(), q.span(), AppendSpan)) {
    return false;
  }
  mem.Enum("\"kind\":", kKinds, q.kind());
  if (!mem.Message("\"speaker\":", q.has_speaker(), q.speaker(), AppendSpeaker) ||
      !mem.Message("\"cue\":", q.has_cue(), q.cue(), AppendSpan) ||
      !mem.Array("\"fragments\":", q.fragments(), AppendSpan)) {
    return false;
  }
  mem.Float("\"speaker_confidence\":", q.speaker_confidence());
  if (!mem.Message("\"sentence\":", q.has_sentence(), q.sentence(), AppendSpan)) {
    return false;
  }
  mem.Bool("\"sourceless\":", q.sourceless());
  if (!mem.Message("\"original_speaker\":", q.has_original_speaker(), q.original_speaker(),
                   AppendSpeaker)) {
    return false;
  }
  out->push_back('}');
  return true;
}

bool AppendClaim(const v1::Claim& c, std::string* out) {
  static const EnumNames kQualifiers(v1::Qualifier_descriptor());
  static const EnumNames kKinds(v1::NumberKind_descriptor());
  out->push_back('{');
  Members mem(out);
  mem.Double("\"value\":", c.value());
  if (!mem.Str("\"value_text\":", c.value_text()) || !mem.Str("\"unit\":", c.unit())) {
    return false;
  }
  mem.Enum("\"qualifier\":", kQualifiers, c.qualifier());
  mem.Enum("\"kind\":", kKinds, c.kind());
  if (!mem.Message("\"span\":", c.has_span(), c.span(), AppendSpan) ||
      !mem.Message("\"sentence\":", c.has_sentence(), c.sentence(), AppendSpan) ||
      !mem.Message("\"holder\":", c.has_holder(), c.holder(), AppendSpeaker) ||
      !mem.Str("\"counted\":", c.counted()) || !mem.Str("\"claim_key\":", c.claim_key())) {
    return false;
  }
  if (c.has_value_low()) mem.Present("\"value_low\":", c.value_low());
  if (c.has_value_high()) mem.Present("\"value_high\":", c.value_high());
  if (!mem.Str("\"currency\":", c.currency())) return false;
  out->push_back('}');
  return true;
}

bool AppendNumber(const v1::Number& n, std::string* out) {
  static const EnumNames kKinds(v1::NumberKind_descriptor());
  out->push_back('{');
  Members mem(out);
  mem.Double("\"value\":", n.value());
  mem.Enum("\"kind\":", kKinds, n.kind());
  if (!mem.Message("\"span\":", n.has_span(), n.span(), AppendSpan)) return false;
  mem.Double("\"value_low\":", n.value_low());
  mem.Double("\"value_high\":", n.value_high());
  mem.Bool("\"is_range\":", n.is_range());
  if (!mem.Str("\"unit\":", n.unit()) || !mem.Str("\"currency\":", n.currency())) {
    return false;
  }
  out->push_back('}');
  return true;
}

bool AppendArticle(const v1::Article& a, std::string* out) {
  out->push_back('{');
  Members mem(out);
  if (!mem.Str("\"article_id\":", a.article_id())) return false;
  mem.Int64("\"version\":", a.version());
  if (!mem.Str("\"date\":", a.date()) || !mem.Str("\"title\":", a.title()) ||
      !mem.Str("\"url\":", a.url()) || !mem.Str("\"source\":", a.source()) ||
      !mem.Str("\"origin\":", a.origin()) || !mem.Str("\"text\":", a.text())) {
    return false;
  }
  out->push_back('}');
  return true;
}

bool AppendDiagnostic(const v1::Diagnostic& d, std::string* out) {
  static const EnumNames kSeverities(v1::Severity_descriptor());
  out->push_back('{');
  Members mem(out);
  mem.Enum("\"severity\":", kSeverities, d.severity());
  if (!mem.Str("\"stage\":", d.stage()) || !mem.Str("\"message\":", d.message()) ||
      !mem.Str("\"file\":", d.file())) {
    return false;
  }
  mem.Int64("\"line\":", d.line());
  out->push_back('}');
  return true;
}

bool AppendStageInfo(const v1::StageInfo& s, std::string* out) {
  out->push_back('{');
  Members mem(out);
  if (!mem.Str("\"name\":", s.name())) return false;
  mem.Int("\"version\":", s.version());
  out->push_back('}');
  return true;
}

bool AppendArticleRecord(const v1::ArticleRecord& r, std::string* out) {
  out->push_back('{');
  Members mem(out);
  if (!mem.Message("\"article\":", r.has_article(), r.article(), AppendArticle) ||
      !mem.Array("\"entities\":", r.entities(), AppendEntity) ||
      !mem.Array("\"quotes\":", r.quotes(), AppendQuote) ||
      !mem.Array("\"claims\":", r.claims(), AppendClaim) ||
      !mem.Array("\"numbers\":", r.numbers(), AppendNumber) ||
      !mem.Array("\"diagnostics\":", r.diagnostics(), AppendDiagnostic) ||
      !mem.Array("\"extractors\":", r.extractors(), AppendStageInfo) ||
      !mem.Str("\"gazetteer_fingerprint\":", r.gazetteer_fingerprint()) ||
      !mem.Str("\"schema_version\":", r.schema_version())) {
    return false;
  }
  mem.Bool("\"error\":", r.error());
  if (!mem.Array("\"sentences\":", r.sentences(), AppendSpan)) return false;
  out->push_back('}');
  return true;
}

// True when `d` has exactly the fields (number, name, type, repeated,
// presence) the typed printers above were written for.
struct FieldShape {
  int number;
  const char* name;
  FieldDescriptor::Type type;
  bool repeated = false;
  bool optional = false;  // proto3 `optional`: explicit presence
};
bool FieldsAre(const google::protobuf::Descriptor* d, std::initializer_list<FieldShape> fields) {
  if (d->field_count() != static_cast<int>(fields.size()) || d->extension_range_count() > 0) {
    return false;
  }
  for (const FieldShape& want : fields) {
    const FieldDescriptor* f = d->FindFieldByNumber(want.number);
    const bool presence =
        want.optional || (want.type == FieldDescriptor::TYPE_MESSAGE && !want.repeated);
    if (f == nullptr || f->name() != want.name || f->type() != want.type ||
        f->is_repeated() != want.repeated || f->has_presence() != presence) {
      return false;
    }
  }
  return true;
}

// The schema every typed printer was written for (newsie/v1/*.proto).
bool TypedSchemaKnown() {
  using T = FieldDescriptor;
  constexpr T::Type kStr = T::TYPE_STRING, kMsg = T::TYPE_MESSAGE, kEnum = T::TYPE_ENUM,
                    kBool = T::TYPE_BOOL, kDouble = T::TYPE_DOUBLE;
  return FieldsAre(v1::Span::descriptor(), {{1, "begin_byte", T::TYPE_UINT32},
                                            {2, "end_byte", T::TYPE_UINT32},
                                            {3, "text", kStr},
                                            {4, "begin_codepoint", T::TYPE_UINT32},
                                            {5, "end_codepoint", T::TYPE_UINT32}}) &&
         FieldsAre(v1::Mention::descriptor(), {{1, "span", kMsg},
                                               {2, "kind", kEnum},
                                               {3, "title", kStr},
                                               {4, "metonymy", kBool}}) &&
         FieldsAre(v1::Entity::descriptor(), {{1, "id", kStr},
                                              {2, "type", kEnum},
                                              {3, "canonical_name", kStr},
                                              {4, "gazetteer_id", kStr},
                                              {5, "mentions", kMsg, true},
                                              {6, "titles", kStr, true},
                                              {7, "mention_details", kMsg, true},
                                              {8, "wikidata_id", kStr},
                                              {9, "references", kMsg, true}}) &&
         FieldsAre(v1::Speaker::descriptor(), {{1, "name", kStr},
                                               {2, "entity_id", kStr},
                                               {3, "mention", kMsg},
                                               {4, "resolved", kBool}}) &&
         FieldsAre(v1::Quote::descriptor(), {{1, "text", kStr},
                                             {2, "span", kMsg},
                                             {3, "kind", kEnum},
                                             {4, "speaker", kMsg},
                                             {5, "cue", kMsg},
                                             {6, "fragments", kMsg, true},
                                             {7, "speaker_confidence", T::TYPE_FLOAT},
                                             {8, "sentence", kMsg},
                                             {9, "sourceless", kBool},
                                             {10, "original_speaker", kMsg}}) &&
         FieldsAre(v1::Claim::descriptor(), {{1, "value", kDouble},
                                             {2, "value_text", kStr},
                                             {3, "unit", kStr},
                                             {4, "qualifier", kEnum},
                                             {5, "kind", kEnum},
                                             {6, "span", kMsg},
                                             {7, "sentence", kMsg},
                                             {8, "holder", kMsg},
                                             {9, "counted", kStr},
                                             {10, "claim_key", kStr},
                                             {11, "value_low", kDouble, false, true},
                                             {12, "value_high", kDouble, false, true},
                                             {13, "currency", kStr}}) &&
         FieldsAre(v1::Number::descriptor(), {{1, "value", kDouble},
                                              {2, "kind", kEnum},
                                              {3, "span", kMsg},
                                              {4, "value_low", kDouble},
                                              {5, "value_high", kDouble},
                                              {6, "is_range", kBool},
                                              {7, "unit", kStr},
                                              {8, "currency", kStr}}) &&
         FieldsAre(v1::Article::descriptor(), {{1, "article_id", kStr},
                                               {2, "version", T::TYPE_INT64},
                                               {3, "date", kStr},
                                               {4, "title", kStr},
                                               {5, "url", kStr},
                                               {6, "source", kStr},
                                               {7, "origin", kStr},
                                               {8, "text", kStr}}) &&
         FieldsAre(v1::Diagnostic::descriptor(), {{1, "severity", kEnum},
                                                  {2, "stage", kStr},
                                                  {3, "message", kStr},
                                                  {4, "file", kStr},
                                                  {5, "line", T::TYPE_UINT64}}) &&
         FieldsAre(v1::StageInfo::descriptor(),
                   {{1, "name", kStr}, {2, "version", T::TYPE_INT32}}) &&
         FieldsAre(v1::ArticleRecord::descriptor(), {{1, "article", kMsg},
                                                     {2, "entities", kMsg, true},
                                                     {3, "quotes", kMsg, true},
                                                     {4, "claims", kMsg, true},
                                                     {5, "numbers", kMsg, true},
                                                     {6, "diagnostics", kMsg, true},
                                                     {7, "extractors", kMsg, true},
                                                     {8, "gazetteer_fingerprint", kStr},
                                                     {9, "schema_version", kStr},
                                                     {10, "error", kBool},
                                                     {11, "sentences", kMsg, true}});
}

// Prints `m` with its typed printer when it is one of the record messages
// of a known schema (and the generated class, not a DynamicMessage).
template <typename M>
bool TryTyped(const Message& m, bool (*print)(const M&, std::string*), std::string* out,
              bool* ok) {
  if (m.GetDescriptor() != M::descriptor()) return false;
  const auto* typed = dynamic_cast<const M*>(&m);
  if (typed == nullptr) return false;
  *ok = print(*typed, out);
  return true;
}

bool AppendMessage(const Message& m, std::string* out) {
  static const bool known = TypedSchemaKnown();
  bool ok = false;
  if (known && (TryTyped(m, AppendArticleRecord, out, &ok) || TryTyped(m, AppendSpan, out, &ok) ||
                TryTyped(m, AppendEntity, out, &ok) || TryTyped(m, AppendQuote, out, &ok) ||
                TryTyped(m, AppendClaim, out, &ok) || TryTyped(m, AppendSpeaker, out, &ok))) {
    return ok;
  }
  const google::protobuf::Descriptor* d = m.GetDescriptor();
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

bool TypedPrintersCurrent() { return TypedSchemaKnown(); }

bool AppendMessageJson(const Message& msg, std::string* out) {
  const size_t size = out->size();
  if (AppendMessage(msg, out)) return true;
  out->resize(size);
  return false;
}

}  // namespace newsie::internal
