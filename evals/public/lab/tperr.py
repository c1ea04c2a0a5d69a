#!/usr/bin/env python3
"""Where touchpoint attribution goes wrong on a public aspect set, read from a `cx eval run` results.json.

Per touchpoint: precision, recall, F1, and how the errors split: a sentence the gold files under no touchpoint
(SemEval's anecdotes/miscellaneous, MAMS's place/misc) given one, a touchpoint missed on a sentence left empty, a
touchpoint missed while another (wrong) one was given. With --show N, N example sentences of each error kind, from the
odd lines only (the even lines stay unread, so the held-out half can be scored honestly).
Usage: python3 evals/public/lab/tperr.py evals/runs/<run>/results.json /work/data/converted/<set>.jsonl [--show N]
       [--suite NAME] [--half odd|even]
"""
import json, sys
from collections import Counter, defaultdict


def load(results, data, suite_name):
    rows = {}
    order = {}
    for k, line in enumerate(open(data, encoding="utf-8")):
        r = json.loads(line)
        rows[r["id"]] = r
        order[r["id"]] = k
    run = json.load(open(results))
    out = []
    for suite in run["suites"]:
        if suite_name and suite["name"] != suite_name:
            continue
        for c in suite["variants"][0]["caseResults"]:
            if c["id"] not in rows:
                continue
            anns = (c.get("output") or {}).get("annotations") or [{}]
            pred = anns[0].get("touchpoints") or []
            r = rows[c["id"]]
            out.append((order[c["id"]], r["text"], r.get("touchpoints") or [], pred))
    return sorted(out)


def main():
    args = sys.argv[1:]
    show = int(args[args.index("--show") + 1]) if "--show" in args else 0
    suite = args[args.index("--suite") + 1] if "--suite" in args else None
    half = args[args.index("--half") + 1] if "--half" in args else None
    items = load(args[0], args[1], suite)
    if half:
        items = [x for x in items if (x[0] % 2 == 1) == (half == "odd")]
    tp, fp, fn = Counter(), Counter(), Counter()
    kinds = Counter()
    examples = defaultdict(list)
    for k, text, gold, pred in items:
        g, p = set(gold), set(pred)
        for t in g & p:
            tp[t] += 1
        for t in p - g:
            fp[t] += 1
            kind = "fp:gold-none" if not g else "fp:wrong"
            kinds[kind] += 1
            if k % 2 == 1:
                examples[(kind, t)].append((text, gold, pred))
        for t in g - p:
            fn[t] += 1
            kind = "fn:pred-none" if not p else "fn:other-given"
            kinds[kind] += 1
            if k % 2 == 1:
                examples[(kind, t)].append((text, gold, pred))
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    P = T / max(1, T + F)
    R = T / max(1, T + N)
    print(f"{len(items)} sentences; micro-F1 {2 * P * R / max(1e-9, P + R):.3f} (P {P:.3f} R {R:.3f}; tp {T} fp {F} fn {N})")
    gold_none = sum(1 for _, _, g, _ in items if not g)
    pred_none = sum(1 for _, _, _, p in items if not p)
    both_none = sum(1 for _, _, g, p in items if not g and not p)
    print(f"gold none {gold_none}, predicted none {pred_none}, both {both_none}")
    print("errors:", dict(kinds))
    for t in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[t] / max(1, tp[t] + fp[t])
        r = tp[t] / max(1, tp[t] + fn[t])
        f = 2 * p * r / max(1e-9, p + r)
        print(f"  {t:10s} P {p:.3f} R {r:.3f} F1 {f:.3f}  tp {tp[t]:4d} fp {fp[t]:4d} fn {fn[t]:4d}")
    if show:
        for key in sorted(examples):
            print(f"\n== {key[0]} {key[1]} ({len(examples[key])} on odd lines)")
            for text, gold, pred in examples[key][:show]:
                print(f"  gold {gold} pred {pred}: {text}")


if __name__ == "__main__":
    main()
