#!/usr/bin/env python3
"""Builds holdout.jsonl from holdout_source.txt ([[Type:value]] marks gold spans). Run: python3 build_holdout.py"""
import json, re

MARK = re.compile(r"\[\[(\w+):(.+?)\]\]")
items = []
for line in open('holdout_source.txt', encoding='utf-8'):
    line = line.rstrip('\n')
    if not line or line.startswith('#'): continue
    line = line.replace('\\n', '\n')
    text, ents, pos = '', [], 0
    for m in MARK.finditer(line):
        text += line[pos:m.start()]
        ents.append({'type': m.group(1), 'start': len(text), 'end': len(text) + len(m.group(2))})
        text += m.group(2)
        pos = m.end()
    text += line[pos:]
    items.append({'id': f'hold-{len(items) + 1:03d}', 'kind': 'holdout', 'text': text, 'entities': ents})
with open('holdout.jsonl', 'w', encoding='utf-8') as f:
    for item in items: f.write(json.dumps(item, ensure_ascii=False) + '\n')
print(len(items), 'items,', sum(len(i['entities']) for i in items), 'entities')
