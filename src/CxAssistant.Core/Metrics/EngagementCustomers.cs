using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Metrics;

/// <summary>
/// Who a record belongs to for customer-level metrics: its customer id (trimmed, case-sensitive), else the
/// record itself ("record:" + evidence id), so anonymous feedback counts as one customer per record.
/// </summary>
internal static class EngagementCustomers
{
    public static string Key(EvidenceRecord record) => record.CustomerKey;

    public static bool IsKnown(string key) => key.StartsWith("customer:", StringComparison.Ordinal);

    /// <summary>The value of a metadata field, matched case-insensitively; null when missing or blank.</summary>
    public static string? Field(EvidenceRecord record, string field)
    {
        // Readers build case-insensitive dictionaries: a lookup then finds the one match without boxing an enumerator.
        if (
            record.Metadata is Dictionary<string, string> { Comparer: var comparer } metadata
            && ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase)
        )
        {
            return metadata.TryGetValue(field, out var found) && !string.IsNullOrWhiteSpace(found)
                ? found.Trim()
                : null;
        }
        foreach (var (key, value) in record.Metadata)
        {
            if (string.Equals(key, field, StringComparison.OrdinalIgnoreCase))
            {
                return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            }
        }
        return null;
    }
}
