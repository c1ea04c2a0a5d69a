using CxAssistant.Core.Evidence;
using CxAssistant.Core.Validation;

namespace CxAssistant.Core.Tests.Validation;

/// <summary>Models see redacted text: a quote that echoes placeholders is located in the record it came from.</summary>
public sealed class QuoteLocatorPlaceholderTests
{
    private static EvidenceRecord Record(string text) =>
        new()
        {
            Id = "e1",
            RecordId = "1",
            Text = text,
            Source = new SourceLocation("f.csv", 2),
            Channel = Channel.Review,
        };

    [Fact]
    public void Locate_QuoteWithPlaceholders_MapsToTheRecordsOwnSpan()
    {
        var record = Record("Hi Kim. Sarah at the counter was lovely, call 0033 1 42 68 53 00 if needed.");

        var (quote, finding) = QuoteLocator.Locate(
            "e1",
            "[NAME-2] at the counter was lovely, call [PHONE-1]",
            GroundingCheck.Index([record])
        );

        Assert.Null(finding);
        Assert.Equal("Sarah at the counter was lovely, call 0033 1 42 68 53 00", quote!.Text);
        Assert.Empty(GroundingCheck.Check([quote], GroundingCheck.Index([record])));
    }

    [Fact]
    public void Locate_RecordAlreadyRedacted_MatchesItsPlaceholders()
    {
        var record = Record("Still no refund, write to [EMAIL-3] today.");

        var (quote, finding) = QuoteLocator.Locate("e1", "write to [EMAIL-3] today", GroundingCheck.Index([record]));

        Assert.Null(finding);
        Assert.Equal("write to [EMAIL-3] today", quote!.Text);
    }

    [Theory]
    [InlineData("[PHONE-1] at the counter was lovely")] // wrong type where the name stands
    [InlineData("[NAME-1] at the desk was lovely")] // words the record does not have
    public void Locate_PlaceholderWhereTheRecordHasNoSuchData_IsAFinding(string text)
    {
        var record = Record("Sarah at the counter was lovely.");

        var (quote, finding) = QuoteLocator.Locate("e1", text, GroundingCheck.Index([record]));

        Assert.Null(quote);
        Assert.NotNull(finding);
    }

    [Fact]
    public void Locate_CleanQuote_IsLocatedExactlyAsBefore()
    {
        var record = Record("Mail kim.lee@example.com: the checkout failed twice.");

        var (quote, _) = QuoteLocator.Locate("e1", "the checkout failed twice", GroundingCheck.Index([record]));

        Assert.Equal(record.Text.IndexOf("the checkout", StringComparison.Ordinal), quote!.Start);
    }
}
