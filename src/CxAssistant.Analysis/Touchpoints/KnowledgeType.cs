using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// A generic touchpoint type the offline matcher knows about ("delivery", "baggage", "checkout"): its names,
/// the vocabulary customers use about it and, for industry-specific types, the domain words a catalog must
/// contain before the type may be linked (an airline's "cancellations" is not a shop's).
/// </summary>
public sealed record KnowledgeType
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public JourneyStage Stage { get; init; } = JourneyStage.Usage;

    /// <summary>Names a catalog might give this touchpoint ("luggage", "bags").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<WeightedTerm> Terms { get; init; } = [];

    /// <summary>
    /// How much an alias counts in customer text: strong, unless the term lists give it another weight ("order"
    /// names the Orders type but is said in every delivery and invoice request, so it is listed as medium).
    /// </summary>
    public double AliasWeight(string alias) =>
        Terms.FirstOrDefault(t => string.Equals(t.Text, alias, StringComparison.OrdinalIgnoreCase))
            is { Text: not null } term
            ? term.Weight
            : 3;

    /// <summary>
    /// Empty for cross-industry types; otherwise one of these words must occur somewhere in the catalog.
    /// </summary>
    public IReadOnlyList<string> Domain { get; init; } = [];
}
