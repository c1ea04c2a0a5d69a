using CxAssistant.Analysis.Semantics;
using CxAssistant.Analysis.Touchpoints;

namespace CxAssistant.Analysis.Tests.Touchpoints;

/// <summary>Preset choice by meaning with the real local encoder, on the development set's industries.</summary>
public sealed class KindSelectorTests
{
    private static ITextEncoder Encoder =>
        LocalTextEncoder.Shared ?? throw new InvalidOperationException("local encoder");

    [Theory]
    [InlineData("restaurant-8", "restaurant")]
    [InlineData("saas-8", "saas")]
    [InlineData("airline-8", "travel")]
    [InlineData("hotel-8", "hospitality")]
    [InlineData("ecommerce-support-10", "ecommerce")]
    public void Choose_DevSetTexts_PicksKindOfBusiness(string catalog, string expected)
    {
        var texts = DevSet.Load("dev").Where(i => i.Catalog == catalog).Select(i => i.Text);

        var choice = KindSelector.Choose(texts, Encoder);

        Assert.Equal(expected, choice.Preset);
        Assert.True(choice.Fits, choice.Reason);
        Assert.NotEqual(expected, choice.RunnerUp);
        Assert.NotEmpty(choice.Evidence);
        Assert.Contains($"'{expected}'", choice.Reason);
    }

    [Fact]
    public void Choose_BankAppReviewsMostlyPraisingTheApp_FinancialServices()
    {
        // Most reviews of a bank's app praise "the app" and would read the same for any business; the few that say
        // what the business is (transfers, balance, cards, cash machines) decide.
        string[] texts =
        [
            "Very nice app, easy to use.",
            "Good app, I like it a lot.",
            "Best app ever, thank you so much.",
            "Nice and simple app for my phone.",
            "Excellent app, very fast and smooth.",
            "Wow, great application, keep it up.",
            "The app is good but it needs some improvement.",
            "I love this app, it is very useful.",
            "I can't transfer money to another bank since yesterday.",
            "My balance is not updated after the last transaction.",
            "The cash machine kept my card and I could not block it.",
            "Money left my account but the transfer failed.",
        ];

        var choice = KindSelector.Choose(texts, Encoder);

        Assert.Equal("financial-services", choice.Preset);
        Assert.True(choice.AnyBusiness >= 6, choice.Reason);
        Assert.Contains("could be about any business", choice.Reason);
        Assert.DoesNotContain(choice.Evidence, e => e.StartsWith("Very nice app", StringComparison.Ordinal));
    }

    [Fact]
    public void Choose_FitnessClubMembersWritingAboutChangingRoomsAndClasses_LocalServices()
    {
        // A gym's members write about showers, lockers and crowding, which alone read like a hotel's guests; the
        // classes, machines and membership say it is a local service they use, not a place they stay.
        string[] texts =
        [
            "The changing rooms smell and two of the showers have been broken for weeks.",
            "Lockers keep jamming so I carry my bag round the weights floor.",
            "Every evening it is rammed and there is a queue for the rowing machines.",
            "The Tuesday pilates class is brilliant, the teacher fixes everyone's posture.",
            "They took two more direct debits after I cancelled my membership.",
            "Spin classes sell out the moment booking opens.",
            "My trainer planned my sessions around a bad back and it worked.",
            "Half the treadmills are out of order and nobody repairs them.",
        ];

        var choice = KindSelector.Choose(texts, Encoder);

        Assert.Equal("local-services", choice.Preset);
    }

    [Fact]
    public void Choose_ChatterAboutNoBusiness_NoneFits()
    {
        string[] texts =
        [
            "What a goal in the last minute of the match, unbelievable.",
            "Can't believe the season finale ended like that, who else is crying?",
            "The election debate tonight was a mess on both sides.",
            "Happy birthday to my little sister, love you loads!",
            "Listening to the new album on repeat, the second track is a masterpiece.",
            "Rain all week again, I miss the sun.",
        ];

        var choice = KindSelector.Choose(texts, Encoder);

        Assert.Equal(KindConfidence.NoneFits, choice.Confidence);
        Assert.False(choice.Fits);
        Assert.Contains("discovered touchpoints only", choice.Reason);
        // The reason is shown in the web UI and reports too: it names what to do, never a command-line flag.
        Assert.DoesNotContain("--", choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_NoTexts_NoneFits()
    {
        var choice = KindSelector.Choose([], Encoder);

        Assert.Equal(KindConfidence.NoneFits, choice.Confidence);
        Assert.Equal(0, choice.Sentences);
    }
}
