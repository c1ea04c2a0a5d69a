using CxAssistant.Ingestion;
using CxAssistant.Web.Analysis;
using CxAssistant.Web.Hosting;
using CxAssistant.Web.Jobs;
using CxAssistant.Web.Uploads;
using CxAssistant.Web.Workspaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CxAssistant.Web.Pages.W;

/// <summary>A workspace's sources and skipped rows, the upload form, the running job and the Run analysis button.</summary>
public sealed class SourcesModel(WorkspaceStore store, AnalysisStore analyses, WorkspaceSummaries summaries, UploadStaging staging,
    JobRegistry jobs, AnalysisRunner runner, IOptions<WebOptions> options) : WorkspacePageModel(store, analyses, "sources")
{
    public WorkspaceSummary Summary { get; private set; } = new([], [], 0);
    public BackgroundJob? Job { get; private set; }
    public List<string> Messages { get; } = [];
    public WebOptions Limits => options.Value;
    public IEnumerable<string> Extensions => EvidenceLoader.SupportedExtensions.Order(StringComparer.Ordinal);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            Messages.Add("Choose at least one file to upload.");
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
        TempData["Rejected"] = string.Join("\n", result.Rejected);
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
        if (jobs.Find(Ws, jobId) is { Status: JobStatus.Running } job) job.Cancellation.Cancel();
        return Redirect($"/w/{Ws}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Job = jobs.Latest(Ws);
        Summary = await summaries.GetAsync(Ws, cancellationToken);
    }
}
