using CxAssistant.Core.Annotations;
using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Scoring;

/// <summary>
/// Business impact 0…1 = weighted mean of (a) stage criticality 0.35, (b) revenue risk 0.30 — share of
/// mentions that are a cancellation or are linked to a detractor NPS answer, (c) NPS gap 0.15 —
/// clamp((NPS of everyone else − NPS linked to the touchpoint)/100, 0, 1), and (d) reach 0.20 —
/// min(1, frequency / reach saturation). Without enough NPS answers (c) is left out and the other weights
/// are renormalised. Band: the composite at the low and high ends of the risk and reach Wilson bands.
/// </summary>
internal static class BusinessImpact
{
    public const double StageWeight = 0.35,
        RiskWeight = 0.30,
        GapWeight = 0.15,
        ReachWeight = 0.20;

    public static DimensionScore Compute(
        string touchpointId,
        EvidenceIndex index,
        IReadOnlyList<Mention> mentions,
        DimensionScore frequency,
        ScoringOptions options
    )
    {
        var stage = StageCriticality.Of(index.StageOf(touchpointId));
        var risky = mentions.Count(m => IsRisky(index, m.Record));
        var risk = Statistics.Ratio(risky, mentions.Count);
        var (riskLow, riskHigh) = Statistics.Wilson(risky, mentions.Count);
        var gap = NpsGap(index, mentions, options);

        var value = Composite(stage, risk, gap, Reach(frequency.Value, options));
        var low = Composite(stage, riskLow, gap, Reach(frequency.Low, options));
        var high = Composite(stage, riskHigh, gap, Reach(frequency.High, options));
        var rounded = Statistics.Round(value, 3);
        return new DimensionScore(
            rounded,
            Statistics.Round(low, 3),
            Statistics.Round(high, 3),
            mentions.Count,
            DimensionLevels.Business(rounded)
        );
    }

    public static double Reach(double frequency, ScoringOptions options) =>
        Math.Min(1, Statistics.Ratio(frequency, options.ReachSaturation));

    internal static double Composite(double stage, double risk, double? gap, double reach)
    {
        var weighted = StageWeight * stage + RiskWeight * risk + ReachWeight * reach;
        var weights = StageWeight + RiskWeight + ReachWeight;
        if (gap is { } g)
        {
            weighted += GapWeight * g;
            weights += GapWeight;
        }
        return Math.Clamp(weighted / weights, 0, 1);
    }

    /// <summary>A cancellation, or any NPS answer 0–6 on the record or from the same customer.</summary>
    internal static bool IsRisky(EvidenceIndex index, int record) =>
        index.Annotations[record].JobState == JobStateEvent.Cancel || index.HasLinkedDetractor(record);

    /// <summary>The 0…1 gap component, or null when either side has fewer than the minimum NPS answers.</summary>
    internal static double? NpsGap(EvidenceIndex index, IReadOnlyList<Mention> mentions, ScoringOptions options)
    {
        var linked = index.LinkedNps(mentions.Select(m => m.Record));
        var isLinked = new bool[index.Records.Count];
        foreach (var i in linked)
        {
            isLinked[i] = true;
        }
        var others = Enumerable
            .Range(0, index.Records.Count)
            .Where(i => index.Records[i].Nps is >= 0 and <= 10 && !isLinked[i])
            .ToList();
        if (linked.Count < options.MinNpsForGap || others.Count < options.MinNpsForGap)
        {
            return null;
        }
        var mine = EngagementMetrics.Nps(linked.Select(i => index.Records[i].Nps!.Value))!;
        var rest = EngagementMetrics.Nps(others.Select(i => index.Records[i].Nps!.Value))!;
        return Math.Clamp((rest.Score - mine.Score) / 100, 0, 1);
    }
}
