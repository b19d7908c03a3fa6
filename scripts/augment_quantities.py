#!/usr/bin/env python3
"""Surface-form augmentation of a NewsQuant split, scored with `newsie eval quantities`.

Each family rewrites every sentence it applies to (case, punctuation, digit
separators, percent and currency forms, numbers in words or digits, qualifier
paraphrases) and rewrites the gold to match: values never change, units follow
the new surface form. For each family the script scores the sentences the
rewrite changed twice, as written and rewritten, so a drop points at a rule
that depends on one surface form.

Usage (from the repository root; tune on dev only, never on test):
  python3 scripts/augment_quantities.py --gold ../shared/corpora/newsquant/dev.jsonl
  python3 scripts/augment_quantities.py --gold ... --family lower --show 20
  python3 scripts/augment_quantities.py --gold ... --write-dir /tmp/aug   # keep the files
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve"]
MONTHS = (r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|"
          r"April|May|June|July|August|September|October|November|December")
NUM = r"\d[\d,]*(?:\.\d+)?"


def gold_values(d):
    vals = set()
    for q in d["quantities"]:
        for part in re.split(r"(?<=\d)-(?=\d)", q["value"]):
            try:
                vals.add(float(part))
            except ValueError:
                pass
    return vals


def with_units(d, fn):
    """Copy of d's quantities with fn(q) applied to each (fn edits q in place)."""
    qs = [dict(q) for q in d["quantities"]]
    for q in qs:
        fn(q)
    return qs


# --- families: each returns (text, quantities) or None when nothing changed ---

def f_lower(d):
    return d["text"].lower(), d["quantities"]


def f_upper(d):
    # Headline capitals ("AT LEAST 10 KILLED").
    return d["text"].upper(), d["quantities"]


def f_scale_abbrev(d):
    # Wire copy's scale abbreviations: "5.2 million" -> "5.2 mln", "3 billion" -> "3 bln".
    t = re.sub(r"(?<=\d) (million|billion)\b", lambda m: " " + {"million": "mln", "billion": "bln"}[m.group(1)],
               d["text"])
    return t, d["quantities"]


def f_final_punct(d):
    t = re.sub(r"[.!?]+[\"'”’)]*\s*$", "", d["text"])
    return t, d["quantities"]


def f_unpunct(d):
    # As upstream's unpunctuated sentences: commas, colons, quotes, brackets and
    # the final stop go; the points and separators inside numbers stay.
    t = re.sub(r"(?<!\d)[,;:](?!\d)|[,;:](?=\s)|[\"“”()\[\]]|(?<![A-Za-z0-9])['‘’]|['‘’](?![A-Za-z])",
               "", d["text"])
    t = re.sub(r"[.!?]+\s*$", "", t)
    t = re.sub(r"\s{2,}", " ", t).strip()
    return t, d["quantities"]


def f_lower_unpunct(d):
    r = f_unpunct(d)
    return r[0].lower(), r[1]


def f_sep_drop(d):
    return re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", d["text"]), d["quantities"]


def f_sep_add(d):
    vals = gold_values(d)

    def add(m):
        s = m.group(0)
        if float(s) not in vals:
            return s
        return f"{int(s):,}"
    # Five digits or more (four-digit numbers are mostly years).
    return re.sub(r"(?<![\d.,$£€-])\d{5,}(?![\d.,%])", add, d["text"]), d["quantities"]


def percent_to(form):
    def f(d):
        t = re.sub(r"(?<=\d)(?:\s?%|\s+per\s?cent\b)", form, d["text"])
        surf = form.strip()
        return t, with_units(d, lambda q: q.update(unit=re.sub(r"^(%|percent|per cent)", surf, q["unit"]))
                             if q["normalized_unit"] == "percentage" else None)
    return f


SCALE = {"million": "m", "billion": "bn", "trillion": "tn"}
# A figure after a currency sign: `$12.4`, `$ 5`, `$-50.8bn`.
DOLLAR = r"(?<![A-Za-z$])\$\s?(-?" + NUM + r")(?:\s?(million|billion|trillion|bn|m|M|tn)\b)?"


