namespace CxAssistant.Core.Periods;

/// <summary>
/// The two-proportion z-test with a pooled standard error: z = (p₂ − p₁) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)) with
/// p̂ = (x₁ + x₂)/(n₁ + n₂), and its two-sided p-value from the normal distribution. Deterministic and exact to ~1e-7.
/// When either group is empty, or both shares are 0% or both 100%, there is nothing to test: z = 0, p = 1.
/// </summary>
public static class TwoProportionTest
{
    public static (double Z, double P) Test(int hitsBefore, int nBefore, int hitsAfter, int nAfter)
    {
        if (nBefore <= 0 || nAfter <= 0)
        {
            return (0, 1);
        }
        var pooled = (double)(hitsBefore + hitsAfter) / (nBefore + nAfter);
        var se = Math.Sqrt(pooled * (1 - pooled) * (1.0 / nBefore + 1.0 / nAfter));
        if (!(se > 0))
        {
            return (0, 1);
        }
        var z = ((double)hitsAfter / nAfter - (double)hitsBefore / nBefore) / se;
        return (z, TwoSidedP(z));
    }

    /// <summary>P(|Z| ≥ |z|) for a standard normal Z: erfc(|z|/√2).</summary>
    public static double TwoSidedP(double z) =>
        double.IsNaN(z) ? double.NaN : Math.Clamp(Erfc(Math.Abs(z) / Math.Sqrt(2)), 0, 1);

    /// <summary>
    /// Complementary error function for x ≥ 0 (Chebyshev fit, Numerical Recipes 2nd ed. §6.2 "erfcc": fractional error
    /// below 1.2e-7 everywhere), enough for p-values read to three decimals.
    /// </summary>
    private static double Erfc(double x)
    {
        var t = 1 / (1 + 0.5 * x);
        var poly =
            -x * x
            - 1.26551223
            + t
                * (
                    1.00002368
                    + t
                        * (
                            0.37409196
                            + t
                                * (
                                    0.09678418
                                    + t
                                        * (
                                            -0.18628806
                                            + t
                                                * (
                                                    0.27886807
                                                    + t
                                                        * (
                                                            -1.13520398
                                                            + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))
                                                        )
                                                )
                                        )
                                )
                        )
                );
        return t * Math.Exp(poly);
    }
}
