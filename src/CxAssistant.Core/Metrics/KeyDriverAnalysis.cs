using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Metrics;

/// <summary>
/// Which touchpoints move NPS (or the star rating when NPS is scarce): per customer, the outcome is the mean of
/// their answers and each driver is the mean sentiment of their own records mentioning that touchpoint, 0
/// (neutral) when they do not mention it. Multiple OLS when n ≥ MinRegressionN and n &gt; 3 × drivers;
/// otherwise one Pearson correlation per driver. See docs/engagement-metrics.md, "Key drivers".
/// </summary>
public static class KeyDriverAnalysis
{
    public static KeyDriverResult? Compute(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<Annotation> annotations,
        EngagementOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(annotations);
        if (annotations.Count != records.Count)
        {
            throw new ArgumentException("Annotations must be one per record, in the same order.", nameof(annotations));
        }
        options ??= new EngagementOptions();

        var nps = Outcomes(records, r => r.Nps is { } v and >= 0 and <= 10 ? v : null);
        var rating = Outcomes(records, r => r.Rating is { } v and >= 1 and <= 5 ? v : null);
        var useNps = nps.Count > 0 && (nps.Count >= options.MinRegressionN || nps.Count >= rating.Count);
        var (outcomeName, outcome) = useNps ? ("NPS", nps) : ("rating", rating);
        if (outcome.Count == 0)
        {
            return null;
        }

        var customers = outcome.Keys.Order(StringComparer.Ordinal).ToList();
        var sentiment = CustomerSentiment(records, annotations, outcome);
        var drivers = sentiment
            .Select(kv => (Touchpoint: kv.Key, Mentions: kv.Value.Count))
            .Where(d => d.Mentions >= options.MinDriverCustomers)
            .OrderByDescending(d => d.Mentions)
            .ThenBy(d => d.Touchpoint, StringComparer.Ordinal)
            .Take(options.MaxDrivers)
            .Select(d => d.Touchpoint)
            .Where(tp =>
                LinearRegression.StandardDeviation([.. customers.Select(c => sentiment[tp].GetValueOrDefault(c))]) > 0
            )
            .ToList();
        var y = customers.Select(c => outcome[c]).ToList();
        if (drivers.Count == 0 || LinearRegression.StandardDeviation(y) == 0)
        {
            return new KeyDriverResult(
                outcomeName,
                KeyDriverResult.CorrelationMethod,
                customers.Count,
                null,
                [],
                "No touchpoint is mentioned by enough scored customers (or every "
                    + "answer is the same): no drivers to test."
            );
        }

        var columns = drivers
            .Select(tp => (IReadOnlyList<double>)[.. customers.Select(c => sentiment[tp].GetValueOrDefault(c))])
            .ToList();
        var n = customers.Count;
        var enough = n >= options.MinRegressionN && n > 3 * drivers.Count;
        var fit = enough
            ? LinearRegression.Fit(
                [.. Enumerable.Range(0, n).Select(r => (IReadOnlyList<double>)[.. columns.Select(col => col[r])])],
                y
            )
            : null;
        if (fit is null)
        {
            var why = enough
                ? "The drivers are collinear, so the regression is not identifiable; simple correlations instead."
                : $"Only {n} customers for {drivers.Count} "
                    + $"{(drivers.Count == 1 ? "driver" : "drivers")} (a regression needs n ≥ "
                    + $"{options.MinRegressionN} and n > 3 × drivers); simple correlations "
                    + $"instead.";
            return new KeyDriverResult(
                outcomeName,
                KeyDriverResult.CorrelationMethod,
                n,
                null,
                Order(drivers.Select((tp, j) => Correlated(tp, columns[j], y, sentiment[tp].Count))),
                why
            );
        }
        var sdY = LinearRegression.StandardDeviation(y);
        return new KeyDriverResult(
            outcomeName,
            KeyDriverResult.Regression,
            n,
            Statistics.Round(fit.RSquared, 3),
            Order(
                drivers.Select(
                    (tp, j) =>
                        new KeyDriver(
                            tp,
                            Statistics.Round(
                                fit.Coefficients[j + 1] * LinearRegression.StandardDeviation(columns[j]) / sdY,
                                3
                            ),
                            Statistics.Round(fit.Coefficients[j + 1], 3),
                            Statistics.Round(fit.PValues[j + 1], 4),
                            sentiment[tp].Count,
                            Statistics.Round(LinearRegression.Correlation(columns[j], y), 3)
                        )
                )
            ),
            null
        );
    }

    private static KeyDriver Correlated(
        string touchpoint,
        IReadOnlyList<double> x,
        IReadOnlyList<double> y,
        int mentions
    )
    {
        var r = LinearRegression.Correlation(x, y);
        var df = x.Count - 2;
        var p =
            df < 1 ? 1
            : Math.Abs(r) >= 1 ? 0
            : StudentT.TwoSidedP(r * Math.Sqrt(df / (1 - r * r)), df);
        return new KeyDriver(
            touchpoint,
            Statistics.Round(r, 3),
            null,
            Statistics.Round(p, 4),
            mentions,
            Statistics.Round(r, 3)
        );
    }

    private static List<KeyDriver> Order(IEnumerable<KeyDriver> drivers) =>
        [.. drivers.OrderByDescending(d => d.Effect).ThenBy(d => d.TouchpointId, StringComparer.Ordinal)];

    /// <summary>Mean answer per customer (all of their records, whoever typed them).</summary>
    private static Dictionary<string, double> Outcomes(
        IReadOnlyList<EvidenceRecord> records,
        Func<EvidenceRecord, double?> answer
    ) =>
        records
            .Select(r => (Key: EngagementCustomers.Key(r), Answer: answer(r)))
            .Where(x => x.Answer is not null)
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Average(x => x.Answer!.Value), StringComparer.Ordinal);

    /// <summary>
    /// touchpoint → customer → mean sentiment of the customer's own records mentioning it (scored customers only).
    /// </summary>
    private static Dictionary<string, Dictionary<string, double>> CustomerSentiment(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<Annotation> annotations,
        Dictionary<string, double> outcome
    )
    {
        var sums = new Dictionary<string, Dictionary<string, (double Sum, int Count)>>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            if (!records[i].IsCustomerVoice)
            {
                continue;
            }
            var key = EngagementCustomers.Key(records[i]);
            if (!outcome.ContainsKey(key))
            {
                continue;
            }
            var s = annotations[i].Sentiment;
            if (!double.IsFinite(s))
            {
                continue;
            }
            foreach (var tp in annotations[i].Touchpoints.Select(t => t.TouchpointId).Distinct(StringComparer.Ordinal))
            {
                if (!sums.TryGetValue(tp, out var byCustomer))
                {
                    sums[tp] = byCustomer = new(StringComparer.Ordinal);
                }
                var (sum, count) = byCustomer.GetValueOrDefault(key);
                byCustomer[key] = (sum + Math.Clamp(s, -1, 1), count + 1);
            }
        }
        return sums.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.ToDictionary(c => c.Key, c => c.Value.Sum / c.Value.Count, StringComparer.Ordinal),
            StringComparer.Ordinal
        );
    }
}
