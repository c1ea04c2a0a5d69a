using CxAssistant.Core.Analysis;
using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Scoring;

/// <summary>
/// The deterministic scoring core: scores every touchpoint that has at least one customer mention on the four
/// seed-004 dimensions, derives priority, quick wins and NPS impact, builds the touchpoint network, segment
/// metrics and data-quality warnings. Pure: same input, same output. Formulas: docs/scoring.md.
/// </summary>
public static class TouchpointScorer
{
    public static ScoringResult Score(ScoringInput input, ScoringOptions? options = null)
    {
        options ??= ScoringOptions.Default;
        var index = new EvidenceIndex(input);
        // Touchpoints, the network, segments and overall metrics only read the index: they are computed side by
        // side, and each result is the same as computed alone (no shared state, ordering applied afterwards).
        var ids = index.TouchpointIds;
        var scored = new TouchpointScore[ids.Count];
        TouchpointNetwork? network = null;
        IReadOnlyList<SegmentMetrics>? segments = null;
        ExperienceMetrics? overall = null;
        SideBySide.Run(
            () => Parallel.For(0, ids.Count, k => scored[k] = ScoreOne(ids[k], index, index.Mentions[ids[k]], options)),
            () => network = TouchpointNetworkBuilder.Build(index, options),
            () => segments = SegmentAnalysis.Compute(input.Records, input.Annotations, options.Segments),
            () => overall = EngagementMetrics.Compute(input.Records)
        );
        var scores = scored
            .OrderByDescending(s => s.Priority)
            .ThenByDescending(s => s.Mentions)
            .ThenBy(s => s.TouchpointId, StringComparer.Ordinal)
            .ToList();
        var warnings = ScoringWarnings.Collect(index, scores, network!, overall!, options);
        return new ScoringResult(overall!, scores, network!, segments!, warnings);
    }

    private static TouchpointScore ScoreOne(
        string id,
        EvidenceIndex index,
        IReadOnlyList<Mention> mentions,
        ScoringOptions options
    )
    {
        var emotional = EmotionalImpact.Compute(index, mentions, options);
        var functional = FunctionalPerformance.Compute(index, mentions);
        var frequency = FrequencyScore.Compute(index, mentions);
        var business = BusinessImpact.Compute(id, index, mentions, frequency, options);
        var failureShare = Statistics.Ratio(mentions.Count(m => index.Annotations[m.Record].Failure), mentions.Count);
        var effortShare = Statistics.Ratio(mentions.Count(m => index.Annotations[m.Record].Effort), mentions.Count);
        var thin = mentions.Count < options.ThinEvidenceThreshold;
        var customers = FrequencyScore.Customers(index, mentions);
        var complaints = ComplaintEvidence.Customers(index, mentions);
        var complaintShare = Statistics.Ratio(complaints, customers);
        var metrics = TouchpointMetrics.Compute(index, mentions);
        return new TouchpointScore
        {
            TouchpointId = id,
            Mentions = mentions.Count,
            Customers = customers,
            EmotionalImpact = emotional,
            FunctionalPerformance = functional,
            Frequency = frequency,
            BusinessImpact = business,
            Priority = PriorityRule.Priority(emotional.Value, complaintShare, frequency.Value, business.Value, options),
            QuickWin = PriorityRule.IsQuickWin(index, mentions, emotional.Value, thin, options),
            NpsImpact = TouchpointMetrics.NpsImpact(index, metrics),
            Metrics = metrics,
            ThinEvidence = thin,
            EffortShare = Statistics.Round(effortShare, 3),
            FailureShare = Statistics.Round(failureShare, 3),
            ComplaintCustomers = complaints,
            ComplaintShare = Statistics.Round(complaintShare, 3),
        };
    }
}
