using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Core.Scoring;

/// <summary>
/// The scoring input checked once and indexed: customer keys, touchpoint mentions, and the links from
/// records to NPS/CSAT answers of the same customer. Business-side transcript turns ("agent") are not
/// customer evidence: they never count as mentions or as customers.
/// </summary>
internal sealed class EvidenceIndex
{
    // Customers with an id are numbered 0…n−1; per record its customer's number (−1: no id), computed once, since
    // linking answers asks for every mention of every touchpoint. Per customer number: its NPS / CSAT answers.
    private readonly int[] _customerOf;
    private readonly List<int>?[] _npsByCustomer;
    private readonly List<int>?[] _csatByCustomer;
    private readonly sbyte[] _detractorCustomers; // 0 unknown, 1 has a 0–6 answer, −1 has none

    public EvidenceIndex(ScoringInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Records = input.Records;
        Annotations = input.Annotations;
        Catalog = input.Catalog;
        if (Annotations.Count != Records.Count)
        {
            throw new ArgumentException(
                $"Expected one annotation per record ({Records.Count}), got {Annotations.Count}.",
                nameof(input)
            );
        }
        for (var i = 0; i < Records.Count; i++)
        {
            if (Annotations[i].EvidenceId != Records[i].Id)
            {
                throw new ArgumentException(
                    $"Annotation {i} is for '{Annotations[i].EvidenceId}' but record {i} is '{Records[i].Id}'.",
                    nameof(input)
                );
            }
        }

        CustomerKeys = [.. Records.Select(r => r.CustomerKey)];
        _customerOf = new int[Records.Count];
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Records.Count; i++)
        {
            var id = CustomerIdOf(Records[i]);
            _customerOf[i] =
                id is null ? -1
                : numbers.TryGetValue(id, out var n) ? n
                : numbers[id] = numbers.Count;
        }
        _npsByCustomer = new List<int>?[numbers.Count];
        _csatByCustomer = new List<int>?[numbers.Count];
        _detractorCustomers = new sbyte[numbers.Count];
        var mentions = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Records.Count; i++)
        {
            var c = _customerOf[i];
            if (c >= 0 && Records[i].Nps is >= 0 and <= 10)
            {
                (_npsByCustomer[c] ??= []).Add(i);
            }
            if (c >= 0 && Records[i].Csat is >= 1 and <= 5)
            {
                (_csatByCustomer[c] ??= []).Add(i);
            }
            if (!IsCustomerEvidence(i))
            {
                continue;
            }
            seen.Clear();
            foreach (var m in Annotations[i].Touchpoints)
            {
                if (string.IsNullOrWhiteSpace(m.TouchpointId) || !seen.Add(m.TouchpointId))
                {
                    continue;
                }
                Add(mentions, m.TouchpointId, new Mention(i, seen.Count == 1, m.Start, m.End));
            }
        }
        Mentions = mentions;
        TouchpointIds =
        [
            .. mentions.Keys.OrderBy(StageOrder).ThenBy(CatalogOrder).ThenBy(id => id, StringComparer.Ordinal),
        ];
        CustomerCount = Enumerable
            .Range(0, Records.Count)
            .Where(IsCustomerEvidence)
            .Select(i => CustomerKeys[i])
            .Distinct(StringComparer.Ordinal)
            .Count();
        NpsResponses = Records.Count(r => r.Nps is >= 0 and <= 10);
    }

    public IReadOnlyList<EvidenceRecord> Records { get; }
    public IReadOnlyList<Annotation> Annotations { get; }
    public TouchpointCatalog Catalog { get; }

    /// <summary>
    /// Per record: its customer id, or "record:&lt;id&gt;" when it has none (each such record is its own customer).
    /// </summary>
    public IReadOnlyList<string> CustomerKeys { get; }
    public IReadOnlyDictionary<string, List<Mention>> Mentions { get; }

    /// <summary>
    /// Mentioned touchpoints ordered by journey stage, then catalog order, then id (unknown ids last).
    /// </summary>
    public IReadOnlyList<string> TouchpointIds { get; }

    /// <summary>Distinct customers among customer evidence: the frequency denominator.</summary>
    public int CustomerCount { get; }
    public int NpsResponses { get; }

    public bool IsCustomerEvidence(int record) => Records[record].IsCustomerVoice;

    public JourneyStage? StageOf(string touchpointId) => Catalog.Find(touchpointId)?.Stage;

    /// <summary>
    /// Indices of the NPS answers linked to these records: their own, plus every NPS answer of the same customer.
    /// </summary>
    public IReadOnlyList<int> LinkedNps(IEnumerable<int> records) =>
        Linked(records, r => r.Nps is >= 0 and <= 10, _npsByCustomer);

    /// <summary>As <see cref="LinkedNps"/> for CSAT answers.</summary>
    public IReadOnlyList<int> LinkedCsat(IEnumerable<int> records) =>
        Linked(records, r => r.Csat is >= 1 and <= 5, _csatByCustomer);

    /// <summary>
    /// Whether any NPS answer linked to this one record is 0–6 (<see cref="LinkedNps"/> of the record alone), answered
    /// per customer once: every mention of every touchpoint asks.
    /// </summary>
    public bool HasLinkedDetractor(int record)
    {
        if (Records[record].Nps is >= 0 and <= 6)
        {
            return true;
        }
        var c = _customerOf[record];
        if (c < 0 || _npsByCustomer[c] is not { } linked)
        {
            return false;
        }
        // Racing threads compute the same answer, so a plain write is enough.
        if (_detractorCustomers[c] == 0)
        {
            _detractorCustomers[c] = linked.Any(i => Records[i].Nps <= 6) ? (sbyte)1 : (sbyte)-1;
        }
        return _detractorCustomers[c] == 1;
    }

    // Sorted record indices (ascending), as callers read them in record order.
    private int[] Linked(IEnumerable<int> records, Func<EvidenceRecord, bool> hasAnswer, List<int>?[] byCustomer)
    {
        // Each customer's answers are added once however many of their records mention the touchpoint.
        var taken = new bool[Records.Count];
        var customerSeen = new bool[byCustomer.Length];
        var found = new List<int>();
        foreach (var i in records)
        {
            if (hasAnswer(Records[i]) && !taken[i])
            {
                taken[i] = true;
                found.Add(i);
            }
            var c = _customerOf[i];
            if (c < 0 || customerSeen[c])
            {
                continue;
            }
            customerSeen[c] = true;
            if (byCustomer[c] is { } linked)
            {
                foreach (var j in linked)
                {
                    if (!taken[j])
                    {
                        taken[j] = true;
                        found.Add(j);
                    }
                }
            }
        }
        found.Sort();
        return [.. found];
    }

    public static string? CustomerIdOf(EvidenceRecord record) =>
        string.IsNullOrWhiteSpace(record.CustomerId) ? null : record.CustomerId.Trim();

    private int StageOrder(string id) => StageOf(id) is { } stage ? (int)stage : int.MaxValue;

    private int CatalogOrder(string id)
    {
        for (var i = 0; i < Catalog.Touchpoints.Count; i++)
        {
            if (Catalog.Touchpoints[i].Id == id)
            {
                return i;
            }
        }
        return int.MaxValue;
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        list.Add(value);
    }
}
