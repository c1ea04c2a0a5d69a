using CxAssistant.Analysis.Jobs;
using CxAssistant.Core.Corrections;
using CxAssistant.Core.Metrics;
using CxAssistant.Core.Periods;
using CxAssistant.Ingestion;
using Microsoft.Extensions.AI;

namespace CxAssistant.Analysis.Pipeline;

/// <summary>What `cx analyze` was asked to do.</summary>
public sealed record AnalyzeOptions
{
    public required IReadOnlyList<string> Paths { get; init; }
    public IngestOptions Ingest { get; init; } = new();

    /// <summary>A user catalog (YAML); when null a preset is used.</summary>
    public string? CatalogPath { get; init; }

    /// <summary>A built-in preset name; when null (and no catalog) one is chosen from the data.</summary>
    public string? Preset { get; init; }

    /// <summary>Propose touchpoints the catalog misses.</summary>
    public bool Discover { get; init; } = true;

    /// <summary>How many touchpoints to fix first (and draft hypotheses for).</summary>
    public int Top { get; init; } = 3;

    /// <summary>How many personas to draw; null = chosen from the data.</summary>
    public int? Personas { get; init; }

    /// <summary>Survey columns holding outcome importance and satisfaction (empty = auto-detected).</summary>
    public JobsOptions Jobs { get; init; } = new();

    /// <summary>
    /// Keep customers' personal data in the analysis and every file made from it (local use only). By default records
    /// are
    /// redacted before they are analysed, so nothing drawn from them (quotes, reports, exports, web pages) shows PII.
    /// </summary>
    public bool RawText { get; init; }

    /// <summary>Options for lifetime value, retention and key drivers (order-value column, margin…).</summary>
    public EngagementOptions Engagement { get; init; } = new();

    /// <summary>
    /// Compare the latest period with the one before (what changed, emerging themes; docs/periods.md); null switches it
    /// off. On by default, by month: it costs two scoring passes over the records and says nothing when the data has no
    /// dates.
    /// </summary>
    public PeriodGrain? ComparePeriods { get; init; } = PeriodGrain.Month;

    /// <summary>
    /// The sentence encoder that reads the records' meaning (attribution, preset choice, jobs); null uses the shared
    /// local one
    /// (<see cref="Meaning.MeaningEncoder"/>: offline, no key).
    /// </summary>
    public IEmbeddingGenerator<string, Embedding<float>>? Encoder { get; init; }

    /// <summary>The team's corrections kept in the workspace (docs/corrections.md), applied before scoring.</summary>
    public IReadOnlyList<Correction> Corrections { get; init; } = [];
}
