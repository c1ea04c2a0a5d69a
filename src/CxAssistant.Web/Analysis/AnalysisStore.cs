using System.Collections.Concurrent;

namespace CxAssistant.Web.Analysis;

/// <summary>The latest finished analysis of each workspace, kept in memory (re-run after a restart).</summary>
public sealed class AnalysisStore
{
    private readonly ConcurrentDictionary<string, AnalysisView> _views = new(StringComparer.Ordinal);

    public AnalysisView? Get(string workspace) => _views.GetValueOrDefault(workspace);

    public void Set(string workspace, AnalysisView view) => _views[workspace] = view;
}
