// The tagger's fast path for stage-1 emissions: the same sums as scoring
// every key ExtractNerFeatures lists (NerModel::AddEmissions), without
// listing them. Most keys belong to one word alone (its word, affixes,
// shape, classes) or to one neighbour (the previous word's lower form,
// shape and class), and most words recur, so a per-thread cache keeps,
// for each word seen recently (its bytes and capitalization flags), the
// summed int16 weights of its own keys and of the keys it gives its
// neighbours; a token then adds a few cached sums and hashes only the keys
// that join it with its neighbours or the document (but the row of its
// three neighbours' shapes, which take few values, is cached too, and each
// word keeps the rows of the word-shape keys it last formed with the shape
// after and before it). Integer
// sums are exact in any order, so the emissions are bit-identical to
// AddEmissions'.
//
//   std::vector<float> e;
//   ner::AddStage1Emissions(stage1, doc, gazetteers, &matches, clusters, &e);
//
// Thread safety: thread-compatible per thread; the cache is thread_local
// (at most kMaxCachedWords words, about 4.2 MB a thread) and keyed by the
// perceptron's id() and the clusters, so any model may be used on any
// thread.
#ifndef NEWSIE_EXTRACTORS_ENTITIES_NER_SCORER_H_
#define NEWSIE_EXTRACTORS_ENTITIES_NER_SCORER_H_

#include <vector>

#include "extractors/entities/ner_features.h"
#include "extractors/entities/ner_model.h"
#include "pipeline/document.h"

namespace newsie {

class Gazetteers;
struct GazetteerMatch;

namespace ner {

// Words the per-thread cache holds before it starts over.
inline constexpr size_t kMaxCachedWords = 16384;

// Sets e (sized to the token count) to `p`'s emissions over the features
// ExtractNerFeatures(doc, gazetteers, matches, &fs, clusters) gives: the
// same floats as AddEmissions(p, doc, fs, e) into zeros. `sentence_kinds`
// (may be null: computed) holds LineKind of each sentence. When
// `lower_out` is not null, sets lower_out[t] to LowerWordHash of token t
// (the token count of them). REQUIRES: the kTokens layer.
void AddStage1Emissions(const Perceptron& p, const Document& doc, const Gazetteers* gazetteers,
                        const std::vector<GazetteerMatch>* matches,
                        const WordClusters* clusters, std::vector<float>* e,
                        const uint8_t* sentence_kinds = nullptr,
                        uint64_t* lower_out = nullptr);

// Adds to e (sized to the token count) `p`'s emissions over the features
// ExtractHintFeatures(doc, hints, &fs) gives: the same floats as
// AddEmissions(p, doc, fs, e). Those keys take few values, so their sums
// are computed once per combination and document. `sentence_kinds` as
// for AddStage1Emissions.
void AddStage2Emissions(const Perceptron& p, const Document& doc, const DocHints& hints,
                        std::vector<float>* e, const uint8_t* sentence_kinds = nullptr);

}  // namespace ner
}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_ENTITIES_NER_SCORER_H_
