using CxAssistant.Data.Chunking;

namespace CxAssistant.Data.Tests.Chunking;

public sealed class TranscriptChunkerTests
{
    [Fact]
    public void ChunkConversation_Turns_CarryPreviousTurnAndOwnSpeaker()
    {
        var turns = new[]
        {
            Records.Of("Thanks for calling, were you charged twice?", "Agent", id: "t1"),
            Records.Of("Yes, twice.", "Customer", id: "t2"),
        };
        var chunks = TranscriptChunker.ChunkConversation(turns);
        Assert.Equal(2, chunks.Count);
        Assert.Equal("Agent:", chunks[0].ContextPrefix);
        Assert.Equal("Agent: Thanks for calling, were you charged twice?\nCustomer:", chunks[1].ContextPrefix);
        Assert.Equal(("t2", "Yes, twice."), (chunks[1].EvidenceId, chunks[1].Text));
        Assert.Equal(
            "Agent: Thanks for calling, were you charged twice?\nCustomer:\nYes, twice.",
            chunks[1].EmbeddingText
        );
    }

    [Fact]
    public void ChunkConversation_LongPreviousTurn_KeepsItsTailAtAWordBoundary()
    {
        var turns = new[]
        {
            Records.Of(
                string.Join(" ", Enumerable.Range(1, 100).Select(i => "word" + i)) + " so what happened?",
                "Agent",
                id: "t1"
            ),
            Records.Of("It broke.", "Customer", id: "t2"),
        };
        var prefix = TranscriptChunker
            .ChunkConversation(turns, new ChunkingOptions { NeighbourContextChars = 40 })[1]
            .ContextPrefix!;
        var previous = prefix.Split('\n')[0];
        Assert.StartsWith("Agent: …", previous, StringComparison.Ordinal);
        Assert.EndsWith("so what happened?", previous, StringComparison.Ordinal);
        Assert.True(previous.Length <= "Agent: …".Length + 40);
        Assert.Matches(@"^Agent: …word\d+ ", previous);
    }

    [Fact]
    public void ChunkConversation_SpansPointIntoOwnTurnOnly()
    {
        var turns = new[]
        {
            Records.Of("Hello.", "Agent", id: "t1"),
            Records.Of(Records.Sentences(30), "Customer", id: "t2"),
        };
        var chunks = TranscriptChunker.ChunkConversation(turns, new ChunkingOptions { MaxTokens = 50 });
        Assert.All(chunks.Where(c => c.EvidenceId == "t2"), c =>
        {
            Assert.Equal(turns[1].Text[c.Start..c.End], c.Text);
            Assert.Equal("Agent: Hello.\nCustomer:", c.ContextPrefix);
        });
    }

    [Fact]
    public void ChunkConversation_ContextDisabled_UsesSpeakerOnly()
    {
        var turns = new[] { Records.Of("Hi.", "Agent", id: "t1"), Records.Of("Hi.", "Customer", id: "t2") };
        var chunks = TranscriptChunker.ChunkConversation(turns, new ChunkingOptions { NeighbourContextChars = 0 });
        Assert.Equal("Customer:", chunks[1].ContextPrefix);
    }
}
