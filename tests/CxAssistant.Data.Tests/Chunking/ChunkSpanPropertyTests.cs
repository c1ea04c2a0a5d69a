using CxAssistant.Data.Chunking;

namespace CxAssistant.Data.Tests.Chunking;

/// <summary>
/// Seeded random documents (Markdown, CRLF, lists, code, run-ons, emoji) must always chunk into verbatim, ordered
/// spans.
/// </summary>
public sealed class ChunkSpanPropertyTests
{
    private static readonly string[] Pieces =
    [
        "# Heading one",
        "## Sub heading",
        "- a list item with a few words.",
        "1. numbered item, costs $1,299.00.",
        "> quoted customer words here. Another sentence!",
        "    indented code line",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "Plain sentence number one. Plain sentence two? Yes!",
        "Dr. Who paid 2.5x more, e.g. twice.",
        "Emoji 😡 everywhere 🙌 today.",
        "runon " + string.Join(" ", Enumerable.Repeat("word", 90)),
        "",
        "   ",
        "---",
        "Line one\r\nLine two\r\n",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Chunk_RandomDocuments_SpansAreVerbatimOrderedAndReachTheEnd(int seed)
    {
        var random = new Random(seed);
        for (var doc = 0; doc < 40; doc++)
        {
            var text = string.Join(
                random.Next(3) == 0 ? "\r\n\r\n" : "\n\n",
                Enumerable.Range(0, random.Next(1, 30)).Select(_ => Pieces[random.Next(Pieces.Length)])
            );
            var speaker = random.Next(4) == 0 ? "customer" : null;
            var options = new ChunkingOptions
            {
                MaxTokens = random.Next(8, 80),
                OverlapRatio = random.NextDouble() * 0.5,
            };
            var record = Records.Of(text, speaker);
            var chunks = EvidenceChunker.Chunk(record, options);
            if (string.IsNullOrWhiteSpace(text) && text.Length > 0)
            {
                Assert.Single(chunks);
                continue;
            }
            if (text.Length == 0)
            {
                Assert.Empty(chunks);
                continue;
            }
            Assert.NotEmpty(chunks);
            for (var i = 0; i < chunks.Count; i++)
            {
                var c = chunks[i];
                Assert.Equal(text[c.Start..c.End], c.Text);
                Assert.True(c.End > c.Start);
                Assert.Equal(i, c.Index);
                if (i > 0)
                {
                    Assert.True(
                        c.Start > chunks[i - 1].Start && c.End > chunks[i - 1].End,
                        $"seed {seed} doc {doc}: chunk {i} does not advance"
                    );
                }
            }
            Assert.Equal(
                text.TrimEnd().Length,
                chunks.Count == 1 && chunks[0].Start == 0 && chunks[0].End == text.Length
                    ? text.TrimEnd().Length
                    : chunks[^1].End
            );
        }
    }
}
