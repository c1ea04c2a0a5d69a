using System.Text.Json.Nodes;
using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Orchestration;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Evals.Bench;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// The whole model path on a case (<see cref="ModelAssistedAnalysis"/>: the offline analysis, the model's labels with
/// their checks, repairs, label support and fallback, the core's rescoring, every draft) with a scripted model named by
/// the case's <c>variables.model</c> (<see cref="ScriptedAttackClient.Behaviours"/>); <c>variables.sendAll</c> sends
/// every
/// item to the model, not only the uncertain ones. Output: the red-team view of the
/// resulting analysis (<see cref="AnalysisOutput"/>) plus the label checks and the annotations' provenance counts.
/// </summary>
public sealed class ModelAnalysisStage : IEvalStage
{
    /// <inheritdoc />
    public string Name => "model-analysis";

    /// <inheritdoc />
    public async Task<StageOutput> RunAsync(StageRequest request, CancellationToken cancellationToken = default)
    {
        var behaviour = request.Data.Inputs.Variables?["model"]?.ToString() ?? "none";
        if (!ScriptedAttackClient.Behaviours.Contains(behaviour))
        {
            return StageOutput.Failed(
                $"variables.model '{behaviour}' is not one of {string.Join(", ", ScriptedAttackClient.Behaviours)}."
            );
        }
        var offline = request.Data.Analysis;
        using var client = new ScriptedAttackClient(behaviour);
        // variables.sendAll: every item goes to the model, not only the ones the offline reader is unsure about.
        var sendAll = request.Data.Inputs.Variables?["sendAll"]?.GetValue<bool>() == true;
        var session = new ModelSession(
            client,
            "scripted-" + behaviour,
            new RunLedger(),
            budget: sendAll ? new BudgetOptions { UncertainBelow = 1.01 } : null
        );
        var options = new AnalyzeOptions { Paths = [] };
        var run = await new ModelAssistedAnalysis(session)
            .RunAsync(offline, options, cancellationToken)
            .ConfigureAwait(false);
        var output = (JsonObject)AnalysisOutput.From(run.Analysis);
        output["labelChecks"] = new JsonArray([.. run.LabelChecks.Select(c => (JsonNode)c.ToString())]);
        output["provenance"] = new JsonObject(
            run.Analysis.Annotations.GroupBy(a => a.Provenance)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => KeyValuePair.Create(g.Key, (JsonNode?)g.Count()))
        );
        return new StageOutput
        {
            Output = output,
            Origin = "scripted",
            InputTokens = run.Ledger.InputTokens,
            OutputTokens = run.Ledger.OutputTokens,
        };
    }
}
