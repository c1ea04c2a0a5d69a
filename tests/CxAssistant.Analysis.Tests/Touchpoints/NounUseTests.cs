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
}
