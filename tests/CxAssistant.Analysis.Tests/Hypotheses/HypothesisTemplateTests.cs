using CxAssistant.Analysis.Hypotheses;

namespace CxAssistant.Analysis.Tests.Hypotheses;

public sealed class HypothesisTemplateTests
{
    private static readonly Dictionary<string, string> Values = new()
    {
        ["touchpoint"] = "Delivery",
        ["partner"] = "ParcelNorth",
    };

    [Fact]
    public void Fill_KnownPlaceholders_AreReplaced()
    {
        Assert.Equal(
            "Escalate Delivery with ParcelNorth.",
            HypothesisTemplate.Fill("Escalate {touchpoint} with {partner}.", Values)
        );
    }

    [Fact]
    public void Fill_MissingPlaceholderInOptionalSegment_DropsTheSegment()
    {
        var text = HypothesisTemplate.Fill(
            "Show fees upfront.[[ Customers quote {amounts}.]] Owner: {touchpoint}.",
            Values
        );

        Assert.Equal("Show fees upfront. Owner: Delivery.", text);
    }

    [Fact]
    public void Fill_FilledOptionalSegment_KeepsTextWithoutBrackets()
    {
        var values = new Dictionary<string, string>(Values) { ["amounts"] = "$7.95 handling fee" };

        Assert.Equal(
            "Show fees. Customers quote $7.95 handling fee.",
            HypothesisTemplate.Fill("Show fees.[[ Customers quote {amounts}.]]", values)
        );
    }

    [Fact]
    public void Fill_MissingRequiredPlaceholder_ReturnsNull()
    {
        Assert.Null(HypothesisTemplate.Fill("Talk to {partner} about {durations}.", Values));
    }

    [Fact]
    public void JoinAnd_ThreeItems_UsesCommasAndAnd()
    {
        Assert.Equal("16 days, 19 days and 3 weeks", HypothesisTemplate.JoinAnd(["16 days", "19 days", "3 weeks"]));
    }
}
