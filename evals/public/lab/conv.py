import json,glob,sys,os
R=os.path.abspath(os.path.join(os.path.dirname(__file__),'../../..'))  # the repository
S={'n':'negative','u':'neutral','p':'positive'}
I={'c':'complaint','p':'praise','q':'question','s':'suggestion','h':'help_request','x':'none'}
J={'x':'none','i':'information','s':'service','b':'blocker','c':'cancel','p':'spawn','d':'done'}
out=[];seen=set()
for f in sorted(glob.glob(R+'/evals/training/src/*.txt')):
    if f.split('/')[-1].startswith('touchpoints-'): continue  # catalog|touchpoints|text (tptrain.py)
    base=f.split('/')[-1][:-4]; n=0
    for line in open(f):
        if line.startswith('#') or not line.strip(): continue
        p=line.rstrip('\n').split('|',7)
        assert len(p)==8, line
        d,ind,s,i,j,e,c,t=p
        assert t not in seen, t; seen.add(t); n+=1
        out.append({'id':f'{base}-{n:03d}','domain':d,'industry':ind,'text':t,'sentiment':S[s],'intent':I[i],'job_state':J[j],'effort':e=='1','churn':c=='1'})
with open(sys.argv[1],'w') as o:
    for r in out: o.write(json.dumps(r,ensure_ascii=False)+'\n')
print(len(out))
