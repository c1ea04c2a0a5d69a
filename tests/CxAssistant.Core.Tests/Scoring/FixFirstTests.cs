using CxAssistant.Core.Scoring;

namespace CxAssistant.Core.Tests.Scoring;

/// <summary>
/// "Fix first" for a business its customers love: the complaints are read where the touchpoint is mentioned, and the
/// touchpoints that carry more of them than the business's own average are listed (docs/scoring.md, "Complaints").
/// </summary>
public sealed class FixFirstTests
{
    private const string Pos = "sentiment:positive",
        Neg = "sentiment:negative";

    // 40 guests, all positive on balance (+0.6). 24 praise the support and complain about the delivery in the same
    // review; 12 praise the support and the website; 4 praise the website and say its search failed them.
    private static Sample LovedBusiness(int mixed = 24, int searchFails = 4) =>
        new Sample()
            .Repeat(mixed, x =>
                x.AddSpans(
                    "Liked: friendly support team. Disliked: the delivery came late.",
                    [("delivery", "delivery"), ("support", "support")],
                    [(Pos, "friendly"), (Neg, "late")],
                    sentiment: 0.6
                )
            )
            .Repeat(12, x =>
                x.AddSpans(
                    "Lovely support and a great website.",
                    [("support", "support"), ("website", "website")],
                    [(Pos, "Lovely"), (Pos, "great")],
                    sentiment: 0.6
                )
            )
            .Repeat(searchFails, x =>
                x.AddSpans(
                    "Nice website overall. The search on the website failed me once.",
                    [("website", "search")],
                    [(Pos, "Nice"), ("failure:broken", "failed")],
                    sentiment: 0.6
                )
            );

    [Fact]
    public void FixFirst_NetPositiveBusinessWithComplaintCluster_ListsTheComplainedTouchpoint()
    {
        var result = TouchpointScorer.Score(LovedBusiness().Input());
        var delivery = result.Touchpoints.Single(t => t.TouchpointId == "delivery");
        Assert.True(delivery.EmotionalImpact.Value >= DimensionLevels.PositiveCut); // loved on balance…
        Assert.Equal((24, 1.0), (delivery.ComplaintCustomers, delivery.ComplaintShare)); // …yet every mention complains
        Assert.True(PriorityRanking.MostlyPositive(result));
        Assert.Equal("delivery", PriorityRanking.FixFirst(result, 3)[0].TouchpointId);
    }

    [Fact]
    public void FixFirst_PraisedTouchpointInMixedReviews_NotAComplaint()
    {
        var result = TouchpointScorer.Score(LovedBusiness().Input());
        var support = result.Touchpoints.Single(t => t.TouchpointId == "support");
        Assert.Equal((36, 0), (support.Customers, support.ComplaintCustomers));
        Assert.DoesNotContain(PriorityRanking.FixFirst(result, 3), t => t.TouchpointId == "support");
    }

    [Fact]
    public void FixFirst_ComplaintShareClearlyBelowOwnAverage_NotListed()
    {
        // website: 4 of 16 guests complain (25%, band 10–50%) against the business's 28 of 76 (37%): at the average,
        // so listed. With 3 failures among 75 guests (4%, band 1–11%) against 27 of 135 (20%) it is a strength.
        var result = TouchpointScorer.Score(LovedBusiness().Input());
        Assert.Equal(["delivery", "website"], PriorityRanking.FixFirst(result, 3).Select(t => t.TouchpointId));
        var strong = TouchpointScorer.Score(
            LovedBusiness(mixed: 24, searchFails: 3)
                .Repeat(60, x => x.AddSpans("A great website.", [("website", "website")], [(Pos, "great")], 0.6))
                .Input()
        );
        Assert.Equal(3, strong.Touchpoints.Single(t => t.TouchpointId == "website").ComplaintCustomers);
        Assert.Equal(["delivery"], PriorityRanking.FixFirst(strong, 3).Select(t => t.TouchpointId));
    }

    [Fact]
    public void FixFirst_FewerComplaintsThanTheMinimum_NotListed()
    {
        // Two guests complaining about a delivery everyone else loves is not yet a pattern (MinFixFirstComplaints 3).
        var result = TouchpointScorer.Score(LovedBusiness(mixed: 2, searchFails: 0).Input());
        Assert.Equal(2, result.Touchpoints.Single(t => t.TouchpointId == "delivery").ComplaintCustomers);
        Assert.Empty(PriorityRanking.FixFirst(result, 3));
        Assert.Single(PriorityRanking.FixFirst(result, 3, new ScoringOptions { MinFixFirstComplaints = 2 }));
    }

    [Fact]
    public void FixFirst_NetNegativeBusiness_KeepsNegativeTouchpointsInPriorityOrder()
    {
        var s = new Sample()
            .Repeat(10, x => x.Add(["delivery"], sentiment: -0.6))
            .Repeat(10, x => x.Add(["support"], sentiment: -0.3))
            .Repeat(5, x => x.Add(["website"], sentiment: 0.5));
        var result = TouchpointScorer.Score(s.Input());
        Assert.False(PriorityRanking.MostlyPositive(result));
        Assert.Equal(["delivery", "support"], PriorityRanking.FixFirst(result, 3).Select(t => t.TouchpointId));
    }

    [Fact]
    public void ComplaintBaseline_PoolsComplainingCustomersOverMentioningOnes()
    {
        // delivery 24 of 24, support 0 of 36, website 4 of 16 → 28 of 76
        var result = TouchpointScorer.Score(LovedBusiness().Input());
        Assert.Equal(28.0 / 76, PriorityRanking.ComplaintBaseline(result), 6);
    }
}
