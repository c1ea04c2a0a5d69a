"""Re-ranking the hybrid search's fused candidates by the full model (issue 15 item 2).

Reads `Meaning.Lab searchdump` output (each query's fused candidates with their keyword and vector ranks, as
`cx search` produces them) and the exported static / full vectors of corpus and queries; sweeps fusions of the
candidates' rankings and chooses by 2-fold cross-validation over intents (queries of half the intents choose, the
other half score, and back), so the figure reported is never the one a choice was made on.
"""
from lab import *
import itertools, sys
dump = [json.loads(l) for l in open(sys.argv[1] if len(sys.argv) > 1 else f'{L}/searchdump40.jsonl')]
intent = {r['id']: r['intent_id'] for r in rows('/work/data/converted/clinc150.jsonl')}
C = rows('clinccorpus'); Q = rows('clincq')
pos = {c['id']: i for i, c in enumerate(C)}
qpos = {q['id']: i for i, q in enumerate(Q)}
CS, CF = vecs('clinccorpus', 'static'), vecs('clinccorpus', 'full')
QS, QF = vecs('clincq', 'static'), vecs('clincq', 'full')

def ranks(x):  # 0-based, highest first; ties share the best rank
    x = np.asarray(x); return np.array([(x > v).sum() for v in x])

def score_query(d, depth, a, b, beta, gamma, m=10, k=60):
    """Order of the hits: the first `depth` re-scored, the rest as fused. Score = a * RRF(keyword rank) + b *
    RRF(static rank among the candidates) + beta * full cosine to the query + gamma * mean full cosine to the m
    candidates closest to the query (MeaningReranker)."""
    hits = d['hits']; qi = qpos[d['id']]; head = hits[:depth]
    idx = [pos[h['r']] for h in head]
    F = CF[idx]; full = F @ QF[qi]; stat = CS[idx] @ QS[qi]
    kw = np.array([h['k'] if h['k'] is not None else 10 ** 6 for h in head])
    s = a / (k + ranks(-kw) + 1) + b / (k + ranks(stat) + 1) + beta * full
    if gamma:
        s = s + gamma * (F @ F[np.argsort(-full)[:m]].T).mean(1)
    order = sorted(range(len(head)), key=lambda i: (-s[i], i))
    return [head[i]['r'] for i in order] + [h['r'] for h in hits[depth:]]

def evaluate(ds, *config):
    first = p10 = 0
    for d in ds:
        want = intent[d['id']]; got = [intent[r] for r in score_query(d, *config)[:10]]
        first += got[0] == want; p10 += sum(g == want for g in got) / 10
    return first / len(ds), p10 / len(ds)

configs = [(depth, a, b, beta, gamma) for depth in [20, 30] for a in [0.5, 1, 2] for b in [0, 0.5, 1]
           for beta in [0.02, 0.05, 0.1, 0.2] for gamma in [0, 0.02, 0.05, 0.1]]
intents = sorted({intent[d['id']] for d in dump})
folds = [set(intents[0::2]), set(intents[1::2])]
print('none (hybrid order): %.3f / %.3f' % evaluate(dump, 0, 0, 0, 0, 0))
held = [0, 0]
for f in range(2):
    tune = [d for d in dump if intent[d['id']] in folds[f]]
    test = [d for d in dump if intent[d['id']] not in folds[f]]
    best = max(configs, key=lambda c: sum(evaluate(tune, *c)))
    t, h = evaluate(tune, *best), evaluate(test, *best)
    held[0] += h[0] * len(test); held[1] += h[1] * len(test)
    print(f'fold {f}: chose {best}: tune {t[0]:.3f}/{t[1]:.3f}, held-out {h[0]:.3f}/{h[1]:.3f}')
print('cross-validated (held-out halves pooled): %.3f / %.3f' % (held[0] / len(dump), held[1] / len(dump)))
shipped = (30, 2, 0.5, 0.02, 0.02)
print('shipped %s on all 300: %.3f / %.3f' % (shipped, *evaluate(dump, *shipped)))
for f in range(2):
    part = [d for d in dump if intent[d['id']] in folds[f]]
    print('  on half %d: %.3f / %.3f' % (f, *evaluate(part, *shipped)))
