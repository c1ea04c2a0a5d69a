using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Jobs;

/// <summary>
/// A desired outcome in ODI form (direction + metric + object + clarifier: "Minimize the time it takes to get the
/// order ready for pickup") with importance and satisfaction on 1–10. <see cref="Opportunity"/> and
/// <see cref="Band"/> are computed, never stored, so they cannot disagree with the inputs.
/// </summary>
public sealed record DesiredOutcome
{
    public required string Id { get; init; }
    public required string JobId { get; init; }
    public required string Statement { get; init; }
    public required double Importance { get; init; }
    public required double Satisfaction { get; init; }
    public required OutcomeSource Source { get; init; }

    /// <summary>Survey answers behind a measured outcome, or records on the topic behind an estimated one.</summary>
    public int Responses { get; init; }

    /// <summary>How the figures were obtained ("mean of importance_x (n=133)…" or the estimation rule).</summary>
    public string Method { get; init; } = "";
    public IReadOnlyList<EvidenceQuote> Evidence { get; init; } = [];

    public double Opportunity => OpportunityScore.Compute(Importance, Satisfaction);
    public OpportunityBand Band => OpportunityScore.Band(Importance, Satisfaction);
}
