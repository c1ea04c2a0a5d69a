using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Metrics;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Core.Periods;

/// <summary>
/// Compares the latest period of dated records with the one before (<see cref="Compare"/>), or any two sets of records
/// (<see cref="Between"/>: chat's "this month vs last month", "since the price change"). One computation for the
/// report,
/// the web dashboard, alerts and chat. Formulas and thresholds: docs/periods.md.
/// </summary>
public static class PeriodComparer
{
    /// <summary>Null when fewer than two periods hold dated customer records.</summary>
    public static PeriodComparison? Compare(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<Annotation> annotations,
        TouchpointCatalog catalog,
        PeriodGrain grain,
        PeriodOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(records);
        var keys = records.Select(r => PeriodKeys.Of(r.Timestamp, grain)).ToArray();
        var periods = Enumerable
            .Range(0, records.Count)
            .Where(i => keys[i] is not null && records[i].IsCustomerVoice)
            .GroupBy(i => keys[i]!, StringComparer.Ordinal)
            .Select(g => new PeriodCount(g.Key, g.Count()))
            .OrderBy(p => p.Period, StringComparer.Ordinal)
            .ToList();
        if (periods.Count < 2)
        {
            return null;
        }
        var (before, after) = (periods[^2].Period, periods[^1].Period);
        return Between(
            records,
            annotations,
            catalog,
            i => keys[i] == before,
            i => keys[i] == after,
            before,
            after,
            options
        ) with
        {
            Grain = grain,
            Periods = periods,
        };
    }

    /// <summary>
    /// Compares the records <paramref name="inBefore"/> selects with those <paramref name="inAfter"/> selects.
    /// </summary>
    public static PeriodComparison Between(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<Annotation> annotations,
        TouchpointCatalog catalog,
        Func<int, bool> inBefore,
        Func<int, bool> inAfter,
        string beforeLabel,
        string afterLabel,
        PeriodOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(annotations);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(inBefore);
        ArgumentNullException.ThrowIfNull(inAfter);
        if (annotations.Count != records.Count)
        {
            throw new ArgumentException("Annotations must be one per record, in the same order.", nameof(annotations));
        }
        options ??= new PeriodOptions();
        var before = PeriodThemes.Count(records, annotations, catalog, inBefore);
        var after = PeriodThemes.Count(records, annotations, catalog, inAfter);
        var themes = before
            .Themes.Keys.Union(after.Themes.Keys, StringComparer.Ordinal)
            .Select(key => Theme(key, before, after, catalog, options))
            .OrderByDescending(t => t.Changed)
            .ThenBy(t => t.Changed ? t.MinP : 1)
            .ThenByDescending(t => Math.Abs(t.Complaints.Change))
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        return new PeriodComparison(
            null,
            beforeLabel,
            afterLabel,
            before.Records,
            after.Records,
            [new(beforeLabel, before.Records), new(afterLabel, after.Records)],
            Nps(before.Nps, after.Nps, options),
            themes
        );
    }

    private static ThemeChange Theme(
        string key,
        PeriodThemes before,
        PeriodThemes after,
        TouchpointCatalog catalog,
        PeriodOptions options
    )
    {
        var a = before.Themes.GetValueOrDefault(key) ?? PeriodThemes.Tally.Empty;
        var b = after.Themes.GetValueOrDefault(key) ?? PeriodThemes.Tally.Empty;
        var (kind, id, name) = Describe(key, catalog);
        var volume = ShareChange.Of(a.Records, before.Records, b.Records, after.Records, options);
        var npsImpact =
            before.NpsAnswers + after.NpsAnswers == 0
                ? null
                : ShareChange.Of(a.Detractors, before.NpsAnswers, b.Detractors, after.NpsAnswers, options);
        var isNew = a.Records == 0 && b.Records >= options.MinNewThemeRecords;
        return new ThemeChange(
            id,
            name,
            kind,
            volume,
            ShareChange.Of(a.Negative, a.Records, b.Negative, b.Records, options),
            ShareChange.Of(a.Negative, before.Records, b.Negative, after.Records, options),
            npsImpact,
            isNew,
            IsGrowing: volume.Significant && volume.Change > 0
        );
    }

    private static (ThemeKind Kind, string Id, string Name) Describe(string key, TouchpointCatalog catalog)
    {
        if (key.StartsWith(PeriodThemes.PainPrefix, StringComparison.Ordinal))
        {
            var pain = key[PeriodThemes.PainPrefix.Length..];
            var name = PainNames.Of(pain);
            return (ThemeKind.Pain, pain, name.Length == 0 ? pain : char.ToUpperInvariant(name[0]) + name[1..]);
        }
        var tp = catalog.Find(key);
        var kind = tp?.Origin == TouchpointOrigin.Discovered ? ThemeKind.DiscoveredTouchpoint : ThemeKind.Touchpoint;
        return (kind, key, tp?.Name ?? key);
    }

    /// <summary>
    /// NPS in both periods and a z-test on their difference, with each period's variance of the NPS estimator
    /// (p₊ + p₋ − (p₊ − p₋)²)/n (as for the NPS band); null unless both periods have answers.
    /// </summary>
    internal static NpsChange? Nps(IReadOnlyList<int> before, IReadOnlyList<int> after, PeriodOptions options)
    {
        if (EngagementMetrics.Nps(before) is not { } a || EngagementMetrics.Nps(after) is not { } b)
        {
            return null;
        }
        var diff = Raw(b) - Raw(a);
        var se = Math.Sqrt(Variance(a) / a.Responses + Variance(b) / b.Responses);
        // Two unanimous periods (+100 then −100) have no spread of their own: test against the pooled answers' spread,
        // the spread the two periods would share if nothing had changed.
        if (!(se > 0) && diff != 0)
        {
            var pooled = new NpsResult(
                0,
                a.Promoters + b.Promoters,
                a.Passives + b.Passives,
                a.Detractors + b.Detractors,
                0,
                0
            );
            se = Math.Sqrt(Variance(pooled) * (1.0 / a.Responses + 1.0 / b.Responses));
        }
        var z = se > 0 ? diff / se : 0;
        var p = se > 0 ? TwoProportionTest.TwoSidedP(z) : 1;
        return new NpsChange(
            a,
            b,
            Statistics.Round(diff, 1),
            Statistics.Round(z, 3),
            Statistics.Round(p, 4),
            p < options.Alpha && a.Responses + b.Responses >= options.MinSupport
        );
    }

    private static double Raw(NpsResult r) => 100.0 * (r.Promoters - r.Detractors) / r.Responses;

    /// <summary>
    /// Variance of one answer's contribution (+100, 0, −100) for these shares: (p₊ + p₋ − (p₊ − p₋)²)·100².
    /// </summary>
    private static double Variance(NpsResult r)
    {
        double plus = (double)r.Promoters / r.Responses,
            minus = (double)r.Detractors / r.Responses;
        return Math.Max(0, plus + minus - (plus - minus) * (plus - minus)) * 100 * 100;
    }
}
