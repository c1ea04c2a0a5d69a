using System.Globalization;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Assertions;

/// <summary>
/// <c>latency</c> (ms), <c>tokens</c> (input + output) and <c>cost</c> (USD) stay at or under <c>max</c>.
/// Cost without a configured price is an error, not a pass.
/// </summary>
public sealed class BudgetEvaluator(string type) : AssertionEvaluator
{
    /// <summary>The three budget types.</summary>
    public static readonly string[] Types = ["latency", "tokens", "cost"];

    /// <inheritdoc />
    public override string Type => type;

    /// <inheritdoc />
    protected override ValueTask<AssertionOutcome> EvaluateAsync(
        CaseContext context,
        ChatConfiguration? judge,
        CancellationToken cancellationToken
    )
    {
        var max = context.Spec.GetNumber("max") ?? throw new AssertionException("'max' is required.");
        var value = type switch
        {
            "latency" => context.LatencyMs,
            "tokens" => context.Stage.InputTokens + context.Stage.OutputTokens,
            _ => context.CostUsd
                ?? throw new AssertionException("no price is configured for this model (CxAssistant:Prices)."),
        };
        var unit = type switch
        {
            "latency" => "ms",
            "tokens" => "tokens",
            _ => "USD",
        };
        return ValueTask.FromResult(
            AssertionOutcome.Check(
                value <= max,
                string.Create(CultureInfo.InvariantCulture, $"{value:0.######} {unit} (max {max})")
            )
        );
    }
}
