using CxAssistant.Analysis.Hypotheses;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Hypotheses;

namespace CxAssistant.Analysis.Tests.Hypotheses;

/// <summary>Selection rules of the offline drafter on small hand-made analyses.</summary>
public sealed class HypothesisDrafterTests
{
    private static Core.Analysis.AnalysisResult Returns()
    {
        var rows = new List<(string, string, string[], int?)>();
        for (var i = 0; i < 6; i++)
        {
            rows.Add(($"Returned boots {i} weeks ago, refund took 19 days.", "returns", [PainKind.LongWait], 3));
        }
        for (var i = 0; i < 3; i++)
        {
            rows.Add(
                ($"Charged me a $8 restocking fee with the tags still on ({i}).", "returns", [PainKind.HiddenFee], 5)
            );
        }
        for (var i = 0; i < 2; i++)
        {
            rows.Add(($"I have no printer for the return label {i}.", "returns", [PainKind.Confusing], 6));
        }
        rows.Add(("Easy return, thanks.", "returns", [], 10));
        return HypothesisAnalysisFixture.Build(rows);
    }

    private static TouchpointHypotheses DraftReturns(out Core.Analysis.AnalysisResult analysis)
    {
        analysis = Returns();
        var score = analysis.Scoring.Touchpoints.Single(t => t.TouchpointId == "returns");
        return HypothesisDrafter.Draft(analysis, [score]).Touchpoints.Single();
    }

