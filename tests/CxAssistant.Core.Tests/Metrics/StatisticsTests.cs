using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Tests.Metrics;

public sealed class StatisticsTests
{
    [Fact]
    public void Wilson_EightOfTen_MatchesPublishedInterval()
    {
        // z² = 3.8416, z²/n = 0.38416, denominator 1.38416
        // centre = (0.8 + 0.19208)/1.38416 = 0.71673
        // half = 1.96·sqrt(0.016 + 0.009604)/1.38416 = 1.96·0.160012/1.38416 = 0.22658
        var (low, high) = Statistics.Wilson(8, 10);
        Assert.Equal(0.4902, low, 4);
        Assert.Equal(0.9433, high, 4);
    }

    [Fact]
    public void Wilson_ZeroOfTen_LowerBoundIsZero()
    {
        // centre = 0.19208/1.38416 = 0.13877, half = 1.96·sqrt(0.009604)/1.38416 = 0.13877 → [0, 0.27754]
        var (low, high) = Statistics.Wilson(0, 10);
        Assert.Equal(0, low, 6);
        Assert.Equal(0.2775, high, 4);
    }

    [Fact]
    public void Wilson_ThreeOfTwenty_MatchesPublishedInterval()
    {
        // centre = (0.15 + 0.09604)/1.19208 = 0.206396; half = 1.96·sqrt(0.006375 + 0.002401)/1.19208 = 0.154028
        var (low, high) = Statistics.Wilson(3, 20);
        Assert.Equal(0.0524, low, 4);
        Assert.Equal(0.3604, high, 4);
    }

    [Fact]
    public void Wilson_NoTrials_IsWholeRange()
    {
        Assert.Equal((0.0, 1.0), Statistics.Wilson(0, 0));
    }

    [Theory]
    [InlineData(1, 12.706)]
    [InlineData(3, 3.182)]
    [InlineData(0.8, 12.706)]
    [InlineData(30, 2.042)]
    [InlineData(35, 2.042)]
    [InlineData(500, 1.980)]
    public void TCritical95_DegreesOfFreedom_TabulatedOrConservative(double df, double expected)
    {
        Assert.Equal(expected, Statistics.TCritical95(df), 3);
    }

    [Fact]
    public void Ratio_ZeroDenominator_IsZeroNotNaN()
    {
        Assert.Equal(0, Statistics.Ratio(3, 0));
        Assert.Equal(0, Statistics.Round(double.NaN, 1));
    }
}
