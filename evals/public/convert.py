#!/usr/bin/env python3
"""Convert the public datasets fetched as GitHub snapshots into files cx reads (see README.md in this folder).

Reads each file straight out of the snapshot's git object store at the pinned commit (`git show COMMIT:PATH`), so a
re-run reproduces the same output byte for byte; writes /work/data/converted (or --out). Nothing here is committed
data: the inputs stay under /work/.mirror, the outputs under /work/data.
Usage: python3 evals/public/convert.py [--mirror /work/.mirror] [--out /work/data/converted] [names...]
"""
import argparse, csv, io, json, os, subprocess, sys
import xml.etree.ElementTree as ET
from collections import Counter
from sources import SOURCES

def git_show(mirror, source, path, encoding="utf-8"):
    repo = os.path.join(mirror, source["repo"].replace("/", "+"), "repo")
    git_dir = os.path.join(repo, ".git") if os.path.isdir(os.path.join(repo, ".git")) else repo
    out = subprocess.run(["git", "--git-dir", git_dir, "show", f"{source['commit']}:{path}"],
                         capture_output=True, check=False)
    if out.returncode != 0:
        sys.exit(f"{source['repo']}@{source['commit'][:10]}:{path}: {out.stderr.decode().strip()} "
                 f"(fetch the snapshot first; see README.md)")
    return out.stdout.decode(encoding)

def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")

def write_csv(path, rows, fields):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)

def sentence_sentiment(polarities):
    """Aspect polarities of one sentence -> one sentence label: all agree -> that label; positive and negative
    together, or SemEval's 'conflict' -> mixed; positive/negative with neutral -> the non-neutral one; none -> neutral."""
    p = set(polarities)
    if "conflict" in p or {"positive", "negative"} <= p:
        return "mixed"
    for label in ("positive", "negative"):
        if label in p:
            return label
    return "neutral"

def semeval14(mirror, source, out, name):
    root = ET.fromstring(git_show(mirror, source, source["path"]))
    rows = []
    for s in root.iter("sentence"):
        text = s.findtext("text").strip()
        cats = [(c.get("category"), c.get("polarity")) for c in s.iter("aspectCategory")]
        terms = [t.get("polarity") for t in s.iter("aspectTerm")]
        row = {"id": f"{name}-{s.get('id')}", "text": text, "domain": "review", "catalog": source.get("catalog")}
        # Restaurant categories name touchpoints; 'anecdotes/miscellaneous' is no touchpoint.
        if source.get("catalog"):
            row["touchpoints"] = sorted({c for c, _ in cats if c in source["touchpoint_map"]})
        if not cats and not terms:
            continue  # no aspect annotated: the sentence's sentiment was never labelled
        row["sentiment"] = sentence_sentiment([p for _, p in cats] or terms)
        rows.append(row)
    return rows

def mams(mirror, source, out, name):
    root = ET.fromstring(git_show(mirror, source, source["path"]))
    rows = []
    for i, s in enumerate(root.iter("sentence"), 1):
        cats = [(c.get("category"), c.get("polarity")) for c in s.iter("aspectCategory")]
        rows.append({"id": f"{name}-{i:05d}", "text": s.findtext("text").strip(), "domain": "review",
                     "catalog": source["catalog"],
                     "touchpoints": sorted({source["touchpoint_map"][c] for c, _ in cats if c in source["touchpoint_map"]}),
                     "sentiment": sentence_sentiment([p for _, p in cats])})
    return rows

def tweeteval(mirror, source, out, name):
    texts = git_show(mirror, source, source["path"] + "_text.txt").split("\n")
    labels = git_show(mirror, source, source["path"] + "_labels.txt").split("\n")
    names = {"0": "negative", "1": "neutral", "2": "positive"}
    return [{"id": f"{name}-{i:05d}", "text": t.strip(), "domain": "social", "sentiment": names[l.strip()]}
            for i, (t, l) in enumerate(zip(texts, labels), 1) if t.strip()]

def yelp(mirror, source, out, name):
    reader = csv.DictReader(io.StringIO(git_show(mirror, source, source["path"])))
    rows = []
    for i, r in enumerate(reader, 1):
        stars = int(r["stars"])
        # 1-2 stars negative, 3 stars the middle class (mixed or neutral), 4-5 positive.
        label = "negative" if stars <= 2 else "mixed" if stars == 3 else "positive"
        rows.append({"id": f"{name}-{i:05d}", "text": r["text"].strip(), "domain": "review",
                     "rating": stars, "date": r["date"], "sentiment": label})
    return rows