    [Fact]
    public void Draft_OneTouchpoint_FiveDistinctHypothesesThatPassTheCheck()
    {
        var group = DraftReturns(out var analysis);

        Assert.Equal(5, group.Hypotheses.Count);
        Assert.Equal(5, group.Hypotheses.Select(h => h.Title).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(5, group.Hypotheses.Select(h => h.RemedyId).Distinct().Count());
        Assert.Empty(HypothesisCheck.Check(new HypothesisBacklog([group]), analysis, ["returns"]));
    }

    [Fact]
    public void Draft_PainsInProportion_TopPainGetsMostSlotsAndEveryPainIsCovered()
    {
        var pains = DraftReturns(out _).Hypotheses.GroupBy(h => h.Pain).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(pains[PainKind.LongWait] >= 2);
        Assert.True(pains[PainKind.LongWait] >= pains.GetValueOrDefault(PainKind.HiddenFee));
        Assert.Contains(PainKind.HiddenFee, pains.Keys);
        Assert.Contains(PainKind.Confusing, pains.Keys);
    }

    [Fact]
    public void Draft_QuickWinsComeFirst()
    {
        var hypotheses = DraftReturns(out _).Hypotheses;
        var firstNonQuick = hypotheses.ToList().FindIndex(h => !h.QuickWin);

        Assert.True(hypotheses[0].QuickWin);
        Assert.DoesNotContain(hypotheses.Skip(firstNonQuick), h => h.QuickWin);
    }

    [Fact]
    public void Draft_FillsFiguresFromTheEvidence()
    {
        var hypotheses = DraftReturns(out _).Hypotheses;

        var fee = hypotheses.Single(h => h.RemedyId == "restocking-fee-transparency");
        Assert.Contains("$8 restocking fee", fee.Change, StringComparison.Ordinal);
        Assert.Contains(fee.Specifics, s => s.Text == "$8 restocking fee");
        var refund = hypotheses.Single(h => h.RemedyId == "refund-sla-tracking");
        Assert.Contains("19 days", refund.Change, StringComparison.Ordinal);
        Assert.Contains("Operations", refund.Resources, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_BaselinesAreTheCoresFigures()
    {
        var hypotheses = DraftReturns(out var analysis).Hypotheses;

        var wait = hypotheses.First(h =>
            h.Pain == PainKind.LongWait && h.SuccessMetric.Baseline.Kind == BaselineKind.PainShare
        );
        Assert.Equal(50.0, wait.SuccessMetric.Baseline.Value); // 6 of 12 mentions
        Assert.Equal(12, wait.SuccessMetric.Baseline.N);
        Assert.Equal(6, wait.ExpectedImpact.AddressedMentions);
        Assert.Equal(
            analysis.Scoring.Touchpoints.Single(t => t.TouchpointId == "returns").NpsImpact,
            wait.ExpectedImpact.TouchpointNpsImpact
        );
    }

    [Fact]
    public void Draft_OneTouchpoint_MetricBaselinesDistinctOrSaidToBeShared()
    {
        var hypotheses = DraftReturns(out _).Hypotheses;

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var h in hypotheses)
        {
            var key = h.SuccessMetric.Baseline.Kind + "|" + h.SuccessMetric.Baseline.Pain;
            if (!seen.Add(key))
            {
                Assert.Contains("judged by the same figure", h.SuccessMetric.Method, StringComparison.Ordinal);
            }
        }
        Assert.True(seen.Count >= 3, string.Join(", ", seen));
    }

    [Fact]
    public void Draft_OneTouchpoint_NoTemplateDebris()
    {
        var hypotheses = DraftReturns(out _).Hypotheses;

        Assert.All(hypotheses, h => Assert.Empty(HypothesisDebris.Find(h)));
        Assert.All(hypotheses, h =>
            Assert.DoesNotContain(
                " the the ",
                h.KillCriterion + h.SuccessMetric.Method,
                StringComparison.OrdinalIgnoreCase
            )
        );
    }

    [Theory]
    [InlineData("Track the {touchpoint} weekly", "unfilled slot {touchpoint}")]
    [InlineData("no improvement in the the standard's figures", "'the the' repeats a word")]
    [InlineData("Raise the nPS of returns", "'nPS' is mis-cased")]
    public void Find_Debris_IsNamed(string kill, string expected)
    {
        var h = DraftReturns(out _).Hypotheses[0] with { KillCriterion = kill };

        Assert.Contains(expected, HypothesisDebris.Find(h));
    }

    [Fact]
    public void Draft_SameRemedy_IsNotProposedForTwoTouchpoints()
    {
        var sample = SampleRuns.Trailhead;
        var backlog = HypothesisDrafter.Draft(sample, sample.FixFirst(3));

        var specific = backlog
            .All.Where(h => !RemedyCatalogue.Default.Remedies.Single(r => r.Id == h.RemedyId).IsGeneral)
            .ToList();
        Assert.Equal(specific.Count, specific.Select(h => h.RemedyId).Distinct().Count());
    }

    [Fact]
    public void Draft_WithoutPrioritised_UsesTheReportsFixFirstList()
    {
        var sample = SampleRuns.Bloom;

        var backlog = HypothesisDrafter.Draft(sample);

        Assert.Equal(sample.FixFirst(3).Select(t => t.TouchpointId), backlog.Touchpoints.Select(t => t.TouchpointId));
    }

    [Fact]
    public void Draft_DataWithoutNps_NoHypothesisSpeaksOfNpsOrDetractors()
    {
        // The same complaints with and without NPS answers: the detractor remedy only where there are detractors.
        var rows = Enumerable
            .Range(0, 12)
            .Select(i =>
                (
                    $"Parcel {i} arrived two weeks late and nobody told me.",
                    "delivery",
                    (string[])[PainKind.LongWait],
                    (int?)null
                )
            )
            .ToList();
        var withNps = HypothesisAnalysisFixture.Build([.. rows.Select(r => r with { Item4 = 3 })]);
        var withoutNps = HypothesisAnalysisFixture.Build(rows);

        var without = HypothesisDrafter.Draft(withoutNps).All.ToList();
        var with = HypothesisDrafter.Draft(withNps).All.ToList();

        Assert.NotEmpty(without);
        Assert.All(without, h =>
            Assert.DoesNotMatch(@"(?i)\bNPS\b|detractor", h.Title + " " + h.Change + " " + h.SuccessMetric.Name)
        );
        Assert.Contains(without, h => h.RemedyId == "answer-every-complaint");
        Assert.Contains(with, h => h.RemedyId == "close-the-loop");
        Assert.DoesNotContain(with, h => h.RemedyId == "answer-every-complaint");
    }
}
