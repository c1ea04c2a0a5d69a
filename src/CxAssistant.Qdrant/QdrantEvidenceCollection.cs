using CxAssistant.Data.Memory;
using CxAssistant.Data.Memory.Search;
using Grpc.Core;
using Microsoft.Extensions.VectorData;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace CxAssistant.Qdrant;

/// <summary>
/// Evidence chunks in one Qdrant collection through the official <see cref="QdrantClient"/> (gRPC): a named dense
/// vector
/// (<see cref="DenseVectorName"/>, cosine) and a named sparse vector (<see cref="KeywordVectorName"/>, FTS5's BM25
/// weights, see <see cref="KeywordSparseEncoder"/>) per point, the record's data fields as payload with an index on
/// every field the product
/// filters by, and strict mode on so a filter on an unindexed field is refused instead of scanned. Point ids are the
/// records' deterministic keys, so upserts are idempotent. Hybrid search runs inside Qdrant (Query API: a dense and a
/// sparse prefetch fused by reciprocal rank fusion).
/// </summary>
public sealed partial class QdrantEvidenceCollection
    : VectorStoreCollection<Guid, EvidenceChunkRecord>,
        IKeywordHybridSearchable<EvidenceChunkRecord>
{
    public const string DenseVectorName = "dense";
    public const string KeywordVectorName = "keywords";

    /// <summary>
    /// Collection metadata key holding the average chunk length (tokens) the BM25 weights were computed with.
    /// </summary>
    public const string AverageLengthKey = "cx_keyword_average_length";

    private readonly QdrantConnection _connection;
    private readonly KeywordSparseEncoder _encoder;
    private double? _averageLength;

    internal QdrantEvidenceCollection(
        QdrantConnection connection,
        string name,
        int dimensions,
        KeywordTokenizer tokenizer
    )
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        _connection = connection;
        _encoder = new KeywordSparseEncoder(tokenizer);
        Name = name;
        Dimensions = dimensions;
    }

    public override string Name { get; }

    public int Dimensions { get; }

    private QdrantClient Client => _connection.Client;

    public override Task<bool> CollectionExistsAsync(CancellationToken cancellationToken = default) =>
        CallAsync("collection exists", () => Client.CollectionExistsAsync(Name, cancellationToken), cancellationToken);

    public override async Task EnsureCollectionExistsAsync(CancellationToken cancellationToken = default)
    {
        if (!await CollectionExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await CallAsync(
                        "create collection",
                        () => Client.CreateCollectionAsync(Definition(), cancellationToken),
                        cancellationToken
                    )
                    .ConfigureAwait(false);
            }
            catch (QdrantStoreException)
            {
                // Another writer (or a retried call whose first attempt landed) may have created it first.
                if (!await CollectionExistsAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw;
                }
            }
        }
        var info = await CallAsync(
                "get collection",
                () => Client.GetCollectionInfoAsync(Name, cancellationToken),
                cancellationToken
            )
            .ConfigureAwait(false);
        CheckSchema(info);
        var indexed = QdrantPayload.Fields.Values.Append(
            new QdrantPayload.Field(QdrantPayload.TermsKey, PayloadSchemaType.Integer)
        );
        foreach (var field in indexed.Where(f => f.Index is not null && !info.PayloadSchema.ContainsKey(f.Key)))
        {
            await CallAsync(
                    "create payload index",
                    () =>
                        Client.CreatePayloadIndexAsync(
                            Name,
                            field.Key,
                            field.Index!.Value,
                            wait: true,
                            cancellationToken: cancellationToken
                        ),
                    cancellationToken
                )
                .ConfigureAwait(false);
        }
        if (info.Config.Metadata.TryGetValue(AverageLengthKey, out var length) && length.HasDoubleValue)
        {
            _averageLength = length.DoubleValue;
        }
    }

    public override Task EnsureCollectionDeletedAsync(CancellationToken cancellationToken = default) =>
        CallAsync(
            "delete collection",
            async () =>
            {
                if (await Client.CollectionExistsAsync(Name, cancellationToken).ConfigureAwait(false))
                {
                    await Client
                        .DeleteCollectionAsync(Name, cancellationToken: cancellationToken)
                        .ConfigureAwait(false);
                }
                _averageLength = null;
            },
            cancellationToken
        );

    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }
        if (serviceType == typeof(VectorStoreCollectionMetadata))
        {
            return new VectorStoreCollectionMetadata
            {
                VectorStoreSystemName = QdrantEvidenceStore.SystemName,
                VectorStoreName = _connection.Address.ToString(),
                CollectionName = Name,
            };
        }
        return serviceType == typeof(QdrantClient) ? Client
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    private CreateCollection Definition() =>
        new()
        {
            CollectionName = Name,
            VectorsConfig = new VectorsConfig
            {
                ParamsMap = new VectorParamsMap
                {
                    Map =
                    {
                        [DenseVectorName] = new VectorParams { Size = (ulong)Dimensions, Distance = Distance.Cosine },
                    },
                },
            },
            // No IDF modifier: the query carries FTS5's IDF, counted over the term field (see KeywordSparseEncoder).
            SparseVectorsConfig = new SparseVectorConfig { Map = { [KeywordVectorName] = new SparseVectorParams() } },
            // Strict mode: filtering on a field without a payload index is refused (Qdrant docs, "Strict mode").
            StrictModeConfig = new StrictModeConfig
            {
                Enabled = true,
                UnindexedFilteringRetrieve = false,
                UnindexedFilteringUpdate = false,
            },
        };

    private void CheckSchema(CollectionInfo info)
    {
        var parameters = info.Config.Params;
        var dense = parameters.VectorsConfig?.ParamsMap?.Map.TryGetValue(DenseVectorName, out var d) == true ? d : null;
        var hasSparse = parameters.SparseVectorsConfig?.Map.ContainsKey(KeywordVectorName) == true;
        if (dense is null || !hasSparse)
        {
            throw new QdrantStoreException(
                $"Qdrant collection '{Name}' at {_connection.Address} was not made by "
                    + $"CxAssistant (it lacks the named vectors "
                    + $"'{DenseVectorName}' and '{KeywordVectorName}'). Choose another "
                    + $"CxAssistant:VectorStore:Qdrant:CollectionName.",
                StatusCode.FailedPrecondition
            )
            {
                CollectionName = Name,
                OperationName = "check collection",
            };
        }
        if (dense.Size != (ulong)Dimensions || dense.Distance != Distance.Cosine)
        {
            throw new QdrantStoreException(
                $"Qdrant collection '{Name}' holds {dense.Size}-dimensional "
                    + $"{dense.Distance} vectors; this embedding model makes "
                    + $"{Dimensions}-dimensional cosine ones. Use another collection name or "
                    + $"delete the collection and re-index.",
                StatusCode.FailedPrecondition
            )
            {
                CollectionName = Name,
                OperationName = "check collection",
            };
        }
    }

    private async Task<T> CallAsync<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e) when (Translate(e, operation, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    private async Task CallAsync(string operation, Func<Task> call, CancellationToken cancellationToken) =>
        await CallAsync(
                operation,
                async () =>
                {
                    await call().ConfigureAwait(false);
                    return true;
                },
                cancellationToken
            )
            .ConfigureAwait(false);

    /// <summary>
    /// gRPC failures as <see cref="QdrantStoreException"/>. The channel reports both the caller's cancellation and an
    /// expired deadline as <see cref="OperationCanceledException"/>; only the first stays one.
    /// </summary>
    private QdrantStoreException? Translate(Exception e, string operation, CancellationToken cancellationToken) =>
        e switch
        {
            RpcException rpc => QdrantStoreException.From(rpc, operation, Name, _connection.Address),
            OperationCanceledException when !cancellationToken.IsCancellationRequested => QdrantStoreException.From(
                new RpcException(
                    new Status(StatusCode.DeadlineExceeded, $"no answer within {_connection.Options.Timeout}")
                ),
                operation,
                Name,
                _connection.Address
            ),
            QdrantException client => new QdrantStoreException(
                $"Qdrant {operation} on collection '{Name}' at {_connection.Address} failed: {client.Message}",
                StatusCode.Unknown,
                client
            )
            {
                CollectionName = Name,
                OperationName = operation,
            },
            _ => null,
        };
}
