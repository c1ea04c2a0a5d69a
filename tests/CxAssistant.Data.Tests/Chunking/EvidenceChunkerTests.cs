using CxAssistant.Data.Chunking;

namespace CxAssistant.Data.Tests.Chunking;

public sealed class EvidenceChunkerTests
{
    private static readonly ChunkingOptions Small = new() { MaxTokens = 60, OverlapRatio = 0.25 };

    [Fact]
    public void Chunk_ShortFeedback_StaysWhole()
    {
        var record = Records.Of("  Delivery was late but the driver was lovely.  ");
        var chunk = Assert.Single(EvidenceChunker.Chunk(record));
        Assert.Equal((0, record.Text.Length, record.Text), (chunk.Start, chunk.End, chunk.Text));
        Assert.Null(chunk.ContextPrefix);
        Assert.Equal("e1", chunk.EvidenceId);
    }

    [Fact]
    public void Chunk_EmptyText_ReturnsNoChunks() => Assert.Empty(EvidenceChunker.Chunk(Records.Of("")));

    [Fact]
    public void Chunk_LongReview_EverySpanIsVerbatimAndWithinBudget()
    {
        var record = Records.Of(Records.Sentences(40));
        var chunks = EvidenceChunker.Chunk(record, Small);
        Assert.True(chunks.Count > 5);
        foreach (var chunk in chunks)
        {
            Assert.Equal(record.Text[chunk.Start..chunk.End], chunk.Text);
            Assert.True(
                Analysis
                    .Text.WordTokenizer.Tokenize(chunk.Text)
                    .Count(t => t.Kind != Analysis.Text.TokenKind.Punctuation) <= Small.MaxTokens
            );
            Assert.StartsWith("Sentence", chunk.Text, StringComparison.Ordinal);
            Assert.EndsWith(".", chunk.Text, StringComparison.Ordinal);
        }
        Assert.Equal(Enumerable.Range(0, chunks.Count), chunks.Select(c => c.Index));
    }

    [Fact]
    public void Chunk_LongReview_ConsecutiveChunksOverlapAndCoverEverything()
    {
        var record = Records.Of(Records.Sentences(40));
        var chunks = EvidenceChunker.Chunk(record, Small);
        Assert.Equal(0, chunks[0].Start);
        Assert.Equal(record.Text.Length, chunks[^1].End);
        for (var i = 1; i < chunks.Count; i++)
        {
            Assert.True(chunks[i].Start < chunks[i - 1].End, $"chunk {i} does not overlap the previous one");
            Assert.True(chunks[i].Start > chunks[i - 1].Start, $"chunk {i} does not move forward");
        }
    }

    [Fact]
    public void Chunk_NoOverlapConfigured_ChunksTile()
    {
        var record = Records.Of(Records.Sentences(30));
        var chunks = EvidenceChunker.Chunk(record, Small with { OverlapRatio = 0 });
        for (var i = 1; i < chunks.Count; i++)
        {
            Assert.True(chunks[i].Start >= chunks[i - 1].End);
        }
    }

