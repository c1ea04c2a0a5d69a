using CxAssistant.Core.Annotations;
using CxAssistant.Core.Hypotheses;

namespace CxAssistant.Core.Tests.Hypotheses;

public sealed class HypothesisBaselinesTests
{
    [Fact]
    public void Compute_PainShare_CountsCueOverCustomerMentions()
    {
        var b = HypothesisBaselines.Compute(
            HypothesisFixture.Analysis(),
            "delivery",
            BaselineKind.PainShare,
            PainKind.LongWait
        )!;

        Assert.Equal(40.0, b.Value);
        Assert.Equal(10, b.N);
        Assert.Equal("% of mentions", b.Unit);
        Assert.Contains("4 of the 10", b.HowComputed, StringComparison.Ordinal);
        // Read by owners in every hypothesis: the pain in words, not the annotator's label.
        Assert.EndsWith("are about long waits", b.HowComputed, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_Nps_EqualsTheCoresTouchpointNps()
    {
        var analysis = HypothesisFixture.Analysis();
        var b = HypothesisBaselines.Compute(analysis, "delivery", BaselineKind.Nps)!;
        var core = analysis.Scoring.Touchpoints.First(t => t.TouchpointId == "delivery").Metrics.Nps!;

        Assert.Equal(core.Score, b.Value);
        Assert.Equal(-16.7, b.Value);
        Assert.Equal(6, b.N);
    }

    [Fact]
    public void Compute_DetractorAndNegativeShares_AreHandCountable()
    {
        var analysis = HypothesisFixture.Analysis();

        Assert.Equal(50.0, HypothesisBaselines.Compute(analysis, "delivery", BaselineKind.DetractorShare)!.Value);
        Assert.Equal(30.0, HypothesisBaselines.Compute(analysis, "delivery", BaselineKind.NegativeShare)!.Value);
    }

    [Fact]
    public void Compute_CsatWithoutAnswers_ReturnsNull()
    {
        Assert.Null(HypothesisBaselines.Compute(HypothesisFixture.Analysis(), "delivery", BaselineKind.Csat));
    }

    [Fact]
    public void PainCounts_BusinessSpeakerTurns_AreNotCustomerEvidence()
    {
        var analysis = HypothesisFixture.Analysis();
        var agent = analysis.Records[0] with { Id = "agent", Speaker = "agent" };
        var withAgent = analysis with
        {
            Records = [.. analysis.Records, agent],
            Annotations = [.. analysis.Annotations, analysis.Annotations[0] with { EvidenceId = "agent" }],
        };

        Assert.Equal(
            4,
            HypothesisBaselines.PainCounts(withAgent, "delivery").Single(p => p.Pain == PainKind.LongWait).Count
        );
    }

    [Fact]
    public void Compute_WithTheTouchpointsMentions_EqualsComputingThemItself()
    {
        var analysis = HypothesisFixture.Analysis();
        var mentions = HypothesisBaselines.CustomerMentions(analysis, "delivery");

        foreach (
            var kind in new[]
            {
                BaselineKind.PainShare,
                BaselineKind.NegativeShare,
                BaselineKind.FailureShare,
                BaselineKind.Nps,
                BaselineKind.DetractorShare,
            }
        )
        {
            Assert.Equal(
                HypothesisBaselines.Compute(analysis, "delivery", kind, PainKind.LongWait),
                HypothesisBaselines.Compute(analysis, "delivery", kind, PainKind.LongWait, mentions)
            );
        }
        Assert.Equal(HypothesisBaselines.PainCounts(analysis, "delivery"), HypothesisBaselines.PainCounts(mentions));
    }

    [Theory]
    [InlineData("pain:long-wait", "long-wait", true)]
    [InlineData("pain:long-wait", "long", false)]
    [InlineData("pain:long", "long-wait", false)]
    [InlineData("failure:long-wait", "long-wait", false)]
    public void HasPain_MatchesTheWholePainValueOnly(string label, string pain, bool expected)
    {
        var annotation = HypothesisFixture.Analysis().Annotations[0] with
        {
            Cues = [new Cue("sentiment:negative", 0, 1), new Cue(label, 0, 1)],
        };

        Assert.Equal(expected, HypothesisBaselines.HasPain(annotation, pain));
    }
}
