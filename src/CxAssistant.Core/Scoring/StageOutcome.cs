using System.Text.Json.Serialization;
using CxAssistant.Core.Metrics;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Core.Scoring;

/// <summary>
/// The outcome metric journey stages are compared on: the one the data has (NPS first, then CSAT, CES, rating).
/// </summary>
public enum StageMetric
{
    Nps,
    Csat,
    Ces,
    Rating,
}

/// <summary>
/// One journey stage's outcome: the customers whose records concern it (mention one of its touchpoints) and their
/// metrics, computed as a touchpoint's are (NPS and CSAT linked by customer, CES and rating from the records
/// themselves).
/// <see cref="Metric"/> is the same for every stage of an analysis, so stages compare; <see cref="Value"/>,
/// <see cref="Band"/> (95%) and <see cref="Answers"/> read it, null when the stage has no answer.
/// </summary>
public sealed record StageOutcome(
    JourneyStage Stage,
    StageMetric Metric,
    IReadOnlyList<string> Touchpoints,
    int Records,
    int Customers,
    ExperienceMetrics Metrics
)
{
    [JsonIgnore]
    public double? Value =>
        Metric switch
        {
            StageMetric.Nps => Metrics.Nps?.Score,
            StageMetric.Csat => Metrics.Csat?.Percent,
            StageMetric.Ces => Metrics.Ces?.Mean,
            _ => Metrics.Rating?.Mean,
        };

    [JsonIgnore]
    public (double Low, double High)? Band =>
        Metric switch
        {
            StageMetric.Nps => Metrics.Nps is { } n ? (n.Low, n.High) : null,
            StageMetric.Csat => Metrics.Csat is { } c ? (c.Low, c.High) : null,
            StageMetric.Ces => Metrics.Ces is { } e ? (e.Low, e.High) : null,
            _ => Metrics.Rating is { } r ? (r.Low, r.High) : null,
        };

    [JsonIgnore]
    public int Answers =>
        Metric switch
        {
            StageMetric.Nps => Metrics.Nps?.Responses ?? 0,
            StageMetric.Csat => Metrics.Csat?.Responses ?? 0,
            StageMetric.Ces => Metrics.Ces?.Responses ?? 0,
            _ => Metrics.Rating?.Responses ?? 0,
        };
}
