using System.Text.Json.Serialization;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Corrections;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Hypotheses;
using CxAssistant.Core.Jobs;
using CxAssistant.Core.JobStates;
using CxAssistant.Core.Metrics;
using CxAssistant.Core.Periods;
using CxAssistant.Core.Personas;
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

    // CX methods computed from the scored evidence (seeds 000–003); empty or null when not computed.

    /// <summary>The job loop as state machines (seed 002), the overall one first.</summary>
    public IReadOnlyList<JobStateMachine> JobStates { get; init; } = [];

    /// <summary>Lifetime value, retention, key drivers and importance × performance (seed 000).</summary>
    public EngagementAnalysis? Engagement { get; init; }

    /// <summary>Persona cards drawn from customer segments (seeds 000/001), largest first.</summary>
    public IReadOnlyList<PersonaCard> Personas { get; init; } = [];

    /// <summary>Jobs-to-be-Done: the job tree, desired outcomes and opportunity scores (seed 003).</summary>
    public JobsAnalysis? Jobs { get; init; }

    /// <summary>Five improvement hypotheses per fix-first touchpoint (seed 004 step 6).</summary>
    public HypothesisBacklog? Hypotheses { get; init; }

    /// <summary>
    /// The latest period against the one before (docs/periods.md); null when off or fewer than two dated periods.
    /// </summary>
    public PeriodComparison? Changes { get; init; }

    /// <summary>One outcome metric per journey stage, in journey order (docs/scoring.md, "Stage outcomes").</summary>
    public IReadOnlyList<StageOutcome> Stages { get; init; } = [];

    /// <summary>The team's stored corrections and what became of each in this run (docs/corrections.md).</summary>
    public IReadOnlyList<CorrectionOutcome> Corrections { get; init; } = [];

    /// <summary>
    /// Which encoder read the records' meaning and why (full model within its budget, or static vectors).
    /// </summary>
    public string? MeaningEncoder { get; init; }

    /// <summary>
    /// The records' meaning as sentence vectors (one per record, same order), computed once per run by the local
    /// encoder; null when the analysis was read back from analysis.json (vectors are not saved there).
    /// </summary>
    [JsonIgnore]
    public IRecordMeaning? Meaning { get; init; }
}
