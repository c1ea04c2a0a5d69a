using CxAssistant.Core.Analysis;
using CxAssistant.Core.Jobs;
using CxAssistant.Core.Validation;

namespace CxAssistant.Engine.Tests.Jobs;

public sealed class JobsDrafterSampleTests(JobsSamples samples) : IClassFixture<JobsSamples>
{
    public static TheoryData<string> Samples => new() { "bloom", "trailhead" };

    private (AnalysisResult Analysis, JobsAnalysis Jobs) Get(string name) => name == "bloom" ? samples.Bloom : samples.Trailhead;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Draft_Sample_HasAMainJobWithAtLeastTwoFunctionalJobs(string sample)
    {
        var jobs = Get(sample).Jobs;
        Assert.Contains(jobs.Tree.At(JobAltitude.Main), m => jobs.Tree.Children(m.Id).Count(c => c.Altitude == JobAltitude.Functional) >= 2);
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
        var quotes = jobs.Statements.SelectMany(s => s.AllQuotes).Concat(jobs.Outcomes.SelectMany(o => o.Evidence)).ToList();
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
        Assert.Equal(jobs.Outcomes.OrderByDescending(o => o.Opportunity).Select(o => o.Id), jobs.Outcomes.Select(o => o.Id));
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
    public void Draft_Bloom_FindsTheCommuteAndCelebrationJobs()
    {
        var texts = samples.Bloom.Jobs.Statements.Select(s => s.Text).ToList();
        Assert.Contains("Get breakfast before the morning commute", texts);
        Assert.Contains("Celebrate a family birthday with a cake on the day", texts);
        Assert.Contains("Start the day without stress or delay", texts);
        var commute = samples.Bloom.Jobs.Statements.Single(s => s.Text == "Get breakfast before the morning commute");
        Assert.Contains(commute.Evidence, q => q.Text.Contains("grab breakfast before my train", StringComparison.Ordinal));
        Assert.Contains(commute.CompensatingBehaviours, w => w.Quotes.Any(q => q.Text.Contains("ended up calling", StringComparison.Ordinal)));
    }

    [Fact]
    public void Draft_Bloom_ReadsMeasuredOutcomesFromTheSurvey()
    {
        var measured = samples.Bloom.Jobs.Outcomes.Where(o => o.Source == OutcomeSource.Measured).ToDictionary(o => o.Statement);
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
    public void Draft_Trailhead_FindsTheTripJobWithWorkarounds()
    {
        var trip = samples.Trailhead.Jobs.Statements.Single(s => s.Text == "Get the right gear before a planned trip");
        Assert.Equal("asp-outdoors", trip.ParentId);
        Assert.Contains(samples.Trailhead.Jobs.Tree.Children(trip.Id), f => f.Step == JobMapStep.Modify && f.Text == "Exchange gear that doesn't fit for the right size");
        Assert.Contains(trip.CompensatingBehaviours, w => w.Quotes.Any(q => q.Text.Contains("seam-sealed it myself", StringComparison.Ordinal)));
        Assert.Contains(trip.CompensatingBehaviours, w => w.Quotes.Any(q => q.Text.Contains("buy one locally", StringComparison.OrdinalIgnoreCase)));
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
