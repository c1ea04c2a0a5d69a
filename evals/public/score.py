#!/usr/bin/env python3
"""Metrics for the public suites that `cx eval run` does not compute itself, read from a run's results.json.

`cx eval run` reports accuracy and macro-F1 of each single label exactly as predicted. This adds what the public
sets need (documented in README.md): touchpoint micro-F1 over the *set* of touchpoints of each sentence, the long
reviews' middle class (gold 3 stars = mixed; a predicted neutral counts as mixed), and the F1 of the suggestion class.
Usage: python3 evals/public/score.py evals/runs/<run-id>/results.json
"""
import json, sys
from collections import Counter

def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r

def macro_f1(pairs):
    labels = sorted({g for g, _ in pairs})
    scores = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        scores.append(f1(tp, fp, fn)[0])
    return sum(scores) / len(scores), labels

def gold(case, field):
    d = next(a["details"] for a in case["assertions"] if a["type"] == "labels")
    return d.get("gold:" + field)

def annotation(case):
    out = case.get("output") or {}
    anns = out.get("annotations") or [{}]
    return anns[0]

def score_suite(suite):
    name = suite["name"]
    cases = [c for c in suite["variants"][0]["caseResults"] if c["status"] != "error"]
    errors = len(suite["variants"][0]["caseResults"]) - len(cases)
    lines = [f"{name}: {len(cases)} cases, {errors} errors"]
    fields = {k[5:] for c in cases for a in c["assertions"] if a["type"] == "labels" for k in a["details"] if k.startswith("gold:")}
    if "sentiment" in fields:
        middle = "mixed" if name == "public-long-reviews" else None
        pairs = []
        for c in cases:
            g, p = gold(c, "sentiment"), annotation(c).get("sentimentLabel", "none")
            if middle and p == "neutral":
                p = middle
            pairs.append((g, p))
        m, labels = macro_f1(pairs)
        acc = sum(g == p for g, p in pairs) / len(pairs)
        dist = Counter(p for _, p in pairs)
        lines.append(f"  sentiment macro-F1 {m:.3f} over {labels}, accuracy {acc:.3f}; predicted {dict(dist)}")
        if not middle and "mixed" in labels:
            three = [(g, p) for g, p in pairs if g != "mixed"]
            m3, labels3 = macro_f1(three)
            lines.append(f"  sentiment macro-F1 {m3:.3f} over {labels3} (the {len(pairs) - len(three)} mixed sentences left out)")
    if "touchpoints" in fields:
        tp = fp = fn = 0
        for c in cases:
            g = set(c["expect_touchpoints"])
            p = set(annotation(c).get("touchpoints") or [])
            tp += len(g & p); fp += len(p - g); fn += len(g - p)
        m, p_, r_ = f1(tp, fp, fn)
        lines.append(f"  touchpoint micro-F1 {m:.3f} (precision {p_:.3f}, recall {r_:.3f}; tp {tp}, fp {fp}, fn {fn})")
        # Top-1: of the sentences about exactly one touchpoint, how many get it as their primary (first) touchpoint.
        single = [c for c in cases if len(c["expect_touchpoints"]) == 1]
        hits = sum(1 for c in single if (annotation(c).get("touchpoints") or [None])[0] == c["expect_touchpoints"][0])
        lines.append(f"  touchpoint top-1 {hits / max(1, len(single)):.3f} (primary = gold, {len(single)} single-touchpoint sentences)")
    if "suggestion" in fields:
        pairs = [(gold(c, "suggestion"), "suggestion" if annotation(c).get("intent") == "suggestion" else "other")
                 for c in cases]
        t = sum(1 for g, p in pairs if g == p == "suggestion")
        m, p_, r_ = f1(t, sum(1 for g, p in pairs if p == "suggestion" and g != p), sum(1 for g, p in pairs if g == "suggestion" and p != g))
        lines.append(f"  suggestion F1 {m:.3f} (precision {p_:.3f}, recall {r_:.3f})")
    if "job_state" in fields:
        pairs = [(gold(c, "job_state"), annotation(c).get("jobState", "none")) for c in cases]
        m, labels = macro_f1(pairs)
        acc = sum(g == p for g, p in pairs) / len(pairs)
        lines.append(f"  job-state accuracy {acc:.3f}, macro-F1 {m:.3f} over {labels}; predicted {dict(Counter(p for _, p in pairs))}")
    return lines

def main():
    run = json.load(open(sys.argv[1]))
    # Gold touchpoint sets are not in the labels details (they hold the first label only): read them from the data.
    for suite in run["suites"]:
        for c in suite["variants"][0]["caseResults"]:
            c.setdefault("expect_touchpoints", [])
    gold_sets = {}
    for path in sys.argv[2:] or ["/work/data/converted/semeval14-restaurants.jsonl", "/work/data/converted/mams-acsa.jsonl"]:
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            if "touchpoints" in row:
                gold_sets[row["id"]] = row["touchpoints"]
    for suite in run["suites"]:
        for c in suite["variants"][0]["caseResults"]:
            c["expect_touchpoints"] = gold_sets.get(c["id"], [])
        print("\n".join(score_suite(suite)))

if __name__ == "__main__":
    main()
