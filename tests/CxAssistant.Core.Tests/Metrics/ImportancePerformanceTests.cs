using CxAssistant.Core.Metrics;
using CxAssistant.Core.Scoring;

namespace CxAssistant.Core.Tests.Metrics;

public sealed class ImportancePerformanceTests
{
    private static TouchpointScore Score(string id, double emotion, double functional) =>
        new()
        {
            TouchpointId = id,
            Mentions = 10,
            Customers = 10,
            EmotionalImpact = new DimensionScore(emotion, emotion, emotion, 10, ""),
            FunctionalPerformance = new DimensionScore(functional, functional, functional, 10, ""),
            Frequency = new DimensionScore(0.5, 0.5, 0.5, 10, ""),
            BusinessImpact = new DimensionScore(0.5, 0.5, 0.5, 10, ""),
            Priority = 50,
            QuickWin = false,
            Metrics = new ExperienceMetrics(10, null, null, null, null),
            ThinEvidence = false,
        };

    private static KeyDriverResult Drivers(params (string Id, double Effect)[] drivers) =>
        new(
            "NPS",
            KeyDriverResult.Regression,
            30,
            0.5,
            [.. drivers.Select(d => new KeyDriver(d.Id, d.Effect, d.Effect, 0.01, 10, d.Effect))],
            null
        );

    [Fact]
    public void Compute_MeanEffectCrosshair_AssignsQuadrants()
    {
        // Effects 0.6, 0.2, 0.1, −0.1 → crosshair = 0.8/4 = 0.2 (0.2 counts as high).
        // delivery 0.6/−0.4 → fix now; checkout 0.2/+0.3 → keep up; website 0.1/+0.5 → over-invested; support −0.1/−0.2
        // → low priority.
        var scores = new[]
        {
            Score("delivery", -0.4, 0.2),
            Score("checkout", 0.3, 0.8),
            Score("website", 0.5, 0.9),
            Score("support", -0.2, 0.4),
        };

        var points = ImportancePerformance.Compute(
            Drivers(("delivery", 0.6), ("checkout", 0.2), ("website", 0.1), ("support", -0.1)),
            scores
        );

        Assert.Equal(
            [
                ("delivery", ImportancePerformanceQuadrant.FixNow),
                ("checkout", ImportancePerformanceQuadrant.KeepUp),
                ("website", ImportancePerformanceQuadrant.OverInvested),
                ("support", ImportancePerformanceQuadrant.LowPriority),
            ],
            points.Select(p => (p.TouchpointId, p.Quadrant))
        );
    }

    [Fact]
    public void Compute_FunctionalPerformance_SplitsAtHalf()
    {
        // Same importance; functional 0.4 < 0.5 → fix now even though emotion is positive.
        var points = ImportancePerformance.Compute(
            Drivers(("delivery", 0.5), ("checkout", 0.1)),
            [Score("delivery", 0.3, 0.4), Score("checkout", 0.3, 0.6)],
            functional: true
        );

        Assert.Equal(ImportancePerformanceQuadrant.FixNow, points[0].Quadrant);
        Assert.Equal(0.4, points[0].Performance);
    }

    [Fact]
    public void Compute_NoDrivers_Empty() => Assert.Empty(ImportancePerformance.Compute(null, []));
}
