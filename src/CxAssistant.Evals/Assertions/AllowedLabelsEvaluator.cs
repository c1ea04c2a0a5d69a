using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Assertions;

/// <summary>
/// Every value at <c>path</c> is one of <c>values</c> (a model inventing a label fails). Score = share of allowed
/// values; no values at all fails.
/// </summary>
public sealed class AllowedLabelsEvaluator : AssertionEvaluator
{
    /// <inheritdoc />
    public override string Type => "allowed-labels";

    /// <inheritdoc />
    protected override ValueTask<AssertionOutcome> EvaluateAsync(
        CaseContext context,
        ChatConfiguration? judge,
        CancellationToken cancellationToken
    )
    {
        var path = context.Spec.GetString("path") ?? throw new AssertionException("'path' is required.");
        var allowed = context.Spec.GetStrings("values").ToHashSet(StringComparer.Ordinal);
        if (allowed.Count == 0)
        {
            throw new AssertionException("'values' is required.");
        }
        var found = JsonPath
            .Select(context.Output, path)
            .SelectMany(n => n is System.Text.Json.Nodes.JsonArray a ? a.AsEnumerable() : [n])
            .ToList();
        if (context.Spec.Get("allowEmpty") is { ValueKind: System.Text.Json.JsonValueKind.True } && found.Count == 0)
        {
            return ValueTask.FromResult(AssertionOutcome.Check(true, "no values (allowed)"));
        }
        if (found.Count == 0)
        {
            return ValueTask.FromResult(AssertionOutcome.Check(false, $"no values at '{path}'"));
        }
        var bad = found.Select(JsonPath.Label).Where(l => !allowed.Contains(l)).Distinct().ToList();
        return ValueTask.FromResult(
            AssertionOutcome.Scored(
                1 - (double)found.Count(n => !allowed.Contains(JsonPath.Label(n))) / found.Count,
                bad.Count == 0 ? $"{found.Count} values, all allowed" : "not allowed: " + string.Join(", ", bad.Take(5))
            )
        );
    }
}
