using System.Globalization;
using System.Text;
using CxAssistant.Evals.Runs;

namespace CxAssistant.Evals.Reports;

/// <summary>
/// The Markdown report of a run: the matrix (suite × variant), per-suite metrics, and per case the status, score,
/// origin, tokens, cost, latency, every assertion with its reason, and the output. Customer text is escaped so it
/// cannot break out of table cells or code blocks.
/// </summary>
public static class MarkdownReport
{
    /// <summary>Renders the report.</summary>
    public static string Render(RunResults run, RunManifest? manifest)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Eval run {run.RunId}").AppendLine();
        sb.AppendLine(
                CultureInfo.InvariantCulture,
                $"Started {run.CreatedAt:yyyy-MM-dd HH:mm:ss} UTC; repeat "
                    + $"{manifest?.Repeat ?? 1}; cache "
                    + $"{(manifest?.UseCache ?? true ? "on" : "off")}; prompts from "
                    + $"{manifest?.PromptSource ?? "?"}; {manifest?.ModelCalls ?? 0} model "
                    + $"calls, {manifest?.CacheHits ?? 0} cache hits."
            )
            .AppendLine();
        sb.AppendLine("## Matrix").AppendLine();
        var variants = run.Suites.SelectMany(s => s.Variants.Select(v => v.Id)).Distinct().ToList();
        sb.AppendLine("| suite | " + string.Join(" | ", variants.Select(Cell)) + " |");
        sb.AppendLine("|---|" + string.Concat(variants.Select(_ => "---|")));
        foreach (var s in run.Suites)
        {
            sb.AppendLine(
                "| "
                    + Cell(s.Name)
                    + " | "
                    + string.Join(
                        " | ",
                        variants.Select(v =>
                            s.Variants.FirstOrDefault(x => x.Id == v) is { } r
                                ? $"{(r.Passed ? "✅" : "❌")} {r.Score:0.000} ({r.PassRate:P0} "
                                    + $"pass{(r.Errors > 0 ? $", {r.Errors} errors" : "")})"
                                : "–"
                        )
                    )
                    + " |"
            );
        }
        foreach (var s in run.Suites)
        {
            foreach (var v in s.Variants)
            {
                sb.AppendLine()
                    .AppendLine(CultureInfo.InvariantCulture, $"## {Cell(s.Name)} — {Cell(v.Id)}")
                    .AppendLine();
                sb.AppendLine(
                        CultureInfo.InvariantCulture,
                        $"Stage `{s.Stage}`; {v.Cases} cases, score {v.Score:0.0000}, pass rate "
                            + $"{v.PassRate:P1} (threshold {s.Thresholds.Pass:P0}), {v.Errors} "
                            + $"errors, {v.Flaky} flaky; tokens {v.InputTokens} in / {v.OutputTokens} "
                            + $"out; cost {Cost(v.CostUsd)}; judge tokens {v.JudgeInputTokens} in / "
                            + $"{v.JudgeOutputTokens} out, judge cost {Cost(v.JudgeCostUsd)}."
                    )
                    .AppendLine();
                if (v.Metrics.Count > 0)
                {
                    sb.AppendLine("| metric | value |").AppendLine("|---|---:|");
                    foreach (var (k, val) in v.Metrics)
                    {
                        sb.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(k)} | {val:0.####} |");
                    }
                    sb.AppendLine();
                }
                sb.AppendLine("| case | status | score | origin | tokens | cost | latency | failing assertions |")
                    .AppendLine("|---|---|---:|---|---:|---:|---:|---|");
                foreach (var c in v.CaseResults)
                {
                    var failing = c.Error
                        ?? string.Join(
                            "; ",
                            c.Assertions.Where(a => a.Status is "fail" or "error")
                                .Select(a => $"{a.Type}: {a.Error ?? a.Reason}")
                        );
                    sb.AppendLine(
                        CultureInfo.InvariantCulture,
                        $"| {Cell(c.Id)} | {c.Status}{Repeats(c)} | "
                            + $"{(c.Score is { } sc ? sc.ToString("0.000", CultureInfo.InvariantCulture) : "–")} "
                            + $"| {Cell(c.Origin)}{(c.Cached ? " (cached)" : "")} | "
                            + $"{c.InputTokens + c.OutputTokens} | {Cost(c.CostUsd)} | "
                            + $"{c.LatencyMs:0.#} ms | {Cell(failing)} |"
                    );
                }
                var detailed = v.CaseResults.Where(c => c.Status != "pass").Take(50).ToList();
                if (detailed.Count == 0)
                {
                    continue;
                }
                sb.AppendLine().AppendLine("### Cases that did not pass").AppendLine();
                foreach (var c in detailed)
                {
                    sb.AppendLine(CultureInfo.InvariantCulture, $"#### {Cell(c.Id)} ({c.Status})").AppendLine();
                    foreach (var a in c.Assertions)
                    {
                        sb.AppendLine(
                            CultureInfo.InvariantCulture,
                            $"- **{a.Type}** {a.Status} "
                                + $"{(a.Score is { } s2 ? s2.ToString("0.###", CultureInfo.InvariantCulture) : "")}: "
                                + $"{Cell(a.Error ?? a.Reason)}"
                        );
                    }
                    if (c.Output is not null)
                    {
                        sb.AppendLine()
                            .AppendLine("~~~json")
                            .AppendLine(
                                Truncate(c.Output.ToJsonString(), 4000)
                                    .Replace("~~~", "~ ~ ~", StringComparison.Ordinal)
                            )
                            .AppendLine("~~~");
                    }
                    sb.AppendLine();
                }
            }
        }
        return sb.ToString();
    }

    /// <summary>Repeat statistics after the status: " (3/4 runs pass, variance 0.02, flaky)".</summary>
    internal static string Repeats(CaseResult c) =>
        c.Repeats is not { } r
            ? ""
            : string.Create(
                CultureInfo.InvariantCulture,
                $" ({Math.Round(r.PassRate * r.Runs)}/{r.Runs} runs pass, variance "
                    + $"{r.ScoreVariance:0.####}{(r.Flaky ? ", flaky" : "")})"
            );

    private static string Cost(double? usd) =>
        usd is null ? "unpriced" : "$" + usd.Value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>Text safe inside a Markdown table cell: no pipes, newlines or HTML.</summary>
    internal static string Cell(string text) =>
        Truncate(text, 300)
            .Replace("\r", " ", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
