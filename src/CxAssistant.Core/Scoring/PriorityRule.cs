using CxAssistant.Core.Annotations;
using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Scoring;

/// <summary>
/// Priority 0…100 and the quick-win rule (docs/scoring.md, "Priority" and "Quick wins").
/// pain = 0.7·max(0, −emotional impact) + 0.3·failure share; reach = min(1, frequency / saturation);
/// priority = 100 · ∛(pain · reach · business impact). The geometric mean orders touchpoints exactly like the
/// product (expected gain ≈ how bad × how many × how much it matters) but spreads values over 0…100; any
/// factor at zero makes the priority zero: a loved, rare or irrelevant touchpoint is not where to start.
/// </summary>
internal static class PriorityRule
{
    public const double EmotionWeight = 0.7, FailureWeight = 0.3;

    public static double Pain(double emotionalImpact, double failureShare) =>
        EmotionWeight * Math.Max(0, -emotionalImpact) + FailureWeight * Math.Clamp(failureShare, 0, 1);

    public static double Priority(double emotionalImpact, double failureShare, double frequency, double businessImpact, ScoringOptions options)
    {
        var product = Pain(emotionalImpact, failureShare) * BusinessImpact.Reach(frequency, options) * Math.Clamp(businessImpact, 0, 1);
        return Statistics.Round(100 * Math.Cbrt(Math.Max(0, product)), 1);
    }

    /// <summary>
    /// Quick win: emotional impact at or below the cut, not thin evidence, and a strict majority of the pain
    /// cues on its mentions (each kind counted once per record) are kinds <see cref="PainKind.IsEasyToFix"/>.
    /// </summary>
    public static bool IsQuickWin(EvidenceIndex index, IReadOnlyList<Mention> mentions, double emotionalImpact, bool thin, ScoringOptions options)
    {
        if (thin || emotionalImpact > options.QuickWinEmotionCut) return false;
        var (easy, total) = PainCounts(index, mentions);
        return total > 0 && 2 * easy > total;
    }

    internal static (int Easy, int Total) PainCounts(EvidenceIndex index, IReadOnlyList<Mention> mentions)
    {
        int easy = 0, total = 0;
        foreach (var m in mentions)
            foreach (var kind in CueLabels.Values(index.Annotations[m.Record].Cues, CueLabels.Pain).Distinct(StringComparer.Ordinal))
            {
                total++;
                if (PainKind.IsEasyToFix(kind)) easy++;
            }
        return (easy, total);
    }
}
