using CxAssistant.Core.Evidence;
using CxAssistant.Core.Privacy;
using CxAssistant.Data.Chunking;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace CxAssistant.Data.Memory.Embedded;

/// <summary>
/// Evidence records → redacted chunks → embeddings → upserts into any VectorData collection (embedded or Qdrant).
/// Redaction happens before chunking, so stored offsets and text refer to the redacted text, and the context
/// prefix (speaker names, headings) is redacted too because it is sent to the embedding model.
/// </summary>
public sealed class EvidenceIndexer(
    IEmbeddingGenerator<string, Embedding<float>> generator,
    PiiRedactor? redactor = null,
    ChunkingOptions? chunking = null
)
{
    private const int BatchSize = 256;
    private readonly PiiRedactor _redactor = redactor ?? new PiiRedactor();

    /// <summary>
    /// Chunks per <c>UpsertAsync</c> call. The embedded store rewrites its file on every write, so a bulk refresh
    /// raises
    /// this to write once; Qdrant splits large upserts into requests itself.
    /// </summary>
    public int UpsertBatchSize { get; init; } = BatchSize;

    /// <summary>Embedding batches in flight at once (1 = one after another).</summary>
    public int EmbeddingConcurrency { get; init; } = 1;

    /// <summary>
    /// Builds the records (without embeddings) for one evidence record; <paramref name="touchpoints"/> are linked
    /// touchpoint ids.
    /// </summary>
    public IReadOnlyList<(EvidenceChunkRecord Record, string EmbeddingText)> Prepare(
        EvidenceRecord evidence,
        IReadOnlyList<string>? touchpoints = null,
        string? sentiment = null,
        string? segment = null
    )
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var redacted = evidence with { Text = _redactor.Redact(evidence.Text).Text };
        var result = new List<(EvidenceChunkRecord, string)>();
        foreach (var chunk in EvidenceChunker.Chunk(redacted, chunking))
        {
            var record = EvidenceChunkRecord.ForChunk(evidence.Id, chunk.Index);
            record.RecordId = evidence.RecordId;
            record.Line = evidence.Source.Line;
            record.Text = chunk.Text;
            record.Start = chunk.Start;
            record.End = chunk.End;
            record.Source = Path.GetFileName(evidence.Source.File);
            record.Channel = evidence.Channel.ToString().ToLowerInvariant();
            record.CustomerId = evidence.CustomerId;
            record.TimestampUnixMs = EvidenceChunkRecord.ToUnixMs(evidence.Timestamp);
            record.Touchpoints = [.. touchpoints ?? []];
            record.Sentiment = sentiment;
            record.Segment = segment;
            var prefix = chunk.ContextPrefix is null ? null : _redactor.Redact(chunk.ContextPrefix).Text;
            result.Add((record, prefix is null ? chunk.Text : prefix + "\n" + chunk.Text));
        }
        return result;
    }

    /// <summary>Embeds prepared records in batches and upserts them; returns how many chunks were written.</summary>
    public async Task<int> IndexAsync(
        VectorStoreCollection<Guid, EvidenceChunkRecord> collection,
        IEnumerable<(EvidenceChunkRecord Record, string EmbeddingText)> prepared,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(prepared);
        var written = 0;
        foreach (var upsert in prepared.Chunk(Math.Max(UpsertBatchSize, 1)))
        {
            var parallel = new ParallelOptions
            {
                MaxDegreeOfParallelism = Math.Max(EmbeddingConcurrency, 1),
                CancellationToken = cancellationToken,
            };
            await Parallel
                .ForEachAsync(upsert.Chunk(BatchSize), parallel, async (batch, ct) =>
                {
                    var embeddings = await generator
                        .GenerateAsync(batch.Select(b => b.EmbeddingText), cancellationToken: ct)
                        .ConfigureAwait(false);
                    for (var i = 0; i < batch.Length; i++)
                    {
                        batch[i].Record.Embedding = embeddings[i].Vector;
                    }
                })
                .ConfigureAwait(false);
            await collection.UpsertAsync(upsert.Select(b => b.Record), cancellationToken).ConfigureAwait(false);
            written += upsert.Length;
        }
        return written;
    }
}
