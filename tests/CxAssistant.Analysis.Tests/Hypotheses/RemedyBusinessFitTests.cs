using CxAssistant.Analysis.Hypotheses;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Tests.Hypotheses;

/// <summary>
/// A remedy written for businesses that do something (deliver, hand over pre-orders) is never proposed to a business
/// whose catalog has no such touchpoint, however well its signal words match the complaints.
/// </summary>
public sealed class RemedyBusinessFitTests
{
    private const string Yaml = """
        remedies:
          - id: courier-slots
            pains: [long-wait]
            touchpoints: [any]
            business_has: [delivery]
            title: Courier slots for late orders
            change: Book courier slots.
            resources: A planner.
            effort: low
            consequences: [Fewer slots.]
          - id: pickup-shelf
            pains: [long-wait]
            touchpoints: [any]
            business_has: [pickup]
            title: Pickup shelf for late orders
            change: A shelf.
            resources: A shelf.
            effort: low
            consequences: [Less room.]
        """;

    [Fact]
    public void Draft_RemedyForAnotherKindOfBusiness_IsNotProposed()
    {
        // The fixture business delivers and takes returns; it has no pickup counter.
        var analysis = HypothesisAnalysisFixture.Build([.. Enumerable.Range(0, 6)
            .Select(i => ($"Order {i} arrived two weeks late, the wait was awful.", "delivery", (string[])[PainKind.LongWait], (int?)null))]);

        var backlog = HypothesisDrafter.Draft(analysis, new HypothesisOptions { Catalogue = RemedyCatalogue.Parse(Yaml, "test.yaml") });

        var titles = backlog.Touchpoints.SelectMany(t => t.Hypotheses).Select(h => h.Title).ToList();
        Assert.Contains("Courier slots for late orders", titles);
        Assert.DoesNotContain("Pickup shelf for late orders", titles);
    }

    [Fact]
    public void Parse_UnknownBusinessType_ThrowsNamingIt()
    {
        var e = Assert.Throws<InvalidDataException>(() => RemedyCatalogue.Parse(Yaml.Replace("[pickup]", "[spaceport]",
            StringComparison.Ordinal), "test.yaml"));
        Assert.Contains("spaceport", e.Message, StringComparison.Ordinal);
    }
}
