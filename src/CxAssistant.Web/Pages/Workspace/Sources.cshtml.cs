using CxAssistant.Ingestion;
using CxAssistant.Web.Analysis;
using CxAssistant.Web.Hosting;
using CxAssistant.Web.Jobs;
using CxAssistant.Web.Uploads;
using CxAssistant.Web.Workspaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CxAssistant.Web.Pages.Workspace;

/// <summary>
/// A workspace's sources and skipped rows, the upload form, the running job and the Run analysis button.
/// </summary>
public sealed class SourcesModel(
    WorkspaceStore store,
    AnalysisStore analyses,
    WorkspaceSummaries summaries,
    UploadStaging staging,
    JobRegistry jobs,
    AnalysisRunner runner,
    IOptions<WebOptions> options,
    CatalogSettings catalogs
) : WorkspacePageModel(store, analyses, "sources")
{
    public WorkspaceSummary Summary { get; private set; } = new([], [], 0);
    public BackgroundJob? Job { get; private set; }
    public List<string> Messages { get; } = [];
    public WebOptions Limits => options.Value;
    public IEnumerable<string> Extensions => EvidenceLoader.SupportedExtensions.Order(StringComparer.Ordinal);

    /// <summary>The touchpoint settings (catalog or preset) of this workspace.</summary>
    public CatalogSettings Catalogs => catalogs;

    /// <summary>
    /// What the last analysis used, with why (the pipeline's own words), or null before any analysis.
    /// </summary>
    public string? LastCatalog => View?.Result.CatalogSource;

    /// <summary>A confirmation for the catalog card.</summary>
    public string? CatalogSaved { get; private set; }

    public async Task<IActionResult> OnPostCatalogAsync(
        IFormFile? catalog,
        string? preset,
        CancellationToken cancellationToken
    )
    {
        var problem = catalog is { Length: > 0 }
            ? await catalogs.SaveCatalogAsync(Ws, catalog, cancellationToken)
            : catalogs.SetPreset(Ws, preset);
        if (problem is not null)
        {
            Messages.Add(problem);
        }
        else
        {
            CatalogSaved = $"Saved. The next analysis uses {catalogs.Describe(Ws)}; run the analysis to apply it.";
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            Messages.Add("Choose at least one file to upload.");
            await LoadAsync(cancellationToken);
            return Page();
        }
        // A catalog sent with the data is the workspace's catalog (as cx ingest adopts a folder's catalog.yaml).
        foreach (var yaml in files.Where(IsYaml).ToList())
        {
            files.Remove(yaml);
            if (await catalogs.SaveCatalogAsync(Ws, yaml, cancellationToken) is { } problem)
            {
                Messages.Add(problem);
            }
            else
            {
                CatalogSaved = $"{Path.GetFileName(yaml.FileName)} is now this workspace's touchpoint catalog.";
            }
        }
        if (files.Count == 0)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        var result = await staging.SaveAsync(Ws, files, cancellationToken);
        if (result.UploadId is null)
        {
            Messages.AddRange(result.Rejected);
            await LoadAsync(cancellationToken);
            return Page();
        }
        TempData["Rejected"] = string.Join("\n", result.Rejected.Concat(Messages));
        return Redirect($"/w/{Ws}/uploads/{result.UploadId}");
    }

    public async Task<IActionResult> OnPostAnalyseAsync(CancellationToken cancellationToken)
    {
        if (runner.StartAnalysis(Ws) is null)
        {
            Messages.Add("An import or analysis is already running in this workspace; wait for it or cancel it.");
            await LoadAsync(cancellationToken);
            return Page();
        }
        return Redirect($"/w/{Ws}");
    }

    public IActionResult OnPostCancel(string jobId)
    {
        if (jobs.Find(Ws, jobId) is { Status: JobStatus.Running } job)
        {
            job.Cancellation.Cancel();
        }
        return Redirect($"/w/{Ws}");
    }

    private static bool IsYaml(IFormFile file) =>
        Path.GetExtension(file.FileName).ToLowerInvariant() is ".yaml" or ".yml";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Job = jobs.Latest(Ws);
        Summary = await summaries.GetAsync(Ws, cancellationToken);
    }
}
