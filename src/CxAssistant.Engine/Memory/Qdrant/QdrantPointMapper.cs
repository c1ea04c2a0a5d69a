using System.Text.Json.Nodes;

namespace CxAssistant.Engine.Memory.Qdrant;

/// <summary>
/// Maps <see cref="EvidenceChunkRecord"/> to Qdrant points and back. Payload keys are snake_case and listed
/// once here so the filter translator and the payload indexes cannot drift apart.
/// </summary>
internal static class QdrantPointMapper
{
    /// <summary>Record property → (payload key, payload index schema or null when not indexed).</summary>
    public static readonly IReadOnlyDictionary<string, (string Key, string? Schema)> Fields = new Dictionary<string, (string, string?)>
    {
        [nameof(EvidenceChunkRecord.ChunkId)] = ("chunk_id", null),
        [nameof(EvidenceChunkRecord.EvidenceId)] = ("evidence_id", "keyword"),
        [nameof(EvidenceChunkRecord.ChunkIndex)] = ("chunk_index", null),
        [nameof(EvidenceChunkRecord.Text)] = ("text", null),
        [nameof(EvidenceChunkRecord.Start)] = ("start", null),
        [nameof(EvidenceChunkRecord.End)] = ("end", null),
        [nameof(EvidenceChunkRecord.Source)] = ("source", "keyword"),
        [nameof(EvidenceChunkRecord.Channel)] = ("channel", "keyword"),
        [nameof(EvidenceChunkRecord.CustomerId)] = ("customer_id", "keyword"),
        [nameof(EvidenceChunkRecord.TimestampUnixMs)] = ("timestamp_unix_ms", "integer"),
        [nameof(EvidenceChunkRecord.Touchpoints)] = ("touchpoints", "keyword"),
        [nameof(EvidenceChunkRecord.Sentiment)] = ("sentiment", "keyword"),
        [nameof(EvidenceChunkRecord.Segment)] = ("segment", "keyword"),
    };

    public static JsonObject ToPoint(EvidenceChunkRecord record, int dimensions)
    {
        if (record.Embedding.Length != dimensions)
        {
            throw new ArgumentException(
                $"Record {record.Key} ({record.ChunkId}) has a {record.Embedding.Length}-dimension embedding; the Qdrant collection expects {dimensions}.",
                nameof(record));
        }

        var vector = new JsonArray();
        foreach (var value in record.Embedding.Span)
        {
            vector.Add(value);
        }

        var payload = new JsonObject
        {
            ["chunk_id"] = record.ChunkId,
            ["evidence_id"] = record.EvidenceId,
            ["chunk_index"] = record.ChunkIndex,
            ["text"] = record.Text,
            ["start"] = record.Start,
            ["end"] = record.End,
            ["source"] = record.Source,
            ["channel"] = record.Channel,
            ["customer_id"] = record.CustomerId,
            ["timestamp_unix_ms"] = record.TimestampUnixMs,
            ["touchpoints"] = new JsonArray(record.Touchpoints.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
            ["sentiment"] = record.Sentiment,
            ["segment"] = record.Segment,
        };
        return new JsonObject { ["id"] = IdOf(record.Key), ["vector"] = vector, ["payload"] = payload };
    }

    /// <summary>Qdrant point ids are UUIDs in their hyphenated form.</summary>
    public static string IdOf(Guid key) => key.ToString("D");

    public static EvidenceChunkRecord FromPoint(JsonNode point)
    {
        var payload = point["payload"] as JsonObject ?? [];
        var record = new EvidenceChunkRecord
        {
            Key = Guid.Parse(point["id"]!.GetValue<string>()),
            ChunkId = String(payload, "chunk_id") ?? "",
            EvidenceId = String(payload, "evidence_id") ?? "",
            ChunkIndex = (int)(Long(payload, "chunk_index") ?? 0),
            Text = String(payload, "text") ?? "",
            Start = (int)(Long(payload, "start") ?? 0),
            End = (int)(Long(payload, "end") ?? 0),
            Source = String(payload, "source") ?? "",
            Channel = String(payload, "channel") ?? "",
            CustomerId = String(payload, "customer_id"),
            TimestampUnixMs = Long(payload, "timestamp_unix_ms"),
            Touchpoints = payload["touchpoints"] is JsonArray touchpoints ? touchpoints.Select(t => t!.GetValue<string>()).ToList() : [],
            Sentiment = String(payload, "sentiment"),
            Segment = String(payload, "segment"),
        };

        // with_vector=false yields "vector": null; a named-vector collection would yield an object, which we never create.
        if (point["vector"] is JsonArray vector)
        {
            record.Embedding = vector.Select(v => v!.GetValue<float>()).ToArray();
        }

        return record;
    }

    private static string? String(JsonObject payload, string key) => payload[key] is JsonValue value ? value.GetValue<string>() : null;

    // Qdrant may echo integers as 12.0 after a float round trip; read as double and truncate only when exact.
    private static long? Long(JsonObject payload, string key) => payload[key] is JsonValue value ? (long)value.GetValue<double>() : null;
}
