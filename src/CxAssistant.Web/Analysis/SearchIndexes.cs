using System.Collections.Concurrent;
using CxAssistant.Core.Evidence;
using CxAssistant.Engine.Memory.Search;
using CxAssistant.Web.Workspaces;

namespace CxAssistant.Web.Analysis;

/// <summary>
/// One open <see cref="SearchIndex"/> per workspace (opening one reads its vector file, too slow per request), used by
/// one caller at a time because its SQLite connection is not thread-safe. Disposed with the app.
/// </summary>
public sealed class SearchIndexes(WorkspaceStore store) : IDisposable
{
    private readonly ConcurrentDictionary<string, (SearchIndex Index, SemaphoreSlim Gate)> _open = new(StringComparer.Ordinal);
    private readonly Lock _openLock = new();

    public async Task RefreshAsync(string workspace, IEnumerable<EvidenceRecord> records, CancellationToken cancellationToken = default)
    {
        var (index, gate) = Get(workspace);
        await gate.WaitAsync(cancellationToken);
        try { await index.RefreshAsync(records, cancellationToken); }
        finally { gate.Release(); }
    }

    public async Task<SearchResult> SearchAsync(string workspace, string query, int top, CancellationToken cancellationToken = default)
    {
        var (index, gate) = Get(workspace);
        await gate.WaitAsync(cancellationToken);
        try { return await new HybridSearcher(index).SearchAsync(query, SearchFilters.None, top, cancellationToken); }
        finally { gate.Release(); }
    }

    private (SearchIndex, SemaphoreSlim) Get(string workspace)
    {
        if (_open.TryGetValue(workspace, out var entry)) return entry;
        lock (_openLock)
        {
            if (_open.TryGetValue(workspace, out entry)) return entry;
            entry = (SearchIndex.Open(store.Folder(workspace)), new SemaphoreSlim(1, 1));
            _open[workspace] = entry;
            return entry;
        }
    }

    public void Dispose()
    {
        foreach (var (index, gate) in _open.Values)
        {
            index.Dispose();
            gate.Dispose();
        }
    }
}
