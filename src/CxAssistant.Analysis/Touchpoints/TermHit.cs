namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// An entry found in a text: the first and last term it covers, a discount for typo matches, and the longer entry
/// whose span contains it, if any. A contained hit ("showed up" inside "never showed up") only counts where it
/// carries a user keyword: the longer phrase is the better reading, except that a user's own words always count.
/// </summary>
internal readonly record struct TermHit(
    TermEntry Entry,
    int FirstTerm,
    int LastTerm,
    float Factor,
    TermEntry? Cover = null
)
{
    /// <summary>Weight at or above which an entry is a user keyword (see <see cref="VocabularyBuilder"/>).</summary>
    public const float KeywordWeight = 4f;

    /// <summary>What the hit adds for one of its targets (before the typo factor).</summary>
    public float Weight(TermTarget target)
    {
        if (Cover is null)
        {
            return target.Weight;
        }
        if (target.Weight < KeywordWeight)
        {
            return 0;
        }
        var covered = Array.Find(Cover.Targets, t => t.Target == target.Target).Weight;
        return Math.Max(0, target.Weight - covered);
    }
}
