using System.Collections.Concurrent;
using System.Text.Json;
using CxAssistant.Reports;
using CxAssistant.Web.Workspaces;

namespace CxAssistant.Web.Analysis;

/// <summary>
/// The latest finished analysis of each workspace. Kept in memory once seen; after a restart it is re-opened from the
/// workspace's <c>out/analysis.json</c> (what the last run wrote), so the pages keep showing it without a new run.
/// A file this build did not write, or cannot read, is ignored: the pages then ask for a new run, as before any run.
/// </summary>
public sealed class AnalysisStore(WorkspaceStore store, ILogger<AnalysisStore> logger)
{
    private readonly ConcurrentDictionary<string, AnalysisView> _views = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, object> _loading = new(StringComparer.Ordinal);

    public AnalysisView? Get(string workspace)
    {
        if (_views.TryGetValue(workspace, out var view))
        {
            return view;
        }
        // One reader per workspace: a large analysis takes seconds to read and every page of a fresh start asks for it.
        lock (_loading.GetOrAdd(workspace, _ => new object()))
        {
            if (_views.TryGetValue(workspace, out view))
            {
                return view;
            }
            var loaded = TryLoad(workspace);
            // A run that finished meanwhile (Set) wins over the file it has just replaced.
            return loaded is null ? null : _views.GetOrAdd(workspace, loaded);
        }
    }

    public void Set(string workspace, AnalysisView view) => _views[workspace] = view;

    private AnalysisView? TryLoad(string workspace)
    {
        // Callers pass names from the URL: only an existing workspace's folder is ever read.
        if (!store.Exists(workspace))
        {
            return null;
        }
        var path = Path.Combine(store.OutputFolder(workspace), "analysis.json");
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            using var stream = File.OpenRead(path);
            var document = AnalysisJson.Read(stream);
            if (!document.IsCurrent)
            {
                logger.LogInformation(
                    "Workspace {Workspace}: the stored analysis was written by {Generator} "
                        + "(schema {Schema}); run the analysis again to see it here.",
                    workspace,
                    document.Generator,
                    document.SchemaVersion
                );
                return null;
            }
            return new AnalysisView(document.ToResult());
        }
        catch (Exception e)
            when (e
                    is IOException
                        or JsonException
                        or InvalidDataException
                        or NotSupportedException
                        or UnauthorizedAccessException
                        or ArgumentException
            )
        {
            logger.LogWarning(
                "Workspace {Workspace}: could not re-open {File} ({Problem}); run the analysis again.",
                workspace,
                path,
                e.Message
            );
            return null;
        }
    }
}
