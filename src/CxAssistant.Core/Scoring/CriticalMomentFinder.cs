using System.Globalization;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Metrics;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Core.Scoring;

/// <summary>
/// Critical moments: touchpoints where customers decide or drop out. Four signals, each with its numbers in
/// the reason: many cancellations among the mentions; detractors over-represented in the linked NPS answers;
/// the last touchpoint customers met before cancelling (timelines only); and decision hubs — consideration
/// or purchase touchpoints connected to many others. Ordered by number of signals, mentions, then id.
/// </summary>
internal static class CriticalMomentFinder
{
    public static IReadOnlyList<CriticalMoment> Find(
        EvidenceIndex index,
        SortedDictionary<string, List<int>> timelines,
        IReadOnlyList<NetworkEdge> edges,
        ScoringOptions options
    )
    {
        var lastBeforeCancel = LastBeforeCancel(index, timelines);
        var overallDetractorShare = Statistics.Ratio(
            index.Records.Count(r => r.Nps is >= 0 and <= 6),
            index.NpsResponses
        );
        var found = new List<(CriticalMoment Moment, int Signals, int Mentions)>();
        foreach (var id in index.TouchpointIds)
        {
            var mentions = index.Mentions[id];
            var reasons = new List<string>();

            var cancels = mentions.Count(m => index.Annotations[m.Record].JobState == JobStateEvent.Cancel);
            var cancelShare = Statistics.Ratio(cancels, mentions.Count);
            if (cancels >= options.MinCriticalCount && cancelShare >= options.CriticalCancelShare)
            {
                reasons.Add(
                    $"{cancels} of {mentions.Count} mentions ({Percent(cancelShare)}) are customers giving up (cancel)"
                );
            }

            var nps = index.LinkedNps(mentions.Select(m => m.Record));
            var detractors = nps.Count(i => index.Records[i].Nps <= 6);
            var detractorShare = Statistics.Ratio(detractors, nps.Count);
            if (
                detractors >= options.MinCriticalCount
                && detractorShare >= options.CriticalDetractorShare
                && detractorShare > overallDetractorShare
            )
            {
                reasons.Add(
                    $"{detractors} of {nps.Count} NPS answers from customers who mention it "
                        + $"({Percent(detractorShare)}) are detractors, against "
                        + $"{Percent(overallDetractorShare)} overall"
                );
            }

            var lost = lastBeforeCancel.GetValueOrDefault(id);
            if (lost > 0 && lost >= options.MinCriticalCount)
            {
                reasons.Add($"last touchpoint before {lost} customers cancelled");
            }

            if (index.StageOf(id) is JourneyStage.Consideration or JourneyStage.Purchase)
            {
                var links = edges.Where(e => e.From == id || e.To == id).ToList();
                var degree = links.Select(e => e.From == id ? e.To : e.From).Distinct(StringComparer.Ordinal).Count();
                // Said in words an owner reads: the link count is how often customers went between the two
                // touchpoints or named them together, not a graph's "edge weight".
                if (degree >= options.HubDegree)
                {
                    var stage = index.StageOf(id)!.Value.ToString().ToLowerInvariant();
                    reasons.Add(
                        $"a crossroads when customers decide ({stage}): they go between it and {degree} other "
                            + $"touchpoints, {links.Sum(e => e.Weight)} times in the data"
                    );
                }
            }

            if (reasons.Count > 0)
            {
                found.Add(
                    (
                        new CriticalMoment(id, Capitalise(string.Join("; ", reasons)) + "."),
                        reasons.Count,
                        mentions.Count
                    )
                );
            }
        }
        return
        [
            .. found
                .OrderByDescending(f => f.Signals)
                .ThenByDescending(f => f.Mentions)
                .ThenBy(f => f.Moment.TouchpointId, StringComparer.Ordinal)
                .Select(f => f.Moment),
        ];
    }

    /// <summary>
    /// Per touchpoint: customers whose most recent primary touchpoint at a cancellation was this one.
    /// </summary>
    private static Dictionary<string, int> LastBeforeCancel(
        EvidenceIndex index,
        SortedDictionary<string, List<int>> timelines
    )
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var timeline in timelines.Values)
        {
            var credited = new HashSet<string>(StringComparer.Ordinal);
            string? last = null;
            foreach (var i in timeline)
            {
                last = index.Annotations[i].PrimaryTouchpoint ?? last;
                if (index.Annotations[i].JobState == JobStateEvent.Cancel && last is not null && credited.Add(last))
                {
                    counts[last] = counts.GetValueOrDefault(last) + 1;
                }
            }
        }
        return counts;
    }

    private static string Percent(double share) =>
        Statistics.Round(share * 100, 0).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
