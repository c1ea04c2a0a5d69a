using CxAssistant.Core.Evidence;
using CxAssistant.Core.Privacy;

namespace CxAssistant.Analysis.Pipeline;

/// <summary>
/// Redacts records before they are analysed, so every artifact drawn from them (quotes, personas, reports, exports,
/// analysis.json, web pages, chat citations, model prompts) is free of personal data by construction. Placeholders are
/// numbered per run ("[EMAIL-1]" is the same address in every record), so "the same customer" stays visible.
/// The text, the customer id, the user's record id, speaker names and metadata values are redacted; a metadata column
/// whose name says it holds a name, e-mail, phone number or address is replaced whole, since "Jane Doe" in a name
/// column has no context a detector could see. Evidence ids (content hashes of the original) do not change.
/// </summary>
public static class RecordRedaction
{
    /// <summary>Changes whenever the redaction changes, so stored analyses made with an older one are redone.</summary>
    public const string Version = "pii-2";

    private static readonly PiiRedactor Redactor = new();

    private static readonly string[] SpeakerWords =
    [
        "agent",
        "support",
        "rep",
        "representative",
        "advisor",
        "staff",
        "operator",
        "host",
        "team",
        "bot",
        "assistant",
        "sales",
        "customer",
        "client",
        "caller",
        "user",
        "guest",
        "patient",
        "member",
        "visitor",
        "buyer",
        "unknown",
        "speaker",
        "interviewer",
    ];

