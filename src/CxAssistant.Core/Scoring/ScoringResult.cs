using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Scoring;

/// <summary>
/// Everything the scoring core computes from annotated evidence. <see cref="Touchpoints"/> is ordered by
/// priority, highest first; <see cref="Warnings"/> are data-quality warnings in plain language
/// ("Only 12 NPS answers: treat NPS as indicative").
/// </summary>
public sealed record ScoringResult(
    ExperienceMetrics Overall,
    IReadOnlyList<TouchpointScore> Touchpoints,
    TouchpointNetwork Network,
    IReadOnlyList<SegmentMetrics> Segments,
    IReadOnlyList<string> Warnings
);
