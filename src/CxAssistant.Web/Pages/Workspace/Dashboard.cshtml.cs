using CxAssistant.Core.Alerts;
using CxAssistant.Web.Analysis;
using CxAssistant.Web.Workspaces;

namespace CxAssistant.Web.Pages.Workspace;

/// <summary>
/// Headline metrics with trends, touchpoints to fix first, quick wins, data-quality warnings and the chat panel.
/// </summary>
public sealed class DashboardModel(WorkspaceStore store, AnalysisStore analyses, AlertOptions thresholds)
    : WorkspacePageModel(store, analyses, "dashboard")
{
    /// <summary>The alerts the shown analysis raises under the configured thresholds (as in alerts.json).</summary>
    public IReadOnlyList<Alert> Alerts { get; private set; } = [];

    public void OnGet()
    {
        if (View is { } view)
        {
            Alerts = AlertRules.Check(view.Result, thresholds);
        }
    }
}
