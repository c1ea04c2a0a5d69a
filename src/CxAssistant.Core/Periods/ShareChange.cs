using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Periods;

/// <summary>
/// One share in two periods (hits of n before and after), as percentages rounded to 0.1, the change in points, and the
/// two-proportion z-test between them (<see cref="TwoProportionTest"/>). <see cref="Significant"/> needs p below the
/// comparison's alpha and enough hits in the two periods together for the normal approximation to hold.
/// </summary>
public sealed record ShareChange(
    int BeforeHits,
    int BeforeN,
    int AfterHits,
    int AfterN,
    double Before,
    double After,
    double Change,
    double Z,
    double P,
    bool Significant
)
{
    public static ShareChange Of(int beforeHits, int beforeN, int afterHits, int afterN, PeriodOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var before = 100.0 * Statistics.Ratio(beforeHits, beforeN);
        var after = 100.0 * Statistics.Ratio(afterHits, afterN);
        var (z, p) = TwoProportionTest.Test(beforeHits, beforeN, afterHits, afterN);
        var significant = p < options.Alpha && beforeHits + afterHits >= options.MinSupport;
        return new ShareChange(
            beforeHits,
            beforeN,
            afterHits,
            afterN,
            Statistics.Round(before, 1),
            Statistics.Round(after, 1),
            Statistics.Round(after - before, 1),
            Statistics.Round(z, 3),
            Statistics.Round(p, 4),
            significant
        );
    }
}
