using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.VectorData;

namespace CxAssistant.Data.Memory;

/// <summary>
/// One embedded, PII-redacted chunk of an evidence record, as stored in a vector store (embedded or Qdrant).
/// The key is a <see cref="Guid"/> because Qdrant only accepts UUIDs or unsigned integers as point ids; it is a
/// name-based UUID v5 of <see cref="ChunkId"/> (see <see cref="PointIdFor(string, int)"/>), so re-ingesting the
/// same chunk overwrites it instead of duplicating it.
/// </summary>
/// <remarks>
/// A mutable class rather than a record: VectorData creates and fills instances by reflection.
/// Filterable fields are flat scalars or string lists so every store can index them the same way.
/// </remarks>
public sealed class EvidenceChunkRecord
{
    /// <summary>
    /// Embedding width of the offline generator; model-backed generators must be configured to match.
    /// </summary>
    public const int Dimensions = 384;

    [VectorStoreKey]
    public Guid Key { get; set; }

    /// <summary>Human-readable id: evidence id + "#" + chunk index.</summary>
    [VectorStoreData]
    public string ChunkId { get; set; } = "";

    [VectorStoreData(IsIndexed = true)]
    public string EvidenceId { get; set; } = "";

    [VectorStoreData]
    public int ChunkIndex { get; set; }

    /// <summary>The record's id in its source file (a column value or a row number), shown beside a quote.</summary>
    [VectorStoreData]
    public string RecordId { get; set; } = "";

    /// <summary>Line of the record in its source file.</summary>
    [VectorStoreData]
    public int Line { get; set; }

    /// <summary>
    /// The redacted chunk text; what chat and reports may quote. Full-text indexed: the keyword side of hybrid search
    /// (FTS5 in the embedded store, a sparse vector in Qdrant).
    /// </summary>
    [VectorStoreData(IsFullTextIndexed = true)]
    public string Text { get; set; } = "";

    /// <summary>Start of the chunk in the (redacted) record text; [Start, End) spans <see cref="Text"/>.</summary>
    [VectorStoreData]
    public int Start { get; set; }

    [VectorStoreData]
    public int End { get; set; }

    /// <summary>Where the record came from (file name or source label).</summary>
    [VectorStoreData(IsIndexed = true)]
    public string Source { get; set; } = "";

    /// <summary>Channel name in lower case (survey, review, support, transcript…).</summary>
    [VectorStoreData(IsIndexed = true)]
    public string Channel { get; set; } = "";

    [VectorStoreData(IsIndexed = true)]
    public string? CustomerId { get; set; }

    /// <summary>
    /// When the feedback was given, as Unix milliseconds (UTC); numeric so every store can range-filter it.
    /// </summary>
    [VectorStoreData(IsIndexed = true)]
    public long? TimestampUnixMs { get; set; }

    /// <summary>Touchpoint ids the record was linked to.</summary>
    [VectorStoreData(IsIndexed = true)]
    public List<string> Touchpoints { get; set; } = [];

    /// <summary>Sentiment label: positive, neutral or negative (null when not annotated).</summary>
    [VectorStoreData(IsIndexed = true)]
    public string? Sentiment { get; set; }

    /// <summary>Segment label (plan, region, persona…) when the analysis assigned one.</summary>
    [VectorStoreData(IsIndexed = true)]
    public string? Segment { get; set; }

    /// <summary>L2-normalised embedding of the chunk's embedding text (context prefix + text).</summary>
    [VectorStoreVector(Dimensions, DistanceFunction = DistanceFunction.CosineSimilarity)]
    public ReadOnlyMemory<float> Embedding { get; set; }

    /// <summary>The chunk id used for display and for deriving <see cref="Key"/>.</summary>
    public static string ChunkIdFor(string evidenceId, int chunkIndex) =>
        evidenceId + "#" + chunkIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Deterministic UUID v5 (RFC 9562, SHA-1, name-based) of <see cref="ChunkIdFor"/>.</summary>
    public static Guid PointIdFor(string evidenceId, int chunkIndex) =>
        NameBasedGuid(ChunkIdFor(evidenceId, chunkIndex));

    /// <summary>Converts a timestamp to the stored form.</summary>
    public static long? ToUnixMs(DateTimeOffset? timestamp) => timestamp?.ToUnixTimeMilliseconds();

    // A fixed namespace so ids are stable across machines and versions; changing it re-keys every store.
    private static readonly Guid ChunkNamespace = new("5b7f1c2e-8d3a-4e61-9f0b-2c4d6e8a1b3c");

    private static Guid NameBasedGuid(string name)
    {
        // Heap buffer: ids come from user files and may be long.
        var input = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        ChunkNamespace.TryWriteBytes(input, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, input.AsSpan(16));
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(hash[..16], bigEndian: true);
    }

    /// <summary>Builds a record for a chunk; the embedding is filled in by the caller.</summary>
    public static EvidenceChunkRecord ForChunk(string evidenceId, int chunkIndex) =>
        new()
        {
            Key = PointIdFor(evidenceId, chunkIndex),
            ChunkId = ChunkIdFor(evidenceId, chunkIndex),
            EvidenceId = evidenceId,
            ChunkIndex = chunkIndex,
        };
}
