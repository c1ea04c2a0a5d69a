using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Core.Scoring;

/// <summary>
/// What the scoring core reads: the evidence, one annotation per record (same order), and the catalog.
/// </summary>
public sealed record ScoringInput(
    IReadOnlyList<EvidenceRecord> Records,
    IReadOnlyList<Annotation> Annotations,
    TouchpointCatalog Catalog
);
