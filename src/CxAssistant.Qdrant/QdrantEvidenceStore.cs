using System.Runtime.CompilerServices;
using CxAssistant.Data.Memory;
using CxAssistant.Data.Memory.Search;
using Grpc.Core;
using Microsoft.Extensions.VectorData;

namespace CxAssistant.Qdrant;

/// <summary>
/// Qdrant as a VectorData <see cref="VectorStore"/> of <see cref="EvidenceChunkRecord"/> collections keyed by
/// <see cref="Guid"/>. Owns its gRPC connection. A collection definition, when given, only sets the embedding width
/// (see <see cref="EvidenceChunkDefinition"/>); the payload mapping is fixed.
/// </summary>
public sealed class QdrantEvidenceStore : VectorStore
{
    public const string SystemName = "qdrant";

    private readonly QdrantConnection _connection;
    private readonly KeywordTokenizer _tokenizer = new();

    public QdrantEvidenceStore(QdrantOptions options, HttpMessageHandler? handler = null)
    {
        _connection = new QdrantConnection(options, handler);
    }

    public QdrantOptions Options => _connection.Options;

    /// <summary>
    /// The configured collection (<see cref="QdrantOptions.CollectionName"/>) at the given embedding width.
    /// </summary>
    public QdrantEvidenceCollection GetEvidenceCollection(int dimensions = EvidenceChunkRecord.Dimensions) =>
        new(_connection, Options.CollectionName, dimensions, _tokenizer);

    public override VectorStoreCollection<TKey, TRecord> GetCollection<TKey, TRecord>(
        string name,
        VectorStoreCollectionDefinition? definition = null
    )
    {
        if (typeof(TKey) != typeof(Guid) || typeof(TRecord) != typeof(EvidenceChunkRecord))
        {
            throw new NotSupportedException(
                $"Qdrant adapter stores {nameof(EvidenceChunkRecord)} keyed by Guid "
                    + $"only, not {typeof(TRecord).Name} keyed by {typeof(TKey).Name}."
            );
        }
        var dimensions = definition?.Properties.OfType<VectorStoreVectorProperty>().SingleOrDefault()?.Dimensions
            ?? EvidenceChunkRecord.Dimensions;
        return (VectorStoreCollection<TKey, TRecord>)
            (object)new QdrantEvidenceCollection(_connection, name, dimensions, _tokenizer);
    }

    public override VectorStoreCollection<object, Dictionary<string, object?>> GetDynamicCollection(
        string name,
        VectorStoreCollectionDefinition definition
    ) => throw new NotSupportedException("Qdrant adapter: dynamic collections are not supported.");

    public override async IAsyncEnumerable<string> ListCollectionNamesAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken = default
    )
    {
        IReadOnlyList<string> names;
        try
        {
            names = await _connection.Client.ListCollectionsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException e)
        {
            throw QdrantStoreException.From(e, "list collections", "*", _connection.Address);
        }
        foreach (var name in names)
        {
            yield return name;
        }
    }

    public override Task<bool> CollectionExistsAsync(string name, CancellationToken cancellationToken = default) =>
        GetCollection<Guid, EvidenceChunkRecord>(name).CollectionExistsAsync(cancellationToken);

    public override Task EnsureCollectionDeletedAsync(string name, CancellationToken cancellationToken = default) =>
        GetCollection<Guid, EvidenceChunkRecord>(name).EnsureCollectionDeletedAsync(cancellationToken);

    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(VectorStoreMetadata)
                ? new VectorStoreMetadata
                {
                    VectorStoreSystemName = SystemName,
                    VectorStoreName = _connection.Address.ToString(),
                }
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _connection.Dispose();
            _tokenizer.Dispose();
        }
        base.Dispose(disposing);
    }
}
