using CxAssistant.Engine.Memory;

namespace CxAssistant.Engine.Tests.Memory.Qdrant;

/// <summary>Deterministic evidence chunks and a brute-force cosine ranking to predict what Qdrant must return.</summary>
internal static class QdrantTestData
{
    public const long BaseTimestamp = 1_767_225_600_000; // 2026-01-01T00:00:00Z
    private static readonly string[] Channels = ["survey", "review", "chat", "email"];
    private static readonly string[] Sentiments = ["negative", "neutral", "positive"];

    public static List<EvidenceChunkRecord> Records(int count, int dimensions = EvidenceChunkRecord.Dimensions)
    {
        var random = new Random(20261123);
        var records = new List<EvidenceChunkRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var record = EvidenceChunkRecord.ForChunk($"ev{i:D4}", i % 2);
            record.Text = $"Chunk {i}: the parcel arrived late and support never called back.";
            record.Start = i;
            record.End = i + 60;
            record.Source = i % 2 == 0 ? "survey.csv" : "tickets.csv";
            record.Channel = Channels[i % Channels.Length];
            record.CustomerId = i % 5 == 0 ? null : $"cust-{i % 50}";
            record.TimestampUnixMs = BaseTimestamp + (i * 3_600_000L);
            record.Touchpoints = (i % 3) switch { 0 => ["checkout", "delivery"], 1 => ["delivery"], _ => ["support"] };
            record.Sentiment = Sentiments[i % Sentiments.Length];
            record.Segment = i % 7 == 0 ? "enterprise" : null;
            record.Embedding = Enumerable.Range(0, dimensions).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
            records.Add(record);
        }

        return records;
    }

    /// <summary>A query close to <paramref name="near"/>'s embedding, so it must rank first among unfiltered results.</summary>
    public static float[] QueryNear(EvidenceChunkRecord near)
    {
        var random = new Random(7);
        return near.Embedding.ToArray().Select(v => v + (float)((random.NextDouble() - 0.5) * 0.4)).ToArray();
    }

    public static List<Guid> ExpectedTop(IEnumerable<EvidenceChunkRecord> candidates, float[] query, int top) =>
        candidates.OrderByDescending(r => Cosine(r.Embedding.Span, query)).Take(top).Select(r => r.Key).ToList();

    private static double Cosine(ReadOnlySpan<float> a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += (double)a[i] * b[i];
            na += (double)a[i] * a[i];
            nb += (double)b[i] * b[i];
        }

        return dot / Math.Sqrt(na * nb);
    }
}
