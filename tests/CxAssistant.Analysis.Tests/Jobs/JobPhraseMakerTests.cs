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

    [Theory]
    [InlineData("take our order")] // the staff's task, said by a customer who waited for it
    [InlineData("get us to order more drinks")] // someone else's push
    [InlineData("get it earlier")] // a pronoun leaves the thing unnamed
    [InlineData("create your own")] // an adjective with no thing
    [InlineData("find a decent")]
    [InlineData("help you with that please")] // addressed to the business
    public void Make_NotTheCustomersJob_NoJob(string phrase) =>
        Assert.Null(JobPhraseMaker.Make(phrase, JobLanguage.Default, out _));

    [Fact]
    public void Make_RunOnAfterAContraction_CutBeforeIt()
    {
        var job = JobPhraseMaker.Make(
            "find a good meal with solid service you'll find it here",
            JobLanguage.Default,
            out var reason
        );

        Assert.True(job is not null, reason);
        Assert.DoesNotContain("you", job.Clarifier, StringComparison.OrdinalIgnoreCase);
    }
}
