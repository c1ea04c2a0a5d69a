using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// A touchpoint found in the data that no catalog touchpoint covers (Origin = Discovered), its evidence and the words
/// that show it.
/// </summary>
public sealed record DiscoveredTouchpoint(
    Touchpoint Touchpoint,
    IReadOnlyList<string> EvidenceIds,
    IReadOnlyList<string> Terms
);
