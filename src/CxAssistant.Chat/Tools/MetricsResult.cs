namespace CxAssistant.Chat.Tools;

/// <summary>Metrics for the filtered records and a breakdown (by month or by a segment field).</summary>
public sealed record MetricsResult(
    string Filter,
    MetricsView Overall,
    string? BreakdownBy,
    IReadOnlyList<MetricsView> Breakdown,
    IReadOnlyList<string> SegmentFields,
    IReadOnlyList<string> Notes
);
