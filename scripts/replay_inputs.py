#!/usr/bin/env python3
"""Writes every non-test input we have as `newsie extract` input records
into OUTDIR, for replaying them through a build with _GLIBCXX_ASSERTIONS or
the sanitizers (docs/testing.md). No test split is read.

usage: python3 scripts/replay_inputs.py OUTDIR   (from the repository root)
"""
import json
import os
import re
import subprocess
import sys

CORPORA = "../shared/corpora"
SCORE = "../shared/tools/score.py"


def conll_docs(path):
    """Each -DOCSTART- document's tokens joined by spaces, its sentences by
    newlines, as conll2003/dev.jsonl's text is (this rebuilds dev.jsonl's
    216 texts exactly)."""
    docs, sents, toks = [], [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-") or not line.strip():
            if toks:
                sents.append(" ".join(toks))
                toks = []
            if line.startswith("-DOCSTART-") and sents:
                docs.append("\n".join(sents))
                sents = []
            continue
        toks.append(line.split(" ")[0])
    if toks:
        sents.append(" ".join(toks))
    if sents:
        docs.append("\n".join(sents))
    return docs


def write(path, texts, prefix):
    with open(path, "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": "%s-%06d" % (prefix, i), "text": t},
                               ensure_ascii=False) + "\n")


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, kind, gold in [
            ("pol_train", "polnear", "polnear/train.jsonl"),
            ("pol_dev", "polnear", "polnear/dev.jsonl"),
            ("pol_extra", "polnear", "polnear/extra_annotations.jsonl"),
            ("conll_dev", "conll", "conll2003/dev.jsonl"),
            ("nq_dev", "newsquant", "newsquant/dev.jsonl")]:
        with open(os.path.join(out, name + ".jsonl"), "w") as f:
            subprocess.run([sys.executable, SCORE, "make-input", kind, "--gold",
                            os.path.join(CORPORA, gold)], stdout=f, check=True)
    train = conll_docs(os.path.join(CORPORA, "conll2003/train.conll"))
    write(os.path.join(out, "conll_train.jsonl"), train, "conll2003-train")
    # The sentence pool: every CoNLL train sentence and every PolNeAR train
    # and dev paragraph cut at sentence ends, each its own record, so that
    # each sentence's start is a document's start.
    pool = [s for d in train for s in d.split("\n") if s.strip()]
    for name in ("pol_train", "pol_dev"):
        for line in open(os.path.join(out, name + ".jsonl"), encoding="utf-8"):
            for p in json.loads(line)["text"].split("\n"):
                pool += [s for s in re.split(r'(?<=[.!?"\u201d\u2019]) (?=[A-Z\u201c"])', p)
                         if s.strip()]
    write(os.path.join(out, "pool.jsonl"), pool, "pool")


if __name__ == "__main__":
    main()
