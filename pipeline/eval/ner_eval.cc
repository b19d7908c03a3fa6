#include "pipeline/eval/ner_eval.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>

#include "pipeline/eval/json_reader.h"
#include "pipeline/pipeline.h"

namespace newsie {
namespace {

int TypeFromString(std::string_view s) {
  if (s == "PER" || s == "PERSON") return kNerPer;
  if (s == "ORG" || s == "ORGANIZATION") return kNerOrg;
  if (s == "LOC" || s == "LOCATION") return kNerLoc;
  return kNerMisc;
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(),
                                                suffix) == 0;
}

std::vector<std::string_view> SplitSpaces(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
    if (j > i) out.push_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

StatusOr<std::vector<NerDoc>> ReadConll(const std::string& path, std::istream& in) {
  std::vector<NerDoc> docs;
  std::vector<std::string> words, tags;
  int doc_index = 0;
  auto flush_sentence = [&]() {
    if (words.empty()) return;
    if (docs.empty()) {
      docs.emplace_back();
      docs.back().id = path + "#" + std::to_string(doc_index++);
    }
    NerDoc& d = docs.back();
    if (!d.text.empty()) d.text.push_back('\n');
    std::vector<uint32_t> starts;
    for (size_t i = 0; i < words.size(); ++i) {
      if (i) d.text.push_back(' ');
      starts.push_back(static_cast<uint32_t>(d.text.size()));
      d.text += words[i];
    }
    for (const TokenSpan& s : DecodeIob(tags)) {
      d.spans.push_back({starts[s.begin],
                         starts[s.end - 1] + static_cast<uint32_t>(words[s.end - 1].size()),
                         s.type});
    }
    words.clear();
    tags.clear();
  };
  std::string line;
  uint32_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    auto cols = SplitSpaces(line);
    if (cols.empty()) {
      flush_sentence();
      continue;
    }
    if (cols[0] == "-DOCSTART-") {
      flush_sentence();
      docs.emplace_back();
      docs.back().id = path + "#" + std::to_string(doc_index++);
      continue;
    }
    if (cols.size() < 2) {
      return InvalidArgumentError(path + ":" + std::to_string(lineno) +
                                  ": expected 'token ... tag'");
    }
    words.emplace_back(cols.front());
    tags.emplace_back(cols.back());
  }
  flush_sentence();
  std::erase_if(docs, [](const NerDoc& d) { return d.text.empty(); });
  return docs;
}

// Byte offset of each code point index in `text` (size = code points + 1).
std::vector<uint32_t> CodePointOffsets(const std::string& text) {
  std::vector<uint32_t> out;
  out.reserve(text.size() + 1);
  for (uint32_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) out.push_back(i);
  }
  out.push_back(static_cast<uint32_t>(text.size()));
  return out;
}

// The derived CoNLL JSON lines: {"id", "text", "entities": [{start, end,
// type}]}, code-point offsets, end exclusive.
StatusOr<std::vector<NerDoc>> ReadJsonl(const std::string& path) {
  auto recs = ReadJsonRecords(path);
  if (!recs.ok()) return recs.status();
  std::vector<NerDoc> docs;
  for (size_t n = 0; n < recs->size(); ++n) {
    const google::protobuf::Struct& rec = (*recs)[n];
    auto where = [&]() { return path + ": record " + std::to_string(n + 1) + ": "; };
    auto text = rec.fields().find("text");
    if (text == rec.fields().end() || !text->second.has_string_value()) {
      return InvalidArgumentError(where() + "no \"text\"");
    }
    NerDoc d;
    d.id = JsonString(rec, "id");
    d.text = text->second.string_value();
    std::vector<uint32_t> cps = CodePointOffsets(d.text);
    if (const google::protobuf::ListValue* ents = JsonList(rec, "entities")) {
      for (const google::protobuf::Value& v : ents->values()) {
        if (!v.has_struct_value()) return InvalidArgumentError(where() + "bad entity");
        const auto& f = v.struct_value().fields();
        auto s = f.find("start"), e = f.find("end"), t = f.find("type");
        if (s == f.end() || e == f.end() || t == f.end() ||
            s->second.kind_case() != google::protobuf::Value::kNumberValue ||
            e->second.kind_case() != google::protobuf::Value::kNumberValue ||
            !t->second.has_string_value()) {
          return InvalidArgumentError(where() + "bad entity");
        }
        double sb = s->second.number_value(), se = e->second.number_value();
        if (sb < 0 || se < sb || se >= double(cps.size())) {
          return InvalidArgumentError(where() + "entity offsets out of range");
        }
        d.spans.push_back({cps[static_cast<size_t>(sb)], cps[static_cast<size_t>(se)],
                           TypeFromString(t->second.string_value())});
      }
    }
    docs.push_back(std::move(d));
  }
  return docs;
}

}  // namespace

const char* NerTypeName(int t) {
  static const char* kNames[] = {"PER", "ORG", "LOC", "MISC"};
  return t >= 0 && t < kNumNerTypes ? kNames[t] : "?";
}

int NerTypeOf(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return kNerPer;
    case EntityType::kOrganization: return kNerOrg;
    case EntityType::kLocation: return kNerLoc;
    default: return kNerMisc;
  }
}

