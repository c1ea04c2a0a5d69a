using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Tests.Touchpoints;

public sealed class PresetsTests
{
    [Fact]
    public void Get_EveryPreset_HasTenToFourteenDescribedOwnedTouchpoints()
    {
        Assert.Equal(
            ["ecommerce", "restaurant", "saas", "local-services", "travel", "hospitality", "financial-services"],
            Presets.Names
        );
        foreach (var name in Presets.Names)
        {
            var catalog = Presets.Get(name);
            Assert.InRange(catalog.Touchpoints.Count, 10, 14);
            Assert.All(catalog.Touchpoints, t =>
            {
                Assert.Equal(TouchpointOrigin.Preset, t.Origin);
                Assert.False(string.IsNullOrWhiteSpace(t.Description));
                Assert.False(string.IsNullOrWhiteSpace(t.Owner));
            });
            Assert.True(catalog.Touchpoints.Select(t => t.Stage).Distinct().Count() >= 4, name);
        }
    }

    [Fact]
    public void Get_CaseInsensitive_ReturnsSameCatalog() => Assert.Same(Presets.Get("SaaS"), Presets.Get("saas"));

    [Fact]
    public void Get_UnknownName_ListsAvailablePresets()
    {
        var e = Assert.Throws<ArgumentException>(() => Presets.Get("bakery"));

        Assert.Contains("local-services", e.Message);
    }

    [Theory]
    [InlineData("ecommerce", "my parcel never arrived and tracking says delivered", "delivery")]
    [InlineData("restaurant", "the waiter forgot our drinks twice", "table-service")]
    [InlineData("saas", "the app crashes when I export a report", "bugs-and-reliability")]
    [InlineData("local-services", "the plumber never showed up for the appointment", "punctuality")]
    [InlineData("travel", "flight delayed 3 hours on the tarmac", "flight-delays-and-cancellations")]
    [InlineData(
        "local-services",
        "half the treadmills are broken and the changing rooms are dirty",
        "premises-and-equipment"
    )]
    public void Get_PresetMatcher_AttributesTypicalFeedback(string preset, string text, string expected) =>
        Assert.Equal(expected, new TouchpointMatcher(Presets.Get(preset)).Match(text)[0].TouchpointId);
}
