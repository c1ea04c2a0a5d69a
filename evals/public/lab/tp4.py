from lab import *
from sklearn.metrics import roc_auc_score
def protos(cat, mode, ex=True):
    s='.ex' if ex else ''
    P=rows(f'{L}/proto-{cat}{s}.jsonl'); V=np.fromfile(f'{L}/proto-{cat}{s}.{mode}.f32',dtype=np.float32).reshape(-1,384)
    tps=list(dict.fromkeys(p['tp'] for p in P)); return P,V,tps
def sem(X,P,V,tps,how):
    out=np.zeros((X.shape[0],len(tps))); S=X@V.T
    for j,t in enumerate(tps):
        idx=[i for i,p in enumerate(P) if p['tp']==t]; kinds=[P[i]['kind'] for i in idx]
        exi=[i for i,k in zip(idx,kinds) if k.startswith('ex:')]
        nd=[i for i,k in zip(idx,kinds) if k in ('name','desc')]
        if how=='centroid': c=V[idx].mean(0); c/=np.linalg.norm(c); out[:,j]=X@c
        elif how=='ex-top3':
            cand=exi+nd; out[:,j]=np.sort(S[:,cand],1)[:,-3:].mean(1)
        elif how=='ex-top1':
            cand=exi+nd; out[:,j]=S[:,cand].max(1)
        elif how=='ex-cent':
            c=V[exi+nd].mean(0); c/=np.linalg.norm(c); out[:,j]=X@c
        elif how=='mix':
            cand=exi+nd; a=np.sort(S[:,cand],1)[:,-3:].mean(1)
            c=V[idx].mean(0); c/=np.linalg.norm(c); out[:,j]=0.5*a+0.5*(X@c)
    return out
if __name__=='__main__':
  for mode in ['static','full']:
    for how in ['centroid','ex-top3','ex-top1','ex-cent','mix']:
        res=[]
        for name in ['semrest','mams']:
            G=[set(r.get('touchpoints') or []) for r in rows(name)]
            P,V,tps=protos('r4',mode); S=sem(vecs(name,mode),P,V,tps,how)
            one=[i for i,g in enumerate(G) if len(g)==1]
            res.append('%s top1 %.3f'%(name,np.mean([tps[S[i].argmax()] in G[i] for i in one])))
        for split in ['touchpoints.dev','touchpoints.holdout']:
            D=rows('dev-'+split); X=vecs('dev-'+split,mode); ok=0
            for cat in sorted(set(d['catalog'] for d in D)):
                idx=[i for i,d in enumerate(D) if d['catalog']==cat]
                P,V,tps=protos(cat,mode); S=sem(X[idx],P,V,tps,how)
                ok+=sum(tps[S[k].argmax()]==D[i]['touchpoint'] for k,i in enumerate(idx))
            res.append('%s %.3f'%(split,ok/len(D)))
        print(mode,how,' | '.join(res))
