using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace CxAssistant.Data.Memory.Embedded;

/// <summary>
/// A collection of <see cref="EvidenceChunkRecord"/> held in memory and persisted to one binary file
/// (<c>&lt;name&gt;.cxvec</c>) after every write. Search is exact (a full scan, optionally int8 first then a float
/// re-rank) and filters are any LINQ predicate over the record: they are compiled and evaluated per record, so
/// every expression the abstraction allows works here (Qdrant supports a subset). Writes rewrite the whole file;
/// batch them through <c>UpsertAsync(IEnumerable)</c>.
/// </summary>
public sealed class EmbeddedVectorCollection : VectorStoreCollection<Guid, EvidenceChunkRecord>
{
    public const string FileExtension = ".cxvec";

    private readonly Lock _gate = new();
    private readonly string _path;
    private readonly EmbeddedVectorStoreOptions _options;
    private readonly List<EvidenceChunkRecord> _records = [];
    private readonly Dictionary<Guid, int> _slots = [];
    private readonly FlatVectorIndex _index;
    private bool _loaded;

    public EmbeddedVectorCollection(string folder, string name, EmbeddedVectorStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Name = CollectionNames.Validate(name);
        _options = options ?? new EmbeddedVectorStoreOptions();
        _path = Path.Combine(folder, name + FileExtension);
        _index = new FlatVectorIndex(_options.Dimensions, _options.Quantise) { RerankFactor = _options.RerankFactor };
    }

    public override string Name { get; }

