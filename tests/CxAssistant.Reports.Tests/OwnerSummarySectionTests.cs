using System.Text;
using System.Text.RegularExpressions;
using CxAssistant.Core.Analysis;

namespace CxAssistant.Reports.Tests;

public sealed class OwnerSummarySectionTests
{
    private static string Page(AnalysisResult analysis)
    {
        var sb = new StringBuilder();
        OwnerSummarySection.Write(sb, analysis, new ReportOptions { Title = "t" });
        return sb.ToString();
    }

    [Theory]
    [InlineData("trailhead-outfitters")]
    [InlineData("bloom-and-crumb")]
    public void Write_Sample_FitsOnePrintedPage(string sample)
    {
        var page = Page(SampleRuns.Analysis(sample));

        // A printed page holds about 500 words and 50 lines of this width.
        Assert.True(page.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length <= 550, page);
        Assert.True(page.Split('\n').Length <= 50, page);
    }

    [Theory]
    [InlineData("trailhead-outfitters")]
    [InlineData("bloom-and-crumb")]
    public void Write_Sample_FixFirstInTheCoresOrderEachWithOneDistinctQuote(string sample)
    {
        var analysis = SampleRuns.Analysis(sample);
        var page = Page(analysis);

        var items = Regex.Matches(page, @"^\d\. \*\*(.+?)\*\* \(priority (\d+)\)", RegexOptions.Multiline);
        var expected = analysis.FixFirst(3).Select(t => SummarySection.Name(analysis, t.TouchpointId)).ToList();
        Assert.Equal(expected, items.Select(m => m.Groups[1].Value));
        var quotes = Regex.Matches(page, "“([^”]+)”").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(quotes.Count, quotes.Distinct().Count());
        Assert.True(quotes.Count >= expected.Count);
    }

    [Fact]
    public void Write_QuickWins_SameAsTheBacklogAndTheSummary()
    {
        var analysis = SampleRuns.Trailhead;
        var page = Page(analysis);
        var summary = new StringBuilder();
        SummarySection.Write(summary, analysis, new ReportOptions { Title = "t" });

        var wins = analysis.Hypotheses!.All.Where(h => h.QuickWin).Take(3).ToList();
        Assert.NotEmpty(wins);
        foreach (var h in wins)
        {
            Assert.Contains(MarkdownText.Escape(h.Title), page, StringComparison.Ordinal);
            Assert.Contains(MarkdownText.Escape(h.Title), summary.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void QuickWins_TitleNamesItsTouchpoint_NotFollowedByTheNameAgain()
    {
        var analysis = SampleRuns.Trailhead;
        var line = OwnerSummarySection.QuickWins(analysis);

        foreach (var h in analysis.Hypotheses!.All.Where(h => h.QuickWin).Take(3))
        {
            var name = SummarySection.Name(analysis, h.TouchpointId); // already escaped for Markdown
            Assert.Contains(name, MarkdownText.Escape(h.Title), StringComparison.Ordinal);
            Assert.DoesNotContain(MarkdownText.Escape(h.Title) + " (" + name + ")", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_Trailhead_SurfacesTheSignificantRegionGap()
    {
        var page = Page(SampleRuns.Trailhead);

        Assert.Matches(@"\*\*Biggest difference between groups:\*\* region \S", page);
    }
}
