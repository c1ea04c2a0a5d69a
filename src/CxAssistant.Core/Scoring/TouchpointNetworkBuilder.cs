namespace CxAssistant.Core.Scoring;

/// <summary>
/// Builds the touchpoint network (seed 004 step 3). With customer timelines (customer id + timestamp on at
/// least one customer's two touchpoint records) edges are Sequence transitions between consecutive distinct
/// primary touchpoints, weighted by the number of customers showing them; otherwise CoMention edges between
/// touchpoints of the same record, weighted by records. Edges are ordered by weight, then From, then To.
/// </summary>
public static class TouchpointNetworkBuilder
{
    public static TouchpointNetwork Build(ScoringInput input, ScoringOptions? options = null) =>
        Build(new EvidenceIndex(input), options ?? ScoringOptions.Default);

    internal static TouchpointNetwork Build(EvidenceIndex index, ScoringOptions options)
    {
        var timelines = Timelines(index);
        var fromTimelines = timelines.Values.Any(t =>
            t.Count(i => index.Annotations[i].PrimaryTouchpoint is not null) >= 2
        );
        var edges = new List<NetworkEdge>();
        if (fromTimelines)
        {
            edges.AddRange(SequenceEdges(index, timelines));
        }
        if (!fromTimelines || options.CoMentionWithTimelines)
        {
            edges.AddRange(CoMentionEdges(index));
        }
        edges =
        [
            .. edges
                .OrderByDescending(e => e.Weight)
                .ThenBy(e => e.From, StringComparer.Ordinal)
                .ThenBy(e => e.To, StringComparer.Ordinal)
                .ThenBy(e => e.Kind),
        ];
        var moments = CriticalMomentFinder.Find(index, timelines, edges, options);
        return new TouchpointNetwork([.. index.TouchpointIds], edges, moments, fromTimelines);
    }

    /// <summary>Per customer id: their timestamped customer-evidence records, by time then input order.</summary>
    internal static SortedDictionary<string, List<int>> Timelines(EvidenceIndex index)
    {
        var timelines = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < index.Records.Count; i++)
        {
            if (!index.IsCustomerEvidence(i) || index.Records[i].Timestamp is null)
            {
                continue;
            }
            if (EvidenceIndex.CustomerIdOf(index.Records[i]) is not { } id)
            {
                continue;
            }
            if (!timelines.TryGetValue(id, out var list))
            {
                timelines[id] = list = [];
            }
            list.Add(i);
        }
        foreach (var list in timelines.Values)
        {
            list.Sort(
                (a, b) =>
                {
                    var byTime = index.Records[a].Timestamp!.Value.CompareTo(index.Records[b].Timestamp!.Value);
                    return byTime != 0 ? byTime : a.CompareTo(b); // same instant: input order
                }
            );
        }
        return timelines;
    }

    private static IEnumerable<NetworkEdge> SequenceEdges(
        EvidenceIndex index,
        SortedDictionary<string, List<int>> timelines
    )
    {
        var weights = new Dictionary<(string, string), int>();
        foreach (var timeline in timelines.Values)
        {
            var path = new List<string>();
            foreach (var i in timeline)
            {
                if (index.Annotations[i].PrimaryTouchpoint is { } tp && (path.Count == 0 || path[^1] != tp))
                {
                    path.Add(tp);
                }
            }
            // A customer counts once per transition, however often they repeat it.
            foreach (var pair in path.Zip(path.Skip(1)).Distinct())
            {
                weights[pair] = weights.GetValueOrDefault(pair) + 1;
            }
        }
        return weights.Select(w => new NetworkEdge(w.Key.Item1, w.Key.Item2, EdgeKind.Sequence, w.Value));
    }

    private static IEnumerable<NetworkEdge> CoMentionEdges(EvidenceIndex index)
    {
        var weights = new Dictionary<(string, string), int>();
        foreach (
            var ids in index
                .Mentions.SelectMany(kv => kv.Value.Select(m => (m.Record, Id: kv.Key)))
                .GroupBy(x => x.Record)
        )
        {
            var sorted = ids.Select(x => x.Id).Order(StringComparer.Ordinal).ToList();
            for (var a = 0; a < sorted.Count; a++)
            {
                for (var b = a + 1; b < sorted.Count; b++)
                {
                    weights[(sorted[a], sorted[b])] = weights.GetValueOrDefault((sorted[a], sorted[b])) + 1;
                }
            }
        }
        return weights.Select(w => new NetworkEdge(w.Key.Item1, w.Key.Item2, EdgeKind.CoMention, w.Value));
    }
}
