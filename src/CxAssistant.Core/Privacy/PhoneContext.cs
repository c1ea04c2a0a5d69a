namespace CxAssistant.Core.Privacy;

/// <summary>Reads the few words before a digit run: a phone word admits looser shapes, an order word vetoes.</summary>
internal static class PhoneContext
{
    public enum Kind
    {
        None,
        Phone,
        Blocked,
    }

    private static readonly string[] PhoneWords =
    [
        "call",
        "phone",
        "tel",
        "mobile",
        "cell",
        "ring",
        "text me",
        "txt",
        "whatsapp",
        "fax",
        "reach me",
        "contact me",
        "contact number",
        "number is",
        "landline",
        "dial",
        "sms",
    ];

    private static readonly string[] BlockWords =
    [
        "order",
        "tracking",
        "track",
        "invoice",
        "ref",
        "ticket",
        "case",
        "isbn",
        "sku",
        "serial",
        "confirmation",
        "booking",
        "receipt",
        "account",
        "acct",
        "model",
        "part",
        "id ",
        "id:",
        "no.",
        "item",
        "parcel",
        "shipment",
        "reservation",
        "code",
        "pin",
        "policy",
        "version",
        "build",
    ];

    public static Kind Of(string text, int start)
    {
        var from = Math.Max(0, start - 28);
        var window = text.AsSpan(from, start - from);
        var phoneAt = LastIndex(window, PhoneWords, wholeShortWords: false);
        var blockAt = LastIndex(window, BlockWords, wholeShortWords: true);
        if (blockAt < 0 && phoneAt < 0)
        {
            return Kind.None;
        }
        return blockAt > phoneAt ? Kind.Blocked : Kind.Phone;
    }

    // Whole words only: "shipping" must not read as "pin", "department" as "part", "hotel" as "tel". Short
    // veto words must also end there; longer ones may inflect ("orders", "tracking").
    private static int LastIndex(ReadOnlySpan<char> window, string[] words, bool wholeShortWords)
    {
        var best = -1;
        foreach (var word in words)
        {
            var searchEnd = window.Length;
            while (searchEnd > 0)
            {
                var at = window[..searchEnd].LastIndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }
                var after = at + word.Length;
                var startsWord = at == 0 || !char.IsLetter(window[at - 1]);
                var endsWord =
                    !wholeShortWords || word.Length >= 5 || after >= window.Length || !char.IsLetter(window[after]);
                if (startsWord && endsWord)
                {
                    best = Math.Max(best, at);
                    break;
                }
                searchEnd = at + word.Length - 1;
            }
        }
        return best;
    }
}
