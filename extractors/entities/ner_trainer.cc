#include "extractors/entities/ner_trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <iterator>
#include <random>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extractors/entities/ner_model.h"
#include "pipeline/eval/ner_eval.h"
#include "pipeline/tokenizer.h"

namespace newsie {
namespace {

using ner::kNumLabels;
using ner::kO;

struct TrainDoc {
  Document doc;
  std::vector<uint8_t> gold;       // per token
  std::vector<uint32_t> rows[2];   // feature rows per stage (0 = unknown)
  std::vector<uint32_t> begin[2];  // per token, into rows
  std::vector<float> base;         // stage 2: jackknifed stage-1 emissions
};

// BIO labels per token from gold byte spans; counts tokens that straddle a
// span boundary (the tokenizer split differently from the corpus).
std::vector<uint8_t> ProjectLabels(const Document& doc, const std::vector<NerSpan>& spans,
                                   int* mismatches) {
  std::vector<uint8_t> out(doc.tokens().size(), kO);
  std::vector<int32_t> at(doc.text().size() + 1, -1);
  for (size_t i = 0; i < spans.size(); ++i) {
    for (uint32_t b = spans[i].begin; b < spans[i].end; ++b) at[b] = static_cast<int32_t>(i);
  }
  for (size_t t = 0; t < doc.tokens().size(); ++t) {
    Span s = doc.tokens()[t].span;
    int32_t i = at[s.begin];
    if (i < 0) {
      if (at[s.end - 1] >= 0) ++*mismatches;
      continue;
    }
    const NerSpan& g = spans[static_cast<size_t>(i)];
    if (s.end > g.end) ++*mismatches;
    out[t] = static_cast<uint8_t>(s.begin == g.begin ? ner::BeginOf(g.type)
                                                     : ner::BeginOf(g.type) + 1);
  }
  return out;
}

std::vector<NerSpan> SpansFromLabels(const Document& doc, const std::vector<uint8_t>& labels) {
  std::vector<NerSpan> out;
  const auto& toks = doc.tokens();
  for (size_t t = 0; t < labels.size(); ++t) {
    if (labels[t] == kO) continue;
    if (ner::IsBegin(labels[t]) || out.empty() || t == 0 || labels[t - 1] == kO ||
        ner::LabelClass(labels[t - 1]) != ner::LabelClass(labels[t])) {
      out.push_back({toks[t].span.begin, toks[t].span.end, ner::LabelClass(labels[t])});
    } else {
      out.back().end = toks[t].span.end;
    }
  }
  return out;
}

// Feature key -> dense row, shared by both stages.
class Dictionary {
 public:
  uint32_t Row(uint32_t key) {
    auto [it, added] = index_.emplace(key, static_cast<uint32_t>(keys_.size()));
    if (added) {
      keys_.push_back(key);
      counts_.push_back(0);
    }
    ++counts_[it->second];
    return it->second;
  }
  const std::vector<uint32_t>& keys() const { return keys_; }
  uint32_t count(uint32_t row) const { return counts_[row]; }
  size_t size() const { return keys_.size(); }

 private:
  std::unordered_map<uint32_t, uint32_t> index_;
  std::vector<uint32_t> keys_;
  std::vector<uint32_t> counts_;
};

// Averaged structured perceptron over dense rows.
class Learner {
 public:
  explicit Learner(size_t rows)
      : w_(rows * kNumLabels, 0.0f), u_(rows * kNumLabels, 0.0f) {
    std::memset(t_, 0, sizeof t_);
    std::memset(tu_, 0, sizeof tu_);
  }

