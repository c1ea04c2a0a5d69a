using Microsoft.Extensions.VectorData;

namespace CxAssistant.Engine.Memory.Qdrant;

/// <summary>
/// The Qdrant-backed evidence memory. Only <see cref="EvidenceChunkRecord"/> keyed by <see cref="Guid"/> is supported:
/// the payload mapping is explicit rather than reflective so filters and payload indexes stay in step.
/// </summary>
public sealed class QdrantVectorStore : VectorStore
{
    private readonly QdrantRestClient _client;

    public QdrantVectorStore(QdrantRestClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <summary>The configured collection (Qdrant:CollectionName).</summary>
    public QdrantVectorCollection GetEvidenceCollection() => new(_client, _client.Options.CollectionName);

    public override VectorStoreCollection<TKey, TRecord> GetCollection<TKey, TRecord>(string name, VectorStoreCollectionDefinition? definition = null)
    {
        if (typeof(TKey) != typeof(Guid) || typeof(TRecord) != typeof(EvidenceChunkRecord))
        {
            throw new NotSupportedException($"Qdrant adapter stores {nameof(EvidenceChunkRecord)} keyed by Guid only, not {typeof(TRecord).Name} keyed by {typeof(TKey).Name}.");
        }

        if (definition is not null)
        {
            throw new NotSupportedException("Qdrant adapter: a VectorStoreCollectionDefinition is not supported; the payload mapping is fixed.");
        }

        return (VectorStoreCollection<TKey, TRecord>)(object)new QdrantVectorCollection(_client, name);
    }

    public override VectorStoreCollection<object, Dictionary<string, object?>> GetDynamicCollection(string name, VectorStoreCollectionDefinition definition) =>
        throw new NotSupportedException("Qdrant adapter: dynamic collections are not supported.");

    public override async IAsyncEnumerable<string> ListCollectionNamesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var name in await _client.ListCollectionsAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return name;
        }
    }

    public override async Task<bool> CollectionExistsAsync(string name, CancellationToken cancellationToken = default) =>
        await _client.GetCollectionAsync(name, cancellationToken).ConfigureAwait(false) is not null;

    public override Task EnsureCollectionDeletedAsync(string name, CancellationToken cancellationToken = default) =>
        _client.DeleteCollectionAsync(name, cancellationToken);

    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(VectorStoreMetadata) ? new VectorStoreMetadata { VectorStoreSystemName = "qdrant" }
            : serviceType == typeof(QdrantRestClient) ? _client
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }
}
