using CxAssistant.Evals.Assertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Tests.Assertions;

/// <summary>Runs one evaluator through the IEvaluator interface, as the runner does.</summary>
internal static class AssertionRunner
{
    public static async Task<NumericMetric> EvaluateAsync(CaseContext context, ChatConfiguration? judge = null)
    {
        var evaluator = EvaluatorCatalog.Get(context.Spec.Type);
        var result = await evaluator.EvaluateAsync(
            [],
            new ChatResponse(new ChatMessage(ChatRole.Assistant, context.Output.ToJsonString())),
            judge,
            [context]
        );
        return result.Get<NumericMetric>(evaluator.Type);
    }

    public static bool HasError(NumericMetric metric) =>
        metric.Diagnostics?.Any(d => d.Severity == EvaluationDiagnosticSeverity.Error) == true;
}
