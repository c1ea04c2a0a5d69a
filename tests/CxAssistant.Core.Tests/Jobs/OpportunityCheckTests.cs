using CxAssistant.Core.Jobs;

namespace CxAssistant.Core.Tests.Jobs;

public sealed class OpportunityCheckTests
{
    private static DesiredOutcome Outcome(
        double importance,
        double satisfaction,
        OutcomeSource source = OutcomeSource.Estimated,
        int responses = 5,
        string job = "j"
    ) =>
        new()
        {
            Id = "o",
            JobId = job,
            Statement = "Minimize the time it takes to collect the order",
            Importance = importance,
            Satisfaction = satisfaction,
            Source = source,
            Responses = responses,
        };

    [Fact]
    public void Check_ValidOutcome_NoFindings() => Assert.Empty(OpportunityCheck.Check([Outcome(8, 3)], ["j"]));

    [Fact]
    public void Check_OutOfRangeUnknownJobAndUnbackedMeasurement_AreFound()
    {
        var findings = OpportunityCheck.Check(
            [Outcome(11, 3), Outcome(8, 3, job: "ghost"), Outcome(8, 3, OutcomeSource.Measured, 0)],
            ["j"]
        );
        Assert.Equal(3, findings.Count);
    }

    [Fact]
    public void CheckClaim_WrongArithmetic_IsFound()
    {
        Assert.Empty(OpportunityCheck.CheckClaim(8, 3, 13));
        var finding = Assert.Single(OpportunityCheck.CheckClaim(8, 3, 11));
        Assert.Contains("is 13", finding.Message, StringComparison.Ordinal);
    }
}
