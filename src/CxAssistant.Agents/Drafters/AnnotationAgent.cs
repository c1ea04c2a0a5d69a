using System.Security.Cryptography;
using System.Text;
using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Evidence;
using CxAssistant.Agents.Prompts;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Validation;

namespace CxAssistant.Agents.Drafters;

/// <summary>
/// Sends the model only the evidence the offline annotator is unsure about (confidence below the threshold or no
/// touchpoint), capped and batched, and takes back labels from fixed vocabularies with a verbatim quote for the
/// touchpoint. Sentiment and every score stay with the core; a batch that fails its checks keeps its offline labels
/// and is marked <c>fallback</c>. A touchpoint label that passed is kept only when its quote carries evidence for it
/// (<see cref="LabelSupport"/>: the offline reader's cue, plus any <paramref name="evidence"/> test such as a sentence
/// encoder's similarity); otherwise it is repaired or replaced by the offline labels, and <see cref="Decisions"/> says
/// so.
/// </summary>
public sealed class AnnotationAgent(IReadOnlyList<ILabelEvidence>? evidence = null) : IDraftStage
{
    private readonly List<LabelDecision> _decisions = [];

    /// <summary>The prompt this agent uses.</summary>
    public const string PromptName = "annotate-batch";

    /// <summary>
    /// Confidence the core assigns to a touchpoint a model labelled and quoted (policy, not a model output).
    /// </summary>
    public const double ModelMentionConfidence = 0.8;

    /// <inheritdoc />
    public string Stage => "annotate";

    /// <summary>What the last run decided for every model touchpoint label (supported, repaired, replaced).</summary>
    public IReadOnlyList<LabelDecision> Decisions => _decisions;