    /// <summary>
    /// The records with personal data replaced; numbering follows record order, so it is deterministic.
    /// </summary>
    public static IReadOnlyList<EvidenceRecord> Apply(
        IReadOnlyList<EvidenceRecord> records,
        PlaceholderTable placeholders,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(placeholders);
        // Detection is the expensive part and runs in parallel; numbering runs in order afterwards.
        var found = new RedactionResult[records.Count];
        Parallel.For(0, records.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            found[i] = Redactor.Redact(records[i].Text)
        );
        var result = new EvidenceRecord[records.Count];
        // The same value is redacted the same way every time (the table numbers a value once), so a run detects in each
        // distinct id, customer and metadata value once, in parallel, and numbers them in record order as before.
        var memo = new Memo();
        memo.Detect(records, cancellationToken);
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            result[i] = r with
            {
                Text = PiiRedactor.Renumber(r.Text, found[i], placeholders).Text,
                CustomerId = r.CustomerId is null ? null : Customer(r.CustomerId, placeholders, memo),
                RecordId = Value(r.RecordId, placeholders, memo),
                Speaker = r.Speaker is null ? null : Speaker(r.Speaker, placeholders),
                Metadata = Metadata(r.Metadata, placeholders, memo),
            };
        }
        return result;
    }

    /// <summary>
    /// One run's detections in ids, customers and metadata values (plain placeholders, found in parallel), their
    /// numbered redactions and the column types, by the exact original string.
    /// </summary>
    private sealed class Memo
    {
        public Dictionary<string, RedactionResult> Found { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, string> Customers { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, PiiType?> Columns { get; } = new(StringComparer.Ordinal);

        public void Detect(IReadOnlyList<EvidenceRecord> records, CancellationToken cancellationToken)
        {
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in records)
            {
                distinct.Add(r.RecordId);
                if (r.CustomerId is not null)
                {
                    distinct.Add(r.CustomerId);
                }
                foreach (var (key, value) in r.Metadata)
                {
                    if (!string.IsNullOrWhiteSpace(value) && Column(key, this) is null)
                    {
                        distinct.Add(value);
                    }
                }
            }
            var values = distinct.ToArray();
            var found = new RedactionResult[values.Length];
            Parallel.For(0, values.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                found[i] = Redactor.Redact(values[i])
            );
            for (var i = 0; i < values.Length; i++)
            {
                Found[values[i]] = found[i];
            }
        }
    }

    private static string Value(string value, PlaceholderTable placeholders) =>
        Redactor.Redact(value, placeholders).Text;

    // Renumbering the plain detections gives what redacting with the table gives (the text's own path).
    private static string Value(string value, PlaceholderTable placeholders, Memo memo)
    {
        if (!memo.Values.TryGetValue(value, out var redacted))
        {
            redacted = memo.Found.TryGetValue(value, out var found)
                ? PiiRedactor.Renumber(value, found, placeholders).Text
                : Value(value, placeholders);
            memo.Values[value] = redacted;
        }
        return redacted;
    }

    private static string Customer(string id, PlaceholderTable placeholders, Memo memo)
    {
        if (!memo.Customers.TryGetValue(id, out var redacted))
        {
            redacted = Customer(id, Value(id, placeholders, memo), placeholders);
            memo.Customers[id] = redacted;
        }
        return redacted;
    }

    // A customer column may hold names ("Raj Patel") rather than ids ("C-1042"): words alone, capitalised, are a name.
    private static string Customer(string id, string redacted, PlaceholderTable placeholders)
    {
        if (redacted != id)
        {
            return redacted;
        }
        var words = id.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var nameLike =
            words.Length is >= 1 and <= 4
            && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.'));
        return nameLike ? placeholders.For(PiiType.Name, id.Trim()) : id;
    }

    // "Sarah" → "[NAME-1]", "Agent Mike" → "Agent [NAME-2]": role words stay, so agent turns are still told apart.
    private static string Speaker(string speaker, PlaceholderTable placeholders)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => SpeakerWords.Contains(w.Trim('(', ')', ':', ',').ToLowerInvariant())).ToList();
        var rest = string.Join(' ', words.Where(w => !kept.Contains(w)));
        if (rest.Length == 0 || !rest.Any(char.IsLetter))
        {
            return Value(speaker, placeholders);
        }
        var name = placeholders.For(PiiType.Name, rest);
        return words[0] == rest.Split(' ')[0] ? string.Join(' ', [name, .. kept]) : string.Join(' ', [.. kept, name]);
    }

    private static IReadOnlyDictionary<string, string> Metadata(
        IReadOnlyDictionary<string, string> metadata,
        PlaceholderTable placeholders,
        Memo memo
    )
    {
        if (metadata.Count == 0)
        {
            return metadata;
        }
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in metadata)
        {
            result[key] =
                string.IsNullOrWhiteSpace(value) ? value
                : Column(key, memo) is { } type ? placeholders.For(type, value.Trim())
                : Value(value, placeholders, memo);
        }
        return result;
    }

    private static PiiType? Column(string column, Memo memo)
    {
        if (!memo.Columns.TryGetValue(column, out var type))
        {
            type = ColumnType(column);
            memo.Columns[column] = type;
        }
        return type;
    }

    /// <summary>
    /// One cell of a file preview, redacted like metadata: the whole value when the column says what it holds.
    /// </summary>
    public static string Cell(string column, string? value) =>
        string.IsNullOrWhiteSpace(value) ? value ?? ""
        : ColumnType(column) is { } type ? Redaction.Placeholder(type)
        : Redactor.Redact(value).Text;

    /// <summary>
    /// The PII type a column's name announces ("customer_email", "Phone number", "first name"), or null.
    /// </summary>
    internal static PiiType? ColumnType(string column)
    {
        var w = column
            .ToLowerInvariant()
            .Split([' ', '_', '-', '.', '/', ':'], StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet();
        bool Has(params string[] words) => words.Any(w.Contains);
        if (Has("email", "mail", "emailaddress") || column.Contains("e-mail", StringComparison.OrdinalIgnoreCase))
        {
            return PiiType.Email;
        }
        if (Has("phone", "telephone", "tel", "mobile", "cell", "fax", "phonenumber", "whatsapp"))
        {
            return PiiType.Phone;
        }
        if (Has("ip", "ipaddress"))
        {
            return PiiType.Ip;
        }
        if (Has("iban"))
        {
            return PiiType.Iban;
        }
        if (Has("cardnumber", "creditcard") || (Has("card") && Has("number", "no", "num")))
        {
            return PiiType.Card;
        }
        if (Has("address", "street", "postcode", "zip", "zipcode", "postal"))
        {
            return PiiType.Address;
        }
        if (Has("firstname", "lastname", "fullname", "surname", "givenname", "forename", "familyname"))
        {
            return PiiType.Name;
        }
        if (
            Has("name")
            && (
                w.Count == 1
                || Has(
                    "first",
                    "last",
                    "full",
                    "given",
                    "family",
                    "customer",
                    "client",
                    "contact",
                    "person",
                    "buyer",
                    "user",
                    "guest",
                    "patient",
                    "reviewer",
                    "author",
                    "caller",
                    "member",
                    "agent",
                    "employee",
                    "staff"
                )
            )
        )
        {
            return PiiType.Name;
        }
        return null;
    }
}
