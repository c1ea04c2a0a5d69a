using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Jobs;

namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>
/// Barriers, workarounds and forces of one job, read from the same records its goal phrases came from: struggles
/// ("couldn't find parking") and the annotators' pain cues as barriers, workaround phrases ("ended up calling") as
/// compensating behaviours, each summarised in the customers' words and quoted.
/// </summary>
internal static class JobEvidence
{
    private const int MaxBarriers = 4,
        MaxWorkarounds = 4;

    public static List<JobObservation> Barriers(List<int> records, MiningContext context)
    {
        var struggles = records
            .SelectMany(r =>
                context
                    .Clauses[r]
                    .Where(c => c.Kind == JobClauseKind.Struggle)
                    .Select(c => (Record: r, c.Start, c.End, Label: Label("Could not", c, context)))
            )
            .Where(x => x.Label is not null);
        var pains = records.SelectMany(r =>
            context
                .Analysis.Annotations[r]
                .Cues.Where(c => c.Label.StartsWith(CueLabels.Pain, StringComparison.Ordinal))
                .Select(c =>
                    (Record: r, c.Start, c.End, Label: (string?)BarrierNames.Of(c.Label[CueLabels.Pain.Length..]))
                )
        );
        return Observations(struggles.Concat(pains), context, MaxBarriers);
    }

    public static List<JobObservation> Workarounds(List<int> records, MiningContext context) =>
        Observations(
            records.SelectMany(r =>
                context
                    .Clauses[r]
                    .Where(c => c.Kind == JobClauseKind.Workaround)
                    .Select(c => (Record: r, c.Start, c.End, Label: Label("Ends up having to", c, context)))
            ),
            context,
            MaxWorkarounds
        );

    public static JobForces Forces(List<int> records, MiningContext context)
    {
        List<EvidenceQuote> Of(JobClauseKind kind) =>
            [
                .. records
                    .SelectMany(r => context.Clauses[r].Where(c => c.Kind == kind))
                    .DistinctBy(c => context.Customer(c.Record))
                    .Select(c => JobsText.Quote(context.Analysis.Records[c.Record], c.Start, c.End))
                    .DistinctBy(q => q.Text, StringComparer.Ordinal)
                    .Take(context.Options.MaxQuotes),
            ];
        return new JobForces(
            Of(JobClauseKind.Push),
            Of(JobClauseKind.Pull),
            Of(JobClauseKind.Anxiety),
            Of(JobClauseKind.Habit)
        );
    }

    // "couldn't find parking near the hotel" → "Could not find parking near the hotel"; phrases that do not read as a
    // job (no verb, a vague object) are left out rather than shown half-formed.
    private static string? Label(string lead, JobClause clause, MiningContext context) =>
        JobPhraseMaker.Make(clause.Phrase, context.Language, out _) is { } p
            ? $"{lead} {JobWords.Clause(p, withClarifier: true)}"
            : null;

    private static List<JobObservation> Observations(
        IEnumerable<(int Record, int Start, int End, string? Label)> items,
        MiningContext context,
        int max
    ) =>
        [
            .. items
                .Where(x => x.Label is not null)
                .GroupBy(x => x.Label!, StringComparer.OrdinalIgnoreCase)
                .Select(g => new JobObservation(
                    g.First().Label!,
                    g.Select(x => context.Customer(x.Record)).Distinct(StringComparer.Ordinal).Count(),
                    [
                        .. g.OrderBy(x => context.Analysis.Annotations[x.Record].Sentiment)
                            .ThenBy(x => x.Record)
                            .DistinctBy(x => context.Customer(x.Record))
                            .Select(x => JobsText.Quote(context.Analysis.Records[x.Record], x.Start, x.End))
                            .DistinctBy(q => q.Text, StringComparer.Ordinal)
                            .Take(context.Options.MaxQuotes),
                    ]
                ))
                .OrderByDescending(o => o.Customers)
                .ThenBy(o => o.Summary, StringComparer.Ordinal)
                .Take(max),
        ];
}
