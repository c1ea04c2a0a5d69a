using System.Globalization;
using System.Text.RegularExpressions;
using CxAssistant.Evals.Assertions;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Chat;

/// <summary>
/// <c>count</c>: a "how many" answer leads with the number. The first number in the text at <c>path</c> (default
/// <c>answer</c>; citation markers, ids and dates are not numbers here) must be within <c>tolerance</c> (default 0) of
/// <c>value</c>, a count made by hand from the data.
/// </summary>
public sealed partial class CountEvaluator : AssertionEvaluator
{
    /// <inheritdoc />
    public override string Type => "count";

    /// <inheritdoc />
    protected override ValueTask<AssertionOutcome> EvaluateAsync(
        CaseContext context,
        ChatConfiguration? judge,
        CancellationToken cancellationToken
    )
    {
        var expected = context.Spec.GetNumber("value")
            ?? throw new AssertionException("'value' (the hand count) is required.");
        var tolerance = context.Spec.GetNumber("tolerance") ?? 0;
        var path = context.Spec.GetString("path") ?? "answer";
        var text = string.Join("\n", JsonPath.Select(context.Output, path).Select(n => n?.GetValue<string>() ?? ""));
        var first = Number().Match(text);
        if (!first.Success)
        {
            return ValueTask.FromResult(
                AssertionOutcome.Check(false, $"no number in the answer (expected {expected})")
            );
        }
        var stated = double.Parse(first.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var ok = Math.Abs(stated - expected) <= tolerance;
        return ValueTask.FromResult(
            AssertionOutcome.Check(ok, $"stated {first.Value}, expected {expected}±{tolerance}")
        );
    }

    // Not part of a word, an id (CUST-301), a citation [3], a date (2026-09) or a decimal's tail.
    [GeneratedRegex(@"(?<![\w\-\[./:])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w\]\-/:]|\.\d)")]
    private static partial Regex Number();
}
