#!/usr/bin/env python3
"""Where predicted quote contents start, against PolNeAR's gold contents.

The eval's all-attributions figure is overlap-based, so a content that
starts a few words early (`told CNN the troops would stay` read with the
addressee in it) scores the same as one that starts where the gold does.
This diagnostic counts, for predicted quotes of the given kinds matched to
a gold attribution by overlap, how many start exactly where the gold
content does (leading spaces ignored), and how many end there.

  build/newsie eval quotes --gold ../shared/corpora/polnear/dev.jsonl \
      --dump /tmp/dev.jsonl
  python3 scripts/quote_starts.py ../shared/corpora/polnear/dev.jsonl \
      /tmp/dev.jsonl [--kinds INDIRECT,PARTIAL] [--cues told,warned] [--show N]

Each prediction is matched to the gold attribution whose content overlaps
it most (one-to-one, greedy by overlap size, as score.py matches).
"""
import argparse
import json


def cp_offsets(text):
    """byte offset -> code-point offset, for every character boundary."""
    out = {}
    b = 0
    for i, ch in enumerate(text):
        out[b] = i
        b += len(ch.encode("utf-8"))
    out[b] = len(text)
    return out


def skip_space(text, i, end):
    while i < end and text[i].isspace():
        i += 1
    return i


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("dump")
    ap.add_argument("--kinds", default="INDIRECT")
    ap.add_argument("--cues", default="", help="comma list: only predictions whose cue's "
                    "last word is one of these (lower case)")
    ap.add_argument("--show", type=int, default=0, help="print N start mismatches")
    args = ap.parse_args()
    kinds = set(args.kinds.split(","))
    cues = set(c for c in args.cues.split(",") if c)

    golds = {}
    for line in open(args.gold, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            golds[d["id"]] = d
    n = starts = ends = 0
    shown = 0
    for line in open(args.dump, encoding="utf-8"):
        rec = json.loads(line)
        doc_id = rec["article"]["article_id"]
        g = golds.get(doc_id)
        if g is None:
            continue
        text = g["text"]
        cp = cp_offsets(text)
        gold = []
        for a in g["attributions"]:
            frags = (a.get("content") or []) + (a.get("content2") or [])
            if frags:
                gold.append((min(f["start"] for f in frags), max(f["end"] for f in frags),
                             frags))
        preds = []
        for q in rec["quotes"]:
            if q["kind"] not in kinds:
                continue
            if cues:
                cue = q.get("cue", {}).get("text", "").lower().split()
                if not cue or cue[-1] not in cues:
                    continue
            preds.append((cp[q["span"]["begin_byte"]], cp[q["span"]["end_byte"]]))
        pairs = []
        for pi, (pb, pe) in enumerate(preds):
            for gi, (gb, ge, frags) in enumerate(gold):
                ov = sum(max(0, min(pe, f["end"]) - max(pb, f["start"])) for f in frags)
                if ov > 0:
                    pairs.append((ov, pi, gi))
        pairs.sort(key=lambda x: -x[0])
        used_p, used_g = set(), set()
        for ov, pi, gi in pairs:
            if pi in used_p or gi in used_g:
                continue
            used_p.add(pi)
            used_g.add(gi)
            pb, pe = preds[pi]
            gb, ge, _ = gold[gi]
            n += 1
            ok = skip_space(text, pb, pe) == skip_space(text, gb, ge)
            starts += ok
            ends += pe == ge
            if not ok and shown < args.show:
                shown += 1
                lo = min(pb, gb)
                print(f"{doc_id}\n  pred: {text[pb:pb + 70]!r}\n  gold: {text[gb:gb + 70]!r}"
                      f"\n  ctx:  {text[max(0, lo - 40):lo + 70]!r}")
    print(f"matched={n} start_equal={starts} ({starts / max(n, 1):.4f}) "
          f"end_equal={ends} ({ends / max(n, 1):.4f})")


if __name__ == "__main__":
    main()
