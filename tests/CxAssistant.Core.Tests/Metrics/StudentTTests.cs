using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Tests.Metrics;

public sealed class StudentTTests
{
    [Theory]
    // df = 1 is the Cauchy distribution: CDF(t) = ½ + atan(t)/π → CDF(1) = 0.75.
    [InlineData(1.0, 1.0, 0.75)]
    // df = 2 has a closed form: CDF(t) = ½ + t/(2·sqrt(2 + t²)) → CDF(2) = ½ + 2/(2·sqrt 6) = 0.908248290.
    [InlineData(2.0, 2.0, 0.908248290463863)]
    [InlineData(-2.0, 2.0, 0.091751709536137)]
    [InlineData(0.0, 5.0, 0.5)]
    public void Cdf_ClosedForms_Match(double t, double df, double expected) =>
        Assert.Equal(expected, StudentT.Cdf(t, df), 9);

    [Theory]
    // Published 97.5% quantiles (the same table Statistics.TCritical95 uses): CDF there is 0.975.
    [InlineData(12.706, 1)]
    [InlineData(2.228, 10)]
    [InlineData(2.042, 30)]
    public void Cdf_PublishedQuantiles_Give975(double t, double df) => Assert.Equal(0.975, StudentT.Cdf(t, df), 3);

    [Fact]
    public void TwoSidedP_Cauchy_MatchesAtan()
    {
        // p = 1 − (2/π)·atan(3) = 1 − 0.7951672 = 0.2048328.
        Assert.Equal(0.2048328, StudentT.TwoSidedP(3, 1), 6);
    }

    [Fact]
    public void RegularizedIncompleteBeta_IntegerParameters_MatchBinomialSum()
    {
        // I_x(a, b) = Σ_{j=a}^{a+b−1} C(a+b−1, j) x^j (1−x)^{a+b−1−j}; a=2, b=3, x=0.4, n=4:
        // 6·0.16·0.36 + 4·0.064·0.6 + 0.0256 = 0.3456 + 0.1536 + 0.0256 = 0.5248.
        Assert.Equal(0.5248, StudentT.RegularizedIncompleteBeta(2, 3, 0.4), 10);
        Assert.Equal(0.3, StudentT.RegularizedIncompleteBeta(1, 1, 0.3), 12);
    }

    [Fact]
    public void LogGamma_KnownValues()
    {
        Assert.Equal(Math.Log(24), StudentT.LogGamma(5), 12); // Γ(5) = 4! = 24
        Assert.Equal(0.5 * Math.Log(Math.PI), StudentT.LogGamma(0.5), 12); // Γ(½) = √π
    }

    [Fact]
    public void Cdf_InvalidDegreesOfFreedom_NaN() => Assert.True(double.IsNaN(StudentT.Cdf(1, 0)));
}
