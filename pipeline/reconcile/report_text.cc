#include "pipeline/reconcile/report_text.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/util/delimited_message_util.h>

#include "pipeline/reconcile/reconciler.h"
#include "pipeline/reconcile/text_align.h"

namespace newsie::reconcile {
namespace {

std::string Num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.12g", v);
  return buf;
}

const char* QualifierWord(v1::Qualifier q) {
  switch (q) {
    case v1::APPROXIMATE: return "about ";
    case v1::MORE_THAN: return "more than ";
    case v1::AT_LEAST: return "at least ";
    case v1::LESS_THAN: return "less than ";
    case v1::AT_MOST: return "at most ";
    case v1::UP_TO: return "up to ";
    case v1::INCREASE: return "up by ";
    case v1::DECREASE: return "down by ";
    default: return "";
  }
}

std::string ClaimSummary(const v1::Claim& c) {
  std::string s = QualifierWord(c.qualifier());
  if (c.has_value_low() && c.has_value_high()) {
    s += Num(c.value_low()) + "-" + Num(c.value_high());
  } else {
    s += Num(c.value());
  }
  if (!c.currency().empty()) s += " " + c.currency();
  if (!c.unit().empty()) s += " " + c.unit();
  if (!c.counted().empty()) s += " (" + c.counted() + ")";
  if (!c.holder().name().empty()) s += " [" + c.holder().name() + "]";
  return s;
}

// `sentence` with the bytes of `inner` (a span of the same text) wrapped.
std::string MarkSpan(const v1::Span& sentence, const v1::Span& inner, const char* open,
                     const char* close) {
  const std::string& t = sentence.text();
  if (inner.end_byte() <= inner.begin_byte() || inner.begin_byte() < sentence.begin_byte() ||
      inner.end_byte() > sentence.begin_byte() + t.size()) {
    return t;
  }
  size_t b = inner.begin_byte() - sentence.begin_byte();
  size_t e = inner.end_byte() - sentence.begin_byte();
  return t.substr(0, b) + open + t.substr(b, e - b) + close + t.substr(e);
}

// Before/after sentence lines: a word diff when the sentences are versions
// of each other, otherwise the items' own spans marked.
void Sentences(const v1::Span& bs, const v1::Span& as, const v1::Span& b_item,
               const v1::Span& a_item, bool has_before, bool has_after, std::string* out) {
  std::string before, after;
  if (has_before && has_after) {
    VersionText vb = VersionText::FromText(bs.text());
    VersionText va = VersionText::FromText(as.text());
    std::vector<uint64_t> wb, wa;
    for (const auto& s : vb.sentences()) wb.insert(wb.end(), s.sorted.begin(), s.sorted.end());
    for (const auto& s : va.sentences()) wa.insert(wa.end(), s.sorted.begin(), s.sorted.end());
    std::sort(wb.begin(), wb.end());
    std::sort(wa.begin(), wa.end());
    if (BagDice(wb, wa) >= 0.5) {
      MarkedPair m = MarkChangedWords(bs.text(), as.text());
      before = m.before_marked;
      after = m.after_marked;
    }
  }
  if (before.empty() && has_before) before = MarkSpan(bs, b_item, "[-", "-]");
  if (after.empty() && has_after) after = MarkSpan(as, a_item, "{+", "+}");
  if (has_before) *out += "    - " + before + "\n";
  if (has_after) *out += "    + " + after + "\n";
}

}  // namespace

std::string ChangeReportToText(const v1::ChangeReport& r) {
  std::string out = "== " + r.article_id() + ": version " + std::to_string(r.from_version());
  if (!r.from_date().empty()) out += " (" + r.from_date() + ")";
  out += " -> " + std::to_string(r.to_version());
  if (!r.to_date().empty()) out += " (" + r.to_date() + ")";
  out += "\n";
  if (r.claim_changes().empty() && r.quote_changes().empty()) {
    out += "  no changes\n";
    return out;
  }
  char conf[32];
  for (const v1::ClaimChange& c : r.claim_changes()) {
    std::snprintf(conf, sizeof(conf), "%.2f", c.confidence());
    out += "  claim " + std::string(ChangeKindName(c.kind())) + " (" + conf + "): ";
    if (c.has_before()) out += ClaimSummary(c.before());
    if (c.has_before() && c.has_after()) out += " -> ";
    if (c.has_after()) out += ClaimSummary(c.after());
    out += "\n";
    Sentences(c.before_sentence(), c.after_sentence(), c.before().span(), c.after().span(),
              c.has_before(), c.has_after(), &out);
  }
  for (const v1::QuoteChange& q : r.quote_changes()) {
    std::snprintf(conf, sizeof(conf), "%.2f", q.confidence());
    out += "  quote " + std::string(ChangeKindName(q.kind())) + " (" + conf + "): ";
    auto side = [](const v1::Quote& x) {
      std::string s = x.speaker().name().empty() ? "(unknown speaker)" : x.speaker().name();
      return s + ": \"" + x.text() + "\"";
    };
    if (q.has_before()) out += side(q.before());
    if (q.has_before() && q.has_after()) out += q.kind() == v1::SPEAKER_CHANGED ? " -> " : "\n      -> ";
    if (q.has_after()) out += q.kind() == v1::SPEAKER_CHANGED ? q.after().speaker().name() : side(q.after());
    out += "\n";
    if (q.kind() == v1::TEXT_CHANGED) {
      // The same quoted words in a changed statement: show the statement.
      bool statement = q.before().text() == q.after().text() &&
                       !q.before().span().text().empty() && !q.after().span().text().empty();
      MarkedPair m = statement
                         ? MarkChangedWords(q.before().span().text(), q.after().span().text())
                         : MarkChangedWords(q.before().text(), q.after().text());
      out += "    - \"" + m.before_marked + "\"\n    + \"" + m.after_marked + "\"\n";
    } else {
      Sentences(q.before_sentence(), q.after_sentence(), q.before().span(), q.after().span(),
                q.has_before(), q.has_after(), &out);
    }
  }
  return out;
}

Status AppendReport(const v1::ChangeReport& report, RecordFormat format, std::string* out) {
  switch (format) {
    case RecordFormat::kJsonl: {
      std::string line;
      NEWSIE_RETURN_IF_ERROR(RecordToJson(report, &line));
      out->append(line);
      out->push_back('\n');
      return OkStatus();
    }
    case RecordFormat::kPb: {
      google::protobuf::io::StringOutputStream sos(out);
      if (!google::protobuf::util::SerializeDelimitedToZeroCopyStream(report, &sos)) {
        return InternalError("cannot serialize change report");
      }
      return OkStatus();
    }
    case RecordFormat::kText:
      out->append(ChangeReportToText(report));
      out->push_back('\n');
      return OkStatus();
  }
  return InternalError("unknown format");
}

}  // namespace newsie::reconcile
