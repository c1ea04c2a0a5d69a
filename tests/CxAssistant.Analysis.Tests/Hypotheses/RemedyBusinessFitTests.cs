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
        var analysis = HypothesisAnalysisFixture.Build([
            .. Enumerable
                .Range(0, 6)
                .Select(i =>
                    (
                        $"Order {i} arrived two weeks late, the wait was awful.",
                        "delivery",
                        (string[])[PainKind.LongWait],
                        (int?)null
                    )
                ),
        ]);

        var backlog = HypothesisDrafter.Draft(
            analysis,
            new HypothesisOptions { Catalogue = RemedyCatalogue.Parse(Yaml, "test.yaml") }
        );

        var remedies = backlog.Touchpoints.SelectMany(t => t.Hypotheses).Select(h => h.RemedyId).ToList();
        Assert.Contains("courier-slots", remedies);
        Assert.DoesNotContain("pickup-shelf", remedies);
    }

    [Fact]
    public void Draft_RemedyNotAtTheTouchpointsType_IsNotProposedThere()
    {
        // Written for any touchpoint but never for a delivery one: the same long waits get only the courier slots.
        var yaml = Yaml.Replace(
            "business_has: [pickup]",
            "business_has: []\n    not_at: [delivery]",
            StringComparison.Ordinal
        );
        var analysis = HypothesisAnalysisFixture.Build([
            .. Enumerable
                .Range(0, 6)
                .Select(i =>
                    (
                        $"Order {i} arrived two weeks late, the wait was awful.",
                        "delivery",
                        (string[])[PainKind.LongWait],
                        (int?)null
                    )
                ),
        ]);

        var backlog = HypothesisDrafter.Draft(
            analysis,
            new HypothesisOptions { Catalogue = RemedyCatalogue.Parse(yaml, "test.yaml") }
        );

        var remedies = backlog.Touchpoints.SelectMany(t => t.Hypotheses).Select(h => h.RemedyId).ToList();
        Assert.Contains("courier-slots", remedies);
        Assert.DoesNotContain("pickup-shelf", remedies);
    }

    [Fact]
    public void Draft_SameRemedyInTwoBusinesses_TitlesCarryEachBusinesssOwnFigure()
    {
        var catalogue = new HypothesisOptions { Catalogue = RemedyCatalogue.Parse(Yaml, "test.yaml") };
        string Title(int late, int fine)
        {
            var analysis = HypothesisAnalysisFixture.Build([
                .. Enumerable
                    .Range(0, late)
                    .Select(i =>
                        (
                            $"Order {i} arrived two weeks late, the wait was awful.",
                            "delivery",
                            (string[])[PainKind.LongWait],
                            (int?)null
                        )
                    )
                    .Concat(
                        Enumerable
                            .Range(0, fine)
                            .Select(i => ($"Order {i} came on time.", "delivery", (string[])[], (int?)null))
                    ),
            ]);
            return HypothesisDrafter.Draft(analysis, catalogue).All.Single(h => h.RemedyId == "courier-slots").Title;
        }

        var first = Title(6, 2);
        var second = Title(9, 1);

        Assert.NotEqual(first, second);
        Assert.StartsWith("Courier slots for late orders (", first, StringComparison.Ordinal);
        Assert.Contains("6 of 8 mentions about long waits", first, StringComparison.Ordinal);
        Assert.Contains("9 of 10 mentions about long waits", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownBusinessType_ThrowsNamingIt()
    {
        var e = Assert.Throws<InvalidDataException>(() =>
            RemedyCatalogue.Parse(Yaml.Replace("[pickup]", "[spaceport]", StringComparison.Ordinal), "test.yaml")
        );
        Assert.Contains("spaceport", e.Message, StringComparison.Ordinal);
    }
}
