using System.Text.Json.Nodes;
using CxAssistant.Core.Analysis;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// Offline drafting stages read one artifact of the core's offline analysis of the case: persona cards, the JTBD
/// job tree and outcomes, the hypothesis backlog, or the touchpoint scores (for red-team comparisons).
/// </summary>
public sealed class DraftStage(string name, Func<AnalysisResult, JsonNode> draft) : IEvalStage
{
    /// <summary>Persona cards: <c>{ personas: [PersonaCard] }</c>.</summary>
    public static DraftStage Personas() =>
        new("personas", a => new JsonObject { ["personas"] = StageJson.ToNode(a.Personas) });

    /// <summary>Jobs: <c>{ jobs: { tree: { statements }, outcomes } }</c>.</summary>
    public static DraftStage Jobs() => new("jobs", a => new JsonObject { ["jobs"] = StageJson.ToNode(a.Jobs) });

    /// <summary>Hypotheses: <c>{ prioritised: [ids], hypotheses: { touchpoints: [...] } }</c>.</summary>
    public static DraftStage Hypotheses() =>
        new("hypotheses", a => new JsonObject
        {
            ["prioritised"] = new JsonArray([.. a.FixFirst(3).Select(s => (JsonNode)s.TouchpointId)]),
            ["hypotheses"] = StageJson.ToNode(a.Hypotheses),
        });

    /// <summary>The scored analysis: per-record labels, touchpoint scores, the fix-first list and top quotes.</summary>
    public static DraftStage Analysis() => new("analysis", AnalysisOutput.From);

    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public Task<StageOutput> RunAsync(StageRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(StageOutput.Offline(draft(request.Data.Analysis)));
    }
}
