using CxAssistant.Core.Jobs;

namespace CxAssistant.Core.Tests.Jobs;

public sealed class OpportunityScoreTests
{
    [Fact]
    public void Compute_SeedExample_Is13() => Assert.Equal(13, OpportunityScore.Compute(8, 3));

    [Fact]
    public void Compute_SatisfactionAboveImportance_AddsNoGap() => Assert.Equal(6, OpportunityScore.Compute(6, 9));

    [Theory]
    [InlineData(10, 1, OpportunityBand.Extreme)] // 19
    [InlineData(9, 2, OpportunityBand.Extreme)] // 16
    [InlineData(8, 1, OpportunityBand.High)] // 15, boundary belongs to high
    [InlineData(8, 3, OpportunityBand.High)] // 13, the seed example
    [InlineData(7, 2, OpportunityBand.High)] // 12, boundary belongs to high
    [InlineData(6, 1, OpportunityBand.Solid)] // 11
    [InlineData(6, 2, OpportunityBand.Solid)] // 10, boundary belongs to solid
    [InlineData(5, 1, OpportunityBand.AppropriatelyServed)] // 9
    [InlineData(5, 5, OpportunityBand.AppropriatelyServed)] // 5, served exactly as valued
    [InlineData(8.4, 8.8, OpportunityBand.OverServed)]
    public void Band_ByScore_FollowsOdiBands(double importance, double satisfaction, OpportunityBand expected) =>
        Assert.Equal(expected, OpportunityScore.Band(importance, satisfaction));

    [Fact]
    public void Band_BloomAndCrumbMeans_MatchExpectedBands()
    {
        Assert.Equal(13.47, OpportunityScore.Compute(8.96, 4.45), 2);
        Assert.Equal(OpportunityBand.High, OpportunityScore.Band(8.96, 4.45));
        Assert.Equal(OpportunityBand.Solid, OpportunityScore.Band(7.44, 4.5));
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(11, 5)]
    [InlineData(5, 0.5)]
    [InlineData(double.NaN, 5)]
    public void Compute_OutOfRange_Throws(double importance, double satisfaction) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OpportunityScore.Compute(importance, satisfaction));

    [Fact]
    public void DesiredOutcome_OpportunityAndBand_AreComputedFromInputs()
    {
        var outcome = new DesiredOutcome
        {
            Id = "o",
            JobId = "j",
            Statement = "Minimize the time it takes to collect the order",
            Importance = 8,
            Satisfaction = 3,
            Source = OutcomeSource.Measured,
            Responses = 10,
        };
        Assert.Equal(13, outcome.Opportunity);
        Assert.Equal(OpportunityBand.High, outcome.Band);
    }
}