  void Emissions(const TrainDoc& d, int stage, uint32_t tb, uint32_t te, const std::vector<char>& keep,
                 std::vector<float>* e) const {
    if (stage == 1 && !d.base.empty()) {
      e->assign(d.base.begin() + static_cast<size_t>(tb) * kNumLabels,
                d.base.begin() + static_cast<size_t>(te) * kNumLabels);
    } else {
      e->assign(static_cast<size_t>(te - tb) * kNumLabels, 0.0f);
    }
    for (uint32_t t = tb; t < te; ++t) {
      float* out = &(*e)[static_cast<size_t>(t - tb) * kNumLabels];
      for (uint32_t k = d.begin[stage][t]; k < d.begin[stage][t + 1]; ++k) {
        uint32_t r = d.rows[stage][k];
        if (!keep[r]) continue;
        const float* w = &w_[static_cast<size_t>(r) * kNumLabels];
        for (int l = 0; l < kNumLabels; ++l) out[l] += w[l];
      }
    }
  }

  void Train(std::vector<TrainDoc>& docs, const std::vector<uint32_t>& doc_ids, int stage,
             int epochs, uint32_t seed, const std::vector<char>& keep) {
    std::vector<std::pair<uint32_t, uint32_t>> sents;  // (doc, sentence)
    for (uint32_t d : doc_ids) {
      for (uint32_t s = 0; s < docs[d].doc.sentences().size(); ++s) sents.emplace_back(d, s);
    }
    std::mt19937 rng(seed);
    std::vector<float> e;
    std::vector<uint8_t> pred;
    for (int ep = 0; ep < epochs; ++ep) {
      std::shuffle(sents.begin(), sents.end(), rng);
      for (auto [di, si] : sents) {
        TrainDoc& d = docs[di];
        const Sentence& s = d.doc.sentences()[si];
        uint32_t n = s.token_end - s.token_begin;
        if (n == 0) continue;
        Emissions(d, stage, s.token_begin, s.token_end, keep, &e);
        pred.resize(n);
        ner::Viterbi(e.data(), n, t_, pred.data());
        const uint8_t* gold = d.gold.data() + s.token_begin;
        if (!std::equal(pred.begin(), pred.end(), gold)) {
          for (uint32_t i = 0; i < n; ++i) {
            int pg = i ? gold[i - 1] + 1 : 0, pp = i ? pred[i - 1] + 1 : 0;
            if (pg != pp || gold[i] != pred[i]) {
              Bump(&t_[pg][gold[i]], &tu_[pg][gold[i]], 1.0f);
              Bump(&t_[pp][pred[i]], &tu_[pp][pred[i]], -1.0f);
            }
            if (gold[i] == pred[i]) continue;
            uint32_t t = s.token_begin + i;
            for (uint32_t k = d.begin[stage][t]; k < d.begin[stage][t + 1]; ++k) {
              uint32_t r = d.rows[stage][k];
              if (!keep[r]) continue;
              size_t base = static_cast<size_t>(r) * kNumLabels;
              Bump(&w_[base + gold[i]], &u_[base + gold[i]], 1.0f);
              Bump(&w_[base + pred[i]], &u_[base + pred[i]], -1.0f);
            }
          }
        }
        ++c_;
      }
    }
  }

  // Folds `other`'s averaged weights and transitions into this learner's
  // (after both trained): the mean of `n` such learners, one per shuffling
  // seed, varies less with the seed than any one of them.
  void AverageWith(const Learner& other, int n) {
    // Keep averaged values in w_ (u_ = 0, c_ = 1 reads them back unchanged).
    for (size_t i = 0; i < w_.size(); ++i) {
      w_[i] = (w_[i] - u_[i] / c_) + (other.w_[i] - other.u_[i] / other.c_) / n;
      u_[i] = 0;
    }
    for (int a = 0; a <= kNumLabels; ++a) {
      for (int b = 0; b < kNumLabels; ++b) {
        t_[a][b] = (t_[a][b] - tu_[a][b] / c_) + (other.t_[a][b] - other.tu_[a][b] / other.c_) / n;
        tu_[a][b] = 0;
      }
    }
    c_ = 1.0f;
  }
  void Scale(float f) {
    for (size_t i = 0; i < w_.size(); ++i) {
      w_[i] = (w_[i] - u_[i] / c_) * f;
      u_[i] = 0;
    }
    for (int a = 0; a <= kNumLabels; ++a) {
      for (int b = 0; b < kNumLabels; ++b) {
        t_[a][b] = (t_[a][b] - tu_[a][b] / c_) * f;
        tu_[a][b] = 0;
      }
    }
    c_ = 1.0f;
  }

