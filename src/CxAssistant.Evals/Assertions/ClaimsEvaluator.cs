using System.Text.Json.Nodes;
using CxAssistant.Core.Hypotheses;
using CxAssistant.Evals.Stages;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Assertions;

/// <summary>
/// Every number the output states matches the core's figure for the same data. Hypothesis outputs: baselines, pain
/// counts and impact figures via <see cref="HypothesisCheck"/>. Score outputs (<c>scores[*]</c> with a touchpointId):
/// each number recomputed by the scoring core (within <c>tolerance</c>, default 0.001). Score = share of items whose
/// numbers all match.
/// </summary>
public sealed class ClaimsEvaluator : AssertionEvaluator
{
    /// <inheritdoc />
    public override string Type => "claims";

    /// <inheritdoc />
    protected override ValueTask<AssertionOutcome> EvaluateAsync(
        CaseContext context,
        ChatConfiguration? judge,
        CancellationToken cancellationToken
    )
    {
        if (context.Output["hypotheses"] is not null)
        {
            return ValueTask.FromResult(Hypotheses(context));
        }
        if (context.Output["scores"] is JsonArray scores)
        {
            return ValueTask.FromResult(Scores(context, scores));
        }
        throw new AssertionException("the output states no checkable numbers (expected 'hypotheses' or 'scores').");
    }

    private static AssertionOutcome Hypotheses(CaseContext context)
    {
        var (backlog, _) = HypothesisEvaluator.Read(context);
        var all = backlog.Touchpoints.SelectMany(t => t.Hypotheses).ToList();
        if (all.Count == 0)
        {
            return AssertionOutcome.Check(false, "no hypotheses");
        }
        var wrong = all.Select(h =>
                HypothesisCheck.Check(h, context.Data.Analysis).Where(f => f.Check == HypothesisCheck.Numbers).ToList()
            )
            .Where(f => f.Count > 0)
            .ToList();
        return AssertionOutcome.Scored(
            1 - (double)wrong.Count / all.Count,
            wrong.Count == 0
                ? $"numbers of {all.Count} hypotheses match the core"
                : $"{wrong.Count}/{all.Count} state wrong numbers: "
                    + string.Join(" | ", wrong.Take(3).Select(f => f[0].Message))
        );
    }

    private static AssertionOutcome Scores(CaseContext context, JsonArray scores)
    {
        var tolerance = context.Spec.GetNumber("tolerance") ?? 0.001;
        var core = ((JsonArray)AnalysisOutput.From(context.Data.Analysis)["scores"]!)
            .OfType<JsonObject>()
            .ToDictionary(s => s["touchpointId"]!.ToString(), StringComparer.Ordinal);
        if (scores.Count == 0)
        {
            return AssertionOutcome.Check(false, "no scores");
        }
        var wrong = new List<string>();
        foreach (var s in scores.OfType<JsonObject>())
        {
            var id = s["touchpointId"]?.ToString() ?? "?";
            if (!core.TryGetValue(id, out var truth))
            {
                wrong.Add($"{id}: not a scored touchpoint");
                continue;
            }
            foreach (var (field, value) in s)
            {
                if (!JsonPath.TryNumber(value, out var stated))
                {
                    continue;
                }
                if (!JsonPath.TryNumber(truth[field], out var actual))
                {
                    continue;
                }
                if (Math.Abs(stated - actual) > tolerance)
                {
                    wrong.Add($"{id}.{field}: states {stated}, core computes {actual}");
                    break;
                }
            }
        }
        return AssertionOutcome.Scored(
            1 - (double)wrong.Count / scores.Count,
            wrong.Count == 0 ? $"{scores.Count} touchpoint scores match the core" : string.Join(" | ", wrong.Take(3))
        );
    }
}
