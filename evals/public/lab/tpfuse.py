#!/usr/bin/env python3
"""Touchpoint attribution: the lexicon fused with meaning by a logistic function (`TouchpointMeaning.Fill`).

Fits the weights `TouchpointMeaning.Probabilities` ships on the project's seven terse training catalogs only
(evals/training/src/touchpoints-*.txt), chooses the threshold by leaving one catalog out, and then only *scores* the
public sets (SemEval-14 restaurants and MAMS train, restaurant-4 catalog). Features per (record, touchpoint): the
lexicon's confidence (0 when it did not name it), whether it named it, nearness to the touchpoint's example sentences
(mean cosine of the 3 nearest among its name, "name: description" and its linked types' examples) minus nearness to
the sentences about a business as a whole (Resources/Touchpoints/overall.yaml), its lead over the other touchpoints'
examples (a touchpoint the lexicon named is compared only with those it did not name), and the cosine to its centre.

Inputs in $CX_LAB (default /work/data/lab), full-model vectors throughout (first `python3 tptrain.py`):
  LAB="dotnet bench/CxAssistant.Meaning.Lab/bin/Release/net10.0/CxAssistant.Meaning.Lab.dll"
  for c in bike-repair-6 dental-5 broadband-7 gym-6 food-delivery-6 cafe-5 hotel-5; do
    $LAB export tptrain-$c.jsonl tptrain-$c full evals/training/catalogs/$c.yaml
    $LAB proto evals/training/catalogs/$c.yaml proto-$c.ex && $LAB embed proto-$c.ex.jsonl proto-$c.ex full; done
  $LAB rules /work/data/converted/semeval14-restaurants.jsonl semrest full evals/public/catalogs/restaurant-4.yaml
  $LAB rules /work/data/converted/mams-acsa.jsonl mams full evals/public/catalogs/restaurant-4.yaml
  $LAB embed /work/data/converted/semeval14-restaurants.jsonl semrest full    (and mams)
  $LAB proto evals/public/catalogs/restaurant-4.yaml proto-r4.ex && $LAB embed proto-r4.ex.jsonl proto-r4.ex full
  python3 tpfuse.py overall && $LAB embed overall.jsonl overall full
Then: python3 tpfuse.py
"""
import json, os, re, sys
import numpy as np
from sklearn.linear_model import LogisticRegression

R = os.path.abspath(os.path.join(os.path.dirname(__file__), '../../..'))
L = os.environ.get('CX_LAB', '/work/data/lab')
PUBLIC = {'semrest': '/work/data/converted/semeval14-restaurants.jsonl', 'mams': '/work/data/converted/mams-acsa.jsonl'}
TRAIN = ['bike-repair-6', 'dental-5', 'broadband-7', 'gym-6', 'food-delivery-6', 'cafe-5', 'hotel-5']
C, THRESHOLDS = 3.0, [0.25, 0.3, 0.35, 0.4]


def rows(p):
    return [json.loads(l) for l in open(p, encoding='utf-8') if l.strip()]


def f32(p):
    return np.fromfile(p, dtype=np.float32).reshape(-1, 384)


def nearest(X, V, k=3):
    return np.sort(X @ V.T, 1)[:, -k:].mean(1)


def load(name, overall):
    public = name in PUBLIC
    stem = name if public else 'tptrain-' + name
    D = rows(PUBLIC[name] if public else f'{L}/{stem}.jsonl')
    lex = rows(f'{L}/{stem}.rules.jsonl')
    X = f32(f'{L}/{stem}.full.f32')
    cat = 'r4' if public else name
    P = rows(f'{L}/proto-{cat}.ex.jsonl')
    V = f32(f'{L}/proto-{cat}.ex.full.f32')
    tps = list(dict.fromkeys(p['tp'] for p in P))
    centre = np.stack([V[[i for i, p in enumerate(P) if p['tp'] == t]].mean(0) for t in tps])
    centre /= np.linalg.norm(centre, axis=1, keepdims=True)
    examples = [[i for i, p in enumerate(P) if p['tp'] == t and (p['kind'].startswith('ex:') or p['kind'] in ('name', 'desc'))]
                for t in tps]
    K = np.stack([nearest(X, V[e]) for e in examples], 1)
    return dict(D=D, lex=lex, tps=tps, S=X @ centre.T, K=K, on=nearest(X, overall),
                G=[set(d.get('touchpoints') or []) for d in D])


