using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Scoring;

/// <summary>
/// Frequency 0…1: the share of customers (distinct customer ids; a record without one is its own customer)
/// who mention the touchpoint, among all customers with evidence. Wilson band.
/// </summary>
internal static class FrequencyScore
{
    public static int Customers(EvidenceIndex index, IReadOnlyList<Mention> mentions) =>
        mentions.Select(m => index.CustomerKeys[m.Record]).Distinct(StringComparer.Ordinal).Count();

    public static DimensionScore Compute(EvidenceIndex index, IReadOnlyList<Mention> mentions)
    {
        var customers = Customers(index, mentions);
        var value = Statistics.Ratio(customers, index.CustomerCount);
        var (low, high) = Statistics.Wilson(customers, index.CustomerCount);
        return new DimensionScore(
            Statistics.Round(value, 3),
            Statistics.Round(low, 3),
            Statistics.Round(high, 3),
            customers,
            DimensionLevels.Frequency(Statistics.Round(value, 3))
        );
    }
}
