using CxAssistant.Core.Hypotheses;

namespace CxAssistant.Analysis.Hypotheses;

/// <summary>
/// A known CX remedy from the catalogue (Resources/Hypotheses/remedies.yaml): the pains and touchpoint types it
/// fits, the evidence words that make it specific, and templates the drafter fills with this business's figures.
/// </summary>
public sealed record Remedy
{
    public const string Any = "any";

    public required string Id { get; init; }
    public required IReadOnlyList<string> Pains { get; init; }
    public required IReadOnlyList<string> Touchpoints { get; init; }
    public IReadOnlyList<string> Signals { get; init; } = [];

    /// <summary>
    /// Touchpoint types the business must have somewhere in its catalog (all of them): a delivery-fee remedy is for a
    /// business that delivers, so a hotel whose breakfast "was cold" never gets "hot-food delivery radius".
    /// </summary>
    public IReadOnlyList<string> BusinessHas { get; init; } = [];

    /// <summary>
    /// Touchpoint types the remedy is never written for, though it shares another type with them: a pick-up counter's
    /// "your order is ready" text is about waiting, but not about waiting at a restaurant table.
    /// </summary>
    public IReadOnlyList<string> NotAt { get; init; } = [];

    /// <summary>
    /// Names of <see cref="IndustryWords"/> kinds (<c>said</c> in remedies.yaml): the remedy is written for a
    /// situation only those kinds meet (a home visit's arrival window, a drop-off's ready-by date, a counter's queue),
    /// so it addresses a pain only where the customers who raise that pain at the touchpoint use one kind's words.
    /// Empty: any business.
    /// </summary>
    public IReadOnlyList<string> Said { get; init; } = [];

    /// <summary>Remedies of one group are alternatives; the drafter picks at most one per touchpoint.</summary>
    public string? Group { get; init; }

    /// <summary>
    /// Fits a situation, not a touchpoint type: used only when at least two customer records contain a signal.
    /// </summary>
    public bool NeedsEvidence { get; init; }

    /// <summary>
    /// true: speaks of NPS answers or detractors, so used only when the data has NPS answers; false: the stand-in for
    /// data
    /// without them; null: either.
    /// </summary>
    public bool? NeedsNps { get; init; }
    public required string Title { get; init; }
    public required string Change { get; init; }
    public required string Resources { get; init; }
    public required HypothesisLevel Effort { get; init; }

    /// <summary>Baseline kind of the success metric (<see cref="BaselineKind"/>).</summary>
    public string Metric { get; init; } = BaselineKind.PainShare;

    /// <summary>
    /// An operational metric to track alongside the baseline ("median days from return received to refund").
    /// </summary>
    public string? Measure { get; init; }
    public int Weeks { get; init; } = 8;

    /// <summary>
    /// Units a duration must use to fill {durations} ("day", "week"): a refund remedy should not quote hold times.
    /// </summary>
    public IReadOnlyList<string> Units { get; init; } = [];
    public required IReadOnlyList<string> Consequences { get; init; }

    /// <summary>Fits any pain: a general remedy that takes the touchpoint's top pain.</summary>
    public bool IsGeneral => Pains.Contains(Any, StringComparer.Ordinal);
}
