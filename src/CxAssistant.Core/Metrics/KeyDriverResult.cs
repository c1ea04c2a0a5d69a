namespace CxAssistant.Core.Metrics;

/// <summary>
/// Key-driver analysis of <see cref="Outcome"/> ("NPS" or "rating") over <see cref="N"/> customers.
/// <see cref="Method"/> is "regression" (multiple OLS, <see cref="RSquared"/> set) or "correlation" (the small-n
/// fallback, <see cref="RSquared"/> null); <see cref="Note"/> says why the fallback was used.
/// Drivers are ordered by effect, largest first.
/// </summary>
public sealed record KeyDriverResult(
    string Outcome,
    string Method,
    int N,
    double? RSquared,
    IReadOnlyList<KeyDriver> Drivers,
    string? Note
)
{
    public const string Regression = "regression";
    public const string CorrelationMethod = "correlation";
}
