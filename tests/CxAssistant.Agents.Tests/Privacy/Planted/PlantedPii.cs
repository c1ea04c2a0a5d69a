using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CxAssistant.Agents.Tests.Privacy.Planted;

/// <summary>
/// Customer feedback with personal data planted in it (every detector type, several national phone and address formats,
/// names after greetings, titles, prepositions and roles, and name/e-mail/phone columns), plus ordinary feedback around
/// it, and the planted values a request must never contain. Synthetic values only.
/// </summary>
public static class PlantedPii
{
    private static readonly (string Name, string Email, string Phone, string Text)[] Planted =
    [
        (
            "Jane Doe",
            "kim.lee@example.com",
            "0033 1 42 68 53 00",
            "Hi Kim. The checkout failed twice, email me at kim.lee@example.com or call 0033 1 42 68 53 00."
        ),
        (
            "Paul Girard",
            "p.girard@exemple.fr",
            "+33 6 12 34 56 78",
            "Delivery was late again. Ring me on +33 6 12 34 56 78, my card 4111 1111 1111 1111 was charged twice."
        ),
        (
            "Hans Becker",
            "hans.becker@firma.de",
            "+49 30 901820",
            "Refund to IBAN DE89 3704 0044 0532 0130 00 please, the website search is useless."
        ),
        (
            "Maria Lopez",
            "maria.lopez@mail.test",
            "030 901820",
            "Sarah at the counter was lovely, I bought a gift for Maria. Send it to Hauptstraße 5, 10115 Berlin."
        ),
        (
            "Raj Patel",
            "raj.p@mail.test",
            "07700 900123",
            "The manager, Mr Patel, fixed my order. My IP was 192.168.10.77 when checkout crashed."
        ),
        (
            "Claire Martin",
            "claire.m@exemple.fr",
            "01 42 68 53 00",
            "Ship to 12 rue de la Paix, 75002 Paris. Delivery took three weeks, terrible."
        ),
        (
            "Tom Hughes",
            "tom.h@mail.co.uk",
            "+44 20 7946 0958",
            "Flat 2, 10 High Street, London SW1A 1AA - parcel left in the rain, call 020 7946 0958."
        ),
        (
            "Amy Brooks",
            "amy.b@mail.test",
            "(555) 123-4567",
            "1234 Elm St, Springfield, IL 62704 never received my order, call (555) 123-4567."
        ),
        (
            "Priya Nair",
            "priya.n@mail.test",
            "+91 98765 43210",
            "Thanks to Priya the refund came fast. Reach me on +91 98765 43210 or priya.n@mail.test."
        ),
        (
            "Chidi Okafor",
            "c.okafor@mail.test",
            "+234 803 123 4567",
            "Mrs Okafor at the front desk was rude. Card 5555 5555 5555 4444 charged twice."
        ),
        (
            "Ingrid Berg",
            "ingrid.b@mail.test",
            "+46 70 123 45 67",
            "A lady called Ingrid answered the phone and fixed the billing. From 2001:db8::7334 the app crashed."
        ),
        (
            "Luis Garcia",
            "luis.g@mail.test",
            "+34 612 34 56 78",
            "Send it to Calle Mayor 12, 28013 Madrid. Support never answered my email."
        ),
    ];

    private static readonly string[] Ordinary =
    [
        "The checkout page froze when I tried to pay, had to try three times.",
        "Delivery took two weeks and the box arrived crushed.",
        "Support never answered my email about the refund.",
        "Website search returns nothing useful, I could not find the size guide.",
        "Returns were easy and the refund arrived in three days.",
        "Great quality jacket, fits perfectly, will buy again.",
        "The app logged me out during payment and charged me anyway.",
        "Customer service on the phone was friendly and quick.",
        "Packaging was excessive, so much plastic for one shirt.",
        "Tracking said delivered but nothing arrived, support was slow to help.",
        "I wanted to get the gift wrapped before the party but the gift wrapping option vanished at checkout.",
        "Gift wrapping looked cheap and the gift note was missing.",
        "I needed to return the shoes quickly so I could order the right size before the trip.",
        "The loyalty points never showed up in my account after the purchase.",
        "Loyalty points expired without any warning email.",
        "The car park at the retail park was full, no spaces left for the click and collect.",
        "Car park barrier was broken again so I drove around for twenty minutes.",
        "The car park is too small for the weekend crowd.",
    ];

