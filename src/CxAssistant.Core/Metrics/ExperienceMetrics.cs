namespace CxAssistant.Core.Metrics;

/// <summary>
/// Engagement metrics over a set of evidence (all records, a touchpoint's or a segment's). Null when no answers exist.
/// </summary>
public sealed record ExperienceMetrics(
    int Records,
    NpsResult? Nps,
    ShareResult? Csat,
    MeanResult? Ces,
    MeanResult? Rating
);
