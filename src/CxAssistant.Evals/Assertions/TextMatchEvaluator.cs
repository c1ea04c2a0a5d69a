using System.Text.RegularExpressions;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Assertions;

/// <summary>
/// <c>contains</c>, <c>not-contains</c>, <c>regex</c>, <c>not-regex</c> on the text at <c>path</c> (default: the whole
/// output JSON). <c>value</c> or <c>values</c>; matching ignores case unless <c>caseSensitive: true</c>.
/// Score = share of values that behave as required.
/// </summary>
public sealed class TextMatchEvaluator(string type) : AssertionEvaluator
{
    /// <summary>The four text-match types.</summary>
    public static readonly string[] Types = ["contains", "not-contains", "regex", "not-regex"];

    /// <inheritdoc />
    public override string Type => type;

    /// <inheritdoc />
    protected override ValueTask<AssertionOutcome> EvaluateAsync(
        CaseContext context,
        ChatConfiguration? judge,
        CancellationToken cancellationToken
    )
    {
        var values = context.Spec.GetStrings("values").Concat(context.Spec.GetStrings("value")).ToList();
        if (values.Count == 0)
        {
            throw new AssertionException("'value' or 'values' is required.");
        }
        var text = Text(context);
        var ignoreCase = context.Spec.Get("caseSensitive") is not { ValueKind: System.Text.Json.JsonValueKind.True };
        var negate = type.StartsWith("not-", StringComparison.Ordinal);
        var failed = new List<string>();
        foreach (var v in values)
        {
            bool found;
            try
            {
                found = type.EndsWith("regex", StringComparison.Ordinal)
                    ? Regex.IsMatch(
                        text,
                        v,
                        (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.CultureInvariant,
                        TimeSpan.FromSeconds(1)
                    )
                    : text.Contains(v, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            }
            catch (ArgumentException e)
            {
                throw new AssertionException($"bad regex '{v}': {e.Message}");
            }
            if (found == negate)
            {
                failed.Add(v);
            }
        }
        var reason =
            failed.Count == 0
                ? $"{type}: all {values.Count} ok"
                : $"{type} failed for: " + string.Join(", ", failed.Take(5).Select(f => $"'{f}'"));
        return ValueTask.FromResult(AssertionOutcome.Scored(1 - (double)failed.Count / values.Count, reason));
    }

    /// <summary>The text the assertion reads: string values as they are, anything else as JSON.</summary>
    internal static string Text(CaseContext context) =>
        string.Join(
            "\n",
            JsonPath
                .Select(context.Output, context.Spec.GetString("path"))
                .Select(n =>
                    n is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s)
                        ? s
                        : n?.ToJsonString() ?? ""
                )
        );
}
