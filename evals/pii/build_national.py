#!/usr/bin/env python3
"""Builds national.jsonl: customer texts with the formats issue 12 found missing (national phone numbers, European and
US street addresses, names in running text after greetings, titles, prepositions and roles), every detector type, and
hard negatives (product names, touchpoint words, months, places, order/room/gate numbers). Synthetic values only.
Gold spans are computed while filling, so they are exact. Deterministic: python3 build_national.py > national.jsonl
"""
import json, random

rng = random.Random(20261206)

def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix] + [rng.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    return ''.join(map(str, digits)) + str((10 - total % 10) % 10)

def card():
    n = luhn_complete(rng.choice(["4", "51", "55", "2221", "6011"]), 16)
    return rng.choice([n, ' '.join(n[i:i + 4] for i in range(0, 16, 4)), '-'.join(n[i:i + 4] for i in range(0, 16, 4))])

def iban():
    country, length = rng.choice([("DE", 22), ("FR", 27), ("GB", 22), ("ES", 24), ("NL", 18), ("IT", 27)])
    bban = ''.join(rng.choice('0123456789') for _ in range(length - 4))
    if country == "GB": bban = "NWBK" + bban[4:]
    if country == "NL": bban = "ABNA" + bban[4:]
    numeric = ''.join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    compact = f"{country}{check:02d}{bban}"
    return rng.choice([compact, ' '.join(compact[i:i + 4] for i in range(0, len(compact), 4))])

PHONES = [
    "0033 1 42 68 53 00", "+33 1 42 68 53 00", "01 42 68 53 00", "06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78",
    "+49 30 901820", "0049 30 12345678", "030 901820", "0171 1234567", "+49 171 1234567", "089 12345678",
    "+44 20 7946 0958", "020 7946 0958", "07700 900123", "+44 7700 900123", "0161 496 0000",
    "(555) 123-4567", "555-123-4567", "555.123.4567", "+1 555 123 4567", "1-800-555-0199", "+1 (212) 555-0143",
    "+91 98765 43210", "+61 2 9876 5432", "+81 3-1234-5678", "+234 803 123 4567", "+55 11 91234-5678", "+86 138 0013 8000",
    "+34 612 34 56 78", "+39 06 1234 5678", "+31 20 123 4567", "0034 612 345 678",
]
ADDRESSES = [
    "Hauptstraße 5, 10115 Berlin", "Berliner Straße 12a, 60311 Frankfurt am Main", "Lindenallee 3, 50968 Köln", "Am Markt 4", "Schillerstr. 21, 80336 München",
    "Keizersgracht 123, 1015 CJ Amsterdam", "Kerkstraat 8, 2000 Antwerpen",
    "12 rue de la Paix, 75002 Paris", "8 bis avenue Victor Hugo, 69002 Lyon", "3 place Bellecour, 69002 Lyon", "45 boulevard Haussmann, 75009 Paris",
    "Calle Mayor 12, 28013 Madrid", "Via Roma 10, 00184 Roma", "Rua Augusta 100, 1100-053 Lisboa", "Carrer de Mallorca 401, 08013 Barcelona",
    "Flat 2, 10 High Street, London SW1A 1AA", "Apartment 4B, 221 Baker Street", "47 Elm Road, Leeds LS6 2QF", "Unit 5, 12 Station Road",
    "1234 Elm St, Springfield, IL 62704", "350 5th Avenue, New York, NY 10118", "77 Sunset Blvd, Los Angeles, CA 90028", "PO Box 1234, Springfield",
    "9 Maple Drive, Austin, TX 78701",
]
FIRST = ["Kim", "Maria", "Sarah", "Priya", "Tom", "Ingrid", "Olu", "Lena", "Marta", "Liam", "Aisha", "Jürgen", "Chloé", "Mohammed",
         "Fatima", "Wei", "Kwame", "Sofia", "Mateo", "Yuki", "Anna", "Jake", "Ngozi", "Sven", "Camille", "Rahul", "Zainab", "Diego"]
SURNAMES = ["Patel", "Okafor", "Schmidt", "Dubois", "García", "Rossi", "Nguyen", "Kowalski", "O'Brien", "Johansson", "Tanaka", "Smith"]
EMAILS = ["kim.lee@example.com", "marta.k@mail.test", "j.schmidt@firma.de", "chloe+shop@exemple.fr", "ngozi_o@webmail.ng", "SAM99@Example.COM"]
IPS = ["192.168.10.77", "10.0.0.5", "203.0.113.9", "2001:db8::7334", "172.16.4.20"]

POOLS = {
    "PHONE": ("Phone", lambda: rng.choice(PHONES)), "ADDRESS": ("Address", lambda: rng.choice(ADDRESSES)),
    "FIRST": ("Name", lambda: rng.choice(FIRST)), "SURNAME": ("Name", lambda: rng.choice(SURNAMES)),
    "EMAIL": ("Email", lambda: rng.choice(EMAILS)), "CARD": ("Card", card), "IBAN": ("Iban", iban), "IP": ("Ip", lambda: rng.choice(IPS)),
}

POSITIVE = [
    "Hi {FIRST}. The checkout failed twice, please call me on {PHONE}.",
    "Hello {FIRST}, the parcel never came. My number is {PHONE}.",
    "Thanks {FIRST}! Refund arrived today.",
    "Ring me on {PHONE} after five, or email {EMAIL}.",
    "You can reach me at {PHONE}.",
    "Numéro: {PHONE}, merci de rappeler.",
    "Bitte rufen Sie mich unter {PHONE} zurück.",
    "Call {PHONE} and nobody answers. Useless.",
    "Send the replacement to {ADDRESS} please, the old one is wrong.",
    "Delivered to {ADDRESS} instead of my flat. Two weeks late.",
    "Lieferadresse: {ADDRESS}. Das Paket kam beschädigt an.",
    "Adresse de livraison : {ADDRESS}. Colis abîmé.",
    "My new address is {ADDRESS}, please update the account.",
    "The manager, Mr {SURNAME}, sorted the refund in minutes.",
    "Mrs {SURNAME} at the front desk was rude to us.",
    "Dr. {SURNAME} explained the bill clearly.",
    "Please pass my thanks to Ms {SURNAME}.",
    "I bought a gift for {FIRST} and it arrived broken.",
    "Ordered flowers for {FIRST} but they came a day late.",
    "{FIRST} at the counter was lovely and remembered my order.",
    "{FIRST} from support called back the same day.",
    "and {FIRST} at the checkout gave me the wrong change.",
    "Thanks to {FIRST} the booking was fixed.",
    "I spoke with {FIRST} twice and got two different answers.",
    "{FIRST} said the refund would take three days. It took three weeks.",
    "{FIRST} was really patient with my questions.",
    "our waiter {FIRST} forgot the drinks twice",
    "A lady called {FIRST} finally helped me.",
    "The driver, {FIRST}, left the box in the rain.",
    "Charged twice on {CARD}, please refund one.",
    "Refund to my IBAN {IBAN} please, not the card.",
    "The portal blocked my login from {IP} again.",
    "Customer {EMAIL} says the link in the email is broken.",
    "Hi {FIRST}, my card {CARD} was declined but the money left my account.",
    "Ship to {ADDRESS}. Call {PHONE} if the door is locked.",
    "Thanks, {FIRST}",
    "Bonjour {FIRST}, le colis n'est jamais arrivé.",
    "Hallo {FIRST}, die Rechnung stimmt nicht.",
]

NEGATIVE = [
    "Checkout at the store took ages and the card reader failed.",
    "Ordered a gift for Christmas and it came in January.",
    "Delivery in May was slow, but June was better.",
    "I went with Amazon instead, faster delivery.",
    "The Paris store was closed on Sunday.",
    "Support was useless and Returns took a month.",
    "Grace period for payment was too short.",
    "My iPhone 15 Pro case arrived scratched.",
    "Alexa keeps mishearing the order.",
    "The Galaxy S24 cover is the wrong size.",
    "Room 12 was noisy, room 14 was fine.",
    "Gate 5 changed to gate 12 with no announcement.",
    "Table 12 waited 40 minutes for starters.",
    "Platform 9 was packed and the train was late.",
    "Order 1234 5678 still shows processing.",
    "Paid €49.99 on 05.03.2024 at 10:30, still nothing.",
    "Size EU 42 fits like a 40.",
    "The Air Max 90 sole came off after a week.",
    "Model 3 servicing took four hours.",
    "Windows 11 update broke the app.",
    "Two x 500 ml bottles arrived leaking.",
    "August and September were the busiest months.",
    "Jordan 4 sneakers were out of stock again.",
    "Customer service at the branch was excellent.",
    "Returns at the counter took twenty minutes.",
    "Everyone at the desk was friendly.",
    "Booked a table for Friday and they lost it.",
    "Thanks for the quick reply!",
    "Hi there, the app crashes on login.",
    "Dear Customer Service, fix your website.",
    "Version 10.4.2.1 fixed the bug.",
    "Tracking number 1Z999AA10123456784 says delivered.",
    "Call centre hold time was 45 minutes.",
    "The Berlin branch was great, the Lyon one less so.",
    "Apple Pay failed at checkout three times.",
    "Prime delivery was late twice in March.",
]

def fill(template):
    text, spans, i = "", [], 0
    while i < len(template):
        if template[i] == "{":
            j = template.index("}", i)
            typ, gen = POOLS[template[i + 1:j]]
            value = gen()
            spans.append({"type": typ, "start": len(text), "end": len(text) + len(value)})
            text += value
            i = j + 1
        else:
            text += template[i]
            i += 1
    return text, spans

items = []
for t in POSITIVE:
    for _ in range(4):
        text, spans = fill(t)
        items.append({"id": f"nat-{len(items) + 1:03d}", "kind": "national", "text": text, "entities": spans})
# Every format once more in a neutral sentence, so no shape is left out by the draw.
for value in PHONES:
    prefix = "From now on use "
    items.append({"id": f"nat-{len(items) + 1:03d}", "kind": "national", "text": prefix + value + ", the old one is dead.",
                  "entities": [{"type": "Phone", "start": len(prefix), "end": len(prefix) + len(value)}]})
for value in ADDRESSES:
    prefix = "We moved to "
    items.append({"id": f"nat-{len(items) + 1:03d}", "kind": "national", "text": prefix + value + " last month.",
                  "entities": [{"type": "Address", "start": len(prefix), "end": len(prefix) + len(value)}]})
for t in NEGATIVE:
    items.append({"id": f"nat-{len(items) + 1:03d}", "kind": "negative", "text": t, "entities": []})
for item in items:
    print(json.dumps(item, ensure_ascii=False))
