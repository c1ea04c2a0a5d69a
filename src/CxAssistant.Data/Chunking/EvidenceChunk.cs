namespace CxAssistant.Data.Chunking;

/// <summary>
/// A piece of one evidence record to embed: [Start, End) is a span of the record's text and
/// <see cref="Text"/> equals <c>record.Text[Start..End]</c>, so a retrieved chunk is citable as-is.
/// <see cref="ContextPrefix"/> (speaker, heading path, previous turn) is meant to be embedded in front of
/// the text but is not part of it and must never be quoted as evidence.
/// </summary>
public sealed record EvidenceChunk(string EvidenceId, int Index, int Start, int End, string Text, string? ContextPrefix)
{
    /// <summary>What to embed: the context prefix, a line break, then the text.</summary>
    public string EmbeddingText => ContextPrefix is null ? Text : ContextPrefix + "\n" + Text;
}
