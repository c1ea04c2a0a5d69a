#!/usr/bin/env python3
"""Sentiment error analysis with a held-out half (issue 15 item 4, 2026-12-07).

Reads the annotator's output per public set (`Meaning.Lab meaning <set.jsonl> <prefix> <mode>`, the encoder `cx eval`
would choose: full for the sentence sets and TweetEval, static for Yelp) and scores sentiment macro-F1 on the
odd-numbered lines (the half whose errors were read) and the even-numbered lines (held out: never read) separately.
Usage: sent4.py [TAG] [--errors SET N] [--confusion]
  TAG: the output suffix (default `full-meaning`); --errors prints N misclassified odd-line texts of SET.
"""
import json, sys, random
from collections import Counter
L = '/work/data/sentlab'
SETS = {  # name: (converted file, encoder cx eval uses, scoring)
    'tweeteval': ('tweeteval-sentiment', 'full', 'plain'),
    'yelp': ('yelp-reviews', 'static', 'mixed'),
    'semrest': ('semeval14-restaurants', 'full', 'nomixed'),
    'mams': ('mams-acsa', 'full', 'nomixed'),
    'laptops': ('semeval14-laptops', 'full', 'nomixed'),
}

def macro_f1(pairs):
    labels = sorted({g for g, _ in pairs}); fs = []
    for l in labels:
        tp = sum(g == l and p == l for g, p in pairs); fp = sum(g != l and p == l for g, p in pairs)
        fn = sum(g == l and p != l for g, p in pairs)
        pr = tp / (tp + fp) if tp + fp else 0; rc = tp / (tp + fn) if tp + fn else 0
        fs.append(2 * pr * rc / (pr + rc) if pr + rc else 0)
    return sum(fs) / len(fs)

def load(name, tag):
    conv, mode, how = SETS[name]
    gold = [json.loads(l) for l in open(f'/work/data/converted/{conv}.jsonl') if l.strip()]
    pred = [json.loads(l) for l in open(f'{L}/{name}.{mode}-{tag}.jsonl')]
    rows = []
    for i, (g, p) in enumerate(zip(gold, pred)):
        gl, pl = g['sentiment'], p['label']
        if how == 'mixed' and pl == 'neutral':
            pl = 'mixed'
        if how == 'nomixed' and gl == 'mixed':
            continue
        rows.append((i + 1, gl, pl, g['text'], p))
    return rows

def main():
    args = sys.argv[1:]
    tag = args[0] if args and not args[0].startswith('--') else 'full-meaning'
    print(f'{"set":10} {"all":>6} {"odd(read)":>10} {"even(held)":>11}')
    for name in SETS:
        try:
            rows = load(name, tag)
        except FileNotFoundError:
            continue
        allp = [(g, p) for _, g, p, _, _ in rows]
        odd = [(g, p) for n, g, p, _, _ in rows if n % 2 == 1]
        even = [(g, p) for n, g, p, _, _ in rows if n % 2 == 0]
        print(f'{name:10} {macro_f1(allp):6.3f} {macro_f1(odd):10.3f} {macro_f1(even):11.3f}')
        if '--confusion' in args:
            labels = sorted({g for g, _ in odd} | {p for _, p in odd})
            c = Counter(odd)
            print('   gold\\pred ' + ' '.join(f'{l[:8]:>8}' for l in labels))
            for g in sorted({g for g, _ in odd}):
                print(f'   {g[:9]:9} ' + ' '.join(f'{c[(g, p)]:8}' for p in labels))
    if '--errors' in args:
        k = args.index('--errors'); name, n = args[k + 1], int(args[k + 2])
        wrong = [r for r in load(name, tag) if r[0] % 2 == 1 and r[1] != r[2]]
        random.Random(0).shuffle(wrong)
        for line, g, p, text, out in wrong[:n]:
            cues = out.get("spans", [])
            print(f'[{line}] gold={g} pred={p} ts={out["text_score"]:.2f} pos={out["pos"]:.2f} neg={out["neg"]:.2f} {cues}')
            print('   ', text.replace('\n', ' ')[:700])

main()
