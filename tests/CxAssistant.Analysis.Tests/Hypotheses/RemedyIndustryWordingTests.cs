using CxAssistant.Analysis.Hypotheses;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Tests.Hypotheses;

/// <summary>
/// A remedy written for several kinds of business takes each kind's own words ("{price_places}"), and a remedy whose
/// wording belongs to another industry ("product pages" at a hotel) is never drafted for a preset's kind.
/// </summary>
public sealed class RemedyIndustryWordingTests
{
    private const string Yaml = """
        wording:
          default: {price_places: 'the price list'}
          hospitality: {price_places: 'the rate descriptions'}
        industry_words:
          - {words: [product pages, parcel], kinds: [ecommerce]}
        remedies:
          - id: shop-pages
            pains: [long-wait]
            touchpoints: [any]
            title: Promise times on product pages
            change: Show the waiting time on product pages.
            resources: A developer.
            effort: low
            consequences: [Fewer sales.]
          - id: explain-waits
            pains: [long-wait]
            touchpoints: [any]
            title: Say how long it takes
            change: State the usual waiting time on {price_places}.
            resources: A writer.
            effort: low
            consequences: [Some will not wait.]
        """;

    [Fact]
    public void Foreign_WordOfAnotherKind_Found()
    {
        var catalogue = RemedyCatalogue.Parse(Yaml, "test.yaml");

        Assert.Equal(["product pages"], catalogue.Foreign("Show it on product pages.", "hospitality"));
        Assert.Empty(catalogue.Foreign("Show it on product pages.", "ecommerce"));
        Assert.Empty(catalogue.Foreign("A parcelled-out rota.", "hospitality")); // whole words only
    }

    [Fact]
    public void WordingFor_KindNotListed_TakesTheDefault()
    {
        var catalogue = RemedyCatalogue.Parse(Yaml, "test.yaml");

        Assert.Equal("the rate descriptions", catalogue.WordingFor("hospitality")["price_places"]);
        Assert.Equal("the price list", catalogue.WordingFor("saas")["price_places"]);
    }

    [Fact]
    public void Draft_HotelPreset_NoShopWordingAndItsOwnPlaces()
    {
        var analysis = HypothesisAnalysisFixture.Build([
            .. Enumerable
                .Range(0, 6)
                .Select(i =>
                    (
                        $"Guest {i}: waited an hour at arrival, the wait was awful.",
                        "delivery",
                        (string[])[PainKind.LongWait],
                        (int?)null
                    )
                ),
        ]);
        analysis = analysis with { Catalog = analysis.Catalog with { Name = Presets.Get("hospitality").Name } };

        var backlog = HypothesisDrafter.Draft(
            analysis,
            new HypothesisOptions { Catalogue = RemedyCatalogue.Parse(Yaml, "test.yaml") }
        );

        var hypotheses = backlog.Touchpoints.SelectMany(t => t.Hypotheses).ToList();
        Assert.DoesNotContain(hypotheses, h => h.RemedyId == "shop-pages");
        var explain = Assert.Single(hypotheses, h => h.RemedyId == "explain-waits");
        Assert.Contains("the rate descriptions", explain.Change, StringComparison.Ordinal);
    }
}
