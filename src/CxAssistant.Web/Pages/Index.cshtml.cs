using CxAssistant.Web.Workspaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CxAssistant.Web.Pages;

/// <summary>Lists workspaces and creates new ones (names validated, never used as paths as given).</summary>
public sealed class IndexModel(WorkspaceStore store) : PageModel
{
    public IReadOnlyList<string> Workspaces { get; private set; } = [];
    public string? Error { get; private set; }
    public string? Name { get; private set; }

    public void OnGet() => Workspaces = store.List();

    public IActionResult OnPostCreate(string? name)
    {
        Name = name;
        if (!WorkspaceName.IsValid(name))
        {
            Error = $"“{name}” is not a valid name: use {WorkspaceName.Rule}.";
        }
        else if (!store.Create(name!))
        {
            Error = $"A workspace called “{name}” already exists.";
        }
        else
        {
            return Redirect($"/w/{name}");
        }
        Workspaces = store.List();
        return Page();
    }
}
