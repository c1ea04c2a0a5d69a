namespace CxAssistant.Core.Metrics;

/// <summary>
/// Stickiness and churn signals (seed 000; docs/engagement-metrics.md, "Retention"). A repeat customer has dated
/// records on two or more different days; ReturningRate = repeat / dated customers. A churn signal is a cancel
/// job event, a "never again" phrase or a switching phrase in the customer's own words; ChurnSignalRate divides
/// customers with a signal by all customers. Signal counts are records.
/// </summary>
public sealed record RetentionResult(
    int Customers,
    int DatedCustomers,
    int RepeatCustomers,
    double ReturningRate,
    double? MedianDaysToReturn,
    int ChurnSignalCustomers,
    double ChurnSignalRate,
    int CancelSignals,
    int NeverAgainSignals,
    int SwitchingSignals
)
{
    public IReadOnlyList<RetentionGroup> Segments { get; init; } = [];
    public IReadOnlyList<RetentionGroup> Touchpoints { get; init; } = [];
}
