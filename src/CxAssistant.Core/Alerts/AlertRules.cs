using System.Globalization;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Metrics;
using CxAssistant.Core.Periods;

namespace CxAssistant.Core.Alerts;

/// <summary>
/// Checks an analysis against the alert thresholds. A touchpoint's negative share is read in the latest period when the
/// analysis compares periods (what a monthly job cares about), else over all the data; NPS drops and new themes need a
/// period comparison. Same counts as "What changed" (<see cref="PeriodComparer"/>). Order: NPS, new themes,
/// touchpoints.
/// </summary>
public static class AlertRules
{
    public static IReadOnlyList<Alert> Check(AnalysisResult analysis, AlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(options);
        var alerts = new List<Alert>();
        var c = analysis.Changes;
        if (c?.Nps is { } nps && options.NpsDrop is { } drop && -nps.Change > drop)
        {
            alerts.Add(
                new Alert(
                    AlertKind.NpsDrop,
                    null,
                    "NPS",
                    nps.Change,
                    -drop,
                    nps.Before.Responses + nps.After.Responses,
                    c.After,
                    nps.P,
                    $"NPS fell {N(-nps.Change)} points from {c.Before} to {c.After} ({N(nps.Before.Score)} → "
                        + $"{N(nps.After.Score)}, {nps.After.Responses} answers, p = "
                        + $"{N(nps.P, 3)}); the alert is set at {N(drop)}."
                )
            );
        }
        if (c is not null && options.NewThemeRecords is { } size)
        {
            foreach (var t in c.Themes.Where(t => t.Volume.BeforeHits == 0 && t.Volume.AfterHits >= size))
            {
                alerts.Add(
                    new Alert(
                        AlertKind.NewTheme,
                        t.Id,
                        t.Name,
                        t.Volume.AfterHits,
                        size,
                        t.Volume.AfterHits,
                        c.After,
                        t.Volume.P,
                        $"New in {c.After}: {t.Name} ({t.Volume.AfterHits} records, none in {c.Before}); "
                            + $"the alert is set at {size} records."
                    )
                );
            }
        }
        if (options.NegativeShare is { } share)
        {
            alerts.AddRange(Negative(analysis, share, options.MinMentions));
        }
        return alerts;
    }

    private static IEnumerable<Alert> Negative(AnalysisResult analysis, double threshold, int minMentions)
    {
        var latest = analysis.Changes;
        // Per touchpoint: negative records of those that mention it, in the latest period or over all the data.
        var counts = latest is not null
            ? latest
                .Themes.Where(t => t.Kind != ThemeKind.Pain)
                .Select(t => (t.Id, t.Name, Hits: t.Negative.AfterHits, N: t.Negative.AfterN))
            : PeriodComparer
                .Between(analysis.Records, analysis.Annotations, analysis.Catalog, _ => true, _ => true, "all", "all")
                .Themes.Where(t => t.Kind != ThemeKind.Pain)
                .Select(t => (t.Id, t.Name, Hits: t.Negative.AfterHits, N: t.Negative.AfterN));
        foreach (
            var (id, name, hits, n) in counts
                .OrderByDescending(x => (double)x.Hits / Math.Max(1, x.N))
                .ThenBy(x => x.Id, StringComparer.Ordinal)
        )
        {
            if (n < minMentions)
            {
                continue;
            }
            var share = (double)hits / n;
            if (share <= threshold)
            {
                continue;
            }
            var where = latest is null ? "" : $" in {latest.After}";
            yield return new Alert(
                AlertKind.NegativeShare,
                id,
                name,
                Statistics.Round(share, 3),
                threshold,
                n,
                latest?.After,
                null,
                $"{name}: {hits} of {n} records that mention it{where} are negative ({N(100 * share)}%); "
                    + $"the alert is set at {N(100 * threshold)}% with at least {minMentions} mentions."
            );
        }
    }

    private static string N(double value, int decimals = 1) =>
        Statistics.Round(value, decimals).ToString(decimals == 1 ? "0.#" : "0.###", CultureInfo.InvariantCulture);
}
