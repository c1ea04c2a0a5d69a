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
        return [.. result.Touchpoints.Where(t => t.Priority > 0)
            .OrderBy(t => t.ThinEvidence)
            .ThenByDescending(t => t.Priority)
            .ThenBy(t => t.TouchpointId, StringComparer.Ordinal)
            .Take(Math.Max(0, n))];
    }

    /// <summary>
    /// "Fix first": the <paramref name="top"/> highest priorities (as <see cref="Top"/>) among touchpoints customers do
    /// not feel positive about (emotional impact below the "positive" cut). Reports, hypotheses and chat use this list.
    /// </summary>
    public static IReadOnlyList<TouchpointScore> FixFirst(ScoringResult result, int top)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. Top(result, ScoringOptions.Default with { TopPriorities = int.MaxValue })
            .Where(t => t.EmotionalImpact.Value < DimensionLevels.PositiveCut).Take(Math.Max(0, top))];
    }

    /// <summary>Quick wins, most negative first.</summary>
    public static IReadOnlyList<TouchpointScore> QuickWins(ScoringResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Touchpoints.Where(t => t.QuickWin)
            .OrderBy(t => t.EmotionalImpact.Value)
            .ThenByDescending(t => t.Priority)
            .ThenBy(t => t.TouchpointId, StringComparer.Ordinal)];
    }
}