  // The averaged weights as a run-time perceptron.
  ner::Perceptron Averaged(const Dictionary& dict, const std::vector<char>& keep,
                           float prune, size_t* kept) const {
    std::vector<uint32_t> keys;
    std::vector<ner::Perceptron::Row> rows;
    for (size_t r = 0; r < dict.size(); ++r) {
      if (!keep[r]) continue;
      ner::Perceptron::Row row;
      float mx = 0;
      for (int l = 0; l < kNumLabels; ++l) {
        size_t i = r * kNumLabels + l;
        row[l] = w_[i] - u_[i] / c_;
        mx = std::max(mx, std::fabs(row[l]));
      }
      if (mx <= prune || mx == 0.0f) continue;
      keys.push_back(dict.keys()[r]);
      rows.push_back(row);
    }
    float trans[kNumLabels + 1][kNumLabels];
    for (int a = 0; a <= kNumLabels; ++a) {
      for (int b = 0; b < kNumLabels; ++b) trans[a][b] = t_[a][b] - tu_[a][b] / c_;
    }
    ner::Perceptron p;
    p.Assign(keys, rows, trans);
    *kept = keys.size();
    return p;
  }

 private:
  void Bump(float* w, float* u, float delta) {
    *w += delta;
    *u += c_ * delta;
  }
  std::vector<float> w_, u_;
  float t_[kNumLabels + 1][kNumLabels];
  float tu_[kNumLabels + 1][kNumLabels];
  float c_ = 1.0f;
};

// Trains `l` as stage 1: with bags > 1, the mean of that many runs, one
// per shuffling seed (seed, seed + 1000, ...).
void TrainStage1(Learner& l, std::vector<TrainDoc>& docs, const std::vector<uint32_t>& ids,
                 int epochs, uint32_t seed, const std::vector<char>& keep, int bags) {
  l.Train(docs, ids, 0, epochs, seed, keep);
  if (bags < 2) return;
  l.Scale(1.0f / static_cast<float>(bags));
  for (int b = 1; b < bags; ++b) {
    Learner lb(keep.size());
    lb.Train(docs, ids, 0, epochs, seed + 1000 * static_cast<uint32_t>(b), keep);
    l.AverageWith(lb, bags);
  }
}

void AddStage(TrainDoc& d, int stage, const ner::FeatureSet& fs, Dictionary& dict) {
  d.rows[stage].resize(fs.keys.size());
  for (size_t k = 0; k < fs.keys.size(); ++k) d.rows[stage][k] = dict.Row(fs.keys[k]);
  d.begin[stage] = fs.begin;
}

void Score(const ner::NerModel& m, const std::vector<NerDoc>& dev, const Gazetteers* g,
           std::ostream& log) {
  NerScorer scorer;
  std::vector<uint8_t> labels;
  for (const NerDoc& gd : dev) {
    Document doc(gd.text);
    TokenizeDocument(doc);
    m.Tag(doc, g, nullptr, &labels);
    scorer.Add(gd.spans, SpansFromLabels(doc, labels));
  }
  scorer.Print(log);
}

}  // namespace

Status TrainNerModel(const NerTrainOptions& o, std::ostream& log, NerCvScores* cv_out) {
  auto t0 = std::chrono::steady_clock::now();
  auto elapsed = [&]() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  };
  if (o.train_paths.empty()) return InvalidArgumentError("no training data");
  // All training files' documents, in the order given: the folds and the
  // shuffles depend on it, and on nothing else.
  std::vector<NerDoc> train;
  for (const std::string& path : o.train_paths) {
    auto g = ReadNerGold(path);
    if (!g.ok()) return g.status();
    log << "training data: " << path << ", " << g->size() << " documents"
        << (path == o.dev_path ? " (also the dev file: its score below is on seen data)" : "")
        << "\n";
    std::move(g->begin(), g->end(), std::back_inserter(train));
  }
  std::vector<NerDoc> dev;
  if (!o.dev_path.empty()) {
    auto d = ReadNerGold(o.dev_path);
    if (!d.ok()) return d.status();
    dev = std::move(*d);
  }
  if (o.folds < 2) return InvalidArgumentError("folds must be at least 2");
  ner::WordClusters clusters;
  if (!o.clusters_path.empty()) {
    auto c = ner::WordClusters::FromTsv(o.clusters_path);
    if (!c.ok()) return c.status();
    clusters = std::move(*c);
    log << "word clusters: " << clusters.size() << " words\n";
  }
  if (!o.lexicon_path.empty()) {
    if (clusters.empty()) return InvalidArgumentError("the lexicon needs the word clusters");
    if (Status s = clusters.AddLexicon(o.lexicon_path); !s.ok()) return s;
    log << "lexicon: " << clusters.lexicon_size() << " words\n";
  }
  const ner::WordClusters* wc = clusters.empty() ? nullptr : &clusters;

