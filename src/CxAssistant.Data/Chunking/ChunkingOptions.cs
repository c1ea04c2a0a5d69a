namespace CxAssistant.Data.Chunking;

/// <summary>How <see cref="EvidenceChunker"/> cuts records for embedding.</summary>
public sealed record ChunkingOptions
{
    public static ChunkingOptions Default { get; } = new();

    /// <summary>Most word tokens in one chunk. Texts at or under it stay whole. Default 256.</summary>
    public int MaxTokens { get; init; } = 256;

    /// <summary>
    /// Share of <see cref="MaxTokens"/> repeated at the start of the next chunk (whole sentences only). Default 0.15.
    /// </summary>
    public double OverlapRatio { get; init; } = 0.15;

    /// <summary>
    /// Most characters of the previous turn quoted in a conversation chunk's context prefix. Default 200.
    /// </summary>
    public int NeighbourContextChars { get; init; } = 200;

    internal int OverlapTokens => (int)Math.Round(MaxTokens * OverlapRatio);

    internal void Validate()
    {
        if (MaxTokens < 8)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTokens), MaxTokens, "MaxTokens must be at least 8.");
        }
        if (OverlapRatio is < 0 or > 0.5)
        {
            throw new ArgumentOutOfRangeException(
                nameof(OverlapRatio),
                OverlapRatio,
                "OverlapRatio must be between 0 and 0.5."
            );
        }
        if (NeighbourContextChars < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(NeighbourContextChars),
                NeighbourContextChars,
                "NeighbourContextChars must not be negative."
            );
        }
    }
}
