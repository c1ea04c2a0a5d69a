using System.Text;
using CxAssistant.Core.Privacy;

namespace CxAssistant.Core.Tests.Privacy;

public sealed class PiiRedactorTests
{
    [Fact]
    public void Redact_MixedText_ReplacesWithReadablePlaceholders()
    {
        var result = new PiiRedactor().Redact(
            "I'm at 12 Harbour Street, email jane@example.com or call +44 20 7946 0958. Card 4111 1111 1111 1111."
        );
        Assert.Equal("I'm at [ADDRESS], email [EMAIL] or call [PHONE]. Card [CARD].", result.Text);
        Assert.Equal(
            [PiiType.Address, PiiType.Email, PiiType.Phone, PiiType.Card],
            result.Redactions.Select(r => r.Type)
        );
    }

    [Fact]
    public void Redact_NoPii_ReturnsSameTextAndNoRedactions()
    {
        const string text = "Order #4412-2231 cost $1,299.00 on 2024-03-05 at 10:30.";
        var result = new PiiRedactor().Redact(text);
        Assert.Same(text, result.Text);
        Assert.False(result.HasRedactions);
    }

    [Fact]
    public void Redact_TypeDisabled_LeavesItInPlace()
    {
        var result = new PiiRedactor(new PiiOptions { Email = false }).Redact("jane@example.com, 192.168.0.1");
        Assert.Equal("jane@example.com, [IP]", result.Text);
    }

    [Fact]
    public void Redact_RedactionOffsets_PointAtPlaceholders()
    {
        const string text = "Hi, I'm Ana. Mail ana@x.io";
        var result = new PiiRedactor().Redact(text);
        foreach (var r in result.Redactions)
        {
            Assert.Equal(Redaction.Placeholder(r.Type), result.Text[r.RedactedStart..r.RedactedEnd]);
        }
        Assert.Equal(["Ana", "ana@x.io"], result.Redactions.Select(r => text[r.OriginalStart..r.OriginalEnd]));
    }

    [Fact]
    public void Redact_CardDigitsAlsoPhoneShaped_CardWins()
    {
        // "call me on" makes the digits a phone candidate too; the Luhn-checked type takes priority.
        var result = new PiiRedactor().Redact("call me on 4111 1111 1111 1111");
        Assert.Equal("call me on [CARD]", result.Text);
    }

    [Fact]
    public void Redact_SameInputTwice_IsDeterministic()
    {
        const string text = "Customer: Jane Doe\nPhone: 555.123.4567\nIBAN GB82 WEST 1234 5698 7654 32, IP 10.0.0.5";
        var redactor = new PiiRedactor();
        Assert.Equal(redactor.Redact(text).Redactions, redactor.Redact(text).Redactions);
        Assert.Equal(redactor.Redact(text).Text, redactor.Redact(text).Text);
    }

    [Fact]
    public void Redact_ManyShortTexts_HandlesHundredThousandWithoutBacktrackingBlowUp()
    {
        // Performance sanity, not a timer: the inputs include long digit and capitalised-word runs that would
        // expose catastrophic backtracking; the loop must simply finish and find what it should.
        var redactor = new PiiRedactor();
        string[] samples =
        [
            "Great service, the parcel came a day early! 5 stars.",
            "Order #4412-2231 cost $1,299.00; call 555-123-4567 or mail a.b@example.com",
            new string('9', 200) + " " + string.Join(" ", Enumerable.Repeat("1234", 60)),
            string.Join(" ", Enumerable.Repeat("Capital Words Everywhere", 40)) + " Street",
            "Dear " + string.Join(" ", Enumerable.Repeat("Anna", 50)),
        ];
        var found = 0;
        for (var i = 0; i < 100_000; i++)
        {
            found += redactor.Redact(samples[i % samples.Length]).Redactions.Count;
        }
        Assert.Equal(100_000 / 5 * 3, found);
    }

    [Fact]
    public void Redact_LongDocument_ProducesConsistentOffsets()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            builder.Append("Line ").Append(i).Append(": contact me at user").Append(i).Append("@example.com please.\n");
        }
        var text = builder.ToString();
        var result = new PiiRedactor().Redact(text);
        Assert.Equal(200, result.Redactions.Count);
        Assert.DoesNotContain("@", result.Text, StringComparison.Ordinal);
        Assert.Equal(
            text.Length - result.Redactions.Sum(r => r.OriginalEnd - r.OriginalStart) + 200 * "[EMAIL]".Length,
            result.Text.Length
        );
    }
}
