using System.Net;
using CxAssistant.Core.Analysis;
using Markdig;

namespace CxAssistant.Reports;

/// <summary>
/// report.html: the Markdown report rendered by Markdig with raw HTML disabled (so customer text such as a
/// <c>&lt;script&gt;</c> review is shown as text), the Mermaid map replaced by the offline SVG, one inline
/// stylesheet and no scripts or external assets.
/// </summary>
public static class HtmlReport
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoIdentifiers()
        .DisableHtml()
        .Build();

    public static string Render(AnalysisResult analysis, string markdown, ReportOptions options)
    {
        var body = Markdown.ToHtml(markdown, Pipeline);
        // Markdig renders the ```mermaid fence as a code block; swap it for the drawn map.
        const string fence = "<pre><code class=\"language-mermaid\">";
        var start = body.IndexOf(fence, StringComparison.Ordinal);
        if (start >= 0)
        {
            var end = body.IndexOf("</code></pre>", start, StringComparison.Ordinal) + "</code></pre>".Length;
            body = body[..start] + "<figure class=\"map\">" + NetworkSvg.Render(analysis) + "</figure>" + body[end..];
        }
        // Later Mermaid blocks (job state diagrams) need a script to draw, which this page never loads: the tables
        // beside them carry the same counts, so their source folds away (GitHub draws them from report.md).
        body = body.Replace(
            fence,
            "<details><summary>Diagram source (Mermaid; drawn on GitHub from report.md)</summary>" + fence,
            StringComparison.Ordinal
        );
        body = FoldAfterMermaid(body);
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="{ContentSecurityPolicy}">
            <title>CX analysis: {WebUtility.HtmlEncode(options.Title)}</title>
            <style>{Css}</style>
            </head>
            <body>
            <main>
            {body}
            </main>
            </body>
            </html>
            """;
    }

    private static string FoldAfterMermaid(string body)
    {
        var marker = "<details><summary>Diagram source";
        var at = 0;
        while ((at = body.IndexOf(marker, at, StringComparison.Ordinal)) >= 0)
        {
            var close = body.IndexOf("</code></pre>", at, StringComparison.Ordinal) + "</code></pre>".Length;
            body = body.Insert(close, "</details>");
            at = close;
        }
        return body;
    }

    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    private const string Font = "15px/1.55 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif";

    private const string Css = $$$"""
        body{font:{{{Font}}};color:#1d1d1f;background:#fafafa;margin:0}
        main{max-width:1100px;margin:0 auto;padding:24px 28px 64px;background:#fff}
        h1{font-size:1.7em;margin-top:0}h2{border-bottom:2px solid #eee;padding-bottom:4px;margin-top:2em}
        table{border-collapse:collapse;width:100%;font-size:.9em;display:block;overflow-x:auto}
        th,td{border:1px solid #e3e3e3;padding:5px 8px;vertical-align:top}th{background:#f4f4f6;text-align:left}
        blockquote{margin:.4em 0;padding:.4em 1em;border-left:4px solid #d0a0a0;background:#fbf6f6;color:#333}
        blockquote p{margin:.2em 0}code{background:#f2f2f2;padding:1px 4px;border-radius:3px}
        figure.map{overflow-x:auto;margin:1em 0;border:1px solid #eee;padding:8px}
        details{margin:.5em 0;color:#555}summary{cursor:pointer}
        """;
}
