// Scoring nominal and pronoun references (Entity::references) against a
// hand-labelled gold set (`newsie eval coref`).
//
// Gold file: tab-separated lines, '#' comments.
//   article  ARTICLE_ID  VERSION  SPLIT
//   ref      ARTICLE_ID  VERSION  BEGIN_BYTE  END_BYTE  KIND  REFERENT  TEXT
// SPLIT names the part ("tune": rules were tuned on it; "heldout"). KIND
// is PRONOUN or NOMINAL. REFERENT is the entity's name (spellings
// separated by '|') or NONE. Within a gold article the labels are
// exhaustive for he/she pronouns (him, his, herself, ...) outside quotes
// and for definite nominals ("the ..."): a system reference of that form
// that overlaps no gold span counts as a wrong link; other references
// ("they", "a spokesman") are counted apart, unscored.
//
//   auto gold = LoadCorefGold("tests/testdata/coref/gold/news_article_versions.tsv");
//   CorefScore s;
//   ScoreCorefDocument(*gold, doc, &s);  // each extracted gold article
//   s.Get("tune", MentionKind::kPronoun).precision();
//
// Thread safety: values.
#ifndef NEWSIE_PIPELINE_EVAL_COREF_EVAL_H_
#define NEWSIE_PIPELINE_EVAL_COREF_EVAL_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/document.h"
#include "pipeline/status.h"

namespace newsie {

struct CorefGoldArticle {
  std::string article_id;
  int64_t version = 0;
  std::string split;
};

struct CorefGoldRef {
  std::string article_id;
  int64_t version = 0;
  Span span;
  MentionKind kind = MentionKind::kPronoun;
  std::vector<std::string> referents;  // empty: NONE
  std::string text;
};

struct CorefGold {
  std::vector<CorefGoldArticle> articles;
  std::vector<CorefGoldRef> refs;
};

// NotFound when the file is missing; InvalidArgument "file:line: reason"
// for a malformed line or a ref outside the declared articles.
StatusOr<CorefGold> LoadCorefGold(const std::string& path);

struct CorefCounts {
  uint64_t gold = 0;    // gold references with a referent (not NONE)
  uint64_t linked = 0;  // scored system references
  uint64_t right = 0;   // linked to the gold referent
  double precision() const { return linked ? double(right) / double(linked) : 1.0; }
  double recall() const { return gold ? double(right) / double(gold) : 1.0; }
};

struct CorefScore {
  // By (split, kind); kind kName is unused.
  std::map<std::pair<std::string, MentionKind>, CorefCounts> counts;
  uint64_t unscored = 0;  // references outside the gold's scope
  std::vector<std::string> wrong, missed, outside;  // "id@begin "he" -> X (gold Y)"
  CorefCounts& Get(const std::string& split, MentionKind kind) { return counts[{split, kind}]; }
  // Over the splits given (all when empty) and the kinds given.
  CorefCounts Sum(const std::vector<std::string>& splits,
                  const std::vector<MentionKind>& kinds) const;
};

// Adds `doc`'s references to `score` when doc.meta() names a gold article
// (its id and version); other documents are ignored. A gold reference is
// right when a reference overlapping its span belongs to an entity whose
// canonical name or one of whose name mentions equals one of its
// referents (case-blind).
void ScoreCorefDocument(const CorefGold& gold, const Document& doc, CorefScore* score);

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_EVAL_COREF_EVAL_H_
