using CxAssistant.Web.Analysis;
using CxAssistant.Web.Workspaces;

namespace CxAssistant.Web.Pages.Workspace;

/// <summary>
/// Download links for the report (HTML, Markdown, JSON), persona cards, map, backlog and CSVs of the last analysis.
/// </summary>
public sealed class ExportsModel(WorkspaceStore store, AnalysisStore analyses)
    : WorkspacePageModel(store, analyses, "exports")
{
    private static readonly (string File, string What)[] Described =
    [
        ("report.html", "the full report as one self-contained page"),
        ("report.md", "the report in Markdown"),
        ("analysis.json", "everything behind the report (schema 1.0)"),
        ("personas.md", "persona cards"),
        ("job-states.md", "where customers get stuck, state by state"),
        ("touchpoint-map.svg", "the touchpoint map"),
        ("opportunity-landscape.svg", "the opportunity landscape"),
        ("backlog.md", "improvement hypotheses (Markdown)"),
        ("hypotheses.csv", "improvement hypotheses (CSV)"),
        ("touchpoints.csv", "scores per touchpoint"),
        ("annotations.csv", "one row per evidence item"),
    ];

    public IReadOnlyList<(string File, string What)> Available { get; private set; } = [];

    public void OnGet()
    {
        var folder = Store.OutputFolder(Ws);
        Available = [.. Described.Where(d => System.IO.File.Exists(Path.Combine(folder, d.File)))];
    }
}
