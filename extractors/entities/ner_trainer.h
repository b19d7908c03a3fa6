// The NER model trainer behind `newsie train-ner`: averaged structured
// perceptrons (Collins 2002) with Viterbi decoding under BIO constraints,
// trained on CoNLL-2003 train (IOB1, converted to BIO over newsie's own
// tokens). Stage 2 is trained on stage-1 labels and scores obtained by
// jackknifing (each fold tagged by a model that never saw it), so at run
// time it meets the kind of stage-1 errors it was trained with.
//
//   NerTrainOptions o;
//   o.train_paths = {"../shared/corpora/conll2003/train.conll"};
//   o.dev_path = "../shared/corpora/conll2003/dev.jsonl";
//   o.output_path = "extractors/entities/model/ner.bin";
//   Status s = TrainNerModel(o, std::cerr);
//
// Training data may come from several files (train, then dev for the
// shipped model), read in the order given. The trainer cross-validates
// stage 1 on all of it before training the model (the jackknife stage 2
// needs); `cv_only` stops there, for a regression check that does not
// depend on dev.
//
// Deterministic: the same data, options and seed give the same model bytes.
#ifndef NEWSIE_EXTRACTORS_ENTITIES_NER_TRAINER_H_
#define NEWSIE_EXTRACTORS_ENTITIES_NER_TRAINER_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "pipeline/status.h"

namespace newsie {

class Gazetteers;

struct NerTrainOptions {
  std::vector<std::string> train_paths;  // .conll (IOB1) or .jsonl gold, in order
  std::string dev_path;     // optional: .conll or .jsonl, scored after training
  std::string output_path;  // model file; unused when cv_only
  bool cv_only = false;     // stop after the cross-validation; write no model
  int epochs = 6;
  int folds = 5;            // jackknife folds for stage-2 training data
  int bags = 1;             // stage 1 = mean of this many runs, one per shuffling seed
  uint32_t seed = 20031;    // sentence shuffling
  int min_count = 1;        // features seen fewer times in train are dropped
  float prune = 0.0f;       // rows whose largest |weight| is below are dropped
  const Gazetteers* gazetteers = nullptr;  // gazetteer features, may be null
  std::string clusters_path;               // word classes (TSV) for cluster features; optional
  // A word list (one word a line, as Debian's wamerican) for the lexicon
  // features, stored with the word classes; optional, needs clusters_path.
  std::string lexicon_path;
};

// Stage 1's cross-validation on the training data (the jackknife's folds):
// F1 per type and micro over PER+ORG+LOC, over all names and over the names
// no other fold has as a gold name.
struct NerCvScores {
  double micro = 0, per = 0, org = 0, loc = 0;
  double unseen_micro = 0, unseen_per = 0, unseen_org = 0, unseen_loc = 0;
};

// Trains, writes the model and logs progress, the cross-validation and the
// dev score to `log`; fills `cv` when not null. NotFound when a training
// file is missing.
Status TrainNerModel(const NerTrainOptions& options, std::ostream& log,
                     NerCvScores* cv = nullptr);

}  // namespace newsie

#endif  // NEWSIE_EXTRACTORS_ENTITIES_NER_TRAINER_H_
