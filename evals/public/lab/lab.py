import json, numpy as np, os
R=os.path.abspath(os.path.join(os.path.dirname(__file__),'../../..'))  # the repository
from collections import Counter
L=os.environ.get('CX_LAB','/work/data/lab')  # where the vectors and outputs are (CX_LAB to move it)
SRC={'dev-language.dev':R+'/evals/devset/language.dev.jsonl','dev-language.holdout':R+'/evals/devset/language.holdout.jsonl',
 'dev-language.probe':R+'/evals/devset/language.probe.jsonl','dev-touchpoints.dev':R+'/evals/devset/touchpoints.dev.jsonl',
 'dev-touchpoints.holdout':R+'/evals/devset/touchpoints.holdout.jsonl','tweeteval':'/work/data/converted/tweeteval-sentiment.jsonl',
 'semrest':'/work/data/converted/semeval14-restaurants.jsonl','mams':'/work/data/converted/mams-acsa.jsonl','clincjob':'/work/data/converted/clinc150-jobstate.jsonl',
 'clincq':'/work/data/converted/clinc150-search-queries.jsonl','laptops':'/work/data/converted/semeval14-laptops.jsonl','yelp':'/work/data/converted/yelp-reviews.jsonl',
 'clinccorpus':L+'/clinc-corpus.jsonl','trainnew':L+'/train-new.jsonl','suggest':'/work/data/converted/semeval19-suggestions.jsonl',
 'apple':'/work/data/converted/apple-tweets.jsonl','sxsw':'/work/data/converted/sxsw-brands.jsonl'}
for _n,_p in list(SRC.items()):  # a converted set may sit in CX_CONVERTED instead (a helper's own copy)
    if _p.startswith('/work/data/converted/') and not os.path.exists(_p) and os.environ.get('CX_CONVERTED'):
        SRC[_n]=os.environ['CX_CONVERTED']+_p[len('/work/data/converted'):]
def rows(name): return [json.loads(l) for l in open(SRC.get(name, name)) if l.strip()]
def rules(name):
    p=f'{L}/{name}.rules.jsonl'
    return [json.loads(l) for l in open(p)] if os.path.exists(p) else None
def vecs(name, mode):
    a=np.fromfile(f'{L}/{name}.{mode}.f32',dtype=np.float32)
    return a.reshape(-1,384)
def macro_f1(gold, pred, labels=None):
    labels = labels or sorted(set(gold))
    fs=[]
    for l in labels:
        tp=sum(1 for g,p in zip(gold,pred) if g==l and p==l); fp=sum(1 for g,p in zip(gold,pred) if g!=l and p==l); fn=sum(1 for g,p in zip(gold,pred) if g==l and p!=l)
        pr=tp/(tp+fp) if tp+fp else 0; rc=tp/(tp+fn) if tp+fn else 0
        fs.append(2*pr*rc/(pr+rc) if pr+rc else 0)
    return sum(fs)/len(fs)
def acc(g,p): return sum(a==b for a,b in zip(g,p))/len(g)
