using CxAssistant.Reports;
using CxAssistant.Web.Analysis;

namespace CxAssistant.Web.Endpoints;

/// <summary>
/// <c>GET /w/{ws}/charts/opportunity-landscape.svg</c>: the engine's chart, shown with an &lt;img&gt; tag so nothing in
/// it could ever run as script in the page.
/// </summary>
public static class ChartEndpoint
{
    public static IResult Landscape(string ws, AnalysisStore analyses) =>
        analyses.Get(ws)?.Result.Jobs is { } jobs && jobs.Outcomes.Count > 0
            ? TypedResults.Text(OpportunityLandscapeSvg.Render(jobs), "image/svg+xml")
            : TypedResults.NotFound();
}
