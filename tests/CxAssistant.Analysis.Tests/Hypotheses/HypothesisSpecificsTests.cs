using CxAssistant.Analysis.Hypotheses;

namespace CxAssistant.Analysis.Tests.Hypotheses;

public sealed class HypothesisSpecificsTests
{
    private static List<string> Amounts(string text) =>
        [.. HypothesisSpecifics.Amounts(text).Select(s => text[s.Start..s.End])];

    private static List<string> Durations(string text) =>
        [.. HypothesisSpecifics.Durations(text).Select(s => text[s.Start..s.End])];

    [Theory]
    [InlineData("Why was I charged a $7.95 handling fee? It wasn't in the cart.", "$7.95 handling fee")]
    [InlineData("Charged me a $8 restocking fee on a jacket.", "$8 restocking fee")]
    [InlineData("my $150 deposit still hasn't come back", "$150 deposit")]
    [InlineData("Oat milk surcharge of 60p is a bit cheeky.", "Oat milk surcharge of 60p")]
    [InlineData("£4.20 for a croissant is steep", "£4.20")]
    [InlineData("Prices up. A 60p oat milk charge.", "60p oat milk charge")]
    public void Amounts_MoneyNearFeeWords_KeepsTheFeeName(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(Amounts(text)));
    }

    [Fact]
    public void Amounts_PlainNumbers_AreNotMoney()
    {
        Assert.Empty(Amounts("Order 12345 took 3 days and I rated it 5 stars."));
    }

    [Theory]
    [InlineData("Had to spend 50 minutes on hold to get it reversed.", "50 minutes on hold")]
    [InlineData("Returned it, refund took 16 days. Sigh.", "16 days")]
    [InlineData("waited three and a half weeks for the deposit", "three and a half weeks")]
    [InlineData("Customer waited 47 min on hold before reaching an agent.", "47 min on hold")]
    [InlineData("hello, my delivery is 70 mins late", "70 mins late")]
    public void Durations_CustomerPhrasing_IsExtractedVerbatim(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(Durations(text)));
    }

    [Fact]
    public void Sentence_DecimalPoint_DoesNotEndTheSentence()
    {
        const string text = "Hi. Why was I charged a $7.95 handling fee? Please refund.";
        var at = text.IndexOf("handling", StringComparison.Ordinal);

        var (s, e) = HypothesisSpecifics.Sentence(text, at, at + 8);

        Assert.Equal("Why was I charged a $7.95 handling fee?", text[s..e]); // the sentence keeps its own punctuation
    }

    [Fact]
    public void Partners_NamedCarrierInTwoRecords_IsFoundButHandlesAreNot()
    {
        var analysis = HypothesisAnalysisFixture.Build(
            "ParcelNorth left my parcel in the rain.",
            "My package has been in transit with ParcelNorth for 8 days.",
            "@TrailheadOutfit my parcel is late, shipping is slow.",
            "@TrailheadOutfit tracking never updated."
        );

        Assert.Equal(["ParcelNorth"], HypothesisSpecifics.Partners(analysis));
    }
}
