using CxAssistant.Core.Scoring;

namespace CxAssistant.Core.Tests.Scoring;

public sealed class PriorityRankingTests
{
    [Fact]
    public void Top_ThinEvidenceTouchpoint_RanksAfterWellEvidencedOnes()
    {
        // 20 customers. support: 3 furious failures (thin): complaint share 1, pain 0.6 + 0.4 = 1, reach 0.15/0.3 =
        // 0.5,
        //   BI (0.28 + 0.3·0 + 0.2·0.5)/0.85 = 0.447059 → 100·∛0.223529 = 60.7
        // delivery: 5 at −0.3 and 5 at 0 (not thin): emotional impact −0.15, complaint share 0.5, pain 0.3 + 0.06 =
        // 0.36,
        //   reach 1, BI (0.315 + 0.2)/0.85 = 0.605882 → 100·∛0.218118 = 60.2
        var s = new Sample()
            .Repeat(3, x => x.Add(["support"], sentiment: -1, failure: true))
            .Repeat(5, x => x.Add(["delivery"], sentiment: -0.3))
            .Repeat(5, x => x.Add(["delivery"], sentiment: 0))
            .Repeat(7, x => x.Add(["website"], sentiment: 0.4));
        var result = TouchpointScorer.Score(s.Input());
        Assert.Equal((60.7, 60.2), (result.Touchpoints[0].Priority, result.Touchpoints[1].Priority));
        Assert.Equal("support", result.Touchpoints[0].TouchpointId); // raw priority order
        Assert.Equal(["delivery", "support"], PriorityRanking.Top(result).Select(t => t.TouchpointId));
        Assert.Equal(
            ["delivery"],
            PriorityRanking.Top(result, new ScoringOptions { TopPriorities = 1 }).Select(t => t.TouchpointId)
        );
    }

    [Fact]
    public void Top_EmptyResult_Empty()
    {
        Assert.Empty(PriorityRanking.Top(TouchpointScorer.Score(new Sample().Input())));
    }
}
