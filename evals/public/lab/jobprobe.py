"""Trains the job-state probe the annotator ships (src/CxAssistant.Analysis/Resources/Meaning/job-probe.json).

Two logistic regressions over a text's 384-d unit vector from the full all-MiniLM-L6-v2: `state`, which state a
request is in (information, service, blocker, cancel; trained on the examples in those states), and `request`,
whether a text asks the business for something at all (any job state but none; trained on every example). Only the
project's own labelled examples are read: evals/training (train-new) and evals/devset language.dev + language.probe.
language.holdout is never read here: it stays the regression measure (`cx eval`). C is chosen by 5-fold
cross-validation on the same examples; the public sets are only scored, by `cx eval` and the lab. The static table
gets no probe: measured in the lab, its probe cost the project's holdout 1-3 items for little gain (docs/local-model.md).
Needs the vectors from ./run-export.sh (/work/data/lab). Usage: python3 jobprobe.py [--write]
"""
import hashlib, json, os, sys
from lab import *
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score, StratifiedKFold

STATES = ['information', 'service', 'blocker', 'cancel']
TRAIN = ['dev-language.dev', 'dev-language.probe', 'trainnew']
ENCODERS = {'full': 'all-MiniLM-L6-v2'}
OUT = R + '/src/CxAssistant.Analysis/Resources/Meaning/job-probe.json'

def examples(mode, keep, label):
    X, y, texts = [], [], []
    for n in TRAIN:
        for v, r in zip(vecs(n, mode), rows(n)):
            if keep(r['job_state']):
                X.append(v); y.append(label(r['job_state'])); texts.append(r['text'])
    return np.array(X), y, texts

def train(X, y, texts, name):
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    best = max((cross_val_score(LogisticRegression(C=c, max_iter=5000, class_weight='balanced'), X, y,
                                cv=folds).mean(), c) for c in [0.3, 1, 3, 10, 30])
    print(name, len(y), dict(Counter(y)), 'cv accuracy %.3f at C=%g' % best)
    m = LogisticRegression(C=best[1], max_iter=5000, class_weight='balanced').fit(X, y)
    # A binary model has one row of weights; written as two (the other class's scores are 0) so that one softmax
    # reads both kinds.
    coef, bias = (np.vstack([np.zeros_like(m.coef_[0]), m.coef_[0]]), np.array([0.0, m.intercept_[0]])) \
        if len(m.classes_) == 2 else (m.coef_, m.intercept_)
    digest = hashlib.sha256('\n'.join(texts).encode()).hexdigest()[:16]
    return {'classes': [str(c) for c in m.classes_], 'c': best[1], 'examples': len(y), 'cvAccuracy': round(best[0], 3),
            'textsSha256': digest, 'bias': [round(float(b), 6) for b in bias],
            'weights': [[round(float(w), 6) for w in row] for row in coef]}

probes = {}
for mode, model in ENCODERS.items():
    probes[model] = {
        'state': train(*examples(mode, lambda s: s in STATES, lambda s: s), mode + ' state'),
        'request': train(*examples(mode, lambda s: True, lambda s: 'none' if s == 'none' else 'request'),
                         mode + ' request'),
    }
if '--write' in sys.argv:
    with open(OUT, 'w') as f:
        json.dump({'about': 'Job-state probe: logistic regression over a request\'s unit vector, trained by '
                   'evals/public/lab/jobprobe.py on the project\'s own labelled requests (evals/training, '
                   'evals/devset language.dev and language.probe).', 'encoders': probes}, f, separators=(',', ':'))
        f.write('\n')
    print('wrote', OUT, os.path.getsize(OUT), 'bytes')
