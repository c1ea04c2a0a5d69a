using CxAssistant.Data.Memory;
using CxAssistant.Data.Memory.Embeddings;

namespace CxAssistant.Qdrant.Tests;

/// <summary>
/// Evidence chunks for the contract suite: texts written for a generic online shop (no sample's words), embedded with
/// the offline model, with every filterable field varied so filters can be checked against a brute-force answer.
/// </summary>
internal static class ContractData
{
    public const long BaseTimestamp = 1_767_225_600_000; // 2026-01-01T00:00:00Z

    private static readonly string[] Openings =
    [
        "The parcel arrived late",
        "My refund was rejected",
        "Checkout failed twice",
        "The courier was rude",
        "Support never called back",
        "Great price and quick delivery",
        "The app logged me out",
        "Lovely staff in store",
    ];
    private static readonly string[] Endings =
    [
        "and I want my money back.",
        "so I will not order again.",
        "but the replacement came fast.",
        "which was annoying.",
        "thanks for sorting it out.",
        "and nobody answered the phone.",
    ];
    private static readonly string[] Channels = ["survey", "review", "chat", "email"];
    private static readonly string[] Sentiments = ["negative", "neutral", "positive"];

    public static List<EvidenceChunkRecord> Records(int count)
    {
        var generator = new OfflineEmbeddingGenerator();
        var records = new List<EvidenceChunkRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var record = EvidenceChunkRecord.ForChunk($"ev{i:D5}", i % 2);
            record.Text =
                $"{Openings[i % Openings.Length]} {Endings[i / Openings.Length % Endings.Length]} (order {i})";
            record.RecordId = $"r{i}";
            record.Line = i + 2;
            record.Start = 0;
            record.End = record.Text.Length;
            record.Source = i % 2 == 0 ? "survey.csv" : "tickets.csv";
            record.Channel = Channels[i % Channels.Length];
            record.CustomerId = i % 5 == 0 ? null : $"cust-{i % 50}";
            record.TimestampUnixMs = BaseTimestamp + (i * 3_600_000L);
            record.Touchpoints = (i % 3) switch
            {
                0 => ["checkout", "delivery"],
                1 => ["delivery"],
                _ => ["support"],
            };
            record.Sentiment = Sentiments[i % Sentiments.Length];
            record.Segment = i % 7 == 0 ? "enterprise" : null;
            record.Embedding = generator.Embed(record.Text);
            records.Add(record);
        }
        return records;
    }

    public static float[] Embed(string text) => new OfflineEmbeddingGenerator().Embed(text);

    /// <summary>
    /// Keys ranked by cosine similarity to <paramref name="query"/> (vectors are unit length: cosine = dot).
    /// </summary>
    public static List<Guid> ByCosine(IEnumerable<EvidenceChunkRecord> records, float[] query, int top) =>
        [
            .. records
                .OrderByDescending(r =>
                    System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(r.Embedding.Span, query)
                )
                .Take(top)
                .Select(r => r.Key),
        ];
}
