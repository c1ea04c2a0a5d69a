using CxAssistant.Core.Annotations;
using CxAssistant.Core.Scoring;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Core.Tests.Scoring;

/// <summary>The worked example of docs/scoring.md, reproduced number by number.</summary>
public sealed class WorkedExampleTests
{
    private static readonly TouchpointCatalog Catalog = new(
        "example",
        [
            new Touchpoint
            {
                Id = "website",
                Name = "Website",
                Stage = JourneyStage.Consideration,
            },
            new Touchpoint
            {
                Id = "delivery",
                Name = "Delivery",
                Stage = JourneyStage.Delivery,
            },
        ]
    );

    internal static Sample Build()
    {
        var s = new Sample()
            .Add(["delivery"], sentiment: -0.8, nps: 3, failure: true, pains: [PainKind.NoUpdate])
            .Add(
                ["delivery"],
                sentiment: -0.6,
                failure: true,
                job: JobStateEvent.Cancel,
                pains: [PainKind.NoUpdate, PainKind.Defect]
            )
            .Add(["delivery"], sentiment: -0.4, effort: true, pains: [PainKind.NoUpdate])
            .Add(["delivery"], sentiment: 0.0, nps: 9);
        foreach (var nps in new int?[] { 10, 10, 10, 9, 8, 8, 7, 6, null, null, null, null, null, null, null, null })
        {
            s.Add(["website"], sentiment: 0.5, nps: nps);
        }
        return s;
    }

    private static ScoringResult Score(ScoringOptions? options = null) =>
        TouchpointScorer.Score(Build().Input(Catalog), options);

    [Fact]
    public void Score_Overall_NpsIs30()
    {
        // Promoters 9,10,10,10,9 = 5; passives 8,8,7 = 3; detractors 3,6 = 2 → 50% − 20% = 30
        var overall = Score().Overall;
        Assert.Equal((30.0, -18.4, 78.4), (overall.Nps!.Score, overall.Nps.Low, overall.Nps.High));
    }

    [Fact]
    public void Score_Delivery_EmotionalImpact()
    {
        // mean (−0.8 − 0.6 − 0.4 + 0)/4 = −0.45; Σd² = 0.35; se = sqrt(0.35/4/3) = 0.170783; t(3) = 3.182 → ±0.543431
        var e = Delivery().EmotionalImpact;
        Assert.Equal(new DimensionScore(-0.45, -0.993, 0.093, 4, "negative"), e);
    }

    [Fact]
    public void Score_Delivery_FunctionalPerformance()
    {
        // 0 + 0 + 0.5 (effort) + 1 = 1.5 of 4 = 0.375; Wilson(1.5, 4): centre 0.436237, half 0.344341
        Assert.Equal(new DimensionScore(0.375, 0.092, 0.781, 4, "often fails"), Delivery().FunctionalPerformance);
    }

    [Fact]
    public void Score_Delivery_Frequency()
    {
        // 4 of 20 customers (no ids: each record is a customer) = 0.2; Wilson(4, 20) = [0.0807, 0.4160]
        Assert.Equal(new DimensionScore(0.2, 0.081, 0.416, 4, "very common"), Delivery().Frequency);
    }

    [Fact]
    public void Score_Delivery_BusinessImpact()
    {
        // stage 0.9; risk 2/4 = 0.5 (detractor 3, cancel); gap left out (2 linked NPS answers < 5);
        // reach min(1, 0.2/0.3) = 0.666667 → (0.315 + 0.15 + 0.133333)/0.85 = 0.703922
        // low: risk 0.150036, reach 0.080656/0.3 → (0.315 + 0.045011 + 0.053771)/0.85 = 0.486802
        // high: risk 0.849964, reach 1 → (0.315 + 0.254989 + 0.2)/0.85 = 0.905869
        Assert.Equal(new DimensionScore(0.704, 0.487, 0.906, 4, "high"), Delivery().BusinessImpact);
    }

    [Fact]
    public void Score_Delivery_PriorityAndShares()
    {
        // complaints: e1–e3 (pain cues at the mention), not e4 (no cue, sentiment 0) → 3 of 4 customers = 0.75
        // pain = 0.6·0.75 + 0.4·0.45 = 0.63; 100·∛(0.63 · 0.666667 · 0.703922) = 100·∛0.295647 = 66.6
        var d = Delivery();
        Assert.Equal(66.6, d.Priority);
        Assert.Equal((3, 0.75), (d.ComplaintCustomers, d.ComplaintShare));
        Assert.Equal((0.5, 0.25), (d.FailureShare, d.EffortShare));
        Assert.Equal((4, 4), (d.Mentions, d.Customers));
    }

    [Fact]
    public void Score_Delivery_NpsImpactAndMetrics()
    {
        // 1 linked detractor (the 3) of 10 NPS answers → 10 points; linked NPS {3, 9} → 0
        var d = Delivery();
        Assert.Equal(10.0, d.NpsImpact);
        Assert.Equal(0, d.Metrics.Nps!.Score);
        Assert.Equal(4, d.Metrics.Records);
    }

    [Fact]
    public void Score_Delivery_QuickWinOnlyWithEnoughEvidence()
    {
        // −0.45 ≤ −0.25; pains: no-update ×3, defect ×1 → 3 easy of 4 (majority); 4 mentions < 10 → thin
        Assert.False(Delivery().QuickWin);
        Assert.True(Delivery().ThinEvidence);
        var lenient = Score(new ScoringOptions { ThinEvidenceThreshold = 4 })
            .Touchpoints.Single(t => t.TouchpointId == "delivery");
        Assert.True(lenient.QuickWin);
    }

    [Fact]
    public void Score_Ordering_DeliveryBeforeWebsite()
    {
        // website: all +0.5, no complaints → pain 0 → priority 0
        var result = Score();
        Assert.Equal(["delivery", "website"], result.Touchpoints.Select(t => t.TouchpointId));
        var website = result.Touchpoints[1];
        Assert.Equal(0, website.Priority);
        Assert.Equal(new DimensionScore(0.5, 0.5, 0.5, 16, "highly positive"), website.EmotionalImpact);
    }

    [Fact]
    public void Score_Warnings_SmallDataAndNoTimelines()
    {
        var warnings = Score().Warnings;
        Assert.Contains(warnings, w => w.StartsWith("Only 20 evidence records", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("Only 10 NPS answers", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("delivery (4)", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("co-mentions only", StringComparison.Ordinal));
        Assert.Equal(4, warnings.Count);
    }

    private static TouchpointScore Delivery() => Score().Touchpoints.Single(t => t.TouchpointId == "delivery");
}
