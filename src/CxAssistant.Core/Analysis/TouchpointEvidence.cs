using CxAssistant.Core.Annotations;

namespace CxAssistant.Core.Analysis;

/// <summary>Counts over the evidence behind one touchpoint, for explaining its scores.</summary>
public static class TouchpointEvidence
{
    /// <summary>How often each pain kind is cued in records mentioning the touchpoint (once per record), most frequent first.</summary>
    public static IReadOnlyList<(string Pain, int Count)> PainCounts(AnalysisResult analysis, string touchpointId)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var annotation in Mentioning(analysis, touchpointId))
            foreach (var pain in CueLabels.Values(annotation.Cues, CueLabels.Pain).Distinct(StringComparer.Ordinal))
                counts[pain] = counts.GetValueOrDefault(pain) + 1;
        return [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value))];
    }

    /// <summary>Counts of a label (intent, job state…) across all annotations, most frequent first, excluding <paramref name="except"/>.</summary>
    public static IReadOnlyList<(T Label, int Count)> Distribution<T>(IEnumerable<Annotation> annotations, Func<Annotation, T> label, T except)
        where T : struct, Enum =>
        [.. annotations.Select(label).Where(l => !EqualityComparer<T>.Default.Equals(l, except))
            .GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (g.Key, g.Count()))];

    private static IEnumerable<Annotation> Mentioning(AnalysisResult analysis, string touchpointId) =>
        analysis.Annotations.Where(a => a.Touchpoints.Any(m => m.TouchpointId == touchpointId));
}
