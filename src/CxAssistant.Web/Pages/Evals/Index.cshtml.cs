using CxAssistant.Web.Evals;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CxAssistant.Web.Pages.Evals;

/// <summary>The eval harness's runs, newest first, each compared with the committed baselines.</summary>
public sealed class IndexModel(EvalRuns evals) : PageModel
{
    public IReadOnlyList<EvalRunView> Runs { get; private set; } = [];
    public string RunsFolder => evals.RunsFolder;

    public void OnGet() => Runs = evals.List();
}
