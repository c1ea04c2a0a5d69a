using CxAssistant.Web.Analysis;
using CxAssistant.Web.Workspaces;

namespace CxAssistant.Web.Pages.Workspace;

/// <summary>Persona cards with empathy maps, every item backed by quotes or computed facts.</summary>
public sealed class PersonasModel(WorkspaceStore store, AnalysisStore analyses)
    : WorkspacePageModel(store, analyses, "personas")
{
    public void OnGet() { }
}
