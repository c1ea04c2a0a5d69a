using System.Globalization;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Metrics;

/// <summary>
/// Metadata fields the engagement metrics split by. On top of the segment rules (<see cref="SegmentFields"/>), a field
/// must be present on records of at least a quarter of the customers (so one source's housekeeping columns — ticket
/// status, analytics titles — are not read as customer segments) and must not be a 0–10 answer scale (survey
/// importance/satisfaction questions are answers, not segments).
/// </summary>
internal static class EngagementSegmentFields
{
    public const double MinCoverage = 0.25;

    public static IEnumerable<string> Candidates(IReadOnlyList<EvidenceRecord> records, string? exclude = null)
    {
        var customers = records.Select(EngagementCustomers.Key).Distinct(StringComparer.Ordinal).Count();
        return records
            .SelectMany(r => r.Metadata.Keys)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(f =>
                !FieldNames.IsIdentityOrProse(f) && !string.Equals(f, exclude, StringComparison.OrdinalIgnoreCase)
            )
            .Where(f => !IsAnswerScale(records, f))
            .Where(f =>
                records
                    .Where(r => EngagementCustomers.Field(r, f) is not null)
                    .Select(EngagementCustomers.Key)
                    .Distinct(StringComparer.Ordinal)
                    .Count()
                >= MinCoverage * customers
            )
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static bool IsAnswerScale(IReadOnlyList<EvidenceRecord> records, string field)
    {
        var values = records.Select(r => EngagementCustomers.Field(r, field)).OfType<string>().ToList();
        return values.Count > 0
            && values.All(v =>
                int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var x) && x is >= 0 and <= 10
            );
    }
}
