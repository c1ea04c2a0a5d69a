#!/usr/bin/env python3
"""Language detection on the public sets, read from cx analyze's analysis.json (see README.md, "Languages").

For each output folder under the given root: records per language code and method, the share kept from English
rules (provenance rating / not-read / translated), and the report's Data quality line about languages. When the
folder's name is a converted set with a `language` gold (tweets-de …), also the share detected as that language.
Usage: python3 evals/public/languages.py /tmp/lang [--converted /work/data/converted]
"""
import argparse, collections, json, os

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--converted", default="/work/data/converted")
    a = ap.parse_args()
    for name in sorted(os.listdir(a.root)):
        path = os.path.join(a.root, name, "analysis.json")
        if not os.path.exists(path):
            continue
        doc = json.load(open(path, encoding="utf-8"))
        records = doc["records"]
        codes = collections.Counter(r["annotation"].get("language", {}).get("code", "?") for r in records)
        kept = sum(r["annotation"].get("provenance") in ("rating", "not-read", "translated") for r in records)
        gold = None
        jsonl = os.path.join(a.converted, name + ".jsonl")
        if os.path.exists(jsonl):
            langs = {json.loads(l).get("language") for l in open(jsonl, encoding="utf-8")}
            gold = langs.pop() if len(langs) == 1 and None not in langs else None
        n = len(records)
        line = f"{name}: {n} records, kept from English rules {kept} ({100 * kept / n:.1f} %)"
        if gold:
            line += f", detected as {gold} {codes[gold]} ({100 * codes[gold] / n:.1f} %)"
        print(line + ", codes " + ", ".join(f"{c} {k}" for c, k in codes.most_common(6)))
        for w in doc.get("warnings", []):
            if w.startswith("Languages: "):
                print("   " + w)

if __name__ == "__main__":
    main()
