using CxAssistant.Core.Scoring;

namespace CxAssistant.Core.Metrics;

/// <summary>
/// Importance × performance analysis: importance is a driver's effect, split at the mean effect of all drivers
/// (a data-centred crosshair: "more important than the average driver"); performance is the touchpoint's emotional
/// impact split at 0 (its natural neutral point), or its functional performance split at 0.5.
/// Equal to the crosshair counts as high.
/// </summary>
public static class ImportancePerformance
{
    public static IReadOnlyList<ImportancePerformancePoint> Compute(
        KeyDriverResult? drivers,
        IReadOnlyList<TouchpointScore> scores,
        bool functional = false
    )
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (drivers is null || drivers.Drivers.Count == 0)
        {
            return [];
        }
        var crosshair = drivers.Drivers.Average(d => d.Effect);
        var points = new List<ImportancePerformancePoint>();
        foreach (var d in drivers.Drivers)
        {
            if (scores.FirstOrDefault(s => s.TouchpointId == d.TouchpointId) is not { } score)
            {
                continue;
            }
            var performance = functional ? score.FunctionalPerformance.Value : score.EmotionalImpact.Value;
            var high = performance >= (functional ? 0.5 : 0);
            var important = d.Effect >= crosshair;
            var quadrant = (important, high) switch
            {
                (true, false) => ImportancePerformanceQuadrant.FixNow,
                (true, true) => ImportancePerformanceQuadrant.KeepUp,
                (false, true) => ImportancePerformanceQuadrant.OverInvested,
                _ => ImportancePerformanceQuadrant.LowPriority,
            };
            points.Add(new ImportancePerformancePoint(d.TouchpointId, d.Effect, performance, quadrant));
        }
        return
        [
            .. points
                .OrderBy(p => p.Quadrant)
                .ThenByDescending(p => p.Importance)
                .ThenBy(p => p.TouchpointId, StringComparer.Ordinal),
        ];
    }
}
