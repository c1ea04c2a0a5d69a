using CxAssistant.Chat.Model;

namespace CxAssistant.Chat.Tests.Model;

public sealed class ClaimCheckTests
{
    [Fact]
    public void Check_RoundedToolFigure_IsSupported()
    {
        var (text, findings) = ClaimCheck.Check("Emotional impact is -0.31 over 81 mentions.", ["{\"value\":-0.312,\"mentions\":81}"], "q", []);

        Assert.Empty(findings);
        Assert.DoesNotContain(ClaimCheck.Unverified, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NumberNotInTools_IsMarked()
    {
        var (text, findings) = ClaimCheck.Check("Priority 62.8, NPS 12.", ["{\"priority\":62.8}"], "q", []);

        Assert.Equal("Priority 62.8, NPS 12 " + ClaimCheck.Unverified + ".", text);
        Assert.Single(findings);
    }

    [Fact]
    public void Check_CitationMarkers_AreNotNumbersButMustExist()
    {
        var (_, findings) = ClaimCheck.Check("Late parcels [1] and refunds [9].", [], "q", [1]);

        var finding = Assert.Single(findings);
        Assert.Contains("[9]", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NumberFromQuestion_IsSupported()
    {
        var (_, findings) = ClaimCheck.Check("Here are the top 3.", [], "show me the top 3", []);

        Assert.Empty(findings);
    }
}
