using CxAssistant.Core.Annotations;
using CxAssistant.Core.Corrections;
using CxAssistant.Core.Evidence;
using CxAssistant.Data.Corrections;
using CxAssistant.Web.Analysis;
using CxAssistant.Web.Workspaces;
using Microsoft.AspNetCore.Mvc;

namespace CxAssistant.Web.Pages.Workspace;

/// <summary>
/// One evidence record as the customer wrote it (encoded), where it came from and how it was annotated: the target of
/// every citation. A CX lead corrects its labels here; the correction is kept in the workspace (docs/corrections.md).
/// </summary>
public sealed class RecordModel(WorkspaceStore store, AnalysisStore analyses) : WorkspacePageModel(store, analyses, "")
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    /// <summary>The correction form: an empty field leaves that label as it is.</summary>
    [BindProperty]
    public string? Touchpoint { get; set; }

    [BindProperty]
    public string? Sentiment { get; set; }

    [BindProperty]
    public string? Intent { get; set; }

    [BindProperty]
    public bool Irrelevant { get; set; }

    public (EvidenceRecord Record, Annotation Annotation)? Found { get; private set; }

    /// <summary>The corrections in force for this record, oldest first.</summary>
    public IReadOnlyList<Correction> Corrections { get; private set; } = [];

    public string? Saved { get; private set; }
    public List<string> Problems { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (View is null)
        {
            return Page();
        }
        Found = View.Record(Id);
        if (Found is null)
        {
            return NotFound();
        }
        await LoadCorrectionsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCorrectAsync(CancellationToken cancellationToken)
    {
        if (View is null)
        {
            return Page();
        }
        Found = View.Record(Id);
        if (Found is null)
        {
            return NotFound();
        }
        var requests = new List<CorrectionRequest>();
        if (!string.IsNullOrWhiteSpace(Touchpoint))
        {
            requests.Add(new(CorrectionKind.Touchpoints, Id, Touchpoint));
        }
        if (!string.IsNullOrWhiteSpace(Sentiment))
        {
            requests.Add(new(CorrectionKind.Sentiment, Id, Sentiment));
        }
        if (!string.IsNullOrWhiteSpace(Intent))
        {
            requests.Add(new(CorrectionKind.Intent, Id, Intent));
        }
        if (Irrelevant)
        {
            requests.Add(new(CorrectionKind.Irrelevant, Id, ""));
        }
        if (requests.Count == 0)
        {
            Problems.Add("Choose a touchpoint, sentiment or intent to correct, or mark the record irrelevant.");
        }
        else
        {
            await StoreAsync(requests, cancellationToken);
        }
        await LoadCorrectionsAsync(cancellationToken);
        return Page();
    }

    /// <summary>The annotator read this record right: its labels become the team's (docs/corrections.md).</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (View is null)
        {
            return Page();
        }
        Found = View.Record(Id);
        if (Found is not { } found)
        {
            return NotFound();
        }
        await StoreAsync([.. LabelConfirmation.Requests(Id, found.Annotation)], cancellationToken);
        await LoadCorrectionsAsync(cancellationToken);
        return Page();
    }

    private async Task StoreAsync(List<CorrectionRequest> requests, CancellationToken cancellationToken)
    {
        var by = User.Identity?.Name is { Length: > 0 } name ? name : "web";
        var (saved, problems) = await WebCorrections.SaveAsync(
            Store,
            Ws,
            View!.Result.Catalog,
            requests,
            by,
            cancellationToken
        );
        Problems.AddRange(problems);
        Saved = problems.Count == 0 ? WebCorrections.SavedMessage(saved, by) : null;
    }

    private async Task LoadCorrectionsAsync(CancellationToken cancellationToken) =>
        Corrections = await WebCorrections.ListAsync(Store, Ws, c => c.Target == Id, cancellationToken);
}
