#include "pipeline/internal/fast_json.h"

#include <doctest/doctest.h>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/util/json_util.h>

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "newsie/v1/document.pb.h"
#include "newsie/v1/reconcile.pb.h"
#include "pipeline/internal/utf8.h"

namespace newsie {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

std::string ProtobufJson(const Message& m) {
  google::protobuf::util::JsonPrintOptions po;
  po.preserve_proto_field_names = true;
  std::string out;
  REQUIRE(google::protobuf::util::MessageToJsonString(m, &out, po).ok());
  return out;
}

// Random values of every kind the records use, with the edge cases of JSON
// printing: escapes, format characters, astral code points, NaN, infinities,
// negative zero, large and tiny doubles, unknown enum numbers.
class Filler {
 public:
  explicit Filler(uint32_t seed) : rng_(seed) {}

  void Fill(Message* m, int depth) {
    const auto* d = m->GetDescriptor();
    const auto* r = m->GetReflection();
    for (int i = 0; i < d->field_count(); ++i) {
      const FieldDescriptor* f = d->field(i);
      if (Pick(3) == 0) continue;  // leave some fields unset
      int n = f->is_repeated() ? static_cast<int>(Pick(4)) : 1;
      for (int k = 0; k < n; ++k) {
        if (f->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
          if (depth > 3) break;
          Message* sub = f->is_repeated() ? r->AddMessage(m, f) : r->MutableMessage(m, f);
          Fill(sub, depth + 1);
          continue;
        }
        SetScalar(m, f);
      }
    }
  }

 private:
  uint32_t Pick(uint32_t n) { return std::uniform_int_distribution<uint32_t>(0, n - 1)(rng_); }

  std::string String() {
    static const uint32_t kSpecial[] = {
        0x01, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x1F, '"', '\\', '/', '<', '>', '&', '\'',
        0x7F, 0x80, 0x9F, 0xA0, 0xAC, 0xAD, 0xAE, 0xE9, 0x600, 0x603, 0x604, 0x6DD,
        0x70F, 0x17B4, 0x17B5, 0x17B6, 0x200A, 0x200B, 0x200F, 0x2010, 0x2019, 0x201C,
        0x2027, 0x2028, 0x202E, 0x202F, 0x2060, 0x2064, 0x2065, 0x206A, 0x206F, 0x20AC,
        0xFEFF, 0xFFF8, 0xFFF9, 0xFFFB, 0xFFFD, 0x1D172, 0x1D173, 0x1D17A, 0x1F600,
        0xE0000, 0xE0001, 0xE0020, 0xE007F, 0xE0080, 0x10FFFF};
    std::string s;
    int len = static_cast<int>(Pick(12));
    for (int i = 0; i < len; ++i) {
      switch (Pick(4)) {
        case 0:
          AppendUtf8(kSpecial[Pick(sizeof(kSpecial) / sizeof(kSpecial[0]))], &s);
          break;
        case 1: {
          uint32_t cp = 0x80 + Pick(0x10FFFF - 0x80);
          if (cp >= 0xD800 && cp < 0xE000) cp = 'x';
          AppendUtf8(cp, &s);
          break;
        }
        default:
          s.push_back(static_cast<char>(0x20 + Pick(0x5F)));
      }
    }
    return s;
  }

  double Double() {
    static const double kEdge[] = {0.0,
                                   -0.0,
                                   1.0,
                                   -2.5,
                                   0.1,
                                   1.0 / 3,
                                   1e21,
                                   1e-7,
                                   123456789012345678.0,
                                   2.5e6,
                                   std::numeric_limits<double>::max(),
                                   std::numeric_limits<double>::denorm_min(),
                                   std::numeric_limits<double>::infinity(),
                                   -std::numeric_limits<double>::infinity(),
                                   std::numeric_limits<double>::quiet_NaN()};
    if (Pick(2) == 0) return kEdge[Pick(sizeof(kEdge) / sizeof(kEdge[0]))];
    return std::uniform_real_distribution<double>(-1e9, 1e9)(rng_);
  }

  void SetScalar(Message* m, const FieldDescriptor* f) {
    const auto* r = m->GetReflection();
    const bool rep = f->is_repeated();
    switch (f->cpp_type()) {
      case FieldDescriptor::CPPTYPE_INT32: {
        int32_t v = static_cast<int32_t>(rng_());
        rep ? r->AddInt32(m, f, v) : r->SetInt32(m, f, v);
        break;
      }
      case FieldDescriptor::CPPTYPE_UINT32: {
        uint32_t v = rng_();
        rep ? r->AddUInt32(m, f, v) : r->SetUInt32(m, f, v);
        break;
      }
      case FieldDescriptor::CPPTYPE_INT64: {
        int64_t v = (static_cast<int64_t>(rng_()) << 32) | rng_();
        if (Pick(2)) v = static_cast<int64_t>(Pick(10));
        rep ? r->AddInt64(m, f, v) : r->SetInt64(m, f, v);
        break;
      }
      case FieldDescriptor::CPPTYPE_UINT64: {
        uint64_t v = (static_cast<uint64_t>(rng_()) << 32) | rng_();
        rep ? r->AddUInt64(m, f, v) : r->SetUInt64(m, f, v);
        break;
      }
      case FieldDescriptor::CPPTYPE_DOUBLE: {
        double v = Double();
        rep ? r->AddDouble(m, f, v) : r->SetDouble(m, f, v);
        break;
      }
      case FieldDescriptor::CPPTYPE_FLOAT: {
        float v = static_cast<float>(Double());
        rep ? r->AddFloat(m, f, v) : r->SetFloat(m, f, v);
        break;
      }
      case FieldDescriptor::CPPTYPE_BOOL: {
        bool v = Pick(2);
        rep ? r->AddBool(m, f, v) : r->SetBool(m, f, v);
        break;
      }
      case FieldDescriptor::CPPTYPE_ENUM: {
        int v = static_cast<int>(Pick(f->enum_type()->value_count() + 2));
        rep ? r->AddEnumValue(m, f, v) : r->SetEnumValue(m, f, v);
        break;
      }
      case FieldDescriptor::CPPTYPE_STRING: {
        std::string v = String();
        rep ? r->AddString(m, f, v) : r->SetString(m, f, v);
        break;
      }
      case FieldDescriptor::CPPTYPE_MESSAGE:
        break;
    }
  }

