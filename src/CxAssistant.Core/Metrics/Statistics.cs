namespace CxAssistant.Core.Metrics;

/// <summary>
/// Small, dependency-free statistics used by every metric and score: Wilson bands for shares,
/// Student-t bands for means, and rounding so published figures are stable across runs.
/// </summary>
public static class Statistics
{
    /// <summary>Two-sided 95% normal quantile.</summary>
    public const double Z95 = 1.96;

    // 97.5% quantiles of Student's t for 1..30 degrees of freedom.
    private static readonly double[] TTable =
    [
        12.706,
        4.303,
        3.182,
        2.776,
        2.571,
        2.447,
        2.365,
        2.306,
        2.262,
        2.228,
        2.201,
        2.179,
        2.160,
        2.145,
        2.131,
        2.120,
        2.110,
        2.101,
        2.093,
        2.086,
        2.080,
        2.074,
        2.069,
        2.064,
        2.060,
        2.056,
        2.052,
        2.048,
        2.045,
        2.042,
    ];

    /// <summary>
    /// The 95% two-sided t critical value. Fractional degrees of freedom are rounded down and values
    /// between tabulated points use the next lower tabulated df, so the band is never too narrow.
    /// </summary>
    public static double TCritical95(double degreesOfFreedom)
    {
        var df = double.IsFinite(degreesOfFreedom) ? (int)Math.Floor(degreesOfFreedom) : 1;
        if (df < 1)
        {
            df = 1;
        }
        if (df <= 30)
        {
            return TTable[df - 1];
        }
        if (df <= 40)
        {
            return 2.042;
        }
        if (df <= 60)
        {
            return 2.021;
        }
        if (df <= 120)
        {
            return 2.000;
        }
        return 1.980;
    }

    /// <summary>
    /// Wilson score interval (95%) for a proportion of <paramref name="hits"/> in <paramref name="n"/> trials,
    /// as proportions 0..1. Hits may be fractional (a mean of 0..1 scores). n = 0 gives [0, 1].
    /// Wilson stays inside 0..1 and behaves at 0% and 100%, unlike the plain normal band.
    /// </summary>
    public static (double Low, double High) Wilson(double hits, int n)
    {
        if (n <= 0)
        {
            return (0, 1);
        }
        var p = Math.Clamp(hits / n, 0, 1);
        const double z2 = Z95 * Z95;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2.0 * n)) / denominator;
        var half = Z95 * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return (Math.Clamp(centre - half, 0, 1), Math.Clamp(centre + half, 0, 1));
    }

    /// <summary>Rounds half away from zero (so 0.5 never flips with banker's rounding).</summary>
    public static double Round(double value, int digits) =>
        double.IsFinite(value) ? Math.Round(value, digits, MidpointRounding.AwayFromZero) : 0;

    /// <summary>Division that yields 0 instead of NaN or infinity when the denominator is 0.</summary>
    public static double Ratio(double numerator, double denominator) =>
        denominator == 0 || !double.IsFinite(numerator) || !double.IsFinite(denominator) ? 0 : numerator / denominator;
}
