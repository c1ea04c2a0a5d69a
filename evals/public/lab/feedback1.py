"""Sentiment and job state by prototype sentences (FeedbackMeaning), swept on the project's sets, scored on public ones.

First export the prototypes' vectors (from the repository root):
  python3 evals/public/lab/feedback1.py export   # writes /work/data/lab/feedback-protos.jsonl
  $LAB embed /work/data/lab/feedback-protos.jsonl /work/data/lab/feedback-protos static,full
Then: python3 evals/public/lab/feedback1.py [static|full]
A class's score is the mean cosine of its k nearest prototypes; the vote counts when its lead over the next class is at
least the margin. Sentiment: only texts with no sentiment word (pos = neg = 0) that are not requests or questions.
Job state: only requests the rules left at none; below the margin a question is information.
"""
import sys, yaml
from lab import *

def export():
    d = yaml.safe_load(open(R + '/src/CxAssistant.Analysis/Resources/Meaning/feedback.yaml'))
    with open(L + '/feedback-protos.jsonl', 'w') as f:
        for q, sec in d.items():
            for c, ts in sec.items():
                for t in ts:
                    f.write(json.dumps({'id': f'{q}-{c}', 'q': q, 'c': c, 'text': t}) + '\n')

def votes(X, P, V, q, k=3):
    cls = list(dict.fromkeys(p['c'] for p in P if p['q'] == q))
    S = X @ V.T
    sc = np.array([np.sort(S[:, [i for i, p in enumerate(P) if p['q'] == q and p['c'] == c]], 1)[:, -k:].mean(1)
                   for c in cls]).T
    o = np.argsort(-sc, 1); n = np.arange(len(sc))
    return [cls[b] for b in o[:, 0]], sc[n, o[:, 0]] - sc[n, o[:, 1]]

def sentiment_f1(name, G, P):
    if name == 'yelp': P = ['mixed' if p == 'neutral' else p for p in P]
    return macro_f1(G, P)

if __name__ == '__main__':
    if sys.argv[1:] == ['export']: export(); sys.exit()
    mode = sys.argv[1] if len(sys.argv) > 1 else 'static'
    P = rows(L + '/feedback-protos.jsonl')
    V = np.fromfile(f'{L}/feedback-protos.{mode}.f32', dtype=np.float32).reshape(-1, 384)
    for k in [3, 5]:
        for m in [0.04, 0.06, 0.08, 0.1]:
            line = []
            for name in ['dev-language.dev', 'dev-language.holdout', 'trainnew', 'tweeteval', 'semrest', 'laptops', 'mams']:
                G = [r['sentiment'] for r in rows(name)]; Rr = rules(name)
                lab, marg = votes(vecs(name, mode), P, V, 'sentiment', k)
                base = [r['label'] for r in Rr]; out = list(base)
                for i, r in enumerate(Rr):
                    if r['pos'] + r['neg'] == 0 and r['intent'] in ('none', 'praise', 'complaint') \
                            and lab[i] != 'neutral' and marg[i] >= m:
                        out[i] = lab[i]
                line.append('%s %+.3f' % (name, sentiment_f1(name, G, out) - sentiment_f1(name, G, base)))
            print('sentiment', mode, k, m, ' | '.join(line))
    for m in [0.0, 0.01, 0.02, 0.03, 0.05, 0.08, 1]:
        line = []
        for name in ['dev-language.dev', 'dev-language.holdout', 'dev-language.probe', 'trainnew', 'clincjob']:
            G = [r.get('job_state') for r in rows(name)]; Rr = rules(name)
            lab, marg = votes(vecs(name, mode), P, V, 'job', 3)
            base = [r['job'] for r in Rr]; out = list(base)
            for i, r in enumerate(Rr):
                if r['job'] == 'none' and r['intent'] in ('question', 'helprequest'):
                    if marg[i] >= m: out[i] = lab[i]
                    elif r['intent'] == 'question': out[i] = 'information'
            idx = [i for i, g in enumerate(G) if g]
            line.append('%s %.3f->%.3f' % (name, acc([G[i] for i in idx], [base[i] for i in idx]),
                                           acc([G[i] for i in idx], [out[i] for i in idx])))
        print('job', mode, m, ' | '.join(line))
