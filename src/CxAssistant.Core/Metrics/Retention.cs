using System.Buffers;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Metrics;

/// <summary>
/// Computes <see cref="RetentionResult"/> from customer timelines and churn phrases (customer words only).
/// </summary>
public static class Retention
{
    public static readonly IReadOnlyList<string> NeverAgainPhrases =
    [
        "never again",
        "never going back",
        "never go back",
        "won't be back",
        "will not be back",
        "won't be returning",
        "not coming back",
        "won't be ordering",
        "never ordering",
        "never buying",
        "never shopping",
        "last time i order",
    ];

    public static readonly IReadOnlyList<string> SwitchingPhrases =
    [
        "switch to",
        "switched to",
        "switching to",
        "going elsewhere",
        "go elsewhere",
        "shop elsewhere",
        "buy elsewhere",
        "order elsewhere",
        "taking my business",
        "take my business",
        "moved to a competitor",
        "went to a competitor",
        "competitor",
    ];

    public static RetentionResult Compute(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<Annotation> annotations,
        SegmentOptions? segments = null
    )
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(annotations);
        if (annotations.Count != records.Count)
        {
            throw new ArgumentException("Annotations must be one per record, in the same order.", nameof(annotations));
        }
        segments ??= new SegmentOptions();
        var customers = Enumerable
            .Range(0, records.Count)
            .Where(i => records[i].IsCustomerVoice)
            .GroupBy(i => EngagementCustomers.Key(records[i]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var signals = Enumerable.Range(0, records.Count).Select(i => Signals(records[i], annotations[i])).ToList();

        var facts = Facts(customers, records, signals);
        var all = Group("all", "all", customers.Keys, facts);
        var days = facts
            .Values.Where(f => f.FirstGapDays is not null)
            .Select(f => f.FirstGapDays!.Value)
            .Order()
            .ToList();
        double? median =
            days.Count == 0 ? null
            : days.Count % 2 == 1 ? days[days.Count / 2]
            : (days[days.Count / 2 - 1] + days[days.Count / 2]) / 2;
        return new RetentionResult(
            all.Customers,
            all.DatedCustomers,
            all.RepeatCustomers,
            all.ReturningRate,
            median,
            all.ChurnSignalCustomers,
            all.ChurnSignalRate,
            signals.Count(s => s.Cancel),
            signals.Count(s => s.NeverAgain),
            signals.Count(s => s.Switching)
        )
        {
            Segments = SegmentGroups(records, customers, facts, segments),
            Touchpoints = TouchpointGroups(annotations, customers, facts, segments.MinSegmentSize),
        };
    }

    private readonly record struct Signal(bool Cancel, bool NeverAgain, bool Switching)
    {
        public bool Any => Cancel || NeverAgain || Switching;
    }

    private static Signal Signals(EvidenceRecord record, Annotation annotation)
    {
        if (!record.IsCustomersOwnWords)
        {
            return default;
        }
        var text = record.Text.Replace('’', '\'');
        return new Signal(
            annotation.JobState == JobStateEvent.Cancel,
            text.AsSpan().ContainsAny(NeverAgain),
            text.AsSpan().ContainsAny(Switching)
        );
    }

    // Each list searched in one vectorised pass per text (same answer as testing every phrase with Contains).
    private static readonly SearchValues<string> NeverAgain = SearchValues.Create(
        [.. NeverAgainPhrases],
        StringComparison.OrdinalIgnoreCase
    );
    private static readonly SearchValues<string> Switching = SearchValues.Create(
        [.. SwitchingPhrases],
        StringComparison.OrdinalIgnoreCase
    );

    private static List<DateTime> DistinctDays(List<int> members, IReadOnlyList<EvidenceRecord> records) =>
        EngagementCustomers.IsKnown(EngagementCustomers.Key(records[members[0]]))
            ?
            [
                .. members
                    .Where(i => records[i].Timestamp is not null)
                    .Select(i => records[i].Timestamp!.Value.UtcDateTime.Date)
                    .Distinct()
                    .Order(),
            ]
            : [];

    // What one customer contributes to every group they belong to, computed once (a customer sits in the "all"
    // group, one group per segment field and one per touchpoint, so recomputing their days per group was
    // quadratic-ish).
    private readonly record struct CustomerFacts(int DistinctDays, bool Churn, double? FirstGapDays);

    private static Dictionary<string, CustomerFacts> Facts(
        Dictionary<string, List<int>> customers,
        IReadOnlyList<EvidenceRecord> records,
        List<Signal> signals
    )
    {
        var facts = new Dictionary<string, CustomerFacts>(customers.Count, StringComparer.Ordinal);
        foreach (var (key, members) in customers)
        {
            var days = DistinctDays(members, records);
            facts[key] = new CustomerFacts(
                days.Count,
                members.Any(i => signals[i].Any),
                days.Count >= 2 ? (days[1] - days[0]).TotalDays : null
            );
        }
        return facts;
    }

    private static RetentionGroup Group(
        string field,
        string value,
        IEnumerable<string> keys,
        Dictionary<string, CustomerFacts> facts
    )
    {
        int n = 0,
            dated = 0,
            repeat = 0,
            churn = 0;
        foreach (var key in keys)
        {
            n++;
            var f = facts[key];
            if (f.DistinctDays >= 1)
            {
                dated++;
            }
            if (f.DistinctDays >= 2)
            {
                repeat++;
            }
            if (f.Churn)
            {
                churn++;
            }
        }
        return new RetentionGroup(
            field,
            value,
            n,
            dated,
            repeat,
            Statistics.Round(Statistics.Ratio(repeat, dated), 3),
            churn,
            Statistics.Round(Statistics.Ratio(churn, n), 3)
        );
    }

    // A customer's segment is the label of their first record that has one.
    private static List<RetentionGroup> SegmentGroups(
        IReadOnlyList<EvidenceRecord> records,
        Dictionary<string, List<int>> customers,
        Dictionary<string, CustomerFacts> facts,
        SegmentOptions options
    )
    {
        var result = new List<RetentionGroup>();
        foreach (var field in EngagementSegmentFields.Candidates(records))
        {
            var labels = SegmentFields.Classify([.. records.Select(r => EngagementCustomers.Field(r, field))], options);
            if (labels is null)
            {
                continue;
            }
            var groups = customers
                .Select(c => (c.Key, Label: c.Value.Select(i => labels[i]).FirstOrDefault(l => l is not null)))
                .Where(c => c.Label is not null)
                .GroupBy(c => c.Label!, StringComparer.Ordinal)
                .Where(g => g.Count() >= options.MinSegmentSize)
                .ToList();
            if (groups.Count < 2)
            {
                continue;
            }
            foreach (var g in groups.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                result.Add(Group(field, g.Key, g.Select(c => c.Key), facts));
            }
        }
        return result;
    }

    private static List<RetentionGroup> TouchpointGroups(
        IReadOnlyList<Annotation> annotations,
        Dictionary<string, List<int>> customers,
        Dictionary<string, CustomerFacts> facts,
        int minSize
    ) =>
        [
            .. customers
                .SelectMany(c =>
                    c.Value.Select(i => annotations[i].PrimaryTouchpoint)
                        .OfType<string>()
                        .Distinct(StringComparer.Ordinal)
                        .Select(tp => (Touchpoint: tp, Customer: c.Key))
                )
                .GroupBy(x => x.Touchpoint, StringComparer.Ordinal)
                .Where(g => g.Count() >= minSize)
                .Select(g => Group("touchpoint", g.Key, g.Select(x => x.Customer), facts))
                .OrderByDescending(g => g.ChurnSignalRate)
                .ThenByDescending(g => g.Customers)
                .ThenBy(g => g.Value, StringComparer.Ordinal),
        ];
}
