using CxAssistant.Core.Scoring;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Core.Analysis;

/// <summary>
/// The touchpoints an analysis says to fix first: <see cref="PriorityRanking.FixFirst"/> over the catalog's own
/// touchpoints. Discovered touchpoints are proposals — they are scored and shown, and join this list once the
/// user adds them to the catalog — so a theme nobody has owned yet never gets a backlog of its own.
/// </summary>
public static class FixFirstList
{
    public static IReadOnlyList<TouchpointScore> FixFirst(this AnalysisResult analysis, int top)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var proposals = analysis.Catalog.Touchpoints.Where(t => t.Origin == TouchpointOrigin.Discovered).Select(t => t.Id)
            .ToHashSet(StringComparer.Ordinal);
        var ranked = PriorityRanking.FixFirst(analysis.Scoring, int.MaxValue);
        return [.. ranked.Where(t => !proposals.Contains(t.TouchpointId)).Take(Math.Max(0, top))];
    }
}
