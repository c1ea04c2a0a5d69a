namespace CxAssistant.Core.Metrics;

/// <summary>
/// Student's t distribution, computed (not tabulated) so regression p-values work for any degrees of freedom:
/// CDF(t; ν) = 1 − ½·I_x(ν/2, ½) for t ≥ 0 with x = ν/(ν + t²), where I is the regularized incomplete beta
/// function (continued fraction, Numerical Recipes §6.4) and ln Γ uses the Lanczos approximation (g = 7).
/// </summary>
public static class StudentT
{
    public static double Cdf(double t, double degreesOfFreedom)
    {
        if (double.IsNaN(t) || !(degreesOfFreedom > 0))
        {
            return double.NaN;
        }
        if (double.IsPositiveInfinity(t))
        {
            return 1;
        }
        if (double.IsNegativeInfinity(t))
        {
            return 0;
        }
        var tail =
            0.5 * RegularizedIncompleteBeta(degreesOfFreedom / 2, 0.5, degreesOfFreedom / (degreesOfFreedom + t * t));
        return t >= 0 ? 1 - tail : tail;
    }

    /// <summary>P(|T| ≥ |t|): the two-sided p-value of a t statistic.</summary>
    public static double TwoSidedP(double t, double degreesOfFreedom)
    {
        if (double.IsNaN(t) || !(degreesOfFreedom > 0))
        {
            return double.NaN;
        }
        if (double.IsInfinity(t))
        {
            return 0;
        }
        return Math.Clamp(
            RegularizedIncompleteBeta(degreesOfFreedom / 2, 0.5, degreesOfFreedom / (degreesOfFreedom + t * t)),
            0,
            1
        );
    }

    /// <summary>I_x(a, b) for a, b &gt; 0 and 0 ≤ x ≤ 1.</summary>
    public static double RegularizedIncompleteBeta(double a, double b, double x)
    {
        if (!(a > 0) || !(b > 0) || double.IsNaN(x))
        {
            return double.NaN;
        }
        if (x <= 0)
        {
            return 0;
        }
        if (x >= 1)
        {
            return 1;
        }
        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x));
        // The continued fraction converges fast only below the mean; use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a) above
        // it.
        return x < (a + 1) / (a + b + 2)
            ? front * ContinuedFraction(a, b, x) / a
            : 1 - front * ContinuedFraction(b, a, 1 - x) / b;
    }

    private static double ContinuedFraction(double a, double b, double x)
    {
        const double tiny = 1e-300,
            epsilon = 1e-15;
        double qab = a + b,
            qap = a + 1,
            qam = a - 1,
            c = 1,
            d = 1 - qab * x / qap;
        if (Math.Abs(d) < tiny)
        {
            d = tiny;
        }
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= 500; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < tiny)
            {
                d = tiny;
            }
            c = 1 + aa / c;
            if (Math.Abs(c) < tiny)
            {
                c = tiny;
            }
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < tiny)
            {
                d = tiny;
            }
            c = 1 + aa / c;
            if (Math.Abs(c) < tiny)
            {
                c = tiny;
            }
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < epsilon)
            {
                break;
            }
        }
        return h;
    }

    private static readonly double[] Lanczos =
    [
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(z) for z &gt; 0 (Lanczos, about 15 significant digits).</summary>
    public static double LogGamma(double z)
    {
        if (z < 0.5)
        {
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * z))) - LogGamma(1 - z); // reflection
        }
        z -= 1;
        var x = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            x += Lanczos[i] / (z + i);
        }
        var t = z + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (z + 0.5) * Math.Log(t) - t + Math.Log(x);
    }
}
