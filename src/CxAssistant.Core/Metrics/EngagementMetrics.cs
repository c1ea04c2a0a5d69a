using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Metrics;

/// <summary>
/// NPS, CSAT, CES and star-rating means over a set of evidence, each with its 95% band.
/// Every answer counts once (no per-customer de-duplication); answers outside their scale are ignored.
/// Percentages and NPS are rounded to 1 decimal, means to 2 decimals.
/// </summary>
public static class EngagementMetrics
{
    public static ExperienceMetrics Compute(IEnumerable<EvidenceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records as IReadOnlyList<EvidenceRecord> ?? [.. records];
        return new ExperienceMetrics(
            list.Count,
            Nps(list.Where(r => r.Nps is not null).Select(r => r.Nps!.Value)),
            Csat(list.Where(r => r.Csat is not null).Select(r => r.Csat!.Value)),
            Mean(list.Where(r => r.Ces is not null).Select(r => r.Ces!.Value), 1, 7),
            Mean(list.Where(r => r.Rating is not null).Select(r => r.Rating!.Value), 1, 5)
        );
    }

    /// <summary>
    /// NPS = %promoters (9–10) − %detractors (0–6). Band: ±1.96·sqrt(var)·100 with the variance of the
    /// NPS estimator var = (p+ + p− − (p+ − p−)²)/n, clamped to ±100. One answer gives the full band.
    /// </summary>
    public static NpsResult? Nps(IEnumerable<int> answers)
    {
        int promoters = 0,
            passives = 0,
            detractors = 0;
        foreach (var a in answers)
        {
            if (a is < 0 or > 10)
            {
                continue;
            }
            if (a >= 9)
            {
                promoters++;
            }
            else if (a >= 7)
            {
                passives++;
            }
            else
            {
                detractors++;
            }
        }
        var n = promoters + passives + detractors;
        if (n == 0)
        {
            return null;
        }
        double pPlus = (double)promoters / n,
            pMinus = (double)detractors / n;
        var score = (pPlus - pMinus) * 100;
        if (n < 2)
        {
            return new NpsResult(Statistics.Round(score, 1), promoters, passives, detractors, -100, 100);
        }
        var variance = Math.Max(0, (pPlus + pMinus - (pPlus - pMinus) * (pPlus - pMinus)) / n);
        var half = Statistics.Z95 * Math.Sqrt(variance) * 100;
        return new NpsResult(
            Statistics.Round(score, 1),
            promoters,
            passives,
            detractors,
            Statistics.Round(Math.Max(-100, score - half), 1),
            Statistics.Round(Math.Min(100, score + half), 1)
        );
    }

    /// <summary>CSAT = % of answers 4–5 on a 1–5 scale, with a Wilson band.</summary>
    public static ShareResult? Csat(IEnumerable<double> answers)
    {
        int hits = 0,
            n = 0;
        foreach (var a in answers)
        {
            if (!double.IsFinite(a) || a < 1 || a > 5)
            {
                continue;
            }
            n++;
            if (a >= 4)
            {
                hits++;
            }
        }
        if (n == 0)
        {
            return null;
        }
        var (low, high) = Statistics.Wilson(hits, n);
        return new ShareResult(
            Statistics.Round(100.0 * hits / n, 1),
            hits,
            n,
            Statistics.Round(low * 100, 1),
            Statistics.Round(high * 100, 1)
        );
    }

    /// <summary>
    /// Mean of answers on the scale [min, max] with a Student-t 95% band (df = n − 1), clamped to the scale.
    /// One answer gives the whole scale as its band: a single opinion says nothing about spread.
    /// </summary>
    public static MeanResult? Mean(IEnumerable<double> answers, double min, double max)
    {
        var values = answers.Where(a => double.IsFinite(a) && a >= min && a <= max).ToList();
        if (values.Count == 0)
        {
            return null;
        }
        var mean = values.Average();
        if (values.Count < 2)
        {
            return new MeanResult(Statistics.Round(mean, 2), 1, min, max);
        }
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        var half = Statistics.TCritical95(values.Count - 1) * sd / Math.Sqrt(values.Count);
        return new MeanResult(
            Statistics.Round(mean, 2),
            values.Count,
            Statistics.Round(Math.Max(min, mean - half), 2),
            Statistics.Round(Math.Min(max, mean + half), 2)
        );
    }
}