def booking(mirror, source, out, name):
    reader = csv.DictReader(io.StringIO(git_show(mirror, source, source["path"])))
    rows = []
    for i, r in enumerate(reader, 1):
        score = float(r["Reviewer_Score"])
        m, d, y = r["Review_Date"].split("/")
        if not any(v.strip() and v.strip().lower() not in ("no positive", "no negative")
                   for v in (r["Positive_Review"], r["Negative_Review"])):
            continue
        text = " ".join(f"{k}: {v.strip()}" for k, v in (("Liked", r["Positive_Review"]), ("Disliked", r["Negative_Review"]))
                        if v.strip() and v.strip().lower() not in ("no positive", "no negative"))
        rows.append({"id": f"{name}-{i:05d}", "text": text,
                     "domain": "review", "hotel": r["Hotel_Name"], "date": f"{y}-{m}-{d}", "score_10": score,
                     # Booking.com scores 2.5-10; stars = score / 2 rounded half up, at least 1.
                     "rating": max(1, int(score / 2 + 0.5))})
    return rows

def clinc(mirror, source, out, name):
    data = json.loads(git_show(mirror, source, source["path"]))
    domains = json.loads(git_show(mirror, source, source["domains_path"]))
    domain_of = {i: d for d, intents in domains.items() for i in intents}
    rows = []
    for split in ("train", "val"):
        for i, (text, intent) in enumerate(data[split], 1):
            rows.append({"id": f"{name}-{split}-{i:05d}", "text": text, "domain": "chat", "split": split,
                         "intent_id": intent, "intent_domain": domain_of[intent],
                         "job_state": source["job_states"].get(intent)})
    # Job-state gold: validation requests of the intents with an unambiguous event (sources.JOB_STATES).
    write_jsonl(os.path.join(out, name + "-jobstate.jsonl"),
                [r for r in rows if r["split"] == "val" and r["job_state"]])
    # Search set: every train request is a document; two validation requests per intent are the queries.
    write_csv(os.path.join(out, name + "-search-corpus.csv"),
              [r for r in rows if r["split"] == "train"], ["id", "text"])
    taken = Counter()
    queries = []
    for r in rows:
        if r["split"] == "val" and taken[r["intent_id"]] < 2:
            taken[r["intent_id"]] += 1
            queries.append({"id": r["id"], "text": r["text"], "intent_id": r["intent_id"]})
    write_jsonl(os.path.join(out, name + "-search-queries.jsonl"), queries)
    return rows

def suggestions(mirror, source, out, name):
    reader = csv.reader(io.StringIO(git_show(mirror, source, source["path"])))
    rows, seen = [], Counter()
    for r in reader:
        if len(r) < 3 or not r[2].strip() in ("0", "1"):
            continue
        text = r[1].strip().strip('"').strip()
        seen[r[0]] += 1  # a few ids repeat in the file; the repeats get a suffix
        rows.append({"id": f"{name}-{r[0]}" + (f"-{seen[r[0]]}" if seen[r[0]] > 1 else ""), "text": text, "domain": "survey",
                     "suggestion": "suggestion" if r[2].strip() == "1" else "other"})
    return rows

def multilingual(mirror, source, out, name):
    """One language's train split: text, 3-class sentiment and the language the set was collected in (its gold)."""
    reader = csv.DictReader(io.StringIO(git_show(mirror, source, source["path"])))
    return [{"id": f"{name}-{i:05d}", "text": r["text"].strip(), "domain": "social", "sentiment": r["label"],
             "language": source["language"]} for i, r in enumerate(reader, 1) if r["text"].strip()]

MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}

def ba(mirror, source, out, name):
    """One airline's Skytrax reviews: headline + body (the "Trip Verified |" prefix dropped), date as ISO."""
    reader = csv.DictReader(io.StringIO(git_show(mirror, source, source["path"])))
    rows = []
    for i, r in enumerate(reader, 1):
        body = r["reviews"].split("|", 1)[1] if "|" in r["reviews"][:40] else r["reviews"]
        head = r["review_headers"].strip().strip('"').strip()
        text = (head.rstrip(".!?") + ". " if head else "") + body.strip()
        d, m, y = r["time"].split()
        rows.append({"id": f"{name}-{i:05d}", "text": text, "domain": "review",
                     "date": f"{y}-{MONTHS[m[:3].lower()]:02d}-{int(''.join(c for c in d if c.isdigit())):02d}"})
    return rows

