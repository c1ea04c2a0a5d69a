using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Scoring;

/// <summary>Answers "if we could only improve three touchpoints this quarter…" and "which are quick wins?".</summary>
public static class PriorityRanking
{
    /// <summary>
    /// The <see cref="ScoringOptions.TopPriorities"/> touchpoints with priority above zero, highest first;
    /// touchpoints with enough evidence come before thin ones so a single angry review does not top the list.
    /// </summary>
    public static IReadOnlyList<TouchpointScore> Top(ScoringResult result, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var n = (options ?? ScoringOptions.Default).TopPriorities;
        return
        [
            .. result
                .Touchpoints.Where(t => t.Priority > 0)
                .OrderBy(t => t.ThinEvidence)
                .ThenByDescending(t => t.Priority)
                .ThenBy(t => t.TouchpointId, StringComparer.Ordinal)
                .Take(Math.Max(0, n)),
        ];
    }

    /// <summary>
    /// "Fix first": the <paramref name="top"/> highest priorities (as <see cref="Top"/>, thin evidence last) among the
    /// touchpoints that carry complaints. A touchpoint customers do not feel positive about (emotional impact below the
    /// "positive" cut) qualifies as before; one they are positive about on balance qualifies when at least
    /// <see cref="ScoringOptions.MinFixFirstComplaints"/> customers complain about it and its complaint share is not
    /// clearly below the business's own (<see cref="ComplaintBaseline"/>: the top of its 95% band reaches it). So a
    /// hotel
    /// its guests love still learns which of its touchpoints hurt the most guests, and a touchpoint that is a strength
    /// of this business is not listed. Reports, hypotheses, the backlog, chat and the web use this list.
    /// </summary>
    public static IReadOnlyList<TouchpointScore> FixFirst(ScoringResult result, int top, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= ScoringOptions.Default;
        var baseline = ComplaintBaseline(result);
        return
        [
            .. Top(result, options with { TopPriorities = int.MaxValue })
                .Where(t => CarriesComplaints(t, baseline, options))
                .Take(Math.Max(0, top)),
        ];
    }

    /// <summary>
    /// The business's own complaint share: customers complaining at a touchpoint over customers mentioning it, pooled
    /// over every scored touchpoint (0 when nothing was scored).
    /// </summary>
    public static double ComplaintBaseline(ScoringResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var customers = result.Touchpoints.Sum(t => t.Customers);
        return Statistics.Ratio(result.Touchpoints.Sum(t => t.ComplaintCustomers), customers);
    }

    /// <summary>
    /// Customers feel positive on balance: the mention-weighted mean emotional impact of the touchpoints is at or
    /// above the "positive" cut. Then the fix-first list is "what carries the most complaints", and reports say so.
    /// </summary>
    public static bool MostlyPositive(ScoringResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var mentions = result.Touchpoints.Sum(t => t.Mentions);
        return mentions > 0
            && result.Touchpoints.Sum(t => t.EmotionalImpact.Value * t.Mentions) / mentions
                >= DimensionLevels.PositiveCut;
    }

    private static bool CarriesComplaints(TouchpointScore t, double baseline, ScoringOptions options)
    {
        if (t.EmotionalImpact.Value < DimensionLevels.PositiveCut)
        {
            return true;
        }
        if (t.ComplaintCustomers < options.MinFixFirstComplaints)
        {
            return false;
        }
        return Statistics.Wilson(t.ComplaintCustomers, t.Customers).High >= baseline;
    }

    /// <summary>Quick wins, most negative first.</summary>
    public static IReadOnlyList<TouchpointScore> QuickWins(ScoringResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return
        [
            .. result
                .Touchpoints.Where(t => t.QuickWin)
                .OrderBy(t => t.EmotionalImpact.Value)
                .ThenByDescending(t => t.Priority)
                .ThenBy(t => t.TouchpointId, StringComparer.Ordinal),
        ];
    }
}
