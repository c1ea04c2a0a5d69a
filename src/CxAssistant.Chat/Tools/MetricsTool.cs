using System.ComponentModel;
using System.Globalization;
using CxAssistant.Chat.Citations;
using CxAssistant.Chat.Knowledge;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Metrics;
using Microsoft.Extensions.AI;

namespace CxAssistant.Chat.Tools;

/// <summary>
/// NPS, CSAT and CES by segment and period, computed with the core's <see cref="EngagementMetrics"/> over the records
/// that pass the filter. With no filter, a segment breakdown is the core's own segment table (same figures as the
/// report).
/// </summary>
public sealed class MetricsTool(ChatData data, Func<CitationBook> citations) : ChatTool(data, citations)
{
    /// <inheritdoc />
    public override string Name => "metrics";

    /// <inheritdoc />
    public override string Description =>
        "NPS (-100..100 with 95% band), CSAT (% 4-5), CES (mean 1-7) and star rating for all feedback or a filter "
        + "(segment field=value, since/until yyyy-mm or yyyy-mm-dd, channel, "
        + "touchpoint), with a breakdown by month or by a segment field (e.g. "
        + "region).";

    /// <inheritdoc />
    public override AIFunction AsFunction() => Function(Get);

    /// <summary>Metrics for a filter, with an optional breakdown.</summary>
    public MetricsResult Get(
        [Description("Customer segment as field=value, e.g. loyalty_tier=gold.")] string? segment = null,
        [Description("From this date or month (yyyy-mm-dd or yyyy-mm).")] string? since = null,
        [Description("Before this date, or up to the end of this month (yyyy-mm).")] string? until = null,
        [Description("Only this channel.")] string? channel = null,
        [Description("Only records mentioning this touchpoint (id or name).")] string? touchpoint = null,
        [Description("Breakdown: month, or a segment field name such as region.")] string? by = null
    )
    {
        var notes = new List<string>();
        var touchpointId = touchpoint is null ? null : Data.FindTouchpoint(touchpoint)?.Id;
        if (touchpoint is not null && touchpointId is null)
        {
            notes.Add(Data.UnknownTouchpoint(touchpoint) + " Not filtered by touchpoint.");
        }
        var filter = EvidenceFilter.Parse(touchpointId, null, channel, null, segment, since, until);
        var analysis = Data.Analysis;
        var records = Enumerable
            .Range(0, analysis.Records.Count)
            .Where(i => filter.Matches(analysis.Records[i], analysis.Annotations[i]))
            .Select(i => analysis.Records[i])
            .ToList();
        var overall = filter.IsEmpty ? analysis.Scoring.Overall : EngagementMetrics.Compute(records);
        if (overall.Nps is null)
        {
            notes.Add("No NPS answers in this selection.");
        }

        IReadOnlyList<MetricsView> breakdown = [];
        string? breakdownBy = null;
        if (
            string.Equals(by, "month", StringComparison.OrdinalIgnoreCase)
            || string.Equals(by, "period", StringComparison.OrdinalIgnoreCase)
        )
        {
            breakdownBy = "month";
            breakdown =
            [
                .. records
                    .Where(r => r.Timestamp is not null)
                    .GroupBy(r => r.Timestamp!.Value.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture))
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => MetricsView.From(g.Key, EngagementMetrics.Compute(g.ToList()))),
            ];
        }
        else if (!string.IsNullOrWhiteSpace(by))
        {
            breakdownBy = by.Trim();
            breakdown = filter.IsEmpty
                ?
                [
                    .. analysis
                        .Scoring.Segments.Where(s => s.Field.Equals(breakdownBy, StringComparison.OrdinalIgnoreCase))
                        .Select(s => MetricsView.From(s.Value, s.Metrics)),
                ]
                :
                [
                    .. records
                        .Select(r => (Record: r, Value: ValueOf(r, breakdownBy)))
                        .Where(x => x.Value is not null)
                        .GroupBy(x => x.Value!, StringComparer.OrdinalIgnoreCase)
                        .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                        .Select(g =>
                            MetricsView.From(g.Key, EngagementMetrics.Compute(g.Select(x => x.Record).ToList()))
                        ),
                ];
            if (breakdown.Count == 0)
            {
                notes.Add($"No segment field called '{by}'. Fields: {string.Join(", ", SegmentFields())}.");
            }
        }
        return new MetricsResult(
            filter.Describe(),
            MetricsView.From(filter.IsEmpty ? "all feedback" : filter.Describe(), overall),
            breakdownBy,
            breakdown,
            SegmentFields(),
            notes
        );
    }

    /// <summary>The metadata fields the core segments by (those with at least two sizeable groups).</summary>
    public IReadOnlyList<string> SegmentFields() =>
        [.. Data.Analysis.Scoring.Segments.Select(s => s.Field).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static string? ValueOf(EvidenceRecord record, string field)
    {
        foreach (var (key, value) in record.Metadata)
        {
            if (key.Equals(field, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }
        return null;
    }
}
