using CxAssistant.Analysis.Meaning;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Tests.Meaning;

public sealed class TouchpointMeaningTests
{
    // A terse catalog: one-word names and short descriptions, as a small business writes them.
    private static readonly TouchpointCatalog Catalog = new(
        "terse",
        [
            new Touchpoint
            {
                Id = "delivery",
                Name = "Delivery",
                Description = "Getting orders to the door.",
                Stage = JourneyStage.Delivery,
            },
            new Touchpoint
            {
                Id = "staff",
                Name = "Staff",
                Description = "The people who serve you.",
                Stage = JourneyStage.Usage,
            },
            new Touchpoint
            {
                Id = "price",
                Name = "Price",
                Description = "What things cost.",
                Stage = JourneyStage.Purchase,
            },
        ]
    );

    private static readonly TouchpointMeaning Meaning = new(Catalog, t => MeaningEncoder.Embed(t));

    private static float[] Vector(string text) => MeaningEncoder.Embed([text])[0];

    [Fact]
    public void Apply_LexiconNamedTwoTouchpoints_PrimaryIsTheOneTheRecordIsAbout()
    {
        const string text =
            "The courier dumped my parcel in the rain and the tracking never updated; the driver was polite.";
        var staff = new TouchpointMention("staff", 0.4, 84, 90);
        var delivery = new TouchpointMention("delivery", 0.4, 4, 11);
        var annotation = new Annotation { EvidenceId = "e1", Touchpoints = [staff, delivery] };

        var result = Meaning.Apply(annotation, Vector(text));

        Assert.Equal(["delivery", "staff"], result.Touchpoints.Select(t => t.TouchpointId));
        Assert.Equal(delivery, result.Touchpoints[0]);
        Assert.Equal(staff, result.Touchpoints[1]);
    }

    [Fact]
    public void Apply_LexiconMuchSurerOfTheSecond_KeepsTheLexiconPrimary()
    {
        const string text = "The courier was late but honestly the price was a rip-off.";
        var delivery = new TouchpointMention("delivery", 0.1, 4, 11);
        var price = new TouchpointMention("price", 0.9, 43, 48);
        var annotation = new Annotation { EvidenceId = "e2", Touchpoints = [price, delivery] };

        Assert.Same(annotation, Meaning.Apply(annotation, Vector(text)));
    }

    [Fact]
    public void Apply_NoLexiconTouchpoint_NamesNoneByMeaningAlone()
    {
        var annotation = new Annotation { EvidenceId = "e3" };

        var result = Meaning.Apply(annotation, Vector("Will do. Have a good day!"));

        Assert.Empty(result.Touchpoints);
    }

    [Fact]
    public void Similarities_TerseDescriptions_StillSeparateTheTouchpoints()
    {
        var scores = Meaning.Similarities(Vector("Far too expensive for what you get, the bill was outrageous."));

        Assert.Equal(2, Array.IndexOf(scores, scores.Max()));
    }

    [Fact]
    public void Prototypes_TouchpointLinkedToABuiltInType_IncludesTheTypesExampleSentences()
    {
        var links = TouchpointLinker.LinkCatalog(Catalog);
        var delivery = TouchpointMeaning.Prototypes(Catalog.Touchpoints[0], links[0]);

        Assert.Equal("Delivery", delivery[0]);
        Assert.Contains("Delivery: Getting orders to the door.", delivery);
        Assert.Contains(links[0], l => TouchpointExamples.For(l.TypeId).Count > 0);
        Assert.Contains(delivery, p => links[0].Any(l => TouchpointExamples.For(l.TypeId).Contains(p)));
    }
}
