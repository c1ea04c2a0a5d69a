#!/usr/bin/env python3
"""Reads cx analyze report folders as a CX lead would and counts what a reader should never see (issue 16).

usage: python3 evals/public/report_check.py OUT_DIR [OUT_DIR ...]

Per report: the catalog source line (which preset and why), main jobs (and how many are well-formed: verb + object +
clarifier, no raw sentence), hypothesis debris (unfilled {slots}, doubled words, mis-cased acronyms like "nPS", two
hypotheses of one touchpoint sharing metric and baseline), junk discovered touchpoint names (a verb or function word),
fewer than five hypotheses for a fix-first touchpoint without a stated reason, two hypotheses of one touchpoint with
the same change, wording that belongs to another industry (FOREIGN: words a kind of business uses that the chosen preset
never would, e.g. "product pages and packaging" at a hotel), and, over all reports given, the share of hypothesis titles
that appear in more than one business. The last line sums the counts the hidden check reads.
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


# Words of one kind of business that read as another industry's advice in the others (the preset names of the
# catalog line). Checked on a hypothesis's title, change and resources.
FOREIGN = {
    r"\bproduct pages?\b|\bsize (?:chart|guide)s?\b|\breturn labels?\b|\bparcels?\b|\bcarts?\b":
        {"restaurant", "hospitality", "travel", "financial-services", "local-services"},
    r"\bpackaging\b": {"hospitality", "travel", "financial-services", "saas"},  # a takeaway packs food too
    r"\bmenus?\b|\bwaiters?\b|\bwaiting staff\b|\bkitchen\b|\bdishes\b|\btakeaway\b":
        {"ecommerce", "saas", "financial-services", "travel", "local-services"},
    r"\bhousekeeping\b|\bfront desk\b|\bguest rooms?\b": {"restaurant", "ecommerce", "saas", "financial-services"},
    r"\bflights?\b|\bboarding\b|\bbaggage\b|\bcabin crew\b":
        {"restaurant", "ecommerce", "saas", "financial-services", "local-services"},
    r"\bbake(?:ry|d)?\b|\bpastr(?:y|ies)\b|\btrail\b|\bcamping\b|\boutdoor gear\b": None,  # the samples' trades
}


def _kinds():
    """The preset a CX lead would choose for each public business that records one (sources.py "kind")."""
    try:
        sys.path.insert(0, __import__("os").path.dirname(__file__))
        from sources import SOURCES
        return {n: s["kind"] for n, s in SOURCES.items() if s.get("kind")}
    except ImportError:
        return {}


KINDS = _kinds()


def preset_of(catalog_line):
    m = re.search(r"built-in ([a-z-]+) preset", catalog_line)
    return m.group(1) if m else "none"


def foreign(text, preset):
    found = []
    for pattern, kinds in FOREIGN.items():
        if kinds is None or preset in kinds:
            found += [f"foreign '{m}'" for m in re.findall(pattern, text, flags=re.I)]
    return found


SPELLINGS = {"iOS", "eSIM", "iCloud", "eBay"}  # product names spelled so on purpose


def debris(text):
    found = []
    found += [f"slot {m}" for m in re.findall(r"\{[A-Za-z_]+\}", text)]
    found += [f"doubled '{m}'" for m in re.findall(r"\b(\w+) \1\b", text, flags=re.I) if not m.isdigit()]
    found += [f"casing '{m}'" for m in re.findall(r"\b[a-z][A-Z]{2,}\b", text) if m not in SPELLINGS]
    return found


def main(dirs):
    titles = defaultdict(set)
    totals = defaultdict(int)
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
        preset = preset_of(a.get("catalogSource", ""))
        n = bad = 0
        problems = []
        short = []
        for g in groups:
            seen = set()
            changes = set()
            hs = g.get("hypotheses", [])
            if len(hs) < 5 and not g.get("reason"):
                short.append(f"{g.get('touchpointId')}: {len(hs)}")
            for h in hs:
                n += 1
                text = json.dumps({k: v for k, v in h.items() if k not in ("evidence", "specifics")}, ensure_ascii=False)
                p = debris(text)
                p += foreign(" ".join(h.get(k, "") for k in ("title", "change", "resources")), preset)
                if h.get("change") in changes:
                    p.append("same change as another hypothesis of the touchpoint")
                changes.add(h.get("change"))
                m = h.get("successMetric", {})
                key = (m.get("name"), json.dumps(m.get("baseline"), sort_keys=True))
                if key in seen and "judged by the same figure" not in m.get("method", ""):
                    p.append(f"shared metric+baseline, unstated '{m.get('name')}'")
                seen.add(key)
                titles[h.get("title", "")].add(name)
                if p:
                    bad += 1
                    problems.append(f"{h.get('id')}: {', '.join(sorted(set(p)))}")
        kind = KINDS.get(re.sub(r"^out-", "", name))
        if kind:
            print(f"   right kind: {kind} -> {'ok' if preset == kind else 'WRONG'}")
            totals["kinds"] += 1
            totals["right"] += preset == kind
        print(f"   preset: {preset}; fix-first touchpoints: {len(groups)}, "
              f"with fewer than 5 and no reason: {len(short)} {', '.join(short)}")
        print(f"   hypotheses: {n}, with debris {bad}" + ("".join(f"\n      {p}" for p in problems[:6])))
        totals["hypotheses"] += n
        totals["debris"] += bad
        totals["short"] += len(short)
        disc = [t["name"] for t in a.get("touchpoints", []) if t.get("origin") == "discovered"]
        junk = [x for x in disc if x.lower() in JUNK]
        print(f"   discovered: {len(disc)}, junk {len(junk)}: {', '.join(disc[:10])}")
    total = sum(1 for t in titles if t)
    shared = sum(1 for t, b in titles.items() if t and len(b) > 1)
    print(f"== titles shared between businesses: {shared} of {total} ({100 * shared / max(1, total):.0f}%)")
    print(f"== totals: hypotheses {totals['hypotheses']}, with debris {totals['debris']}, "
          f"fix-first touchpoints short of 5 without a reason {totals['short']}"
          + (f", right preset {totals['right']} of {totals['kinds']}" if totals["kinds"] else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
