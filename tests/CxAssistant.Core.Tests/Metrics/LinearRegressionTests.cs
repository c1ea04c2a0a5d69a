using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Tests.Metrics;

public sealed class LinearRegressionTests
{
    [Fact]
    public void Fit_OnePredictor_MatchesHandCalculation()
    {
        // x = 1..4, y = 2,4,5,4. x̄ = 2.5, ȳ = 3.75, Sxx = 5, Sxy = 3.5 → b = 0.7, a = 3.75 − 1.75 = 2.0.
        // Fitted 2.7, 3.4, 4.1, 4.8; residuals −0.7, 0.6, 0.9, −0.8 → SSE = 2.3; SST = 4.75; R² = 1 − 2.3/4.75 =
        // 0.515789.
        // σ² = 2.3/2 = 1.15; SE(b) = sqrt(1.15/5) = 0.479583; t = 1.459601;
        // df = 2: p = 1 − t/sqrt(2 + t²) = 1 − 1.459601/2.032347 = 0.281815.
        var fit = LinearRegression.Fit(
            [
                [1.0],
                [2.0],
                [3.0],
                [4.0],
            ],
            [2.0, 4.0, 5.0, 4.0]
        );

        Assert.NotNull(fit);
        Assert.Equal(2.0, fit.Coefficients[0], 9);
        Assert.Equal(0.7, fit.Coefficients[1], 9);
        Assert.Equal(0.515789, fit.RSquared, 6);
        Assert.Equal(0.479583, fit.StandardErrors[1], 6);
        Assert.Equal(1.459601, fit.TValues[1], 5);
        Assert.Equal(0.281815, fit.PValues[1], 5);
        Assert.Equal(2, fit.DegreesOfFreedom);
    }

    [Fact]
    public void Fit_TwoOrthogonalPredictors_MatchesHandCalculation()
    {
        // x1 = −1, 1, −1, 1; x2 = −1, −1, 1, 1 (centred, orthogonal, Σx² = 4); y = 1, 3, 4, 8.
        // b0 = ȳ = 4; b1 = Σx1·y/4 = (−1 + 3 − 4 + 8)/4 = 1.5; b2 = (−1 − 3 + 4 + 8)/4 = 2.
        // Fitted 0.5, 3.5, 4.5, 7.5; residuals ±0.5 → SSE = 1; SST = 9 + 1 + 0 + 16 = 26; R² = 25/26 = 0.961538.
        // df = 4 − 3 = 1; σ² = 1; SE(b1) = SE(b2) = sqrt(1/4) = 0.5; t1 = 3, t2 = 4.
        // df = 1 (Cauchy): p = 1 − (2/π)·atan(t) → p1 = 0.204833, p2 = 0.155958.
        var fit = LinearRegression.Fit(
            [
                [-1.0, -1.0],
                [1.0, -1.0],
                [-1.0, 1.0],
                [1.0, 1.0],
            ],
            [1.0, 3.0, 4.0, 8.0]
        );

        Assert.NotNull(fit);
        Assert.Equal([4.0, 1.5, 2.0], fit.Coefficients.Select(b => Math.Round(b, 9)));
        Assert.Equal(25.0 / 26, fit.RSquared, 9);
        Assert.Equal(0.5, fit.StandardErrors[1], 9);
        Assert.Equal(3.0, fit.TValues[1], 9);
        Assert.Equal(4.0, fit.TValues[2], 9);
        Assert.Equal(0.204833, fit.PValues[1], 6);
        Assert.Equal(0.155958, fit.PValues[2], 6);
    }

    [Fact]
    public void Fit_CollinearPredictors_Null()
    {
        // x2 = 2·x1: XᵀX is singular.
        var fit = LinearRegression.Fit(
            [
                [1.0, 2.0],
                [2.0, 4.0],
                [3.0, 6.0],
                [4.0, 8.0],
                [5.0, 10.0],
            ],
            [1.0, 3.0, 2.0, 5.0, 4.0]
        );
        Assert.Null(fit);
    }

    [Fact]
    public void Fit_TooFewRows_Null() =>
        Assert.Null(
            LinearRegression.Fit(
                [
                    [1.0],
                    [2.0],
                ],
                [1.0, 2.0]
            )
        );

    [Fact]
    public void Correlation_HandExample()
    {
        // Sxy = 3.5, Sxx = 5, Syy = 4.75 → r = 3.5/sqrt(23.75) = 0.718185.
        Assert.Equal(0.718185, LinearRegression.Correlation([1.0, 2.0, 3.0, 4.0], [2.0, 4.0, 5.0, 4.0]), 6);
    }
}
