using CxAssistant.Core.Analysis;

namespace CxAssistant.Agents.Orchestration;

/// <summary>
/// One artifact of a model-assisted run ("persona persona-1", "annotation batch 3") and where it came from.
/// </summary>
public sealed record ArtifactProvenance(string Stage, string Artifact, Provenance Provenance)
{
    /// <summary>True when the model's draft failed and the offline draft was used.</summary>
    public bool Degraded => Provenance.Source == Provenance.FallbackSource;
}
