namespace CxAssistant.Core.Metrics;

/// <summary>
/// Customer lifetime value (seed 000): CLV = purchase frequency × time period × profit per order.
/// Frequency is orders per customer per year (null when orders carry no dates); <see cref="PeriodYears"/> is
/// the observed span of the orders unless a horizon was set (<see cref="PeriodIsObserved"/> false).
/// Profit per order = average order value × <see cref="Margin"/> (an assumption unless configured).
/// </summary>
public sealed record LifetimeValueResult(
    string Column,
    int Orders,
    int Customers,
    double AverageOrderValue,
    double OrdersPerCustomer,
    double? PurchaseFrequency,
    double? PeriodYears,
    bool PeriodIsObserved,
    double Margin,
    double ProfitPerOrder,
    double Clv
)
{
    public IReadOnlyList<SegmentLifetimeValue> Segments { get; init; } = [];
}
