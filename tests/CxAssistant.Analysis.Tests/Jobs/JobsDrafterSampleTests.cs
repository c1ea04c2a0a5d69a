using CxAssistant.Core.Analysis;
using CxAssistant.Core.Jobs;
using CxAssistant.Core.Validation;

namespace CxAssistant.Analysis.Tests.Jobs;

public sealed class JobsDrafterSampleTests(JobsSamples samples) : IClassFixture<JobsSamples>
{
    public static TheoryData<string> Samples => new() { "bloom", "trailhead" };

    private (AnalysisResult Analysis, JobsAnalysis Jobs) Get(string name) =>
        name == "bloom" ? samples.Bloom : samples.Trailhead;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Draft_Sample_MainJobsAreCustomersGoalsNotTheirSentences(string sample)
    {
        var (analysis, jobs) = Get(sample);
        var mains = jobs.Tree.At(JobAltitude.Main);
        Assert.NotEmpty(mains);
        var texts = analysis
            .Records.Select(r => r.Text.Trim().TrimEnd('.', '!', '?'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.All(mains, m =>
        {
            Assert.DoesNotContain(m.Text, texts);
            Assert.True(m.Customers >= 2, m.Text);
            Assert.NotEmpty(m.Evidence);
        });
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Draft_Sample_EveryStatementPassesTheLinter(string sample)
    {
        var jobs = Get(sample).Jobs;
        Assert.NotEmpty(jobs.Statements);
        Assert.All(jobs.Statements, s => Assert.Empty(JobStatementLinter.Check(s)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Draft_Sample_EveryQuoteIsVerbatim(string sample)
    {
        var (analysis, jobs) = Get(sample);
        var quotes = jobs
            .Statements.SelectMany(s => s.AllQuotes)
            .Concat(jobs.Outcomes.SelectMany(o => o.Evidence))
            .ToList();
        Assert.NotEmpty(quotes);
        Assert.Empty(GroundingCheck.Check(quotes, GroundingCheck.Index(analysis.Records)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Draft_Sample_TreeAndOutcomesPassTheirChecks(string sample)
    {
        var jobs = Get(sample).Jobs;
        Assert.Empty(JobTreeCheck.Check(jobs.Statements));
        Assert.Empty(OpportunityCheck.Check(jobs.Outcomes, jobs.Statements.Select(s => s.Id)));
        Assert.All(jobs.Tree.At(JobAltitude.Main), m => Assert.True(m.Customers > 0 && m.Evidence.Count > 0, m.Text));
        Assert.Equal(
            jobs.Outcomes.OrderByDescending(o => o.Opportunity).Select(o => o.Id),
            jobs.Outcomes.Select(o => o.Id)
        );
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Draft_Sample_AspirationalCountsDistinctCustomersOfItsMainJobs(string sample)
    {
        var tree = Get(sample).Jobs.Tree;
        Assert.All(tree.At(JobAltitude.Aspirational), a =>
        {
            var children = tree.Children(a.Id);
            Assert.NotEmpty(children);
            Assert.InRange(a.Customers, children.Max(c => c.Customers), children.Sum(c => c.Customers));
        });
    }

    [Fact]
    public void Draft_Bloom_ReadsMeasuredOutcomesFromTheSurvey()
    {
        var measured = samples
            .Bloom.Jobs.Outcomes.Where(o => o.Source == OutcomeSource.Measured)
            .ToDictionary(o => o.Statement);
        Assert.Equal(3, measured.Count);
        var onTime = measured["Minimize the likelihood that the order is not ready on time"];
        Assert.Equal(13.5, onTime.Opportunity, 1);
        Assert.Equal(133, onTime.Responses);
        Assert.Equal(OpportunityBand.High, onTime.Band);
        var fresh = measured["Increase the likelihood that the pastries are fresh"];
        Assert.Equal(8.4, fresh.Opportunity, 1);
        Assert.Equal(OpportunityBand.OverServed, fresh.Band);
        Assert.Equal(10.4, measured["Minimize the effort it takes to place an order"].Opportunity, 1);
    }

    [Fact]
    public void Draft_Trailhead_EstimatesOutcomesAndSaysSo()
    {
        var jobs = samples.Trailhead.Jobs;
        Assert.NotEmpty(jobs.Outcomes);
        Assert.All(jobs.Outcomes, o =>
        {
            Assert.Equal(OutcomeSource.Estimated, o.Source);
            Assert.StartsWith("estimated", o.Method, StringComparison.Ordinal);
        });
        Assert.Contains(jobs.Notes, n => n.Contains("estimated", StringComparison.Ordinal));
    }
}