    /// <summary>
    /// Indices of the records that need judgement, lowest confidence first, capped (ties broken by a stable hash).
    /// </summary>
    public static IReadOnlyList<int> SelectUncertain(AnalysisResult analysis, BudgetOptions budget, out int uncertain)
    {
        var candidates = Enumerable
            .Range(0, analysis.Records.Count)
            .Where(i => analysis.Records[i].IsCustomerVoice && analysis.Records[i].Text.Trim().Length > 0)
            // A label the team corrected is not the model's to redo (docs/corrections.md).
            .Where(i => analysis.Annotations[i].Corrected is null)
            // A record in another language is the translation stage's: read from its translation, or left unread.
            .Where(i => analysis.Annotations[i].Language is not { IsReadOffline: false })
            .Where(i =>
                analysis.Annotations[i].Confidence < budget.UncertainBelow
                || analysis.Annotations[i].Touchpoints.Count == 0
            )
            .ToList();
        uncertain = candidates.Count;
        return
        [
            .. candidates
                .OrderBy(i => analysis.Annotations[i].Confidence)
                .ThenBy(i => BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(analysis.Records[i].Id))))
                .Take(budget.MaxUncertainItems)
                .Order(),
        ];
    }

    /// <inheritdoc />
    public async Task<StagePlan> PlanAsync(
        AnalysisResult analysis,
        BudgetOptions budget,
        PromptCatalog prompts,
        CancellationToken cancellationToken = default
    )
    {
        var (batches, note) = await PrepareAsync(analysis, budget, prompts, cancellationToken).ConfigureAwait(false);
        return new StagePlan([.. batches.Select(b => (b.Prompt, b.Indices.Count))], note);
    }

    /// <summary>Annotates the uncertain items; returns the new annotations (same order as the records).</summary>
    public async Task<Annotation[]> RunAsync(
        ModelSession session,
        AnalysisResult analysis,
        CancellationToken cancellationToken = default
    )
    {
        var annotations = analysis.Annotations.ToArray();
        var (batches, _) = await PrepareAsync(analysis, session.Budget, session.Prompts, cancellationToken)
            .ConfigureAwait(false);
        var index = GroundingCheck.Index(analysis.Records);
        var touchpointIds = analysis.Catalog.Touchpoints.Select(t => t.Id).ToArray();
        var support = new LabelSupport(
            [new CueEvidence(new TouchpointMatcher(analysis.Catalog)), .. evidence ?? []],
            analysis.Catalog
        );
        _decisions.Clear();
        foreach (var batch in batches)
        {
            var ids = batch.Indices.Select(i => analysis.Records[i].Id).ToArray();
            var outcome = await RepairLoop
                .RunAsync<AnnotateBatchAnswer, Annotation[]>(
                    session,
                    Stage,
                    batch.Prompt,
                    answer =>
                        Check(
                            answer,
                            ids,
                            batch.Indices.Select(i => analysis.Annotations[i]).ToArray(),
                            index,
                            touchpointIds
                        ),
                    cancellationToken
                )
                .ConfigureAwait(false);
            for (var k = 0; k < batch.Indices.Count; k++)
            {
                var i = batch.Indices[k];
                if (outcome.Artifact is not { } labelled)
                {
                    annotations[i] = annotations[i] with { Provenance = Provenance.FallbackSource };
                    continue;
                }
                var (kept, decisions) = await support
                    .VerifyAsync(
                        analysis.Records[i],
                        analysis.Annotations[i],
                        labelled[k] with
                        {
                            Provenance = outcome.Provenance.Source,
                        },
                        cancellationToken
                    )
                    .ConfigureAwait(false);
                _decisions.AddRange(decisions);
                // An item none of whose model labels stood keeps the offline reading, marked as the fallback it is.
                annotations[i] =
                    decisions.Count > 0
                    && decisions.All(d => d.Outcome == LabelSupport.Replaced)
                    && kept.Touchpoints.SequenceEqual(analysis.Annotations[i].Touchpoints)
                        ? kept with
                        {
                            Provenance = Provenance.FallbackSource,
                        }
                        : kept;
            }
        }
        return annotations;
    }

    /// <summary>
    /// Checks one batch answer and builds the annotations from it: every id answered once, labels allowed, quotes
    /// verbatim.
    /// </summary>
    public static Checked<Annotation[]> Check(
        AnnotateBatchAnswer answer,
        IReadOnlyList<string> ids,
        IReadOnlyList<Annotation> offline,
        IReadOnlyDictionary<string, EvidenceRecord> index,
        IReadOnlyCollection<string> touchpointIds
    )
    {
        var items = answer.Items ?? [];
        var findings = new List<Finding>();
        var given = ids.ToHashSet(StringComparer.Ordinal);
        findings.AddRange(EvidenceIdCheck.Check(items.Select(i => i.EvidenceId), given, "the batch", minimum: 0));
        foreach (var missing in ids.Where(id => !items.Any(i => i.EvidenceId == id)))
        {
            findings.Add(new Finding(EvidenceIdCheck.Name, $"evidence '{missing}' has no entry; answer every item"));
        }
        var result = new Annotation[ids.Count];
        for (var k = 0; k < ids.Count; k++)
        {
            var item = items.FirstOrDefault(i => i.EvidenceId == ids[k]);
            if (item is null)
            {
                continue;
            }
            var where = $"evidence '{ids[k]}'";
            var tps = (item.Touchpoints ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
            var labelFindings = AllowedLabelsCheck
                .Check($"{where} touchpoint", tps, touchpointIds)
                .Concat(AllowedLabelsCheck.Check($"{where} intent", [item.Intent], Labels.Intents, required: true))
                .Concat(AllowedLabelsCheck.Check($"{where} emotion", item.Emotions ?? [], Labels.Emotions))
                .ToList();
            findings.AddRange(labelFindings);
            if (labelFindings.Count > 0)
            {
                continue;
            }
            var mentions = new List<TouchpointMention>();
            if (tps.Count > 0)
            {
                var (quote, finding) = QuoteLocator.Locate(ids[k], item.Quote, index);
                if (finding is not null)
                {
                    findings.Add(finding);
                    continue;
                }
                var canonical = tps.Select(t =>
                        touchpointIds.First(id => string.Equals(id, t.Trim(), StringComparison.OrdinalIgnoreCase))
                    )
                    .Distinct(StringComparer.Ordinal);
                mentions.AddRange(
                    canonical.Select(id => new TouchpointMention(id, ModelMentionConfidence, quote!.Start, quote.End))
                );
            }
            result[k] = offline[k] with
            {
                Touchpoints = mentions,
                Intent = Labels.Parse<Intent>(item.Intent!),
                Emotions = [.. (item.Emotions ?? []).Select(Labels.Parse<Emotion>).Distinct()],
            };
        }
        return findings.Count == 0 ? new Checked<Annotation[]>(result, []) : Checked<Annotation[]>.Failed(findings);
    }

    private sealed record Batch(RenderedPrompt Prompt, IReadOnlyList<int> Indices);

    private static async Task<(List<Batch> Batches, string Note)> PrepareAsync(
        AnalysisResult analysis,
        BudgetOptions budget,
        PromptCatalog prompts,
        CancellationToken cancellationToken
    )
    {
        var selected = SelectUncertain(analysis, budget, out var uncertain);
        var touchpoints = string.Join(
            '\n',
            analysis.Catalog.Touchpoints.Select(t => $"{t.Id}: {t.Name} ({Labels.Kebab(t.Stage)}) - {t.Description}")
        );
        var batches = new List<Batch>();
        foreach (var chunk in selected.Chunk(Math.Max(1, budget.BatchSize)))
        {
            var evidence = EvidenceBlock.Format(
                chunk.Select(i => (analysis.Records[i].Id, analysis.Records[i].Text)),
                budget.MaxCharsPerItem
            );
            var prompt = await prompts
                .RenderAsync(
                    PromptName,
                    new Dictionary<string, string>
                    {
                        ["touchpoints"] = touchpoints,
                        ["intents"] = string.Join(", ", Labels.Intents),
                        ["emotions"] = string.Join(", ", Labels.Emotions),
                        ["evidence"] = evidence,
                    },
                    cancellationToken
                )
                .ConfigureAwait(false);
            batches.Add(new Batch(prompt, chunk));
        }
        var note =
            $"{uncertain} of {analysis.Records.Count} items need judgement; "
            + $"{selected.Count} sent in {batches.Count} batches"
            + (
                uncertain > selected.Count
                    ? $", {uncertain - selected.Count} keep their offline labels (cap {budget.MaxUncertainItems})"
                    : ""
            );
        return (batches, note);
    }
}
