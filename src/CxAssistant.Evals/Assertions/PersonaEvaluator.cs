using System.Text.Json;
using CxAssistant.Core.Personas;
using CxAssistant.Evals.Stages;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Assertions;

/// <summary>
/// Persona cards (default path <c>personas</c>) are complete and supported, checked by the core's
/// <see cref="PersonaCheck"/> (name, allowed role, context, jobs, every empathy quadrant, verbatim quotes, share
/// arithmetic). Score = share of cards without findings; at least <c>minCards</c> (default 1) required.
/// </summary>
public sealed class PersonaEvaluator : AssertionEvaluator
{
    /// <inheritdoc />
    public override string Type => "persona";

    /// <inheritdoc />
    protected override ValueTask<AssertionOutcome> EvaluateAsync(
        CaseContext context,
        ChatConfiguration? judge,
        CancellationToken cancellationToken
    )
    {
        var node = JsonPath.First(context.Output, context.Spec.GetString("path", "personas"));
        var cards = node?.Deserialize<List<PersonaCard>>(StageJson.Options) ?? [];
        var min = (int)(context.Spec.GetNumber("minCards") ?? 1);
        if (cards.Count < min)
        {
            return ValueTask.FromResult(
                AssertionOutcome.Check(false, $"{cards.Count} persona cards, at least {min} required")
            );
        }
        var findings = PersonaCheck.CheckAll(cards, context.Data.Evidence);
        var bad = cards.Count(c =>
            findings.Any(f =>
                f.Message.Contains(c.Id, StringComparison.Ordinal)
                || f.Message.Contains(c.Name, StringComparison.Ordinal)
            )
        );
        if (findings.Count > 0 && bad == 0)
        {
            bad = cards.Count;
        }
        var reason =
            findings.Count == 0
                ? $"{cards.Count} cards complete and grounded"
                : $"{findings.Count} findings: " + string.Join(" | ", findings.Take(3).Select(f => f.Message));
        return ValueTask.FromResult(AssertionOutcome.Scored(1 - (double)bad / cards.Count, reason));
    }
}
