namespace CxAssistant.Core.Metrics;

/// <summary>
/// A driver placed on the importance × performance grid (importance = driver effect; performance on its touchpoint
/// scale).
/// </summary>
public sealed record ImportancePerformancePoint(
    string TouchpointId,
    double Importance,
    double Performance,
    ImportancePerformanceQuadrant Quadrant
);
