using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Prompts;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Jobs;
using CxAssistant.Core.Validation;

namespace CxAssistant.Agents.Drafters;

/// <summary>
/// Rewords the offline job statements (most customers first) in the seed-003 grammar with verbatim quotes. Ids, tree,
/// outcomes and opportunity scores stay the core's; every statement must pass <see cref="JobStatementLinter"/> (with
/// the catalog's names as solution terms) and the grounding checks, or the offline statements are kept.
/// </summary>
public sealed class JobStatementAgent : IDraftStage
{
    /// <summary>The prompt this agent uses.</summary>
    public const string PromptName = "job-statements";

    /// <inheritdoc />
    public string Stage => "jobs";

    /// <inheritdoc />
    public async Task<StagePlan> PlanAsync(
        AnalysisResult analysis,
        BudgetOptions budget,
        PromptCatalog prompts,
        CancellationToken cancellationToken = default
    )
    {
        var request = await PrepareAsync(analysis, budget, prompts, cancellationToken).ConfigureAwait(false);
        return request is null
            ? new StagePlan([], "no job statements to refine")
            : new StagePlan(
                [(request.Prompt, request.Statements.Count)],
                $"{request.Statements.Count} of {analysis.Jobs!.Statements.Count} job statements refined"
            );
    }

    /// <summary>
    /// The jobs analysis with refined statements (provenance on each and on the whole), or unchanged.
    /// </summary>
    public async Task<JobsAnalysis?> RunAsync(
        ModelSession session,
        AnalysisResult analysis,
        CancellationToken cancellationToken = default
    )
    {
        var request = await PrepareAsync(analysis, session.Budget, session.Prompts, cancellationToken)
            .ConfigureAwait(false);
        if (request is null)
        {
            return analysis.Jobs;
        }
        var index = GroundingCheck.Index(analysis.Records);
        var solutionTerms = SolutionTerms(analysis);
        var outcome = await RepairLoop
            .RunAsync<JobDrafts, IReadOnlyList<JobStatement>>(
                session,
                Stage,
                request.Prompt,
                answer => Check(answer, request.Statements, request.Ids, index, solutionTerms),
                cancellationToken
            )
            .ConfigureAwait(false);
        var refined = (outcome.Artifact ?? []).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var jobs = analysis.Jobs!;
        var statements = jobs
            .Tree.Statements.Select(s =>
                refined.TryGetValue(s.Id, out var r) ? r with { Provenance = outcome.Provenance }
                : request.Statements.Any(x => x.Id == s.Id) ? s with { Provenance = outcome.Provenance }
                : s
            )
            .ToList();
        return jobs with { Tree = jobs.Tree with { Statements = statements }, Provenance = outcome.Provenance };
    }

    /// <summary>Builds the refined statements from the answer and checks every one.</summary>
    public static Checked<IReadOnlyList<JobStatement>> Check(
        JobDrafts answer,
        IReadOnlyList<JobStatement> offline,
        IReadOnlySet<string> ids,
        IReadOnlyDictionary<string, EvidenceRecord> index,
        IReadOnlyCollection<string> solutionTerms
    )
    {
        var findings = new List<Finding>();
        var drafts = answer.Statements ?? [];
        var result = new List<JobStatement>();
        foreach (var draft in drafts.Where(d => !offline.Any(s => s.Id == d.Id)))
        {
            findings.Add(
                new Finding(JobStatementLinter.Name, $"statement id '{draft.Id}' was not given; keep the given ids")
            );
        }
        foreach (var statement in offline)
        {
            var draft = drafts.FirstOrDefault(d => d.Id == statement.Id);
            if (draft is null)
            {
                findings.Add(new Finding(JobStatementLinter.Name, $"statement '{statement.Id}' is missing"));
                continue;
            }
            var refined = statement with
            {
                Verb = draft.Verb?.Trim() ?? "",
                Object = draft.Object?.Trim() ?? "",
                Clarifier = draft.Clarifier?.Trim() ?? "",
            };
            var where = $"statement '{statement.Id}'";
            findings.AddRange(
                JobStatementLinter
                    .Check(refined, solutionTerms)
                    .Select(f => f with { Message = $"{where}: {f.Message}" })
            );
            findings.AddRange(ClaimCheck.Check(refined.Text, Figures.From([statement.Text]), where));
            if (refined.Text.IndexOfAny(['<', '>']) >= 0)
            {
                findings.Add(new Finding(JobStatementLinter.Name, $"{where} is plain text: no markup"));
            }
            result.Add(refined with { Evidence = Quotes.Locate(draft.Quotes, ids, index, where, findings) });
        }
        return findings.Count > 0
            ? Checked<IReadOnlyList<JobStatement>>.Failed(findings)
            : new Checked<IReadOnlyList<JobStatement>>(result, []);
    }

    /// <summary>Touchpoint names and the catalog's name: a job must not name the solution.</summary>
    public static IReadOnlyCollection<string> SolutionTerms(AnalysisResult analysis) =>
        [
            .. analysis
                .Catalog.Touchpoints.Select(t => t.Name)
                .Append(analysis.Catalog.Name)
                .Where(n => n.Length > 2)
                .Distinct(StringComparer.OrdinalIgnoreCase),
        ];

    private sealed record Request(
        RenderedPrompt Prompt,
        IReadOnlyList<JobStatement> Statements,
        IReadOnlySet<string> Ids
    );

    private static async Task<Request?> PrepareAsync(
        AnalysisResult analysis,
        BudgetOptions budget,
        PromptCatalog prompts,
        CancellationToken cancellationToken
    )
    {
        if (analysis.Jobs is not { } jobs || jobs.Statements.Count == 0)
        {
            return null;
        }
        var index = GroundingCheck.Index(analysis.Records);
        var statements = jobs
            .Statements.OrderByDescending(s => s.Customers)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Take(budget.MaxJobStatements)
            .ToList();
        var records = Quotes.Records(statements.SelectMany(s => s.Evidence.Take(2)), index, budget.Representatives * 3);
        var prompt = await prompts
            .RenderAsync(
                PromptName,
                new Dictionary<string, string>
                {
                    ["statements"] = PromptJson.Lines(
                        statements.Select(s => new
                        {
                            s.Id,
                            altitude = s.Altitude.ToString().ToLowerInvariant(),
                            s.Verb,
                            s.Object,
                            s.Clarifier,
                        })
                    ),
                    ["solution_terms"] = string.Join(", ", SolutionTerms(analysis).Take(40)),
                    ["evidence"] = EvidenceBlock.Format(records.Select(r => (r.Id, r.Text)), budget.MaxCharsPerItem),
                },
                cancellationToken
            )
            .ConfigureAwait(false);
        return new Request(prompt, statements, records.Select(r => r.Id).ToHashSet(StringComparer.Ordinal));
    }
}