std::vector<TokenSpan> DecodeIob(const std::vector<std::string>& tags) {
  std::vector<TokenSpan> out;
  int cur = -1;  // type of the open span
  for (uint32_t i = 0; i < tags.size(); ++i) {
    const std::string& tag = tags[i];
    if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') {
      cur = -1;
      continue;
    }
    int type = TypeFromString(std::string_view(tag).substr(2));
    if (tag[0] == 'B' || cur != type) {
      out.push_back({i, i + 1, type});
      cur = type;
    } else {
      out.back().end = i + 1;
    }
  }
  return out;
}

StatusOr<std::vector<NerDoc>> ReadNerGold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("gold file not found: " + path);
  if (EndsWith(path, ".conll") || EndsWith(path, ".txt")) return ReadConll(path, in);
  return ReadJsonl(path);
}

std::vector<NerSpan> SpansFromMentions(const Document& doc) {
  std::vector<NerSpan> out;
  for (const Mention& m : doc.mentions()) {
    if (m.kind != MentionKind::kName) continue;
    out.push_back({m.span.begin, m.span.end, NerTypeOf(m.type)});
  }
  return out;
}

void NerScorer::Add(std::vector<NerSpan> gold, std::vector<NerSpan> pred) {
  ++docs_;
  auto uniq = [](std::vector<NerSpan>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  };
  uniq(gold);
  uniq(pred);
  for (int t = 0; t < kNumNerTypes; ++t) {
    std::vector<NerSpan> g, p, both;
    std::copy_if(gold.begin(), gold.end(), std::back_inserter(g),
                 [t](const NerSpan& s) { return s.type == t; });
    std::copy_if(pred.begin(), pred.end(), std::back_inserter(p),
                 [t](const NerSpan& s) { return s.type == t; });
    std::set_intersection(g.begin(), g.end(), p.begin(), p.end(), std::back_inserter(both));
    by_type_[t].tp += both.size();
    by_type_[t].fp += p.size() - both.size();
    by_type_[t].fn += g.size() - both.size();
  }
  auto untyped = [](const std::vector<NerSpan>& v) {
    std::vector<std::pair<uint32_t, uint32_t>> out;
    for (const NerSpan& s : v) out.emplace_back(s.begin, s.end);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  auto ug = untyped(gold), up = untyped(pred);
  std::vector<std::pair<uint32_t, uint32_t>> both;
  std::set_intersection(ug.begin(), ug.end(), up.begin(), up.end(), std::back_inserter(both));
  untyped_.tp += both.size();
  untyped_.fp += up.size() - both.size();
  untyped_.fn += ug.size() - both.size();
}

Prf NerScorer::MicroPerOrgLoc() const {
  Prf r;
  for (int t : {kNerPer, kNerOrg, kNerLoc}) {
    r.tp += by_type_[t].tp;
    r.fp += by_type_[t].fp;
    r.fn += by_type_[t].fn;
  }
  return r;
}

Prf NerScorer::MicroAll() const {
  Prf r = MicroPerOrgLoc();
  r.tp += by_type_[kNerMisc].tp;
  r.fp += by_type_[kNerMisc].fp;
  r.fn += by_type_[kNerMisc].fn;
  return r;
}

void NerScorer::Print(std::ostream& os) const {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-18s %6s %6s %6s %6s %6s %6s\n", "type", "P", "R", "F1",
                "tp", "fp", "fn");
  os << buf;
  auto row = [&](const char* name, const Prf& r) {
    std::snprintf(buf, sizeof buf, "%-18s %6.4f %6.4f %6.4f %6llu %6llu %6llu\n", name,
                  r.precision(), r.recall(), r.f1(), static_cast<unsigned long long>(r.tp),
                  static_cast<unsigned long long>(r.fp),
                  static_cast<unsigned long long>(r.fn));
    os << buf;
  };
  for (int t = 0; t < kNumNerTypes; ++t) row(NerTypeName(t), by_type_[t]);
  row("micro PER+ORG+LOC", MicroPerOrgLoc());
  row("micro all 4", MicroAll());
  row("untyped spans", untyped_);
}

NerScorer EvaluateNer(const Pipeline& pipeline, const std::vector<NerDoc>& gold,
                      const NerEvalOptions& options, std::ostream* errors) {
  NerScorer scorer;
  int shown = 0;
  for (const NerDoc& g : gold) {
    Document doc(g.text);
    doc.mutable_meta().article_id = g.id;
    std::vector<NerSpan> pred;
    if (pipeline.Run(doc)) {
      for (const Mention& m : doc.mentions()) {
        if (m.kind != MentionKind::kName) continue;
        int type = NerTypeOf(m.type);
        if (m.metonymy && options.metonymy_as_location) type = kNerLoc;
        pred.push_back({m.span.begin, m.span.end, type});
      }
    }
    if (errors && shown < options.show) {
      std::vector<NerSpan> gs = g.spans, ps = pred, fn, fp;
      std::sort(gs.begin(), gs.end());
      std::sort(ps.begin(), ps.end());
      std::set_difference(gs.begin(), gs.end(), ps.begin(), ps.end(), std::back_inserter(fn));
      std::set_difference(ps.begin(), ps.end(), gs.begin(), gs.end(), std::back_inserter(fp));
      for (const auto* list : {&fn, &fp}) {
        for (const NerSpan& s : *list) {
          if (shown++ >= options.show) break;
          *errors << (list == &fn ? "FN " : "FP ") << g.id << " " << NerTypeName(s.type)
                  << " '" << std::string_view(g.text).substr(s.begin, s.end - s.begin)
                  << "'\n";
        }
      }
    }
    scorer.Add(g.spans, std::move(pred));
  }
  return scorer;
}

}  // namespace newsie
