using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Engine.Personas;

/// <summary>
/// The per-customer feature matrix. <see cref="Raw"/> holds each feature as a share of the customer's records
/// (metadata values, channels) or as presence 0/1 (touchpoints met, life contexts, pains, job events, intents,
/// NPS group, sentiment, repeat contact); <see cref="Vectors"/> is the same, L2-normalised per block and weighted
/// (<see cref="FeatureKinds.Weight"/>), which is what k-means clusters.
/// </summary>
internal sealed class FeatureSpace
{
    private FeatureSpace(IReadOnlyList<Feature> features, double[][] raw, double[][] vectors, int[] contexts)
    {
        Features = features;
        Raw = raw;
        Vectors = vectors;
        _contexts = contexts;
    }

    private readonly int[] _contexts;

    /// <summary>Whether a record's text shows the life context (see <see cref="LifeContexts.Masks"/>).</summary>
    public bool HasContext(int record, string key) => (_contexts[record] & LifeContexts.Bit(key)) != 0;

    public IReadOnlyList<Feature> Features { get; }
    public double[][] Raw { get; }
    public double[][] Vectors { get; }

    public static FeatureSpace Build(AnalysisResult analysis, IReadOnlyList<CustomerProfile> customers)
    {
        var features = new List<Feature>();
        var index = new Dictionary<(string, string, string), int>();
        var cells = customers.Select(_ => new Dictionary<int, double>()).ToArray();
        var block = 0;
        var blockWeights = new List<double>();

        int Column(string kind, string field, string value, int b)
        {
            if (index.TryGetValue((kind, field, value), out var col)) return col;
            features.Add(new Feature(kind, field, value, b));
            return index[(kind, field, value)] = features.Count - 1;
        }

        // Metadata: one block per field, sharing the metadata weight.
        var fields = MetadataFields.Select(analysis.Records, customers, Math.Max(3, customers.Count / 20));
        foreach (var (field, labels) in fields)
        {
            var b = block++;
            blockWeights.Add(FeatureKinds.Weight(FeatureKinds.Metadata) / Math.Sqrt(fields.Count));
            for (var c = 0; c < customers.Count; c++)
            {
                var values = customers[c].Records.Where(labels.ContainsKey).Select(i => labels[i]).ToList();
                foreach (var g in values.GroupBy(v => v, StringComparer.Ordinal))
                    cells[c][Column(FeatureKinds.Metadata, field, g.Key, b)] = (double)g.Count() / values.Count;
            }
        }

        void Presence(string kind, Func<CustomerProfile, IEnumerable<string>> values, bool share = false)
        {
            var b = block++;
            blockWeights.Add(FeatureKinds.Weight(kind));
            for (var c = 0; c < customers.Count; c++)
            {
                var list = values(customers[c]).ToList();
                foreach (var g in list.GroupBy(v => v, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
                    cells[c][Column(kind, "", g.Key, b)] = share ? (double)g.Count() / list.Count : 1;
            }
        }

        var records = analysis.Records;
        var annotations = analysis.Annotations;
        Presence(FeatureKinds.Channel, p => p.Records.Select(i => records[i].Channel.ToName()), share: true);
        Presence(FeatureKinds.Touchpoint, p => p.Records.SelectMany(i => annotations[i].Touchpoints.Select(t => t.TouchpointId)));
        var contexts = LifeContexts.Masks(records);
        Presence(FeatureKinds.Context, p => p.Records.SelectMany(i => LifeContexts.All.Where((_, k) => (contexts[i] & (1 << k)) != 0).Select(x => x.Key)));
        Presence(FeatureKinds.Pain, p => p.Records.SelectMany(i => CueLabels.Values(annotations[i].Cues, CueLabels.Pain)));
        Presence(FeatureKinds.Job, p => p.Records.Where(i => annotations[i].JobState != JobStateEvent.None).Select(i => annotations[i].JobState.ToString().ToLowerInvariant()));
        Presence(FeatureKinds.Intent, p => p.Records.Where(i => annotations[i].Intent != Intent.None).Select(i => annotations[i].Intent.ToString().ToLowerInvariant()));
        Presence(FeatureKinds.Nps, p => NpsGroup(p, records) is { } g ? [g] : []);
        Presence(FeatureKinds.Sentiment, p => SentimentGroup(p, records, annotations) is { } g ? [g] : []);
        Presence(FeatureKinds.Activity, p => p.Records.Count > 1 ? ["repeat"] : []);

        var raw = new double[customers.Count][];
        var vectors = new double[customers.Count][];
        for (var c = 0; c < customers.Count; c++)
        {
            raw[c] = new double[features.Count];
            foreach (var (col, v) in cells[c]) raw[c][col] = v;
            vectors[c] = Weighted(raw[c], features, blockWeights);
        }
        return new FeatureSpace(features, raw, vectors, contexts);
    }

    /// <summary>Promoter / passive / detractor from the customer's mean NPS answer.</summary>
    public static string? NpsGroup(CustomerProfile customer, IReadOnlyList<EvidenceRecord> records)
    {
        var answers = customer.Records.Select(i => records[i].Nps).Where(n => n is >= 0 and <= 10).Select(n => n!.Value).ToList();
        if (answers.Count == 0) return null;
        var mean = answers.Average();
        return mean >= 9 ? "promoter" : mean >= 7 ? "passive" : "detractor";
    }

    /// <summary>Mean sentiment of the customer's words as positive (&gt; 0.2), negative (&lt; −0.2) or mixed; null without text.</summary>
    public static string? SentimentGroup(CustomerProfile customer, IReadOnlyList<EvidenceRecord> records, IReadOnlyList<Annotation> annotations)
    {
        var values = customer.Records.Where(i => records[i].Text.Trim().Length > 0).Select(i => annotations[i].Sentiment).ToList();
        if (values.Count == 0) return null;
        var mean = values.Average();
        return mean > 0.2 ? "positive" : mean < -0.2 ? "negative" : "mixed";
    }

    private static double[] Weighted(double[] raw, List<Feature> features, List<double> blockWeights)
    {
        var norms = new double[blockWeights.Count];
        for (var f = 0; f < raw.Length; f++) norms[features[f].Block] += raw[f] * raw[f];
        var v = new double[raw.Length];
        for (var f = 0; f < raw.Length; f++)
        {
            var b = features[f].Block;
            if (norms[b] > 0) v[f] = raw[f] / Math.Sqrt(norms[b]) * blockWeights[b];
        }
        return v;
    }
}
