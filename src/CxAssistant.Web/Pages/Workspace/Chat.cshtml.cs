using CxAssistant.Web.Analysis;
using CxAssistant.Web.Workspaces;

namespace CxAssistant.Web.Pages.Workspace;

/// <summary>The chat panel on its own page.</summary>
public sealed class ChatModel(WorkspaceStore store, AnalysisStore analyses)
    : WorkspacePageModel(store, analyses, "chat")
{
    public void OnGet() { }
}
