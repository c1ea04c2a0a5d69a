using System.Text.RegularExpressions;
using CxAssistant.Evals.Assertions;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Chat;

/// <summary>
/// <c>figures</c>: the answer at <c>path</c> (default <c>answer</c>) states each named figure
/// (<see cref="OwnerFigures"/>)
/// exactly as the core computes it from the analysis the chat answered from. Score = share of figures stated.
/// </summary>
public sealed class FiguresEvaluator : AssertionEvaluator
{
    /// <inheritdoc />
    public override string Type => "figures";

    /// <inheritdoc />
    protected override async ValueTask<AssertionOutcome> EvaluateAsync(
        CaseContext context,
        ChatConfiguration? judge,
        CancellationToken cancellationToken
    )
    {
        var keys = context.Spec.GetStrings("values");
        if (keys.Count == 0)
        {
            throw new AssertionException("'values' (figure names such as priority:ID) is required.");
        }
        var workspace = await ChatWorkspaces
            .GetAsync(context.Data, context.SuiteDirectory, cancellationToken)
            .ConfigureAwait(false);
        var text = string.Join(
            "\n",
            JsonPath
                .Select(context.Output, context.Spec.GetString("path") ?? "answer")
                .Select(n => n?.GetValue<string>() ?? "")
        );
        var missing = new List<string>();
        foreach (var key in keys)
        {
            string expected;
            try
            {
                expected = OwnerFigures.Resolve(workspace.Data, key);
            }
            catch (InvalidDataException e)
            {
                throw new AssertionException(e.Message);
            }
            if (
                !Regex.IsMatch(
                    text,
                    @"(?<![\d.])" + Regex.Escape(expected) + @"(?![\d])",
                    RegexOptions.None,
                    TimeSpan.FromSeconds(1)
                )
            )
            {
                missing.Add($"{key} = {expected}");
            }
        }
        return AssertionOutcome.Scored(
            1 - (double)missing.Count / keys.Count,
            missing.Count == 0 ? $"all {keys.Count} figures stated" : "missing " + string.Join(", ", missing)
        );
    }
}
