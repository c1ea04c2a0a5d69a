namespace CxAssistant.Core.Scoring;

/// <summary>
/// Touchpoints as nodes, edges from customer timelines (or co-mention when there are none), and critical moments.
/// </summary>
public sealed record TouchpointNetwork(
    IReadOnlyList<string> Nodes,
    IReadOnlyList<NetworkEdge> Edges,
    IReadOnlyList<CriticalMoment> CriticalMoments,
    bool FromTimelines
);
