using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// The state one discovery run shares between its passes: the customer records, their sentences, which sentences a
/// proposal already took, where the catalog files each record, the ids in use and the support thresholds.
/// </summary>
internal sealed class DiscoveryContext(
    List<EvidenceRecord> records,
    List<DiscoveryUnit> units,
    bool[] claimed,
    Dictionary<string, string> filedUnder,
    HashSet<string> usedIds,
    int minSupport,
    int minCustomers
)
{
    public List<EvidenceRecord> Records { get; } = records;

    /// <summary>Checked in the long loops over sentences, so a cancelled analysis stops within moments.</summary>
    public CancellationToken CancellationToken { get; init; }
    public List<DiscoveryUnit> Units { get; } = units;
    public bool[] Claimed { get; } = claimed;
    public HashSet<string> UsedIds { get; } = usedIds;
    public int MinSupport { get; } = minSupport;
    public int MinCustomers { get; } = minCustomers;

    /// <summary>Enough distinct records and customers behind these sentences to propose a touchpoint.</summary>
    public bool Enough(IEnumerable<int> unitIndexes)
    {
        var records = unitIndexes.Select(u => Units[u].Record).Distinct().ToList();
        return records.Count >= MinSupport
            && records.Select(Customer).Distinct(StringComparer.Ordinal).Count() >= MinCustomers;
    }

    /// <summary>Enough distinct customers behind these sentences (the record count is the caller's to judge).</summary>
    public bool EnoughCustomers(IEnumerable<int> unitIndexes) =>
        unitIndexes.Select(u => Customer(Units[u].Record)).Distinct(StringComparer.Ordinal).Count() >= MinCustomers;

    public int RecordCount(IEnumerable<int> unitIndexes) => unitIndexes.Select(u => Units[u].Record).Distinct().Count();

    /// <summary>The evidence ids of the records these sentences come from, in record order.</summary>
    public List<string> EvidenceIds(IEnumerable<int> unitIndexes) =>
        [.. unitIndexes.Select(u => Units[u].Record).Distinct().Order().Select(r => Records[r].Id)];

    /// <summary>Records without a customer id count as their own customer.</summary>
    public string Customer(int record) => Records[record].CustomerKey;

    /// <summary>
    /// "Mentioned in 41 records by 33 customers; the catalog files them under returns-exchanges (9), … or nothing
    /// (12)."
    /// </summary>
    public string Summary(IReadOnlyList<string> evidenceIds)
    {
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in Records)
        {
            byId.TryAdd(r.Id, r.CustomerKey);
        }
        var customers = evidenceIds.Select(id => byId[id]).Distinct(StringComparer.Ordinal).Count();
        var filed = evidenceIds
            .Select(id => filedUnder.GetValueOrDefault(id))
            .GroupBy(t => t)
            .OrderBy(g => g.Key is null)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key is null ? $"nothing ({g.Count()})" : $"{g.Key} ({g.Count()})")
            .ToList();
        return $"Mentioned in {evidenceIds.Count} records by {customers} customers; "
            + $"the catalog files them under {string.Join(", ", filed)}.";
    }
}
