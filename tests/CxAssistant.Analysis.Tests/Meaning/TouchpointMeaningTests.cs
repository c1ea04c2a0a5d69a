using CxAssistant.Analysis.Meaning;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Touchpoints;
using CxAssistant.LocalModel;

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

    private static readonly TouchpointMeaning FullMeaning = new(Catalog, FullEmbed, MiniLmResources.ModelName);

    private static IReadOnlyList<float[]> FullEmbed(IReadOnlyList<string> texts) =>
        [.. MeaningEncoder.Full.GenerateAsync(texts).GetAwaiter().GetResult().Select(e => e.Vector.ToArray())];

    private static float[] FullVector(string text) => FullEmbed([text])[0];

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
    public void Fill_FullModelRecordTheLexiconMissed_NamesTheTouchpointOverTheWholeTextUncertainly()
    {
        const string text = "Four days late and the box was left out in the rain.";
        var annotation = new Annotation { EvidenceId = "e4", Confidence = 0.9 };

        var result = FullMeaning.Fill(annotation, FullVector(text), text);

        var mention = Assert.Single(result.Touchpoints);
        Assert.Equal(new TouchpointMention("delivery", mention.Confidence, 0, text.Length), mention);
        Assert.InRange(mention.Confidence, TouchpointMeaning.KeepProbability, TouchpointMeaning.FillConfidence);
        Assert.Contains(new Cue("touchpoint:delivery", 0, text.Length), result.Cues);
        Assert.Contains(new Cue("meaning:touchpoint", 0, text.Length), result.Cues);
        Assert.Equal(0.6, result.Confidence);
    }

    [Theory]
    [InlineData("Will do. Have a good day!")]
    [InlineData("no comment")]
    [InlineData("ok")]
    public void Fill_GenericReply_NamesNothing(string text)
    {
        var annotation = new Annotation { EvidenceId = "e5" };

        Assert.Same(annotation, FullMeaning.Fill(annotation, FullVector(text), text));
    }

    [Fact]
    public void Fill_StaticTableVectors_NamesNothing()
    {
        // The thresholds belong to the full model's space; the static table's short texts sit close to every centre.
        const string text = "Four days late and the box was left out in the rain.";
        var annotation = new Annotation { EvidenceId = "e6" };

        Assert.Same(annotation, Meaning.Fill(annotation, Vector(text), text));
    }

    [Fact]
    public void Fill_LexiconNamedTheRightOneSurely_LeavesItAlone()
    {
        const string text = "Far too expensive, the price was a rip-off.";
        var annotation = new Annotation
        {
            EvidenceId = "e7",
            Touchpoints = [new TouchpointMention("price", 0.8, 19, 24)],
        };

        Assert.Same(annotation, FullMeaning.Fill(annotation, FullVector(text), text));
    }

    [Fact]
    public void Fill_WeakLexiconWordInASentenceAboutTheWholeBusiness_DropsTheTouchpointAndItsCue()
    {
        // A weak word ("disappointed" read as a complaint for the people who serve you) in a verdict on the whole
        // experience: meaning finds the sentence nearer the overall sentences than the touchpoint's examples.
        const string text = "We went twice this year and both times we were very disappointed.";
        var annotation = new Annotation
        {
            EvidenceId = "e8",
            Confidence = 0.9,
            Touchpoints = [new TouchpointMention("staff", 0.15, 52, 64)],
            Cues = [new Cue("touchpoint:staff", 52, 64), new Cue("sentiment:negative", 52, 64)],
        };

        var result = FullMeaning.Fill(annotation, FullVector(text), text);

        Assert.Empty(result.Touchpoints);
        Assert.Equal([new Cue("sentiment:negative", 52, 64)], result.Cues);
        Assert.Equal(0.9, result.Confidence);
    }

    [Fact]
    public void Fill_LexiconNamedOneOfTwo_MeaningAddsNoSecond()
    {
        // Next to the lexicon's touchpoints meaning adds nothing (on long texts it added a second reading to most of
        // them), even where it reads another touchpoint well above the bar.
        const string text = "Far too expensive, the delivery charge was an outrageous rip-off.";
        var annotation = new Annotation
        {
            EvidenceId = "e9",
            Touchpoints = [new TouchpointMention("delivery", 0.7, 23, 31)],
            Cues = [new Cue("touchpoint:delivery", 23, 31)],
        };
        var probability = FullMeaning.Probabilities(annotation.Touchpoints, FullVector(text));
        Assert.True(probability[2] >= TouchpointMeaning.KeepProbability, $"price {probability[2]:F2}");

        Assert.Same(annotation, FullMeaning.Fill(annotation, FullVector(text), text));
    }

    [Fact]
    public void Fill_WeakWrongLexiconTouchpoint_IsReplacedByTheOneTheRecordMeans()
    {
        const string text = "The parcel turned up four days late and soaked through.";
        var annotation = new Annotation
        {
            EvidenceId = "e10",
            Confidence = 0.9,
            Touchpoints = [new TouchpointMention("staff", 0.15, 4, 10)],
            Cues = [new Cue("touchpoint:staff", 4, 10)],
        };

        var result = FullMeaning.Fill(annotation, FullVector(text), text);

        var mention = Assert.Single(result.Touchpoints);
        Assert.Equal(new TouchpointMention("delivery", mention.Confidence, 0, text.Length), mention);
        Assert.Equal(
            [new Cue("touchpoint:delivery", 0, text.Length), new Cue("meaning:touchpoint", 0, text.Length)],
            result.Cues
        );
        Assert.Equal(0.6, result.Confidence);
    }

    [Fact]
    public void Fill_TextOfSeveralSentences_DropsNothing()
    {
        // One vector for several subjects: the whole may be far from a touchpoint one sentence is about.
        const string text = "We went twice this year and both times we were very disappointed. Never again.";
        var annotation = new Annotation
        {
            EvidenceId = "e11",
            Touchpoints = [new TouchpointMention("staff", 0.15, 52, 64)],
            Cues = [new Cue("touchpoint:staff", 52, 64)],
        };

        Assert.Same(annotation, FullMeaning.Fill(annotation, FullVector(text), text));
    }

    [Fact]
    public void Probabilities_RecordAboutOneTouchpoint_ItIsWellAboveTheBarTheOthersBelow()
    {
        const string text = "Far too expensive, the price was a rip-off.";

        var probability = FullMeaning.Probabilities([new TouchpointMention("price", 0.8, 19, 24)], FullVector(text));

        Assert.True(probability[2] > 0.8, $"price {probability[2]:F2}");
        Assert.True(probability[0] < TouchpointMeaning.KeepProbability, $"delivery {probability[0]:F2}");
        Assert.True(probability[1] < TouchpointMeaning.KeepProbability, $"staff {probability[1]:F2}");
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
