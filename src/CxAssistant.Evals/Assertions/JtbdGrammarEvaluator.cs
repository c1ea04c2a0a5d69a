using System.Text.Json;
using CxAssistant.Core.Jobs;
using CxAssistant.Evals.Stages;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Assertions;

/// <summary>
/// Job statements (default path <c>jobs.tree.statements[*]</c>) follow the seed-003 grammar, checked by the core's
/// <see cref="JobStatementLinter"/> with the catalog's touchpoint names as extra solution terms. Score = share of
/// statements that pass; no statements fails.
/// </summary>
public sealed class JtbdGrammarEvaluator : AssertionEvaluator
{
    /// <inheritdoc />
    public override string Type => "jtbd";

    /// <inheritdoc />
    protected override ValueTask<AssertionOutcome> EvaluateAsync(
        CaseContext context,
        ChatConfiguration? judge,
        CancellationToken cancellationToken
    )
    {
        var nodes = JsonPath.Select(context.Output, context.Spec.GetString("path", "jobs.tree.statements[*]"));
        if (nodes.Count == 0)
        {
            return ValueTask.FromResult(AssertionOutcome.Check(false, "no job statements"));
        }
        var extra = context.Data.Catalog?.Catalog.Touchpoints.Select(t => t.Name) ?? [];
        var failures = new List<string>();
        foreach (var node in nodes)
        {
            var statement = node.Deserialize<JobStatement>(StageJson.Options)
                ?? throw new AssertionException("a job statement is null");
            var findings = JobStatementLinter.Check(statement, extra);
            if (findings.Count > 0)
            {
                failures.Add($"'{statement.Text}': {findings[0].Message}");
            }
        }
        var reason =
            failures.Count == 0
                ? $"{nodes.Count} statements pass the grammar"
                : $"{failures.Count}/{nodes.Count} fail: " + string.Join(" | ", failures.Take(3));
        return ValueTask.FromResult(AssertionOutcome.Scored(1 - (double)failures.Count / nodes.Count, reason));
    }
}