def features(d):
    F, Y, idx = [], [], []
    for i, r in enumerate(d['lex']):
        conf = {x['id']: x['c'] for x in r['tps']}
        for j, t in enumerate(d['tps']):
            c = conf.get(t, 0)
            others = [k for k in range(len(d['tps'])) if k != j and not (c > 0 and d['tps'][k] in conf)]
            lead = d['K'][i, j] - (d['K'][i, others].max() if others else d['on'][i])
            F.append([c, float(c > 0), d['K'][i, j] - d['on'][i], lead, d['S'][i, j]])
            Y.append(t in d['G'][i])
            idx.append((i, t))
    return np.array(F), np.array(Y), idx


def words(t):
    return len(re.findall(r'[^\W\d_]+', t))


def one_sentence(t):
    return len([s for s in re.split(r'(?<=[.!?])\s+(?=[A-Z])|[\r\n]+', t.strip()) if s]) <= 1


def decide(d, idx, p, thr):
    """As Fill does: lexicon order kept, drops only in one-sentence texts, one touchpoint by meaning where none is left."""
    prob = {k: q for k, q in zip(idx, p)}
    out = []
    for i, r in enumerate(d['lex']):
        text = d['D'][i]['text']
        conf = {x['id']: x['c'] for x in r['tps']}
        lex = [x['id'] for x in r['tps']]
        if len(lex) >= 2:  # Apply: primary by centre cosine + lexicon confidence
            lex.sort(key=lambda t: -(d['S'][i][d['tps'].index(t)] + conf[t]))
        if words(text) < 3:
            out.append(lex)
            continue
        kept = [t for t in lex if prob[(i, t)] >= thr] if one_sentence(text) else lex
        if not kept:
            best = max(d['tps'], key=lambda t: prob[(i, t)])
            kept = [best] if prob[(i, best)] >= thr else []
        out.append(kept)
    return out


def f1(G, P):
    tp = sum(len(set(p) & g) for g, p in zip(G, P))
    fp = sum(len(set(p) - g) for g, p in zip(G, P))
    fn = sum(len(g - set(p)) for g, p in zip(G, P))
    pr = tp / (tp + fp) if tp + fp else 0
    rc = tp / (tp + fn) if tp + fn else 0
    return (2 * pr * rc / (pr + rc) if pr + rc else 0), pr, rc


def main():
    if sys.argv[1:] == ['overall']:
        import yaml
        sentences = yaml.safe_load(open(f'{R}/src/CxAssistant.Analysis/Resources/Touchpoints/overall.yaml'))['overall']
        with open(f'{L}/overall.jsonl', 'w', encoding='utf-8') as f:
            for s in sentences:
                f.write(json.dumps({'text': s}) + '\n')
        return
    overall = f32(f'{L}/overall.full.f32')
    train = {c: load(c, overall) for c in TRAIN}
    feats = {c: features(d) for c, d in train.items()}
    fit = lambda cs: LogisticRegression(C=C, max_iter=5000).fit(
        np.vstack([feats[c][0] for c in cs]), np.concatenate([feats[c][1] for c in cs]))
    for thr in THRESHOLDS:  # leave one catalog out
        G, P = [], []
        for c in TRAIN:
            m = fit([x for x in TRAIN if x != c])
            P += decide(train[c], feats[c][2], m.predict_proba(feats[c][0])[:, 1], thr)
            G += train[c]['G']
        print(f'threshold {thr:.2f}: training catalogs, one left out, micro-F1 {f1(G, P)[0]:.3f}')
    m = fit(TRAIN)
    print('weights (confidence, named, nearer than overall, lead, centre):', np.round(m.coef_[0], 2).tolist(),
          'bias', round(float(m.intercept_[0]), 2))
    for n in PUBLIC:
        d = load(n, overall)
        F, _, idx = features(d)
        lexicon = [[x['id'] for x in r['tps']] for r in d['lex']]
        P = decide(d, idx, m.predict_proba(F)[:, 1], 0.30)
        print(f'{n}: lexicon alone {f1(d["G"], lexicon)[0]:.3f}; fused {f1(d["G"], P)[0]:.3f} (P {f1(d["G"], P)[1]:.3f} R {f1(d["G"], P)[2]:.3f})')


if __name__ == '__main__':
    main()
