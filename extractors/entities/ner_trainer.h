// The NER model trainer behind `newsie train-ner`: averaged structured
// perceptrons (Collins 2002) with Viterbi decoding under BIO constraints,
// trained on CoNLL-2003 train (IOB1, converted to BIO over newsie's own
// tokens). Stage 2 is trained on stage-1 labels and scores obtained by
// jackknifing (each fold tagged by a model that never saw it), so at run
// time it meets the kind of stage-1 errors it was trained with.
//
//   NerTrainOptions o;
//   o.train_path = "../shared/corpora/conll2003/train.conll";
//   o.dev_path = "../shared/corpora/conll2003/dev.jsonl";
//   o.output_path = "extractors/entities/model/ner.bin";
//   Status s = TrainNerModel(o, std::cerr);
//
// Deterministic: the same data, options and seed give the same model bytes.
#ifndef NEWSIE_EXTRACTORS_ENTITIES_NER_TRAINER_H_
#define NEWSIE_EXTRACTORS_ENTITIES_NER_TRAINER_H_

#include <cstdint>
#include <ostream>
#include <string>

#include "pipeline/status.h"

namespace newsie {

class Gazetteers;

struct NerTrainOptions {
  std::string train_path;   // .conll (IOB1)
  std::string dev_path;     // optional: .conll or .jsonl, scored after training
  std::string output_path;  // model file
  int epochs = 6;
  int folds = 5;            // jackknife folds for stage-2 training data
  int bags = 1;             // stage 1 = mean of this many runs, one per shuffling seed
  uint32_t seed = 20031;    // sentence shuffling
  int min_count = 1;        // features seen fewer times in train are dropped
  float prune = 0.0f;       // rows whose largest |weight| is below are dropped
  const Gazetteers* gazetteers = nullptr;  // gazetteer features, may be null
  std::string clusters_path;               // word classes (TSV) for cluster features; optional
};

// Trains, writes the model and logs progress and the dev score to `log`.
Status TrainNerModel(const NerTrainOptions& options, std::ostream& log);

}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_ENTITIES_NER_TRAINER_H_
