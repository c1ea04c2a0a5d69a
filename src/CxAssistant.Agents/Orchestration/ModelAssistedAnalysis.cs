using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Drafters;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Evidence;
using CxAssistant.Agents.Privacy;
using CxAssistant.Agents.Prompts;
using CxAssistant.Analysis.Hypotheses;
using CxAssistant.Analysis.Jobs;
using CxAssistant.Analysis.Personas;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.JobStates;
using CxAssistant.Core.Metrics;
using CxAssistant.Core.Scoring;

namespace CxAssistant.Agents.Orchestration;

/// <summary>
/// The model-assisted analysis on top of the offline one: the model labels only uncertain evidence and names
/// discovered touchpoints, then the core rescores and redrafts everything from the new labels (every number is the
/// core's), then the model rewords personas, jobs, hypotheses and the narrative, each checked and repaired or replaced
/// by its offline draft. Stages run one after another so the ledger and the cache see a deterministic order.
/// </summary>
public sealed class ModelAssistedAnalysis(ModelSession session, IReadOnlyList<ILabelEvidence>? labelEvidence = null)
{
    private readonly TranslationAgent _translate = new();
    private readonly AnnotationAgent _annotate = new(labelEvidence);
    private readonly DiscoveryAgent _discover = new();
    private readonly PersonaAgent _personas = new();
    private readonly JobStatementAgent _jobs = new();
    private readonly HypothesisAgent _hypotheses = new();
    private readonly NarrativeWriter _narrative = new();

    /// <summary>Every stage, in run order, for planning.</summary>
    public static IReadOnlyList<IDraftStage> Stages { get; } =
    [
        new TranslationAgent(),
        new AnnotationAgent(),
        new DiscoveryAgent(),
        new PersonaAgent(),
        new JobStatementAgent(),
        new HypothesisAgent(),
        new NarrativeWriter(),
    ];

    /// <summary>
    /// The calls a run would make, counted before anything is sent: each stage renders its real prompts from the
    /// offline
    /// analysis. Later stages are planned on the offline drafts, so a run differs only by repairs and relabelled
    /// evidence.
    /// Counted as sent: redacted (a gate of the plan's own, in run order, as the kernel's render filter redacts them).
    /// </summary>
    public static async Task<CallPlan> PlanAsync(
        AnalysisResult offline,
        BudgetOptions? budget = null,
        PromptCatalog? prompts = null,
        CancellationToken cancellationToken = default
    )
    {
        budget ??= new BudgetOptions();
        prompts ??= PromptCatalog.Default;
        var calls = new List<PlannedCall>();
        var notes = new List<string>();
        var gate = new PiiGate();
        foreach (var stage in Stages)
        {
            var plan = await stage.PlanAsync(offline, budget, prompts, cancellationToken).ConfigureAwait(false);
            calls.AddRange(
                plan.Requests.Select(r => new PlannedCall(
                    stage.Stage,
                    r.Prompt.Prompt.Id,
                    TokenCounter.Count(GatedMessages.Redact(gate, r.Prompt.Messages)),
                    r.Prompt.Prompt.Settings.MaxTokens,
                    r.Items
                ))
            );
            if (plan.Note is { } note)
            {
                notes.Add($"{stage.Stage}: {note}");
            }
        }
        return new CallPlan(calls, notes);
    }

