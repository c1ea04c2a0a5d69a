using System.Globalization;
using CxAssistant.Core.Scoring;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Core.Analysis;

/// <summary>
/// The touchpoints an analysis says to fix first: <see cref="PriorityRanking.FixFirst"/> over the catalog's own
/// touchpoints. Discovered touchpoints are proposals — they are scored and shown, and join this list once the
/// user adds them to the catalog — so a theme nobody has owned yet never gets a backlog of its own. Reports,
/// hypotheses, the backlog, chat and the web all read this one list, and say it in the same words.
/// </summary>
public static class FixFirstList
{
    /// <summary>What the list means when customers are positive on balance (<see cref="MostlyPositive"/>).</summary>
    public const string MostlyPositiveNote = "customers are mostly positive; these carry the most complaints";

    /// <summary>What an empty list means.</summary>
    public const string NothingToFix = "no touchpoint carries a pattern of complaints";

    public static IReadOnlyList<TouchpointScore> FixFirst(this AnalysisResult analysis, int top)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var proposals = analysis
            .Catalog.Touchpoints.Where(t => t.Origin == TouchpointOrigin.Discovered)
            .Select(t => t.Id)
            .ToHashSet(StringComparer.Ordinal);
        var ranked = PriorityRanking.FixFirst(analysis.Scoring, int.MaxValue);
        return [.. ranked.Where(t => !proposals.Contains(t.TouchpointId)).Take(Math.Max(0, top))];
    }

    /// <summary>Customers feel positive on balance (<see cref="PriorityRanking.MostlyPositive"/>).</summary>
    public static bool MostlyPositive(this AnalysisResult analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return PriorityRanking.MostlyPositive(analysis.Scoring);
    }

    /// <summary>
    /// "157 of 337 customers who mention it complain (47%)": the complaint evidence behind a fix-first place.
    /// </summary>
    public static string Complaints(TouchpointScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var percent = Math.Round(100 * score.ComplaintShare, MidpointRounding.AwayFromZero)
            .ToString(CultureInfo.InvariantCulture);
        return $"{score.ComplaintCustomers} of {score.Customers} customers who mention it complain ({percent}%)";
    }
}
