namespace CxAssistant.Core.Metrics;

/// <summary>CLV of the customers in one segment value (a customer's segment is the one on their orders).</summary>
public sealed record SegmentLifetimeValue(
    string Field,
    string Value,
    int Customers,
    int Orders,
    double AverageOrderValue,
    double Clv
);
