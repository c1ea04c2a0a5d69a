namespace CxAssistant.Core.Analysis;

/// <summary>
/// Where an artifact (persona, job statement, hypothesis, narrative…) came from, shown in every report:
/// <c>offline</c> (deterministic drafter), <c>model</c> (a model draft that passed every check),
/// <c>repaired</c> (a model draft fixed after the checks' findings) or <c>fallback</c> (the model failed and the
/// offline draft was used). <see cref="PromptVersion"/> names the prompt file and version for model drafts.
/// </summary>
public sealed record Provenance(string Source, string? PromptVersion = null, string? Note = null)
{
    public const string OfflineSource = "offline";
    public const string ModelSource = "model";
    public const string RepairedSource = "repaired";
    public const string FallbackSource = "fallback";

    /// <summary>A team member's correction replaced what the annotator read (docs/corrections.md).</summary>
    public const string CorrectedSource = "corrected";

    public static readonly Provenance Offline = new(OfflineSource);
}
