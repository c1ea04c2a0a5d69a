using CxAssistant.Core.Evidence;

namespace CxAssistant.Data.Chunking;

/// <summary>
/// Chunks a whole conversation (its turn records in order) so each turn's chunks carry the previous turn as
/// context: a customer's "yes, twice" means nothing without the agent's question before it. The previous
/// turn is quoted in <see cref="EvidenceChunk.ContextPrefix"/>, truncated to its last
/// <see cref="ChunkingOptions.NeighbourContextChars"/> characters at a word boundary; chunk spans still point
/// only into the turn's own text.
/// </summary>
public static class TranscriptChunker
{
    public static IReadOnlyList<EvidenceChunk> ChunkConversation(
        IReadOnlyList<EvidenceRecord> turns,
        ChunkingOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(turns);
        options ??= ChunkingOptions.Default;
        var chunks = new List<EvidenceChunk>();
        for (var i = 0; i < turns.Count; i++)
        {
            var previous = i > 0 ? PreviousTurn(turns[i - 1], options.NeighbourContextChars) : null;
            foreach (var chunk in EvidenceChunker.Chunk(turns[i], options))
            {
                chunks.Add(
                    previous is null
                        ? chunk
                        : chunk with
                        {
                            ContextPrefix = chunk.ContextPrefix is null
                                ? previous
                                : previous + "\n" + chunk.ContextPrefix,
                        }
                );
            }
        }
        return chunks;
    }

    private static string? PreviousTurn(EvidenceRecord turn, int maxChars)
    {
        if (maxChars == 0)
        {
            return null;
        }
        var label = string.IsNullOrWhiteSpace(turn.Speaker) ? "Previous" : EvidenceChunker.SpeakerLabel(turn.Speaker);
        return $"{label}: {Tail(turn.Text.Trim(), maxChars)}";
    }

    /// <summary>The end of the previous turn is what the next turn answers, so keep the tail.</summary>
    internal static string Tail(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }
        var start = text.Length - maxChars;
        var space = text.IndexOf(' ', start);
        if (space > 0 && space < text.Length - 1)
        {
            start = space + 1;
        }
        return "…" + text[start..];
    }
}
