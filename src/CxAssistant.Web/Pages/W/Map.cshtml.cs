using CxAssistant.Web.Analysis;
using CxAssistant.Web.Workspaces;

namespace CxAssistant.Web.Pages.W;

/// <summary>The touchpoint network, the priority matrix and the journey by stage.</summary>
public sealed class MapModel(WorkspaceStore store, AnalysisStore analyses) : WorkspacePageModel(store, analyses, "map")
{
    public void OnGet() { }
}
