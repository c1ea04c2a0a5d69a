namespace CxAssistant.Core.Periods;

/// <summary>What counts as a real change between two periods (docs/periods.md).</summary>
public sealed record PeriodOptions
{
    /// <summary>
    /// Two-sided significance level of every test (0.05: a change this large by chance one time in twenty).
    /// </summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>
    /// Hits in the two periods together below which no change is called significant: the z-test's normal approximation
    /// is poor for a handful of records, and a theme that goes from 1 to 3 mentions is a signal, not a finding.
    /// </summary>
    public int MinSupport { get; init; } = 5;

    /// <summary>Records in the latest period for a theme absent from the one before to count as new.</summary>
    public int MinNewThemeRecords { get; init; } = 3;
}
