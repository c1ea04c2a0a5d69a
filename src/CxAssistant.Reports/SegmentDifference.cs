using CxAssistant.Core.Metrics;

namespace CxAssistant.Reports;

/// <summary>
/// The most useful segment finding for an owner: within one field (location, mechanic, tier…), the two groups whose
/// NPS differs most, kept only when the difference is unlikely to be chance. Each NPS answer counts +1 (promoter),
/// 0 or −1 (detractor); NPS is 100 × their mean, so the difference of two means gets a two-sample z test
/// (|z| ≥ 1.96, about 95 %). Groups need at least <see cref="MinAnswers"/> answers and a name that is not a number.
/// </summary>
public static class SegmentDifference
{
    public const int MinAnswers = 8;

    /// <summary>A significant difference between two groups of one field.</summary>
    public sealed record Finding(string Field, SegmentMetrics High, SegmentMetrics Low, double Z);

    /// <summary>The largest significant NPS difference of any field, or null.</summary>
    public static Finding? Largest(IReadOnlyList<SegmentMetrics> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        Finding? best = null;
        // Groups named by words (a location, a mechanic, a tier); a numeric answer ("importance 8 vs 10") is a score,
        // not a group of customers an owner can act on.
        foreach (
            var field in segments
                .Where(s =>
                    s.Field != "channel"
                    && !double.TryParse(
                        s.Value,
                        System.Globalization.NumberStyles.Float,
                        System.Globalization.CultureInfo.InvariantCulture,
                        out _
                    )
                )
                .GroupBy(s => s.Field, StringComparer.Ordinal)
        )
        {
            var groups = field.Where(s => s.Metrics.Nps is { } n && n.Responses >= MinAnswers).ToList();
            foreach (var high in groups)
            {
                foreach (var low in groups.Where(l => l.Metrics.Nps!.Score < high.Metrics.Nps!.Score))
                {
                    var z = Z(high.Metrics.Nps!, low.Metrics.Nps!);
                    if (z < 1.96)
                    {
                        continue;
                    }
                    var gap = high.Metrics.Nps!.Score - low.Metrics.Nps!.Score;
                    if (best is null || gap > best.High.Metrics.Nps!.Score - best.Low.Metrics.Nps!.Score)
                    {
                        best = new Finding(field.Key, high, low, z);
                    }
                }
            }
        }
        return best;
    }

    private static double Z(NpsResult a, NpsResult b)
    {
        var (ma, va) = Moments(a);
        var (mb, vb) = Moments(b);
        var se = Math.Sqrt(va / a.Responses + vb / b.Responses);
        return se == 0 ? 0 : (ma - mb) / se;
    }

    private static (double Mean, double Variance) Moments(NpsResult n)
    {
        double p = (double)n.Promoters / n.Responses,
            d = (double)n.Detractors / n.Responses;
        var mean = p - d;
        return (mean, p + d - mean * mean);
    }
}
