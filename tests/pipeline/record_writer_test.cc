#include "pipeline/record_writer.h"

#include <doctest/doctest.h>

#include <string>

#include "pipeline/record_reader.h"
#include "tests/testing/temp_dir.h"

namespace newsie {
namespace {

namespace v1 = newsie::v1;

Span Find(const Document& doc, const std::string& needle) {
  size_t b = doc.text().find(needle);
  REQUIRE(b != std::string_view::npos);
  return Span{static_cast<uint32_t>(b), static_cast<uint32_t>(b + needle.size())};
}

// A document with every layer filled by hand.
Document Annotated() {
  Document doc(
      "\xE2\x80\x9CWe will not bow,\xE2\x80\x9D Blinken said. About 9,000 troops "
      "returned, between 200 and 300 ships, officials said.");
  ArticleMeta& m = doc.mutable_meta();
  m.article_id = "a1";
  m.version = 1;
  m.date = "2022-02-01";
  m.source = "WaPo";
  m.origin = "dump.jsonl:3";
  Mention mention;
  mention.span = Find(doc, "Blinken");
  mention.type = EntityType::kPerson;
  mention.entity = 0;
  doc.mutable_mentions().push_back(mention);
  Entity e;
  e.type = EntityType::kPerson;
  e.canonical_name = "Antony Blinken";
  e.gazetteer_id = "per:blinken";
  e.mentions = {0};
  doc.mutable_entities().push_back(e);
  Quote q;
  q.fragments = {Find(doc, "We will not bow,")};
  q.span = q.fragments[0];
  q.kind = QuoteKind::kDirect;
  q.speaker.name = "Antony Blinken";
  q.speaker.entity = 0;
  q.speaker.mention = mention.span;
  q.speaker.resolved = true;
  q.speaker.confidence = 0.75f;
  q.cue = Find(doc, "said");
  doc.mutable_quotes().push_back(q);
  Claim c;
  c.value = 9000;
  c.value_span = Find(doc, "9,000");
  c.unit = "troops";
  c.qualifier = Qualifier::kApproximate;
  c.kind = NumberKind::kCount;
  c.span = Find(doc, "About 9,000 troops");
  c.claim_key = "troops";
  doc.mutable_claims().push_back(c);
  Claim r;
  r.value = 200;
  r.low = 200;
  r.high = 300;
  r.value_span = Find(doc, "200 and 300");
  r.unit = "ships";
  r.qualifier = Qualifier::kRange;
  r.span = Find(doc, "between 200 and 300 ships");
  doc.mutable_claims().push_back(r);
  NumberMention n;
  n.value = 9000;
  n.span = c.value_span;
  doc.mutable_numbers().push_back(n);
  doc.AddDiagnostic(Severity::kWarning, "quotes.test", "just checking");
  return doc;
}

RecordOptions Options() {
  RecordOptions o;
  o.extractors = {{"text.icu", 1}, {"quotes.test", 3}};
  o.gazetteer_fingerprint = "abc123";
  return o;
}

TEST_CASE("DocumentToRecord: converts every layer with checkable spans") {
  Document doc = Annotated();
  v1::ArticleRecord rec;
  DocumentToRecord(doc, Options(), &rec);
  CHECK(rec.schema_version() == "newsie.v1");
  CHECK(rec.article().article_id() == "a1");
  CHECK(rec.article().version() == 1);
  CHECK(rec.article().text() == doc.text());
  CHECK(rec.gazetteer_fingerprint() == "abc123");
  REQUIRE(rec.extractors_size() == 2);
  CHECK(rec.extractors(1).name() == "quotes.test");
  CHECK(rec.extractors(1).version() == 3);

  REQUIRE(rec.entities_size() == 1);
  CHECK(rec.entities(0).id() == "e1");
  CHECK(rec.entities(0).type() == v1::PERSON);
  REQUIRE(rec.entities(0).mentions_size() == 1);
  const v1::Span& ms = rec.entities(0).mentions(0);
  CHECK(ms.text() == "Blinken");
  CHECK(doc.text().substr(ms.begin_byte(), ms.end_byte() - ms.begin_byte()) == "Blinken");

  REQUIRE(rec.quotes_size() == 1);
  const v1::Quote& q = rec.quotes(0);
  CHECK(q.text() == "We will not bow,");  // without the marks
  CHECK(q.kind() == v1::DIRECT);
  CHECK(q.speaker().entity_id() == "e1");
  CHECK(q.speaker().mention().text() == "Blinken");
  CHECK(q.cue().text() == "said");

  REQUIRE(rec.claims_size() == 2);
  CHECK(rec.claims(0).value_text() == "9,000");
  CHECK(rec.claims(0).qualifier() == v1::APPROXIMATE);
  CHECK_FALSE(rec.claims(0).has_value_low());
  CHECK(rec.claims(1).value_low() == 200);
  CHECK(rec.claims(1).value_high() == 300);

  CHECK(rec.numbers_size() == 0);  // only with emit_numbers
  REQUIRE(rec.diagnostics_size() == 1);
  CHECK(rec.diagnostics(0).stage() == "quotes.test");

  RecordOptions with = Options();
  with.emit_numbers = true;
  with.include_text = false;
  DocumentToRecord(doc, with, &rec);
  CHECK(rec.numbers_size() == 1);
  CHECK(rec.article().text().empty());
}

TEST_CASE("DocumentToRecord: clamps spans outside the text and says so") {
  Document doc("short");
  Mention m;
  m.span = Span{2, 99};
  doc.mutable_mentions().push_back(m);
  Entity e;
  e.mentions = {0};
  doc.mutable_entities().push_back(e);
  v1::ArticleRecord rec;
  DocumentToRecord(doc, {}, &rec);
  CHECK(rec.entities(0).mentions(0).end_byte() == 5);
  CHECK(rec.entities(0).mentions(0).text() == "ort");
  REQUIRE(rec.diagnostics_size() == 1);
  CHECK(rec.diagnostics(0).stage() == "record_writer");
}

TEST_CASE("DocumentToRecord: spans that cut a code point are repaired, in valid and invalid text") {
  // "é" is two bytes (1-2); "\xFF" makes the second text invalid UTF-8.
  for (const char* text : {"Jos\xC3\xA9 said", "Jos\xC3\xA9 said \xFF"}) {
    CAPTURE(std::string(text));
    Document doc(text);
    for (Span s : {Span{0, 5}, Span{0, 4}, Span{4, 10}, Span{6, 10}}) {
      Mention m;
      m.span = s;
      doc.mutable_mentions().push_back(m);
    }
    Entity e;
    e.mentions = {0, 1, 2, 3};
    doc.mutable_entities().push_back(e);
    v1::ArticleRecord rec;
    DocumentToRecord(doc, {}, &rec);
    const auto& spans = rec.entities(0).mentions();
    CHECK(spans[0].text() == "Jos\xC3\xA9");  // whole code point: kept
    CHECK(spans[1].text() == "Jos\xEF\xBF\xBD");  // cut after the lead byte
    CHECK(spans[2].text() == "\xEF\xBF\xBD said");  // starts on a continuation byte
    CHECK(spans[3].text() == "said");
    REQUIRE(rec.diagnostics_size() == 1);
    // Each bad span is counted twice: in mentions and in mention_details.
    CHECK(rec.diagnostics(0).message().rfind("4 span(s)", 0) == 0);
  }
}

TEST_CASE("AppendRecord: JSON uses proto field names and enum names") {
  Document doc = Annotated();
  v1::ArticleRecord rec;
  DocumentToRecord(doc, Options(), &rec);
  std::string json;
  REQUIRE(AppendRecord(rec, RecordFormat::kJsonl, &json).ok());
  CHECK(json.back() == '\n');
  CHECK(json.find('\n') == json.size() - 1);  // one line
  CHECK(json.find("\"article_id\":\"a1\"") != std::string::npos);
  CHECK(json.find("\"begin_byte\":") != std::string::npos);
  CHECK(json.find("\"qualifier\":\"APPROXIMATE\"") != std::string::npos);
  CHECK(json.find("\"value_low\":200") != std::string::npos);
  CHECK(json.find("\"schema_version\":\"newsie.v1\"") != std::string::npos);
  CHECK(json.find("beginByte") == std::string::npos);

  std::string text;
  REQUIRE(AppendRecord(rec, RecordFormat::kText, &text).ok());
  CHECK(text.find("Antony Blinken") != std::string::npos);
  CHECK(text.find("We will not bow,") != std::string::npos);
  CHECK(text.find("troops") != std::string::npos);
  CHECK(text.find("just checking") != std::string::npos);
}

TEST_CASE("RecordWriter: text view names a claim's counted thing once") {
  Document doc = Annotated();
  doc.mutable_claims()[0].counted = "heavily armed troops";  // ends in the unit
  doc.mutable_claims()[1].counted = "defense equipment";     // does not
  v1::ArticleRecord rec;
  DocumentToRecord(doc, Options(), &rec);
  std::string text;
  REQUIRE(AppendRecord(rec, RecordFormat::kText, &text).ok());
  CHECK(text.find("APPROXIMATE 9000 heavily armed troops  (") != std::string::npos);
  CHECK(text.find("troops of") == std::string::npos);
  CHECK(text.find(" ships of defense equipment  (") != std::string::npos);
}

TEST_CASE("RecordReader: binary and JSON records read back to identical JSON") {
  testing::TempDir dir;
  Document doc = Annotated();
  v1::ArticleRecord rec;
  DocumentToRecord(doc, Options(), &rec);
  std::string pb, json;
  for (int i = 0; i < 3; ++i) {
    rec.mutable_article()->set_version(i);
    REQUIRE(AppendRecord(rec, RecordFormat::kPb, &pb).ok());
    REQUIRE(AppendRecord(rec, RecordFormat::kJsonl, &json).ok());
  }
  testing::WriteFile(dir / "r.pb", pb);
  testing::WriteFile(dir / "r.jsonl", json);
  for (const char* name : {"r.pb", "r.jsonl"}) {
    CAPTURE(name);
    auto reader = RecordReader::Open(dir / name);
    REQUIRE(reader.ok());
    std::string again;
    for (;;) {
      auto more = (*reader)->Next(&rec);
      REQUIRE(more.ok());
      if (!*more) break;
      REQUIRE(AppendRecord(rec, RecordFormat::kJsonl, &again).ok());
    }
    CHECK(again == json);
  }

  SUBCASE("a truncated binary stream is reported, not misread") {
    testing::WriteFile(dir / "cut.pb", pb.substr(0, pb.size() - 10));
    auto reader = RecordReader::Open(dir / "cut.pb");
    REQUIRE(reader.ok());
    Status last;
    for (int i = 0; i < 5; ++i) {
      auto more = (*reader)->Next(&rec);
      if (!more.ok()) { last = more.status(); break; }
      if (!*more) break;
    }
    CHECK(last.code() == StatusCode::kDataLoss);
  }
}

TEST_CASE("ParseRecordFormat: known names only") {
  CHECK(*ParseRecordFormat("jsonl") == RecordFormat::kJsonl);
  CHECK(*ParseRecordFormat("pb") == RecordFormat::kPb);
  CHECK(*ParseRecordFormat("text") == RecordFormat::kText);
  CHECK_FALSE(ParseRecordFormat("xml").ok());
}

}  // namespace
}  // namespace newsie
