using CxAssistant.Core.Analysis;
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

namespace CxAssistant.Reports;

/// <summary>
/// The shape of analysis.json (schema documented in docs/analysis-json.md). Versioned with
/// <see cref="SchemaVersion"/>: fields are only added within a major version.
/// </summary>
public sealed record AnalysisDocument(
    string SchemaVersion,
    string Generator,
    DateTimeOffset GeneratedAt,
    string CatalogSource,
    IReadOnlyList<SourceSummary> Sources,
    IReadOnlyList<SkippedInput> Skipped,
    IReadOnlyList<Touchpoint> Touchpoints,
    ExperienceMetrics Metrics,
    IReadOnlyList<TouchpointScore> Scores,
    TouchpointNetwork Network,
    IReadOnlyList<SegmentMetrics> Segments,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<PersonaCard> Personas,
    JobsAnalysis? Jobs,
    IReadOnlyList<JobStateMachine> JobStates,
    EngagementAnalysis? Engagement,
    HypothesisBacklog? Hypotheses,
    IReadOnlyList<AnalysisDocument.Evidence> Records,
    string? MeaningEncoder = null
)
{
    /// <summary>One evidence record with its annotation.</summary>
    public sealed record Evidence(EvidenceRecord Record, Annotation Annotation);

    /// <summary>
    /// The latest period against the one before (docs/periods.md); absent when off or not enough dated periods.
    /// </summary>
    public PeriodComparison? Changes { get; init; }

    /// <summary>One outcome metric per journey stage (docs/scoring.md, "Stage outcomes").</summary>
    public IReadOnlyList<StageOutcome> Stages { get; init; } = [];

    /// <summary>
    /// The team's corrections and what became of each (docs/corrections.md); absent when there are none.
    /// </summary>
    public IReadOnlyList<CorrectionOutcome>? Corrections { get; init; }

    /// <summary>The <see cref="Generator"/> this build writes.</summary>
    public static string CurrentGenerator { get; } =
        "CxAssistant " + (typeof(AnalysisDocument).Assembly.GetName().Version?.ToString(3) ?? "dev");

    /// <summary>
    /// True when this build wrote the document (same schema and generator), so reading it back loses nothing.
    /// </summary>
    public bool IsCurrent => SchemaVersion == AnalysisResult.SchemaVersion && Generator == CurrentGenerator;

    public static AnalysisDocument From(AnalysisResult analysis) =>
        new(
            AnalysisResult.SchemaVersion,
            CurrentGenerator,
            analysis.GeneratedAt,
            analysis.CatalogSource,
            analysis.Sources,
            analysis.Skipped,
            analysis.Catalog.Touchpoints,
            analysis.Scoring.Overall,
            analysis.Scoring.Touchpoints,
            analysis.Scoring.Network,
            analysis.Scoring.Segments,
            [.. analysis.Warnings, .. analysis.Scoring.Warnings],
            analysis.Personas,
            analysis.Jobs,
            analysis.JobStates,
            analysis.Engagement,
            analysis.Hypotheses,
            [.. analysis.Records.Select((r, i) => new Evidence(r, analysis.Annotations[i]))],
            analysis.MeaningEncoder
        )
        {
            Changes = analysis.Changes,
            Stages = analysis.Stages,
            Corrections = analysis.Corrections.Count > 0 ? analysis.Corrections : null,
        };

    /// <summary>The analysis back from its document (what a stored analysis.json is re-opened as).</summary>
    public AnalysisResult ToResult() =>
        new()
        {
            GeneratedAt = GeneratedAt,
            Sources = Sources,
            Skipped = Skipped,
            Catalog = new TouchpointCatalog(CatalogSource, Touchpoints),
            CatalogSource = CatalogSource,
            Records = [.. Records.Select(r => r.Record)],
            Annotations = [.. Records.Select(r => r.Annotation)],
            Scoring = new ScoringResult(Metrics, Scores, Network, Segments, Warnings),
            Personas = Personas,
            Jobs = Jobs,
            JobStates = JobStates,
            Engagement = Engagement,
            Hypotheses = Hypotheses,
            MeaningEncoder = MeaningEncoder,
            Changes = Changes,
            Stages = Stages,
            Corrections = Corrections ?? [],
        };
}
