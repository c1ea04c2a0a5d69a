#!/usr/bin/env python3
"""Search quality of `cx search` on CLINC150: does the first hit share the query's intent, and how many of the top 10?

The corpus (every train request) must be ingested first:
  cx ingest /work/data/converted/clinc150-search-corpus.csv --workspace /work/data/ws-clinc
Then: python3 evals/public/search_eval.py --cx "dotnet src/CxAssistant.Cli/bin/Release/net10.0/cx.dll"
Queries are the two first validation requests of each intent (clinc150-search-queries.jsonl), never in the corpus.
"""
import argparse, json, shlex, subprocess

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cx", default="dotnet src/CxAssistant.Cli/bin/Release/net10.0/cx.dll")
    ap.add_argument("--workspace", default="/work/data/ws-clinc")
    ap.add_argument("--data", default="/work/data/converted")
    a = ap.parse_args()
    intent = {}
    for line in open(f"{a.data}/clinc150.jsonl", encoding="utf-8"):
        r = json.loads(line)
        intent[r["id"]] = r["intent_id"]
    queries = [json.loads(l) for l in open(f"{a.data}/clinc150-search-queries.jsonl", encoding="utf-8")]
    first = p10 = 0.0
    for q in queries:
        out = subprocess.run(shlex.split(a.cx) + ["search", q["text"], "--workspace", a.workspace, "--json", "-n", "10"],
                             capture_output=True, text=True, check=True).stdout
        hits = [intent.get(h["recordId"]) for h in json.loads(out)]
        first += bool(hits) and hits[0] == q["intent_id"]
        p10 += sum(h == q["intent_id"] for h in hits) / 10
    n = len(queries)
    print(f"cx search on {n} CLINC150 queries: first hit has the query's intent {first / n:.3f}, precision@10 {p10 / n:.3f}")

if __name__ == "__main__":
    main()
