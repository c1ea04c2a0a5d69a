using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Prompts;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Personas;
using CxAssistant.Core.Validation;

namespace CxAssistant.Agents.Drafters;

/// <summary>
/// Refines the wording of offline persona cards: the model rewrites the name and the jobs, pains and gains, each with
/// verbatim quotes from the segment's evidence. Segment, share, key touchpoints, empathy map and the evidence-based
/// flag
/// stay the core's; the refined card must pass <see cref="PersonaCheck"/> and state only the draft's figures.
/// </summary>
public sealed class PersonaAgent : IDraftStage
{
    /// <summary>The prompt this agent uses.</summary>
    public const string PromptName = "persona-card";
    private const int MaxItems = 4;

    /// <inheritdoc />
    public string Stage => "personas";

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
            [.. requests.Select(r => (r.Prompt, r.Ids.Count))],
            $"{requests.Count} of {analysis.Personas.Count} persona cards refined"
        );
    }

    /// <summary>
    /// The cards, refined where the model's draft passed, otherwise offline with a fallback provenance.
    /// </summary>
    public async Task<IReadOnlyList<PersonaCard>> RunAsync(
        ModelSession session,
        AnalysisResult analysis,
        CancellationToken cancellationToken = default
    )
    {
        var cards = analysis.Personas.ToList();
        var index = GroundingCheck.Index(analysis.Records);
        foreach (
            var request in await PrepareAsync(analysis, session.Budget, session.Prompts, cancellationToken)
                .ConfigureAwait(false)
        )
        {
            var k = cards.FindIndex(c => c.Id == request.Card.Id);
            var otherNames = cards
                .Where(c => c.Id != request.Card.Id)
                .Select(c => PersonaCheck.PersonName(c.Name))
                .ToList();
            var outcome = await RepairLoop
                .RunAsync<PersonaDraft, PersonaCard>(
                    session,
                    Stage,
                    request.Prompt,
                    answer => Check(answer, request.Card, request.Ids, index, otherNames),
                    cancellationToken
                )
                .ConfigureAwait(false);
            cards[k] = (outcome.Artifact ?? request.Card) with { Provenance = outcome.Provenance };
        }
        return cards;
    }

    /// <summary>Builds the refined card from the answer and checks it.</summary>
    public static Checked<PersonaCard> Check(
        PersonaDraft answer,
        PersonaCard offline,
        IReadOnlySet<string> ids,
        IReadOnlyDictionary<string, EvidenceRecord> index,
        IReadOnlyCollection<string> otherNames
    )
    {
        var findings = new List<Finding>();
        var figures = Figures.From(
            offline.AllItems().SelectMany(i => new[] { i.Text, i.Fact }).Append(offline.Name),
            offline.Share.Customers,
            offline.Share.TotalCustomers,
            offline.Share.Records,
            offline.Share.TotalRecords,
            offline.Share.Fraction
        );
        List<PersonaItem> Items(IReadOnlyList<ModelItem>? items, string list)
        {
            var result = new List<PersonaItem>();
            foreach (var (item, n) in (items ?? []).Take(MaxItems).Select((x, n) => (x, n + 1)))
            {
                var where = $"{list} item {n}";
                if (string.IsNullOrWhiteSpace(item.Text))
                {
                    findings.Add(new Finding(PersonaCheck.Name, $"{where} has no text"));
                    continue;
                }
                findings.AddRange(ClaimCheck.Check(item.Text, figures, where));
                result.Add(new PersonaItem(item.Text.Trim(), Quotes.Locate(item.Quotes, ids, index, where, findings)));
            }
            return result;
        }
        var name = answer.Name?.Trim() ?? "";
        findings.AddRange(ClaimCheck.Check(name, figures, "the name"));
        if (name.IndexOfAny(['<', '>']) >= 0)
        {
            findings.Add(new Finding(PersonaCheck.Name, "the name is plain text: no markup"));
        }
        if (otherNames.Contains(PersonaCheck.PersonName(name), StringComparer.OrdinalIgnoreCase))
        {
            findings.Add(
                new Finding(PersonaCheck.Name, $"'{PersonaCheck.PersonName(name)}' is another persona's name")
            );
        }
        var card = offline with
        {
            Name = name,
            Jobs = Items(answer.Jobs, "jobs"),
            Pains = Items(answer.Pains, "pains"),
            Gains = Items(answer.Gains, "gains"),
        };
        findings.AddRange(PersonaCheck.Check(card, index));
        return findings.Count > 0 ? Checked<PersonaCard>.Failed(findings) : new Checked<PersonaCard>(card, []);
    }

    private sealed record Request(PersonaCard Card, RenderedPrompt Prompt, IReadOnlySet<string> Ids);

    private static async Task<List<Request>> PrepareAsync(
        AnalysisResult analysis,
        BudgetOptions budget,
        PromptCatalog prompts,
        CancellationToken cancellationToken
    )
    {
        var index = GroundingCheck.Index(analysis.Records);
        var requests = new List<Request>();
        foreach (var card in analysis.Personas.Take(budget.MaxPersonas))
        {
            var records = Quotes.Records(card.AllQuotes(), index, budget.Representatives * 2);
            var draft = PromptJson.Serialize(
                new
                {
                    name = card.Name,
                    role = PersonaRole.Label(card.Role.Kind),
                    facts = card
                        .Context.Select(i => i.Fact ?? i.Text)
                        .Append($"{card.Share.Customers} of {card.Share.TotalCustomers} customers"),
                    jobs = card.Jobs.Select(i => i.Text),
                    pains = card.Pains.Select(i => i.Text),
                    gains = card.Gains.Select(i => i.Text),
                }
            );
            var prompt = await prompts
                .RenderAsync(
                    PromptName,
                    new Dictionary<string, string>
                    {
                        ["draft"] = draft,
                        ["evidence"] = EvidenceBlock.Format(
                            records.Select(r => (r.Id, r.Text)),
                            budget.MaxCharsPerItem
                        ),
                    },
                    cancellationToken
                )
                .ConfigureAwait(false);
            requests.Add(new Request(card, prompt, records.Select(r => r.Id).ToHashSet(StringComparer.Ordinal)));
        }
        return requests;
    }
}
