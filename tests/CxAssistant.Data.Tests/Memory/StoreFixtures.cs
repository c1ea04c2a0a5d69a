using CxAssistant.Data.Memory;
using CxAssistant.Data.Memory.Embeddings;

namespace CxAssistant.Data.Tests.Memory;

/// <summary>A handful of feedback chunks with varied metadata for store tests.</summary>
internal static class StoreFixtures
{
    public static readonly OfflineEmbeddingGenerator Generator = new();

    public static EvidenceChunkRecord Record(
        string evidenceId,
        string text,
        string channel = "survey",
        string[]? touchpoints = null,
        string? segment = null,
        string source = "survey.csv",
        DateTimeOffset? at = null
    )
    {
        var record = EvidenceChunkRecord.ForChunk(evidenceId, 0);
        record.Text = text;
        record.End = text.Length;
        record.Channel = channel;
        record.Source = source;
        record.Touchpoints = [.. touchpoints ?? []];
        record.Segment = segment;
        record.TimestampUnixMs = EvidenceChunkRecord.ToUnixMs(
            at ?? new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero)
        );
        record.Embedding = Generator.Embed(text);
        return record;
    }

    public static List<EvidenceChunkRecord> Feedback() =>
        [
            Record(
                "e1",
                "My delivery arrived two weeks late",
                "review",
                ["delivery"],
                "gold",
                "reviews.json",
                new(2026, 8, 1, 0, 0, 0, TimeSpan.Zero)
            ),
            Record(
                "e2",
                "The parcel was delayed again, late delivery",
                "survey",
                ["delivery"],
                "basic",
                "survey.csv",
                new(2026, 9, 15, 0, 0, 0, TimeSpan.Zero)
            ),
            Record(
                "e3",
                "Refund still not processed after my return",
                "email",
                ["returns", "refund"],
                "gold",
                "tickets.jsonl",
                new(2026, 10, 2, 0, 0, 0, TimeSpan.Zero)
            ),
            Record(
                "e4",
                "Hidden handling fee at checkout",
                "survey",
                ["checkout"],
                "basic",
                "survey.csv",
                new(2026, 10, 20, 0, 0, 0, TimeSpan.Zero)
            ),
            Record(
                "e5",
                "Friendly agent on chat sorted my exchange",
                "chat",
                ["support", "returns"],
                null,
                "chat.txt",
                new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)
            ),
        ];
}
