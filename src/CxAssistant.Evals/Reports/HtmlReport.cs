using System.Globalization;
using System.Net;
using System.Text;
using CxAssistant.Evals.Runs;

namespace CxAssistant.Evals.Reports;

/// <summary>
/// The HTML report of a run: a self-contained page (inline CSS, no scripts) with the matrix, per-suite metrics and
/// per-case details (output, assertion reasons, tokens, cost, latency, origin). Every piece of text is HTML-encoded,
/// so customer text or model output containing markup is shown as text.
/// </summary>
public static class HtmlReport
{
    /// <summary>Renders the page.</summary>
    public static string Render(RunResults run, RunManifest? manifest)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(E("Eval run " + run.RunId))
            .Append("</title>");
        sb.Append("<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:1200px}")
            .Append("table{border-collapse:collapse;margin:1em 0}")
            .Append("td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}")
            .Append(".pass{color:#176a2b}.fail{color:#b00020}.error{color:#8a4b00}")
            .Append("pre{background:#f6f6f6;padding:8px;overflow:auto;max-height:300px;white-space:pre-wrap}")
            .Append("details{margin:4px 0}</style></head><body>");
        sb.Append("<h1>").Append(E("Eval run " + run.RunId)).Append("</h1>");
        sb.Append("<p>")
            .Append(
                E(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Started {run.CreatedAt:yyyy-MM-dd HH:mm:ss} UTC; repeat {manifest?.Repeat ?? 1}."
                    )
                )
            )
            .Append("</p>");
        var variants = run.Suites.SelectMany(s => s.Variants.Select(v => v.Id)).Distinct().ToList();
        sb.Append("<h2>Matrix</h2><table><tr><th>suite</th>");
        foreach (var v in variants)
        {
            sb.Append("<th>").Append(E(v)).Append("</th>");
        }
        sb.Append("</tr>");
        foreach (var s in run.Suites)
        {
            sb.Append("<tr><td>").Append(E(s.Name)).Append("</td>");
            foreach (var v in variants)
            {
                var r = s.Variants.FirstOrDefault(x => x.Id == v);
                if (r is null)
                {
                    sb.Append("<td>–</td>");
                    continue;
                }
                var cell = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{r.Score:0.000} · {r.PassRate:P0} pass · {r.Errors} errors"
                );
                sb.Append($"<td class=\"{(r.Passed ? "pass" : "fail")}\">{E(cell)}</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</table>");
        foreach (var s in run.Suites)
        {
            foreach (var v in s.Variants)
            {
                Variant(sb, s, v);
            }
        }
        sb.Append("</body></html>");
        return sb.ToString();
    }

    private static void Variant(StringBuilder sb, SuiteResult s, VariantResult v)
    {
        var cost = v.CostUsd is { } total ? "$" + total.ToString("0.######", CultureInfo.InvariantCulture) : "unpriced";
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"Stage {s.Stage}; {v.Cases} cases; score {v.Score:0.0000}; pass rate {v.PassRate:P1}; {v.Errors} errors; "
                + $"{v.Flaky} flaky; tokens {v.InputTokens}/{v.OutputTokens}; cost {cost}."
        );
        sb.Append("<h2>").Append(E($"{s.Name} — {v.Id}")).Append("</h2><p>").Append(E(summary)).Append("</p>");
        if (v.Metrics.Count > 0)
        {
            sb.Append("<table><tr><th>metric</th><th>value</th></tr>");
            foreach (var (k, val) in v.Metrics)
            {
                sb.Append("<tr><td>")
                    .Append(E(k))
                    .Append("</td><td>")
                    .Append(E(val.ToString("0.####", CultureInfo.InvariantCulture)))
                    .Append("</td></tr>");
            }
            sb.Append("</table>");
        }
        sb.Append("<table><tr><th>case</th><th>status</th><th>score</th><th>origin</th><th>tokens</th><th>cost</th>")
            .Append("<th>latency</th><th>details</th></tr>");
        foreach (var c in v.CaseResults)
        {
            sb.Append("<tr><td>")
                .Append(E(c.Id))
                .Append("</td><td class=\"")
                .Append(E(c.Status))
                .Append("\">")
                .Append(E(c.Status + MarkdownReport.Repeats(c)))
                .Append("</td><td>")
                .Append(E(c.Score?.ToString("0.000", CultureInfo.InvariantCulture) ?? "–"))
                .Append("</td><td>")
                .Append(E(c.Origin + (c.Cached ? " (cached)" : "")))
                .Append("</td><td>")
                .Append(c.InputTokens + c.OutputTokens)
                .Append("</td><td>")
                .Append(E(c.CostUsd?.ToString("0.######", CultureInfo.InvariantCulture) ?? "unpriced"))
                .Append("</td><td>")
                .Append(E(c.LatencyMs.ToString("0.#", CultureInfo.InvariantCulture) + " ms"))
                .Append("</td><td><details><summary>")
                .Append(
                    E(c.Error ?? $"{c.Assertions.Count(a => a.Status == "pass")}/{c.Assertions.Count} assertions pass")
                )
                .Append("</summary><ul>");
            foreach (var a in c.Assertions)
            {
                sb.Append("<li class=\"")
                    .Append(E(a.Status))
                    .Append("\">")
                    .Append(
                        E(
                            $"{a.Type} ({a.Status}, "
                                + $"{a.Score?.ToString("0.###", CultureInfo.InvariantCulture) ?? "–"}): "
                                + $"{a.Error ?? a.Reason}"
                        )
                    )
                    .Append("</li>");
            }
            sb.Append("</ul>");
            if (c.Output is not null)
            {
                sb.Append("<pre>").Append(E(Truncate(c.Output.ToJsonString(), 6000))).Append("</pre>");
            }
            sb.Append("</details></td></tr>");
        }
        sb.Append("</table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
