using CxAssistant.Web.Analysis;
using CxAssistant.Web.Workspaces;

namespace CxAssistant.Web.Pages.Workspace;

/// <summary>The job tree with desired outcomes, the opportunity landscape and the job state diagrams.</summary>
public sealed class JobsModel(WorkspaceStore store, AnalysisStore analyses)
    : WorkspacePageModel(store, analyses, "jobs")
{
    public void OnGet() { }
}
