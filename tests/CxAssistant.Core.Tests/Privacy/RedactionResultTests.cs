using CxAssistant.Core.Privacy;

namespace CxAssistant.Core.Tests.Privacy;

public sealed class RedactionResultTests
{
    private const string Original =
        "Hi, I'm Ana Lopez. My email is ana.lopez@example.com and the courier never came. Call +44 20 7946 0958 today.";
    private static readonly RedactionResult Result = new PiiRedactor().Redact(Original);

    [Fact]
    public void ToRedacted_QuoteOutsideRedactions_RoundTripsVerbatim()
    {
        const string quote = "the courier never came";
        var start = Original.IndexOf(quote, StringComparison.Ordinal);
        var redacted = Result.ToRedacted(start, start + quote.Length);
        Assert.Equal(quote, Result.Text[redacted.Start..redacted.End]);
        var back = Result.ToOriginal(redacted.Start, redacted.End);
        Assert.Equal(new TextRange(start, start + quote.Length), back);
    }

    [Fact]
    public void ToOriginal_QuoteContainingPlaceholder_MapsToOriginalEntity()
    {
        const string quote = "My email is [EMAIL] and";
        var start = Result.Text.IndexOf(quote, StringComparison.Ordinal);
        var original = Result.ToOriginal(start, start + quote.Length);
        Assert.Equal("My email is ana.lopez@example.com and", Original[original.Start..original.End]);
    }

    [Fact]
    public void ToRedacted_SpanInsideEntity_GrowsToWholePlaceholder()
    {
        var at = Original.IndexOf("lopez@", StringComparison.Ordinal);
        var redacted = Result.ToRedacted(at, at + 5);
        Assert.Equal("[EMAIL]", Result.Text[redacted.Start..redacted.End]);
    }

    [Fact]
    public void ToOriginal_SpanInsidePlaceholder_GrowsToWholeEntity()
    {
        var at = Result.Text.IndexOf("[PHONE]", StringComparison.Ordinal);
        var original = Result.ToOriginal(at + 2, at + 4);
        Assert.Equal("+44 20 7946 0958", Original[original.Start..original.End]);
    }

    [Fact]
    public void ToOriginal_EveryRedactedOffset_IsMonotonicAndInRange()
    {
        var previous = 0;
        for (var i = 0; i <= Result.Text.Length; i++)
        {
            var mapped = Result.ToOriginal(i);
            Assert.InRange(mapped, previous, Original.Length);
            previous = mapped;
        }
        Assert.Equal(Original.Length, Result.ToOriginal(Result.Text.Length));
        Assert.Equal(Result.Text.Length, Result.ToRedacted(Original.Length));
    }

    [Fact]
    public void ToRedacted_OffsetsOutsideEntities_RoundTrip()
    {
        for (var i = 0; i <= Original.Length; i++)
        {
            if (Result.Redactions.Any(r => i > r.OriginalStart && i < r.OriginalEnd))
            {
                continue;
            }
            Assert.Equal(i, Result.ToOriginal(Result.ToRedacted(i)));
        }
    }

    [Fact]
    public void ToOriginal_NoRedactions_IsIdentity()
    {
        var plain = new PiiRedactor().Redact("nothing personal here");
        Assert.Equal(new TextRange(3, 9), plain.ToOriginal(3, 9));
        Assert.Equal(7, plain.ToRedacted(7));
    }
}
