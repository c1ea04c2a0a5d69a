using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Scoring;

/// <summary>
/// A touchpoint's engagement metrics and NPS impact. NPS and CSAT come from the mentioning records plus
/// every NPS/CSAT answer of the same customers (a survey row and a support chat joined by customer id);
/// CES and rating only from the mentioning records themselves, since they rate that interaction.
/// </summary>
internal static class TouchpointMetrics
{
    public static ExperienceMetrics Compute(EvidenceIndex index, IReadOnlyList<Mention> mentions)
    {
        var records = mentions.Select(m => m.Record).ToList();
        var nps = index.LinkedNps(records);
        var csat = index.LinkedCsat(records);
        return new ExperienceMetrics(
            records.Count,
            EngagementMetrics.Nps(nps.Select(i => index.Records[i].Nps!.Value)),
            EngagementMetrics.Csat(csat.Select(i => index.Records[i].Csat!.Value)),
            EngagementMetrics.Mean(
                records.Where(i => index.Records[i].Ces is not null).Select(i => index.Records[i].Ces!.Value),
                1,
                7
            ),
            EngagementMetrics.Mean(
                records.Where(i => index.Records[i].Rating is not null).Select(i => index.Records[i].Rating!.Value),
                1,
                5
            )
        );
    }

    /// <summary>
    /// Overall NPS points gained if the detractor answers linked to this touchpoint became passives:
    /// detractors / all NPS answers × 100 (each moves one answer out of the −100/n column). Null without NPS answers.
    /// </summary>
    public static double? NpsImpact(EvidenceIndex index, ExperienceMetrics metrics) =>
        index.NpsResponses == 0
            ? null
            : Statistics.Round(100.0 * (metrics.Nps?.Detractors ?? 0) / index.NpsResponses, 1);
}
