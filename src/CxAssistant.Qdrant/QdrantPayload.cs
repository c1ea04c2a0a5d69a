using CxAssistant.Data.Memory;
using Google.Protobuf.Collections;
using Qdrant.Client.Grpc;

namespace CxAssistant.Qdrant;

/// <summary>
/// The explicit mapping between <see cref="EvidenceChunkRecord"/> and a Qdrant payload (snake_case keys), with the
/// payload index each filterable field gets. Explicit rather than reflective so the filter translator, the indexes and
/// the writes cannot drift apart.
/// </summary>
internal static class QdrantPayload
{
    /// <summary>
    /// A payload key and, when the product filters on it, the index type it needs (strict mode refuses others).
    /// </summary>
    public sealed record Field(string Key, PayloadSchemaType? Index);

    /// <summary>
    /// The chunk's distinct keyword-term dimensions (integer-indexed), so Qdrant can count N and df for BM25's IDF
    /// exactly
    /// (<see cref="KeywordSparseEncoder"/>). Written by the adapter, never part of the record.
    /// </summary>
    public const string TermsKey = "keyword_terms";

    public static IReadOnlyDictionary<string, Field> Fields { get; } =
        new Dictionary<string, Field>(StringComparer.Ordinal)
        {
            [nameof(EvidenceChunkRecord.ChunkId)] = new("chunk_id", null),
            [nameof(EvidenceChunkRecord.EvidenceId)] = new("evidence_id", PayloadSchemaType.Keyword),
            [nameof(EvidenceChunkRecord.ChunkIndex)] = new("chunk_index", null),
            [nameof(EvidenceChunkRecord.RecordId)] = new("record_id", null),
            [nameof(EvidenceChunkRecord.Line)] = new("line", null),
            [nameof(EvidenceChunkRecord.Text)] = new("text", null),
            [nameof(EvidenceChunkRecord.Start)] = new("start", null),
            [nameof(EvidenceChunkRecord.End)] = new("end", null),
            [nameof(EvidenceChunkRecord.Source)] = new("source", PayloadSchemaType.Keyword),
            [nameof(EvidenceChunkRecord.Channel)] = new("channel", PayloadSchemaType.Keyword),
            [nameof(EvidenceChunkRecord.CustomerId)] = new("customer_id", PayloadSchemaType.Keyword),
            [nameof(EvidenceChunkRecord.TimestampUnixMs)] = new("timestamp_unix_ms", PayloadSchemaType.Integer),
            [nameof(EvidenceChunkRecord.Touchpoints)] = new("touchpoints", PayloadSchemaType.Keyword),
            [nameof(EvidenceChunkRecord.Sentiment)] = new("sentiment", PayloadSchemaType.Keyword),
            [nameof(EvidenceChunkRecord.Segment)] = new("segment", PayloadSchemaType.Keyword),
        };

    public static void Write(EvidenceChunkRecord r, MapField<string, Value> payload)
    {
        payload["chunk_id"] = r.ChunkId;
        payload["evidence_id"] = r.EvidenceId;
        payload["chunk_index"] = r.ChunkIndex;
        payload["record_id"] = r.RecordId;
        payload["line"] = r.Line;
        payload["text"] = r.Text;
        payload["start"] = r.Start;
        payload["end"] = r.End;
        payload["source"] = r.Source;
        payload["channel"] = r.Channel;
        payload["customer_id"] = Nullable(r.CustomerId);
        payload["timestamp_unix_ms"] = r.TimestampUnixMs is { } ts ? ts : Null();
        payload["touchpoints"] = r.Touchpoints.ToArray();
        payload["sentiment"] = Nullable(r.Sentiment);
        payload["segment"] = Nullable(r.Segment);
    }

    public static EvidenceChunkRecord Read(PointId id, MapField<string, Value> payload) =>
        new()
        {
            Key = Guid.Parse(id.Uuid),
            ChunkId = Text(payload, "chunk_id") ?? "",
            EvidenceId = Text(payload, "evidence_id") ?? "",
            ChunkIndex = (int)(Integer(payload, "chunk_index") ?? 0),
            RecordId = Text(payload, "record_id") ?? "",
            Line = (int)(Integer(payload, "line") ?? 0),
            Text = Text(payload, "text") ?? "",
            Start = (int)(Integer(payload, "start") ?? 0),
            End = (int)(Integer(payload, "end") ?? 0),
            Source = Text(payload, "source") ?? "",
            Channel = Text(payload, "channel") ?? "",
            CustomerId = Text(payload, "customer_id"),
            TimestampUnixMs = Integer(payload, "timestamp_unix_ms"),
            Touchpoints =
                payload.TryGetValue("touchpoints", out var list) && list.KindCase == Value.KindOneofCase.ListValue
                    ?
                    [
                        .. list
                            .ListValue.Values.Where(v => v.KindCase == Value.KindOneofCase.StringValue)
                            .Select(v => v.StringValue),
                    ]
                    : [],
            Sentiment = Text(payload, "sentiment"),
            Segment = Text(payload, "segment"),
        };

    private static Value Nullable(string? text) => text is null ? Null() : text;

    private static Value Null() => new() { NullValue = NullValue.NullValue };

    private static string? Text(MapField<string, Value> payload, string key) =>
        payload.TryGetValue(key, out var v) && v.KindCase == Value.KindOneofCase.StringValue ? v.StringValue : null;

    private static long? Integer(MapField<string, Value> payload, string key) =>
        payload.TryGetValue(key, out var v)
            ? v.KindCase switch
            {
                Value.KindOneofCase.IntegerValue => v.IntegerValue,
                Value.KindOneofCase.DoubleValue => (long)v.DoubleValue,
                _ => null,
            }
            : null;
}
