using CxAssistant.Core.Annotations;
using CxAssistant.Core.Hypotheses;

namespace CxAssistant.Core.Analysis;

/// <summary>Counts over the evidence behind one touchpoint, for explaining its scores.</summary>
public static class TouchpointEvidence
{
    /// <summary>
    /// How often each pain kind is cued in what customers said about the touchpoint (once per record), most frequent
    /// first.
    /// The same counts as the hypotheses' (<see cref="HypothesisBaselines.PainCounts(AnalysisResult, string)"/>): an
    /// agent's "sorry about the defect" is not a customer's pain.
    /// </summary>
    public static IReadOnlyList<(string Pain, int Count)> PainCounts(AnalysisResult analysis, string touchpointId) =>
        [.. HypothesisBaselines.PainCounts(analysis, touchpointId).Select(p => (p.Pain, p.Count))];

    /// <summary>
    /// The annotations of what customers said or did: agent turns and analytics rows are evidence, not customer voice.
    /// </summary>
    public static IEnumerable<Annotation> CustomerVoice(AnalysisResult analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        for (var i = 0; i < analysis.Records.Count && i < analysis.Annotations.Count; i++)
        {
            if (analysis.Records[i].IsCustomerVoice)
            {
                yield return analysis.Annotations[i];
            }
        }
    }

    /// <summary>
    /// Counts of a label (intent, job state…) across all annotations, most frequent first, excluding
    /// <paramref name="except"/>.
    /// </summary>
    public static IReadOnlyList<(T Label, int Count)> Distribution<T>(
        IEnumerable<Annotation> annotations,
        Func<Annotation, T> label,
        T except
    )
        where T : struct, Enum =>
        [
            .. annotations
                .Select(label)
                .Where(l => !EqualityComparer<T>.Default.Equals(l, except))
                .GroupBy(l => l)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key)
                .Select(g => (g.Key, g.Count())),
        ];
}
