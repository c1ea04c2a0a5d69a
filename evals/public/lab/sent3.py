from lab import *
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_predict, StratifiedKFold
def evalset(name, P):
    G=[r['sentiment'] for r in rows(name)]
    if name=='yelp':
        P=['mixed' if p=='neutral' else p for p in P]; return macro_f1(G,P)
    if name in ('semrest','mams','laptops'):
        keep=[i for i,g in enumerate(G) if g!='mixed']
        return macro_f1([G[i] for i in keep],[P[i] for i in keep])
    return macro_f1(G,P)
sets=['tweeteval','yelp','semrest','mams','laptops']
CL=['negative','neutral','positive']
def rulef(R): return np.array([[r['text_score'], np.log1p(r['pos']), np.log1p(r['neg'])] for r in R],dtype=np.float32)
print('rules      ', ' '.join('%s %.3f'%(n,evalset(n,[r['label'] for r in rules(n)])) for n in sets))
for train in [['trainnew'],['trainnew','dev-language.dev'],['trainnew','dev-language.dev','dev-language.holdout']]:
  for mode in ['static','full']:
    X=np.vstack([vecs(n,mode) for n in train]); y=[r['sentiment'] for n in train for r in rows(n)]
    m=LogisticRegression(C=1,max_iter=3000,class_weight='balanced').fit(X,y)
    print(mode,len(y),'vec  ', ' '.join('%s %.3f'%(n,evalset(n,list(m.predict(vecs(n,mode))))) for n in sets))
    # stacking: out-of-fold vec probs on trainnew, then fusion LR on [log p_vec, rule feats] fitted on trainnew only
    Xn=vecs('trainnew',mode); yn=[r['sentiment'] for r in rows('trainnew')]
    # vec model for OOF on trainnew uses other folds of trainnew + the rest of the train sets
    others=[n for n in train if n!='trainnew']
    Xo=np.vstack([vecs(n,mode) for n in others]) if others else np.zeros((0,384)); yo=[r['sentiment'] for n in others for r in rows(n)]
    oof=np.zeros((len(yn),3))
    for tr,te in StratifiedKFold(5,shuffle=True,random_state=0).split(Xn,yn):
        mm=LogisticRegression(C=1,max_iter=3000,class_weight='balanced').fit(np.vstack([Xn[tr],Xo]),[yn[i] for i in tr]+yo)
        oof[te]=mm.predict_proba(Xn[te])
    F=np.hstack([np.log(oof+1e-6), rulef(rules('trainnew'))])
    fz=LogisticRegression(C=1,max_iter=3000,class_weight='balanced').fit(F,yn)
    out=[]
    for n in sets:
        Ft=np.hstack([np.log(m.predict_proba(vecs(n,mode))+1e-6), rulef(rules(n))])
        out.append('%s %.3f'%(n,evalset(n,list(fz.predict(Ft)))))
    print(mode,len(y),'stack', ' '.join(out))
