from tp4 import *
def top1(G,P):
    one=[i for i,g in enumerate(G) if len(g)==1]; return np.mean([bool(P[i]) and P[i][0] in G[i] for i in one])
TR=['bike-repair-6','dental-5','broadband-7','gym-6','food-delivery-6']
sets=[(n,'r4',[set(r.get('touchpoints') or []) for r in rows(n)],n) for n in ['semrest','mams']]
sets+=[('tptrain-'+c,c,[set(r['touchpoints']) for r in rows(f'{L}/tptrain-{c}.jsonl')],'tptrain-'+c) for c in TR]
for w in [0.25,0.5,1.0,2.0]:
    out=[]
    for name,cat,G,rn in sets:
        R=rules(rn); P,V,tps=protos(cat,'static'); S=sem(vecs(name,'static'),P,V,tps,'centroid')
        lex=[[t['id'] for t in r['tps']] for r in R]; fus=[]
        for i,r in enumerate(R):
            conf={t['id']:t['c'] for t in r['tps']}
            fus.append(sorted(conf,key=lambda t:-(S[i][tps.index(t)] if t in tps else 0)-w*conf[t]))
        out.append('%s %.3f->%.3f'%(name.replace('tptrain-',''),top1(G,lex),top1(G,fus)))
    print(w,' '.join(out))
