using CxAssistant.Analysis.Touchpoints;

namespace CxAssistant.Analysis.Tests.Touchpoints;

public sealed class PresetSelectorTests
{
    [Theory]
    [InlineData("restaurant-8", "restaurant")]
    [InlineData("saas-8", "saas")]
    [InlineData("airline-8", "travel")]
    [InlineData("hotel-8", "hospitality")]
    [InlineData("ecommerce-support-10", "ecommerce")]
    public void Choose_DevSetTexts_PicksMatchingIndustry(string catalog, string expected)
    {
        var texts = DevSet.Load("dev").Where(i => i.Catalog == catalog).Select(i => i.Text);

        var choice = PresetSelector.Choose(texts);

        Assert.Equal(expected, choice.Name);
        Assert.Contains(expected, choice.Reason);
        Assert.Equal(Presets.Names.Count, choice.Coverage.Count);
    }

    [Fact]
    public void Choose_NoTexts_ReturnsDefaultWithReason()
    {
        var choice = PresetSelector.Choose([]);

        Assert.Equal("ecommerce", choice.Name);
        Assert.Contains("no texts", choice.Reason);
    }
}
