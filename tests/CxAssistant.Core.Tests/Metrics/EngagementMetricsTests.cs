using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Tests.Metrics;

public sealed class EngagementMetricsTests
{
    [Fact]
    public void Nps_FivePromotersThreePassivesTwoDetractors_Is30WithBand()
    {
        // NPS = 50% − 20% = 30. var = (0.5 + 0.2 − 0.3²)/10 = 0.061; half = 1.96·sqrt(0.061)·100 = 48.41
        var nps = EngagementMetrics.Nps([10, 10, 9, 9, 9, 8, 7, 7, 6, 0])!;
        Assert.Equal(30, nps.Score);
        Assert.Equal((5, 3, 2, 10), (nps.Promoters, nps.Passives, nps.Detractors, nps.Responses));
        Assert.Equal(-18.4, nps.Low);
        Assert.Equal(78.4, nps.High);
    }

    [Fact]
    public void Nps_OneAnswer_FullBand()
    {
        var nps = EngagementMetrics.Nps([10])!;
        Assert.Equal((100.0, -100.0, 100.0), (nps.Score, nps.Low, nps.High));
    }

    [Fact]
    public void Nps_AllDetractors_BandClampedAtMinus100()
    {
        // var = (0 + 1 − 1)/3 = 0 → band collapses to the score
        var nps = EngagementMetrics.Nps([0, 3, 6])!;
        Assert.Equal((-100.0, -100.0, -100.0), (nps.Score, nps.Low, nps.High));
    }

    [Fact]
    public void Nps_OutOfRangeOrEmpty_IgnoredOrNull()
    {
        Assert.Null(EngagementMetrics.Nps([]));
        Assert.Null(EngagementMetrics.Nps([11, -1]));
    }

    [Fact]
    public void Csat_SevenOfTenSatisfied_Is70WithWilsonBand()
    {
        // 4–5 answers: 5,4,4,5,4,5,4 = 7 of 10 → 70%. Wilson(7,10): centre 0.644493, half 0.247719 → [39.7, 89.2]
        var csat = EngagementMetrics.Csat([5, 4, 4, 3, 2, 5, 4, 1, 5, 4])!;
        Assert.Equal((70.0, 7, 10), (csat.Percent, csat.Hits, csat.Responses));
        Assert.Equal(39.7, csat.Low);
        Assert.Equal(89.2, csat.High);
    }

    [Fact]
    public void Mean_FourAnswers_StudentTBand()
    {
        // mean 5; s² = (1 + 0 + 1 + 0)/3 = 0.6667, se = 0.8165/2 = 0.40825; t(3) = 3.182 → half 1.29905
        var ces = EngagementMetrics.Mean([4, 5, 6, 5], 1, 7)!;
        Assert.Equal((5.0, 4, 3.70, 6.30), (ces.Mean, ces.Responses, ces.Low, ces.High));
    }

    [Fact]
    public void Mean_OneAnswer_BandIsWholeScale()
    {
        var rating = EngagementMetrics.Mean([4], 1, 5)!;
        Assert.Equal((4.0, 1.0, 5.0), (rating.Mean, rating.Low, rating.High));
    }

    [Fact]
    public void Compute_Records_FillsEveryMetric()
    {
        var sample = new Sample().Add([], nps: 10, csat: 5, ces: 6, rating: 5).Add([], nps: 0, csat: 2).Add([]);
        var metrics = EngagementMetrics.Compute(sample.Records);
        // NPS: 1 promoter, 1 detractor → 0. CSAT 1 of 2 → 50%.
        Assert.Equal(3, metrics.Records);
        Assert.Equal(0, metrics.Nps!.Score);
        Assert.Equal(50, metrics.Csat!.Percent);
        Assert.Equal(6, metrics.Ces!.Mean);
        Assert.Equal(5, metrics.Rating!.Mean);
    }

    [Fact]
    public void Compute_NoRecords_AllNull()
    {
        var metrics = EngagementMetrics.Compute([]);
        Assert.Equal(new ExperienceMetrics(0, null, null, null, null), metrics);
    }
}
