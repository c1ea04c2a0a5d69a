using System.Text.Json.Nodes;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Validation;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Assertions;

/// <summary>
/// Every quote in the output (any object with evidenceId, start, end and text, under <c>path</c> or anywhere) is a
/// verbatim span of a record of the case, checked by the core's <see cref="GroundingCheck"/>. Score = share of
/// grounded quotes; fewer than <c>minQuotes</c> (default 1) fails, so dropping every quote cannot pass.
/// </summary>
public sealed class GroundingEvaluator : AssertionEvaluator
{
    /// <inheritdoc />
    public override string Type => "grounding";

    /// <inheritdoc />
    protected override ValueTask<AssertionOutcome> EvaluateAsync(
        CaseContext context,
        ChatConfiguration? judge,
        CancellationToken cancellationToken
    )
    {
        var roots = JsonPath.Select(context.Output, context.Spec.GetString("path"));
        var quotes = roots.SelectMany(Quotes).ToList();
        var min = (int)(context.Spec.GetNumber("minQuotes") ?? 1);
        if (quotes.Count < min)
        {
            return ValueTask.FromResult(
                AssertionOutcome.Check(false, $"{quotes.Count} quotes, at least {min} required")
            );
        }
        if (quotes.Count == 0)
        {
            return ValueTask.FromResult(AssertionOutcome.Check(true, "no quotes (none required)"));
        }
        var bad = 0;
        var messages = new List<string>();
        foreach (var q in quotes)
        {
            var findings = GroundingCheck.Check([q], context.Data.Evidence);
            if (findings.Count == 0)
            {
                continue;
            }
            bad++;
            if (messages.Count < 3)
            {
                messages.Add(findings[0].Message);
            }
        }
        var reason =
            bad == 0
                ? $"{quotes.Count} quotes, all verbatim"
                : $"{bad}/{quotes.Count} quotes not grounded: " + string.Join(" | ", messages);
        return ValueTask.FromResult(AssertionOutcome.Scored(1 - (double)bad / quotes.Count, reason));
    }

    /// <summary>Quote-shaped objects anywhere below <paramref name="node"/>.</summary>
    internal static IEnumerable<EvidenceQuote> Quotes(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o
                when o["evidenceId"] is JsonValue id
                    && JsonPath.TryNumber(o["start"], out var s)
                    && JsonPath.TryNumber(o["end"], out var e)
                    && o["text"] is JsonValue t:
                yield return new EvidenceQuote(id.ToString(), (int)s, (int)e, t.ToString());
                break;
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    foreach (var q in Quotes(child))
                    {
                        yield return q;
                    }
                }
                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    foreach (var q in Quotes(child))
                    {
                        yield return q;
                    }
                }
                break;
        }
    }
}
