using CxAssistant.Core.Analysis;
using CxAssistant.Core.Validation;

namespace CxAssistant.Agents.Drafting;

/// <summary>
/// What the repair loop produced: the checked artifact (null on fallback), its provenance (model, repaired or
/// fallback, with the prompt id) and the last findings (empty unless it fell back).
/// </summary>
public sealed record DraftOutcome<T>(T? Artifact, Provenance Provenance, IReadOnlyList<Finding> Findings)
    where T : class
{
    /// <summary>True when the artifact passed every check.</summary>
    public bool Accepted => Artifact is not null;
}