def alexa(mirror, source, out, name):
    """Amazon reviews of one device family: rating, date, the variation bought (a segment), text; empty texts dropped."""
    reader = csv.DictReader(io.StringIO(git_show(mirror, source, source["path"]).lstrip("\ufeff")), delimiter="\t")
    rows = []
    for i, r in enumerate(reader, 1):
        text = r["verified_reviews"].strip()
        if len(text.split()) < 2:
            continue
        d, m, y = r["date"].split("-")
        rows.append({"id": f"{name}-{i:05d}", "text": text, "domain": "review", "rating": int(r["rating"]),
                     "variation": r["variation"].strip(), "date": f"20{y}-{MONTHS[m.lower()]:02d}-{int(d):02d}"})
    return rows

def playstore(mirror, source, out, name):
    """Google Play reviews of one app: rating, date, text (user names are not read)."""
    reader = csv.DictReader(io.StringIO(git_show(mirror, source, source["path"])))
    return [{"id": f"{name}-{i:05d}", "text": r["review_text"].strip(), "domain": "review",
             "rating": int(r["rating"]), "date": r["review_date"][:10]}
            for i, r in enumerate(reader, 1) if r["review_text"].strip()]

def bankapp(mirror, source, out, name):
    """One bank's app reviews out of a file of several banks."""
    reader = csv.DictReader(io.StringIO(git_show(mirror, source, source["path"])))
    return [{"id": f"{name}-{i:05d}", "text": r["review"].strip().strip('"').strip(), "domain": "review",
             "rating": int(r["rating"]), "date": r["date"]}
            for i, r in enumerate(reader, 1) if r["bank"] == source["bank"] and r["review"].strip()]


def apple(mirror, source, out, name):
    """CrowdFlower's Apple tweets: sentiment 1 / 3 / 5 = negative / neutral / positive ('not relevant' left out).
    The file is not UTF-8 throughout (read as Latin-1, byte for byte)."""
    reader = csv.DictReader(io.StringIO(git_show(mirror, source, source["path"], "latin-1")))
    names = {"1": "negative", "3": "neutral", "5": "positive"}
    return [{"id": f"{name}-{i:05d}", "text": " ".join(r["text"].split()), "domain": "social", "sentiment": names[r["sentiment"]]}
            for i, r in enumerate(reader, 1) if r["sentiment"] in names and r["text"].strip()]

def sxsw(mirror, source, out, name):
    """CrowdFlower's SXSW brand tweets: positive / negative emotion, 'no emotion toward brand or product' = neutral,
    "I can't tell" left out. The file is not UTF-8 (read as Latin-1, byte for byte)."""
    reader = csv.DictReader(io.StringIO(git_show(mirror, source, source["path"], "latin-1")))
    names = {"Positive emotion": "positive", "Negative emotion": "negative",
             "No emotion toward brand or product": "neutral"}
    label = "is_there_an_emotion_directed_at_a_brand_or_product"
    return [{"id": f"{name}-{i:05d}", "text": " ".join(r["tweet_text"].split()), "domain": "social",
             "sentiment": names[r[label]]}
            for i, r in enumerate(reader, 1) if r[label] in names and (r["tweet_text"] or "").strip()]

READERS = {"semeval14": semeval14, "mams": mams, "tweeteval": tweeteval, "yelp": yelp, "booking": booking,
           "clinc": clinc, "suggestions": suggestions, "multilingual": multilingual,
           "ba": ba, "alexa": alexa, "playstore": playstore, "bankapp": bankapp, "apple": apple, "sxsw": sxsw}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", default="/work/.mirror")
    ap.add_argument("--out", default="/work/data/converted")
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for name, source in SOURCES.items():
        if a.names and name not in a.names:
            continue
        rows = READERS[source["reader"]](a.mirror, source, a.out, name)
        write_jsonl(os.path.join(a.out, name + ".jsonl"), rows)
        csv_rows = [r for r in rows if source.get("csv_filter", lambda r: True)(r)]
        write_csv(os.path.join(a.out, name + ".csv"), csv_rows, source["csv_fields"])
        print(f"{name}: {len(rows)} rows -> {name}.jsonl, {len(csv_rows)} rows -> {name}.csv")

if __name__ == "__main__":
    main()
