using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Tests.Touchpoints;

public sealed class TouchpointKnowledgeTests
{
    [Fact]
    public void Default_BuiltIn_HasManyTypesWithRichVocabulary()
    {
        var types = TouchpointKnowledge.Default.Types;

        Assert.InRange(types.Count, 40, 80);
        Assert.All(types, t => Assert.True(t.Terms.Count + t.Aliases.Count >= 10, t.Id));
        Assert.Equal(types.Count, types.Select(t => t.Id).Distinct().Count());
        Assert.Equal(JourneyStage.Delivery, TouchpointKnowledge.Default.Find("baggage")!.Stage);
    }

    [Fact]
    public void Parse_UnknownStage_Throws()
    {
        const string yaml = "types:\n  - id: x\n    name: X\n    stage: later\n";

        var e = Assert.Throws<CatalogException>(() => TouchpointKnowledge.Parse(yaml, "k.yaml"));

        Assert.Contains("unknown stage 'later'", e.Message);
    }

    [Fact]
    public void AliasWeight_AliasListedAsMediumTerm_UsesTermWeight()
    {
        var orders = TouchpointKnowledge.Default.Find("order-management")!;

        Assert.Equal(1.5, orders.AliasWeight("order"));
        Assert.Equal(3, orders.AliasWeight("order management"));
    }
}
