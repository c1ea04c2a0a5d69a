namespace CxAssistant.Core.Metrics;

/// <summary>
/// Settings of the engagement metrics (docs/engagement-metrics.md). Defaults are assumptions, stated in the report.
/// </summary>
public sealed record EngagementOptions
{
    /// <summary>Metadata column holding the order value; null = detect (order_value, amount, basket, total…).</summary>
    public string? OrderValueColumn { get; init; }

    /// <summary>Profit share of an order. 30% is an assumed retail gross margin, not a measured one.</summary>
    public double Margin { get; init; } = 0.30;

    /// <summary>CLV horizon in years; null = the observed span of the orders (historical CLV).</summary>
    public double? HorizonYears { get; init; }

    /// <summary>Regression needs at least this many customers (and more than 3 per driver).</summary>
    public int MinRegressionN { get; init; } = 20;

    /// <summary>Most drivers in the key-driver model (the most-mentioned touchpoints).</summary>
    public int MaxDrivers { get; init; } = 8;

    /// <summary>A touchpoint is a candidate driver when at least this many scored customers mention it.</summary>
    public int MinDriverCustomers { get; init; } = 3;

    /// <summary>Quadrant performance axis: touchpoint emotional impact (default) or functional performance.</summary>
    public bool PerformanceFromFunctional { get; init; }

    /// <summary>Which metadata fields are segments (shared with the segment metrics).</summary>
    public SegmentOptions Segments { get; init; } = new();
}
