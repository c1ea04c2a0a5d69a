using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Drafters;
using CxAssistant.Core.Analysis;

namespace CxAssistant.Agents.Orchestration;

/// <summary>
/// The refined analysis, the report narrative, what every artifact's provenance is, and what the run spent.
/// </summary>
public sealed record ModelAssistedResult(
    AnalysisResult Analysis,
    ReportNarrative Narrative,
    RunLedger Ledger,
    IReadOnlyList<ArtifactProvenance> Artifacts
)
{
    /// <summary>
    /// How many model labels each stage kept, repaired or replaced because of what their quotes showed, and why.
    /// </summary>
    public IReadOnlyList<LabelCheck> LabelChecks { get; init; } = [];

    /// <summary>Artifacts that fell back to their offline draft.</summary>
    public IEnumerable<ArtifactProvenance> Degraded => Artifacts.Where(a => a.Degraded);
}
