using System.Globalization;
using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Periods;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>
/// "What changed": the latest period against the one before, at the top of the report: NPS, new and growing themes,
/// and the touchpoints and pains whose volume, negative share or NPS impact moved, each with its test
/// (docs/periods.md).
/// </summary>
public static class WhatChangedSection
{
    /// <summary>Rows of the table: every theme that changed, then the largest other moves, up to this many.</summary>
    private const int MaxRows = 10;

    /// <summary>Below this many records a period is flagged as small (it may be incomplete).</summary>
    private const int SmallPeriod = 30;

    public static void Write(StringBuilder sb, AnalysisResult analysis)
    {
        if (analysis.Changes is not { } c)
        {
            return;
        }
        sb.Append("## What changed: ").Append(c.After).Append(" against ").AppendLine(c.Before).AppendLine();
        var by = c.Grain is { } g ? $"By {g.ToString().ToLowerInvariant()}: " : "";
        sb.Append(by)
            .Append(c.AfterRecords)
            .Append(" customer records in ")
            .Append(c.After)
            .Append(", ")
            .Append(c.BeforeRecords)
            .Append(" in ")
            .Append(c.Before)
            .Append(". A change marked ✱ is unlikely to be chance ")
            .AppendLine("(two-proportion z-test, p < 0.05, at least 5 records); the others may be noise.")
            .AppendLine();
        foreach (
            var (period, n) in new[] { (c.Before, c.BeforeRecords), (c.After, c.AfterRecords) }.Where(p =>
                p.Item2 < SmallPeriod
            )
        )
        {
            sb.Append("⚠ ")
                .Append(period)
                .Append(" holds only ")
                .Append(n)
                .AppendLine(" customer records (the period may be incomplete): read its shares as signals.")
                .AppendLine();
        }
        if (c.Nps is { } nps)
        {
            sb.Append("- **NPS** ")
                .Append(Signed(nps.Before.Score, 1))
                .Append(" → ")
                .Append(Signed(nps.After.Score, 1))
                .Append(" (")
                .Append(Signed(nps.Change, 1))
                .Append(" points, n = ")
                .Append(nps.Before.Responses)
                .Append(" → ")
                .Append(nps.After.Responses)
                .Append(", p = ")
                .Append(P(nps.P))
                .Append(nps.Significant ? ") ✱" : ")")
                .AppendLine();
        }
        foreach (var t in c.Themes.Where(t => t.IsNew))
        {
            sb.Append("- **New in ")
                .Append(c.After)
                .Append("**: ")
                .Append(Name(t))
                .Append(": ")
                .Append(t.Volume.AfterHits)
                .Append(" records (")
                .Append(Num(t.Volume.After, 1))
                .Append("%), none in ")
                .Append(c.Before)
                .AppendLine(".");
        }
        foreach (var t in c.Themes.Where(t => t.IsGrowing && !t.IsNew))
        {
            sb.Append("- **Growing**: ")
                .Append(Name(t))
                .Append(", share of records ")
                .Append(Share(t.Volume))
                .AppendLine(".");
        }
        if (!c.Themes.Any(t => t.Changed))
        {
            sb.AppendLine("- No touchpoint or pain changed beyond what chance explains; the largest moves are below.");
        }
        sb.AppendLine();
        WriteTable(sb, c);
    }

    /// <summary>
    /// One line for the console: "What changed (2026-10 against 2026-09): NPS −15.5 ✱; new: …; growing: …".
    /// </summary>
    public static string? OneLine(PeriodComparison? c)
    {
        if (c is null)
        {
            return null;
        }
        var parts = new List<string>();
        if (c.Nps is { } nps)
        {
            parts.Add($"NPS {Signed(nps.Change, 1)} points{(nps.Significant ? " ✱" : "")}");
        }
        var emerging = c.Emerging.ToList();
        if (emerging.Count > 0)
        {
            parts.Add("new or growing: " + string.Join(", ", emerging.Select(t => t.Name)));
        }
        var worse = c.Themes.Where(t => !t.IsEmerging && t.Complaints is { Significant: true, Change: > 0 }).ToList();
        if (worse.Count > 0)
        {
            parts.Add("more complaints: " + string.Join(", ", worse.Select(t => t.Name)));
        }
        if (parts.Count == 0 || (emerging.Count == 0 && worse.Count == 0 && c.Nps is not { Significant: true }))
        {
            parts.Add("nothing beyond chance");
        }
        return $"What changed ({c.After} against {c.Before}): {string.Join("; ", parts)}.";
    }

    private static void WriteTable(StringBuilder sb, PeriodComparison c)
    {
        var rows = c
            .Themes.Where(t => t.Changed)
            .Concat(c.Themes.Where(t => !t.Changed && t.Volume.BeforeHits + t.Volume.AfterHits >= 3))
            .Take(MaxRows)
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }
        var withNps = rows.Any(t => t.NpsImpact is not null);
        sb.Append("| Theme | Share of records | Negative when mentioned | Complaints (share of records)")
            .AppendLine(withNps ? " | NPS impact (points) |" : " |");
        sb.AppendLine(withNps ? "|---|---|---|---|---|" : "|---|---|---|---|");
        foreach (var t in rows)
        {
            sb.Append("| ")
                .Append(Name(t))
                .Append(" | ")
                .Append(Share(t.Volume))
                .Append(" | ")
                .Append(Share(t.Negative))
                .Append(" | ")
                .Append(Share(t.Complaints));
            if (withNps)
            {
                sb.Append(" | ").Append(t.NpsImpact is { } n ? Share(n, "") : "–");
            }
            sb.AppendLine(" |");
        }
        sb.AppendLine()
            .Append("Shares are of each period's customer records; \"negative when mentioned\" is of the records ")
            .AppendLine(
                withNps
                    ? "that mention the theme; NPS impact is the detractor answers linked to it per 100 NPS answers."
                    : "that mention the theme."
            )
            .AppendLine();
    }

    private static string Name(ThemeChange t) =>
        Escape(t.Name)
        + t.Kind switch
        {
            ThemeKind.DiscoveredTouchpoint => " _(discovered)_",
            ThemeKind.Pain => " _(pain)_",
            _ => "",
        };

    /// <summary>"18.0% → 29.0% (+11.0, p = 0.012) ✱"; hits of n when a side is empty.</summary>
    public static string Share(ShareChange s, string unit = "%") =>
        s.BeforeN == 0 || s.AfterN == 0
            ? "–"
            : $"{Num(s.Before, 1)}{unit} → {Num(s.After, 1)}{unit} "
                + $"({Signed(s.Change, 1)}, p = {P(s.P)}){(s.Significant ? " ✱" : "")}";

    public static string P(double p) => p < 0.001 ? "<0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);
}
