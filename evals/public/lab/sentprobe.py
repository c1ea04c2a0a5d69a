#!/usr/bin/python3
"""Trains the sentiment probe the annotator ships (issue 15 item 4, 2026-12-07; widened the same day).

Multinomial logistic regression (negative / neutral / positive) over a text's full all-MiniLM-L6-v2 vector, trained
only on the project's own labelled examples (evals/training = train-new, evals/devset language.dev + language.probe);
C by 5-fold cross-validation on the same examples. The annotator asks it where the rules leave a customer's statement
neutral (`SentimentAnalyzer`): with no sentiment word (and the prototypes did not lean), or with words too weak or too
balanced for a verdict, and then only for the side the rules found words of. It is scored here the same way, on the
rule outputs of each set read without any probe: a text the rules left neutral, not a question or request, takes the
probe's polar class when its probability reaches that class's threshold and (if the rules found words) the rules found
a word of that side.

The two thresholds (`SentimentAnalyzer.NegativeProbeThreshold`, `.ProbeThreshold`) are chosen on the project's own sets
only: the mean of the training examples' macro-F1 with out-of-fold probabilities (5 folds, so no example is read by a
probe trained on it) and language.holdout's (never trained on). The public sets are only scored (all / held-out even
half, sent4.py's split) and never choose anything.
Inputs (CX_LAB, default /work/data/lab): `<name>.full.f32` (`Meaning.Lab embed <set.jsonl> <name> full`) and
`<name>.full-meaning-noprobe.jsonl` (`Meaning.Lab meaning <set.jsonl> <name> full,noprobe`) for the training sets, the
holdout and the public sets; train-new.jsonl from conv.py. Usage: /usr/bin/python3 sentprobe.py [--write]
(--write writes Resources/Meaning/sentiment-probe.json: weights and bias only, no text)
"""
import hashlib, json, sys
import lab
from lab import *
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score, StratifiedKFold
L = lab.L
TRAIN = ['dev-language.dev', 'dev-language.probe', 'trainnew']
OUT = R + '/src/CxAssistant.Analysis/Resources/Meaning/sentiment-probe.json'
CHOOSE = 'dev-language.holdout'
SETS = {CHOOSE: 'plain', 'apple': 'plain', 'sxsw': 'plain', 'tweeteval': 'plain', 'semrest': 'nomixed',
        'mams': 'nomixed', 'laptops': 'nomixed'}
GRID = [0.5, 0.6, 0.7, 0.8, 0.9]

X = np.vstack([vecs(n, 'full') for n in TRAIN]); y = np.array([r['sentiment'] for n in TRAIN for r in rows(n)])
texts = [r['text'] for n in TRAIN for r in rows(n)]
assert set(y) <= {'negative', 'neutral', 'positive'}, Counter(y)
folds = StratifiedKFold(5, shuffle=True, random_state=0)
cv = max((cross_val_score(LogisticRegression(C=c, max_iter=5000, class_weight='balanced'), X, y, cv=folds).mean(), c)
         for c in [0.3, 1, 3, 10, 30])
print('train', len(y), dict(Counter(y)), 'cv accuracy %.3f at C=%g' % cv)
m = LogisticRegression(C=cv[1], max_iter=5000, class_weight='balanced').fit(X, y)
cls = list(m.classes_)
oof = np.zeros((len(y), len(cls)))
for a, b in folds.split(X, y):
    oof[b] = LogisticRegression(C=cv[1], max_iter=5000, class_weight='balanced').fit(X[a], y[a]).predict_proba(X[b])

def outs(name):
    return [json.loads(l) for l in open(f'{L}/{name}.full-meaning-noprobe.jsonl')]

def fuse(out, P, tn, tp):
    labels = []
    for o, p in zip(out, P):
        lab_ = o['label']; k = int(np.argmax(p)); c = cls[k]
        if lab_ == 'neutral' and o['intent'] not in ('question', 'help_request') and c != 'neutral':
            words = o['pos'] + o['neg'] > 0
            side = o['pos'] if c == 'positive' else o['neg']
            if p[k] >= (tn if c == 'negative' else tp) and (not words or side > 0):
                lab_ = c
        labels.append(lab_)
    return labels

def score(name, labels, half=None, gold=None):
    G = gold if gold is not None else [r['sentiment'] for r in rows(name)]
    pairs = [(g, p) for i, (g, p) in enumerate(zip(G, labels)) if (half is None or (i + 1) % 2 == half) and
             not (SETS.get(name) == 'nomixed' and g == 'mixed')]
    return macro_f1([g for g, _ in pairs], [p for _, p in pairs])

train_out = [o for n in TRAIN for o in outs(n)]
hold_out, hold_P = outs(CHOOSE), m.predict_proba(vecs(CHOOSE, 'full'))
table = {}
for tn in GRID + [1.01]:
    for tp in GRID + [1.01]:
        a = score('train', fuse(train_out, oof, tn, tp), gold=list(y)); b = score(CHOOSE, fuse(hold_out, hold_P, tn, tp))
        table[(tn, tp)] = (a + b) / 2, a, b
chosen = max(table, key=lambda k: (round(table[k][0], 4), k))  # ties: the higher (more cautious) thresholds
print('no probe: training (out of fold) %.3f, holdout %.3f' % table[(1.01, 1.01)][1:])
print('chosen on the project\'s sets: negative >= %.2f, positive >= %.2f (training %.3f, holdout %.3f)' % (*chosen, *table[chosen][1:]))
print('macro-F1 all (even half)')
for tn, tp in [(1.01, 1.01), chosen]:
    cells = []
    for n in SETS:
        try:
            labels = fuse(outs(n), m.predict_proba(vecs(n, 'full')), tn, tp)
        except FileNotFoundError:
            continue
        cells.append('%s %.3f (%.3f)' % (n[:9], score(n, labels), score(n, labels, 0)))
    print(('none ' if tn > 1 else 'probe') + '  ' + '  '.join(cells))
if '--write' in sys.argv:
    digest = hashlib.sha256('\n'.join(texts).encode()).hexdigest()[:16]
    json.dump({'about': 'Sentiment probe: logistic regression over a text\'s unit vector, trained by '
               'evals/public/lab/sentprobe.py on the project\'s own labelled examples; read only where the rules leave '
               'a statement neutral.',
               'trained_on': f'{len(y)} project examples ({",".join(TRAIN)}), texts sha256 {digest}',
               'C': cv[1], 'cvAccuracy': round(cv[0], 3),
               'encoders': {'all-MiniLM-L6-v2': {'classes': cls, 'weights': m.coef_.round(6).tolist(),
                                                 'bias': m.intercept_.round(6).tolist()}}}, open(OUT, 'w'))
    print('wrote', OUT)
