using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Metrics;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Core.Hypotheses;

/// <summary>
/// Computes hypothesis baselines and pain counts from an analysis, the one way both the drafter and the check do it.
/// "Mentions" are customer evidence only (business-side transcript turns excluded), exactly as the scoring core
/// counts <see cref="Scoring.TouchpointScore.Mentions"/>; NPS-based figures are the core's touchpoint metrics.
/// Percentages are rounded to one decimal.
/// </summary>
public static class HypothesisBaselines
{
    /// <summary>
    /// The baseline, or null when the data cannot support it (no NPS/CSAT answers, no mentions, unknown kind).
    /// </summary>
    public static HypothesisBaseline? Compute(
        AnalysisResult analysis,
        string touchpointId,
        string kind,
        string? pain = null
    )
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Compute(analysis, touchpointId, kind, pain, CustomerMentions(analysis, touchpointId));
    }

    /// <summary>
    /// The same baseline from <paramref name="mentions"/>, which must be <see cref="CustomerMentions"/> of the
    /// touchpoint:
    /// a drafter writing several hypotheses for one touchpoint finds its mentions once instead of once per baseline.
    /// </summary>
    public static HypothesisBaseline? Compute(
        AnalysisResult analysis,
        string touchpointId,
        string kind,
        string? pain,
        IReadOnlyList<Annotation> mentions
    )
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(mentions);
        var name = analysis.Catalog.Find(touchpointId)?.Name ?? touchpointId;
        var score = analysis.Scoring.Touchpoints.FirstOrDefault(s => s.TouchpointId == touchpointId);
        var n = mentions.Count;
        switch (kind)
        {
            case BaselineKind.PainShare when pain is not null && n > 0:
                var hits = mentions.Count(a => HasPain(a, pain));
                return new(
                    kind,
                    pain,
                    Percent(hits, n),
                    "% of mentions",
                    n,
                    $"{hits} of the {n} customer mentions of {name} are about {PainNames.About(pain)}"
                );
            case BaselineKind.NegativeShare when n > 0:
                var negative = mentions.Count(a => a.SentimentLabel == SentimentLabel.Negative);
                return new(
                    kind,
                    null,
                    Percent(negative, n),
                    "% of mentions",
                    n,
                    $"{negative} of the {n} customer mentions of {name} are negative"
                );
            case BaselineKind.FailureShare when n > 0:
                var failed = mentions.Count(a => a.Failure);
                return new(
                    kind,
                    null,
                    Percent(failed, n),
                    "% of mentions",
                    n,
                    $"{failed} of the {n} customer mentions of {name} report a failure"
                );
            case BaselineKind.Nps when score?.Metrics.Nps is { } nps:
                return new(
                    kind,
                    null,
                    nps.Score,
                    "NPS points",
                    nps.Responses,
                    $"NPS of the {nps.Responses} answers from customers who mention {name} "
                        + $"({nps.Promoters} promoters, {nps.Detractors} detractors)"
                );
            case BaselineKind.DetractorShare when score?.Metrics.Nps is { } nps:
                return new(
                    kind,
                    null,
                    Percent(nps.Detractors, nps.Responses),
                    "% of NPS answers",
                    nps.Responses,
                    $"{nps.Detractors} of the {nps.Responses} NPS answers from customers who mention {name} are 0–6"
                );
            case BaselineKind.Csat when score?.Metrics.Csat is ShareResult csat:
                return new(
                    kind,
                    null,
                    csat.Percent,
                    "% satisfied (4–5)",
                    csat.Responses,
                    $"{csat.Hits} of the {csat.Responses} CSAT answers from customers who mention {name} are 4 or 5"
                );
            default:
                return null;
        }
    }

    /// <summary>
    /// Pain counts over the touchpoint's customer mentions (each pain once per record), most frequent first.
    /// </summary>
    public static IReadOnlyList<PainCount> PainCounts(AnalysisResult analysis, string touchpointId)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return PainCounts(CustomerMentions(analysis, touchpointId));
    }

    /// <summary>
    /// Pain counts over <paramref name="mentions"/> (a touchpoint's <see cref="CustomerMentions"/>), most frequent
    /// first.
    /// </summary>
    public static IReadOnlyList<PainCount> PainCounts(IReadOnlyList<Annotation> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        return
        [
            .. mentions
                .SelectMany(a => CueLabels.Values(a.Cues, CueLabels.Pain).Distinct(StringComparer.Ordinal))
                .GroupBy(p => p, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new PainCount(g.Key, g.Count())),
        ];
    }

    /// <summary>Annotations of the customer records that mention the touchpoint, in record order.</summary>
    public static IReadOnlyList<Annotation> CustomerMentions(AnalysisResult analysis, string touchpointId)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var list = new List<Annotation>();
        for (var i = 0; i < analysis.Records.Count && i < analysis.Annotations.Count; i++)
        {
            if (
                analysis.Records[i].IsCustomerVoice
                && analysis.Annotations[i].Touchpoints.Any(m => m.TouchpointId == touchpointId)
            )
            {
                list.Add(analysis.Annotations[i]);
            }
        }
        return list;
    }

    /// <summary>The touchpoint's name, falling back to its id for touchpoints missing from the catalog.</summary>
    public static string NameOf(TouchpointCatalog catalog, string touchpointId) =>
        catalog.Find(touchpointId)?.Name ?? touchpointId;

    public static bool HasPain(Annotation annotation, string pain)
    {
        // Same test as looking for pain among CueLabels.Values(cues, Pain), without a substring per cue (called per
        // record and remedy).
        foreach (var cue in annotation.Cues)
        {
            if (
                cue.Label.Length == CueLabels.Pain.Length + pain.Length
                && cue.Label.StartsWith(CueLabels.Pain, StringComparison.Ordinal)
                && cue.Label.AsSpan(CueLabels.Pain.Length).SequenceEqual(pain)
            )
            {
                return true;
            }
        }
        return false;
    }

    private static double Percent(int hits, int n) => n == 0 ? 0 : Statistics.Round(100.0 * hits / n, 1);
}
