namespace CxAssistant.Core.Scoring;

/// <summary>
/// One outcome metric per journey stage (Qualtrics Journeys' stage score): for each stage with mentioned touchpoints,
/// the
/// records that mention any of them and the metrics of their customers (<see cref="TouchpointMetrics"/>, so a stage
/// reads like a touchpoint that spans several). The metric is the one the whole data has: NPS when any 0–10 answer
/// exists, else CSAT, CES, then star rating; none of them gives no outcomes. docs/scoring.md, "Stage outcomes".
/// </summary>
public static class StageOutcomes
{
    public static IReadOnlyList<StageOutcome> Compute(ScoringInput input)
    {
        var index = new EvidenceIndex(input);
        var records = index.Records;
        StageMetric? metric =
            index.NpsResponses > 0 ? StageMetric.Nps
            : records.Any(r => r.Csat is >= 1 and <= 5) ? StageMetric.Csat
            : records.Any(r => r.Ces is >= 1 and <= 7) ? StageMetric.Ces
            : records.Any(r => r.Rating is >= 1 and <= 5) ? StageMetric.Rating
            : null;
        if (metric is not { } m)
        {
            return [];
        }
        var result = new List<StageOutcome>();
        foreach (var stage in index.TouchpointIds.GroupBy(id => index.StageOf(id)).Where(g => g.Key is not null))
        {
            // A record that mentions two touchpoints of the stage counts once.
            var mentions = stage
                .SelectMany(id => index.Mentions[id])
                .DistinctBy(x => x.Record)
                .OrderBy(x => x.Record)
                .ToList();
            var customers = mentions.Select(x => index.CustomerKeys[x.Record]).Distinct(StringComparer.Ordinal).Count();
            result.Add(
                new StageOutcome(
                    stage.Key!.Value,
                    m,
                    [.. stage],
                    mentions.Count,
                    customers,
                    TouchpointMetrics.Compute(index, mentions)
                )
            );
        }
        return [.. result.OrderBy(s => s.Stage)];
    }
}
