using CxAssistant.Core.Privacy;
using CxAssistant.Data.Chunking;

namespace CxAssistant.Data.Tests.Chunking;

/// <summary>
/// The intended flow: redact the record, chunk the redacted text, map a retrieved chunk back to cite the original.
/// </summary>
public sealed class RedactThenChunkTests
{
    [Fact]
    public void Chunk_RedactedRecord_ChunkSpansMapBackToOriginalText()
    {
        var original =
            Records.Sentences(10)
            + " Reach me at jane.doe@example.com or +44 20 7946 0958 about the refund. "
            + Records.Sentences(10);
        var redaction = new PiiRedactor().Redact(original);
        var record = Records.Of(original) with { Text = redaction.Text };

        var chunks = EvidenceChunker.Chunk(record, new ChunkingOptions { MaxTokens = 40 });

        Assert.DoesNotContain(chunks, c => c.Text.Contains('@', StringComparison.Ordinal));
        var withContact = Assert.Single(chunks, c =>
            c.Text.Contains("Reach me at [EMAIL] or [PHONE]", StringComparison.Ordinal)
        );
        var back = redaction.ToOriginal(withContact.Start, withContact.End);
        var cited = original[back.Start..back.End];
        Assert.Contains(
            "Reach me at jane.doe@example.com or +44 20 7946 0958 about the refund.",
            cited,
            StringComparison.Ordinal
        );
        Assert.Equal(redaction.ToRedacted(back.Start, back.End), new TextRange(withContact.Start, withContact.End));
    }
}
