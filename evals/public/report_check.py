#!/usr/bin/env python3
"""Reads cx analyze report folders as a CX lead would and counts what a reader should never see (issue 16).

usage: python3 evals/public/report_check.py OUT_DIR [OUT_DIR ...]

Per report: the catalog source line (which preset and why), main jobs (and how many are well-formed: verb + object +
clarifier, no raw sentence), hypothesis debris (unfilled {slots}, doubled words, mis-cased acronyms like "nPS", two
hypotheses of one touchpoint sharing metric and baseline), junk discovered touchpoint names (a verb or function word),
and, over all reports given, the share of hypothesis titles that appear in more than one business.
"""
import json
import re
import sys
from collections import defaultdict

JUNK = {"ended", "open", "watch", "play", "show", "read", "get", "got", "make", "made", "go", "went", "come", "came",
        "take", "took", "say", "said", "want", "need", "like", "love", "know", "think", "see", "look", "use", "try",
        "tried", "left", "back", "just", "really", "also", "even", "still", "well", "good", "great", "thing", "things",
        "way", "time", "lot", "day", "today", "tonight", "tomorrow", "going", "done", "able", "ever", "never",
        "add", "check", "stop", "end", "start", "high", "low", "spend", "drive", "control", "name"}


def debris(text):
    found = []
    found += [f"slot {m}" for m in re.findall(r"\{[a-z_]+\}", text)]
    found += [f"doubled '{m}'" for m in re.findall(r"\b(\w+) \1\b", text, flags=re.I) if not m.isdigit()]
    found += [f"casing '{m}'" for m in re.findall(r"\b[a-z][A-Z]{2,}\b", text)]
    return found


def main(dirs):
    titles = defaultdict(set)
    for d in dirs:
        a = json.load(open(f"{d}/analysis.json"))
        name = d.rstrip("/").split("/")[-1]
        print(f"== {name}")
        print(f"   catalog: {a.get('catalogSource', '')[:260]}")
        jobs = (a.get("jobs") or {}).get("tree", {}).get("statements", [])
        mains = [s for s in jobs if s.get("altitude") == "main"]
        well = [s for s in mains if s.get("verb") and s.get("object") and s.get("clarifier")
                and len(s["object"].split()) <= 4 and not re.search(r"[?!@#]|https?:", s.get("text", ""))]
        print(f"   main jobs: {len(mains)} (well-formed {len(well)}): " + "; ".join(s["text"] for s in mains[:8]))
        groups = (a.get("hypotheses") or {}).get("touchpoints", [])
        n = bad = 0
        problems = []
        for g in groups:
            seen = set()
            for h in g.get("hypotheses", []):
                n += 1
                text = json.dumps({k: v for k, v in h.items() if k not in ("evidence", "specifics")}, ensure_ascii=False)
                p = debris(text)
                m = h.get("successMetric", {})
                key = (m.get("name"), json.dumps(m.get("baseline"), sort_keys=True))
                if key in seen and "judged by the same figure" not in m.get("method", ""):
                    p.append(f"shared metric+baseline, unstated '{m.get('name')}'")
                seen.add(key)
                titles[h.get("title", "")].add(name)
                if p:
                    bad += 1
                    problems.append(f"{h.get('id')}: {', '.join(sorted(set(p)))}")
        print(f"   hypotheses: {n}, with debris {bad}" + ("".join(f"\n      {p}" for p in problems[:6])))
        disc = [t["name"] for t in a.get("touchpoints", []) if t.get("origin") == "discovered"]
        junk = [x for x in disc if x.lower() in JUNK]
        print(f"   discovered: {len(disc)}, junk {len(junk)}: {', '.join(disc[:10])}")
    total = sum(1 for t in titles if t)
    shared = sum(1 for t, b in titles.items() if t and len(b) > 1)
    print(f"== titles shared between businesses: {shared} of {total} ({100 * shared / max(1, total):.0f}%)")


if __name__ == "__main__":
    main(sys.argv[1:])
