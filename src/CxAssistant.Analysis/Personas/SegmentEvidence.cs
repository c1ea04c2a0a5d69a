using System.Text.RegularExpressions;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// The evidence behind one cluster: its customers in order of representativeness (nearest the centroid first),
/// their records, and what they heard from staff. Finds quotes so that a card cites many customers, not one
/// vocal one, and does not repeat a quote it already used.
/// </summary>
internal sealed class SegmentEvidence
{
    private readonly HashSet<(string, int)> _used = [];
    private readonly HashSet<string> _usedText = new(StringComparer.OrdinalIgnoreCase);

    public SegmentEvidence(AnalysisResult analysis, Segmentation segmentation, int cluster)
    {
        Analysis = analysis;
        Space = segmentation.Space;
        var centroid = segmentation.Clustering.Centroids[cluster];
        Members =
        [
            .. segmentation
                .Members(cluster)
                .OrderBy(c => KMeans.Distance2(segmentation.Space.Vectors[c], centroid))
                .ThenBy(c => segmentation.Customers[c].Key, StringComparer.Ordinal),
        ];
        Customers = [.. Members.Select(c => segmentation.Customers[c])];
    }

    public AnalysisResult Analysis { get; }
    public FeatureSpace Space { get; }

    /// <summary>Customer indices into the segmentation, most representative first.</summary>
    public IReadOnlyList<int> Members { get; }
    public IReadOnlyList<CustomerProfile> Customers { get; }
    public int RecordCount => Customers.Sum(c => c.Records.Count);

    public EvidenceRecord Record(int index) => Analysis.Records[index];

    /// <summary>How many of the segment's customers have at least one record matching.</summary>
    public int CustomersWith(Func<int, bool> record) => Customers.Count(c => c.Records.Any(record));

    /// <summary>
    /// Sentences matching <paramref name="pattern"/> in the customers' own records (or in what they heard), one per
    /// customer, most representative customers first, quotes not used yet on this card.
    /// </summary>
    public IReadOnlyList<(EvidenceQuote Quote, Match Match, int Record)> Find(
        Regex pattern,
        int max,
        bool heard = false,
        Func<int, bool>? where = null
    )
    {
        var found = new List<(EvidenceQuote, Match, int)>();
        foreach (var customer in Customers)
        {
            if (found.Count >= max)
            {
                break;
            }
            foreach (var i in heard ? customer.HeardTurns : customer.Records)
            {
                if (where is not null && !where(i))
                {
                    continue;
                }
                var record = Record(i);
                var m = Text.RegexScan.Match(pattern, record.Text);
                if (!m.Success)
                {
                    continue;
                }
                var quote = Sentences.Around(record, m.Index, m.Index + m.Length);
                if (!Use(quote))
                {
                    continue;
                }
                found.Add((quote, m, i));
                break;
            }
        }
        return found;
    }

    /// <summary>The sentence around a span, if not used yet on this card.</summary>
    public EvidenceQuote? Quote(int record, int start, int end)
    {
        var quote = Sentences.Around(Record(record), start, end);
        return Use(quote) ? quote : null;
    }

    private bool Use(EvidenceQuote quote)
    {
        if (quote.End - quote.Start < 12)
        {
            return false; // "ok", "👍": nothing a reader can learn from
        }
        if (!_used.Add((quote.EvidenceId, quote.Start)))
        {
            return false;
        }
        return _usedText.Add(quote.Text);
    }
}
