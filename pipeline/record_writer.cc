#include "pipeline/record_writer.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/util/delimited_message_util.h>
#include <google/protobuf/util/json_util.h>

#include <cstdio>

#include "pipeline/internal/fast_json.h"
#include "pipeline/internal/utf8.h"
#include "pipeline/pipeline.h"

namespace newsie {
namespace {

namespace v1 = newsie::v1;

// The C++ enums mirror the proto enums value for value; these keep it so.
static_assert(static_cast<int>(NumberKind::kOther) == v1::OTHER);
static_assert(static_cast<int>(NumberKind::kCount) == v1::COUNT);
static_assert(static_cast<int>(Qualifier::kRange) == v1::RANGE);
static_assert(static_cast<int>(Qualifier::kExact) == v1::EXACT);

v1::EntityType ToProto(EntityType t) {
  switch (t) {
    case EntityType::kUnspecified: return v1::ENTITY_TYPE_UNSPECIFIED;
    case EntityType::kPerson: return v1::PERSON;
    case EntityType::kOrganization: return v1::ORGANIZATION;
    case EntityType::kLocation: return v1::LOCATION;
    case EntityType::kMisc: return v1::MISC;
  }
  return v1::ENTITY_TYPE_UNSPECIFIED;
}

v1::MentionKind ToProto(MentionKind k) {
  switch (k) {
    case MentionKind::kName: return v1::NAME;
    case MentionKind::kNominal: return v1::NOMINAL;
    case MentionKind::kPronoun: return v1::PRONOUN;
  }
  return v1::MENTION_KIND_UNSPECIFIED;
}

v1::QuoteKind ToProto(QuoteKind k) {
  switch (k) {
    case QuoteKind::kDirect: return v1::DIRECT;
    case QuoteKind::kPartial: return v1::PARTIAL;
    case QuoteKind::kIndirect: return v1::INDIRECT;
    case QuoteKind::kScare: return v1::SCARE;
  }
  return v1::QUOTE_KIND_UNSPECIFIED;
}

v1::Severity ToProto(Severity s) {
  switch (s) {
    case Severity::kInfo: return v1::INFO;
    case Severity::kWarning: return v1::WARNING;
    case Severity::kError: return v1::ERROR;
  }
  return v1::SEVERITY_UNSPECIFIED;
}

v1::NumberKind ToProto(NumberKind k) { return static_cast<v1::NumberKind>(k); }
v1::Qualifier ToProto(Qualifier q) { return static_cast<v1::Qualifier>(q); }

std::string EntityId(int32_t index) {
  std::string id = std::to_string(index + 1);
  id.insert(id.begin(), 'e');
  return id;
}

// Converts spans, clamping any that fall outside the text or cut a UTF-8
// sequence (an extractor bug) so the record stays valid; counts them.
class SpanWriter {
 public:
  // Validating the whole text once makes each span's check two byte tests:
  // a slice of valid UTF-8 is valid exactly when both ends fall on code
  // point boundaries.
  explicit SpanWriter(const Document& doc)
      : doc_(doc), text_valid_(IsValidUtf8(doc.text())) {}

  void Set(Span s, v1::Span* out) {
    s = Clamp(s);
    out->set_begin_byte(s.begin);
    out->set_end_byte(s.end);
    AssignText(s, out->mutable_text());
  }
  std::string Text(Span s) {
    std::string text;
    AssignText(Clamp(s), &text);
    return text;
  }
  int bad() const { return bad_; }

 private:
  Span Clamp(Span s) {
    const uint32_t n = static_cast<uint32_t>(doc_.text().size());
    if (s.end > n || s.begin > s.end) {
      ++bad_;
      s.end = std::min(s.end, n);
      s.begin = std::min(s.begin, s.end);
    }
    return s;
  }
  // REQUIRES: `s` clamped.
  void AssignText(Span s, std::string* out) {
    std::string_view text = doc_.Slice(s);
    out->assign(text.data(), text.size());
    if (!(text_valid_ ? Boundary(s.begin) && Boundary(s.end) : IsValidUtf8(text))) {
      ++bad_;
      SanitizeUtf8(out);
    }
  }
  // True when byte `i` starts a code point or is the end of the text.
  bool Boundary(uint32_t i) const {
    return i >= doc_.text().size() || (static_cast<unsigned char>(doc_.text()[i]) & 0xC0) != 0x80;
  }

