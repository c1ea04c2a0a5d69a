using System.Runtime.InteropServices;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// The per-customer feature matrix. Each feature is a share of the customer's records (metadata values, channels) or
/// presence 0/1 (touchpoints met, life contexts, pains, job events, intents, NPS group, sentiment, repeat contact);
/// <see cref="Has"/> says which are above 0, and <see cref="Vectors"/> holds them L2-normalised per block and weighted
/// (<see cref="FeatureKinds.Weight"/>), which is what k-means clusters.
/// </summary>
internal sealed class FeatureSpace
{
    // Which features each customer has, one bit per feature: the raw shares themselves are read only once, into the
    // vectors, so a dense matrix of them (one double per customer and feature: 14 MiB at 100k records) was not kept.
    private readonly ulong[][] _present;
    private readonly int[] _holding;

    private FeatureSpace(
        IReadOnlyList<Feature> features,
        ulong[][] present,
        int[] holding,
        double[][] vectors,
        LifeContexts contexts
    )
    {
        Features = features;
        _present = present;
        _holding = holding;
        Vectors = vectors;
        Contexts = contexts;
    }

    /// <summary>The life contexts found in this analysis's customers' words (<see cref="LifeContexts.Mine"/>).</summary>
    public LifeContexts Contexts { get; }

    /// <summary>Whether a record's text shows the life context.</summary>
    public bool HasContext(int record, string key) => Contexts.Has(record, key);

    public IReadOnlyList<Feature> Features { get; }

    /// <summary>The number of customers (rows).</summary>
    public int Customers => _present.Length;

    /// <summary>
    /// Whether the customer has the feature: its raw value (a share of the customer's records, or presence) is above 0.
    /// </summary>
    public bool Has(int customer, int feature) => ((_present[customer][feature >> 6] >> (feature & 63)) & 1) != 0;

    /// <summary>How many customers have the feature.</summary>
    public int Holding(int feature) => _holding[feature];

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
            if (index.TryGetValue((kind, field, value), out var col))
            {
                return col;
            }
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
                {
                    cells[c][Column(FeatureKinds.Metadata, field, g.Key, b)] = (double)g.Count() / values.Count;
                }
            }
        }

        // One customer at a time into reused buffers: this runs for every customer and feature kind.
        var buffer = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>();
        void Presence(string kind, Action<CustomerProfile, List<string>> fill, bool share = false)
        {
            var b = block++;
            blockWeights.Add(FeatureKinds.Weight(kind));
            for (var c = 0; c < customers.Count; c++)
            {
                buffer.Clear();
                fill(customers[c], buffer);
                if (buffer.Count == 0)
                {
                    continue;
                }
                counts.Clear();
                foreach (var v in buffer)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(counts, v, out _)++;
                }
                keys.Clear();
                keys.AddRange(counts.Keys);
                keys.Sort(StringComparer.Ordinal);
                foreach (var key in keys)
                {
                    cells[c][Column(kind, "", key, b)] = share ? (double)counts[key] / buffer.Count : 1;
                }
            }
        }

        var records = analysis.Records;
        var annotations = analysis.Annotations;
        Presence(
            FeatureKinds.Channel,
            (p, into) =>
            {
                foreach (var i in p.Records)
                {
                    into.Add(records[i].Channel.ToName());
                }
            },
            share: true
        );
        Presence(FeatureKinds.Touchpoint, (p, into) =>
        {
            foreach (var i in p.Records)
            {
                foreach (var t in annotations[i].Touchpoints)
                {
                    into.Add(t.TouchpointId);
                }
            }
        });
        var contexts = LifeContexts.Mine(records, analysis.Catalog);
        Presence(FeatureKinds.Context, (p, into) =>
        {
            foreach (var i in p.Records)
            {
                into.AddRange(contexts.Of(i));
            }
        });
        Presence(FeatureKinds.Pain, (p, into) =>
        {
            foreach (var i in p.Records)
            {
                into.AddRange(CueLabels.Values(annotations[i].Cues, CueLabels.Pain));
            }
        });
        Presence(FeatureKinds.Job, (p, into) =>
        {
            foreach (var i in p.Records)
            {
                if (annotations[i].JobState != JobStateEvent.None)
                {
                    into.Add(annotations[i].JobState.ToString().ToLowerInvariant());
                }
            }
        });
        Presence(FeatureKinds.Intent, (p, into) =>
        {
            foreach (var i in p.Records)
            {
                if (annotations[i].Intent != Intent.None)
                {
                    into.Add(annotations[i].Intent.ToString().ToLowerInvariant());
                }
            }
        });
        Presence(FeatureKinds.Nps, (p, into) =>
        {
            if (NpsGroup(p, records) is { } g)
            {
                into.Add(g);
            }
        });
        Presence(FeatureKinds.Sentiment, (p, into) =>
        {
            if (SentimentGroup(p, records, annotations) is { } g)
            {
                into.Add(g);
            }
        });
        Presence(FeatureKinds.Activity, (p, into) =>
        {
            if (p.Records.Count > 1)
            {
                into.Add("repeat");
            }
        });

        var present = new ulong[customers.Count][];
        var vectors = new double[customers.Count][];
        var holding = new int[features.Count];
        var raw = new double[features.Count];
        for (var c = 0; c < customers.Count; c++)
        {
            Array.Clear(raw);
            present[c] = new ulong[(features.Count + 63) / 64];
            foreach (var (col, v) in cells[c])
            {
                raw[col] = v;
                var bit = 1UL << (col & 63);
                if (v > 0 && (present[c][col >> 6] & bit) == 0)
                {
                    present[c][col >> 6] |= bit;
                    holding[col]++;
                }
            }
            vectors[c] = Weighted(raw, features, blockWeights);
        }
        return new FeatureSpace(features, present, holding, vectors, contexts);
    }

    /// <summary>Promoter / passive / detractor from the customer's mean NPS answer.</summary>
    public static string? NpsGroup(CustomerProfile customer, IReadOnlyList<EvidenceRecord> records)
    {
        var answers = customer
            .Records.Select(i => records[i].Nps)
            .Where(n => n is >= 0 and <= 10)
            .Select(n => n!.Value)
            .ToList();
        if (answers.Count == 0)
        {
            return null;
        }
        var mean = answers.Average();
        return mean >= 9 ? "promoter"
            : mean >= 7 ? "passive"
            : "detractor";
    }

    /// <summary>
    /// Mean sentiment of the customer's words as positive (&gt; 0.2), negative (&lt; −0.2) or mixed; null without text.
    /// </summary>
    public static string? SentimentGroup(
        CustomerProfile customer,
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<Annotation> annotations
    )
    {
        var values = customer
            .Records.Where(i => !string.IsNullOrWhiteSpace(records[i].Text))
            .Select(i => annotations[i].Sentiment)
            .ToList();
        if (values.Count == 0)
        {
            return null;
        }
        var mean = values.Average();
        return mean > 0.2 ? "positive"
            : mean < -0.2 ? "negative"
            : "mixed";
    }

    private static double[] Weighted(double[] raw, List<Feature> features, List<double> blockWeights)
    {
        var norms = new double[blockWeights.Count];
        for (var f = 0; f < raw.Length; f++)
        {
            norms[features[f].Block] += raw[f] * raw[f];
        }
        var v = new double[raw.Length];
        for (var f = 0; f < raw.Length; f++)
        {
            var b = features[f].Block;
            if (norms[b] > 0)
            {
                v[f] = raw[f] / Math.Sqrt(norms[b]) * blockWeights[b];
            }
        }
        return v;
    }
}
