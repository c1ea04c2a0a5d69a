using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.JobStates;

/// <summary>
/// Walks customer timelines through the job loop and counts states, transitions and needs for one machine.
/// A run of records in the same state is one visit (no self-loops); after Done or Abandoned the next record
/// starts a new loop from Start.
/// </summary>
internal sealed class JobStateCounter(
    IReadOnlyList<EvidenceRecord> records,
    IReadOnlyList<Annotation> annotations,
    JobStateOptions options
)
{
    public JobStateMachine Count(string key, string title, IReadOnlyList<CustomerTimeline> timelines)
    {
        var reached = new Dictionary<JobState, HashSet<string>>();
        var visits = new Dictionary<JobState, int>();
        var moves = new Dictionary<(JobState From, JobState To), (int Records, HashSet<string> Customers)>();
        var stateOf = new List<(int Record, JobState State, string Customer)>();
        foreach (var timeline in timelines)
        {
            Reach(reached, JobState.Start, timeline.Key);
            var current = JobState.Start;
            foreach (var i in timeline.Records)
            {
                var state = JobStateNames.Enters(annotations[i].JobState);
                stateOf.Add((i, state, timeline.Key));
                if (state == current)
                {
                    continue; // same visit
                }
                var move = (current, state);
                if (!moves.TryGetValue(move, out var m))
                {
                    moves[move] = m = (0, new HashSet<string>(StringComparer.Ordinal));
                }
                moves[move] = (m.Records + 1, m.Customers);
                m.Customers.Add(timeline.Key);
                Reach(reached, state, timeline.Key);
                visits[state] = visits.GetValueOrDefault(state) + 1;
                current = JobStateNames.IsEnd(state) ? JobState.Start : state;
            }
        }
        visits[JobState.Start] = timelines.Count;

        var transitions = moves
            .Select(kv => new JobStateTransition(
                kv.Key.From,
                kv.Key.To,
                JobStateNames.EventInto(kv.Key.To),
                kv.Value.Records,
                kv.Value.Customers.Count
            ))
            .OrderBy(t => t.From)
            .ThenBy(t => t.To)
            .ToList();
        var states = reached
            .Keys.Order()
            .Select(s => new JobStateNode(
                s,
                reached[s].Count,
                visits.GetValueOrDefault(s),
                CustomersMoving(moves, s, JobState.Blocked),
                CustomersMoving(moves, s, JobState.Abandoned),
                CustomersMoving(moves, s, JobState.SideJob)
            ))
            .ToList();
        return new JobStateMachine(
            key,
            title,
            states,
            transitions,
            Needs(stateOf),
            timelines.Any(t => t.Dated && t.Records.Count >= 2)
        )
        {
            Customers = timelines.Count,
            Records = stateOf.Count,
            TimelineCustomers = timelines.Count(t => t.Dated && t.Records.Count >= 2),
        };
    }

    private static void Reach(Dictionary<JobState, HashSet<string>> reached, JobState state, string customer)
    {
        if (!reached.TryGetValue(state, out var set))
        {
            reached[state] = set = new HashSet<string>(StringComparer.Ordinal);
        }
        set.Add(customer);
    }

    private static int CustomersMoving(
        Dictionary<(JobState, JobState), (int Records, HashSet<string> Customers)> moves,
        JobState from,
        JobState to
    ) => from != to && moves.TryGetValue((from, to), out var m) ? m.Customers.Count : 0;

    /// <summary>
    /// Per (state, primary touchpoint): records, customers, pains and quotes. States in loop order, biggest first.
    /// </summary>
    private List<JobStateNeed> Needs(List<(int Record, JobState State, string Customer)> steps) =>
        [
            .. steps
                .GroupBy(s => (s.State, Touchpoint: annotations[s.Record].PrimaryTouchpoint))
                .Select(g => Need(g.Key.State, g.Key.Touchpoint, [.. g]))
                .OrderBy(n => n.State)
                .ThenByDescending(n => n.Records)
                .ThenBy(n => n.TouchpointId is null)
                .ThenBy(n => n.TouchpointId, StringComparer.Ordinal),
        ];

    private JobStateNeed Need(
        JobState state,
        string? touchpoint,
        List<(int Record, JobState State, string Customer)> steps
    )
    {
        var pains = steps
            .SelectMany(s =>
                CueLabels.Values(annotations[s.Record].Cues, CueLabels.Pain).Distinct(StringComparer.Ordinal)
            )
            .GroupBy(p => p, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
        var jobWord = CueLabels.Job + JobStateNames.EventWord(JobStateNames.EventInto(state));
        var quotes = steps
            .Select(s => s.Record)
            .Distinct()
            .OrderBy(i => annotations[i].Cues.Any(c => c.Label == jobWord) ? 0 : 1)
            .ThenBy(i => annotations[i].Sentiment)
            .ThenBy(i => i)
            .Select(i => JobStateQuotes.Quote(records[i], annotations[i], jobWord, options.MaxQuoteLength))
            .OfType<EvidenceQuote>()
            .Take(options.QuotesPerNeed)
            .ToList();
        return new JobStateNeed(
            state,
            touchpoint,
            steps.Count,
            steps.Select(s => s.Customer).Distinct(StringComparer.Ordinal).Count(),
            pains,
            quotes
        );
    }
}
