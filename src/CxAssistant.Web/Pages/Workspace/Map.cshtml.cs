using CxAssistant.Reports;
using CxAssistant.Web.Analysis;
using CxAssistant.Web.Workspaces;

namespace CxAssistant.Web.Pages.Workspace;

/// <summary>The touchpoint network, the priority matrix and the journey by stage.</summary>
public sealed class MapModel(WorkspaceStore store, AnalysisStore analyses) : WorkspacePageModel(store, analyses, "map")
{
    public void OnGet() { }

    /// <summary>The report's network drawing (one renderer), each node a link to its touchpoint page.</summary>
    public string Network(AnalysisView view) =>
        NetworkSvg.Render(
            view.Result,
            new NetworkSvgOptions
            {
                Interactive = true,
                NodeLink = id => $"/w/{Ws}/touchpoints/{Uri.EscapeDataString(id)}",
            }
        );
}
