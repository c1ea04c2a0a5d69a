using CxAssistant.Web.Analysis;
using CxAssistant.Web.Workspaces;

namespace CxAssistant.Web.Pages.Workspace;

/// <summary>Headline metrics with trends, touchpoints to fix first, quick wins, data-quality warnings and the chat panel.</summary>
public sealed class DashboardModel(WorkspaceStore store, AnalysisStore analyses) : WorkspacePageModel(store, analyses, "dashboard")
{
    public void OnGet() { }
}
