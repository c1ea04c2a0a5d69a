#!/usr/bin/env python3
"""Sentiment macro-F1 of `Meaning.Lab meaning` outputs on every public sentence and social set, all lines and the
held-out even half (issue 15, 2026-12-07, brand tweets). Like sent4.py, but the outputs and vectors may sit in any
folder (DIR/<name>.full-<TAG>.jsonl) and the brand-tweet sets (apple-tweets, sxsw-brands) are included.
Usage: sent5.py DIR [TAG ...]      (TAG default: meaning)
"""
import json, sys
from collections import Counter
C = '/work/data/converted'
SETS = {  # lab name: (converted file, scoring)
    'tweeteval': ('tweeteval-sentiment', 'plain'), 'apple': ('apple-tweets', 'plain'), 'sxsw': ('sxsw-brands', 'plain'),
    'semrest': ('semeval14-restaurants', 'nomixed'), 'mams': ('mams-acsa', 'nomixed'),
    'laptops': ('semeval14-laptops', 'nomixed'),
}

def macro_f1(pairs):
    fs = []
    for l in sorted({g for g, _ in pairs}):
        tp = sum(g == l and p == l for g, p in pairs); fp = sum(g != l and p == l for g, p in pairs)
        fn = sum(g == l and p != l for g, p in pairs)
        pr = tp / (tp + fp) if tp + fp else 0; rc = tp / (tp + fn) if tp + fn else 0
        fs.append(2 * pr * rc / (pr + rc) if pr + rc else 0)
    return sum(fs) / len(fs)

def gold(name, conv=None):
    for d in (conv or C, '/work/data/sentiment/converted'):
        try:
            return [json.loads(l) for l in open(f'{d}/{SETS[name][0]}.jsonl') if l.strip()]
        except FileNotFoundError:
            pass
    raise FileNotFoundError(name)

def pairs(name, d, tag, half=None):
    g = gold(name); p = [json.loads(l) for l in open(f'{d}/{name}.full-{tag}.jsonl')]
    return [(a['sentiment'], b['label']) for i, (a, b) in enumerate(zip(g, p))
            if (half is None or (i + 1) % 2 == half) and not (SETS[name][1] == 'nomixed' and a['sentiment'] == 'mixed')]

if __name__ == '__main__':
    d = sys.argv[1]; tags = sys.argv[2:] or ['meaning']
    print(f'{"tag":28}' + ''.join(f'{n:>16}' for n in SETS))
    for tag in tags:
        cells = []
        for n in SETS:
            try:
                cells.append('%.3f (%.3f)' % (macro_f1(pairs(n, d, tag)), macro_f1(pairs(n, d, tag, 0))))
            except FileNotFoundError:
                cells.append('-')
        print(f'{tag:28}' + ''.join(f'{c:>16}' for c in cells))
