using CxAssistant.Agents.Budget;
using CxAssistant.Evals.Models;
using CxAssistant.Evals.Stages;

namespace CxAssistant.Evals.Runs;

/// <summary>
/// How to run suites: providers, repeats, concurrency, cache, and the pluggable parts (stages, prompt renderer, model
/// factory, prices).
/// </summary>
public sealed record RunOptions
{
    /// <summary>Providers to run (offline, replay, azure, openai, ollama…); empty = each suite's own list.</summary>
    public IReadOnlyList<string> Providers { get; init; } = [];

    /// <summary>Runs per case (pass rate, variance and flakiness need more than one).</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>Cases run at once.</summary>
    public int Concurrency { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>False to ignore recorded responses (fresh answers are still recorded).</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Response-cache folder.</summary>
    public required string CacheDirectory { get; init; }

    /// <summary>The model id a replay looks up (recorded runs name it in manifest.json).</summary>
    public string? ReplayModel { get; init; }

    /// <summary>Stages by name.</summary>
    public StageRegistry Stages { get; init; } = StageRegistry.Offline();

    /// <summary>
    /// Stages that run the product's own model path for a suite's stage instead of rendering the suite's prompt with
    /// <see cref="Prompts"/> (`cx eval` registers <see cref="ModelAnnotationStage"/>); empty by default.
    /// </summary>
    public StageRegistry ModelStages { get; init; } = new();

    /// <summary>Renders prompts for model variants.</summary>
    public IPromptRenderer Prompts { get; init; } = new UnavailablePromptRenderer();

    /// <summary>Chat clients for model providers and the judge.</summary>
    public IEvalModelFactory Models { get; init; } = new UnconfiguredModelFactory();

    /// <summary>Prices per model (the dated defaults unless configuration overrides them).</summary>
    public PriceTable Prices { get; init; } = PriceTable.Defaults;

    /// <summary>Run id; generated when null.</summary>
    public string? RunId { get; init; }
}
