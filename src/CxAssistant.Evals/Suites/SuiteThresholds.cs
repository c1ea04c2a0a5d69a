namespace CxAssistant.Evals.Suites;

/// <summary>
/// When a suite passes, and how much worse than its baseline it may get before <c>cx eval compare</c> fails.
/// </summary>
public sealed record SuiteThresholds
{
    /// <summary>Minimum share of cases that must pass for the suite to pass (0–1).</summary>
    public double Pass { get; init; } = 1.0;

    /// <summary>Largest allowed drop of the suite score against the baseline.</summary>
    public double Regression { get; init; } = 0.0;

    /// <summary>
    /// Largest allowed drop of one case's score against the baseline (a pass turning into a fail always counts).
    /// </summary>
    public double CaseTolerance { get; init; } = 0.0;
}
