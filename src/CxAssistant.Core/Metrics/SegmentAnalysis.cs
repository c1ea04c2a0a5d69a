using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Metrics;

/// <summary>
/// Engagement metrics and mean sentiment per value of every metadata field that looks like a segment
/// (plan, region, channel of purchase, order-value tercile…). See docs/scoring.md, "Segments".
/// </summary>
public static class SegmentAnalysis
{
    /// <param name="records">The evidence.</param>
    /// <param name="annotations">One per record, same order (for sentiment).</param>
    /// <param name="options">Segment rules; defaults when null.</param>
    public static IReadOnlyList<SegmentMetrics> Compute(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<Annotation> annotations,
        SegmentOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(annotations);
        if (annotations.Count != records.Count)
        {
            throw new ArgumentException("Annotations must be one per record, in the same order.", nameof(annotations));
        }
        options ??= new SegmentOptions();

        // Field names case-insensitively, in order of first appearance, then sorted for stable output.
        var fields = records
            .SelectMany(r => r.Metadata.Keys)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(f => !FieldNames.IsIdentityOrProse(f))
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();

        var result = new List<SegmentMetrics>();
        foreach (var field in fields)
        {
            var values = records.Select(r => ValueOf(r, field)).ToList();
            var labels = SegmentFields.Classify(values, options);
            if (labels is null)
            {
                continue;
            }
            var groups = Enumerable
                .Range(0, records.Count)
                .Where(i => labels[i] is not null)
                .GroupBy(i => labels[i]!)
                .Where(g => g.Count() >= options.MinSegmentSize)
                .ToList();
            if (groups.Count < 2)
            {
                continue; // one segment is the whole population, not a comparison
            }
            foreach (
                var g in groups
                    .OrderBy(g => TercileRank(g.Key))
                    .ThenByDescending(g => g.Count())
                    .ThenBy(g => g.Key, StringComparer.Ordinal)
            )
            {
                result.Add(Segment(field, g.Key, [.. g], records, annotations));
            }
        }
        return result;
    }

    private static SegmentMetrics Segment(
        string field,
        string value,
        List<int> members,
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<Annotation> annotations
    )
    {
        // Sentiment is the customer's: business-side transcript turns are left out.
        var sentiments = members
            .Where(i => records[i].IsCustomerVoice)
            .Select(i => annotations[i].Sentiment)
            .Where(double.IsFinite)
            .ToList();
        var mean = sentiments.Count == 0 ? 0 : Statistics.Round(sentiments.Average(), 3);
        return new SegmentMetrics(field, value, EngagementMetrics.Compute(members.Select(i => records[i])), mean);
    }

    private static string? ValueOf(EvidenceRecord record, string field)
    {
        foreach (var (key, value) in record.Metadata)
        {
            if (string.Equals(key, field, StringComparison.OrdinalIgnoreCase))
            {
                return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            }
        }
        return null;
    }

    // Terciles read low → mid → high; categorical values all rank equal and sort by size.
    private static int TercileRank(string label) =>
        label.StartsWith("low (", StringComparison.Ordinal) ? 0
        : label.StartsWith("mid (", StringComparison.Ordinal) ? 1
        : label.StartsWith("high (", StringComparison.Ordinal) ? 2
        : 3;
}
