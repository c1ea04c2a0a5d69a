using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using CxAssistant.Data.Memory;
using Microsoft.Extensions.VectorData;
using Qdrant.Client.Grpc;

namespace CxAssistant.Qdrant;

public sealed partial class QdrantEvidenceCollection
{
    public override async Task<EvidenceChunkRecord?> GetAsync(
        Guid key,
        RecordRetrievalOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        await foreach (var record in GetAsync([key], options, cancellationToken).ConfigureAwait(false))
        {
            return record;
        }
        return null;
    }

    public override async IAsyncEnumerable<EvidenceChunkRecord> GetAsync(
        IEnumerable<Guid> keys,
        RecordRetrievalOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var batch in keys.Chunk(_connection.Options.BatchSize))
        {
            var ids = batch.Select(k => (PointId)k).ToList();
            var points = await CallAsync(
                    "retrieve points",
                    () =>
                        Client.RetrieveAsync(
                            Name,
                            ids,
                            RecordPayload,
                            Vectors(options?.IncludeVectors ?? false),
                            cancellationToken: cancellationToken
                        ),
                    cancellationToken
                )
                .ConfigureAwait(false);
            foreach (var point in points)
            {
                yield return ToRecord(point.Id, point.Payload, point.Vectors);
            }
        }
    }

    /// <summary>
    /// Records passing <paramref name="filter"/>, paged through Qdrant's scroll API (ordered by point id); <c>r =&gt;
    /// true</c>
    /// lists the whole collection. Ordering by a field is not supported.
    /// </summary>
    public override async IAsyncEnumerable<EvidenceChunkRecord> GetAsync(
        Expression<Func<EvidenceChunkRecord, bool>> filter,
        int top,
        FilteredRecordRetrievalOptions<EvidenceChunkRecord>? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        if (options?.OrderBy is not null)
        {
            throw new NotSupportedException(
                "Qdrant adapter: OrderBy is not supported; results come in point-id order."
            );
        }
        var qdrantFilter = QdrantFilterTranslator.Translate(filter);
        var skip = options?.Skip ?? 0;
        var wanted = (long)top + skip;
        var seen = 0L;
        PointId? offset = null;
        do
        {
            var limit = (uint)Math.Min(_connection.Options.BatchSize, wanted - seen);
            var page = await CallAsync(
                    "scroll points",
                    () =>
                        Client.ScrollAsync(
                            Name,
                            qdrantFilter,
                            limit,
                            offset,
                            RecordPayload,
                            Vectors(options?.IncludeVectors ?? false),
                            cancellationToken: cancellationToken
                        ),
                    cancellationToken
                )
                .ConfigureAwait(false);
            foreach (var point in page.Result)
            {
                if (seen++ >= skip)
                {
                    yield return ToRecord(point.Id, point.Payload, point.Vectors);
                }
            }
            offset = page.NextPageOffset;
        } while (offset is not null && seen < wanted);
    }

    public override Task DeleteAsync(Guid key, CancellationToken cancellationToken = default) =>
        DeleteAsync([key], cancellationToken);

    public override async Task DeleteAsync(IEnumerable<Guid> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var batch in keys.Chunk(_connection.Options.BatchSize))
        {
            await CallAsync(
                    "delete points",
                    () => Client.DeleteAsync(Name, batch, wait: true, cancellationToken: cancellationToken),
                    cancellationToken
                )
                .ConfigureAwait(false);
        }
    }

    public override Task UpsertAsync(EvidenceChunkRecord record, CancellationToken cancellationToken = default) =>
        UpsertAsync([record], cancellationToken);

    /// <summary>
    /// Writes records in batches of <see cref="QdrantOptions.BatchSize"/> points, each with its dense vector, its BM25
    /// sparse vector and its payload, waiting for each batch to be applied (read-your-writes). A failing batch throws;
    /// the batches before it stay written, and re-running is safe because point ids are the records' keys.
    /// </summary>
    public override async Task UpsertAsync(
        IEnumerable<EvidenceChunkRecord> records,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(records);
        var all = records as IReadOnlyList<EvidenceChunkRecord> ?? [.. records];
        if (all.Count == 0)
        {
            return;
        }
        var averageLength = await AverageLengthAsync(all, cancellationToken).ConfigureAwait(false);
        foreach (var batch in all.Chunk(_connection.Options.BatchSize))
        {
            var texts = batch.Select(r => r.Text).ToList();
            var keywords = _encoder.Documents(texts, averageLength, cancellationToken);
            var points = new List<PointStruct>(batch.Length);
            for (var i = 0; i < batch.Length; i++)
            {
                points.Add(ToPoint(batch[i], keywords[i]));
            }
            await CallAsync(
                    "upsert points",
                    () => Client.UpsertAsync(Name, points, wait: true, cancellationToken: cancellationToken),
                    cancellationToken
                )
                .ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Counts points passing <paramref name="filter"/> exactly (not part of the VectorData abstraction).
    /// </summary>
    public Task<ulong> CountAsync(
        Expression<Func<EvidenceChunkRecord, bool>>? filter = null,
        CancellationToken cancellationToken = default
    ) =>
        CallAsync(
            "count points",
            () =>
                Client.CountAsync(
                    Name,
                    QdrantFilterTranslator.Translate(filter),
                    exact: true,
                    cancellationToken: cancellationToken
                ),
            cancellationToken
        );

    /// <summary>
    /// The average chunk length BM25 normalises by: read from the collection's metadata, or learnt from the first
    /// upsert
    /// call's records and stored there, so every later write (and every process) weighs terms the same way.
    /// </summary>
    private async Task<double> AverageLengthAsync(
        IReadOnlyList<EvidenceChunkRecord> first,
        CancellationToken cancellationToken
    )
    {
        if (_averageLength is { } known)
        {
            return known;
        }
        var info = await CallAsync(
                "get collection",
                () => Client.GetCollectionInfoAsync(Name, cancellationToken),
                cancellationToken
            )
            .ConfigureAwait(false);
        if (info.Config.Metadata.TryGetValue(AverageLengthKey, out var stored) && stored.HasDoubleValue)
        {
            return (_averageLength = stored.DoubleValue).Value;
        }
        var lengths = _encoder.Lengths([.. first.Select(r => r.Text)], cancellationToken);
        var average = Math.Max(1, lengths.Count == 0 ? 1 : lengths.Average());
        await CallAsync(
                "update collection metadata",
                () =>
                    Client.UpdateCollectionAsync(
                        Name,
                        new Dictionary<string, Value> { [AverageLengthKey] = average },
                        cancellationToken: cancellationToken
                    ),
                cancellationToken
            )
            .ConfigureAwait(false);
        return (_averageLength = average).Value;
    }

    private static PointStruct ToPoint(EvidenceChunkRecord record, KeywordSparseEncoder.Document keywords)
    {
        var dense = new DenseVector();
        dense.Data.Add(record.Embedding.ToArray());
        var point = new PointStruct
        {
            Id = record.Key,
            Vectors = new Vectors
            {
                Vectors_ = new NamedVectors
                {
                    Vectors =
                    {
                        [DenseVectorName] = new Vector { Dense = dense },
                        [KeywordVectorName] = new Vector { Sparse = keywords.Vector },
                    },
                },
            },
        };
        QdrantPayload.Write(record, point.Payload);
        point.Payload[QdrantPayload.TermsKey] = new Value
        {
            ListValue = new ListValue { Values = { keywords.Terms.Select(t => new Value { IntegerValue = t }) } },
        };
        return point;
    }

    /// <summary>The record's fields: everything but the term list, which only serves Qdrant's counts.</summary>
    private static WithPayloadSelector RecordPayload =>
        new() { Exclude = new PayloadExcludeSelector { Fields = { QdrantPayload.TermsKey } } };

    private static WithVectorsSelector Vectors(bool include) => include ? new[] { DenseVectorName } : false;

    private static EvidenceChunkRecord ToRecord(
        PointId id,
        Google.Protobuf.Collections.MapField<string, Value> payload,
        VectorsOutput? vectors
    )
    {
        var record = QdrantPayload.Read(id, payload);
        if (vectors?.Vectors?.Vectors.TryGetValue(DenseVectorName, out var dense) == true)
        {
            // Servers fill `dense`; older ones the deprecated flat `data`, still read for them.
#pragma warning disable CS0612
            record.Embedding = (dense.Dense?.Data ?? dense.Data).ToArray();
#pragma warning restore CS0612
        }
        return record;
    }
}
