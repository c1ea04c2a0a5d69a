#!/usr/bin/python3
"""Trains the sentiment probe the annotator ships (issue 15 item 4, 2026-12-07).

Multinomial logistic regression (negative / neutral / positive) over a text's full all-MiniLM-L6-v2 vector, trained
only on the project's own labelled examples (evals/training = train-new, evals/devset language.dev + language.probe);
C by 5-fold cross-validation on the same examples. The annotator asks it only where the rules found no sentiment word
in a statement and the prototypes did not lean (`SentimentAnalyzer`), so it is scored here the same way: on the rule
outputs of each set read without any probe, a text the rules left neutral with no sentiment word and no question or
request takes the probe's polar class when its probability reaches the threshold.

The threshold (`SentimentAnalyzer.ProbeThreshold`) is chosen on language.holdout, which the probe never reads in
training: the lowest value that costs the holdout nothing (as for the job probe). The public sets are only scored
(all / held-out even half, sent4.py's split) and never choose anything.
Inputs (/work/data/lab): `<name>.full.f32` (./run-export.sh, or `Meaning.Lab embed <set.jsonl> <name> full`) and
`<name>.full-meaning-noprobe.jsonl` (`Meaning.Lab meaning <set.jsonl> <name> full,noprobe`) for the holdout and the
public sets. Usage: /usr/bin/python3 sentprobe.py [--write]   (--write writes Resources/Meaning/sentiment-probe.json:
weights and bias only, no text)
"""
import hashlib, json, sys
from lab import *
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score, StratifiedKFold
TRAIN = ['dev-language.dev', 'dev-language.probe', 'trainnew']
OUT = R + '/src/CxAssistant.Analysis/Resources/Meaning/sentiment-probe.json'
CHOOSE = 'dev-language.holdout'
SETS = {CHOOSE: 'plain', 'tweeteval': 'plain', 'semrest': 'nomixed', 'mams': 'nomixed', 'laptops': 'nomixed'}
THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9]

X = np.vstack([vecs(n, 'full') for n in TRAIN]); y = [r['sentiment'] for n in TRAIN for r in rows(n)]
texts = [r['text'] for n in TRAIN for r in rows(n)]
assert set(y) <= {'negative', 'neutral', 'positive'}, Counter(y)
folds = StratifiedKFold(5, shuffle=True, random_state=0)
cv = max((cross_val_score(LogisticRegression(C=c, max_iter=5000, class_weight='balanced'), X, y, cv=folds).mean(), c)
         for c in [0.3, 1, 3, 10, 30])
print('train', len(y), dict(Counter(y)), 'cv accuracy %.3f at C=%g' % cv)
m = LogisticRegression(C=cv[1], max_iter=5000, class_weight='balanced').fit(X, y)
cls = list(m.classes_)

def fused(name, t):
    out = [json.loads(l) for l in open(f'{L}/{name}.full-meaning-noprobe.jsonl')]
    P = m.predict_proba(vecs(name, 'full')); labels = []
    for o, p in zip(out, P):
        lab = o['label']
        if o['pos'] == 0 and o['neg'] == 0 and lab == 'neutral' and o['intent'] not in ('question', 'help_request'):
            k = int(np.argmax(p))
            if cls[k] != 'neutral' and p[k] >= t:
                lab = cls[k]
        labels.append(lab)
    return labels

def score(name, labels, half=None):
    G = [r['sentiment'] for r in rows(name)]
    pairs = [(g, p) for i, (g, p) in enumerate(zip(G, labels)) if (half is None or (i + 1) % 2 == half) and
             not (SETS[name] == 'nomixed' and g == 'mixed')]
    return macro_f1([g for g, _ in pairs], [p for _, p in pairs]), sum(g == p for g, p in pairs)

base = score(CHOOSE, fused(CHOOSE, 1.01))
chosen = next(t for t in THRESHOLDS if score(CHOOSE, fused(CHOOSE, t)) >= base)
print('threshold chosen on %s (macro-F1 %.3f, %d correct without the probe): %.2f' % (CHOOSE, *base, chosen))
print('macro-F1 all (even half; correct)')
for t in [1.01] + THRESHOLDS:
    cells = []
    for n in SETS:
        labels = fused(n, t); (f, k), (fe, _) = score(n, labels), score(n, labels, 0)
        cells.append('%s %.3f (%.3f; %d)' % (n[:9], f, fe, k))
    print(('none  ' if t > 1 else 'p>=%.1f ' % t) + '  '.join(cells) + ('  <- chosen' if t == chosen else ''))
if '--write' in sys.argv:
    digest = hashlib.sha256('\n'.join(texts).encode()).hexdigest()[:16]
    json.dump({'about': 'Sentiment probe: logistic regression over a text\'s unit vector, trained by '
               'evals/public/lab/sentprobe.py on the project\'s own labelled examples; read only where the rules find '
               'no sentiment word in a statement.',
               'trained_on': f'{len(y)} project examples ({",".join(TRAIN)}), texts sha256 {digest}',
               'C': cv[1], 'cvAccuracy': round(cv[0], 3),
               'encoders': {'all-MiniLM-L6-v2': {'classes': cls, 'weights': m.coef_.round(6).tolist(),
                                                 'bias': m.intercept_.round(6).tolist()}}}, open(OUT, 'w'))
    print('wrote', OUT)
