using CxAssistant.Web.Analysis;
using CxAssistant.Web.Workspaces;

namespace CxAssistant.Web.Pages.Workspace;

/// <summary>Every improvement hypothesis, best bet first, with CSV and Markdown export.</summary>
public sealed class BacklogModel(WorkspaceStore store, AnalysisStore analyses)
    : WorkspacePageModel(store, analyses, "backlog")
{
    public void OnGet() { }
}
