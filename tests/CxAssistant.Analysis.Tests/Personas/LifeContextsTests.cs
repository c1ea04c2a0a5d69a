using CxAssistant.Analysis.Personas;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Personas;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Tests.Personas;

/// <summary>
/// Life contexts come from the customers' words: a made-up climbing gym whose customers reveal contexts no list in
/// the code holds (a firefighter, a nephew, a stag do, the lunch break).
/// </summary>
public sealed class LifeContextsTests
{
    private static readonly TouchpointCatalog Catalog = new(
        "Climbing gym",
        [
            new Touchpoint
            {
                Id = "walls",
                Name = "Walls and routes",
                Description = "Routes, holds and route setting.",
                Keywords = ["route", "holds", "wall"],
            },
        ]
    );

    private static readonly string[] Texts =
    [
        "As a firefighter on shifts I can only climb in the morning",
        "As a firefighter I need strong grip training and the routes are great",
        "I'm a firefighter and the early slots suit me",
        "As a firefighter the strength area is perfect",
        "Came with my nephew, my nephew loved the bouldering",
        "Brought my nephew again, my nephew and I did the blue route",
        "Took my nephew for his first climb",
        "Booked it for my stag, stag party went brilliantly",
        "We came for our stag and the instructors were fun",
        "Came for my mate's stag, great stag party",
        "I climb on my lunch break, perfect",
        "Quick session on my lunch break, showers were cold",
        "On my lunch break the wall was empty",
        "The route setting is lazy, I'm waiting with my order",
        "Waited with my order for ages",
        "Asked about my order twice",
        "As a result the holds spin",
        "As a result nobody climbs there",
        "As a result the wall is dusty",
    ];

    [Fact]
    public void Mine_MadeUpBusiness_ContextsComeFromTheText()
    {
        var contexts = LifeContexts.Mine(Records(Texts), Catalog);

        var keys = contexts.All.Select(c => c.Key).ToList();
        Assert.Contains("role:firefighter", keys);
        Assert.Contains("companion", keys);
        Assert.Contains("occasion", keys);
        Assert.Contains("circumstance:lunch break", keys);
    }

    [Fact]
    public void Mine_ObjectsAndFrames_AreNoContext()
    {
        var contexts = LifeContexts.Mine(Records(Texts), Catalog);

        // "with my order" is not a companion (customers never speak of an order as a person), "as a result" is no role.
        Assert.DoesNotContain(contexts.All, c => c.Description.Contains("order", StringComparison.Ordinal));
        Assert.DoesNotContain(contexts.All, c => c.Key.EndsWith(":result", StringComparison.Ordinal));
    }

    [Fact]
    public void Mine_Context_NamedAndDescribedFromTheCustomersWords()
    {
        var records = Records(Texts);
        var contexts = LifeContexts.Mine(records, Catalog);

        var role = Assert.Single(contexts.All, c => c.Key == "role:firefighter");
        Assert.Equal("Firefighter", role.Epithet);
        Assert.Equal("writes as a firefighter", role.Description);
        var companion = Assert.Single(contexts.All, c => c.Key == "companion");
        Assert.Equal("comes with or buys for their nephew, mate", companion.Description);
        var occasion = Assert.Single(contexts.All, c => c.Key == "occasion");
        Assert.Equal("comes for an occasion: stag", occasion.Description);
        Assert.True(contexts.Has(4, "companion"));
        Assert.False(contexts.Has(0, "companion"));
        Assert.NotNull(companion.FirstMatch(records[4].Text));
    }

    [Fact]
    public void Mine_TooFewCustomers_NoContext()
    {
        var contexts = LifeContexts.Mine(Records(Texts[..2]), Catalog);

        Assert.Empty(contexts.All);
    }

    [Fact]
    public void Name_ContextTrait_PersonaNamedFromTheMinedContext()
    {
        var contexts = LifeContexts.Mine(Records(Texts), Catalog);

        var name = new PersonaNamer(Catalog, contexts).Name([Firefighters]);

        Assert.Equal("Firefighter Fiona — the firefighter", name);
    }

    [Fact]
    public void Name_FirstNameARecordMentions_NeverGivenToAPersona()
    {
        var contexts = LifeContexts.Mine(Records(Texts), Catalog);
        string[] texts = [.. Texts, "Fiona at the front desk sorted it. Felix too."];

        var name = new PersonaNamer(Catalog, contexts, texts).Name([Firefighters]);

        Assert.StartsWith("Firefighter ", name, StringComparison.Ordinal);
        Assert.DoesNotContain("Fiona", name, StringComparison.Ordinal);
        Assert.DoesNotContain("Felix", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_ContextTheDataDoesNotHold_NoEpithetFromIt()
    {
        // Two customers are too few for a context: the trait names nobody, whatever its key says.
        var contexts = LifeContexts.Mine(Records(Texts[..2]), Catalog);

        var name = new PersonaNamer(Catalog, contexts).Name([Firefighters]);

        Assert.DoesNotContain("irefighter", name, StringComparison.Ordinal);
    }

    private static readonly SegmentTrait Firefighters = new(
        FeatureKinds.Context,
        FeatureKinds.Context,
        "role:firefighter",
        0.8,
        0.2,
        4
    );

    private static List<EvidenceRecord> Records(string[] texts) =>
        [
            .. texts.Select(
                (t, i) =>
                    new EvidenceRecord
                    {
                        Id = $"e{i}",
                        RecordId = $"{i + 1}",
                        Source = new SourceLocation("reviews.csv", i + 2),
                        Channel = Channel.Review,
                        Text = t,
                        CustomerId = $"c{i}",
                    }
            ),
        ];
}
