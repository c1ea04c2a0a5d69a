using System.Text;

namespace CxAssistant.Reports.Tests;

public sealed class StageOutcomesSectionTests
{
    [Theory]
    [InlineData("trailhead-outfitters")]
    [InlineData("bloom-and-crumb")]
    public void Write_Sample_OneRowPerStageWithItsFigures(string sample)
    {
        var analysis = SampleRuns.Analysis(sample);
        var sb = new StringBuilder();

        StageOutcomesSection.Write(sb, analysis);

        var rows = sb.ToString().Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.Equal(analysis.Stages.Count, rows.Count);
        Assert.NotEmpty(rows);
        foreach (var (row, stage) in rows.Zip(analysis.Stages))
        {
            Assert.StartsWith($"| {stage.Stage.ToString().ToLowerInvariant()} | ", row);
            Assert.Contains($" | {stage.Records} | {StageOutcomesSection.Value(stage)}", row);
            Assert.EndsWith($" | {stage.Answers}{(stage.Answers is > 0 and < 10 ? " ⚠" : "")} |", row);
        }
    }

    [Fact]
    public void Render_Map_EachStageHeadingCarriesItsOutcome()
    {
        var analysis = SampleRuns.Trailhead;

        var svg = NetworkSvg.Render(analysis);

        foreach (var stage in analysis.Stages)
        {
            Assert.Contains(">" + System.Net.WebUtility.HtmlEncode(StageOutcomesSection.Short(stage)) + "</text>", svg);
        }
    }

    [Fact]
    public void Render_Report_SectionFollowsTheMap()
    {
        var report = MarkdownReport.Render(SampleRuns.Bloom, new ReportOptions());

        var map = report.IndexOf("## Touchpoint map", StringComparison.Ordinal);
        var stages = report.IndexOf("### Outcomes by journey stage", StringComparison.Ordinal);
        Assert.InRange(stages, map, report.IndexOf("## Discovered touchpoints", StringComparison.Ordinal));
    }
}
