using CxAssistant.Core.Analysis;

namespace CxAssistant.Core.Tests.Analysis;

public sealed class SentenceBoundsTests
{
    [Theory]
    [InlineData("Hi. The fee was $7.95 at 9.30 today!! Bye.", "fee", "The fee was $7.95 at 9.30 today!!")]
    [InlineData("First line\nsecond line has the cue\nthird", "cue", "second line has the cue")]
    [InlineData("  no punctuation at all  ", "punctuation", "no punctuation at all")]
    [InlineData("Ends here.", "here", "Ends here.")]
    public void Around_Cue_ReturnsItsSentence(string text, string cue, string expected)
    {
        var at = text.IndexOf(cue, StringComparison.Ordinal);
        var (s, e) = SentenceBounds.Around(text, at, at + cue.Length);
        Assert.Equal(expected, text[s..e]);
    }
}
