using System.ComponentModel;
using System.Globalization;
using CxAssistant.Chat.Citations;
using CxAssistant.Chat.Knowledge;
using CxAssistant.Core.Personas;
using Microsoft.Extensions.AI;

namespace CxAssistant.Chat.Tools;

/// <summary>The analysis' persona cards (clustered from customers), with shares and quotes.</summary>
public sealed class PersonasTool(ChatData data, Func<CitationBook> citations) : ChatTool(data, citations)
{
    /// <inheritdoc />
    public override string Name => "persona_cards";

    /// <inheritdoc />
    public override string Description =>
        "Persona cards drawn from customer segments, largest first: name, "
        + "role, share of customers, whether evidence-based or proto-persona, "
        + "context, jobs, pains, gains, key touchpoints and cited quotes. Give a persona id or name for one card.";

    /// <inheritdoc />
    public override AIFunction AsFunction() => Function(Get);

    /// <summary>All persona cards, or the one named.</summary>
    public PersonasResult Get(
        [Description("Persona id (persona-1) or part of its name; empty for all.")] string? persona = null
    )
    {
        var cards = Data.Analysis.Personas;
        var notes = new List<string>();
        if (!string.IsNullOrWhiteSpace(persona))
        {
            cards =
            [
                .. cards.Where(c =>
                    c.Id.Equals(persona.Trim(), StringComparison.OrdinalIgnoreCase)
                    || c.Name.Contains(persona.Trim(), StringComparison.OrdinalIgnoreCase)
                ),
            ];
            if (cards.Count == 0)
            {
                notes.Add($"No persona called '{persona}'.");
            }
        }
        if (Data.Analysis.Personas.Count == 0)
        {
            notes.Add("The analysis drew no personas (too few customers).");
        }
        var book = Citations;
        var views = cards.Select(c => View(c, book)).ToList();
        return new PersonasResult(
            views,
            notes,
            [.. views.SelectMany(v => v.Quotes).Distinct().Select(n => book.All[n - 1])]
        );
    }

    private PersonaView View(PersonaCard card, CitationBook book)
    {
        var quotes = card.Quotes.Take(3).Select(book.Cite).OfType<Citation>().Select(c => c.Number).ToList();
        return new PersonaView(
            card.Id,
            card.Name,
            PersonaRole.Label(card.Role.Kind),
            card.Share.Customers,
            card.Share.TotalCustomers,
            Math.Round(card.Share.Fraction * 100, 1),
            card.EvidenceBased,
            Items(card.Context),
            Items(card.Jobs),
            Items(card.Pains),
            Items(card.Gains),
            [
                .. card
                    .KeyTouchpoints.Take(4)
                    .Select(k =>
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"{k.Name} ({k.Mentions} mentions, mean sentiment {k.MeanSentiment:0.##})"
                        )
                    ),
            ],
            quotes
        );
    }

    private List<string> Items(IReadOnlyList<PersonaItem> items) =>
        [.. items.Take(4).Select(i => Data.Scrub(i.Fact is null ? i.Text : $"{i.Text} ({i.Fact})"))];
}
