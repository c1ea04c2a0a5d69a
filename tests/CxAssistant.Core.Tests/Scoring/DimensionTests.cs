using CxAssistant.Core.Annotations;
using CxAssistant.Core.Scoring;

namespace CxAssistant.Core.Tests.Scoring;

public sealed class DimensionTests
{
    [Fact]
    public void EmotionalImpact_SecondaryMention_WeighsHalf()
    {
        // e1 primary delivery −0.8 (w 1); e2 secondary delivery +0.4 (w 0.5) → (−0.8 + 0.2)/1.5 = −0.4
        var s = new Sample().Add(["delivery"], sentiment: -0.8).Add(["support", "delivery"], sentiment: 0.4);
        var e = EmotionalImpact.Compute(s.Index(), s.MentionsOf("delivery"), ScoringOptions.Default);
        Assert.Equal(-0.4, e.Value);
        Assert.Equal("negative", e.Level);
    }

    [Fact]
    public void EmotionalImpact_OneMention_WholeScaleBand()
    {
        var s = new Sample().Add(["delivery"], sentiment: -0.7);
        var e = EmotionalImpact.Compute(s.Index(), s.MentionsOf("delivery"), ScoringOptions.Default);
        Assert.Equal(new DimensionScore(-0.7, -1, 1, 1, "highly negative"), e);
    }

    [Theory]
    [InlineData(-0.5, "highly negative")]
    [InlineData(-0.15, "negative")]
    [InlineData(-0.149, "neutral")]
    [InlineData(0.149, "neutral")]
    [InlineData(0.15, "positive")]
    [InlineData(0.5, "highly positive")]
    public void Emotional_CutPoints_Levels(double value, string level) =>
        Assert.Equal(level, DimensionLevels.Emotional(value));

    [Theory]
    [InlineData(0.19, "fails")]
    [InlineData(0.2, "often fails")]
    [InlineData(0.5, "mixed")]
    [InlineData(0.75, "works well")]
    [InlineData(0.95, "does the job perfectly")]
    public void Functional_CutPoints_Levels(double value, string level) =>
        Assert.Equal(level, DimensionLevels.Functional(value));

    [Theory]
    [InlineData(0.019, "rare")]
    [InlineData(0.02, "occasional")]
    [InlineData(0.05, "common")]
    [InlineData(0.15, "very common")]
    [InlineData(0.30, "extremely common")]
    public void Frequency_CutPoints_Levels(double value, string level) =>
        Assert.Equal(level, DimensionLevels.Frequency(value));

    [Theory]
    [InlineData(0.19, "minimal")]
    [InlineData(0.2, "low")]
    [InlineData(0.4, "moderate")]
    [InlineData(0.6, "high")]
    [InlineData(0.8, "mission-critical")]
    public void Business_CutPoints_Levels(double value, string level) =>
        Assert.Equal(level, DimensionLevels.Business(value));

    [Fact]
    public void FunctionalPerformance_Ratings_BlendWithCues()
    {
        // failure + 1★ → 0; ok + 5★ → 0.5·1 + 0.5·1 = 1; effort + 3★ → 0.5·0.5 + 0.5·0.5 = 0.5 → mean 0.5
        var s = new Sample()
            .Add(["checkout"], failure: true, rating: 1)
            .Add(["checkout"], rating: 5)
            .Add(["checkout"], effort: true, rating: 3);
        var f = FunctionalPerformance.Compute(s.Index(), s.MentionsOf("checkout"));
        Assert.Equal(0.5, f.Value);
        Assert.Equal("mixed", f.Level);
    }

    [Fact]
    public void Frequency_RepeatCustomer_CountsOnce()
    {
        // customers: a (2 delivery records), b, c, d → delivery 1 of 4 customers = 0.25
        var s = new Sample()
            .Add(["delivery"], customer: "a")
            .Add(["delivery"], customer: "a")
            .Add(["support"], customer: "b")
            .Add(["website"], customer: "c")
            .Add([], customer: "d");
        var f = FrequencyScore.Compute(s.Index(), s.MentionsOf("delivery"));
        Assert.Equal((0.25, 1, "very common"), (f.Value, f.EvidenceCount, f.Level));
    }

    [Fact]
    public void BusinessImpact_Composite_AllFourComponents()
    {
        // 0.35·0.9 + 0.30·0.5 + 0.15·0.4 + 0.20·0.5 = 0.315 + 0.15 + 0.06 + 0.1 = 0.625 (weights sum to 1)
        Assert.Equal(0.625, BusinessImpact.Composite(0.9, 0.5, 0.4, 0.5), 9);
    }

    [Fact]
    public void BusinessImpact_NpsGap_OthersMinusMentioners()
    {
        // checkout-linked NPS 0,0,0,7,10 → (1 − 3)/5 = −40; others 10,10,9,8,2 → (3 − 1)/5 = +40; gap 80 → 0.8
        var s = new Sample();
        foreach (var n in new[] { 0, 0, 0, 7, 10 })
        {
            s.Add(["checkout"], nps: n);
        }
        foreach (var n in new[] { 10, 10, 9, 8, 2 })
        {
            s.Add(["website"], nps: n);
        }
        Assert.Equal(0.8, BusinessImpact.NpsGap(s.Index(), s.MentionsOf("checkout"), ScoringOptions.Default)!.Value, 9);
        Assert.Equal(0, BusinessImpact.NpsGap(s.Index(), s.MentionsOf("website"), ScoringOptions.Default)!.Value, 9);
    }

    [Fact]
    public void BusinessImpact_UnknownTouchpoint_UsesNeutralStageWeight()
    {
        // stage 0.5, risk 1/1 (cancel), reach: 1 of 1 customers → 1; no NPS → (0.175 + 0.3 + 0.2)/0.85 = 0.794118
        var s = new Sample().Add(["pop-up-store"], job: JobStateEvent.Cancel);
        var index = s.Index();
        var freq = FrequencyScore.Compute(index, s.MentionsOf("pop-up-store"));
        var b = BusinessImpact.Compute(
            "pop-up-store",
            index,
            s.MentionsOf("pop-up-store"),
            freq,
            ScoringOptions.Default
        );
        Assert.Equal(0.794, b.Value);
        Assert.Equal("high", b.Level);
    }

    [Fact]
    public void Priority_WorkedExample_Is54Point5()
    {
        // pain 0.6·0.5 (complaint share) + 0.4·0.6 = 0.54; reach 0.15/0.3 = 0.5; 100·∛(0.54·0.5·0.6) = 100·∛0.162 =
        // 54.5
        Assert.Equal(54.5, PriorityRule.Priority(-0.6, 0.5, 0.15, 0.6, ScoringOptions.Default));
    }

    [Fact]
    public void Priority_PositiveAndNoComplaints_IsZero()
    {
        Assert.Equal(0, PriorityRule.Priority(0.4, 0, 0.5, 0.9, ScoringOptions.Default));
    }
}
