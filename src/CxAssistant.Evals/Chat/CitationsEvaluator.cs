using System.Text.Json.Nodes;
using CxAssistant.Evals.Assertions;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Chat;

/// <summary>
/// <c>citations</c>: the answer cites at least <c>min</c> records (default 1); every citation resolves to a record of
/// the workspace and quotes its redacted text verbatim; no two citations quote the same text. Optionally every cited
/// record belongs to <c>customer</c>, the citations include every record id in <c>records</c>, and (<c>ordered:
/// true</c>)
/// the cited records run oldest first. <c>max: 0</c> asserts an answer that cites nothing (e.g. "no such customer").
/// </summary>
public sealed class CitationsEvaluator : AssertionEvaluator
{
    /// <inheritdoc />
    public override string Type => "citations";

    /// <inheritdoc />
    protected override async ValueTask<AssertionOutcome> EvaluateAsync(
        CaseContext context,
        ChatConfiguration? judge,
        CancellationToken cancellationToken
    )
    {
        var data = (
            await ChatWorkspaces.GetAsync(context.Data, context.SuiteDirectory, cancellationToken).ConfigureAwait(false)
        ).Data;
        var citations =
            context.Output["citations"] as JsonArray
            ?? throw new AssertionException("the output has no 'citations' (is this a chat suite?).");
        var problems = new List<string>();
        var min = (int)(context.Spec.GetNumber("min") ?? 1);
        var max = context.Spec.GetNumber("max");
        if (citations.Count < min)
        {
            problems.Add($"{citations.Count} citation(s), at least {min} wanted");
        }
        if (max is { } m && citations.Count > m)
        {
            problems.Add($"{citations.Count} citation(s), at most {m} wanted");
        }
        var customer = context.Spec.GetString("customer");
        var cited = new List<Core.Evidence.EvidenceRecord>();
        var quotes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in citations.OfType<JsonObject>())
        {
            var number = c["number"]?.ToString();
            var quote = c["quote"]?.GetValue<string>() ?? "";
            if (!data.TryFind(c["evidenceId"]?.GetValue<string>() ?? "", out var record, out _))
            {
                problems.Add($"[{number}] cites no record of the workspace");
                continue;
            }
            cited.Add(record);
            if (!data.Redacted(record).Text.Contains(quote, StringComparison.Ordinal))
            {
                problems.Add($"[{number}] quote is not in its record");
            }
            if (!quotes.Add(quote.Trim()))
            {
                problems.Add($"[{number}] repeats a quote");
            }
            if (customer is not null && !string.Equals(record.CustomerId, customer, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"[{number}] is customer {record.CustomerId ?? "(none)"}'s, not {customer}'s");
            }
        }
        foreach (var id in context.Spec.GetStrings("records").Where(id => cited.All(r => r.RecordId != id)))
        {
            problems.Add($"record {id} not cited");
        }
        if (context.Spec.Get("ordered") is { ValueKind: System.Text.Json.JsonValueKind.True })
        {
            var times = cited.Select(r => r.Timestamp ?? DateTimeOffset.MinValue).ToList();
            if (times.Zip(times.Skip(1)).Any(p => p.Second < p.First))
            {
                problems.Add("records not in time order");
            }
        }
        return AssertionOutcome.Check(
            problems.Count == 0,
            problems.Count == 0 ? $"{citations.Count} citation(s), all resolve" : string.Join("; ", problems.Take(6))
        );
    }
}
