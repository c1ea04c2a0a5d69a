using CxAssistant.Core.Evidence;
using CxAssistant.Core.Hypotheses;
using CxAssistant.Core.Validation;

namespace CxAssistant.Core.Tests.Hypotheses;

public sealed class HypothesisCheckTests
{
    [Fact]
    public void Check_ValidHypothesis_NoFindings()
    {
        var analysis = HypothesisFixture.Analysis();

        Assert.Empty(HypothesisCheck.Check(HypothesisFixture.Valid(analysis), analysis));
    }

    [Fact]
    public void Check_WrongBaseline_ReportsTheCoresFigure()
    {
        var analysis = HypothesisFixture.Analysis();
        var h = HypothesisFixture.Valid(analysis);
        h = h with { SuccessMetric = h.SuccessMetric with { Baseline = h.SuccessMetric.Baseline with { Value = 25 } } };

        var finding = Assert.Single(HypothesisCheck.Check(h, analysis));
        Assert.Equal(HypothesisCheck.Numbers, finding.Check);
        Assert.Contains("40.0", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WrongSampleSize_IsAFinding()
    {
        var analysis = HypothesisFixture.Analysis();
        var h = HypothesisFixture.Valid(analysis);
        h = h with { SuccessMetric = h.SuccessMetric with { Baseline = h.SuccessMetric.Baseline with { N = 83 } } };

        Assert.Contains(HypothesisCheck.Check(h, analysis), f =>
            f.Check == HypothesisCheck.Numbers && f.Message.Contains("n=83", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Check_InventedNpsBaseline_IsAFinding()
    {
        var analysis = HypothesisFixture.Analysis();
        var h = HypothesisFixture.Valid(analysis);
        var nps = HypothesisBaselines.Compute(analysis, "delivery", BaselineKind.Nps)! with { Value = -20 };
        h = h with { SuccessMetric = h.SuccessMetric with { Baseline = nps } };

        Assert.Contains(HypothesisCheck.Check(h, analysis), f => f.Message.Contains("-16.7", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MissingFields_NamesEachField()
    {
        var analysis = HypothesisFixture.Analysis();
        var h = HypothesisFixture.Valid(analysis) with
        {
            Change = " ",
            KillCriterion = "",
            UnintendedConsequences = [],
            Pain = "grumpy",
        };

        var messages = HypothesisCheck
            .Check(h, analysis)
            .Where(f => f.Check == HypothesisCheck.Completeness)
            .Select(f => f.Message)
            .ToList();
        Assert.Contains(messages, m => m.Contains("'change'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'killCriterion'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("unintended consequence", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("grumpy", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ParaphrasedQuote_FailsGrounding()
    {
        var analysis = HypothesisFixture.Analysis();
        var h = HypothesisFixture.Valid(analysis);
        var q = h.Evidence[0];
        h = h with { Evidence = [q with { Text = "parcel took sixteen days to arrive and no" }] };

        var finding = Assert.Single(HypothesisCheck.Check(h, analysis));
        Assert.Equal(GroundingCheck.Name, finding.Check);
    }

    [Fact]
    public void Check_SpecificNotInRecord_FailsGrounding()
    {
        var analysis = HypothesisFixture.Analysis();
        var h = HypothesisFixture.Valid(analysis) with { Specifics = [new EvidenceQuote("e1", 15, 22, "19 days")] };

        Assert.Contains(HypothesisCheck.Check(h, analysis), f => f.Check == GroundingCheck.Name);
    }

    [Fact]
    public void Check_WrongImpactFigures_IsAFinding()
    {
        var analysis = HypothesisFixture.Analysis();
        var h = HypothesisFixture.Valid(analysis);
        h = h with
        {
            ExpectedImpact = h.ExpectedImpact with { AddressedMentions = 7 },
            PainCounts = [new PainCount("long-wait", 5)],
        };

        var findings = HypothesisCheck.Check(h, analysis);
        Assert.Equal(2, findings.Count(f => f.Check == HypothesisCheck.Numbers));
    }

    [Fact]
    public void CheckBacklog_FewerThanFiveAndDuplicateTitles_AreFindings()
    {
        var analysis = HypothesisFixture.Analysis();
        var h = HypothesisFixture.Valid(analysis);
        var backlog = new HypothesisBacklog([
            new TouchpointHypotheses("delivery", [h, h with { Id = "delivery-h2", Title = "PROACTIVE delay notices" }]),
        ]);

        var findings = HypothesisCheck
            .Check(backlog, analysis, ["delivery", "checkout"])
            .Where(f => f.Check == HypothesisCheck.Backlog)
            .ToList();
        Assert.Contains(findings, f => f.Message.Contains("'delivery' has 2 hypotheses", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("'checkout' has 0 hypotheses", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("repeats the title", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Post the wait at {touchpoint}", "unfilled slot {touchpoint}")]
    [InlineData("Post the the wait", "'the the' repeats a word")]
    [InlineData("Raise the nPS of delivery", "'nPS' is mis-cased")]
    public void Check_TemplateDebrisInAnyField_IsAFinding(string text, string expected)
    {
        var analysis = HypothesisFixture.Analysis();
        var h = HypothesisFixture.Valid(analysis);

        foreach (
            var broken in new[]
            {
                h with
                {
                    Title = text,
                },
                h with
                {
                    Change = text,
                },
                h with
                {
                    KillCriterion = text,
                },
                h with
                {
                    SuccessMetric = h.SuccessMetric with { Method = text },
                },
                h with
                {
                    UnintendedConsequences = [text],
                },
            }
        )
        {
            var finding = Assert.Single(HypothesisCheck.Check(broken, analysis));
            Assert.Equal(HypothesisCheck.Debris, finding.Check);
            Assert.Equal($"{h.Id}: {expected}", finding.Message);
        }
    }

    [Fact]
    public void Check_ProductSpellingsAndNumbersTwice_AreNotDebris()
    {
        var analysis = HypothesisFixture.Analysis();
        var h = HypothesisFixture.Valid(analysis) with { Change = "Fix the iOS app's 10 10-minute delays" };

        Assert.Empty(HypothesisCheck.Check(h, analysis));
    }

    [Fact]
    public void CheckBacklog_FewerThanFiveWithAReason_NoBacklogFinding()
    {
        var analysis = HypothesisFixture.Analysis();
        var h = HypothesisFixture.Valid(analysis);
        var backlog = new HypothesisBacklog([
            new TouchpointHypotheses("delivery", [h], "only 1 remedy fits what customers say about Delivery"),
            new TouchpointHypotheses("checkout", [], "  "),
        ]);

        var findings = HypothesisCheck
            .Check(backlog, analysis, ["delivery", "checkout"])
            .Where(f => f.Check == HypothesisCheck.Backlog)
            .ToList();
        var finding = Assert.Single(findings);
        Assert.Contains("'checkout' has 0 hypotheses", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overall_OrdersByImpactAgainstEffort()
    {
        var analysis = HypothesisFixture.Analysis();
        var h = HypothesisFixture.Valid(analysis);
        var hard = h with { Id = "hard", Effort = HypothesisLevel.High };
        var easy = h with { Id = "easy", Effort = HypothesisLevel.Low };
        var backlog = new HypothesisBacklog([new TouchpointHypotheses("delivery", [hard, easy])]);

        Assert.Equal(["easy", "hard"], backlog.Overall.Select(x => x.Id));
    }
}
