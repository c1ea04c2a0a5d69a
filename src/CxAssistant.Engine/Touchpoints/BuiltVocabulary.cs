namespace CxAssistant.Engine.Touchpoints;

/// <summary>A compiled catalog: the index, each touchpoint's knowledge links and the customer-service touchpoint (−1 if none).</summary>
internal sealed record BuiltVocabulary(
    TermIndex Index,
    IReadOnlyDictionary<string, IReadOnlyList<TouchpointLink>> Links,
    int ServiceTouchpoint);