  std::vector<TrainDoc> docs(train.size());
  Dictionary dict;
  int mismatches = 0;
  ner::FeatureSet fs;
  for (size_t i = 0; i < train.size(); ++i) {
    TrainDoc& d = docs[i];
    d.doc = Document(train[i].text);
    TokenizeDocument(d.doc);
    d.gold = ProjectLabels(d.doc, train[i].spans, &mismatches);
    ner::ExtractNerFeatures(d.doc, o.gazetteers, nullptr, &fs, wc);
    AddStage(d, 0, fs, dict);
  }
  log << "train: " << docs.size() << " documents, " << dict.size()
      << " stage-1 features, " << mismatches << " tokens straddling a gold span ("
      << elapsed() << "s)\n";

  // Jackknifed stage-1 labels for stage-2 training.
  std::vector<std::vector<uint8_t>> jack(docs.size());
  {
    std::vector<char> keep(dict.size());
    for (size_t r = 0; r < dict.size(); ++r) keep[r] = dict.count(r) >= uint32_t(o.min_count);
    for (int f = 0; f < o.folds; ++f) {
      std::vector<uint32_t> in, out;
      for (uint32_t i = 0; i < docs.size(); ++i) (int(i % o.folds) == f ? out : in).push_back(i);
      Learner l(dict.size());
      TrainStage1(l, docs, in, o.epochs, o.seed + f, keep, 1);
      size_t kept;
      ner::Perceptron p = l.Averaged(dict, keep, 0.0f, &kept);
      for (uint32_t i : out) {
        std::vector<uint32_t> keys(docs[i].rows[0].size());
        for (size_t k = 0; k < keys.size(); ++k) keys[k] = dict.keys()[docs[i].rows[0][k]];
        ner::FeatureSet f1{std::move(keys), docs[i].begin[0]};
        ner::NerModel::AddEmissions(p, docs[i].doc, f1, &docs[i].base);
        ner::NerModel::Decode(p, docs[i].doc, docs[i].base, &jack[i]);
      }
      log << "fold " << f + 1 << "/" << o.folds << " done (" << elapsed() << "s)\n";
    }
  }
  {
    // The jackknifed labels are a cross-validation of stage 1 on train: a
    // steadier yardstick for feature changes than dev alone.
    NerScorer cv;
    for (size_t i = 0; i < docs.size(); ++i) {
      cv.Add(train[i].spans, SpansFromLabels(docs[i].doc, jack[i]));
    }
    Prf m = cv.MicroPerOrgLoc();
    log << "stage 1, " << o.folds << "-fold cross-validation on the training data: micro PER+ORG+LOC F1 "
        << m.f1() << " (PER " << cv.type(0).f1() << ", ORG " << cv.type(1).f1() << ", LOC "
        << cv.type(2).f1() << ")\n";
    // The same over the names that no other fold has as a gold name: what
    // the model does with names it never saw (test's clubs and companies),
    // which the figure above, where most names recur across folds, hides.
    NerScorer unseen;
    for (int f = 0; f < o.folds; ++f) {
      std::unordered_set<std::string_view> seen;
      auto text = [&](size_t i, const NerSpan& sp) {
        return docs[i].doc.text().substr(sp.begin, sp.end - sp.begin);
      };
      for (size_t i = 0; i < docs.size(); ++i) {
        if (int(i % o.folds) == f) continue;
        for (const NerSpan& sp : train[i].spans) seen.insert(text(i, sp));
      }
      const size_t step = static_cast<size_t>(o.folds);
      for (size_t i = static_cast<size_t>(f); i < docs.size(); i += step) {
        auto novel = [&](std::vector<NerSpan> v) {
          std::erase_if(v, [&](const NerSpan& sp) { return seen.count(text(i, sp)) > 0; });
          return v;
        };
        unseen.Add(novel(train[i].spans), novel(SpansFromLabels(docs[i].doc, jack[i])));
      }
    }
    Prf u = unseen.MicroPerOrgLoc();
    log << "stage 1, the same over names no other fold has: micro PER+ORG+LOC F1 " << u.f1()
        << " (PER " << unseen.type(0).f1() << ", ORG " << unseen.type(1).f1() << ", LOC "
        << unseen.type(2).f1() << ")\n";
    if (cv_out != nullptr) {
      *cv_out = {m.f1(),           cv.type(0).f1(),     cv.type(1).f1(),     cv.type(2).f1(),
                 u.f1(),           unseen.type(0).f1(), unseen.type(1).f1(), unseen.type(2).f1()};
    }
  }
  if (o.cv_only) return OkStatus();
  for (size_t i = 0; i < docs.size(); ++i) {
    ner::DocHints hints;
    ner::ComputeHints(docs[i].doc, jack[i], &hints);
    ner::ExtractHintFeatures(docs[i].doc, hints, &fs);
    AddStage(docs[i], 1, fs, dict);
  }
  std::vector<char> keep(dict.size());
  for (size_t r = 0; r < dict.size(); ++r) keep[r] = dict.count(r) >= uint32_t(o.min_count);
  std::vector<uint32_t> all(docs.size());
  for (uint32_t i = 0; i < docs.size(); ++i) all[i] = i;

  Learner l1(dict.size()), l2(dict.size());
  TrainStage1(l1, docs, all, o.epochs, o.seed, keep, o.bags);
  l2.Train(docs, all, 1, o.epochs, o.seed + 100, keep);
  size_t k1, k2;
  ner::Perceptron p1 = l1.Averaged(dict, keep, o.prune, &k1);
  ner::Perceptron p2 = l2.Averaged(dict, keep, o.prune, &k2);
  log << "stages trained: " << k1 << " + " << k2 << " weight rows kept (" << elapsed()
      << "s)\n";
  auto model = ner::NerModel::FromStages(std::move(p1), std::move(p2), std::move(clusters));
  NEWSIE_RETURN_IF_ERROR(model->Save(o.output_path));
  log << "wrote " << o.output_path << "\n";
  if (!dev.empty()) {
    // Score what was written, so the figures describe the shipped bytes.
    auto loaded = ner::NerModel::Load(o.output_path);
    if (!loaded.ok()) return loaded.status();
    log << "dev (" << o.dev_path << ", tagger only, no post-processing):\n";
    Score(**loaded, dev, o.gazetteers, log);
  }
  return OkStatus();
}

}  // namespace newsie
