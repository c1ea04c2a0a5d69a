using CxAssistant.Analysis.Touchpoints;

namespace CxAssistant.Analysis.Tests.Touchpoints;

public sealed class NounUseTests
{
    private static bool IsNoun(string word, params string[] sentences)
    {
        var units = sentences.Select((s, i) => new DiscoveryUnit(i, s, TermText.Terms(s), Explained: false)).ToList();
        return NounUse.IsNoun(word, units, Enumerable.Range(0, units.Count));
    }

    [Fact]
    public void IsNoun_WordAfterDeterminers_True()
    {
        Assert.True(IsNoun("pre-order", "My pre-order was ready", "I made a pre-order", "You can pre-order online"));
    }

    [Fact]
    public void IsNoun_WordAfterPronounsAndTo_False()
    {
        Assert.False(IsNoun("watch", "I want to watch it", "We watch the game", "the watch broke"));
    }

    [Fact]
    public void IsNoun_AdjectiveAfterIntensifiers_False()
    {
        Assert.False(IsNoun("high", "Prices are so high", "Way too high for a coffee"));
    }

    [Fact]
    public void IsNoun_DerivedNounSuffix_TrueWhateverComesBefore()
    {
        Assert.True(IsNoun("rental", "I want rental options"));
    }

    [Fact]
    public void IsNoun_WordInAParticleIdiomOrOfFrame_False()
    {
        // "the end" is a noun, but customers mostly "end up" somewhere or speak of "the end of" something else.
        Assert.False(
            IsNoun(
                "end",
                "I had to end up waiting",
                "you end up paying more",
                "at the end of the night",
                "In the end, fine",
                "the end came"
            )
        );
    }

    [Fact]
    public void IsNoun_WordThatOpensInstructions_False()
    {
        // Support messages open with the verb ("Swipe the card…"); no word before it says so, the object after it does.
        Assert.False(
            IsNoun(
                "swipe",
                "Swipe the card again and wait",
                "Swipe it twice. Swipe my card for me please",
                "The swipe was fine",
                "The swipe reader is old"
            )
        );
    }

    [Fact]
    public void IsNoun_WordTheDataConjugatesAfterASubject_False()
    {
        // "they swiped", "I swiped": the data itself conjugates the word as a verb.
        Assert.False(
            IsNoun(
                "swipe",
                "They swiped my card twice",
                "I swiped and nothing happened",
                "We swiped again at the till",
                "The swipe failed",
                "the swipe took ages"
            )
        );
    }

    [Fact]
    public void IsNoun_NounOpeningASentenceWithAVerb_StillNoun()
    {
        // A noun opens sentences too ("Parking was…"): only an object after the opening word makes it an instruction.
        Assert.True(IsNoun("patio", "Patio was lovely. Patio heaters too", "The patio was full", "our patio table"));
    }

    [Fact]
    public void IsNoun_WordAfterACount_False()
    {
        // "5 stars" is a rating, not a thing customers meet.
        Assert.False(IsNoun("stars", "5 stars for the food", "Four stars because of the wait", "the stars were out"));
    }

    [Fact]
    public void IsNoun_ThingCustomersDescribe_True()
    {
        Assert.True(
            IsNoun("patio", "The patio was lovely", "We sat on the patio", "our patio table", "to patio or not")
        );
    }
}
