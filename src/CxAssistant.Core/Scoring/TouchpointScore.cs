using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Scoring;

/// <summary>
/// A touchpoint's scores (seed 004 step 4) and what the core derives from them.
/// Scales: EmotionalImpact −1…+1; FunctionalPerformance, Frequency and BusinessImpact 0…1; Priority 0…100.
/// </summary>
public sealed record TouchpointScore
{
    public required string TouchpointId { get; init; }

    /// <summary>Evidence items that mention the touchpoint (primary or secondary).</summary>
    public required int Mentions { get; init; }

    /// <summary>
    /// Distinct customers behind those mentions (records without a customer id count as one customer each).
    /// </summary>
    public required int Customers { get; init; }
    public required DimensionScore EmotionalImpact { get; init; }
    public required DimensionScore FunctionalPerformance { get; init; }
    public required DimensionScore Frequency { get; init; }
    public required DimensionScore BusinessImpact { get; init; }

    /// <summary>How much fixing it would matter, 0–100 (see docs/scoring.md).</summary>
    public required double Priority { get; init; }

    /// <summary>Strongly negative but the pains are of the easy-to-fix kind.</summary>
    public required bool QuickWin { get; init; }

    /// <summary>NPS points gained if this touchpoint's detractors became passives; null without NPS answers.</summary>
    public double? NpsImpact { get; init; }
    public required ExperienceMetrics Metrics { get; init; }

    /// <summary>Too little evidence to trust the scores (shown as a warning).</summary>
    public required bool ThinEvidence { get; init; }

    /// <summary>Share of mentions carrying effort cues and failure cues (0–1).</summary>
    public double EffortShare { get; init; }
    public double FailureShare { get; init; }

    /// <summary>
    /// Customers with a negative or failed experience at this touchpoint, read where they mention it (docs/scoring.md,
    /// "Complaints"), and their share of <see cref="Customers"/> (0–1).
    /// </summary>
    public int ComplaintCustomers { get; init; }
    public double ComplaintShare { get; init; }
}
