using System.Text;
using CxAssistant.Core.Metrics;

namespace CxAssistant.Reports.Tests.JobStates;

public sealed class EngagementSampleTests
{
    [Fact]
    public void Analyze_Trailhead_ClvFromOrderValueAndRegressionDrivers()
    {
        var a = JobStateSamples.Trailhead;

        var e = EngagementAnalyzer.Analyze(a.Records, a.Annotations, a.Scoring);

        Assert.NotNull(e.LifetimeValue);
        Assert.Equal("order_value", e.LifetimeValue.Column);
        Assert.True(e.LifetimeValue.Clv > 0);
        Assert.Contains(e.LifetimeValue.Segments, s => s.Field == "loyalty_tier");
        Assert.Equal(KeyDriverResult.Regression, e.KeyDrivers!.Method);
        Assert.Equal("NPS", e.KeyDrivers.Outcome);
        Assert.InRange(e.KeyDrivers.RSquared!.Value, 0.01, 0.99);
        Assert.Equal("delivery", e.KeyDrivers.Drivers[0].TouchpointId);
        Assert.True(e.Retention.RepeatCustomers > 0);
        Assert.True(e.SocialMentions > 0);
        Assert.NotEmpty(e.Quadrants);
    }

    [Fact]
    public void Analyze_Bloom_NoOrderValuesSoNoClv()
    {
        var a = JobStateSamples.Bloom;

        var e = EngagementAnalyzer.Analyze(a.Records, a.Annotations, a.Scoring);

        Assert.Null(e.LifetimeValue);
        Assert.Equal(KeyDriverResult.Regression, e.KeyDrivers!.Method);
        Assert.True(e.KeyDrivers.N >= 20);
    }

    [Theory]
    [InlineData("bloom-and-crumb")]
    [InlineData("trailhead-outfitters")]
    public void Write_Sample_SectionHasEverySubsection(string sample)
    {
        var a = JobStateSamples.Get(sample);
        var sb = new StringBuilder();

        EngagementSection.Write(sb, EngagementAnalyzer.Analyze(a.Records, a.Annotations, a.Scoring), a);

        var md = sb.ToString();
        Assert.StartsWith("## Engagement metrics", md, StringComparison.Ordinal);
        foreach (
            var heading in new[]
            {
                "### Customer lifetime value",
                "### Retention and stickiness",
                "### Key drivers",
                "### Importance × performance",
                "Assumptions:",
            }
        )
        {
            Assert.Contains(heading, md, StringComparison.Ordinal);
        }
        Assert.Contains("| Touchpoint | Effect | Coefficient | p | n | r |", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bloom-and-crumb")]
    [InlineData("trailhead-outfitters")]
    public void Write_Sample_QuadrantsInWordsNotCoefficients(string sample)
    {
        var a = JobStateSamples.Get(sample);
        var sb = new StringBuilder();

        EngagementSection.Write(sb, EngagementAnalyzer.Analyze(a.Records, a.Annotations, a.Scoring), a);

        var md = sb.ToString();
        var start = md.IndexOf("### Importance × performance", StringComparison.Ordinal);
        Assert.True(start >= 0);
        var quadrants = md[start..].Split("\n\n")[..3];
        var lines = string.Join("\n", quadrants)
            .Split('\n')
            .Where(l => l.StartsWith("- **", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.DoesNotMatch(@"importance [+-]\d|performance [+-]\d", l));
        Assert.All(lines, l =>
            Assert.Matches(@"\((matters|makes no difference|goes against)[^,]*, (customers|feelings)", l)
        );
    }

    [Fact]
    public void Write_TinyData_SaysCorrelationFallback()
    {
        var analysis = AnalysisFixture.Build();
        var sb = new StringBuilder();

        EngagementSection.Write(
            sb,
            EngagementAnalyzer.Analyze(
                analysis.Records,
                analysis.Annotations,
                analysis.Scoring,
                new EngagementOptions { MinDriverCustomers = 1 }
            ),
            analysis
        );

        var md = sb.ToString();
        Assert.Contains("simple correlations", md, StringComparison.Ordinal);
        Assert.Contains("No order values", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_HostileColumnAndSegmentNames_Escaped()
    {
        var clv = new LifetimeValueResult("order<script>", 2, 1, 150, 2, null, null, true, 0.5, 75, 150)
        {
            Segments = [new SegmentLifetimeValue("plan|x", "[click](http://evil.example)", 1, 2, 150, 150)],
        };
        var retention = new RetentionResult(1, 1, 1, 1, 3, 0, 0, 0, 0, 0);
        var e = new EngagementAnalysis(clv, retention, null, [], 0, null, ["Margin <b>50%</b>"]);
        var sb = new StringBuilder();

        EngagementSection.Write(sb, e, AnalysisFixture.Build());

        var md = sb.ToString();
        Assert.Contains("order\\<script\\>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("[click](", md, StringComparison.Ordinal);
        Assert.Contains("plan\\|x", md, StringComparison.Ordinal);
        Assert.Contains("No NPS or star ratings", md, StringComparison.Ordinal);
    }
}
