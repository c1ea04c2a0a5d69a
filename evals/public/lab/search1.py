from lab import *
import re, math
intent={r['id']:r['intent_id'] for r in rows('/work/data/converted/clinc150.jsonl')}
C=rows('clinccorpus'); Q=rows('clincq')
ci=[intent[c['id']] for c in C]; qi=[q['intent_id'] for q in Q]
tok=lambda s: re.findall(r"[a-z0-9']+", s.lower())
docs=[tok(c['text']) for c in C]; N=len(docs); avg=sum(map(len,docs))/N
df=Counter(w for d in docs for w in set(d))
idf={w:math.log(1+(N-n+0.5)/(n+0.5)) for w,n in df.items()}
inv={}
for i,d in enumerate(docs):
    for w,c in Counter(d).items(): inv.setdefault(w,[]).append((i,c,len(d)))
def bm25(q,k1=1.2,b=0.75):
    s=np.zeros(N)
    for w in set(tok(q)):
        for i,c,l in inv.get(w,[]): s[i]+=idf[w]*c*(k1+1)/(c+k1*(1-b+b*l/avg))
    return s
B=np.array([bm25(q['text']) for q in Q])
def evaluate(S, name):
    first=p10=0
    for qi_,s in zip(qi,S):
        top=np.argsort(-s)[:10]
        first+=ci[top[0]]==qi_; p10+=sum(ci[t]==qi_ for t in top)/10
    print('%-40s first %.3f p@10 %.3f'%(name,first/len(qi),p10/len(qi)))
def rrf(*lists,k=60):
    out=np.zeros_like(lists[0])
    for S in lists:
        r=np.argsort(np.argsort(-S,1),1)
        out+=1/(k+r+1)
    return out
evaluate(B,'bm25')
V={m:(vecs('clincq',m)@vecs('clinccorpus',m).T) for m in ['hashed','static','full']}
for m,S in V.items(): evaluate(S,m)
for m in ['hashed','static','full']: evaluate(rrf(B,V[m]),'rrf bm25+'+m)
evaluate(rrf(B,V['static'],V['full']),'rrf bm25+static+full')
def z(S): return (S-S.mean(1,keepdims=True))/S.std(1,keepdims=True)
for w in [0.1,0.2,0.3]:
    evaluate(z(V['static'])+w*z(B),'z static + %.1f bm25'%w)
    evaluate(z(V['full'])+w*z(B),'z full + %.1f bm25'%w)
    evaluate(z(V['full'])+z(V['static'])+w*z(B),'z full+static + %.1f bm25'%w)
# rerank: static+bm25 fused top 50, re-scored by full
base=rrf(B,V['static'])
for K in [20,50,100]:
    S=np.full_like(base,-1e9)
    for qn in range(len(Q)):
        top=np.argsort(-base[qn])[:K]; S[qn,top]=V['full'][qn,top]
    evaluate(S,'rrf(bm25,static) top%d rerank full'%K)
    S2=np.full_like(base,-1e9)
    for qn in range(len(Q)):
        top=np.argsort(-base[qn])[:K]; S2[qn,top]=V['full'][qn,top]+0.5*V['static'][qn,top]
    evaluate(S2,'... rerank full+0.5static')
print('--- candidate rerank with rrf of three')
for K in [20,30,40]:
  for wts in [(1,1,1),(1,1,2),(0.5,1,2),(1,0.5,2),(1,0,1)]:
    S=np.full_like(base,-1e9)
    for qn in range(len(Q)):
        top=np.argsort(-base[qn])[:K]
        sc=np.zeros(K)
        for w,M in zip(wts,[B,V['static'],V['full']]):
            if w==0: continue
            r=np.argsort(np.argsort(-M[qn,top])); sc+=w/(60+r+1)
        S[qn,top]=sc
    evaluate(S,'top%d rrf weights %s'%(K,wts))
