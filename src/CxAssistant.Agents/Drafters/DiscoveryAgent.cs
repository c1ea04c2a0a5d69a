using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Prompts;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Touchpoints;
using CxAssistant.Core.Validation;

namespace CxAssistant.Agents.Drafters;

/// <summary>The model's name for a discovered touchpoint (name-discovered-touchpoint output).</summary>
public sealed record TouchpointNaming(
    string? Name,
    string? Description,
    string? Stage,
    IReadOnlyList<string>? EvidenceIds
);

/// <summary>
/// Names and describes the touchpoints discovery found (clusters of evidence no catalog touchpoint covers) from a few
/// representatives each. The cluster, its members and its scores come from the core; the model only words it. The id
/// never changes, so every annotation and score still points at it.
/// </summary>
public sealed class DiscoveryAgent : IDraftStage
{
    /// <summary>The prompt this agent uses.</summary>
    public const string PromptName = "name-discovered-touchpoint";
    private const int MaxNameLength = 60,
        MaxDescriptionLength = 300;

    /// <inheritdoc />
    public string Stage => "discover";

    /// <inheritdoc />
    public async Task<StagePlan> PlanAsync(
        AnalysisResult analysis,
        BudgetOptions budget,
        PromptCatalog prompts,
        CancellationToken cancellationToken = default
    )
    {
        var requests = await PrepareAsync(analysis, budget, prompts, cancellationToken).ConfigureAwait(false);
        var discovered = analysis.Catalog.Touchpoints.Count(t => t.Origin == TouchpointOrigin.Discovered);
        return new StagePlan(
            [.. requests.Select(r => (r.Prompt, r.Ids.Count))],
            $"{requests.Count} of {discovered} discovered touchpoints named"
        );
    }

    /// <summary>Returns the catalog with refined discovered touchpoints and each one's provenance.</summary>
    public async Task<(
        TouchpointCatalog Catalog,
        IReadOnlyList<(string Id, Provenance Provenance)> Provenance
    )> RunAsync(ModelSession session, AnalysisResult analysis, CancellationToken cancellationToken = default)
    {
        var catalog = analysis.Catalog;
        var provenance = new List<(string, Provenance)>();
        foreach (
            var request in await PrepareAsync(analysis, session.Budget, session.Prompts, cancellationToken)
                .ConfigureAwait(false)
        )
        {
            var others = catalog.Touchpoints.Where(t => t.Id != request.Touchpoint.Id).Select(t => t.Name).ToList();
            var outcome = await RepairLoop
                .RunAsync<TouchpointNaming, Touchpoint>(
                    session,
                    Stage,
                    request.Prompt,
                    answer => Check(answer, request.Touchpoint, request.Ids, others),
                    cancellationToken
                )
                .ConfigureAwait(false);
            if (outcome.Artifact is { } named)
            {
                catalog = catalog with
                {
                    Touchpoints = [.. catalog.Touchpoints.Select(t => t.Id == named.Id ? named : t)],
                };
            }
            provenance.Add((request.Touchpoint.Id, outcome.Provenance));
        }
        return (catalog, provenance);
    }

    /// <summary>
    /// Checks a naming: a short plain name (no markup, no numbers, not another touchpoint's), an allowed stage, given
    /// evidence cited.
    /// </summary>
    public static Checked<Touchpoint> Check(
        TouchpointNaming answer,
        Touchpoint offline,
        IReadOnlySet<string> ids,
        IReadOnlyCollection<string> otherNames
    )
    {
        var findings = new List<Finding>();
        var name = answer.Name?.Trim() ?? "";
        var description = answer.Description?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            findings.Add(new Finding("naming", $"the name must be 1 to {MaxNameLength} characters"));
        }
        if (description.Length is 0 or > MaxDescriptionLength)
        {
            findings.Add(new Finding("naming", $"the description must be 1 to {MaxDescriptionLength} characters"));
        }
        if ((name + description).IndexOfAny(['<', '>', '{', '}']) >= 0)
        {
            findings.Add(new Finding("naming", "name and description are plain text: no markup or JSON"));
        }
        findings.AddRange(ClaimCheck.Check(name + " " + description, [], "the naming"));
        if (otherNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            findings.Add(new Finding("naming", $"'{name}' is already another touchpoint's name"));
        }
        findings.AddRange(AllowedLabelsCheck.Check("stage", [answer.Stage], Labels.Stages, required: true));
        findings.AddRange(EvidenceIdCheck.Check(answer.EvidenceIds ?? [], ids, "the naming"));
        return findings.Count > 0
            ? Checked<Touchpoint>.Failed(findings)
            : new Checked<Touchpoint>(
                offline with
                {
                    Name = name,
                    Description = description,
                    Stage = Labels.Parse<JourneyStage>(answer.Stage!),
                },
                []
            );
    }

    private sealed record Request(Touchpoint Touchpoint, RenderedPrompt Prompt, IReadOnlySet<string> Ids);

    private static async Task<List<Request>> PrepareAsync(
        AnalysisResult analysis,
        BudgetOptions budget,
        PromptCatalog prompts,
        CancellationToken cancellationToken
    )
    {
        var requests = new List<Request>();
        foreach (
            var tp in analysis
                .Catalog.Touchpoints.Where(t => t.Origin == TouchpointOrigin.Discovered)
                .Take(budget.MaxDiscovered)
        )
        {
            var members = Enumerable
                .Range(0, analysis.Records.Count)
                .Where(i =>
                    analysis.Records[i].IsCustomerVoice
                    && analysis.Annotations[i].Touchpoints.Any(m => m.TouchpointId == tp.Id)
                )
                .Select(i => analysis.Records[i])
                .OrderByDescending(r => Math.Min(r.Text.Length, budget.MaxCharsPerItem))
                .ThenBy(r => r.Id, StringComparer.Ordinal)
                .Take(budget.Representatives)
                .ToList();
            if (members.Count == 0)
            {
                continue;
            }
            var prompt = await prompts
                .RenderAsync(
                    PromptName,
                    new Dictionary<string, string>
                    {
                        ["current_name"] = tp.Name,
                        ["terms"] = string.Join(", ", tp.Keywords),
                        ["stages"] = string.Join(", ", Labels.Stages),
                        ["evidence"] = EvidenceBlock.Format(
                            members.Select(r => (r.Id, r.Text)),
                            budget.MaxCharsPerItem
                        ),
                    },
                    cancellationToken
                )
                .ConfigureAwait(false);
            requests.Add(new Request(tp, prompt, members.Select(r => r.Id).ToHashSet(StringComparer.Ordinal)));
        }
        return requests;
    }
}
