using System.Globalization;
using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Prompts;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Validation;
using CxAssistant.Reports;

namespace CxAssistant.Agents.Drafters;

/// <summary>
/// Writes the report's plain-language summary from the core's figures. The offline narrative is built from the same
/// figure lines; a model's summary may state only those figures (<see cref="ClaimCheck"/>) and quote only the evidence
/// it was given (<see cref="InlineQuoteCheck"/>).
/// </summary>
public sealed class NarrativeWriter : IDraftStage
{
    /// <summary>The prompt this agent uses.</summary>
    public const string PromptName = "report-narrative";
    private const int MaxLength = 1500;

    /// <inheritdoc />
    public string Stage => "narrative";

    /// <summary>The core's headline figures, one per line.</summary>
    public static IReadOnlyList<string> FigureLines(AnalysisResult analysis, int top)
    {
        var lines = new List<string>
        {
            $"evidence items: {analysis.Records.Count}",
            "headline: " + SummarySection.Metrics(analysis.Scoring.Overall).Replace("**", "", StringComparison.Ordinal),
        };
        var rank = 0;
        foreach (var s in analysis.FixFirst(top))
        {
            lines.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"fix first #{++rank}: "
                        + $"{analysis.Catalog.Find(s.TouchpointId)?.Name ?? s.TouchpointId}, "
                        + $"priority {s.Priority:0.0}, {s.Mentions} mentions from {s.Customers} "
                        + $"customers, emotional impact {s.EmotionalImpact.Level}"
                )
            );
        }
        var loved = analysis
            .Scoring.Touchpoints.Where(s => s.EmotionalImpact.Value > 0.2 && !s.ThinEvidence)
            .OrderByDescending(s => s.EmotionalImpact.Value)
            .FirstOrDefault();
        if (loved is not null)
        {
            lines.Add(
                $"most loved: "
                    + $"{analysis.Catalog.Find(loved.TouchpointId)?.Name ?? loved.TouchpointId}, "
                    + $"{loved.Mentions} mentions"
            );
        }
        return lines;
    }

    /// <summary>The deterministic summary made from <see cref="FigureLines"/>.</summary>
    public static ReportNarrative Offline(AnalysisResult analysis, int top) =>
        new(
            string.Join(" ", FigureLines(analysis, top).Select(l => char.ToUpperInvariant(l[0]) + l[1..] + ".")),
            Provenance.Offline
        );

    /// <inheritdoc />
    public async Task<StagePlan> PlanAsync(
        AnalysisResult analysis,
        BudgetOptions budget,
        PromptCatalog prompts,
        CancellationToken cancellationToken = default
    )
    {
        var (prompt, ids) = await PrepareAsync(analysis, 3, budget, prompts, cancellationToken).ConfigureAwait(false);
        return new StagePlan([(prompt, ids.Count)]);
    }

    /// <summary>The model's summary if it passes, else the offline one marked fallback.</summary>
    public async Task<ReportNarrative> RunAsync(
        ModelSession session,
        AnalysisResult analysis,
        int top,
        CancellationToken cancellationToken = default
    )
    {
        var (prompt, ids) = await PrepareAsync(analysis, top, session.Budget, session.Prompts, cancellationToken)
            .ConfigureAwait(false);
        var figures = Figures.From(FigureLines(analysis, top));
        var texts = GroundingCheck
            .Index(analysis.Records)
            .Where(kv => ids.Contains(kv.Key))
            .Select(kv => kv.Value.Text)
            .ToList();
        var outcome = await RepairLoop
            .RunAsync<NarrativeDraft, string>(
                session,
                Stage,
                prompt,
                answer => Check(answer, figures, texts),
                cancellationToken
            )
            .ConfigureAwait(false);
        return outcome.Artifact is { } text
            ? new ReportNarrative(text, outcome.Provenance)
            : Offline(analysis, top) with
            {
                Provenance = outcome.Provenance,
            };
    }

    /// <summary>
    /// Checks a summary: present, not too long, plain text, only the core's figures, only verbatim quotes.
    /// </summary>
    public static Checked<string> Check(
        NarrativeDraft answer,
        IReadOnlyList<double> figures,
        IReadOnlyList<string> evidenceTexts
    )
    {
        var text = answer.Summary?.Trim() ?? "";
        var findings = new List<Finding>();
        if (text.Length is 0 or > MaxLength)
        {
            findings.Add(new Finding("narrative", $"the summary must be 1 to {MaxLength} characters"));
        }
        if (text.IndexOfAny(['<', '>']) >= 0)
        {
            findings.Add(new Finding("narrative", "the summary is plain text: no markup"));
        }
        findings.AddRange(ClaimCheck.Check(text, figures, "the summary"));
        findings.AddRange(InlineQuoteCheck.Check(text, evidenceTexts, "the summary"));
        return findings.Count > 0 ? Checked<string>.Failed(findings) : new Checked<string>(text, []);
    }

    private static async Task<(RenderedPrompt Prompt, IReadOnlySet<string> Ids)> PrepareAsync(
        AnalysisResult analysis,
        int top,
        BudgetOptions budget,
        PromptCatalog prompts,
        CancellationToken cancellationToken
    )
    {
        var fixFirst = analysis.FixFirst(top).Select(s => s.TouchpointId).ToHashSet(StringComparer.Ordinal);
        var records = Enumerable
            .Range(0, analysis.Records.Count)
            .Where(i =>
                analysis.Records[i].IsCustomerVoice
                && analysis.Annotations[i].PrimaryTouchpoint is { } tp
                && fixFirst.Contains(tp)
                && analysis.Annotations[i].Sentiment < 0
            )
            .OrderBy(i => analysis.Annotations[i].Sentiment)
            .ThenBy(i => analysis.Records[i].Id, StringComparer.Ordinal)
            .Take(budget.Representatives)
            .Select(i => analysis.Records[i])
            .ToList();
        var prompt = await prompts
            .RenderAsync(
                PromptName,
                new Dictionary<string, string>
                {
                    ["figures"] = string.Join('\n', FigureLines(analysis, top)),
                    ["quotes"] = EvidenceBlock.Format(records.Select(r => (r.Id, r.Text)), budget.MaxCharsPerItem),
                },
                cancellationToken
            )
            .ConfigureAwait(false);
        return (prompt, records.Select(r => r.Id).ToHashSet(StringComparer.Ordinal));
    }
}
