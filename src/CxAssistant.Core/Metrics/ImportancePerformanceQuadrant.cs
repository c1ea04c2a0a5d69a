namespace CxAssistant.Core.Metrics;

/// <summary>Importance × performance quadrants, in the order a report lists them.</summary>
public enum ImportancePerformanceQuadrant
{
    /// <summary>High importance, low performance: fix now.</summary>
    FixNow,

    /// <summary>High importance, high performance: keep up the good work.</summary>
    KeepUp,

    /// <summary>Low importance, high performance: possibly over-invested.</summary>
    OverInvested,

    /// <summary>Low importance, low performance: low priority.</summary>
    LowPriority,
}
