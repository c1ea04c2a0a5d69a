using CxAssistant.Core.Evidence;
using CxAssistant.Core.Metrics;
using CxAssistant.Core.Validation;

namespace CxAssistant.Core.Personas;

/// <summary>
/// Checks a persona card before anyone sees it, whoever drafted it: complete (name, allowed role, context, jobs,
/// every empathy-map quadrant, at least <see cref="MinQuotes"/> quotes), every item supported (quote or computed
/// fact), every quote verbatim (<see cref="GroundingCheck"/>), share arithmetic consistent, and the evidence-based
/// flag matching <see cref="PersonaThresholds"/>. Findings are phrased so a model can repair the draft.
/// </summary>
public static class PersonaCheck
{
    public const string Name = "persona";
    public const int MinQuotes = 2;

    public static IReadOnlyList<Finding> Check(PersonaCard card, IReadOnlyDictionary<string, EvidenceRecord> evidence)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(evidence);
        var findings = new List<Finding>();
        void Add(string message) => findings.Add(new Finding(Name, $"{card.Id}: {message}"));

        if (string.IsNullOrWhiteSpace(card.Name))
        {
            Add("has no name");
        }
        if (!PersonaRole.Allowed.Contains(card.Role.Kind))
        {
            Add(
                $"role '{PersonaRole.Label(card.Role.Kind)}' is not allowed for a "
                    + $"customer persona (use customer, user or economic buyer; customers are "
                    + $"never stakeholders)"
            );
        }
        if (string.IsNullOrWhiteSpace(card.Role.Rationale))
        {
            Add("role has no rationale");
        }
        if (card.Context.Count == 0)
        {
            Add("context is empty");
        }
        if (card.Jobs.Count == 0)
        {
            Add("jobs are empty");
        }
        if (card.Pains.Count == 0 && card.Gains.Count == 0)
        {
            Add("has neither pains nor gains");
        }
        foreach (var (quadrant, items) in card.EmpathyMap.Quadrants())
        {
            if (items.Count == 0)
            {
                Add($"empathy map quadrant '{quadrant}' is empty");
            }
        }
        if (card.Quotes.Count < MinQuotes)
        {
            Add($"has {card.Quotes.Count} quotes; at least {MinQuotes} are needed");
        }

        foreach (var item in card.AllItems())
        {
            if (string.IsNullOrWhiteSpace(item.Text))
            {
                Add("an item has no text");
            }
            else if (item.Quotes.Count == 0 && string.IsNullOrWhiteSpace(item.Fact))
            {
                Add($"item \"{item.Text}\" has neither a quote nor a computed fact");
            }
        }

        foreach (var f in GroundingCheck.Check(card.AllQuotes(), evidence))
        {
            findings.Add(new Finding(GroundingCheck.Name, $"{card.Id}: {f.Message}"));
        }

        CheckShare(card.Share, Add);
        if (card.EvidenceBased != PersonaThresholds.IsEvidenceBased(card.Share.Customers, card.Share.Records))
        {
            Add(
                card.EvidenceBased
                    ? $"is marked evidence-based but has {card.Share.Customers} customers and "
                        + $"{card.Share.Records} records (needs {PersonaThresholds.MinCustomers} "
                        + $"and {PersonaThresholds.MinRecords}): mark it a proto-persona"
                    : "is marked a proto-persona but meets the evidence thresholds"
            );
        }

        foreach (var tp in card.KeyTouchpoints)
        {
            if (tp.Mentions < tp.Customers || tp.Customers < 1)
            {
                Add($"key touchpoint '{tp.TouchpointId}' has {tp.Mentions} mentions from {tp.Customers} customers");
            }
            if (tp.Customers > card.Share.Customers)
            {
                Add(
                    $"key touchpoint '{tp.TouchpointId}' counts {tp.Customers} customers "
                        + $"but the persona has {card.Share.Customers}"
                );
            }
            if (!double.IsFinite(tp.MeanSentiment) || tp.MeanSentiment is < -1 or > 1)
            {
                Add($"key touchpoint '{tp.TouchpointId}' has mean sentiment {tp.MeanSentiment} outside −1…+1");
            }
        }
        return findings;
    }

    /// <summary>
    /// Checks every card, plus what only a set can get wrong: duplicate ids or names, shares adding up to more than
    /// everyone.
    /// </summary>
    public static IReadOnlyList<Finding> CheckAll(
        IReadOnlyList<PersonaCard> cards,
        IReadOnlyDictionary<string, EvidenceRecord> evidence
    )
    {
        ArgumentNullException.ThrowIfNull(cards);
        var findings = cards.SelectMany(c => Check(c, evidence)).ToList();
        foreach (var id in cards.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            findings.Add(new Finding(Name, $"id '{id.Key}' is used by {id.Count()} cards"));
        }
        foreach (
            var name in cards
                .GroupBy(c => PersonName(c.Name), StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Count() > 1)
        )
        {
            findings.Add(
                new Finding(Name, $"name '{name.Key}' is used by {name.Count()} cards; personas must be told apart")
            );
        }
        var totals = cards.Select(c => c.Share.TotalCustomers).Distinct().ToList();
        if (totals.Count > 1)
        {
            findings.Add(new Finding(Name, $"cards disagree on the number of customers ({string.Join(", ", totals)})"));
        }
        else if (totals.Count == 1 && cards.Sum(c => c.Share.Customers) > totals[0])
        {
            findings.Add(
                new Finding(
                    Name,
                    $"cards cover {cards.Sum(c => c.Share.Customers)} customers but there are only {totals[0]}"
                )
            );
        }
        return findings;
    }

    /// <summary>The human part of a name ("Commuter Clara" of "Commuter Clara — the pre-order regular").</summary>
    public static string PersonName(string name)
    {
        var dash = name.IndexOf(" — ", StringComparison.Ordinal);
        return (dash < 0 ? name : name[..dash]).Trim();
    }

    private static void CheckShare(PersonaShare share, Action<string> add)
    {
        if (share.Customers < 1)
        {
            add("share has no customers");
        }
        if (share.Customers > share.TotalCustomers)
        {
            add($"share counts {share.Customers} customers out of {share.TotalCustomers}");
        }
        if (share.Records < share.Customers)
        {
            add(
                $"share counts {share.Records} records for {share.Customers} customers (each customer has at least one)"
            );
        }
        if (share.Records > share.TotalRecords)
        {
            add($"share counts {share.Records} records out of {share.TotalRecords}");
        }
        var expected = Statistics.Round(Statistics.Ratio(share.Customers, share.TotalCustomers), 3);
        if (Math.Abs(share.Fraction - expected) > 0.0005)
        {
            add(
                $"share fraction {share.Fraction} does not equal {share.Customers}/{share.TotalCustomers} = {expected}"
            );
        }
    }
}