  std::mt19937 rng_;
};

template <typename M>
void CheckRandomMessages(uint32_t seed) {
  Filler filler(seed);
  for (int i = 0; i < 1500; ++i) {
    M m;
    filler.Fill(&m, 0);
    std::string fast;
    REQUIRE(internal::AppendMessageJson(m, &fast));
    const std::string expected = ProtobufJson(m);
    if (fast != expected) {
      INFO("protobuf: " << expected);
      INFO("fast:     " << fast);
      REQUIRE(fast == expected);
    }
  }
}

// The fast printer's bytes for m against protobuf's; `what` names the value.
template <typename V>
void CheckSameAsProtobuf(const Message& m, const V& what) {
  std::string fast;
  REQUIRE(internal::AppendMessageJson(m, &fast));
  if (fast != ProtobufJson(m)) {
    INFO("value " << what);
    REQUIRE(fast == ProtobufJson(m));
  }
}

TEST_CASE("AppendMessageJson: the typed printers know every field of the records") {
  // Fails when a .proto field is added and fast_json.cc's typed printers
  // and TypedSchemaKnown() are not updated with it: output would stay the
  // same, but JSON printing would fall back to reflection, ~3x slower.
  CHECK(internal::TypedPrintersCurrent());
}

TEST_CASE("AppendMessageJson: the same bytes as protobuf's printer for random records") {
  CheckRandomMessages<v1::ArticleRecord>(1);
  CheckRandomMessages<v1::ChangeReport>(2);
}

TEST_CASE("AppendMessageJson: whole-number doubles print as protobuf prints them") {
  // The printer's fast path for whole numbers below 10^15, and its edges.
  v1::Claim claim;
  auto check = [&](double v) {
    claim.set_value(v);
    CheckSameAsProtobuf(claim, v);
  };
  for (double v : {1.0, -1.0, 42.0, 1000000.0, 2024.0, 123456789012345.0, -999999999999999.0,
                   1e15, -1e15, 1e16, 1e20, 0.5, -0.0, 4503599627370496.0, 1e14 + 1}) {
    check(v);
  }
  std::mt19937_64 rng(5);
  for (int i = 0; i < 20000; ++i) {
    check(static_cast<double>(static_cast<int64_t>(rng() % 2000000000000000ull) -
                              1000000000000000ll) /
          (i % 3 == 0 ? 1 : 1000));
  }
}

TEST_CASE("AppendMessageJson: floats print as protobuf prints them, again and again") {
  // The printer remembers SimpleFtoa's text per float; repeated values (hits),
  // values whose bits share a cache slot (evictions) and values that need
  // nine digits must all keep protobuf's bytes.
  v1::Quote quote;
  std::vector<float> values = {0.9f, 0.6f, 0.7f, 0.81f, 0.63f, 0.54f, 1.0f, 0.0f, -0.0f,
                               0.1f, 1e-8f, 3.4e38f, 123456.7f, 0.809999943f};
  std::mt19937 rng(7);
  for (int i = 0; i < 50; ++i) {
    values.push_back(std::uniform_real_distribution<float>(-2.0f, 2.0f)(rng));
  }
  for (int round = 0; round < 3; ++round) {
    for (size_t i = 0; i < values.size() * 4; ++i) {
      float v = values[(i * 7 + round) % values.size()];
      quote.set_speaker_confidence(v);
      CheckSameAsProtobuf(quote, v);
    }
  }
}

TEST_CASE("AppendMessageJson: every code point escaped exactly as protobuf does") {
  v1::Span span;
  for (uint32_t cp = 1; cp < 0x110000; cp += (cp < 0x30000 ? 1 : 97)) {
    if (cp >= 0xD800 && cp < 0xE000) continue;
    std::string s = "a";
    AppendUtf8(cp, &s);
    span.set_text(s);
    CheckSameAsProtobuf(span, "code point " + std::to_string(cp));
  }
}

TEST_CASE("AppendMessageJson: appends, and declines invalid UTF-8 leaving the output") {
  v1::Span span;
  span.set_begin_byte(3);
  std::string out = "x";
  REQUIRE(internal::AppendMessageJson(span, &out));
  std::string expected = "x";
  expected += ProtobufJson(span);
  CHECK(out == expected);
  span.set_text(std::string("bad \xC3\x28 byte"));
  std::string out2 = "keep";
  CHECK_FALSE(internal::AppendMessageJson(span, &out2));
  CHECK(out2 == "keep");
}

}  // namespace
}  // namespace newsie
