using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Scoring;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Core.Analysis;

/// <summary>
/// One complete analysis: the inputs, the catalog used (including discovered touchpoints),
/// the evidence with its annotations (same order), and the scores. Serialised as analysis.json.
/// </summary>
public sealed record AnalysisResult
{
    public const string SchemaVersion = "1.0";

    public required DateTimeOffset GeneratedAt { get; init; }
    public required IReadOnlyList<SourceSummary> Sources { get; init; }
    public required IReadOnlyList<SkippedInput> Skipped { get; init; }
    public required TouchpointCatalog Catalog { get; init; }
    public required IReadOnlyList<EvidenceRecord> Records { get; init; }
    /// <summary>One per record, in the same order as <see cref="Records"/>.</summary>
    public required IReadOnlyList<Annotation> Annotations { get; init; }
    public required ScoringResult Scoring { get; init; }
    /// <summary>How the catalog was chosen ("catalog.yaml", "preset e-commerce (chosen from the data)").</summary>
    public required string CatalogSource { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
