using System.Globalization;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Scoring;

namespace CxAssistant.Core.Metrics;

/// <summary>
/// Computes every <see cref="EngagementAnalysis"/> figure from annotated evidence and the touchpoint scores.
/// </summary>
public static class EngagementAnalyzer
{
    public static EngagementAnalysis Analyze(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<Annotation> annotations,
        ScoringResult scoring,
        EngagementOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(annotations);
        ArgumentNullException.ThrowIfNull(scoring);
        options ??= new EngagementOptions();
        // Lifetime value, key drivers and retention read the same data and not each other: computed side by side.
        LifetimeValueResult? clv = null;
        KeyDriverResult? drivers = null;
        RetentionResult? retention = null;
        SideBySide.Run(
            () => clv = LifetimeValue.Compute(records, options),
            () => drivers = KeyDriverAnalysis.Compute(records, annotations, options),
            () => retention = Retention.Compute(records, annotations, options.Segments)
        );
        var social = Enumerable.Range(0, records.Count).Where(i => records[i].Channel == Channel.Social).ToList();
        var socialSentiment =
            social.Count == 0
                ? (double?)null
                : Statistics.Round(
                    social.Select(i => annotations[i].Sentiment).Where(double.IsFinite).DefaultIfEmpty(0).Average(),
                    3
                );

        var assumptions = new List<string>();
        if (clv is not null)
        {
            assumptions.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Profit margin {options.Margin * 100:0.#}% of order value "
                        + $"({(options.Margin == new EngagementOptions().Margin ? "assumed default" : "configured")})."
                )
            );
            assumptions.Add(
                options.HorizonYears is { } h
                    ? string.Create(
                        CultureInfo.InvariantCulture,
                        $"CLV horizon {h:0.##} years (configured); frequency extrapolated from the observed span."
                    )
                    : "CLV period = the observed span of the orders (historical CLV, no extrapolation)."
            );
        }
        if (drivers is not null)
        {
            assumptions.Add(
                "Key drivers: a customer who does not mention a touchpoint counts as neutral (sentiment 0) for it."
            );
        }
        return new EngagementAnalysis(
            clv,
            retention!,
            drivers,
            ImportancePerformance.Compute(drivers, scoring.Touchpoints, options.PerformanceFromFunctional),
            social.Count,
            socialSentiment,
            assumptions
        );
    }
}
