using CxAssistant.Core.Validation;

namespace CxAssistant.Core.Tests.Validation;

public sealed class ClaimCheckTests
{
    private static readonly double[] Figures = [-12, 0.64, 71.34, 1200, 3];

    [Theory]
    [InlineData("NPS is -12 and CSAT 64%, across 1,200 items.")]
    [InlineData("Delivery has priority 71.3 (71 rounded); fix the top 3.")]
    [InlineData("NPS is −12.")]
    [InlineData("No numbers at all.")]
    public void Check_NumbersThatAreCoreFigures_NoFindings(string text) =>
        Assert.Empty(ClaimCheck.Check(text, Figures));

    [Theory]
    [InlineData("Rate this touchpoint 10/10.", "10")]
    [InlineData("NPS is 12.", "12")]
    [InlineData("Priority 71.5 is high.", "71.5")]
    [InlineData("CSAT is 65%.", "65%")]
    [InlineData("We read 1,250 items.", "1,250")]
    public void Check_NumberTheCoreDidNotCompute_IsFound(string text, string written)
    {
        var findings = ClaimCheck.Check(text, Figures, "summary");
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(ClaimCheck.Name, f.Check));
        Assert.Contains(findings, f =>
            f.Message.StartsWith("summary states " + written + ",", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Numbers_ReadsSignsDecimalsPercentAndSeparators()
    {
        var claims = ClaimCheck.Numbers("−12, 3.25 and 45 % of 1,200 (e-7)");
        Assert.Equal([-12, 3.25, 45, 1200, 7], claims.Select(c => c.Value));
        Assert.Equal(2, claims[1].Decimals);
        Assert.True(claims[2].Percent);
    }

    [Fact]
    public void Mark_RoundedFigure_IsSupported()
    {
        var (text, unsupported) = ClaimCheck.Mark("Emotional impact is -0.31 over 81 mentions.", [-0.312, 81]);

        Assert.Empty(unsupported);
        Assert.DoesNotContain(ClaimCheck.Unverified, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mark_NumberNoFigureSupports_IsMarkedInPlace()
    {
        var (text, unsupported) = ClaimCheck.Mark("Priority 62.8, NPS 12.", [62.8]);

        Assert.Equal("Priority 62.8, NPS 12 " + ClaimCheck.Unverified + ".", text);
        Assert.Equal("12", Assert.Single(unsupported).Written);
    }

    [Fact]
    public void Mark_ThousandsSeparator_IsOneNumber()
    {
        // The chat's own check once read "1,299" as 1 and 299; there is one grammar now.
        var (text, unsupported) = ClaimCheck.Mark("1,299 customers answered.", [1299]);

        Assert.Empty(unsupported);
        Assert.Equal("1,299 customers answered.", text);
    }

    [Fact]
    public void Mark_CitationMarkersAndUnsignedChanges_AreNotFindings()
    {
        var (_, unsupported) = ClaimCheck.Mark("NPS fell by 9.1 points [3].", [-9.1]);

        Assert.Empty(unsupported);
    }

    [Fact]
    public void Mark_SignedNumberWithTheWrongSign_IsMarked()
    {
        var (_, unsupported) = ClaimCheck.Mark("NPS is -12.", [12]);

        Assert.Single(unsupported);
    }
}
