using System.Text.Json.Nodes;

namespace CxAssistant.Evals.Suites;

/// <summary>
/// What a stage reads for one case: evidence records written inline, and/or data files or folders (paths relative
/// to the suite file), a touchpoint catalog (a devset catalog name, a preset name or a YAML path) and survey figures.
/// </summary>
public sealed record CaseInputs
{
    /// <summary>Evidence records written inline.</summary>
    public IReadOnlyList<RecordInput> Records { get; init; } = [];

    /// <summary>Data files or folders, relative to the suite file.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>
    /// Catalog: a YAML path relative to the suite, a name under <c>evals/devset/catalogs</c>, or a preset name.
    /// </summary>
    public string? Catalog { get; init; }

    /// <summary>
    /// Survey figures passed to prompts as context (NPS, CSAT…); numbers are never taken from them for scoring.
    /// </summary>
    public JsonObject? Survey { get; init; }

    /// <summary>Free-form variables passed to prompts (e.g. a chat question).</summary>
    public JsonObject? Variables { get; init; }
}