  const Document& doc_;
  const bool text_valid_;
  int bad_ = 0;
};

void SetSpeaker(const Speaker& s, SpanWriter& spans, v1::Speaker* out) {
  out->set_name(s.name);
  if (s.entity >= 0) out->set_entity_id(EntityId(s.entity));
  if (s.resolved || !s.mention.empty()) spans.Set(s.mention, out->mutable_mention());
  out->set_resolved(s.resolved);
}

}  // namespace

std::vector<std::pair<std::string, int>> StageInfos(const Pipeline& pipeline) {
  std::vector<std::pair<std::string, int>> out;
  for (const auto& st : pipeline.stages()) {
    out.emplace_back(st->info().name, st->info().version);
  }
  return out;
}

void DocumentToRecord(const Document& doc, const RecordOptions& opts,
                      v1::ArticleRecord* rec) {
  rec->Clear();
  SpanWriter spans(doc);
  const ArticleMeta& meta = doc.meta();
  v1::Article* art = rec->mutable_article();
  art->set_article_id(meta.article_id);
  if (meta.version) art->set_version(*meta.version);
  art->set_date(meta.date);
  art->set_title(meta.title);
  art->set_url(meta.url);
  art->set_source(meta.source);
  art->set_origin(meta.origin);
  if (opts.include_text) art->set_text(doc.text().data(), doc.text().size());

  const auto& mentions = doc.mentions();
  // Repeated fields sized once (the arena's AddOutOfLineHelper otherwise
  // grows each one by doubling as its elements come).
  rec->mutable_entities()->Reserve(static_cast<int>(doc.entities().size()));
  for (const Entity& e : doc.entities()) {
    v1::Entity* pe = rec->add_entities();
    pe->set_id(EntityId(rec->entities_size() - 1));
    pe->set_type(ToProto(e.type));
    pe->set_canonical_name(e.canonical_name);
    pe->set_gazetteer_id(e.gazetteer_id);
    pe->set_wikidata_id(e.wikidata_id);
    for (const std::string& t : e.titles) pe->add_titles(t);
    pe->mutable_mentions()->Reserve(static_cast<int>(e.mentions.size()));
    pe->mutable_mention_details()->Reserve(static_cast<int>(e.mentions.size()));
    pe->mutable_references()->Reserve(static_cast<int>(e.references.size()));
    for (uint32_t mi : e.mentions) {
      if (mi >= mentions.size()) continue;
      const Mention& m = mentions[mi];
      spans.Set(m.span, pe->add_mentions());
      v1::Mention* pm = pe->add_mention_details();
      spans.Set(m.span, pm->mutable_span());
      pm->set_kind(ToProto(m.kind));
      if (!m.title.empty()) pm->set_title(spans.Text(m.title));
      pm->set_metonymy(m.metonymy);
    }
    for (const Mention& r : e.references) {
      v1::Mention* pr = pe->add_references();
      spans.Set(r.span, pr->mutable_span());
      pr->set_kind(ToProto(r.kind));
    }
  }

  rec->mutable_quotes()->Reserve(static_cast<int>(doc.quotes().size()));
  for (const Quote& q : doc.quotes()) {
    v1::Quote* pq = rec->add_quotes();
    std::string text;
    for (const Span& f : q.fragments) {
      if (!text.empty()) text += ' ';
      text += spans.Text(f);
      spans.Set(f, pq->add_fragments());
    }
    if (q.fragments.empty()) text = spans.Text(q.span);
    pq->set_text(std::move(text));
    spans.Set(q.span, pq->mutable_span());
    pq->set_kind(ToProto(q.kind));
    SetSpeaker(q.speaker, spans, pq->mutable_speaker());
    pq->set_speaker_confidence(q.speaker.confidence);
    if (!q.cue.empty()) spans.Set(q.cue, pq->mutable_cue());
    if (!q.sentence.empty()) spans.Set(q.sentence, pq->mutable_sentence());
    pq->set_sourceless(q.sourceless);
    if (!q.original_speaker.mention.empty()) {
      SetSpeaker(q.original_speaker, spans, pq->mutable_original_speaker());
    }
  }

  rec->mutable_claims()->Reserve(static_cast<int>(doc.claims().size()));
  for (const Claim& c : doc.claims()) {
    v1::Claim* pc = rec->add_claims();
    pc->set_value(c.value);
    pc->set_value_text(spans.Text(c.value_span));
    pc->set_unit(c.unit);
    pc->set_qualifier(ToProto(c.qualifier));
    pc->set_kind(ToProto(c.kind));
    spans.Set(c.span, pc->mutable_span());
    if (!c.sentence.empty()) spans.Set(c.sentence, pc->mutable_sentence());
    if (c.holder.resolved || !c.holder.name.empty()) {
      SetSpeaker(c.holder, spans, pc->mutable_holder());
    }
    pc->set_counted(c.counted);
    pc->set_claim_key(c.claim_key);
    if (c.low) pc->set_value_low(*c.low);
    if (c.high) pc->set_value_high(*c.high);
    pc->set_currency(c.currency);
  }

  if (opts.emit_numbers) {
    for (const NumberMention& n : doc.numbers()) {
      v1::Number* pn = rec->add_numbers();
      pn->set_value(n.value);
      pn->set_kind(ToProto(n.kind));
      spans.Set(n.span, pn->mutable_span());
      if (n.is_range) {
        pn->set_is_range(true);
        pn->set_value_low(n.low);
        pn->set_value_high(n.high);
      }
      pn->set_unit(n.unit);
      pn->set_currency(n.currency);
    }
  }
  if (opts.emit_sentences) {
    for (const Sentence& s : doc.sentences()) spans.Set(s.span, rec->add_sentences());
  }

  for (const Diagnostic& d : doc.diagnostics()) {
    v1::Diagnostic* pd = rec->add_diagnostics();
    pd->set_severity(ToProto(d.severity));
    pd->set_stage(d.stage);
    pd->set_message(d.message);
    pd->set_file(d.file);
    pd->set_line(d.line);
  }
  if (spans.bad() > 0) {
    v1::Diagnostic* pd = rec->add_diagnostics();
    pd->set_severity(v1::WARNING);
    pd->set_stage("record_writer");
    pd->set_message(std::to_string(spans.bad()) +
                    " span(s) outside the text or off UTF-8 boundaries were clamped");
  }
  for (const auto& [name, version] : opts.extractors) {
    v1::StageInfo* si = rec->add_extractors();
    si->set_name(name);
    si->set_version(version);
  }
  rec->set_gazetteer_fingerprint(opts.gazetteer_fingerprint);
  rec->set_schema_version(kSchemaVersion);
}

StatusOr<RecordFormat> ParseRecordFormat(std::string_view name) {
  if (name == "jsonl" || name == "json") return RecordFormat::kJsonl;
  if (name == "pb") return RecordFormat::kPb;
  if (name == "text") return RecordFormat::kText;
  return InvalidArgumentError("unknown format '" + std::string(name) +
                              "' (expected jsonl, pb or text)");
}

Status RecordToJson(const google::protobuf::Message& rec, std::string* out) {
  // The same bytes as protobuf's printer, ~10x faster (fast_json.h).
  if (internal::AppendMessageJson(rec, out)) return OkStatus();
  google::protobuf::util::JsonPrintOptions po;
  po.preserve_proto_field_names = true;
  auto st = google::protobuf::util::MessageToJsonString(rec, out, po);
  if (!st.ok()) return InternalError("cannot print record as JSON: " + st.ToString());
  return OkStatus();
}

Status AppendRecord(const v1::ArticleRecord& rec, RecordFormat format,
                    std::string* out) {
  switch (format) {
    case RecordFormat::kJsonl: {
      NEWSIE_RETURN_IF_ERROR(RecordToJson(rec, out));
      out->push_back('\n');
      return OkStatus();
    }
    case RecordFormat::kPb: {
      google::protobuf::io::StringOutputStream sos(out);
      if (!google::protobuf::util::SerializeDelimitedToZeroCopyStream(rec, &sos)) {
        return InternalError("cannot serialize record");
      }
      return OkStatus();
    }
    case RecordFormat::kText:
      *out += RecordToText(rec);
      return OkStatus();
  }
  return InternalError("bad format");
}

namespace {

// At most `max` bytes of `s`, cut on a code-point boundary, with "…".
std::string Clip(const std::string& s, size_t max = 200) {
  if (s.size() <= max) return s;
  size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n) + "…";
}

std::string FormatDouble(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

// " <unit> of <counted>" ("tons of defense equipment"), or " <counted>" alone when the
// counted phrase already ends in the unit ("heavily armed troops", unit "troops"), so the
// text view never prints "troops of heavily armed troops".
std::string UnitText(const std::string& unit, const std::string& counted) {
  if (counted.empty()) return unit.empty() ? "" : " " + unit;
  if (unit.empty()) return " of " + counted;
  const std::string_view c = counted;
  const bool ends_in_unit = c.ends_with(unit) && (c.size() == unit.size() ||
                                                  c[c.size() - unit.size() - 1] == ' ');
  return ends_in_unit ? " " + counted : " " + unit + " of " + counted;
}

std::string SpeakerText(const v1::Speaker& s) {
  if (!s.resolved() && s.name().empty()) return "(unknown)";
  std::string out = s.name().empty() ? s.mention().text() : s.name();
  if (!s.entity_id().empty()) out += " [" + s.entity_id() + "]";
  if (!s.mention().text().empty() && s.mention().text() != s.name()) {
    out += " via \"" + s.mention().text() + "\"";
  }
  return out;
}

}  // namespace

std::string RecordToText(const v1::ArticleRecord& rec) {
  const v1::Article& a = rec.article();
  std::string o = "== " + (a.article_id().empty() ? std::string("(no id)") : a.article_id());
  o += " version " + std::to_string(a.version());
  if (!a.date().empty()) o += "  " + a.date();
  if (!a.source().empty()) o += "  " + a.source();
  if (rec.error()) o += "  [ERROR RECORD]";
  o += "\n";
  if (!a.title().empty()) o += "   title: " + a.title() + "\n";
  if (!a.origin().empty()) o += "   from:  " + a.origin() + "\n";

  o += "entities (" + std::to_string(rec.entities_size()) + "):\n";
  for (const v1::Entity& e : rec.entities()) {
    o += "  " + e.id() + "  " + v1::EntityType_Name(e.type()) + "  " + e.canonical_name();
    if (!e.gazetteer_id().empty()) o += "  <" + e.gazetteer_id() + ">";
    o += "  (" + std::to_string(e.mentions_size()) + " mention" +
         (e.mentions_size() == 1 ? "" : "s") + ")";
    // References as written, in text order: `also "he", "the secretary"`.
    for (int i = 0; i < e.references_size(); ++i) {
      o += (i == 0 ? "  also \"" : ", \"") + e.references(i).span().text() + "\"";
    }
    o += "\n";
  }
  o += "quotes (" + std::to_string(rec.quotes_size()) + "):\n";
  for (const v1::Quote& q : rec.quotes()) {
    o += "  " + v1::QuoteKind_Name(q.kind()) + "  " + SpeakerText(q.speaker());
    if (!q.cue().text().empty()) o += " (" + q.cue().text() + ")";
    o += ": \"" + Clip(q.text()) + "\"\n";
  }
  o += "claims (" + std::to_string(rec.claims_size()) + "):\n";
  for (const v1::Claim& c : rec.claims()) {
    o += "  " + v1::Qualifier_Name(c.qualifier()) + " " + FormatDouble(c.value());
    if (c.has_value_low() || c.has_value_high()) {
      o += " [" + FormatDouble(c.value_low()) + ".." + FormatDouble(c.value_high()) + "]";
    }
    o += UnitText(c.unit(), c.counted());
    o += "  (" + v1::NumberKind_Name(c.kind()) + ")  \"" + Clip(c.span().text(), 120) + "\"";
    if (c.has_holder()) o += "  holder: " + SpeakerText(c.holder());
    o += "\n";
  }
  if (rec.numbers_size() > 0) {
    o += "numbers (" + std::to_string(rec.numbers_size()) + "):\n";
    for (const v1::Number& n : rec.numbers()) {
      o += "  " + v1::NumberKind_Name(n.kind()) + " " + FormatDouble(n.value()) + "  \"" +
           n.span().text() + "\"\n";
    }
  }
  if (rec.diagnostics_size() > 0) {
    o += "diagnostics (" + std::to_string(rec.diagnostics_size()) + "):\n";
    for (const v1::Diagnostic& d : rec.diagnostics()) {
      o += "  " + v1::Severity_Name(d.severity()) + " " + d.stage() + ": ";
      if (!d.file().empty()) o += d.file() + ":" + std::to_string(d.line()) + ": ";
      o += d.message() + "\n";
    }
  }
  o += "\n";
  return o;
}

}  // namespace newsie
