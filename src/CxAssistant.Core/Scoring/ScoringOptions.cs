using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Scoring;

/// <summary>Tunable thresholds and weights of the scoring core; defaults are documented in docs/scoring.md.</summary>
public sealed record ScoringOptions
{
    public static ScoringOptions Default { get; } = new();

    /// <summary>A touchpoint with fewer mentions is flagged <see cref="TouchpointScore.ThinEvidence"/>.</summary>
    public int ThinEvidenceThreshold { get; init; } = 10;

    /// <summary>
    /// How many touchpoints <see cref="PriorityRanking.Top"/> returns ("improve three this quarter").
    /// </summary>
    public int TopPriorities { get; init; } = 3;

    /// <summary>
    /// Weight of a record's primary touchpoint in emotional impact; later mentions get <see cref="SecondaryWeight"/>.
    /// </summary>
    public double PrimaryWeight { get; init; } = 1.0;
    public double SecondaryWeight { get; init; } = 0.5;

    /// <summary>
    /// A touchpoint customers feel positive about joins the fix-first list only with at least this many customers
    /// complaining about it (see <see cref="PriorityRanking.FixFirst"/>): one bad stay is not a pattern.
    /// </summary>
    public int MinFixFirstComplaints { get; init; } = 3;

    /// <summary>Quick wins need emotional impact at or below this value.</summary>
    public double QuickWinEmotionCut { get; init; } = -0.25;

    /// <summary>Frequency at which reach counts as full (the "extremely common" cut).</summary>
    public double ReachSaturation { get; init; } = 0.30;

    /// <summary>NPS answers needed on each side before the NPS gap enters business impact.</summary>
    public int MinNpsForGap { get; init; } = 5;

    public int ThinRecordsWarning { get; init; } = 30;
    public int FewNpsWarning { get; init; } = 30;

    /// <summary>Warn when more than this share of records with text matched no touchpoint.</summary>
    public double UnmatchedShareWarning { get; init; } = 0.30;

    /// <summary>
    /// Critical moment: at least this share of mentions are cancellations (and at least
    /// <see cref="MinCriticalCount"/>).
    /// </summary>
    public double CriticalCancelShare { get; init; } = 0.20;

    /// <summary>
    /// Critical moment: at least this share of linked NPS answers are detractors (and above the overall share).
    /// </summary>
    public double CriticalDetractorShare { get; init; } = 0.50;
    public int MinCriticalCount { get; init; } = 2;

    /// <summary>Consideration/purchase touchpoints with at least this many neighbours are decision hubs.</summary>
    public int HubDegree { get; init; } = 3;

    /// <summary>Also add co-mention edges when customer timelines exist (off: timelines only, as specified).</summary>
    public bool CoMentionWithTimelines { get; init; }

    public SegmentOptions Segments { get; init; } = new();
}
