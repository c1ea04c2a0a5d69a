using CxAssistant.Ingestion;
using CxAssistant.Web.Analysis;
using CxAssistant.Web.Uploads;
using CxAssistant.Web.Workspaces;
using Microsoft.AspNetCore.Mvc;

namespace CxAssistant.Web.Pages.Workspace;

/// <summary>
/// Shows each staged file's detected columns and sample rows, lets the user fix the mapping, then imports.
/// </summary>
public sealed class UploadModel(
    WorkspaceStore store,
    AnalysisStore analyses,
    UploadStaging staging,
    AnalysisRunner runner
) : WorkspacePageModel(store, analyses, "sources")
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public IReadOnlyList<StagedFile> Files { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public IReadOnlyList<string> Rejected { get; private set; } = [];

    /// <summary>Files that cannot be imported as they are, with why; the other files still import.</summary>
    public List<string> NotImported { get; } = [];

    public IActionResult OnGet()
    {
        Files = staging.Files(Ws, Id);
        if (Files.Count == 0)
        {
            return NotFound();
        }
        Rejected = (TempData["Rejected"] as string)?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [];
        NotImported.AddRange(Files.Where(f => f.Preview.Problem is not null).Select(f => $"{f.Name}: {Problem(f)}"));
        return Page();
    }

    public IActionResult OnPostPreview()
    {
        if (!Read(out _))
        {
            return NotFound();
        }
        return Page();
    }

    public IActionResult OnPostImport()
    {
        if (!Read(out var options))
        {
            return NotFound();
        }
        if (Errors.Count > 0)
        {
            return Page();
        }
        var skip = Files
            .Where(f => f.Preview.Problem is not null)
            .Select(f => f.Name)
            .ToHashSet(StringComparer.Ordinal);
        if (skip.Count == Files.Count)
        {
            Errors.Add(
                "None of these files can be imported as they are; fix the problems "
                    + "shown for each file, or upload other files."
            );
            return Page();
        }
        if (runner.StartImport(Ws, Id, options, skip) is null)
        {
            Errors.Add(
                "An import or analysis is already running in this workspace; import again when it has finished."
            );
            return Page();
        }
        return Redirect($"/w/{Ws}");
    }

    /// <summary>What a role means, in the user's words.</summary>
    public static string RoleLabel(string role) =>
        role switch
        {
            ColumnRoles.Text => "Feedback text",
            ColumnRoles.Id => "Record id",
            ColumnRoles.Time => "Date / time",
            ColumnRoles.Customer => "Customer id",
            ColumnRoles.Rating => "Star rating (1–5)",
            ColumnRoles.Nps => "NPS answer (0–10)",
            ColumnRoles.Csat => "CSAT (1–5)",
            ColumnRoles.Ces => "Effort score (1–7)",
            ColumnRoles.Channel => "Channel",
            _ => role,
        };

    /// <summary>The file's problem in this page's words (never a command-line flag).</summary>
    public static string? Problem(StagedFile file) =>
        file.Preview.Problem is { } p ? WebWords.Problem(p, RoleLabel) : null;

    /// <summary>The column shown as chosen for a role: the detected (or overridden) one.</summary>
    public string? Chosen(int file, string role) => Files[file].Preview.Roles.GetValueOrDefault(role);

    private bool Read(out Dictionary<string, IngestOptions> options)
    {
        var detected = staging.Files(Ws, Id);
        options = [];
        if (detected.Count == 0)
        {
            return false;
        }
        (options, var errors) = ColumnMapping.Read(detected, field => Request.Form[field].FirstOrDefault());
        Errors.AddRange(errors);
        Files = staging.Files(Ws, Id, options);
        NotImported.AddRange(Files.Where(f => f.Preview.Problem is not null).Select(f => $"{f.Name}: {Problem(f)}"));
        return true;
    }
}
