using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Tests.Metrics;

public sealed class KeyDriverAnalysisTests
{
    [Fact]
    public void Compute_FourCustomers_FallsBackToCorrelation()
    {
        // Delivery sentiment x = 0.4·k − 1 for k = 1..4 and NPS 2, 4, 5, 4: r is unchanged by the linear map,
        // so r = 0.718185 (LinearRegressionTests.Correlation_HandExample); t = r·sqrt(2)/sqrt(1 − r²) = 1.459601 → p =
        // 0.281815.
        var s = new Sample();
        int[] nps = [2, 4, 5, 4];
        for (var k = 1; k <= 4; k++)
        {
            s.Add(["delivery"], sentiment: 0.4 * k - 1, nps: nps[k - 1], customer: "C" + k);
        }

        var result = KeyDriverAnalysis.Compute(s.Records, s.Annotations);

        Assert.NotNull(result);
        Assert.Equal(KeyDriverResult.CorrelationMethod, result.Method);
        Assert.Equal("NPS", result.Outcome);
        Assert.Null(result.RSquared);
        Assert.Contains("Only 4 customers", result.Note, StringComparison.Ordinal);
        var driver = Assert.Single(result.Drivers);
        Assert.Equal(("delivery", 0.718, 0.2818, 4), (driver.TouchpointId, driver.Effect, driver.PValue, driver.N));
        Assert.Null(driver.Coefficient);
    }

    [Fact]
    public void Compute_TwentyCustomers_RegressionMatchesHandCalculation()
    {
        // The orthogonal design of LinearRegressionTests repeated 5 times (n = 20 ≥ 20 and > 3 × 2 drivers):
        // delivery x1 = −1, 1, −1, 1; checkout x2 = −1, −1, 1, 1; NPS y = 1, 3, 4, 8.
        // b1 = 1.5, b2 = 2; SSE = 5·1 = 5, SST = 5·26 = 130 → R² = 1 − 5/130 = 0.961538.
        // Standardised: β·sd(x)/sd(y) = β·sqrt(20/19)/sqrt(130/19) = β·sqrt(20/130) = β·0.392232
        // → delivery 0.588348, checkout 0.784465. Checkout first (larger effect).
        var s = new Sample();
        double[] x1 = [-1, 1, -1, 1],
            x2 = [-1, -1, 1, 1];
        int[] y = [1, 3, 4, 8];
        for (var rep = 0; rep < 5; rep++)
        {
            for (var i = 0; i < 4; i++)
            {
                var id = $"C{rep}-{i}";
                s.Add(["delivery"], sentiment: x1[i], nps: y[i], customer: id);
                s.Add(["checkout"], sentiment: x2[i], customer: id);
            }
        }

        var result = KeyDriverAnalysis.Compute(s.Records, s.Annotations);

        Assert.NotNull(result);
        Assert.Equal(KeyDriverResult.Regression, result.Method);
        Assert.Equal(20, result.N);
        Assert.Equal(0.962, result.RSquared);
        Assert.Equal(["checkout", "delivery"], result.Drivers.Select(d => d.TouchpointId));
        Assert.Equal(0.784, result.Drivers[0].Effect);
        Assert.Equal(2.0, result.Drivers[0].Coefficient);
        Assert.Equal(0.588, result.Drivers[1].Effect);
        Assert.Equal(1.5, result.Drivers[1].Coefficient);
        Assert.All(result.Drivers, d => Assert.True(d.PValue < 0.001));
        Assert.All(result.Drivers, d => Assert.Equal(20, d.N));
    }

    [Fact]
    public void Compute_NoNpsButRatings_UsesRating()
    {
        var s = new Sample()
            .Add(["delivery"], sentiment: -0.5, rating: 1, customer: "A")
            .Add(["delivery"], sentiment: 0.1, rating: 3, customer: "B")
            .Add(["delivery"], sentiment: 0.8, rating: 5, customer: "C");

        var result = KeyDriverAnalysis.Compute(s.Records, s.Annotations);

        Assert.Equal("rating", result!.Outcome);
        Assert.Single(result.Drivers);
    }

    [Fact]
    public void Compute_NoOutcome_Null()
    {
        var s = new Sample().Add(["delivery"], sentiment: -0.5, customer: "A");
        Assert.Null(KeyDriverAnalysis.Compute(s.Records, s.Annotations));
    }

    [Fact]
    public void Compute_TooFewMentions_NoDriversWithNote()
    {
        // Two customers mention delivery; a driver needs 3.
        var s = new Sample()
            .Add(["delivery"], sentiment: -0.5, nps: 2, customer: "A")
            .Add(["delivery"], sentiment: 0.5, nps: 9, customer: "B")
            .Add(["website"], sentiment: 0.5, nps: 7, customer: "C");

        var result = KeyDriverAnalysis.Compute(s.Records, s.Annotations);

        Assert.Empty(result!.Drivers);
        Assert.NotNull(result.Note);
    }
}
