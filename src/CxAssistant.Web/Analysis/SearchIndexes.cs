using System.Collections.Concurrent;
using CxAssistant.Core.Evidence;
using CxAssistant.Data.Memory.Search;
using CxAssistant.Hosting.Memory;
using CxAssistant.Web.Workspaces;

namespace CxAssistant.Web.Analysis;

/// <summary>
/// Open <see cref="SearchIndex"/>es per workspace (opening one reads its vector file, too slow per request): a small
/// pool,
/// one per core, because each instance's SQLite connection serves one caller at a time. A refresh takes every slot,
/// closes the pooled instances and writes through a fresh one, so later searches open instances that see the new data.
/// Each refresh also moves the workspace's <see cref="Generation"/> on, so a chat conversation holding an index of its
/// own knows to start again.
/// </summary>
public sealed class SearchIndexes(WorkspaceStore store, IConfiguration configuration) : IDisposable
{
    private static readonly int Size = Math.Max(2, Environment.ProcessorCount);
    private readonly ConcurrentDictionary<string, Pool> _pools = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    // The configured vector store (CxAssistant:VectorStore; Qdrant runs the hybrid search itself), offline embeddings.
    private readonly SearchIndexOptions _options = WorkspaceSearch.ReadOptions(configuration);

    public async Task RefreshAsync(
        string workspace,
        IEnumerable<EvidenceRecord> records,
        CancellationToken cancellationToken = default
    )
    {
        var pool = PoolOf(workspace);
        var taken = 0;
        try
        {
            for (; taken < Size; taken++)
            {
                await pool.Slots.WaitAsync(cancellationToken);
            }
            while (pool.Idle.TryTake(out var stale))
            {
                stale.Dispose();
            }
            using var index = SearchIndex.Open(store.Folder(workspace), _options);
            await index.RefreshAsync(records, cancellationToken);
        }
        finally
        {
            _generations.AddOrUpdate(workspace, 1, (_, g) => g + 1);
            if (taken > 0)
            {
                pool.Slots.Release(taken);
            }
        }
    }

    /// <summary>How many times the workspace's search data has been refreshed by this process.</summary>
    public long Generation(string workspace) => _generations.GetValueOrDefault(workspace);

    /// <summary>
    /// An index of the caller's own (not pooled), for a holder that keeps it across requests and disposes it.
    /// </summary>
    public SearchIndex Open(string workspace) => SearchIndex.Open(store.Folder(workspace), _options);

    public Task<SearchResult> SearchAsync(
        string workspace,
        string query,
        int top,
        CancellationToken cancellationToken = default
    ) =>
        WithIndexAsync(
            workspace,
            index =>
                new HybridSearcher(index, MeaningReranker.For(index)).SearchAsync(
                    query,
                    SearchFilters.None,
                    top,
                    cancellationToken
                ),
            cancellationToken
        );

    /// <summary>
    /// Runs <paramref name="work"/> with one of the workspace's pooled indexes (a SearchIndex serves one caller at a
    /// time).
    /// </summary>
    public async Task<T> WithIndexAsync<T>(
        string workspace,
        Func<SearchIndex, Task<T>> work,
        CancellationToken cancellationToken = default
    )
    {
        var pool = PoolOf(workspace);
        await pool.Slots.WaitAsync(cancellationToken);
        var index = pool.Idle.TryTake(out var idle) ? idle : SearchIndex.Open(store.Folder(workspace), _options);
        try
        {
            return await work(index);
        }
        finally
        {
            pool.Idle.Add(index);
            pool.Slots.Release();
        }
    }

    private Pool PoolOf(string workspace) => _pools.GetOrAdd(workspace, _ => new Pool());

    public void Dispose()
    {
        foreach (var pool in _pools.Values)
        {
            while (pool.Idle.TryTake(out var index))
            {
                index.Dispose();
            }
            pool.Slots.Dispose();
        }
        _options.Store?.Dispose();
    }

    private sealed class Pool
    {
        public SemaphoreSlim Slots { get; } = new(Size, Size);
        public ConcurrentBag<SearchIndex> Idle { get; } = [];
    }
}
