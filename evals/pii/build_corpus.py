#!/usr/bin/env python3
"""Builds corpus.jsonl: synthetic but realistic customer texts with gold PII spans.

Templates are written by hand; {TYPE} slots are filled from value pools (valid Luhn cards and mod-97 IBANs are
generated, the rest are hand-picked formats). Gold spans are computed while filling, so they are exact.
Negatives are hand-written hard cases with no PII. Deterministic: fixed seed. Run: python3 build_corpus.py
"""
import json, random

rng = random.Random(20261123)

def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rng.randint(0, 9))
    for check in range(10):
        d = digits + [check]
        s = 0
        for i, v in enumerate(reversed(d)):
            if i % 2 == 1:
                v *= 2
                if v > 9: v -= 9
            s += v
        if s % 10 == 0:
            return ''.join(map(str, d))

def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9: v -= 9
        s += v
    return s % 10 == 0

def card():
    kind = rng.choice(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc', 'jcb'])
    if kind == 'amex':
        n = luhn_complete(rng.choice(['34', '37']), 15)
        return rng.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    prefix = {'visa': '4', 'mc': str(rng.randint(51, 55)), 'mc2': str(rng.randint(2221, 2720)), 'disc': '6011', 'jcb': '3530'}[kind]
    n = luhn_complete(prefix, 16)
    groups = [n[i:i + 4] for i in range(0, 16, 4)]
    return rng.choice([' '.join(groups), '-'.join(groups), n, ' '.join(groups)])

IBAN_BBAN = {'GB': lambda: rng.choice(['WEST', 'NWBK', 'BARC', 'LOYD']) + digits(14), 'DE': lambda: digits(18), 'FR': lambda: digits(10) + alnum(11) + digits(2),
             'NL': lambda: rng.choice(['ABNA', 'INGB', 'RABO']) + digits(10), 'ES': lambda: digits(20), 'IT': lambda: 'X' + digits(10) + alnum(12),
             'BE': lambda: digits(12), 'IE': lambda: 'AIBK' + digits(14), 'CH': lambda: digits(17), 'PL': lambda: digits(24)}

def digits(n): return ''.join(str(rng.randint(0, 9)) for _ in range(n))
def alnum(n): return ''.join(rng.choice('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(n))

def mod97(s):
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97

def iban(valid=True):
    cc = rng.choice(list(IBAN_BBAN))
    bban = IBAN_BBAN[cc]()
    check = 98 - mod97(cc + '00' + bban)
    if not valid: check = (check + rng.randint(1, 90)) % 97 + 2
    s = f"{cc}{check:02d}{bban}"
    if not valid and mod97(s) == 1: s = f"{cc}{(check + 1) % 100:02d}{bban}"
    return rng.choice([s, ' '.join(s[i:i + 4] for i in range(0, len(s), 4))])

EMAILS = ["jane.doe@example.com", "m.okafor+orders@mail.co.uk", "SAM_LEE99@Outlook.COM", "info@cafe-bella.de", "tom@x.io",
          "priya.k@company.org", "lucas.martin@laposte.fr", "k-nguyen@uni.edu.au", "returns@shop-example.com", "anna.schmidt@web.de",
          "bob.smith1984@gmail.com", "hello@northwind.coffee", "r.patel@nhs.example.uk", "carlos_ruiz@correo.es", "li.wei@163.example.cn"]
PHONES = ["+44 20 7946 0958", "(555) 123-4567", "555.123.4567", "+1-202-555-0143", "07700 900123", "+49 30 901820", "+33 1 42 68 53 00",
          "+61 2 9876 5432", "020 7946 0958", "1-800-555-0199", "+353 1 234 5678", "(212) 555-0187", "+91 98765 43210", "0161 496 0000",
          "+1 (415) 555-0132", "555-867-5309", "+81 3-1234-5678", "07911 123456", "+31 20 123 4567", "+34 912 345 678", "+14155550132",
          "+44 7700 900456", "030 901820", "(03) 9123 4567"]
IPS = ["192.168.1.24", "10.0.0.5", "203.0.113.77", "81.2.69.160", "172.16.254.1", "8.8.4.4", "2001:db8:85a3::8a2e:370:7334", "fe80::1",
       "2001:0db8:0000:0000:0000:ff00:0042:8329", "2a02:c7f:5e1c:8d00::2", "::1", "198.51.100.23"]
ADDRESSES = ["12 Harbour Street", "221B Baker St", "350 5th Avenue, New York, NY 10118", "47 Elm Road, Leeds LS6 2QF", "1600 Pennsylvania Ave",
             "9 Rose Lane", "88 Kingsway Close", "14 Church Road, London SW19 5AE", "742 Evergreen Terrace", "5 Market Square",
             "1208 Oak Park Blvd, Austin, TX 78701", "3 Queens Drive"]
POSTCODES = ["SW1A 1AA", "M1 1AE", "EH1 2NG", "B33 8TH", "CR2 6XH"]
NAMES = ["Sarah Jenkins", "Priya", "Tomás Alvarez", "Mark O'Brien", "Aisha Khan", "Daniel", "Chloé Martin", "Wei Zhang", "Emma",
         "James Carter", "Olu Adeyemi", "Sofia Rossi", "Liam", "Hannah Becker", "Raj Patel", "Mei Lin", "Grace", "Noah Fischer"]

POOLS = {'EMAIL': ('Email', lambda: rng.choice(EMAILS)), 'PHONE': ('Phone', lambda: rng.choice(PHONES)), 'CARD': ('Card', card),
         'IBAN': ('Iban', iban), 'IP': ('Ip', lambda: rng.choice(IPS)), 'ADDRESS': ('Address', lambda: rng.choice(ADDRESSES)),
         'POSTCODE': ('Address', lambda: rng.choice(POSTCODES)), 'NAME': ('Name', lambda: rng.choice(NAMES)),
         'FIRST': ('Name', lambda: rng.choice(NAMES).split(' ')[0])}

def fill(template):
    text, ents, i = '', [], 0
    while i < len(template):
        if template[i] == '{':
            j = template.index('}', i)
            typ, gen = POOLS[template[i + 1:j]]
            value = gen()
            ents.append({'type': typ, 'start': len(text), 'end': len(text) + len(value)})
            text += value
            i = j + 1
        else:
            text += template[i]; i += 1
    return text, ents

exec(open('templates.py', encoding='utf-8').read())  # defines POSITIVE (kind, template) and NEGATIVE (kind, text)

items = []
for kind, template in POSITIVE:
    for _ in range(3):
        text, ents = fill(template)
        items.append({'kind': kind, 'text': text, 'entities': ents})
for kind, text in NEGATIVE:
    items.append({'kind': kind, 'text': text, 'entities': []})
# Generated hard negatives: 16-digit numbers that fail Luhn, IBAN-shaped strings with a bad checksum.
for _ in range(12):
    n = digits(16)
    while luhn_ok(n): n = digits(16)
    items.append({'kind': 'ticket', 'text': f"Reference {n[:4]} {n[4:8]} {n[8:12]} {n[12:]} came back as invalid, please check.", 'entities': []})
for _ in range(8):
    items.append({'kind': 'email', 'text': f"The transfer to {iban(valid=False)} bounced, is that account still open?", 'entities': []})

with open('corpus.jsonl', 'w', encoding='utf-8') as f:
    for k, item in enumerate(items, 1):
        f.write(json.dumps({'id': f'pii-{k:03d}', **item}, ensure_ascii=False) + '\n')
print(len(items), 'items,', sum(len(x['entities']) for x in items), 'entities')
