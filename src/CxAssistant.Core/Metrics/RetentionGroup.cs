namespace CxAssistant.Core.Metrics;

/// <summary>
/// Retention within a group of customers: a segment value (<see cref="Field"/> = the metadata field) or a
/// touchpoint (<see cref="Field"/> = "touchpoint", <see cref="Value"/> = its id). Rates are 0–1.
/// </summary>
public sealed record RetentionGroup(
    string Field,
    string Value,
    int Customers,
    int DatedCustomers,
    int RepeatCustomers,
    double ReturningRate,
    int ChurnSignalCustomers,
    double ChurnSignalRate
);
