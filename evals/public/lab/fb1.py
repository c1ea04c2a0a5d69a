from tp4 import *
def microf1(G,P):
    tp=sum(len(set(p)&g) for g,p in zip(G,P)); fp=sum(len(set(p)-g) for g,p in zip(G,P)); fn=sum(len(g-set(p)) for g,p in zip(G,P))
    pr=tp/(tp+fp) if tp+fp else 0; rc=tp/(tp+fn) if tp+fn else 0; return 2*pr*rc/(pr+rc) if pr+rc else 0, pr, rc
def run(name,cat,mode,how,thr,marg,G,R):
    P,V,tps=protos(cat,mode); S=sem(vecs(name,mode),P,V,tps,how)
    out=[]; filled=0
    for i,r in enumerate(R):
        lex=[t['id'] for t in r['tps']]
        if lex: out.append(lex); continue
        s=S[i]; o=np.argsort(-s)
        if s[o[0]]>=thr and s[o[0]]-s[o[1]]>=marg: out.append([tps[o[0]]]); filled+=1
        else: out.append([])
    return microf1(G,out),filled
TR=['bike-repair-6','dental-5','broadband-7','gym-6','food-delivery-6']
for mode in ['static','full']:
  for how in ['centroid','ex-top3']:
    print(mode,how,'lexicon only:', 'semrest %.3f'%microf1([set(r.get('touchpoints') or []) for r in rows('semrest')],[[t['id'] for t in r['tps']] for r in rules('semrest')])[0])
    for thr in [0.2,0.3,0.4]:
      for marg in [0.0,0.03,0.06]:
        tr=[]
        for c in TR:
            G=[set(r['touchpoints']) for r in rows(f'{L}/tptrain-{c}.jsonl')]
            tr.append(run('tptrain-'+c,c,mode,how,thr,marg,G,rules('tptrain-'+c))[0][0])
        res=[]
        for n in ['semrest','mams']:
            G=[set(r.get('touchpoints') or []) for r in rows(n)]
            (f,p,r),k=run(n,'r4',mode,how,thr,marg,G,rules(n)); res.append('%s %.3f(P%.3f R%.3f +%d)'%(n,f,p,r,k))
        print('  thr %.2f marg %.2f train %.3f | %s'%(thr,marg,np.mean(tr),' '.join(res)))
