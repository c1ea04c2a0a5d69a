using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Prompts;
using CxAssistant.Analysis.Annotators;
using CxAssistant.Analysis.Languages;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Validation;

namespace CxAssistant.Agents.Drafters;

/// <summary>
/// Translates the records the offline reader could not read (a language other than English: docs/languages.md) into
/// English, sentence by sentence, through the run's model session (so the redaction gate and the ledger see every
/// call), then reads the English with the offline annotator and moves every span back to the original sentence it came
/// from. The record keeps its own text; the annotation keeps the translation and is marked "translated". A batch whose
/// answer is missing, junk or fails its checks after the repairs leaves its records as they were (rating only, or not
/// read), and <see cref="Failures"/> says why.
/// </summary>
public sealed class TranslationAgent : IDraftStage
{
    /// <summary>The prompt this agent uses.</summary>
    public const string PromptName = "translate-batch";

    private readonly List<string> _failures = [];

    /// <inheritdoc />
    public string Stage => "translate";

    /// <summary>Why batches of the last run were left untranslated (empty when every batch was translated).</summary>
    public IReadOnlyList<string> Failures => _failures;

    /// <summary>
    /// Indices of the records to translate: not read offline for their language, customer voice, capped.
    /// </summary>
    public static IReadOnlyList<int> Select(AnalysisResult analysis, BudgetOptions budget) =>
        [
            .. Enumerable
                .Range(0, analysis.Records.Count)
                .Where(i =>
                    analysis.Annotations[i].Language is { IsReadOffline: false }
                    && analysis.Annotations[i].Provenance != Annotation.TranslatedProvenance
                    && analysis.Records[i].IsCustomerVoice
                    && analysis.Records[i].Text.Trim().Length > 0
                )
                .Take(budget.MaxUncertainItems),
        ];

    /// <inheritdoc />
    public async Task<StagePlan> PlanAsync(
        AnalysisResult analysis,
        BudgetOptions budget,
        PromptCatalog prompts,
        CancellationToken cancellationToken = default
    )
    {
        var batches = await PrepareAsync(analysis, budget, prompts, cancellationToken).ConfigureAwait(false);
        return new StagePlan(
            [.. batches.Select(b => (b.Prompt, b.Indices.Count))],
            batches.Count == 0
                ? null
                : $"{batches.Sum(b => b.Indices.Count)} records in other languages sent for translation"
        );
    }

    /// <summary>
    /// The analysis with the translated records' annotations replaced and the languages line rewritten.
    /// </summary>
    public async Task<AnalysisResult> RunAsync(
        ModelSession session,
        AnalysisResult analysis,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(analysis);
        _failures.Clear();
        var batches = await PrepareAsync(analysis, session.Budget, session.Prompts, cancellationToken)
            .ConfigureAwait(false);
        if (batches.Count == 0)
        {
            return analysis;
        }
        var annotations = analysis.Annotations.ToArray();
        var annotator = new OfflineAnnotator(new TouchpointMatcher(analysis.Catalog));
        foreach (var batch in batches)
        {
            var outcome = await RepairLoop
                .RunAsync<TranslateBatchAnswer, IReadOnlyDictionary<string, string>>(
                    session,
                    Stage,
                    batch.Prompt,
                    answer => Check(answer, batch.Ids),
                    cancellationToken
                )
                .ConfigureAwait(false);
            if (outcome.Artifact is not { } english)
            {
                _failures.Add($"{batch.Indices.Count} record(s) stay untranslated: {outcome.Provenance.Note}");
                continue;
            }
            foreach (var (i, map) in batch.Indices.Zip(batch.Maps))
            {
                var translation = map.Join([.. map.Sentences.Select((_, k) => english[Id(analysis.Records[i].Id, k)])]);
                var read = annotator.Annotate(analysis.Records[i] with { Text = translation });
                annotations[i] = map.MapBack(read) with
                {
                    Language = annotations[i].Language,
                    Translation = translation,
                    Provenance = Annotation.TranslatedProvenance,
                };
            }
        }
        var warnings = analysis
            .Warnings.Where(w => !w.StartsWith(LanguageSummary.Prefix, StringComparison.Ordinal))
            .ToList();
        if (LanguageSummary.Warning(analysis.Records, annotations) is { } line)
        {
            warnings.Add(line);
        }
        warnings.AddRange(_failures.Select(f => LanguageSummary.Prefix + "translation failed; " + f));
        return analysis with { Annotations = annotations, Warnings = warnings };
    }

    /// <summary>Every sentence answered once with some English; anything else goes back for repair.</summary>
    public static Checked<IReadOnlyDictionary<string, string>> Check(
        TranslateBatchAnswer answer,
        IReadOnlyList<string> ids
    )
    {
        var items = answer.Items ?? [];
        var findings = new List<Finding>();
        var english = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.Id is not { } id || !ids.Contains(id, StringComparer.Ordinal))
            {
                findings.Add(new Finding("ids", $"'{item.Id}' is not a sentence id of this batch"));
            }
            else if (string.IsNullOrWhiteSpace(item.English))
            {
                findings.Add(new Finding("translation", $"sentence '{id}' has no English"));
            }
            else if (!english.TryAdd(id, item.English.Trim()))
            {
                findings.Add(new Finding("ids", $"sentence '{id}' is answered twice"));
            }
        }
        findings.AddRange(
            ids.Where(id =>
                    !english.ContainsKey(id)
                    && !findings.Any(f => f.Message.Contains($"'{id}'", StringComparison.Ordinal))
                )
                .Select(id => new Finding("ids", $"sentence '{id}' has no entry; answer every sentence"))
        );
        return findings.Count == 0 ? new(english, []) : Checked<IReadOnlyDictionary<string, string>>.Failed(findings);
    }

    private static string Id(string evidenceId, int sentence) => $"{evidenceId}#{sentence}";

    private sealed record Batch(
        RenderedPrompt Prompt,
        IReadOnlyList<int> Indices,
        IReadOnlyList<SentenceMap> Maps,
        IReadOnlyList<string> Ids
    );

    private static async Task<List<Batch>> PrepareAsync(
        AnalysisResult analysis,
        BudgetOptions budget,
        PromptCatalog prompts,
        CancellationToken cancellationToken
    )
    {
        var batches = new List<Batch>();
        foreach (var chunk in Select(analysis, budget).Chunk(Math.Max(1, budget.BatchSize)))
        {
            var maps = chunk.Select(i => new SentenceMap(analysis.Records[i].Text)).ToList();
            var sentences = chunk
                .Zip(maps)
                .SelectMany(x =>
                    x.Second.Sentences.Select(
                        (s, k) => (Id(analysis.Records[x.First].Id, k), x.Second.Text[s.Start..s.End])
                    )
                )
                .ToList();
            var prompt = await prompts
                .RenderAsync(
                    PromptName,
                    new Dictionary<string, string>
                    {
                        ["evidence"] = EvidenceBlock.Format(sentences, budget.MaxCharsPerItem),
                    },
                    cancellationToken
                )
                .ConfigureAwait(false);
            batches.Add(new Batch(prompt, chunk, maps, [.. sentences.Select(s => s.Item1)]));
        }
        return batches;
    }
}
