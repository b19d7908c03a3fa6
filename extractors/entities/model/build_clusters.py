#!/usr/bin/env python3
"""Regenerates word_clusters.tsv, the word classes behind the NER tagger's
cluster features (ner_features.h), from unlabeled news text.

Method: skip-gram word vectors (fastText, no subwords) over the lower-cased,
digit-folded tokens of the unlabeled text, then k-means on the unit-length
vectors in three nested levels: 512 fine classes, their centroids grouped
into 64, and those into 12. Each word gets the path "top.mid.fine". Words
seen fewer than --min-count times get no class.

Unlabeled text only (never dev or test): the PolNeAR train texts, the
CoNLL-2003 train tokens (their words; the labels are not read) and the
news-article-versions texts.

Inputs (nothing is downloaded by this script):
  apt-get install fasttext python3-numpy     # Debian 12 packages
Then, from the repository root:
  /usr/bin/python3 extractors/entities/model/build_clusters.py \
      --corpora ../shared/corpora -o extractors/entities/model/word_clusters.tsv

Deterministic: fastText runs on one thread with a fixed seed, k-means starts
from fixed seeds. Takes a few minutes on one core.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import numpy as np

# Splits like newsie's tokenizer does for the cases that matter to word
# identity: punctuation off both ends, possessive 's and n't off the end.
_TOKEN = re.compile(r"[\w][\w.&'’\-]*[\w]|[\w]|[^\w\s]", re.UNICODE)
_POSSESSIVE = re.compile(r"^(.+?)(['’]s|n['’]t)$", re.IGNORECASE)


def fold(word):
    """The tagger's word key: ASCII lower case, digits as 0 (LowerWordHash)."""
    out = []
    for c in word:
        if "A" <= c <= "Z":
            out.append(chr(ord(c) + 32))
        elif "0" <= c <= "9":
            out.append("0")
        else:
            out.append(c)
    return "".join(out)


def tokenize(line):
    toks = []
    for m in _TOKEN.finditer(line):
        w = m.group(0)
        p = _POSSESSIVE.match(w)
        if p:
            toks.append(p.group(1))
            toks.append(w[len(p.group(1)):])
        else:
            toks.append(w)
    return toks


def sentences(corpora):
    """Yields lists of folded tokens, one per line of text."""
    with open(os.path.join(corpora, "conll2003", "train.conll"), encoding="utf-8") as f:
        sent = []
        for line in f:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                if sent:
                    yield sent
                sent = []
                continue
            sent.append(fold(parts[0]))
        if sent:
            yield sent
    for name in ("polnear/train.jsonl", "news-article-versions/versions.jsonl"):
        with open(os.path.join(corpora, name), encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                for text_line in rec.get("text", "").split("\n"):
                    toks = [fold(t) for t in tokenize(text_line)]
                    if toks:
                        yield toks


def kmeans(x, weights, k, seed, iters=25):
    """Weighted spherical k-means; x rows are unit length."""
    rng = np.random.RandomState(seed)
    # k-means++ style start: first centre the heaviest point, then points
    # drawn in proportion to weight times distance.
    centres = [x[int(np.argmax(weights))]]
    d = np.full(len(x), np.inf)
    for _ in range(1, k):
        d = np.minimum(d, 1.0 - x @ centres[-1])
        p = np.maximum(d, 0) * weights
        centres.append(x[rng.choice(len(x), p=p / p.sum())])
    c = np.array(centres)
    for _ in range(iters):
        assign = np.argmax(x @ c.T, axis=1)
        for j in range(k):
            m = assign == j
            if m.any():
                v = (x[m] * weights[m, None]).sum(axis=0)
                c[j] = v / max(np.linalg.norm(v), 1e-9)
    assign = np.argmax(x @ c.T, axis=1)
    return assign, c


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", required=True)
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--levels", default="12,64,512")
    args = ap.parse_args()
    levels = [int(v) for v in args.levels.split(",")]

    with tempfile.TemporaryDirectory() as tmp:
        text = os.path.join(tmp, "corpus.txt")
        n_tokens = 0
        with open(text, "w", encoding="utf-8") as f:
            for s in sentences(args.corpora):
                f.write(" ".join(s) + "\n")
                n_tokens += len(s)
        print(f"{n_tokens} tokens", file=sys.stderr)
        out = os.path.join(tmp, "vec")
        subprocess.run(["fasttext", "skipgram", "-input", text, "-output", out,
                        "-dim", str(args.dim), "-minCount", str(args.min_count),
                        "-epoch", str(args.epochs), "-minn", "0", "-maxn", "0",
                        "-thread", "1", "-verbose", "0"], check=True)
        counts = {}
        with open(text, encoding="utf-8") as f:
            for line in f:
                for w in line.split():
                    counts[w] = counts.get(w, 0) + 1
        words, vecs = [], []
        with open(out + ".vec", encoding="utf-8") as f:
            next(f)
            for line in f:
                parts = line.rstrip(" \n").split(" ")
                if parts[0] == "</s>" or "\t" in parts[0]:
                    continue
                words.append(parts[0])
                vecs.append([float(v) for v in parts[1:]])
    x = np.array(vecs, dtype=np.float64)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    w = np.array([np.log1p(counts.get(word, 1)) for word in words])
    fine, c_fine = kmeans(x, w, levels[2], seed=3)
    cw = np.bincount(fine, weights=w, minlength=levels[2]) + 1e-9
    mid_of_fine, c_mid = kmeans(c_fine, cw, levels[1], seed=2)
    mw = np.bincount(mid_of_fine, weights=cw, minlength=levels[1]) + 1e-9
    top_of_mid, _ = kmeans(c_mid, mw, levels[0], seed=1)
    rows = []
    for i, word in enumerate(words):
        m = mid_of_fine[fine[i]]
        rows.append((word, int(top_of_mid[m]), int(m), int(fine[i]), counts.get(word, 0)))
    rows.sort()
    with open(args.output, "w", encoding="utf-8") as f:
        f.write("# Word classes for the NER tagger's cluster features; generated by\n"
                "# extractors/entities/model/build_clusters.py (see word_clusters.md).\n")
        f.write("word\ttop\tmid\tfine\tcount\n")
        for word, a, b, c, n in rows:
            f.write(f"{word}\t{a}\t{b}\t{c}\t{n}\n")
    print(f"{len(rows)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
