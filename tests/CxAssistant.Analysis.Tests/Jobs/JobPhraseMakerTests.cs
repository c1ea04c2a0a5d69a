using CxAssistant.Analysis.Jobs.Mining;

namespace CxAssistant.Analysis.Tests.Jobs;

public sealed class JobPhraseMakerTests
{
    [Theory]
    [InlineData("hear someone two people away")]
    [InlineData("get a 3 day pass for the festival")]
    public void Make_CountInsideTheObject_NoJob(string phrase) =>
        Assert.Null(JobPhraseMaker.Make(phrase, JobLanguage.Default, out _));

    [Fact]
    public void Make_CountInFrontOfTheObject_DroppedAndTheJobKept()
    {
        var job = JobPhraseMaker.Make("book two tables for a birthday dinner", JobLanguage.Default, out var reason);

        Assert.True(job is not null, reason);
        Assert.DoesNotContain("two", job.Object, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("table", job.Object, StringComparison.OrdinalIgnoreCase);
    }
}
