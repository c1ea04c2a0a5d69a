using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Prompts;
using CxAssistant.Core.Analysis;

namespace CxAssistant.Agents.Drafters;

/// <summary>
/// A model-assisted stage. <see cref="PlanAsync"/> renders exactly the prompts the stage would send for an analysis,
/// without sending anything, so the planner counts the same requests a run makes.
/// </summary>
public interface IDraftStage
{
    /// <summary>The stage's name in plans and ledgers.</summary>
    string Stage { get; }

    /// <summary>The prompts this stage would send (first attempts) and a note on what the caps left offline.</summary>
    Task<StagePlan> PlanAsync(
        AnalysisResult analysis,
        BudgetOptions budget,
        PromptCatalog prompts,
        CancellationToken cancellationToken = default
    );
}

/// <summary>The rendered prompts of one stage, items sent per prompt, and a note for the reader.</summary>
public sealed record StagePlan(IReadOnlyList<(RenderedPrompt Prompt, int Items)> Requests, string? Note = null);