def plain_dollar(q):
    return "$" in q["unit"] and q["normalized_unit"].startswith("dollar")


def dollar_sentence(d):
    """Every $ in d is a plain US-dollar sign (no US$, HK$, $A, $ sterling)."""
    for q in d["quantities"]:
        if "$" in q["unit"] and not (re.match(r"^\$(\s+(per|a|an)\b.*)?$", q["unit"])
                                     and q["normalized_unit"].startswith("dollar")):
            return False
    if any(re.search(r"euro|sterling|yen|yuan|franc|rupee|peso|krona|krone", q["normalized_unit"])
           for q in d["quantities"]):
        return False  # another currency's $ rates ("$1.1396" per euro)
    return not re.search(r"[A-Za-z]\$|\$\s?(?:US|A|NZ|C|sterling)\b", d["text"])


def f_dollars_word(d):
    if not dollar_sentence(d):
        return d["text"], d["quantities"]
    def rep(m):
        return m.group(1) + (" " + m.group(2) if m.group(2) else "") + " dollars"
    t = re.sub(DOLLAR, rep, d["text"])
    return t, with_units(d, lambda q: q.update(unit=q["unit"].replace("$", "dollars", 1))
                         if plain_dollar(q) else None)


def f_dollars_abbrev(d):
    t = re.sub(r"(?<![A-Za-z$])(\$\s?" + NUM + r")\s?(million|billion|trillion)\b",
               lambda m: m.group(1) + SCALE[m.group(2)], d["text"])
    return t, d["quantities"]


def currency_to(sym, name):
    def f(d):
        if not dollar_sentence(d):
            return d["text"], d["quantities"]
        t = re.sub(r"(?<![A-Za-z$])\$(?=\s?-?\d)", sym, d["text"])

        def fix(q):
            if plain_dollar(q):
                q["unit"] = q["unit"].replace("$", sym, 1)
                q["normalized_unit"] = re.sub(r"^dollar", name, q["normalized_unit"])
        return t, with_units(d, fix)
    return f


def f_digits_to_words(d):
    vals = gold_values(d)

    def rep(m):
        n = int(m.group(1))
        if n < 2 or n > 12 or float(n) not in vals:
            return m.group(0)
        return WORDS[n]
    # A standalone small integer: not a decimal, a separator group, money, a
    # percentage, a time, a score or a date.
    pat = r"(?<![\d.,$£€:/-])\b(\d{1,2})\b(?![\d.,:/%-]\d|%|-)"
    t = re.sub(pat, rep, d["text"])
    # Undo dates (`Oct. 3` -> `Oct. three`).
    t2 = re.sub(r"(" + MONTHS + r")\s+(" + "|".join(WORDS[2:]) + r")\b",
                lambda m: m.group(1) + " " + str(WORDS.index(m.group(2))), t)
    return t2, d["quantities"]


def f_words_to_digits(d):
    vals = gold_values(d)

    def rep(m):
        w = m.group(1)
        n = WORDS.index(w.lower())
        if float(n) not in vals:
            return w
        return str(n)
    pat = r"(?<![-\w])(" + "|".join(WORDS[2:]) + r")(?![-\w])"
    return re.sub(pat, rep, d["text"], flags=re.I), d["quantities"]


def qualifier_to(cls, target):
    def f(d):
        alts = "|".join(sorted(cls, key=len, reverse=True))
        t = re.sub(r"\b(" + alts + r")(\s+)(?=[$£€]?\d|(?:" + "|".join(WORDS[2:]) + r")\b)",
                   lambda m: (target if m.group(1).islower() else target.capitalize()) + m.group(2),
                   d["text"], flags=re.I)
        return t, d["quantities"]
    return f


MORE = ["more than", "over", "at least"]
APPROX = ["about", "around", "roughly", "approximately"]
# Not "fewer than": news writes it before counts only ("fewer than 4%" is no paraphrase).
LESS = ["less than", "under"]

