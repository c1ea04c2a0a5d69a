namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// A compiled catalog: the index, each touchpoint's knowledge links, the customer-service touchpoint (−1 if none)
/// and, per touchpoint, the head stems of its name (generic words there still count as evidence).
/// </summary>
internal sealed record BuiltVocabulary(
    TermIndex Index,
    IReadOnlyDictionary<string, IReadOnlyList<TouchpointLink>> Links,
    int ServiceTouchpoint,
    IReadOnlyList<HashSet<string>> NameHeads
);
