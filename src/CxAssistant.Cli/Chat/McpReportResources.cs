using CxAssistant.Chat.Knowledge;
using CxAssistant.Chat.Tools;
using CxAssistant.Reports;
using ModelContextProtocol.Server;

namespace CxAssistant.Cli.Chat;

/// <summary>
/// The analysis as MCP resources: the Markdown report, persona cards and hypotheses backlog, and the scores as JSON,
/// all redacted.
/// </summary>
internal static class McpReportResources
{
    public const string ReportUri = "cx://report/report.md";
    public const string PersonasUri = "cx://report/personas.md";
    public const string BacklogUri = "cx://report/backlog.md";
    public const string ScoresUri = "cx://report/touchpoints.json";

    public static IEnumerable<McpServerResource> Create(ChatData data)
    {
        var analysis = data.Analysis;
        var title = Path.GetFileName(data.WorkspaceFolder ?? "workspace");
        // The report quotes original text; redact it whole so no resource shows PII that chat answers would hide.
        yield return Resource(
            ReportUri,
            "report",
            "The full touchpoint analysis report (Markdown).",
            "text/markdown",
            () => data.Scrub(MarkdownReport.Render(analysis, new ReportOptions { Title = title }))
        );
        yield return Resource(PersonasUri, "personas", "Persona cards (Markdown).", "text/markdown", () =>
            data.Scrub(PersonaCardsMarkdown.Render(analysis.Personas, analysis))
        );
        yield return Resource(
            BacklogUri,
            "backlog",
            "Improvement hypotheses backlog (Markdown).",
            "text/markdown",
            () =>
                data.Scrub(
                    HypothesesMarkdown.Render(analysis.Hypotheses ?? Core.Hypotheses.HypothesisBacklog.Empty, analysis)
                )
        );
        yield return Resource(
            ScoresUri,
            "touchpoint-scores",
            "Every touchpoint's scores in priority order (JSON).",
            "application/json",
            () =>
                ToolJson.Serialize(
                    new TouchpointScoresTool(data, () => new CxAssistant.Chat.Citations.CitationBook(data)).Get(
                        top: 20,
                        quotes: 0
                    )
                )
        );
    }

    private static McpServerResource Resource(
        string uri,
        string name,
        string description,
        string mimeType,
        Func<string> read
    ) =>
        McpServerResource.Create(
            read,
            new McpServerResourceCreateOptions
            {
                UriTemplate = uri,
                Name = name,
                Description = description,
                MimeType = mimeType,
            }
        );
}
