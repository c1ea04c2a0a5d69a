using CxAssistant.Web.Evals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CxAssistant.Web.Pages.Evals;

/// <summary>
/// One run: per-suite scores and the per-case regressions and improvements against the baselines. Unknown ids are 404.
/// </summary>
public sealed class RunModel(EvalRuns evals) : PageModel
{
    public EvalRunView Run { get; private set; } = null!;

    public IActionResult OnGet(string runId)
    {
        if (evals.Find(runId) is not { } run)
        {
            return NotFound();
        }
        Run = run;
        return Page();
    }
}
