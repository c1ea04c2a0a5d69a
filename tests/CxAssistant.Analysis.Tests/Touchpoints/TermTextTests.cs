using CxAssistant.Analysis.Touchpoints;

namespace CxAssistant.Analysis.Tests.Touchpoints;

public sealed class TermTextTests
{
    [Theory]
    [InlineData("cancelled", "cancel")]
    [InlineData("canceled", "cancel")]
    [InlineData("charged", "charge")]
    [InlineData("charging", "charge")]
    [InlineData("shipping", "ship")]
    [InlineData("deliveries", "delivery")]
    [InlineData("bags", "bag")]
    [InlineData("queued", "queue")]
    [InlineData("boxes", "box")]
    [InlineData("address", "address")]
    [InlineData("status", "status")]
    [InlineData("plane", "plane")]
    [InlineData("signed", "sign")]
    public void Stem_Inflections_MeetTheirBase(string word, string stem) => Assert.Equal(stem, TermText.Stem(word));

    [Fact]
    public void Stem_PlaneAndPlan_StayApart() => Assert.NotEqual(TermText.Stem("planes"), TermText.Stem("plans"));

    [Fact]
    public void Terms_FillersDroppedAndPunctuationBreaks()
    {
        var terms = TermText.Terms("Left at my door. Never arrived");

        Assert.Equal(["left", "at", "door", "never", "arrive"], terms.Select(t => t.Stem));
        Assert.True(terms[3].BreakBefore);
        Assert.Equal("door", "Left at my door. Never arrived"[terms[2].Start..terms[2].End]);
    }

    [Fact]
    public void Terms_LaterTextOnTheSameThread_LeavesEarlierTermsAlone()
    {
        var first = TermText.Terms("Left at my door. Never arrived");
        var stems = first.Select(t => t.Stem).ToList();

        TermText.ScratchTerms("the refund took three weeks and nobody answered the phone");

        Assert.Equal(stems, first.Select(t => t.Stem));
    }

    [Fact]
    public void ScratchTerms_SameTermsAsTerms()
    {
        const string text = "Checkout crashed twice, then the courier lost my parcel!";

        Assert.Equal(TermText.Terms(text), TermText.ScratchTerms(text));
    }
}
