#include "pipeline/eval/ner_eval.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tests/testing/temp_dir.h"

namespace newsie {
namespace {

TEST_CASE("DecodeIob: IOB1 and BIO decode to the same spans") {
  // IOB1: I- starts an entity unless it continues one of its type; B- only
  // separates two adjacent entities of one type.
  std::vector<std::string> iob1 = {"I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-MISC"};
  std::vector<std::string> bio = {"B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG", "B-MISC"};
  for (const auto& tags : {iob1, bio}) {
    auto spans = DecodeIob(tags);
    REQUIRE(spans.size() == 5);
    CHECK(spans[0].begin == 0);
    CHECK(spans[0].end == 2);
    CHECK(spans[0].type == kNerPer);
    CHECK(spans[1].begin == 3);
    CHECK(spans[1].end == 4);
    CHECK(spans[2].begin == 4);
    CHECK(spans[2].type == kNerLoc);
    CHECK(spans[3].type == kNerOrg);
    CHECK(spans[4].type == kNerMisc);
  }
}

TEST_CASE("NerScorer: exact span and type, per type and micro over PER+ORG+LOC") {
  NerScorer s;
  // gold: PER [0,5) ORG [6,9) LOC [10,14) MISC [15,20)
  // pred: PER [0,5) right; ORG [6,8) wrong span; LOC [10,14) typed ORG;
  //       MISC [15,20) right.
  s.Add({{0, 5, kNerPer}, {6, 9, kNerOrg}, {10, 14, kNerLoc}, {15, 20, kNerMisc}},
        {{0, 5, kNerPer}, {6, 8, kNerOrg}, {10, 14, kNerOrg}, {15, 20, kNerMisc}});
  CHECK(s.type(kNerPer).tp == 1);
  CHECK(s.type(kNerOrg).tp == 0);
  CHECK(s.type(kNerOrg).fp == 2);
  CHECK(s.type(kNerOrg).fn == 1);
  CHECK(s.type(kNerLoc).fn == 1);
  Prf micro = s.MicroPerOrgLoc();
  CHECK(micro.tp == 1);
  CHECK(micro.fp == 2);
  CHECK(micro.fn == 2);
  CHECK(micro.f1() == doctest::Approx(2.0 * (1.0 / 3) * (1.0 / 3) / (2.0 / 3)));
  CHECK(s.untyped().tp == 3);  // the LOC typed ORG still has the right span
  CHECK(s.MicroAll().tp == 2);
}

TEST_CASE("ReadNerGold: JSON lines with code-point offsets become byte offsets") {
  testing::TempDir dir;
  // "Zürich" has a two-byte letter: code points [8,14) are bytes [8,15).
  testing::WriteFile(dir / "g.jsonl",
                     "{\"id\": \"d1\", \"text\": \"Flights Z\\u00fcrich Air\", \"entities\": "
                     "[{\"start\": 8, \"end\": 14, \"type\": \"LOC\", \"text\": \"Z\\u00fcrich\"},"
                     " {\"start\": 15, \"end\": 18, \"type\": \"ORG\"}]}\n");
  auto docs = ReadNerGold(dir / "g.jsonl");
  REQUIRE(docs.ok());
  REQUIRE(docs->size() == 1);
  const NerDoc& d = (*docs)[0];
  CHECK(d.id == "d1");
  REQUIRE(d.spans.size() == 2);
  CHECK(d.text.substr(d.spans[0].begin, d.spans[0].end - d.spans[0].begin) == "Z\xC3\xBCrich");
  CHECK(d.text.substr(d.spans[1].begin, d.spans[1].end - d.spans[1].begin) == "Air");
  CHECK(d.spans[1].type == kNerOrg);
}

TEST_CASE("ReadNerGold: CoNLL columns build the text the JSON lines use") {
  testing::TempDir dir;
  testing::WriteFile(dir / "g.conll",
                     "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n"
                     "German JJ I-NP I-MISC\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n");
  auto docs = ReadNerGold(dir / "g.conll");
  REQUIRE(docs.ok());
  REQUIRE(docs->size() == 1);
  CHECK((*docs)[0].text == "EU rejects German\nPeter Blackburn");
  REQUIRE((*docs)[0].spans.size() == 3);
  CHECK((*docs)[0].spans[2].begin == 18);
  CHECK((*docs)[0].spans[2].end == 33);
}

TEST_CASE("ReadNerGold: missing file is NotFound, malformed JSON names the line") {
  CHECK(ReadNerGold("/nonexistent/gold.jsonl").status().code() == StatusCode::kNotFound);
  testing::TempDir dir;
  testing::WriteFile(dir / "bad.jsonl", "{\"text\": \"a\"}\n{\"text\": \n");
  auto r = ReadNerGold(dir / "bad.jsonl");
  REQUIRE(!r.ok());
  CHECK(r.status().message().find("bad.jsonl:2") != std::string::npos);
}


}  // namespace
}  // namespace newsie
