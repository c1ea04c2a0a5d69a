using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Periods;

namespace CxAssistant.Reports.Tests;

public sealed class WhatChangedSectionTests
{
    private static string Section(AnalysisResult analysis)
    {
        var sb = new StringBuilder();
        WhatChangedSection.Write(sb, analysis);
        return sb.ToString();
    }

    [Theory]
    [InlineData("trailhead-outfitters")]
    [InlineData("bloom-and-crumb")]
    public void Render_SampleWithThreeMonths_WhatChangedIsTheFirstSection(string sample)
    {
        var analysis = SampleRuns.Analysis(sample);
        var report = MarkdownReport.Render(analysis, new ReportOptions { Title = "t" });

        var first = report.Split('\n').First(l => l.StartsWith("## ", StringComparison.Ordinal));
        Assert.Equal($"## What changed: {analysis.Changes!.After} against {analysis.Changes.Before}", first);
        Assert.True(
            report.IndexOf("## What changed", StringComparison.Ordinal)
                < report.IndexOf("## At a glance", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Write_SignificantChange_MarkedAndOthersNot()
    {
        var analysis = SampleRuns.Trailhead;
        var section = Section(analysis);

        var rows = section.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.NotEmpty(rows);
        foreach (var theme in analysis.Changes!.Themes)
        {
            var row = rows.FirstOrDefault(r =>
                r.StartsWith("| " + MarkdownText.Escape(theme.Name) + " ", StringComparison.Ordinal)
            );
            if (row is null)
            {
                continue;
            }
            Assert.Equal(theme.Changed, row.Contains('✱'));
            Assert.Contains(WhatChangedSection.Share(theme.Volume), row);
        }
    }

    [Fact]
    public void Write_NoComparison_NothingWritten() =>
        Assert.Equal("", Section(SampleRuns.Trailhead with { Changes = null }));

    [Fact]
    public void Write_EmergingTheme_ListedAsNewWithItsCount()
    {
        var baseline = SampleRuns.Trailhead.Changes!;
        var fresh = baseline.Themes[0] with { Name = "Gift cards", IsNew = true };
        var analysis = SampleRuns.Trailhead with
        {
            Changes = baseline with { Themes = [fresh, .. baseline.Themes.Skip(1)] },
        };

        var section = Section(analysis);

        Assert.Contains($"- **New in {baseline.After}**: Gift cards: {fresh.Volume.AfterHits} records", section);
    }

    [Fact]
    public void OneLine_NpsChangeAndEmerging_Summarised()
    {
        var c = SampleRuns.Trailhead.Changes!;

        var line = WhatChangedSection.OneLine(c)!;

        Assert.StartsWith($"What changed ({c.After} against {c.Before}): NPS ", line);
        Assert.Equal(
            c.Emerging.Any()
                || c.Nps is { Significant: true }
                || c.Themes.Any(t => t.Complaints is { Significant: true, Change: > 0 }),
            !line.Contains("nothing beyond chance")
        );
    }

    [Fact]
    public void Share_EmptySide_Dash() =>
        Assert.Equal("–", WhatChangedSection.Share(ShareChange.Of(0, 0, 3, 10, new PeriodOptions())));
}
