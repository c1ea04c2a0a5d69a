using CxAssistant.Analysis.Text;

namespace CxAssistant.Analysis.Tests.TextTests; // not ".Text": other tests write Text.WordTokenizer

public sealed class WordTableTests
{
    [Fact]
    public void Get_SameCharacters_ReturnTheSameInstance()
    {
        var table = new WordTable();
        var first = table.Get("refund".AsSpan());
        var second = table.Get("a refund".AsSpan(2));

        Assert.Equal("refund", first);
        Assert.Same(first, second);
        Assert.NotSame(first, table.Get("refunds".AsSpan()));
    }

    [Fact]
    public void Tokenize_RepeatedWords_ShareOneStringAndKeepTheirOffsets()
    {
        var tokens = WordTokenizer.Tokenize("Refund? REFUND! refund’s");

        Assert.Equal(["refund", "?", "refund", "!", "refund's"], tokens.Select(t => t.Value));
        Assert.Same(tokens[0].Value, tokens[2].Value);
        Assert.Equal((8, 14), (tokens[2].Start, tokens[2].End));
    }

    [Fact]
    public void Tokenize_IntoAReusedList_ReplacesItsTokensWithTheNewText()
    {
        var reused = WordTokenizer.Tokenize("The courier never came, twice.");

        WordTokenizer.Tokenize("Refund? :)", reused);

        Assert.Equal(WordTokenizer.Tokenize("Refund? :)"), reused);
    }
}
