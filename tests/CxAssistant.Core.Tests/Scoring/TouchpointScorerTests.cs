using System.Text.Json;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Scoring;

namespace CxAssistant.Core.Tests.Scoring;

public sealed class TouchpointScorerTests
{
    [Fact]
    public void Score_WidespreadPainOverRarePain_OrderedByPriority()
    {
        // Every negative record is a complaint (share 1). delivery: 10 of 20 customers at −0.6 → pain 0.6 + 0.24 =
        // 0.84,
        // reach 1; support: 2 of 20 at −0.8 → pain 0.6 + 0.32 = 0.92, reach 0.333
        // BI delivery (0.315 + 0 + 0.2)/0.85 = 0.6059 → 100·∛(0.84·1·0.6059) = 79.8
        // BI support (0.28 + 0 + 0.066667)/0.85 = 0.407843 → 100·∛(0.92·0.333333·0.407843) = 100·∛0.125072 = 50.0
        var s = new Sample()
            .Repeat(10, x => x.Add(["delivery"], sentiment: -0.6))
            .Repeat(2, x => x.Add(["support"], sentiment: -0.8))
            .Repeat(8, x => x.Add(["website"], sentiment: 0.3));
        var result = TouchpointScorer.Score(s.Input());
        Assert.Equal(["delivery", "support", "website"], result.Touchpoints.Select(t => t.TouchpointId));
        Assert.Equal(79.8, result.Touchpoints[0].Priority);
        Assert.Equal(50.0, result.Touchpoints[1].Priority);
        Assert.Equal(["delivery", "support"], PriorityRanking.Top(result).Select(t => t.TouchpointId));
    }

    [Fact]
    public void Score_MostlyHardPains_NotQuickWin()
    {
        // 10 mentions at −0.6 with defect ×6, no-update ×4 → 4 easy of 10: not a majority
        var s = new Sample()
            .Repeat(6, x => x.Add(["delivery"], sentiment: -0.6, pains: [PainKind.Defect]))
            .Repeat(4, x => x.Add(["delivery"], sentiment: -0.6, pains: [PainKind.NoUpdate]));
        Assert.False(TouchpointScorer.Score(s.Input()).Touchpoints.Single().QuickWin);
    }

    [Fact]
    public void Score_EasyPainsButMildEmotion_NotQuickWin()
    {
        // −0.2 > −0.25 cut, even though all 10 pains are confusing (easy)
        var s = new Sample().Repeat(10, x => x.Add(["website"], sentiment: -0.2, pains: [PainKind.Confusing]));
        Assert.False(TouchpointScorer.Score(s.Input()).Touchpoints.Single().QuickWin);
    }

    [Fact]
    public void Score_EasyPainsStrongEmotionEnoughEvidence_QuickWin()
    {
        var s = new Sample().Repeat(10, x => x.Add(["support"], sentiment: -0.5, pains: [PainKind.RudeStaff]));
        var result = TouchpointScorer.Score(s.Input());
        Assert.True(result.Touchpoints.Single().QuickWin);
        Assert.Single(PriorityRanking.QuickWins(result));
    }

    [Fact]
    public void Score_DetractorLinkedByCustomerId_CountsInNpsImpactOnce()
    {
        // 10 NPS answers. delivery mentioned by c1 (own NPS 3), c2 (no NPS; separate survey row NPS 2 and 5), c3 (NPS
        // 9).
        // Linked detractors: 3, 2, 5 = 3 → 3/10·100 = 30 points. The detractor 0 from c9 does not mention delivery.
        var s = new Sample()
            .Add(["delivery"], customer: "c1", nps: 3)
            .Add(["delivery"], customer: "c2")
            .Add([], customer: "c2", nps: 2)
            .Add([], customer: "c2", nps: 5)
            .Add(["delivery"], customer: "c3", nps: 9)
            .Add(["website"], customer: "c9", nps: 0);
        foreach (var n in new[] { 10, 10, 9, 8, 7 })
        {
            s.Add(["website"], nps: n);
        }
        var delivery = TouchpointScorer.Score(s.Input()).Touchpoints.Single(t => t.TouchpointId == "delivery");
        Assert.Equal(30.0, delivery.NpsImpact);
        // linked NPS {3, 2, 5, 9}: 1 promoter, 3 detractors → (1 − 3)/4 = −50
        Assert.Equal((-50.0, 4), (delivery.Metrics.Nps!.Score, delivery.Metrics.Nps.Responses));
        Assert.Equal(3, delivery.Metrics.Records);
    }

    [Fact]
    public void Score_NoNpsAnswers_NpsImpactNull()
    {
        var s = new Sample().Add(["delivery"], sentiment: -1);
        Assert.Null(TouchpointScorer.Score(s.Input()).Touchpoints.Single().NpsImpact);
    }

    [Fact]
    public void Score_AgentTurns_AreNotMentionsOrCustomers()
    {
        // the agent's "sorry about the delivery" is not customer evidence: delivery has 1 mention among 1 customer
        var s = new Sample()
            .Add(["delivery"], sentiment: -0.8, customer: "c1", speaker: "customer")
            .Add(["delivery"], sentiment: 0.6, customer: "c1", speaker: "agent");
        var delivery = TouchpointScorer.Score(s.Input()).Touchpoints.Single();
        Assert.Equal((1, -0.8, 1.0), (delivery.Mentions, delivery.EmotionalImpact.Value, delivery.Frequency.Value));
    }

    [Fact]
    public void Score_EmptyInput_EmptyResultWithoutNaN()
    {
        var result = TouchpointScorer.Score(new Sample().Input());
        Assert.Empty(result.Touchpoints);
        Assert.Empty(result.Network.Nodes);
        Assert.Empty(result.Segments);
        Assert.Equal(0, result.Overall.Records);
        Assert.Equal(["No evidence records: nothing was scored."], result.Warnings);
    }

    [Fact]
    public void Score_DegenerateValues_EveryNumberFinite()
    {
        var s = new Sample()
            .Add(["delivery"], sentiment: double.NaN, rating: double.NaN, csat: 9, ces: double.PositiveInfinity)
            .Add(["delivery", "delivery"], sentiment: 5)
            .Add([], text: "   ");
        var result = TouchpointScorer.Score(s.Input());
        var json = JsonSerializer.Serialize(result); // throws on NaN/Infinity
        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
        var d = result.Touchpoints.Single();
        Assert.Equal(2, d.Mentions); // duplicate mention in one record counts once
        Assert.Equal(0.5, d.EmotionalImpact.Value); // NaN → 0, 5 → clamped to 1
    }

    [Fact]
    public void Score_AnnotationsMisaligned_Throws()
    {
        var s = new Sample().Add(["delivery"]).Add(["website"]);
        var input = s.Input() with { Annotations = [.. s.Annotations.Reverse()] };
        Assert.Throws<ArgumentException>(() => TouchpointScorer.Score(input));
        Assert.Throws<ArgumentException>(() => TouchpointScorer.Score(input with { Annotations = [s.Annotations[0]] }));
    }

    [Fact]
    public void Score_SameInputTwice_IdenticalOutput()
    {
        var input = WorkedExampleTests.Build().Input();
        Assert.Equal(
            JsonSerializer.Serialize(TouchpointScorer.Score(input)),
            JsonSerializer.Serialize(TouchpointScorer.Score(input))
        );
    }
}
