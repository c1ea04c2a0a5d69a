using CxAssistant.Core.Metrics;

namespace CxAssistant.Chat.Tools;

/// <summary>
/// NPS (−100…+100, with its 95% band), CSAT (% 4–5), CES (mean 1–7) and star rating over one group of records.
/// </summary>
public sealed record MetricsView(
    string Group,
    int Records,
    double? Nps,
    int NpsAnswers,
    double? NpsLow,
    double? NpsHigh,
    double? Csat,
    int CsatAnswers,
    double? Ces,
    int CesAnswers,
    double? Rating
)
{
    /// <summary>Copies the core's metrics for a group.</summary>
    public static MetricsView From(string group, ExperienceMetrics m) =>
        new(
            group,
            m.Records,
            m.Nps?.Score,
            m.Nps?.Responses ?? 0,
            m.Nps?.Low,
            m.Nps?.High,
            m.Csat?.Percent,
            m.Csat?.Responses ?? 0,
            m.Ces?.Mean,
            m.Ces?.Responses ?? 0,
            m.Rating?.Mean
        );
}
