using CxAssistant.Core.Hypotheses;
using CxAssistant.Core.Scoring;
using CxAssistant.Core.Validation;
using CxAssistant.Engine.Hypotheses;
using CxAssistant.Engine.Reports;

namespace CxAssistant.Engine.Tests.Hypotheses;

/// <summary>The drafter on the two sample businesses: five checked, grounded, specific hypotheses per top touchpoint.</summary>
public sealed class HypothesisSampleTests
{
    [Theory]
    [InlineData("trailhead-outfitters")]
    [InlineData("bloom-and-crumb")]
    public void Draft_TopThreeTouchpoints_FiveHypothesesEachThatPassEveryCheck(string sample)
    {
        var analysis = SampleAnalyses.Get(sample);
        var top = PriorityRanking.Top(analysis.Scoring);
        Assert.Equal(3, top.Count);

        var backlog = HypothesisDrafter.Draft(analysis, top);
        Dump(sample, backlog, analysis);

        Assert.Equal(top.Select(t => t.TouchpointId), backlog.Touchpoints.Select(t => t.TouchpointId));
        Assert.All(backlog.Touchpoints, t => Assert.Equal(5, t.Hypotheses.Count));
        Assert.Empty(HypothesisCheck.Check(backlog, analysis, top.Select(t => t.TouchpointId)));
        var index = GroundingCheck.Index(analysis.Records);
        Assert.All(backlog.All, h => Assert.All(h.Evidence, q => Assert.Equal(index[q.EvidenceId].Text[q.Start..q.End], q.Text)));
    }

    private static void Dump(string sample, HypothesisBacklog backlog, Core.Analysis.AnalysisResult analysis)
    {
        // Set CX_HYPOTHESES_DUMP to a folder to read the drafts while tuning the catalogue.
        if (Environment.GetEnvironmentVariable("CX_HYPOTHESES_DUMP") is not { Length: > 0 } dir) return;
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, sample + ".md"), HypothesesMarkdown.Render(backlog, analysis));
        using var csv = new StreamWriter(Path.Combine(dir, sample + ".csv"));
        HypothesesCsv.Write(csv, backlog, analysis);
    }
}
