from lab import *
from sklearn.linear_model import LogisticRegression
STATES=['none','information','service','blocker','cancel','spawn','done']
def rulef(R): return np.array([[r['job']==s for s in STATES]+[r['intent']==i for i in ['complaint','praise','question','suggestion','helprequest','none']] for r in R],dtype=np.float32)
train=['dev-language.dev','dev-language.holdout','dev-language.probe']
for mode in ['static','full']:
  for use in ['vec','rules+vec']:
    X=np.vstack([np.hstack([vecs(n,mode)]+([rulef(rules(n))] if 'rules' in use else [])) for n in train]); y=[r['job_state'] for n in train for r in rows(n)]
    Xt=np.hstack([vecs('clincjob',mode)]+([rulef(rules('clincjob'))] if 'rules' in use else [])); G=[r['job_state'] for r in rows('clincjob')]
    for C in [1,3,10]:
        m=LogisticRegression(C=C,max_iter=3000,class_weight='balanced').fit(X,y)
        P=m.predict(Xt)
        # variant: never 'none' if request (all CLINC are requests) — just report
        pr=m.predict_proba(Xt); cl=list(m.classes_); pr2=pr.copy(); pr2[:,cl.index('none')]=0
        P2=[cl[i] for i in pr2.argmax(1)]
        print(mode,use,C,'acc %.3f F1 %.3f | no-none acc %.3f'%(acc(G,P),macro_f1(G,list(P)),acc(G,P2)), Counter(P).most_common(4))
