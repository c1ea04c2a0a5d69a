using System.Collections.Concurrent;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Tests.Touchpoints;

public sealed class TouchpointMatcherTests
{
    private static readonly TouchpointMatcher Airline = new(DevSet.Catalog("airline-8"));

    [Theory]
    [InlineData("@airline 3 hours on the tarmac and no one tells us anything", "flight-delays", "on the tarmac")]
    [InlineData("been on hold 45 min", "customer-service", "on hold")]
    [InlineData("my bag is in Denver and I'm in Boston", "baggage", "bag is in")]
    [InlineData(
        "@united Cancelled Flightled again. how am I supposed to get home",
        "cancellations",
        "Cancelled Flightled"
    )]
    public void Match_TerseAirlineCatalog_AttributesAndQuotesEvidence(string text, string expected, string span)
    {
        var mentions = Airline.Match(text);

        Assert.Equal(expected, mentions[0].TouchpointId);
        Assert.Equal(span, text[mentions[0].Start..mentions[0].End]);
        Assert.InRange(mentions[0].Confidence, 0.3, 1);
    }

    [Fact]
    public void Match_TwoTouchpoints_ReturnsBothPrimaryFirst()
    {
        var mentions = Airline.Match("Flight delayed 4 hours, delayed again, and then they lost my luggage");

        Assert.Equal("flight-delays", mentions[0].TouchpointId);
        Assert.Contains(mentions, m => m.TouchpointId == "baggage");
        Assert.True(mentions[0].Confidence >= mentions[1].Confidence);
    }

    [Fact]
    public void Match_UserKeyword_BeatsBuiltInKnowledge()
    {
        var catalog = new TouchpointCatalog(
            "c",
            [
                new Touchpoint
                {
                    Id = "delivery",
                    Name = "Delivery",
                    Description = "Getting parcels to customers.",
                },
                new Touchpoint
                {
                    Id = "lockers",
                    Name = "Parcel lockers",
                    Description = "Collection points.",
                    Keywords = ["locker code"],
                },
            ]
        );

        var mentions = new TouchpointMatcher(catalog).Match("the locker code never arrived so my parcel is stuck");

        Assert.Equal("lockers", mentions[0].TouchpointId);
    }

    [Fact]
    public void Match_TypoInKeyWord_StillMatches()
    {
        var shop = new TouchpointMatcher(DevSet.Catalog("ecommerce-support-10"));

        Assert.Equal("refunds", shop.Match("where is my refnud")[0].TouchpointId);
        Assert.Equal("account", shop.Match("i forgot my pasword")[0].TouchpointId);
    }

    [Fact]
    public void Match_RunTogetherHashtag_IsSplitIntoKnownWords()
    {
        const string text = "@united thanks again #lostluggage";

        var mention = Airline.Match(text)[0];

        Assert.Equal("baggage", mention.TouchpointId);
        Assert.Equal("lostluggage", text[mention.Start..mention.End]);
    }

    [Fact]
    public void Match_UnattributedComplaint_FallsBackToCustomerServiceWithLowConfidence()
    {
        const string text = "@united unbelievable. just unbelievable";
        var mentions = Airline.Match(text);

        Assert.Equal("customer-service", Airline.FallbackTouchpointId);
        var only = Assert.Single(mentions);
        Assert.Equal("customer-service", only.TouchpointId);
        Assert.True(only.Confidence < 0.3);
        Assert.Equal("@united", text[only.Start..only.End]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("lovely")]
    public void Match_NothingToGoOn_ReturnsNothing(string text) => Assert.Empty(Airline.Match(text));

    [Fact]
    public void Match_CatalogWithoutServiceTouchpoint_HasNoFallback()
    {
        var catalog = new TouchpointCatalog(
            "c",
            [
                new Touchpoint
                {
                    Id = "food",
                    Name = "Food",
                    Description = "Taste of dishes.",
                },
            ]
        );
        var matcher = new TouchpointMatcher(catalog);

        Assert.Null(matcher.FallbackTouchpointId);
        Assert.Empty(matcher.Match("why is nobody answering??"));
    }

    [Fact]
    public void Match_ParallelCalls_GiveSameResultsAsSequential()
    {
        var texts = DevSet.Load("dev").Where(i => i.Catalog == "airline-8").Select(i => i.Text).ToArray();
        var expected = texts.Select(t => Airline.Match(t).FirstOrDefault()?.TouchpointId).ToArray();
        var actual = new ConcurrentDictionary<int, string?>();

        Parallel.For(0, texts.Length * 20, i =>
            actual[i % texts.Length] = Airline.Match(texts[i % texts.Length]).FirstOrDefault()?.TouchpointId
        );

        Assert.Equal(expected, Enumerable.Range(0, texts.Length).Select(i => actual[i]));
    }

    [Fact]
    public void Match_GenericWordAlone_AttributesOnlyWhereTheNameIsAboutIt()
    {
        var emails = new TouchpointCatalog(
            "c",
            [
                new Touchpoint
                {
                    Id = "emails",
                    Name = "Order confirmation emails",
                    Description = "Confirmation emails.",
                },
            ]
        );
        var orders = new TouchpointCatalog(
            "c",
            [
                new Touchpoint
                {
                    Id = "orders",
                    Name = "Orders",
                    Description = "Placing and changing orders.",
                },
            ]
        );

        Assert.Empty(new TouchpointMatcher(emails).Match("Loved it. Buying two more."));
        Assert.Equal("orders", new TouchpointMatcher(orders).Match("Loved it. Buying two more.")[0].TouchpointId);
    }

    [Theory]
    [InlineData("This was one of the best restaurants I've been to.")]
    [InlineData("The entire dining experience was wonderful!")]
    public void Match_WordThatNamesTheVenue_IsNotAboutTheFood(string text)
    {
        Assert.True(Presets.TryGet("restaurant", out var preset));

        var mentions = new TouchpointMatcher(preset).Match(text);

        Assert.DoesNotContain(mentions, m => m.TouchpointId == "food");
    }

    [Fact]
    public void Match_VenueWordBesideFoodWords_StillFindsTheFood()
    {
        Assert.True(Presets.TryGet("restaurant", out var preset));

        var mentions = new TouchpointMatcher(preset).Match("A lovely restaurant, but the pasta was bland.");

        Assert.Contains(mentions, m => m.TouchpointId == "food");
    }

    [Fact]
    public void Match_AskingForAJoke_IsNotAboutCustomerService()
    {
        Assert.True(Presets.TryGet("ecommerce", out var preset));

        var mentions = new TouchpointMatcher(preset).Match(
            "Write me a poem about the ocean and tell me a joke about penguins."
        );

        Assert.DoesNotContain(mentions, m => m.TouchpointId == "customer-service");
    }

    // The matcher reads each text's terms from its thread's reused list: what it read before must not leak in.
    [Fact]
    public void Match_AfterOtherTexts_SameMentionsAsFirst()
    {
        const string text = "Flight delayed 4 hours, delayed again, and then they lost my luggage";
        var fresh = new TouchpointMatcher(DevSet.Catalog("airline-8"));
        var first = fresh.Match(text);

        fresh.Match("The seats were cramped and the crew ignored us for the whole long flight home from the coast");
        fresh.Match("ok");

        Assert.Equal(first, fresh.Match(text));
    }
}
