using System.Text.RegularExpressions;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// Finds the customer a question names, from the data itself: a customer id as the data spells it (any case), an
/// <c>@handle</c> or a name held in a person-name field (author, reviewer, username, handle…). Also tells an id-shaped
/// word that matches no customer ("CUST-99999") from ordinary words, so the answer can say "no such customer".
/// </summary>
internal sealed partial class CustomerDirectory
{
    /// <summary>Metadata fields that hold a person's name or handle, in any business's exports.</summary>
    private static readonly string[] NameFields =
    [
        "author",
        "name",
        "customer_name",
        "customer name",
        "reviewer",
        "reviewer_name",
        "username",
        "user_name",
        "user",
        "handle",
        "display_name",
        "guest",
        "guest_name",
        "client",
        "client_name",
        "full_name",
        "contact",
        "screen_name",
    ];

    private readonly Dictionary<string, string> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<EvidenceRecord>> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Name, List<EvidenceRecord> Records)> _names = [];

    public CustomerDirectory(IReadOnlyList<EvidenceRecord> records)
    {
        var byName = new Dictionary<string, List<EvidenceRecord>>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in records)
        {
            if (!string.IsNullOrWhiteSpace(r.CustomerId))
            {
                var id = r.CustomerId.Trim();
                _ids.TryAdd(id, id);
                if (!_byId.TryGetValue(id, out var own))
                {
                    _byId[id] = own = [];
                }
                own.Add(r);
            }
            foreach (var (field, value) in r.Metadata)
            {
                if (!NameFields.Contains(field.Trim().ToLowerInvariant()) || value.Trim().TrimStart('@').Length < 3)
                {
                    continue;
                }
                var key = value.Trim();
                if (!byName.TryGetValue(key, out var list))
                {
                    byName[key] = list = [];
                }
                list.Add(r);
            }
        }
        // A "name" on many records is a placeholder ("Anonymous", "Guest"), not a person to look up.
        var most = Math.Max(10, records.Count / 50);
        _names.AddRange(
            byName
                .Where(kv => kv.Value.Count <= most)
                .OrderByDescending(kv => kv.Key.Length)
                .Select(kv => (kv.Key, kv.Value))
        );
    }

    /// <summary>Every record of the customer id (as the data spells it).</summary>
    public IReadOnlyList<EvidenceRecord> RecordsOf(string id) => _byId.TryGetValue(id, out var list) ? list : [];

    /// <summary>How many customer ids the data holds.</summary>
    public int Count => _ids.Count;

    /// <summary>One customer id as spelled in the data (for "ids look like …"), or null when there are none.</summary>
    public string? Example => _ids.Values.Order(StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The customer id the question names (as the data spells it), or null.</summary>
    public string? FindId(string question)
    {
        foreach (Match m in IdShaped().Matches(question))
        {
            if (_ids.TryGetValue(m.Value.Trim('\'', '’'), out var id))
            {
                return id;
            }
        }
        return null;
    }

    /// <summary>
    /// An id-shaped word after "customer"/"client"… (or with letters and digits) that matches no customer.
    /// </summary>
    public string? FindUnknownId(string question)
    {
        var after = AfterCustomerWord().Match(question);
        if (after.Success && !_ids.ContainsKey(after.Groups[1].Value))
        {
            return after.Groups[1].Value;
        }
        foreach (Match m in IdShaped().Matches(question))
        {
            if (m.Value.Any(char.IsLetter) && m.Value.Any(char.IsDigit) && !_ids.ContainsKey(m.Value))
            {
                return m.Value;
            }
        }
        return null;
    }

    /// <summary>The name or handle the question names, with its records, or null.</summary>
    public (string Name, IReadOnlyList<EvidenceRecord> Records)? FindName(string question)
    {
        foreach (var (name, records) in _names)
        {
            var bare = name.TrimStart('@');
            if (Regex.IsMatch(question, @"(?<![\w@])@?" + Regex.Escape(bare) + @"(?![\w])", RegexOptions.IgnoreCase))
            {
                return (name, records);
            }
        }
        return null;
    }

    [GeneratedRegex(@"(?<![\w-])[A-Za-z]{0,8}[-_#]?\d{3,}(?![\w-])")]
    private static partial Regex IdShaped();

    [GeneratedRegex(
        @"\b(?:customer|client|guest|member|user|account|patient)\s*(?:id|"
            + @"number|no\.?|#)?\s*([A-Za-z]{0,8}[-_#]?\d{2,})\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex AfterCustomerWord();
}
