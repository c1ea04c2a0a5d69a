namespace CxAssistant.Data.Memory.Search;

/// <summary>
/// One fused result: a redacted chunk and where it came from. A rank is null when that side did not return the chunk
/// within its candidate list (so a keyword-only or vector-only hit is visible as such).
/// </summary>
public sealed record SearchHit(
    string ChunkId,
    string EvidenceId,
    string RecordId,
    string Source,
    int Line,
    string Channel,
    string Text,
    double Score,
    int? KeywordRank,
    int? VectorRank
)
{
    /// <summary>Touchpoint ids (primary first) the chunk was tagged with; empty when the index has no tags.</summary>
    public IReadOnlyList<string> Touchpoints { get; init; } = [];

    /// <summary>Sentiment label the chunk was tagged with, when the index has tags.</summary>
    public string? Sentiment { get; init; }
}
