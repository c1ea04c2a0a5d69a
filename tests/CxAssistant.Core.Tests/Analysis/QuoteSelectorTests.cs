using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Tests.Analysis;

public sealed class QuoteSelectorTests
{
    private static EvidenceRecord Record(string text) =>
        new()
        {
            Id = "e",
            RecordId = "1",
            Text = text,
            Source = new SourceLocation("f.csv", 2),
            Channel = Channel.Review,
        };

    [Fact]
    public void Around_ShortText_QuotesWholeTextTrimmed()
    {
        var quote = QuoteSelector.Around(Record("  Parcel never came.  "), 2, 8);
        Assert.Equal("Parcel never came.", quote.Text);
    }

    [Fact]
    public void Around_LongText_QuotesTheSentenceHoldingTheCueVerbatim()
    {
        var filler = string.Concat(Enumerable.Repeat("The shop itself is nice enough. ", 8));
        var text = filler + "But the courier left my parcel in the rain! " + filler;
        var cue = text.IndexOf("courier", StringComparison.Ordinal);

        var quote = QuoteSelector.Around(Record(text), cue, cue + 7);

        Assert.Equal("But the courier left my parcel in the rain!", quote.Text);
        Assert.Equal(text.Substring(quote.Start, quote.End - quote.Start), quote.Text);
    }

    [Fact]
    public void Around_VeryLongSentence_CutsAtWordBoundariesWithinLimit()
    {
        var words = string.Join(' ', Enumerable.Range(0, 200).Select(i => "word" + i));
        var cue = words.IndexOf("word100", StringComparison.Ordinal);

        var quote = QuoteSelector.Around(Record(words), cue, cue + 7);

        Assert.True(quote.Text.Length <= QuoteSelector.MaxQuoteLength);
        Assert.Contains("word100", quote.Text);
        Assert.True(quote.Start == 0 || words[quote.Start - 1] == ' ');
        Assert.True(quote.End == words.Length || words[quote.End] == ' ');
    }
}
