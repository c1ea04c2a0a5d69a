namespace CxAssistant.Analysis.Touchpoints;

/// <summary>Thresholds for <see cref="TouchpointDiscovery"/>.</summary>
public sealed record DiscoveryOptions
{
    /// <summary>Records a proposal needs; null = max(5, 2% of the records).</summary>
    public int? MinSupport { get; init; }

    /// <summary>
    /// Distinct customers a proposal needs (records without a customer id count as their own customer).
    /// </summary>
    public int MinDistinctCustomers { get; init; } = 3;

    /// <summary>
    /// A record whose primary touchpoint is below this confidence counts as uncovered: fallbacks are 0.15–0.2 and a
    /// single medium word about 0.35, so only records with at least one strong word are considered explained.
    /// </summary>
    public double WeakConfidence { get; init; } = 0.4;

    public int MaxResults { get; init; } = 12;

    /// <summary>Knowledge to propose from; null = <see cref="TouchpointKnowledge.Default"/>.</summary>
    public TouchpointKnowledge? Knowledge { get; init; }

    public int SupportFor(int recordCount) => MinSupport ?? Math.Max(5, (int)Math.Ceiling(recordCount * 0.02));
}
