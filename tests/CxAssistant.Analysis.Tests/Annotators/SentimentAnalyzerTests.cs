using CxAssistant.Analysis.Annotators;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Tests.Annotators;

public sealed class SentimentAnalyzerTests
{
    private readonly SentimentAnalyzer _analyzer = new();

    [Theory]
    [InlineData("on hold for 2 hours")]
    [InlineData("still no refund")]
    [InlineData("3rd time I've asked")]
    [InlineData("where is my order")]
    [InlineData("flight delayed again")]
    [InlineData("you lost my bag")]
    public void Analyze_ComplaintWithoutNegativeWord_IsNegative(string text) =>
        Assert.Equal(SentimentLabel.Negative, _analyzer.Analyze(text).Label);

    [Theory]
    [InlineData("not happy with the service", SentimentLabel.Negative)]
    [InlineData("never again", SentimentLabel.Negative)]
    [InlineData("no complaints, everything arrived", SentimentLabel.Positive)]
    [InlineData("not bad at all", SentimentLabel.Positive)]
    [InlineData("would not recommend", SentimentLabel.Negative)]
    [InlineData("don't waste your money", SentimentLabel.Negative)]
    public void Analyze_Negation_FlipsOrKeepsPolarity(string text, SentimentLabel expected) =>
        Assert.Equal(expected, _analyzer.Analyze(text).Label);

    [Fact]
    public void Analyze_ClauseAfterBut_WeighsMore()
    {
        var negativeLast = _analyzer.Analyze("The staff were nice but the food was terrible");
        var positiveLast = _analyzer.Analyze("The food was terrible but the staff were nice");
        Assert.True(negativeLast.Score < positiveLast.Score);
        Assert.Equal(SentimentLabel.Negative, negativeLast.Label);
    }

    [Fact]
    public void Analyze_IntensifierAndCaps_StrengthenScore()
    {
        var plain = _analyzer.Analyze("the room was dirty").Score;
        Assert.True(_analyzer.Analyze("the room was extremely dirty").Score < plain);
        Assert.True(_analyzer.Analyze("the room was DIRTY").Score < plain);
        Assert.True(_analyzer.Analyze("the room was a bit dirty").Score > plain);
    }

    [Theory]
    [InlineData("@united thanks for nothing")]
    [InlineData("great, another delay. stuck at the gate")]
    [InlineData("love waiting on hold for an hour")]
    [InlineData("flight cancelled and no rebooking. thanks a lot")]
    [InlineData("cancelled flight and no rebooking offered. great service 🙄")]
    public void Analyze_Sarcasm_IsNegative(string text) =>
        Assert.Equal(SentimentLabel.Negative, _analyzer.Analyze(text).Label);

    [Theory]
    [InlineData("Great job on the update @Lumo!!! Not...", SentimentLabel.Negative)]
    [InlineData("Great job on the update @Lumo!!!", SentimentLabel.Positive)]
    [InlineData("Love the new update @Lumo, whether the critics like it or not", SentimentLabel.Positive)]
    public void Analyze_PraiseTakenBackByABareNot_IsNegative(string text, SentimentLabel expected) =>
        Assert.Equal(expected, _analyzer.Analyze(text).Label);

    [Theory]
    [InlineData("fuck you @Lumo")]
    [InlineData("screw this @Lumo")]
    [InlineData("@Lumo my phone keeps restarting on its own")]
    [InlineData("since the update my laptop is running like shit @Lumo")]
    [InlineData("@Lumo not a fan of the new layout")]
    public void Analyze_AbuseOrAFaultingDeviceAimedAtABrand_IsNegative(string text) =>
        Assert.Equal(SentimentLabel.Negative, _analyzer.Analyze(text).Label);

    [Theory]
    [InlineData("@united thanks for the 5 hour delay", SentimentLabel.Negative)]
    [InlineData("@JetBlue thanks for the update on the delay, appreciate it", SentimentLabel.Positive)]
    public void Analyze_ThanksFor_DependsOnWhatIsThanked(string text, SentimentLabel expected) =>
        Assert.Equal(expected, _analyzer.Analyze(text).Label);

    [Theory]
    [InlineData("thanks for the smooth flight 👍", SentimentLabel.Positive)]
    [InlineData("crew was awesome :)", SentimentLabel.Positive)]
    [InlineData("delayed again :(", SentimentLabel.Negative)]
    [InlineData("😡😡 3 hours", SentimentLabel.Negative)]
    [InlineData("see you soon ❤️", SentimentLabel.Positive)]
    public void Analyze_EmojiAndEmoticons_CarrySentiment(string text, SentimentLabel expected) =>
        Assert.Equal(expected, _analyzer.Analyze(text).Label);

    [Theory]
    [InlineData("do you ship to Canada?")]
    [InlineData("what is your return policy for sale items?")]
    [InlineData("can you help me change my flight? thanks")]
    public void Analyze_PlainQuestion_IsNeutral(string text) =>
        Assert.Equal(SentimentLabel.Neutral, _analyzer.Analyze(text).Label);

    [Fact]
    public void Analyze_OneStarWithNeutralText_IsNegative() =>
        Assert.Equal(SentimentLabel.Negative, _analyzer.Analyze("It arrived on Tuesday in a box.", rating: 1).Label);

    [Fact]
    public void Analyze_ThreeStarMixedReview_IsNeutral()
    {
        var result = _analyzer.Analyze(
            "The sound is good for the price, but the fit is loose and the battery is average.",
            rating: 3
        );
        Assert.Equal(SentimentLabel.Neutral, result.Label);
    }

    [Fact]
    public void Analyze_DetractorNpsWithNeutralText_IsNegative() =>
        Assert.Equal(SentimentLabel.Negative, _analyzer.Analyze("The invoice arrived.", nps: 1).Label);

    [Fact]
    public void Analyze_NoEvidence_HasLowConfidenceAndNeutralCue()
    {
        var result = _analyzer.Analyze("I moved house last week");
        Assert.True(result.Confidence <= 0.4);
        Assert.Contains(result.Cues, c => c.Label == "sentiment:neutral");
    }

    [Fact]
    public void Analyze_NegativeCue_SpansThePhrase()
    {
        const string text = "Our bag was lost by the airline";
        var cue = Assert.Single(_analyzer.Analyze(text).Cues, c => c.Label == "sentiment:negative");
        Assert.Equal("lost", text[cue.Start..cue.End]);
    }

    [Fact]
    public void Analyze_ConflictingRatingAndText_LowersConfidence()
    {
        var agree = _analyzer.Analyze("Terrible, broken on arrival", rating: 1).Confidence;
        var conflict = _analyzer.Analyze("Terrible, broken on arrival", rating: 5).Confidence;
        Assert.True(conflict < agree);
    }

    [Theory]
    [InlineData("hard to get an appointment, next free slot was 10 days away")]
    [InlineData("the earliest slot they had was 3 weeks away")]
    public void Analyze_NoSlotForDays_IsNegativeNotFree(string text) =>
        Assert.Equal(SentimentLabel.Negative, new SentimentAnalyzer().Analyze(text).Label);
}
