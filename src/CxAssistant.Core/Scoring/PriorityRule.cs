using CxAssistant.Core.Annotations;
using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Scoring;

/// <summary>
/// Priority 0…100 and the quick-win rule (docs/scoring.md, "Priority" and "Quick wins").
/// pain = 0.6·complaint share + 0.4·max(0, −emotional impact); reach = min(1, frequency / saturation);
/// priority = 100 · ∛(pain · reach · business impact). The geometric mean orders touchpoints exactly like the
/// product (expected gain ≈ how bad × how many × how much it matters) but spreads values over 0…100; any
/// factor at zero makes the priority zero: a touchpoint nobody complains about, rare or irrelevant is not where to
/// start. The complaint share (how often the touchpoint hurts the customers who meet it) is what keeps a business
/// whose customers are happy on balance from having "nothing to fix": its complaints still rank.
/// </summary>
internal static class PriorityRule
{
    public const double ComplaintWeight = 0.6,
        EmotionWeight = 0.4;

    public static double Pain(double emotionalImpact, double complaintShare) =>
        ComplaintWeight * Math.Clamp(complaintShare, 0, 1) + EmotionWeight * Math.Max(0, -emotionalImpact);

    public static double Priority(
        double emotionalImpact,
        double complaintShare,
        double frequency,
        double businessImpact,
        ScoringOptions options
    )
    {
        var product =
            Pain(emotionalImpact, complaintShare)
            * BusinessImpact.Reach(frequency, options)
            * Math.Clamp(businessImpact, 0, 1);
        return Statistics.Round(100 * Math.Cbrt(Math.Max(0, product)), 1);
    }

    /// <summary>
    /// Quick win: emotional impact at or below the cut, not thin evidence, and a strict majority of the pain
    /// cues on its mentions (each kind counted once per record) are kinds <see cref="PainKind.IsEasyToFix"/>.
    /// </summary>
    public static bool IsQuickWin(
        EvidenceIndex index,
        IReadOnlyList<Mention> mentions,
        double emotionalImpact,
        bool thin,
        ScoringOptions options
    )
    {
        if (thin || emotionalImpact > options.QuickWinEmotionCut)
        {
            return false;
        }
        var (easy, total) = PainCounts(index, mentions);
        return total > 0 && 2 * easy > total;
    }

    internal static (int Easy, int Total) PainCounts(EvidenceIndex index, IReadOnlyList<Mention> mentions)
    {
        int easy = 0,
            total = 0;
        foreach (var m in mentions)
        {
            foreach (
                var kind in CueLabels
                    .Values(index.Annotations[m.Record].Cues, CueLabels.Pain)
                    .Distinct(StringComparer.Ordinal)
            )
            {
                total++;
                if (PainKind.IsEasyToFix(kind))
                {
                    easy++;
                }
            }
        }
        return (easy, total);
    }
}
