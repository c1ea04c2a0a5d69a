#!/bin/bash
# Exports encoder vectors (hashed, static, full) and rule outputs of the public sets, the project's training set and
# the catalogs' touchpoint prototypes into /work/data/lab (never committed), for the scripts beside this file.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../../.." && pwd)
dotnet build -c Release "$REPO/bench/CxAssistant.Meaning.Lab" >/dev/null
LAB="dotnet $REPO/bench/CxAssistant.Meaning.Lab/bin/Release/net10.0/CxAssistant.Meaning.Lab.dll"
C=/work/data/converted; D=$REPO/evals/devset; R4=$REPO/evals/public/catalogs/restaurant-4.yaml; T=$REPO/evals/training/catalogs
mkdir -p /work/data/lab && cd /work/data/lab
for n in language.dev language.holdout language.probe; do $LAB export $D/$n.jsonl dev-$n hashed,static,full; done
$LAB export $C/tweeteval-sentiment.jsonl tweeteval hashed,static,full
$LAB export $C/semeval14-restaurants.jsonl semrest hashed,static,full $R4
$LAB export $C/mams-acsa.jsonl mams hashed,static,full $R4
$LAB export $C/clinc150-jobstate.jsonl clincjob hashed,static,full
$LAB export $C/clinc150-search-queries.jsonl clincq hashed,static,full
$LAB export $C/semeval14-laptops.jsonl laptops hashed,static,full
$LAB export $C/yelp-reviews.jsonl yelp hashed,static,full
python3 -c "import json,sys;[print(json.dumps({'id':r['id'],'text':r['text']})) for r in map(json.loads,open(sys.argv[1])) if r['split']=='train']" $C/clinc150.jsonl > clinc-corpus.jsonl
$LAB embed clinc-corpus.jsonl clinccorpus hashed,static,full
python3 "$REPO/evals/public/lab/conv.py" train-new.jsonl
$LAB export train-new.jsonl trainnew hashed,static,full
python3 "$REPO/evals/public/lab/tptrain.py"
for c in bike-repair-6 dental-5 broadband-7 gym-6 food-delivery-6; do
  $LAB export tptrain-$c.jsonl tptrain-$c static,full $T/$c.yaml
  $LAB proto $T/$c.yaml proto-$c.ex && $LAB embed proto-$c.ex.jsonl proto-$c.ex static,full
done
$LAB proto $R4 proto-r4.ex && $LAB embed proto-r4.ex.jsonl proto-r4.ex static,full