    /// <summary>The values (and distinctive parts of them) that no request body may contain.</summary>
    public static IReadOnlyList<string> Values { get; } =
    [
        "kim.lee@example.com",
        "p.girard@exemple.fr",
        "hans.becker@firma.de",
        "maria.lopez@mail.test",
        "raj.p@mail.test",
        "claire.m@exemple.fr",
        "tom.h@mail.co.uk",
        "amy.b@mail.test",
        "priya.n@mail.test",
        "c.okafor@mail.test",
        "ingrid.b@mail.test",
        "luis.g@mail.test",
        "42 68 53 00",
        "12 34 56 78",
        "901820",
        "900123",
        "7946 0958",
        "123-4567",
        "98765 43210",
        "803 123 4567",
        "70 123 45 67",
        "4111 1111 1111 1111",
        "5555 5555 5555 4444",
        "DE89 3704",
        "0532 0130",
        "192.168.10.77",
        "2001:db8::7334",
        "Hauptstraße",
        "10115 Berlin",
        "rue de la Paix",
        "75002 Paris",
        "High Street",
        "SW1A 1AA",
        "Elm St",
        "IL 62704",
        "Calle Mayor",
        "28013 Madrid",
        "Kim",
        "Sarah",
        "Maria",
        "Patel",
        "Priya",
        "Okafor",
        "Ingrid",
        "Jane Doe",
        "Girard",
        "Becker",
        "Lopez",
        "Hughes",
        "Brooks",
        "Nair",
        "Garcia",
    ];

    /// <summary>
    /// A CSV export: id, customer_name, customer_email, phone, comment, nps (planted rows first, then ordinary ones).
    /// </summary>
    public static string Csv()
    {
        var sb = new StringBuilder("id,customer_name,customer_email,phone,comment,nps\n");
        var id = 1;
        foreach (var (name, email, phone, text) in Planted)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{id++},{name},{email},\"{phone}\",\"{text}\",{id % 4}\n");
        }
        for (var round = 0; round < 4; round++)
        {
            foreach (var text in Ordinary)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{id++},,,,\"{text}\",{(id * 7 + round) % 11}\n");
            }
        }
        return sb.ToString();
    }

    /// <summary>Records for an eval suite (inline YAML flow sequence).</summary>
    public static string YamlRecords() =>
        "[ "
        + string.Join(
            ", ",
            Planted.Select((p, i) => $"{{ id: p{i + 1}, channel: review, text: {JsonSerializer.Serialize(p.Text)} }}")
        )
        + " ]";

    /// <summary>Every planted value found in a request body, raw or with its JSON escapes decoded.</summary>
    public static IEnumerable<string> FoundIn(string body)
    {
        var decoded = Decode(body);
        return Values.Where(v =>
            body.Contains(v, StringComparison.Ordinal) || decoded.Contains(v, StringComparison.Ordinal)
        );
    }

    // Every string in the JSON, unescaped ("Hauptstra\u00dfe" is "Hauptstraße" to a model).
    private static string Decode(string body)
    {
        try
        {
            var sb = new StringBuilder();
            void Walk(JsonElement e)
            {
                switch (e.ValueKind)
                {
                    case JsonValueKind.String:
                        sb.Append(e.GetString()).Append('\n');
                        break;
                    case JsonValueKind.Object:
                        foreach (var p in e.EnumerateObject())
                        {
                            Walk(p.Value);
                        }
                        break;
                    case JsonValueKind.Array:
                        foreach (var i in e.EnumerateArray())
                        {
                            Walk(i);
                        }
                        break;
                }
            }
            using var doc = JsonDocument.Parse(body);
            Walk(doc.RootElement);
            return sb.ToString();
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
