using System.Collections.Concurrent;

namespace CxAssistant.Web.Workspaces;

/// <summary>Workspace summaries read once and cached until the next import into that workspace.</summary>
public sealed class WorkspaceSummaries(WorkspaceStore store)
{
    private readonly ConcurrentDictionary<string, WorkspaceSummary> _cache = new(StringComparer.Ordinal);

    public async Task<WorkspaceSummary> GetAsync(string workspace, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGetValue(workspace, out var cached))
        {
            return cached;
        }
        var gate = store.Lock(workspace);
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var ws = store.Open(workspace);
            var loaded = await ws.LoadAsync(cancellationToken);
            var summary = new WorkspaceSummary(loaded.Sources, loaded.Skipped, loaded.Records.Count);
            _cache[workspace] = summary;
            return summary;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate(string workspace) => _cache.TryRemove(workspace, out _);
}
