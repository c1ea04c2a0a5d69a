using System.Text.RegularExpressions;
using CxAssistant.Evals.Assertions;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Chat;

/// <summary>
/// <c>answered</c>: the chat answered (<c>value: true</c>, the default) or declined (<c>value: false</c>). A refusal
/// passes only when it offers what the data can answer instead (a suggested question in quotes, or "you can ask"),
/// and contains every <c>alternatives</c> text when given.
/// </summary>
public sealed partial class AnsweredEvaluator : AssertionEvaluator
{
    /// <inheritdoc />
    public override string Type => "answered";

    /// <inheritdoc />
    protected override ValueTask<AssertionOutcome> EvaluateAsync(
        CaseContext context,
        ChatConfiguration? judge,
        CancellationToken cancellationToken
    )
    {
        var wanted = context.Spec.Get("value") is not { ValueKind: System.Text.Json.JsonValueKind.False };
        if (context.Output["answered"]?.GetValue<bool>() is not { } answered)
        {
            throw new AssertionException("the output has no 'answered' flag (is this a chat suite?).");
        }
        var text = context.Output["answer"]?.GetValue<string>() ?? "";
        if (answered != wanted)
        {
            return ValueTask.FromResult(
                AssertionOutcome.Check(
                    false,
                    wanted ? "declined a question the data answers" : "answered a question it should decline"
                )
            );
        }
        if (wanted)
        {
            return ValueTask.FromResult(AssertionOutcome.Check(true, "answered"));
        }
        var missing = context
            .Spec.GetStrings("alternatives")
            .Where(a => !text.Contains(a, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var offers = Offer().IsMatch(text);
        var ok = offers && missing.Count == 0;
        return ValueTask.FromResult(
            AssertionOutcome.Check(
                ok,
                ok ? "declined and offered what it can answer"
                    : !offers ? "declined without saying what it can answer instead"
                    : "declined without offering: " + string.Join(", ", missing)
            )
        );
    }

    [GeneratedRegex(
        "(\"[^\"\\n]{6,}\\?\"|“[^”\\n]{6,}\\?”|you can ask|try asking|i can (tell|answer|show))",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Offer();
}
