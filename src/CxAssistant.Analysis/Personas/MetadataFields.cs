using System.Globalization;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Metrics;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// Chooses the metadata fields that describe customers and labels each record's value: categorical fields keep
/// their values (2–12 distinct, short), amounts with many values become terciles ("order_value: high (&gt; 189.95)").
/// Skipped: ids and prose (as the scoring core's segments), properties of a message rather than of a customer
/// (status, subject, likes…), and 0–10 scale answers (importance/satisfaction ratings are outcomes, not segments).
/// </summary>
internal static class MetadataFields
{
    // Beyond the identity and prose fields every segment skips (FieldNames): properties of a message, not of a customer.
    private static readonly string[] MessageProperties =
    [
        "status",
        "subject",
        "title",
        "section",
        "source",
        "period",
        "author",
        "channel",
        "start",
        "end",
        "likes",
        "shares",
        "retweets",
        "upvotes",
        "views",
        "handle",
        "username",
        "speaker",
    ];

    private const int MaxDistinct = 12;
    private const int MaxAverageLength = 40;

    /// <summary>
    /// Field → (record index → label), for fields that describe at least <paramref name="minCustomers"/> customers.
    /// </summary>
    public static IReadOnlyList<(string Field, Dictionary<int, string> Labels)> Select(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<CustomerProfile> customers,
        int minCustomers
    )
    {
        var fields = customers
            .SelectMany(c => c.Records)
            .SelectMany(i => records[i].Metadata.Keys)
            .Select(k => k.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(f => !IsSkipped(f))
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
        // One pass over the records collects every field's values (as ValueOf would find them, field by field).
        var byField = fields.ToDictionary(f => f, _ => new Dictionary<int, string>(), StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var i in customers.SelectMany(c => c.Records))
        {
            seen.Clear();
            foreach (var (key, value) in records[i].Metadata)
            {
                var field = key.Trim();
                // The first key naming a field decides its value, blank or not.
                if (!seen.Add(field) || !byField.TryGetValue(field, out var found) || string.IsNullOrWhiteSpace(value))
                {
                    continue;
                }
                found[i] = value.Trim();
            }
        }
        var result = new List<(string, Dictionary<int, string>)>();
        foreach (var field in fields)
        {
            var values = byField[field];
            var covered = customers.Count(c => c.Records.Any(values.ContainsKey));
            if (covered < minCustomers)
            {
                continue;
            }
            if (Label(field, values) is { } labels)
            {
                result.Add((field, labels));
            }
        }
        return result;
    }

    public static bool IsSkipped(string field) =>
        FieldNames.IsIdentityOrProse(field) || MessageProperties.Contains(field.Trim().ToLowerInvariant());

    private static Dictionary<int, string>? Label(string field, Dictionary<int, string> values)
    {
        if (values.Count == 0 || values.Values.Average(v => v.Length) > MaxAverageLength)
        {
            return null;
        }
        var numbers = values.ToDictionary(kv => kv.Key, kv => Parse(kv.Value));
        var numeric = numbers.Values.All(n => n is not null);
        if (numeric && numbers.Values.All(n => n!.Value == Math.Floor(n.Value) && n.Value is >= 0 and <= 10))
        {
            return null;
        }
        var distinct = values.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (distinct >= 2 && distinct <= MaxDistinct)
        {
            var canonical = values
                .Values.GroupBy(v => v, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            return values.ToDictionary(kv => kv.Key, kv => canonical[kv.Value]);
        }
        return numeric ? Terciles(numbers.ToDictionary(kv => kv.Key, kv => kv.Value!.Value)) : null;
    }

    private static Dictionary<int, string>? Terciles(Dictionary<int, double> numbers)
    {
        var sorted = numbers.Values.Order().ToList();
        if (sorted.Count < 9)
        {
            return null;
        }
        var cut1 = sorted[(int)Math.Ceiling(sorted.Count / 3.0) - 1];
        var cut2 = sorted[(int)Math.Ceiling(2 * sorted.Count / 3.0) - 1];
        if (cut1 >= cut2)
        {
            return null;
        }
        string a = Format(cut1),
            b = Format(cut2);
        string low = $"low (≤ {a})",
            mid = $"mid ({a}–{b})",
            high = $"high (> {b})"; // three labels, not one per record
        return numbers.ToDictionary(
            kv => kv.Key,
            kv =>
                kv.Value <= cut1 ? low
                : kv.Value <= cut2 ? mid
                : high
        );
    }

    private static double? Parse(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x)
            ? x
            : null;

    private static string Format(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);

    public static string? ValueOf(EvidenceRecord record, string field)
    {
        foreach (var (key, value) in record.Metadata)
        {
            if (string.Equals(key.Trim(), field, StringComparison.OrdinalIgnoreCase))
            {
                return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            }
        }
        return null;
    }
}