FAMILIES = {
    "lower": f_lower,
    "upper": f_upper,
    "final-punct": f_final_punct,
    "million->mln": f_scale_abbrev,
    "unpunct": f_unpunct,
    "lower+unpunct": f_lower_unpunct,
    "sep-drop": f_sep_drop,
    "sep-add": f_sep_add,
    "percent->%": percent_to("%"),
    "percent->percent": percent_to(" percent"),
    "percent->per cent": percent_to(" per cent"),
    "$->dollars": f_dollars_word,
    "$ million->$m": f_dollars_abbrev,
    "$->£": currency_to("£", "pound sterling"),
    "$->€": currency_to("€", "euro"),
    "digits->words": f_digits_to_words,
    "words->digits": f_words_to_digits,
}
for target in MORE:
    FAMILIES["more->" + target] = qualifier_to(MORE, target)
for target in APPROX:
    FAMILIES["approx->" + target] = qualifier_to(APPROX, target)
for target in LESS:
    FAMILIES["less->" + target] = qualifier_to(LESS, target)


def run_eval(newsie, path, show):
    out = subprocess.run([newsie, "eval", "quantities", "--gold", path, "--show", str(show)],
                         capture_output=True, text=True, check=False)
    res = None
    for line in out.stdout.splitlines():
        if line.startswith("{"):
            res = json.loads(line)
    if res is None:
        sys.exit(f"eval failed on {path}:\n{out.stdout}\n{out.stderr}")
    return res, out.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--newsie", default="build/newsie")
    ap.add_argument("--family", action="append", help="only these families (repeatable)")
    ap.add_argument("--show", type=int, default=0, help="errors to print per rewritten file")
    ap.add_argument("--write-dir", help="keep the as-written and rewritten files here")
    ap.add_argument("--json", action="store_true", help="one JSON line per family")
    a = ap.parse_args()
    if re.search(r"test|newsquant\.jsonl|NewsQuant\.json", os.path.basename(a.gold)):
        sys.exit("augment_quantities: tune on train/dev only")
    docs = [json.loads(line) for line in open(a.gold, encoding="utf-8") if line.strip()]
    tmp = a.write_dir or tempfile.mkdtemp(prefix="augq")
    os.makedirs(tmp, exist_ok=True)
    names = a.family or list(FAMILIES)
    if not a.json:
        print(f"{'family':<20} {'sent':>5} {'qty':>5}  {'value F1':>17}  {'value+unit F1':>17}  {'change acc':>15}")
    for name in names:
        orig, aug = [], []
        for d in docs:
            t, qs = FAMILIES[name](d)
            if t == d["text"] and qs == d["quantities"]:
                continue
            orig.append(d)
            aug.append({"id": d["id"], "text": t, "quantities": qs})
        if not orig:
            print(f"{name:<20} no sentence changed")
            continue
        slug = "".join(c if c.isalnum() or c == "+" else
                       {"$": "usd", "£": "gbp", "€": "eur", "%": "pct"}.get(c, "_") for c in name)
        paths = []
        for tag, rows in (("orig", orig), ("aug", aug)):
            p = os.path.join(tmp, f"{slug}.{tag}.jsonl")
            with open(p, "w", encoding="utf-8") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
            paths.append(p)
        r0, _ = run_eval(a.newsie, paths[0], 0)
        r1, log = run_eval(a.newsie, paths[1], a.show)
        nq = sum(len(d["quantities"]) for d in orig)
        if a.json:
            print(json.dumps({"family": name, "sentences": len(orig), "quantities": nq,
                              "orig": r0, "aug": r1}))
        else:
            def pair(k):
                return f"{100 * r0[k]:6.2f} -> {100 * r1[k]:6.2f}"
            print(f"{name:<20} {len(orig):>5} {nq:>5}  {pair('value_f1')}  {pair('value_unit_f1')}  "
                  f"{pair('change_acc')}")
        if a.show:
            print("\n".join(l for l in log.splitlines() if l[:3] in ("FN ", "FP ", "UNI")))


if __name__ == "__main__":
    main()
