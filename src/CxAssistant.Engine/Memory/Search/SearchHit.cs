namespace CxAssistant.Engine.Memory.Search;

/// <summary>
/// One fused result: a redacted chunk and where it came from. A rank is null when that side did not return the chunk
/// within its candidate list (so a keyword-only or vector-only hit is visible as such).
/// </summary>
public sealed record SearchHit(string ChunkId, string EvidenceId, string RecordId, string Source, int Line, string Channel,
    string Text, double Score, int? KeywordRank, int? VectorRank);
