using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace CxAssistant.Engine.Memory.Qdrant;

/// <summary>
/// Evidence chunks in one Qdrant collection (one unnamed cosine vector per point, payload = the record's data fields).
/// Search takes a ready embedding (<see cref="ReadOnlyMemory{T}"/> of float, float[] or <see cref="Embedding{T}"/>);
/// embedding text is the caller's job so the same generator serves the embedded store and Qdrant.
/// </summary>
public sealed class QdrantVectorCollection : VectorStoreCollection<Guid, EvidenceChunkRecord>
{
    private readonly QdrantRestClient _client;
    private readonly int _dimensions;
    private readonly int _batchSize;

    public QdrantVectorCollection(QdrantRestClient client, string name, int dimensions = EvidenceChunkRecord.Dimensions)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        _client = client;
        Name = name;
        _dimensions = dimensions;
        _batchSize = client.Options.BatchSize;
    }

    public override string Name { get; }

    public override async Task<bool> CollectionExistsAsync(CancellationToken cancellationToken = default) =>
        await _client.GetCollectionAsync(Name, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Creates the collection and its payload indexes, or checks an existing one has our vector size and distance.</summary>
    public override async Task EnsureCollectionExistsAsync(CancellationToken cancellationToken = default)
    {
        var info = await _client.GetCollectionAsync(Name, cancellationToken).ConfigureAwait(false);
        if (info is null)
        {
            await _client.CreateCollectionAsync(Name, _dimensions, cancellationToken).ConfigureAwait(false);
        }
        else if (info.VectorSize != _dimensions || !string.Equals(info.Distance, "Cosine", StringComparison.OrdinalIgnoreCase))
        {
            throw new QdrantException(
                $"Qdrant collection '{Name}' has vector size {info.VectorSize?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(named vectors)"} " +
                $"and distance {info.Distance ?? "(unknown)"}, but the evidence memory needs size {_dimensions} with Cosine. " +
                "Use another Qdrant:CollectionName or delete the collection and re-ingest.")
            {
                CollectionName = Name,
                OperationName = "ensure collection",
                VectorStoreSystemName = "qdrant",
            };
        }

        // Creating an index that exists is a no-op in Qdrant, so this also repairs collections made by older versions.
        foreach (var (key, schema) in QdrantPointMapper.Fields.Values)
        {
            if (schema is not null)
            {
                await _client.CreatePayloadIndexAsync(Name, key, schema, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public override Task EnsureCollectionDeletedAsync(CancellationToken cancellationToken = default) =>
        _client.DeleteCollectionAsync(Name, cancellationToken);

    public override async Task<EvidenceChunkRecord?> GetAsync(Guid key, RecordRetrievalOptions? options = null, CancellationToken cancellationToken = default)
    {
        var points = await _client.GetPointsAsync(Name, [QdrantPointMapper.IdOf(key)], options?.IncludeVectors ?? false, cancellationToken).ConfigureAwait(false);
        return points.Count == 0 ? null : QdrantPointMapper.FromPoint(points[0]!);
    }

    public override async IAsyncEnumerable<EvidenceChunkRecord> GetAsync(IEnumerable<Guid> keys, RecordRetrievalOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var chunk in keys.Chunk(_batchSize))
        {
            var ids = new JsonArray(chunk.Select(k => (JsonNode?)QdrantPointMapper.IdOf(k)).ToArray());
            var points = await _client.GetPointsAsync(Name, ids, options?.IncludeVectors ?? false, cancellationToken).ConfigureAwait(false);
            foreach (var point in points)
            {
                yield return QdrantPointMapper.FromPoint(point!);
            }
        }
    }

    /// <summary>Filtered retrieval by scrolling; OrderBy is not supported because scroll order is by point id.</summary>
    public override async IAsyncEnumerable<EvidenceChunkRecord> GetAsync(Expression<Func<EvidenceChunkRecord, bool>> filter, int top, FilteredRecordRetrievalOptions<EvidenceChunkRecord>? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        if (options?.OrderBy is not null)
        {
            throw new NotSupportedException("Qdrant adapter: GetAsync with OrderBy is not supported; results come in point-id order.");
        }

        var skip = options?.Skip ?? 0;
        var returned = 0;
        await foreach (var record in ScrollAsync(filter, _batchSize, options?.IncludeVectors ?? false, cancellationToken).ConfigureAwait(false))
        {
            if (skip > 0)
            {
                skip--;
                continue;
            }

            yield return record;
            if (++returned == top)
            {
                yield break;
            }
        }
    }

    public override Task DeleteAsync(Guid key, CancellationToken cancellationToken = default) =>
        _client.DeletePointsAsync(Name, [QdrantPointMapper.IdOf(key)], cancellationToken);

    public override async Task DeleteAsync(IEnumerable<Guid> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var chunk in keys.Chunk(_batchSize))
        {
            var ids = new JsonArray(chunk.Select(k => (JsonNode?)QdrantPointMapper.IdOf(k)).ToArray());
            await _client.DeletePointsAsync(Name, ids, cancellationToken).ConfigureAwait(false);
        }
    }

    public override Task UpsertAsync(EvidenceChunkRecord record, CancellationToken cancellationToken = default) =>
        UpsertAsync([record], cancellationToken);

    /// <summary>Upserts in batches of Qdrant:BatchSize, each with wait=true; a failed batch throws and later batches are not sent.</summary>
    public override async Task UpsertAsync(IEnumerable<EvidenceChunkRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var chunk in records.Chunk(_batchSize))
        {
            var points = new JsonArray(chunk.Select(r => (JsonNode?)QdrantPointMapper.ToPoint(r, _dimensions)).ToArray());
            await _client.UpsertAsync(Name, points, cancellationToken).ConfigureAwait(false);
        }
    }

    public override async IAsyncEnumerable<VectorSearchResult<EvidenceChunkRecord>> SearchAsync<TInput>(TInput searchValue, int top, VectorSearchOptions<EvidenceChunkRecord>? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var vector = searchValue switch
        {
            ReadOnlyMemory<float> m => m,
            float[] a => a,
            Embedding<float> e => e.Vector,
            _ => throw new NotSupportedException($"Qdrant adapter: search takes ReadOnlyMemory<float>, float[] or Embedding<float>, not {typeof(TInput).Name}; embed text with the configured IEmbeddingGenerator first."),
        };
        if (vector.Length != _dimensions)
        {
            throw new ArgumentException($"Search vector has {vector.Length} dimensions; collection '{Name}' has {_dimensions}.", nameof(searchValue));
        }

        var body = new JsonObject
        {
            ["query"] = new JsonArray(vector.ToArray().Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
            ["limit"] = top,
            ["with_payload"] = true,
            ["with_vector"] = options?.IncludeVectors ?? false,
        };
        if (options?.Skip is > 0)
        {
            body["offset"] = options.Skip;
        }

        if (options?.ScoreThreshold is { } threshold)
        {
            body["score_threshold"] = threshold;
        }

        if (options?.Filter is { } filter)
        {
            body["filter"] = QdrantFilterTranslator.Translate(filter);
        }

        foreach (var hit in await _client.QueryAsync(Name, body, cancellationToken).ConfigureAwait(false))
        {
            yield return new VectorSearchResult<EvidenceChunkRecord>(QdrantPointMapper.FromPoint(hit!), hit!["score"]?.GetValue<double>());
        }
    }

    /// <summary>Exact number of points, optionally filtered (same filter language as search).</summary>
    public Task<long> CountAsync(Expression<Func<EvidenceChunkRecord, bool>>? filter = null, CancellationToken cancellationToken = default) =>
        _client.CountAsync(Name, filter is null ? null : QdrantFilterTranslator.Translate(filter), cancellationToken);

    /// <summary>Every matching point, fetched in pages of <paramref name="pageSize"/> following next_page_offset.</summary>
    public async IAsyncEnumerable<EvidenceChunkRecord> ScrollAsync(Expression<Func<EvidenceChunkRecord, bool>>? filter = null, int pageSize = 256, bool includeVectors = false, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var translated = filter is null ? null : QdrantFilterTranslator.Translate(filter);
        JsonNode? offset = null;
        do
        {
            var body = new JsonObject { ["limit"] = pageSize, ["with_payload"] = true, ["with_vector"] = includeVectors };
            if (offset is not null)
            {
                body["offset"] = offset;
            }

            if (translated is not null)
            {
                body["filter"] = translated.DeepClone();
            }

            var (points, next) = await _client.ScrollAsync(Name, body, cancellationToken).ConfigureAwait(false);
            foreach (var point in points)
            {
                yield return QdrantPointMapper.FromPoint(point!);
            }

            offset = next;
        }
        while (offset is not null && offset.GetValueKind() != System.Text.Json.JsonValueKind.Null);
    }

    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(VectorStoreCollectionMetadata) ? new VectorStoreCollectionMetadata { VectorStoreSystemName = "qdrant", CollectionName = Name }
            : serviceType == typeof(QdrantRestClient) ? _client
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }
}
