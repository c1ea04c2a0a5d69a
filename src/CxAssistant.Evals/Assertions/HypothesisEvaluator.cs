using System.Text.Json;
using CxAssistant.Core.Hypotheses;
using CxAssistant.Evals.Stages;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Assertions;

/// <summary>
/// Hypotheses are complete (every field, five per prioritised touchpoint, distinct titles), checked by the core's
/// <see cref="HypothesisCheck"/> against the case's analysis. Reads <c>hypotheses</c> and <c>prioritised</c>.
/// Number findings are left to <see cref="ClaimsEvaluator"/>. Score = share of hypotheses without findings.
/// </summary>
public sealed class HypothesisEvaluator : AssertionEvaluator
{
    /// <inheritdoc />
    public override string Type => "hypothesis";

    /// <inheritdoc />
    protected override ValueTask<AssertionOutcome> EvaluateAsync(
        CaseContext context,
        ChatConfiguration? judge,
        CancellationToken cancellationToken
    )
    {
        var (backlog, prioritised) = Read(context);
        var all = backlog.Touchpoints.SelectMany(t => t.Hypotheses).ToList();
        if (all.Count == 0)
        {
            return ValueTask.FromResult(AssertionOutcome.Check(false, "no hypotheses"));
        }
        var findings = HypothesisCheck
            .Check(backlog, context.Data.Analysis, prioritised)
            .Where(f => f.Check != HypothesisCheck.Numbers)
            .ToList();
        var bad = all.Count(h =>
            HypothesisCheck.Check(h, context.Data.Analysis).Any(f => f.Check != HypothesisCheck.Numbers)
        );
        var backlogProblems = findings.Count(f => f.Check == HypothesisCheck.Backlog);
        var score = backlogProblems > 0 ? Math.Min(1 - (double)bad / all.Count, 0.5) : 1 - (double)bad / all.Count;
        var reason =
            findings.Count == 0
                ? $"{all.Count} hypotheses complete"
                : $"{findings.Count} findings: " + string.Join(" | ", findings.Take(3).Select(f => f.Message));
        return ValueTask.FromResult(AssertionOutcome.Scored(score, reason));
    }

    /// <summary>The backlog and prioritised ids from a hypotheses output.</summary>
    internal static (HypothesisBacklog Backlog, IReadOnlyList<string> Prioritised) Read(CaseContext context)
    {
        var backlog = context.Output["hypotheses"]?.Deserialize<HypothesisBacklog>(StageJson.Options)
            ?? throw new AssertionException("output has no 'hypotheses'");
        var prioritised = context.Output["prioritised"]?.Deserialize<List<string>>(StageJson.Options)
            ?? [.. backlog.Touchpoints.Select(t => t.TouchpointId)];
        return (backlog, prioritised);
    }
}
