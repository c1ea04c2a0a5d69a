using CxAssistant.Core.Evidence;
using CxAssistant.Core.Validation;

namespace CxAssistant.Core.Tests.Validation;

public sealed class QuoteLocatorTests
{
    private static readonly EvidenceRecord Record = new()
    {
        Id = "e1",
        RecordId = "1",
        Text = "Fees & \"charges\" <b>hidden</b> at checkout.",
        Source = new SourceLocation("f.csv", 2),
        Channel = Channel.Review,
    };

    private static readonly IReadOnlyDictionary<string, EvidenceRecord> Evidence = GroundingCheck.Index([Record]);

    [Fact]
    public void Locate_VerbatimText_ComputesOffsets()
    {
        var (quote, finding) = QuoteLocator.Locate("e1", "hidden</b> at checkout", Evidence);
        Assert.Null(finding);
        Assert.Equal(Record.Text.IndexOf("hidden", StringComparison.Ordinal), quote!.Start);
        Assert.Empty(GroundingCheck.Check([quote], Evidence));
    }

    [Fact]
    public void Locate_TextAsEscapedInThePrompt_IsDecodedAndFound()
    {
        var (quote, _) = QuoteLocator.Locate("e1", "Fees &amp; \"charges\" &lt;b&gt;", Evidence);
        Assert.Equal("Fees & \"charges\" <b>", quote!.Text);
    }

    [Theory]
    [InlineData("e1", "hidden fees at checkout", "not a verbatim part")]
    [InlineData("e7", "Fees", "does not exist")]
    [InlineData("e1", " ", "is empty")]
    public void Locate_UngroundedQuote_IsAFinding(string id, string text, string expected)
    {
        var (quote, finding) = QuoteLocator.Locate(id, text, Evidence);
        Assert.Null(quote);
        Assert.Contains(expected, finding!.Message, StringComparison.Ordinal);
    }
}