    /// <summary>Number of records (not part of the abstraction, which has no count).</summary>
    public Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            EnsureLoaded(cancellationToken);
            return Task.FromResult(_records.Count);
        }
    }

    public override Task<bool> CollectionExistsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(_path));

    public override Task EnsureCollectionExistsAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (File.Exists(_path))
            {
                return Task.CompletedTask;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            Clear();
            _loaded = true;
            Save(cancellationToken);
        }
        return Task.CompletedTask;
    }

    public override Task EnsureCollectionDeletedAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            File.Delete(_path);
            Clear();
            _loaded = false;
        }
        return Task.CompletedTask;
    }

    public override Task<EvidenceChunkRecord?> GetAsync(
        Guid key,
        RecordRetrievalOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        lock (_gate)
        {
            EnsureLoaded(cancellationToken);
            return Task.FromResult(
                _slots.TryGetValue(key, out var slot) ? Copy(slot, options?.IncludeVectors ?? false) : null
            );
        }
    }

    public override async IAsyncEnumerable<EvidenceChunkRecord> GetAsync(
        IEnumerable<Guid> keys,
        RecordRetrievalOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            if (await GetAsync(key, options, cancellationToken).ConfigureAwait(false) is { } record)
            {
                yield return record;
            }
        }
    }

    public override async IAsyncEnumerable<EvidenceChunkRecord> GetAsync(
        Expression<Func<EvidenceChunkRecord, bool>> filter,
        int top,
        FilteredRecordRetrievalOptions<EvidenceChunkRecord>? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var predicate = filter.Compile();
        List<EvidenceChunkRecord> matches;
        lock (_gate)
        {
            EnsureLoaded(cancellationToken);
            matches =
            [
                .. Enumerable
                    .Range(0, _records.Count)
                    .Where(s => predicate(_records[s]))
                    .Select(s => Copy(s, options?.IncludeVectors ?? false)),
            ];
        }
        IEnumerable<EvidenceChunkRecord> ordered = matches;
        if (options?.OrderBy is { } orderBy)
        {
            ordered = RecordOrdering.Apply(
                matches,
                orderBy(new FilteredRecordRetrievalOptions<EvidenceChunkRecord>.OrderByDefinition())
            );
        }
        foreach (var record in ordered.Skip(options?.Skip ?? 0).Take(top))
        {
            await Task.Yield();
            yield return record;
        }
    }

    public override Task DeleteAsync(Guid key, CancellationToken cancellationToken = default) =>
        DeleteAsync([key], cancellationToken);

    public override Task DeleteAsync(IEnumerable<Guid> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            EnsureLoaded(cancellationToken);
            var changed = false;
            foreach (var key in keys)
            {
                if (!_slots.Remove(key, out var slot))
                {
                    continue;
                }
                var moved = _index.RemoveAt(slot);
                var last = _records.Count - 1;
                if (moved >= 0)
                {
                    _records[slot] = _records[last];
                    _slots[_records[slot].Key] = slot;
                }
                _records.RemoveAt(last);
                changed = true;
            }
            if (changed)
            {
                Save(cancellationToken);
            }
        }
        return Task.CompletedTask;
    }

    public override Task UpsertAsync(EvidenceChunkRecord record, CancellationToken cancellationToken = default) =>
        UpsertAsync([record], cancellationToken);

    public override Task UpsertAsync(
        IEnumerable<EvidenceChunkRecord> records,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(records);
        lock (_gate)
        {
            EnsureLoaded(cancellationToken);
            foreach (var record in records)
            {
                ArgumentNullException.ThrowIfNull(record);
                if (record.Embedding.Length != _index.Dimensions)
                {
                    throw new VectorStoreException(
                        $"Record {record.ChunkId} has a {record.Embedding.Length}-dimensional "
                            + $"embedding; expected {_index.Dimensions}."
                    );
                }
                var stored = Clone(record, includeVector: false);
                if (_slots.TryGetValue(record.Key, out var slot))
                {
                    _index.Set(slot, record.Embedding.Span);
                    _records[slot] = stored;
                }
                else
                {
                    _slots[record.Key] = _index.Add(record.Embedding.Span);
                    _records.Add(stored);
                }
            }
            Save(cancellationToken);
        }
        return Task.CompletedTask;
    }

    public override async IAsyncEnumerable<VectorSearchResult<EvidenceChunkRecord>> SearchAsync<TInput>(
        TInput searchValue,
        int top,
        VectorSearchOptions<EvidenceChunkRecord>? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(searchValue);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var query = await ToVectorAsync(searchValue, cancellationToken).ConfigureAwait(false);
        var predicate = options?.Filter?.Compile();
        var skip = options?.Skip ?? 0;
        List<VectorSearchResult<EvidenceChunkRecord>> results;
        lock (_gate)
        {
            EnsureLoaded(cancellationToken);
            var records = _records;
            var hits = _index.Search(
                query.Span,
                top + skip,
                predicate is null ? null : slot => predicate(records[slot]),
                cancellationToken: cancellationToken
            );
            results =
            [
                .. hits.Skip(skip)
                    .Where(h => options?.ScoreThreshold is not { } min || h.Score >= min)
                    .Select(h => new VectorSearchResult<EvidenceChunkRecord>(
                        Copy(h.Slot, options?.IncludeVectors ?? false),
                        h.Score
                    )),
            ];
        }
        foreach (var result in results)
        {
            yield return result;
        }
    }

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
                VectorStoreSystemName = EmbeddedVectorStore.SystemName,
                CollectionName = Name,
            };
        }
        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    private async Task<ReadOnlyMemory<float>> ToVectorAsync<TInput>(
        TInput value,
        CancellationToken cancellationToken
    ) =>
        value switch
        {
            ReadOnlyMemory<float> memory => memory,
            float[] array => array,
            Embedding<float> embedding => embedding.Vector,
            string text when _options.EmbeddingGenerator is { } generator => await generator
                .GenerateVectorAsync(text, cancellationToken: cancellationToken)
                .ConfigureAwait(false),
            string => throw new NotSupportedException(
                "String queries need EmbeddedVectorStoreOptions.EmbeddingGenerator."
            ),
            _ => throw new NotSupportedException(
                $"Search values of type {typeof(TInput).Name} are not supported; pass "
                    + $"ReadOnlyMemory<float>, float[], Embedding<float> or string."
            ),
        };

    private void EnsureLoaded(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }
        Clear();
        if (File.Exists(_path))
        {
            ChunkFile.Read(_path, _records, _index, cancellationToken);
            for (var slot = 0; slot < _records.Count; slot++)
            {
                _slots[_records[slot].Key] = slot;
            }
        }
        _loaded = true;
    }

    private void Save(CancellationToken cancellationToken) =>
        ChunkFile.Write(_path, _records, _index, cancellationToken);

    private void Clear()
    {
        _records.Clear();
        _slots.Clear();
        _index.Clear();
    }

    private EvidenceChunkRecord Copy(int slot, bool includeVector)
    {
        var copy = Clone(_records[slot], includeVector: false);
        if (includeVector)
        {
            copy.Embedding = _index.Vector(slot).ToArray();
        }
        return copy;
    }

    // Callers get copies, so mutating a returned record never changes the store behind its back.
    private static EvidenceChunkRecord Clone(EvidenceChunkRecord r, bool includeVector) =>
        new()
        {
            Key = r.Key,
            ChunkId = r.ChunkId,
            EvidenceId = r.EvidenceId,
            ChunkIndex = r.ChunkIndex,
            RecordId = r.RecordId,
            Line = r.Line,
            Text = r.Text,
            Start = r.Start,
            End = r.End,
            Source = r.Source,
            Channel = r.Channel,
            CustomerId = r.CustomerId,
            TimestampUnixMs = r.TimestampUnixMs,
            Touchpoints = [.. r.Touchpoints],
            Sentiment = r.Sentiment,
            Segment = r.Segment,
            Embedding = includeVector ? r.Embedding.ToArray() : ReadOnlyMemory<float>.Empty,
        };
}
