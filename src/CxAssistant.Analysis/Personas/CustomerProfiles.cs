using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// Groups customer evidence by customer. The customer is the record's customer id (an explicit <c>customer_id</c>
/// metadata column wins: some exports put a display name in the id slot and the real id in a column), else the
/// record itself. Business speakers (agent turns) and analytics rows are not customers; agent turns are kept as
/// what the customer heard.
/// </summary>
internal static class CustomerProfiles
{
    private static readonly string[] IdColumns = ["customer_id", "customerid", "customer id", "customer-id"];

    public static IReadOnlyList<CustomerProfile> Build(AnalysisResult analysis)
    {
        var own = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var heard = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < analysis.Records.Count; i++)
        {
            var record = analysis.Records[i];
            if (record.Channel == Channel.Analytics)
            {
                continue;
            }
            var key = KeyOf(record);
            if (record.IsBusinessSpeaker)
            {
                if (key is not null)
                {
                    Add(heard, key, i);
                }
                continue;
            }
            key ??= "record:" + record.Id;
            if (!own.ContainsKey(key))
            {
                order.Add(key);
            }
            Add(own, key, i);
        }
        return [.. order.Select(k => new CustomerProfile(k, own[k], heard.TryGetValue(k, out var h) ? h : []))];
    }

    /// <summary>The customer a record belongs to, or null when it names none.</summary>
    public static string? KeyOf(EvidenceRecord record)
    {
        foreach (var (field, value) in record.Metadata)
        {
            if (IdColumns.Contains(field.Trim(), StringComparer.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }
        return string.IsNullOrWhiteSpace(record.CustomerId) ? null : record.CustomerId.Trim();
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int index)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        list.Add(index);
    }
}
