using Google.Protobuf.Collections;
using Qdrant.Client.Grpc;

namespace CxAssistant.Qdrant.Testing;

/// <summary>
/// One point as the contract server keeps it: payload, dense vectors (normalised for cosine) and sparse vectors.
/// </summary>
internal sealed record StoredPoint(
    PointId Id,
    MapField<string, Value> Payload,
    Dictionary<string, float[]> Dense,
    Dictionary<string, SparseVector> Sparse
)
{
    /// <summary>
    /// Payload values per key with arrays flattened (a match on an array matches any element), built once.
    /// </summary>
    public Dictionary<string, Value[]> Values { get; } =
        Payload.ToDictionary(
            p => p.Key,
            p => p.Value.KindCase == Value.KindOneofCase.ListValue ? [.. p.Value.ListValue.Values] : new[] { p.Value }
        );

    /// <summary>The id's <see cref="OrderKey"/>, computed once.</summary>
    public string Key { get; } = OrderKey(Id);

    /// <summary>
    /// Scroll order: Qdrant orders numeric ids before UUIDs and UUIDs as 128-bit numbers, which is the ordinal order of
    /// their canonical lower-case text.
    /// </summary>
    public static string OrderKey(PointId id) =>
        id.PointIdOptionsCase == PointId.PointIdOptionsOneofCase.Num
            ? "0:" + id.Num.ToString("D20", System.Globalization.CultureInfo.InvariantCulture)
            : "1:" + Guid.Parse(id.Uuid).ToString("D");
}
