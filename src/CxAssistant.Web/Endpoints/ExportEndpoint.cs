using CxAssistant.Web.Workspaces;

namespace CxAssistant.Web.Endpoints;

/// <summary>
/// <c>GET /w/{ws}/export/{file}</c>: one of the files the last analysis wrote, chosen from a fixed list (the name is a
/// key, never a path), sent as a download so a report opened from here never runs in this site's origin.
/// </summary>
public static class ExportEndpoint
{
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>(
        StringComparer.Ordinal
    )
    {
        ["report.html"] = "text/html; charset=utf-8",
        ["report.md"] = "text/markdown; charset=utf-8",
        ["analysis.json"] = "application/json",
        ["annotations.csv"] = "text/csv; charset=utf-8",
        ["touchpoints.csv"] = "text/csv; charset=utf-8",
        ["touchpoint-map.svg"] = "image/svg+xml",
        ["opportunity-landscape.svg"] = "image/svg+xml",
        ["personas.md"] = "text/markdown; charset=utf-8",
        ["job-states.md"] = "text/markdown; charset=utf-8",
        ["backlog.md"] = "text/markdown; charset=utf-8",
        ["hypotheses.csv"] = "text/csv; charset=utf-8",
    };

    public static IResult Handle(string ws, string file, WorkspaceStore store, HttpContext context)
    {
        if (!store.Exists(ws) || !Files.TryGetValue(file, out var contentType))
        {
            return TypedResults.NotFound();
        }
        var path = Path.Combine(store.OutputFolder(ws), file);
        if (!File.Exists(path))
        {
            return TypedResults.NotFound();
        }
        context.Response.Headers.ContentSecurityPolicy =
            "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";
        return TypedResults.PhysicalFile(path, contentType, fileDownloadName: $"{ws}-{file}");
    }
}
