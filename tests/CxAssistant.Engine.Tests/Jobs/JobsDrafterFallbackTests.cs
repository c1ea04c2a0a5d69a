using CxAssistant.Core.Jobs;
using CxAssistant.Analysis.Jobs;
using CxAssistant.Analysis.Pipeline;

namespace CxAssistant.Engine.Tests.Jobs;

public sealed class JobsDrafterFallbackTests
{
    private static JobsAnalysis Draft(string csv)
    {
        var dir = Directory.CreateTempSubdirectory("cx-jobs-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "feedback.csv"), csv);
            return JobsDrafter.Draft(new AnalysisPipeline().Run(new AnalyzeOptions { Paths = [dir.FullName] }));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Draft_GoalsNoThemeFits_AreNormalisedClusteredAndLinted()
    {
        var jobs = Draft(
            "id,customer_id,comment\n" +
            "1,C1,I was trying to renew my licence before the deadline and the payment failed.\n" +
            "2,C2,I just wanted to renew the permit before the deadline.\n" +
            "3,C3,I was trying to use the app to pay.\n" +
            "4,C4,Honestly I wanted to renew it.\n");
        var job = Assert.Single(jobs.Statements);
        Assert.Equal("Renew an item before the deadline", job.Text);
        Assert.Equal(JobAltitude.Main, job.Altitude);
        Assert.Equal(2, job.Customers);
        Assert.Empty(JobStatementLinter.Check(job));
        Assert.Equal(4, jobs.CandidatesFound);
        Assert.Equal(2, jobs.RejectedCandidates);
        Assert.Contains(jobs.RejectedExamples, r => r.Contains("clarifier", StringComparison.Ordinal));
        Assert.Empty(jobs.Outcomes);
    }

    [Fact]
    public void Draft_NoJobPhrases_IsEmptyWithANote()
    {
        var jobs = Draft("id,comment\n1,Lovely staff.\n2,Great coffee.\n");
        Assert.Empty(jobs.Statements);
        Assert.Contains(jobs.Notes, n => n.Contains("No customer stated", StringComparison.Ordinal));
    }
}
