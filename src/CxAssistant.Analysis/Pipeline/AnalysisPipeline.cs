using CxAssistant.Analysis.Annotators;
using CxAssistant.Analysis.Hypotheses;
using CxAssistant.Analysis.Jobs;
using CxAssistant.Analysis.Languages;
using CxAssistant.Analysis.Meaning;
using CxAssistant.Analysis.Personas;
using CxAssistant.Analysis.Semantics;
using CxAssistant.Analysis.Touchpoints;
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
using CxAssistant.Core.Privacy;
using CxAssistant.Core.Safety;
using CxAssistant.Core.Scoring;
using CxAssistant.Core.Touchpoints;
using CxAssistant.Ingestion;

namespace CxAssistant.Analysis.Pipeline;

/// <summary>
/// The offline analysis, end to end: read evidence → choose the catalog → annotate (in parallel) →
/// discover touchpoints the catalog misses → score. Pure computation after ingestion; rendering is separate.
/// </summary>
public sealed class AnalysisPipeline(TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public AnalysisResult Run(
        AnalyzeOptions options,
        IProgress<PipelineProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        progress?.Report(new PipelineProgress("Reading files", 0, 0));
        var ingest = new EvidenceLoader().Load(options.Paths, options.Ingest, cancellationToken);
        if (ingest.Records.Count == 0)
        {
            throw new AnalysisException(NoEvidenceMessage(ingest));
        }
        return Analyse(ingest, options, progress, cancellationToken);
    }

    /// <summary>Analyses evidence that is already loaded (from files or a workspace).</summary>
    public AnalysisResult Analyse(
        IngestResult ingest,
        AnalyzeOptions options,
        IProgress<PipelineProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        var corrections = new List<CorrectionOutcome>();
        var kept = CorrectionStage.Exclude(ingest.Records, options.Corrections, corrections);
        var original = options.RawText ? kept : RecordRedaction.Apply(kept, new PlaceholderTable(), cancellationToken);
        // The offline reader reads English: a record in another language is read with no text (docs/languages.md), and
        // gets its own text back in the result.
        var languages = LanguageStage.Identify(original, progress, cancellationToken);
        var records = LanguageStage.Readable(original, languages);
        // Meaning first: on a machine's first run it loads the encoder with progress, which the preset choice reuses.
        var meaning = MeaningStage.Run(
            records,
            options.Encoder,
            progress,
            cancellationToken,
            out var encoderChoice,
            out var screened
        );
        var encoder = LocalTextEncoder.For(options.Encoder);
        var choice = CatalogChoice.Make(records, options, encoder, cancellationToken);
        var catalog = choice.Catalog;
        var annotations = Annotate(records, screened.Payloads, catalog, meaning, progress, cancellationToken);
        LanguageStage.Mark(annotations, records, languages);
        var touchpointMeaning = MeaningStage.AttributeTouchpoints(
            records,
            annotations,
            catalog,
            meaning,
            cancellationToken
        );

        // With no preset that fits, the discovered touchpoints are the only ones.
        var unnamedThemes = 0;
        if (options.Discover || choice.DiscoveredOnly)
        {
            progress?.Report(new PipelineProgress("Discovering touchpoints", 0, 0));
            cancellationToken.ThrowIfCancellationRequested();
            var discovery = TouchpointDiscovery.Run(
                records,
                annotations,
                catalog,
                cancellationToken: cancellationToken
            );
            var discovered = discovery.Touchpoints;
            unnamedThemes = discovery.UnnamedThemes;
            if (discovered.Count > 0)
            {
                catalog = catalog.With(discovered.Select(d => d.Touchpoint));
                DiscoveryAttribution.Apply(records, annotations, discovered);
            }
        }

        if (!choice.DiscoveredOnly)
        {
            MeaningStage.FillTouchpoints(records, annotations, touchpointMeaning, meaning, cancellationToken);
        }

        // The team's corrections: every annotation exists and nothing is scored yet (docs/corrections.md).
        if (options.Corrections.Count > 0)
        {
            catalog = CorrectionStage.Apply(records, annotations, catalog, options.Corrections, corrections);
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new PipelineProgress("Scoring", 0, 0));
        var scoring = Abandonable.Run(
            () => TouchpointScorer.Score(new ScoringInput(records, annotations, catalog)),
            cancellationToken
        );
        var result = new AnalysisResult
        {
            GeneratedAt = _clock.GetUtcNow(),
            Sources = ingest.Sources,
            Skipped = ingest.Skipped,
            Catalog = catalog,
            CatalogSource = choice.Source,
            Records = records,
            Annotations = annotations,
            Scoring = scoring,
            Warnings =
            [
                .. choice.Warnings,
                .. RawTextWarning(options),
                .. PayloadWarning(records, annotations),
                .. corrections
                    .Where(c => !c.Applied)
                    .Select(c => $"Correction {c.Correction} matched nothing: {c.Problem}."),
                .. LanguageWarning(records, annotations),
                .. UnnamedThemesWarning(unnamedThemes),
            ],
            Corrections = corrections,
            Meaning = meaning,
            MeaningEncoder = encoderChoice,
        };
        result = AddCxMethods(result, options, choice.Kind, encoder, progress, cancellationToken);
        return ReferenceEquals(records, original) ? result : result with { Records = original };
    }

    private static IEnumerable<string> UnnamedThemesWarning(int count) =>
        count == 0
            ? []
            :
            [
                $"Discovery: {count} recurring theme(s) outside the catalog could not be named by a noun phrase "
                    + "(their distinctive words were verbs, opinions or fragments of idioms) and are not shown.",
            ];

    private static IEnumerable<string> LanguageWarning(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<Annotation> annotations
    ) => LanguageSummary.Warning(records, annotations) is { } warning ? [warning] : [];

    /// <summary>A reader of a raw-text report must know it holds personal data.</summary>
    private static IEnumerable<string> RawTextWarning(AnalyzeOptions options) =>
        options.RawText
            ?
            [
                "Customer text is shown unredacted (--raw-text): these files may hold "
                    + "personal data (names, e-mail addresses, phone numbers); do not share "
                    + "them.",
            ]
            : [];

    /// <summary>
    /// Says which records carried text addressed to a machine, so a reader knows their labels skip part of them.
    /// </summary>
    private static IReadOnlyList<string> PayloadWarning(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<Annotation> annotations
    )
    {
        var screened = Enumerable
            .Range(0, records.Count)
            .Where(i => annotations[i].Cues.Any(c => c.Label.StartsWith(CueLabels.Payload, StringComparison.Ordinal)))
            .ToList();
        if (screened.Count == 0)
        {
            return [];
        }
        var where = string.Join(
            ", ",
            screened.Take(5).Select(i => $"{records[i].Source.File}:{records[i].Source.Line}")
        );
        return
        [
            $"{screened.Count} record(s) contain text addressed to a machine "
                + $"(instructions to an AI, markup, links or code); "
                + $"that text was left out of their labels: {where}{(screened.Count > 5 ? ", …" : "")} "
                + "(analysis.json lists each piece that was left out).",
        ];
    }

    /// <summary>
    /// The CX methods read the scored analysis and not each other, so they run side by side; each drafter's checks
    /// run on the same data. Personas, jobs and hypotheses are drafted offline here; model drafters fill the same
    /// shapes.
    /// </summary>
    private static AnalysisResult AddCxMethods(
        AnalysisResult result,
        AnalyzeOptions options,
        BusinessKind kind,
        ITextEncoder? encoder,
        IProgress<PipelineProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new PipelineProgress("Drafting personas, jobs, job states and hypotheses", 0, 0));
        IReadOnlyList<JobStateMachine> jobStates = [];
        EngagementAnalysis? engagement = null;
        IReadOnlyList<PersonaCard> personas = [];
        JobsAnalysis? jobs = null;
        HypothesisBacklog? hypotheses = null;
        PeriodComparison? changes = null;
        IReadOnlyList<StageOutcome> stages = [];
        Abandonable.Run(
            () =>
            {
                Parallel.Invoke(
                    () => jobs = JobsDrafter.Draft(result, options.Jobs, encoder, kind, cancellationToken),
                    () => personas = PersonaDrafter.Draft(result, new PersonaOptions { Count = options.Personas }),
                    () =>
                        jobStates = JobStateMachineBuilder.Build(
                            result.Records,
                            result.Annotations,
                            result.Catalog,
                            new JobStateOptions()
                        ),
                    () =>
                        engagement = EngagementAnalyzer.Analyze(
                            result.Records,
                            result.Annotations,
                            result.Scoring,
                            options.Engagement
                        ),
                    () =>
                        hypotheses = HypothesisDrafter.Draft(
                            result,
                            result.FixFirst(options.Top),
                            new HypothesisOptions { Touchpoints = options.Top }
                        ),
                    () =>
                        changes = options.ComparePeriods is { } grain
                            ? PeriodComparer.Compare(result.Records, result.Annotations, result.Catalog, grain)
                            : null,
                    () =>
                        stages = StageOutcomes.Compute(
                            new ScoringInput(result.Records, result.Annotations, result.Catalog)
                        )
                );
                return true;
            },
            cancellationToken
        );
        cancellationToken.ThrowIfCancellationRequested();
        return result with
        {
            JobStates = jobStates,
            Engagement = engagement,
            Personas = personas,
            Jobs = jobs,
            Hypotheses = hypotheses,
            Changes = changes,
            Stages = stages,
        };
    }

    /// <summary>The catalog the analysis reads and its source (see <see cref="CatalogChoice.Make"/>).</summary>
    public static (TouchpointCatalog Catalog, string Source) ChooseCatalog(
        IReadOnlyList<EvidenceRecord> records,
        AnalyzeOptions options,
        CancellationToken cancellationToken = default
    )
    {
        var choice = CatalogChoice.Make(records, options, LocalTextEncoder.For(options.Encoder), cancellationToken);
        return (choice.Catalog, choice.Source);
    }

    private static Annotation[] Annotate(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<PayloadScreen.Span>[] payloads,
        TouchpointCatalog catalog,
        MeaningSpace meaning,
        IProgress<PipelineProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        // The prototypes are embedded by the run's own encoder, so they live in the records' space; the job probe is
        // the
        // one trained in that space.
        var annotator = new OfflineAnnotator(
            new TouchpointMatcher(catalog),
            new FeedbackMeaning(meaning.Embed, meaning.ModelId)
        );
        var annotations = new Annotation[records.Count];
        const int chunk = 2048;
        var done = 0;
        progress?.Report(new PipelineProgress("Annotating", 0, records.Count));
        Parallel.For(
            0,
            (records.Count + chunk - 1) / chunk,
            new ParallelOptions { CancellationToken = cancellationToken },
            c =>
            {
                var end = Math.Min(records.Count, (c + 1) * chunk);
                for (var i = c * chunk; i < end; i++)
                {
                    // Per record, not per chunk: a chunk of long records can take many seconds.
                    cancellationToken.ThrowIfCancellationRequested();
                    annotations[i] = annotator.Annotate(records[i], meaning.Vector(i), payloads[i]);
                }
                progress?.Report(
                    new PipelineProgress("Annotating", Interlocked.Add(ref done, end - c * chunk), records.Count)
                );
            }
        );
        return annotations;
    }

    private static string NoEvidenceMessage(IngestResult ingest) =>
        ingest.Skipped.Count == 0
            ? "No customer feedback found in the given paths (supported: .csv .tsv .json .jsonl .txt .vtt .md)."
            : "No customer feedback could be read:"
                + Environment.NewLine
                + string.Join(Environment.NewLine, ingest.Skipped.Take(20).Select(s => "  " + s));
}
