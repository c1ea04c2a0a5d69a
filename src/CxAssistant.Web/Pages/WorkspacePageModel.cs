using CxAssistant.Web.Analysis;
using CxAssistant.Web.Workspaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CxAssistant.Web.Pages;

/// <summary>
/// Base of every page under /w/{ws}: 404 for unknown or invalid names, and the workspace's latest analysis.
/// </summary>
public abstract class WorkspacePageModel(WorkspaceStore store, AnalysisStore analyses, string tab) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Ws { get; set; } = "";

    public AnalysisView? View { get; private set; }

    protected WorkspaceStore Store => store;

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (!store.Exists(Ws))
        {
            context.Result = NotFound();
            return;
        }
        View = analyses.Get(Ws);
        ViewData["Ws"] = Ws;
        ViewData["Tab"] = tab;
    }
}
