using CxAssistant.Core.Jobs;

namespace CxAssistant.Core.Tests.Jobs;

public sealed class JobTreeCheckTests
{
    private static JobStatement Job(string id, JobAltitude altitude, string? parent, JobMapStep? step = null) =>
        new()
        {
            Id = id,
            Verb = "Get",
            Object = "breakfast",
            Clarifier = "before the commute",
            Altitude = altitude,
            ParentId = parent,
            Step = step,
        };

    [Fact]
    public void Check_AspirationalMainFunctional_NoFindings() =>
        Assert.Empty(
            JobTreeCheck.Check([
                Job("a", JobAltitude.Aspirational, null),
                Job("m", JobAltitude.Main, "a"),
                Job("f", JobAltitude.Functional, "m", JobMapStep.Execute),
            ])
        );

    [Fact]
    public void Check_FunctionalUnderAspirational_IsFound()
    {
        var finding = Assert.Single(
            JobTreeCheck.Check([
                Job("a", JobAltitude.Aspirational, null),
                Job("f", JobAltitude.Functional, "a", JobMapStep.Locate),
            ])
        );
        Assert.Contains("cannot sit under", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FunctionalWithoutStepOrParent_IsFound() =>
        Assert.Equal(2, JobTreeCheck.Check([Job("f", JobAltitude.Functional, null)]).Count);

    [Fact]
    public void Check_MissingParentAndDuplicateId_AreFound()
    {
        var findings = JobTreeCheck.Check([Job("m", JobAltitude.Main, "ghost"), Job("m", JobAltitude.Main, null)]);
        Assert.Contains(findings, f => f.Message.Contains("does not exist", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Cycle_IsFound()
    {
        var findings = JobTreeCheck.Check([Job("m1", JobAltitude.Main, "m2"), Job("m2", JobAltitude.Main, "m1")]);
        Assert.Contains(findings, f => f.Message.Contains("its own ancestor", StringComparison.Ordinal));
    }

    [Fact]
    public void JobTree_RootsAndChildren_FollowParents()
    {
        var tree = new JobTree([
            Job("a", JobAltitude.Aspirational, null),
            Job("m", JobAltitude.Main, "a"),
            Job("x", JobAltitude.Main, null),
        ]);
        Assert.Equal(["a", "x"], tree.Roots.Select(r => r.Id));
        Assert.Equal("m", Assert.Single(tree.Children("a")).Id);
    }
}