    /// <summary>
    /// Runs every stage on the offline analysis; <paramref name="options"/> are the ones the offline run used.
    /// </summary>
    public async Task<ModelAssistedResult> RunAsync(
        AnalysisResult offline,
        AnalyzeOptions options,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(offline);
        ArgumentNullException.ThrowIfNull(options);
        var artifacts = new List<ArtifactProvenance>();

        // Records in a language the offline reader does not cover are translated and read first (docs/languages.md).
        var translated = await _translate.RunAsync(session, offline, cancellationToken).ConfigureAwait(false);
        var anyTranslated = translated.Annotations.Any(a =>
            a.Provenance == Core.Annotations.Annotation.TranslatedProvenance
        );
        if (anyTranslated)
        {
            var count = translated.Annotations.Count(a =>
                a.Provenance == Core.Annotations.Annotation.TranslatedProvenance
            );
            artifacts.Add(
                new ArtifactProvenance(
                    _translate.Stage,
                    $"{count} translated records",
                    new Provenance(Provenance.ModelSource, session.Prompts.Get(TranslationAgent.PromptName).Id)
                )
            );
        }
        artifacts.AddRange(
            _translate.Failures.Select(f => new ArtifactProvenance(
                _translate.Stage,
                f,
                new Provenance(Provenance.FallbackSource, session.Prompts.Get(TranslationAgent.PromptName).Id, f)
            ))
        );
        offline = translated;

        var annotations = await _annotate.RunAsync(session, offline, cancellationToken).ConfigureAwait(false);
        artifacts.AddRange(
            annotations
                .Where(a => a.Provenance != Provenance.OfflineSource)
                .GroupBy(a => a.Provenance)
                .Select(g => new ArtifactProvenance(
                    _annotate.Stage,
                    $"{g.Count()} annotations",
                    new Provenance(g.Key, session.Prompts.Get(AnnotationAgent.PromptName).Id)
                ))
        );
        var (catalog, named) = await _discover.RunAsync(session, offline, cancellationToken).ConfigureAwait(false);
        artifacts.AddRange(
            named.Select(n => new ArtifactProvenance(_discover.Stage, "touchpoint " + n.Id, n.Provenance))
        );

        var result = offline;
        var relabelled =
            anyTranslated || annotations.Any(a => a.Provenance is Provenance.ModelSource or Provenance.RepairedSource);
        if (relabelled || !ReferenceEquals(catalog, offline.Catalog))
        {
            result = Redraft(offline with { Annotations = annotations, Catalog = catalog }, options);
        }
        else
        {
            result = result with { Annotations = annotations };
        }

        var personas = await _personas.RunAsync(session, result, cancellationToken).ConfigureAwait(false);
        artifacts.AddRange(
            personas
                .Where(p => p.Provenance.Source != Provenance.OfflineSource)
                .Select(p => new ArtifactProvenance(_personas.Stage, "persona " + p.Id, p.Provenance))
        );
        var jobs = await _jobs.RunAsync(session, result, cancellationToken).ConfigureAwait(false);
        if (jobs is not null && jobs.Provenance.Source != Provenance.OfflineSource)
        {
            artifacts.Add(new ArtifactProvenance(_jobs.Stage, "job statements", jobs.Provenance));
        }
        var hypotheses = await _hypotheses.RunAsync(session, result, cancellationToken).ConfigureAwait(false);
        artifacts.AddRange(
            (hypotheses?.Touchpoints ?? [])
                .Where(g => g.Hypotheses.Count > 0)
                .Select(g => new ArtifactProvenance(
                    _hypotheses.Stage,
                    "hypotheses for " + g.TouchpointId,
                    g.Hypotheses[0].Provenance
                ))
        );
        result = result with { Personas = personas, Jobs = jobs, Hypotheses = hypotheses };

        var narrative = await _narrative
            .RunAsync(session, result, options.Top, cancellationToken)
            .ConfigureAwait(false);
        artifacts.Add(new ArtifactProvenance(_narrative.Stage, "report summary", narrative.Provenance));
        return new ModelAssistedResult(result, narrative, session.Ledger, artifacts)
        {
            LabelChecks = LabelCheck.Tally(_annotate.Stage, _annotate.Decisions),
        };
    }

    /// <summary>Rescores and redrafts the CX methods from new labels, exactly as the offline pipeline does.</summary>
    private static AnalysisResult Redraft(AnalysisResult result, AnalyzeOptions options)
    {
        var scoring = TouchpointScorer.Score(new ScoringInput(result.Records, result.Annotations, result.Catalog));
        result = result with { Scoring = scoring };
        return result with
        {
            Jobs = JobsDrafter.Draft(result, options.Jobs),
            Personas = PersonaDrafter.Draft(result, new PersonaOptions { Count = options.Personas }),
            JobStates = JobStateMachineBuilder.Build(
                result.Records,
                result.Annotations,
                result.Catalog,
                new JobStateOptions()
            ),
            Engagement = EngagementAnalyzer.Analyze(
                result.Records,
                result.Annotations,
                result.Scoring,
                options.Engagement
            ),
            Hypotheses = HypothesisDrafter.Draft(
                result,
                result.FixFirst(options.Top),
                new HypothesisOptions { Touchpoints = options.Top }
            ),
        };
    }
}
