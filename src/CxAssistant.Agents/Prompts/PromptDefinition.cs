namespace CxAssistant.Agents.Prompts;

/// <summary>
/// A parsed prompt file: identity and version (cache keys and provenance carry both), model settings, declared
/// inputs, and the system and user templates in Semantic Kernel syntax (<c>{{$input}}</c>).
/// </summary>
public sealed record PromptDefinition
{
    /// <summary>The prompt's name, unique in the catalog ("annotate-batch").</summary>
    public required string Name { get; init; }

    /// <summary>What the prompt is for.</summary>
    public required string Description { get; init; }

    /// <summary>Bumped whenever the wording changes.</summary>
    public required string Version { get; init; }

    /// <summary>Temperature, response format and output token cap.</summary>
    public required PromptSettings Settings { get; init; }

    /// <summary>Declared inputs by name.</summary>
    public required IReadOnlyDictionary<string, PromptInput> Inputs { get; init; }

    /// <summary>Declared outputs by name with their description.</summary>
    public required IReadOnlyDictionary<string, string> Outputs { get; init; }

    /// <summary>The system section's template (may be empty).</summary>
    public required string SystemTemplate { get; init; }

    /// <summary>The user section's template (may be empty).</summary>
    public required string UserTemplate { get; init; }

    /// <summary>Where it was loaded from, for error messages.</summary>
    public required string Source { get; init; }

    /// <summary>
    /// False when the untrusted-data preamble must not be prepended (front matter <c>preamble: false</c>).
    /// </summary>
    public bool Preamble { get; init; } = true;

    /// <summary>
    /// SHA-256 (hex) of the whole file, front matter included, line endings normalised: any edit changes it, so the
    /// response cache misses and the run manifest shows which wording ran.
    /// </summary>
    public required string ContentHash { get; init; }

    /// <summary>The first 12 hex digits of <see cref="ContentHash"/>, for manifests and reports.</summary>
    public string ShortHash => ContentHash[..12];

    /// <summary>"annotate-batch@1.0.0", as recorded in provenance.</summary>
    public string Id => $"{Name}@{Version}";
}