    [Fact]
    public void Chunk_MarkdownNote_SplitsAtHeadingsAndCarriesHeadingPath()
    {
        var text =
            "# Acme call\n\n## Pain points\n\n"
            + Records.Sentences(4)
            + "\n\n- "
            + Records.Sentences(2)
            + "\n- Second item is short.\n\n## Wins\n\n"
            + Records.Sentences(3);
        var record = Records.Of(text, section: "Q3 notes");
        var chunks = EvidenceChunker.Chunk(record, Small);
        Assert.All(chunks, c => Assert.Equal(text[c.Start..c.End], c.Text));
        var wins = Assert.Single(chunks, c => c.Text.StartsWith("## Wins", StringComparison.Ordinal));
        Assert.Equal("Q3 notes > Acme call", wins.ContextPrefix);
        Assert.DoesNotContain(chunks, c =>
            c.Text.Contains("Pain points", StringComparison.Ordinal)
            && c.Text.Contains("## Wins", StringComparison.Ordinal)
        );
        Assert.Contains(chunks, c =>
            c.ContextPrefix == "Q3 notes > Acme call > Pain points" && c.Text.StartsWith("- ", StringComparison.Ordinal)
        );
        Assert.StartsWith("# Acme call\n\n## Pain points\n\nSentence 1", chunks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Chunk_ShortNoteParagraph_UsesSectionAsPrefix()
    {
        var chunk = Assert.Single(
            EvidenceChunker.Chunk(Records.Of("Pricing page confused them.", section: "Acme call > Pain points"))
        );
        Assert.Equal("Acme call > Pain points", chunk.ContextPrefix);
    }

    [Fact]
    public void Chunk_TranscriptTurn_KeepsTurnWholeWithSpeakerPrefix()
    {
        var chunk = Assert.Single(
            EvidenceChunker.Chunk(Records.Of("I was charged twice. Can you refund one?", speaker: "customer"))
        );
        Assert.Equal("Customer:", chunk.ContextPrefix);
        Assert.Equal("I was charged twice. Can you refund one?", chunk.Text);
    }

    [Fact]
    public void Chunk_LongTranscriptTurn_SplitsBySentenceAndKeepsSpeaker()
    {
        var record = Records.Of(Records.Sentences(20), speaker: "Agent");
        var chunks = EvidenceChunker.Chunk(record, Small);
        Assert.True(chunks.Count > 2);
        Assert.All(chunks, c => Assert.Equal("Agent:", c.ContextPrefix));
        Assert.All(chunks, c => Assert.Matches(@"^Sentence \d+ .*\.$", c.Text));
    }

    [Fact]
    public void Chunk_RunOnSentenceWithoutPunctuation_IsCutAtWordsWithinBudget()
    {
        var record = Records.Of(string.Join(" ", Enumerable.Range(1, 500).Select(i => "w" + i)));
        var chunks = EvidenceChunker.Chunk(record, Small);
        Assert.All(chunks, c => Assert.Equal(record.Text[c.Start..c.End], c.Text));
        Assert.All(chunks, c => Assert.InRange(c.Text.Split(' ').Length, 1, Small.MaxTokens));
        Assert.Equal(record.Text.Length, chunks[^1].End);
        Assert.Contains(chunks, c => c.Text.StartsWith("w", StringComparison.Ordinal) && c.Start > 0);
    }

    [Fact]
    public void Chunk_AbbreviationsAndDecimals_DoNotEndSentences()
    {
        var text =
            Records.Sentences(8)
            + " Dr. Smith said it costs 2.5 times more, e.g. Mr. Jones paid twice. "
            + Records.Sentences(8);
        var chunks = EvidenceChunker.Chunk(Records.Of(text), Small);
        Assert.Contains(chunks, c =>
            c.Text.Contains(
                "Dr. Smith said it costs 2.5 times more, e.g. Mr. Jones paid twice.",
                StringComparison.Ordinal
            )
        );
    }

    [Fact]
    public void ChunkAll_ManyRecords_StreamsChunksInOrder()
    {
        var records = Enumerable.Range(1, 5).Select(i => Records.Of($"Feedback {i}.", id: "e" + i));
        var chunks = EvidenceChunker.ChunkAll(records).ToList();
        Assert.Equal(["e1", "e2", "e3", "e4", "e5"], chunks.Select(c => c.EvidenceId));
    }

    [Fact]
    public void ChunkAll_InfiniteSource_IsLazy()
    {
        static IEnumerable<Core.Evidence.EvidenceRecord> Endless()
        {
            for (var i = 0; ; i++)
            {
                yield return Records.Of("Fine.", id: "e" + i);
            }
        }
        Assert.Equal(3, EvidenceChunker.ChunkAll(Endless()).Take(3).Count());
    }

    [Fact]
    public void Chunk_InvalidOptions_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            EvidenceChunker.Chunk(Records.Of("x"), new ChunkingOptions { OverlapRatio = 0.9 })
        );
}
