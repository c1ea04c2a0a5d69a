using CxAssistant.Core.Scoring;

namespace CxAssistant.Core.Tests.Scoring;

public sealed class ScoringWarningsTests
{
    [Fact]
    public void Score_ManyUnmatchedRecords_WarnsWithShare()
    {
        // 30 records with text: 20 match delivery, 10 match nothing → 33% > 30%
        var s = new Sample()
            .Repeat(20, x => x.Add(["delivery"], customer: "c", day: 1))
            .Repeat(10, x => x.Add([], customer: "d", day: 1));
        var warnings = TouchpointScorer.Score(s.Input()).Warnings;
        Assert.Contains(
            "33% of records with text (10 of 30) matched no touchpoint: consider extending the touchpoint catalog.",
            warnings
        );
        Assert.Contains("No NPS answers: NPS and NPS impact are not computed.", warnings);
        Assert.Contains(
            "3 catalog touchpoint(s) have no evidence and are not scored: website, checkout, support.",
            warnings
        );
        Assert.DoesNotContain(warnings, w => w.StartsWith("Only", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_IdsWithoutTimestamps_NamesWhatIsMissing()
    {
        var s = new Sample().Add(["delivery"], customer: "a").Add(["website"], customer: "a");
        Assert.Contains(
            "No timestamps: the touchpoint network shows co-mentions only, not customer journeys.",
            TouchpointScorer.Score(s.Input()).Warnings
        );
    }

    [Fact]
    public void Score_Timelines_NoNetworkWarning()
    {
        var s = new Sample().Add(["website"], customer: "a", day: 1).Add(["checkout"], customer: "a", day: 2);
        Assert.DoesNotContain(TouchpointScorer.Score(s.Input()).Warnings, w =>
            w.Contains("co-mentions only", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Score_ScoreOnlySurveyRows_NotCountedAsUnmatched()
    {
        // 2 NPS-only rows with blank text and 1 matched comment → 0 of 1 unmatched
        var s = new Sample().Add([], nps: 9, text: "").Add([], nps: 4, text: " ").Add(["delivery"]);
        Assert.DoesNotContain(TouchpointScorer.Score(s.Input()).Warnings, w =>
            w.Contains("matched no touchpoint", StringComparison.Ordinal)
        );
    }
}
