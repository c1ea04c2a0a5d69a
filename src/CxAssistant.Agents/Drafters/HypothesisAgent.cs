using System.Globalization;
using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Prompts;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Hypotheses;
using CxAssistant.Core.Validation;

namespace CxAssistant.Agents.Drafters;

/// <summary>
/// Rewords the offline improvement hypotheses, one call per fix-first touchpoint. Baselines, pain counts, impact and
/// effort stay the core's; the refined texts may state only the draft's figures (<see cref="ClaimCheck"/>), cite
/// verbatim quotes, and each hypothesis must still pass <see cref="HypothesisCheck"/>.
/// </summary>
public sealed class HypothesisAgent : IDraftStage
{
    /// <summary>The prompt this agent uses.</summary>
    public const string PromptName = "hypotheses";

    /// <inheritdoc />
    public string Stage => "hypotheses";

    /// <inheritdoc />
    public async Task<StagePlan> PlanAsync(
        AnalysisResult analysis,
        BudgetOptions budget,
        PromptCatalog prompts,
        CancellationToken cancellationToken = default
    )
    {
        var requests = await PrepareAsync(analysis, budget, prompts, cancellationToken).ConfigureAwait(false);
        return new StagePlan(
            [.. requests.Select(r => (r.Prompt, r.Group.Hypotheses.Count))],
            $"{requests.Count} fix-first touchpoints"
        );
    }

    /// <summary>The backlog with refined hypotheses where the drafts passed.</summary>
    public async Task<HypothesisBacklog?> RunAsync(
        ModelSession session,
        AnalysisResult analysis,
        CancellationToken cancellationToken = default
    )
    {
        if (analysis.Hypotheses is not { } backlog)
        {
            return null;
        }
        var groups = backlog.Touchpoints.ToList();
        foreach (
            var request in await PrepareAsync(analysis, session.Budget, session.Prompts, cancellationToken)
                .ConfigureAwait(false)
        )
        {
            var outcome = await RepairLoop
                .RunAsync<HypothesisDrafts, IReadOnlyList<ImprovementHypothesis>>(
                    session,
                    Stage,
                    request.Prompt,
                    answer => Check(answer, request.Group, request.Ids, analysis),
                    cancellationToken
                )
                .ConfigureAwait(false);
            var k = groups.FindIndex(g => g.TouchpointId == request.Group.TouchpointId);
            groups[k] = groups[k] with
            {
                Hypotheses =
                [
                    .. (outcome.Artifact ?? request.Group.Hypotheses).Select(h =>
                        h with
                        {
                            Provenance = outcome.Provenance,
                        }
                    ),
                ],
            };
        }
        return new HypothesisBacklog(groups);
    }

