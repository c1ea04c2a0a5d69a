using CxAssistant.Analysis.Annotators;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Tests.Annotators;

/// <summary>
/// The failure mechanisms found by reading misclassified public texts (issue 15 item 4), each with made-up texts:
/// weak repetition words, visit counts, names, negation through auxiliaries, negated praise, sarcasm, "even if",
/// comparatives and long reviews that lean negative.
/// </summary>
public sealed class SentimentMechanismTests
{
    private readonly SentimentAnalyzer _analyzer = new();

    [Theory]
    [InlineData("Can't wait to see the band again on Friday")]
    [InlineData("The bakery is still there on the corner, next to the bank.")]
    [InlineData("Promise you'll keep this recipe forever")]
    public void Analyze_RepetitionWordWithoutComplaint_IsNotNegative(string text) =>
        Assert.NotEqual(SentimentLabel.Negative, _analyzer.Analyze(text).Label);

    [Fact]
    public void Analyze_RepetitionWordInComplaint_AddsToComplaint()
    {
        var once = _analyzer.Analyze("The app logs me out and I have to type the code");
        var repeated = _analyzer.Analyze("The app logs me out and I have to type the code again");
        Assert.True(repeated.NegativeMass > once.NegativeMass);
        Assert.Equal(SentimentLabel.Negative, repeated.Label);
    }

    [Theory]
    [InlineData("I have been to the noodle bar three times for lunch.")]
    [InlineData("We've been here twice with the kids.")]
    [InlineData("We go there twice a month.")]
    public void Analyze_VisitCount_IsNotAComplaint(string text) =>
        Assert.Equal(SentimentLabel.Neutral, _analyzer.Analyze(text).Label);

    [Fact]
    public void Analyze_FailureCount_StaysAComplaint() =>
        Assert.Equal(SentimentLabel.Negative, _analyzer.Analyze("They charged me twice for one repair").Label);

    [Theory]
    [InlineData("Tickets for Bad Moon Rising go on sale at nine.")]
    [InlineData("Picked up a kettle from Best Value Stores this morning.")]
    public void Analyze_SentimentWordInsideName_IsNoVerdict(string text)
    {
        var result = _analyzer.Analyze(text);
        Assert.Equal(SentimentLabel.Neutral, result.Label);
        Assert.Equal(0, result.PositiveMass + result.NegativeMass);
    }

    [Theory]
    [InlineData("Bad Service From Start To Finish", SentimentLabel.Negative)]
    [InlineData("Great night, the band was brilliant", SentimentLabel.Positive)]
    public void Analyze_TitleCaseSentenceOrSentenceStart_KeepsVerdict(string text, SentimentLabel expected) =>
        Assert.Equal(expected, _analyzer.Analyze(text).Label);

    [Theory]
    [InlineData("We have eaten here for years and have never been disappointed.")]
    [InlineData("In ten years I have never had a bad haircut here.")]
    public void Analyze_NegatorThroughAuxiliaries_ReadsNegatedComplaintAsPraise(string text) =>
        Assert.Equal(SentimentLabel.Positive, _analyzer.Analyze(text).Label);

    [Fact]
    public void Analyze_NegatedStrongPraise_IsMilderThanAComplaint()
    {
        var negatedPraise = _analyzer.Analyze("the dessert was not spectacular");
        var complaint = _analyzer.Analyze("the dessert was terrible");
        Assert.True(negatedPraise.Score > complaint.Score);
        Assert.True(negatedPraise.NegativeMass <= 1.2 + 1e-9);
    }

    [Fact]
    public void Analyze_NegatedPraiseBesidePraise_IsNotSarcasm()
    {
        var result = _analyzer.Analyze("Even if the coffee wasn't that good, the terrace is a great place to sit.");
        Assert.Equal(SentimentLabel.Positive, result.Label);
        Assert.Contains(result.Cues, c => c.Label == CueLabels.Sentiment + "positive");
    }

    [Fact]
    public void Analyze_SarcasmHashtag_TurnsPraiseNegative() =>
        Assert.Equal(
            SentimentLabel.Negative,
            _analyzer.Analyze("Love spending my weekend on the phone #sarcasm").Label
        );

    [Theory]
    [InlineData("The new menu is better than the old one.", SentimentLabel.Positive)]
    [InlineData("The checkout could have been handled better.", SentimentLabel.Negative)]
    [InlineData("For the price we expected better.", SentimentLabel.Negative)]
    [InlineData("Their dumplings are the tastiest in town.", SentimentLabel.Positive)]
    [InlineData("The wait staff wore green aprons.", SentimentLabel.Neutral)]
    [InlineData("The decor is shabby at best.", SentimentLabel.Negative)]
    public void Analyze_ComparativesAndServiceWords_ReadAsMeant(string text, SentimentLabel expected) =>
        Assert.Equal(expected, _analyzer.Analyze(text).Label);

    [Fact]
    public void Analyze_LongReviewLeaningNegative_IsNegative()
    {
        const string review =
            "We came on a Saturday with friends and sat on the patio, which is lovely in the evening. "
            + "The cocktails were nice and the staff were friendly enough. "
            + "But the mains arrived lukewarm, the fish was overcooked and the chips were soggy. "
            + "We had to ask twice for the bill and nobody checked on us. "
            + "For what we paid I was disappointed and we probably will not return.";
        var result = _analyzer.Analyze(review);
        Assert.Equal(SentimentLabel.Negative, result.Label);
        Assert.Contains(result.Cues, c => c.Label == CueLabels.Sentiment + "negative");
    }
}
