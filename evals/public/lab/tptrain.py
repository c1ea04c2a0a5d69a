# evals/training/src/touchpoints-*.txt -> /work/data/lab/tptrain-<catalog>.jsonl (one file per training catalog).
import glob, json, os, collections
R = os.path.abspath(os.path.join(os.path.dirname(__file__), '../../..'))
out = collections.defaultdict(list)
for line in (l for p in sorted(glob.glob(f'{R}/evals/training/src/touchpoints-*.txt')) for l in open(p, encoding='utf-8')):
    if line.startswith('#') or not line.strip():
        continue
    cat, tps, text = line.rstrip('\n').split('|', 2)
    out[cat].append({'catalog': cat, 'touchpoints': [t for t in tps.split(',') if t], 'text': text})
for cat, rows in out.items():
    with open(os.environ.get('CX_LAB', '/work/data/lab') + f'/tptrain-{cat}.jsonl', 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(cat, len(rows))
