#!/usr/bin/env python3
"""Scare-quote suggestions per rule and per confidence, on PolNeAR train or dev (standard
library only).

  python3 scripts/eval/scare_rules.py PRED.jsonl --texts QUOTES.jsonl [--gold SCARE.json]

PRED.jsonl is what `cargo run --release --bin detect` writes: each scare quote carries the
`rule` that found it and the `confidence` of the suggestion. For every rule, every confidence
(`conf:sure`…) and all, it prints how many scare quotes it
suggested and how many of those PolNeAR attributes to a speaker: the span is a gold `direct`
or `partial` quotation with a source (same matching as ../shared/tools/score_scare.py:
quotation marks and white space trimmed, overlap of at least half the longer span). On train,
which has no scare-quote labels, a rule whose suggestions PolNeAR mostly attributes is taking
quotations for framings. It is a warning, not a bound: PolNeAR marks many scare quotes as
someone's partial quotation too (on dev, 11 of the 13 attributed suggestions are hand-labelled
scare quotes), so `not attributed` (1 - attributed / suggested) can sit below the true
precision. With --gold (scare-dev.json) it also prints each rule's precision against the hand
labels.
"""
import argparse
import json
from collections import defaultdict

MARKS = set("\"'`\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a")


def trim(text, s, e):
    s0, e0 = s, e
    while s < e and (text[s] in MARKS or text[s].isspace()):
        s += 1
    while e > s and (text[e - 1] in MARKS or text[e - 1].isspace()):
        e -= 1
    return (s, e) if e > s else (s0, e0)


def overlaps(a, b):
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * max(a[1] - a[0], b[1] - b[0])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pred")
    parser.add_argument("--texts", required=True)
    parser.add_argument("--gold")
    parser.add_argument("--show", help="print the suggestions of this rule that are attributed")
    args = parser.parse_args()
    docs = {}
    with open(args.texts, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d
    gold = defaultdict(list)
    if args.gold:
        with open(args.gold, encoding="utf-8") as f:
            for item in json.load(f)["items"]:
                gold[item["id"]].append(item)
    rows = defaultdict(lambda: {"suggested": 0, "attributed": 0, "right": 0})
    shown = []
    with open(args.pred, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            p = json.loads(line)
            doc = docs.get(p["id"])
            if doc is None:
                continue
            text = doc["text"]
            quoted = [trim(text, q["start"], q["end"]) for q in doc["quotes"]
                      if q["kind"] in ("direct", "partial") and q.get("speaker")]
            scare = [trim(text, g["start"], g["end"]) for g in gold[p["id"]]
                     if g["label"] == "scare_quote"]
            for s in p.get("scare_quotes", []):
                span = trim(text, s["start"], s["end"])
                for rule in (s.get("rule", "?"), "conf:" + s.get("confidence", "?"), "all"):
                    row = rows[rule]
                    row["suggested"] += 1
                    attributed = any(overlaps(span, g) for g in quoted)
                    row["attributed"] += attributed
                    row["right"] += any(overlaps(span, g) for g in scare)
                if args.show == s.get("rule") and any(overlaps(span, g) for g in quoted):
                    line_start = text.rfind("\n", 0, s["start"]) + 1
                    shown.append(text[max(line_start, s["start"] - 90):s["end"] + 60].replace("\n", " "))
    print(f"{'rule':<15} {'suggested':>9} {'attributed':>10} {'not att.':>8}" + (f" {'right':>6} {'P':>6}" if args.gold else ""))
    for rule in sorted(rows, key=lambda r: (r == "all", r.startswith("conf:"), r)):
        r = rows[rule]
        bound = 1 - r["attributed"] / r["suggested"] if r["suggested"] else float("nan")
        line = f"{rule:<15} {r['suggested']:>9} {r['attributed']:>10} {bound:>8.3f}"
        if args.gold:
            line += f" {r['right']:>6} {r['right'] / r['suggested']:>6.3f}"
        print(line)
    for s in shown:
        print("  …" + s + "…")


if __name__ == "__main__":
    main()
