from tp4 import *
def top1(G,P):
    one=[i for i,g in enumerate(G) if len(g)==1]; return np.mean([bool(P[i]) and P[i][0] in G[i] for i in one]), len(one)
TR=['bike-repair-6','dental-5','broadband-7','gym-6','food-delivery-6']
sets=[(n,'r4',[set(r.get('touchpoints') or []) for r in rows(n)],n) for n in ['semrest','mams']]
sets+=[('tptrain-'+c,c,[set(r['touchpoints']) for r in rows(f'{L}/tptrain-{c}.jsonl')],'tptrain-'+c) for c in TR]
for mode in ['static','full']:
  for how in ['centroid','ex-top3','mix']:
    out=[]
    for name,cat,G,rn in sets:
        R=rules(rn); P,V,tps=protos(cat,mode); S=sem(vecs(name,mode),P,V,tps,how)
        lex=[[t['id'] for t in r['tps']] for r in R]
        semo=[[tps[S[i].argmax()]] for i in range(len(R))]
        fus=[]
        for i,l in enumerate(lex):
            if not l: fus.append(semo[i])
            elif len(l)==1: fus.append(l)
            else:
                sc={t:S[i][tps.index(t)] for t in l if t in tps}; fus.append(sorted(l,key=lambda t:-sc.get(t,-9)))
        fus2=[]
        for i,l in enumerate(lex):
            # weighted: lexicon conf + semantic
            conf={t['id']:t['c'] for t in R[i]['tps']}
            sc={t:S[i][j]+0.5*conf.get(t,0) for j,t in enumerate(tps)}
            fus2.append([max(sc,key=sc.get)])
        out.append('%s lex %.3f sem %.3f fus %.3f fus2 %.3f'%(name.replace('tptrain-',''),top1(G,lex)[0],top1(G,semo)[0],top1(G,fus)[0],top1(G,fus2)[0]))
    print(mode,how); print('   '+'\n   '.join(out))