    /// <summary>Builds the refined hypotheses and checks them (fields, numbers, grounding, distinct titles).</summary>
    public static Checked<IReadOnlyList<ImprovementHypothesis>> Check(
        HypothesisDrafts answer,
        TouchpointHypotheses group,
        IReadOnlySet<string> ids,
        AnalysisResult analysis
    )
    {
        var findings = new List<Finding>();
        var drafts = answer.Hypotheses ?? [];
        var index = GroundingCheck.Index(analysis.Records);
        foreach (var d in drafts.Where(d => !group.Hypotheses.Any(h => h.Id == d.Id)))
        {
            findings.Add(
                new Finding(HypothesisCheck.Completeness, $"hypothesis id '{d.Id}' was not given; keep the given ids")
            );
        }
        var result = new List<ImprovementHypothesis>();
        foreach (var h in group.Hypotheses)
        {
            var d = drafts.FirstOrDefault(x => x.Id == h.Id);
            if (d is null)
            {
                findings.Add(new Finding(HypothesisCheck.Completeness, $"{h.Id} is missing"));
                continue;
            }
            var figures = Figures.From(
                [
                    h.Title,
                    h.Change,
                    h.KillCriterion,
                    h.Resources,
                    h.SuccessMetric.Target,
                    h.SuccessMetric.Method,
                    h.SuccessMetric.Baseline.HowComputed,
                    .. h.Specifics.Select(s => s.Text),
                ],
                [
                    h.SuccessMetric.Baseline.Value,
                    h.SuccessMetric.Baseline.N,
                    .. h.PainCounts.Select(p => (double)p.Count),
                ]
            );
            var refined = h with
            {
                Title = d.Title?.Trim() ?? "",
                Change = d.Change?.Trim() ?? "",
                KillCriterion = d.KillCriterion?.Trim() ?? "",
            };
            foreach (
                var (text, field) in new[]
                {
                    (refined.Title, "title"),
                    (refined.Change, "change"),
                    (refined.KillCriterion, "killCriterion"),
                }
            )
            {
                findings.AddRange(ClaimCheck.Check(text, figures, $"{h.Id} {field}"));
                if (text.IndexOfAny(['<', '>']) >= 0)
                {
                    findings.Add(new Finding(HypothesisCheck.Completeness, $"{h.Id} {field} is plain text: no markup"));
                }
            }
            refined = refined with { Evidence = Quotes.Locate(d.Quotes, ids, index, h.Id, findings) };
            findings.AddRange(HypothesisCheck.Check(refined, analysis));
            result.Add(refined);
        }
        foreach (var dup in result.GroupBy(h => h.Title, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            findings.Add(new Finding(HypothesisCheck.Backlog, $"the title \"{dup.Key}\" is used {dup.Count()} times"));
        }
        return findings.Count > 0
            ? Checked<IReadOnlyList<ImprovementHypothesis>>.Failed(findings)
            : new Checked<IReadOnlyList<ImprovementHypothesis>>(result, []);
    }

    private sealed record Request(TouchpointHypotheses Group, RenderedPrompt Prompt, IReadOnlySet<string> Ids);

    private static async Task<List<Request>> PrepareAsync(
        AnalysisResult analysis,
        BudgetOptions budget,
        PromptCatalog prompts,
        CancellationToken cancellationToken
    )
    {
        var requests = new List<Request>();
        if (analysis.Hypotheses is not { } backlog)
        {
            return requests;
        }
        var index = GroundingCheck.Index(analysis.Records);
        foreach (var group in backlog.Touchpoints.Where(g => g.Hypotheses.Count > 0))
        {
            var tp = analysis.Catalog.Find(group.TouchpointId);
            var score = analysis.Scoring.Touchpoints.FirstOrDefault(s => s.TouchpointId == group.TouchpointId);
            var records = Quotes.Records(group.Hypotheses.SelectMany(h => h.Evidence), index, budget.Representatives);
            var touchpoint =
                $"{tp?.Name ?? group.TouchpointId} ({tp?.Stage.ToString().ToLowerInvariant()} stage)"
                + (
                    score is null
                        ? ""
                        : string.Create(
                            CultureInfo.InvariantCulture,
                            $": {score.Mentions} mentions from {score.Customers} customers, "
                                + $"priority {score.Priority:0.0}"
                        )
                );
            var prompt = await prompts
                .RenderAsync(
                    PromptName,
                    new Dictionary<string, string>
                    {
                        ["touchpoint"] = touchpoint,
                        ["hypotheses"] = PromptJson.Lines(
                            group.Hypotheses.Select(h => new
                            {
                                h.Id,
                                h.Pain,
                                h.Title,
                                h.Change,
                                h.KillCriterion,
                                baseline = h.SuccessMetric.Baseline.HowComputed,
                            })
                        ),
                        ["evidence"] = EvidenceBlock.Format(
                            records.Select(r => (r.Id, r.Text)),
                            budget.MaxCharsPerItem
                        ),
                    },
                    cancellationToken
                )
                .ConfigureAwait(false);
            requests.Add(new Request(group, prompt, records.Select(r => r.Id).ToHashSet(StringComparer.Ordinal)));
        }
        return requests;
    }
}
