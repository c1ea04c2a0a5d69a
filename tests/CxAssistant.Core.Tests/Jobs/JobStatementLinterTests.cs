using CxAssistant.Core.Jobs;

namespace CxAssistant.Core.Tests.Jobs;

public sealed class JobStatementLinterTests
{
    private static JobStatement Job(string verb, string obj, string clarifier) =>
        new()
        {
            Id = "j",
            Verb = verb,
            Object = obj,
            Clarifier = clarifier,
            Altitude = JobAltitude.Main,
        };

    [Theory]
    [InlineData("Get", "breakfast", "before the morning commute")]
    [InlineData("Celebrate", "a family birthday", "with a cake on the day")]
    [InlineData("Find", "boots that fit", "before a hiking trip")]
    [InlineData("Feed", "a group of colleagues", "at an event on schedule")]
    public void Check_GoodStatement_NoFindings(string verb, string obj, string clarifier) =>
        Assert.Empty(JobStatementLinter.Check(Job(verb, obj, clarifier)));

    [Fact]
    public void Text_JoinsTheThreeParts() =>
        Assert.Equal(
            "Get breakfast before the morning commute",
            Job("Get", "breakfast", "before the morning commute").Text
        );

    [Fact]
    public void Check_NamesTheApp_IsNotSolutionAgnostic()
    {
        var findings = JobStatementLinter.Check(Job("Use", "the app", "to order coffee"));
        Assert.Contains(findings, f =>
            f.Message.Contains("not solution-agnostic", StringComparison.Ordinal)
            && f.Message.Contains("'app'", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Check_QuicklyAndEasily_BelongsInOutcomes()
    {
        var findings = JobStatementLinter.Check(Job("Order", "coffee", "quickly and easily"));
        Assert.Contains(findings, f =>
            f.Message.Contains("'quickly'", StringComparison.Ordinal)
            && f.Message.Contains("desired outcome", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Check_MissingClarifier_IsFound()
    {
        var finding = Assert.Single(JobStatementLinter.Check(Job("Get", "breakfast", "")));
        Assert.Contains("no contextual clarifier", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoJobsJoinedWithAnd_IsFound()
    {
        var findings = JobStatementLinter.Check(Job("Get", "breakfast and pay", "before the morning commute"));
        Assert.Contains(findings, f => f.Message.Contains("joins two jobs", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_AndBetweenNouns_IsOneJob() =>
        Assert.Empty(JobStatementLinter.Check(Job("Agree", "quantities and allergen needs", "before the event")));

    [Theory]
    [InlineData("Getting")]
    [InlineData("Ordered")]
    [InlineData("Gets")]
    [InlineData("I")]
    [InlineData("Get breakfast")]
    public void Check_VerbNotInBaseForm_IsFound(string verb) =>
        Assert.Contains(JobStatementLinter.Check(Job(verb, "breakfast", "before the morning commute")), f =>
            f.Message.Contains("verb", StringComparison.Ordinal)
        );

    [Fact]
    public void Check_BrandFromData_IsNotSolutionAgnostic()
    {
        var findings = JobStatementLinter.Check(
            Job("Get", "food delivered by DashRunner", "before lunch"),
            ["DashRunner"]
        );
        Assert.Contains(findings, f => f.Message.Contains("'DashRunner'", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ClarifierWithoutContextWord_IsFound() =>
        Assert.Contains(JobStatementLinter.Check(Job("Get", "breakfast", "morning commute time")), f =>
            f.Message.Contains("should open with", StringComparison.Ordinal)
        );
}
