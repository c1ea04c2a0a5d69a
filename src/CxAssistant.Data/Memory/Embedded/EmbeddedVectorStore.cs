using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.VectorData;

namespace CxAssistant.Data.Memory.Embedded;

/// <summary>
/// The default, in-process vector store: one <c>.cxvec</c> file per collection in a folder (the workspace).
/// Collections are cached per name so every caller sees the same in-memory state. Only
/// <see cref="EvidenceChunkRecord"/> collections keyed by <see cref="Guid"/> are supported.
/// </summary>
public sealed class EmbeddedVectorStore : Microsoft.Extensions.VectorData.VectorStore
{
    public const string SystemName = "cx-embedded";

    private readonly string _folder;
    private readonly EmbeddedVectorStoreOptions _options;
    private readonly ConcurrentDictionary<string, EmbeddedVectorCollection> _collections = new(StringComparer.Ordinal);

    public EmbeddedVectorStore(string folder, EmbeddedVectorStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = folder;
        _options = options ?? new EmbeddedVectorStoreOptions();
    }

    /// <summary>
    /// The typed collection, without the generic ceremony of <see cref="GetCollection{TKey, TRecord}"/>.
    /// </summary>
    public EmbeddedVectorCollection GetEvidenceCollection(string name) =>
        _collections.GetOrAdd(CollectionNames.Validate(name), n => new EmbeddedVectorCollection(_folder, n, _options));

    public override VectorStoreCollection<TKey, TRecord> GetCollection<TKey, TRecord>(
        string name,
        VectorStoreCollectionDefinition? definition = null
    )
    {
        if (typeof(TKey) != typeof(Guid) || typeof(TRecord) != typeof(EvidenceChunkRecord) || definition is not null)
        {
            throw new NotSupportedException(
                $"The embedded store holds {nameof(EvidenceChunkRecord)} collections keyed by Guid only."
            );
        }
        return (VectorStoreCollection<TKey, TRecord>)(object)GetEvidenceCollection(name);
    }

    public override VectorStoreCollection<object, Dictionary<string, object?>> GetDynamicCollection(
        string name,
        VectorStoreCollectionDefinition definition
    ) => throw new NotSupportedException("The embedded store has no dynamic (schema-less) collections.");

    public override async IAsyncEnumerable<string> ListCollectionNamesAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken = default
    )
    {
        if (!Directory.Exists(_folder))
        {
            yield break;
        }
        foreach (
            var file in Directory
                .EnumerateFiles(_folder, "*" + EmbeddedVectorCollection.FileExtension)
                .Order(StringComparer.Ordinal)
        )
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return Path.GetFileNameWithoutExtension(file);
        }
    }

    public override Task<bool> CollectionExistsAsync(string name, CancellationToken cancellationToken = default) =>
        GetEvidenceCollection(name).CollectionExistsAsync(cancellationToken);

    public override Task EnsureCollectionDeletedAsync(string name, CancellationToken cancellationToken = default) =>
        GetEvidenceCollection(name).EnsureCollectionDeletedAsync(cancellationToken);

    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }
        if (serviceType == typeof(VectorStoreMetadata))
        {
            return new VectorStoreMetadata { VectorStoreSystemName = SystemName };
        }
        return serviceType.IsInstanceOfType(this) ? this : null;
    }
}
