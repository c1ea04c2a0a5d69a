using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Web.Analysis;
using CxAssistant.Web.Workspaces;
using Microsoft.AspNetCore.Mvc;

namespace CxAssistant.Web.Pages.Workspace;

/// <summary>One evidence record as the customer wrote it (encoded), where it came from and how it was annotated: the target of every citation.</summary>
public sealed class RecordModel(WorkspaceStore store, AnalysisStore analyses) : WorkspacePageModel(store, analyses, "")
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";

    public (EvidenceRecord Record, Annotation Annotation)? Found { get; private set; }

    public IActionResult OnGet()
    {
        if (View is null) return Page();
        Found = View.Record(Id);
        return Found is null ? NotFound() : Page();
    }
}
