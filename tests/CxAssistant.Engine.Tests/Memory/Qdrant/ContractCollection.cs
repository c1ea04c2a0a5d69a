using System.Text.Json;
using System.Text.Json.Nodes;
using static CxAssistant.Engine.Tests.Memory.Qdrant.QdrantContractFilter;

namespace CxAssistant.Engine.Tests.Memory.Qdrant;

/// <summary>One in-memory collection of the contract server; every method validates its body first.</summary>
internal sealed class ContractCollection(int size, string distance)
{
    private readonly SortedDictionary<string, (float[] Vector, JsonObject Payload)> _points = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _indexes = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Indexes => _indexes;

    public JsonNode Info() => new JsonObject
    {
        ["status"] = "green",
        ["optimizer_status"] = "ok",
        ["segments_count"] = 1,
        ["points_count"] = _points.Count,
        ["config"] = new JsonObject
        {
            ["params"] = new JsonObject { ["vectors"] = new JsonObject { ["size"] = size, ["distance"] = distance } },
            ["hnsw_config"] = new JsonObject { ["m"] = 16, ["ef_construct"] = 100, ["full_scan_threshold"] = 10000 },
            ["optimizer_config"] = new JsonObject { ["indexing_threshold"] = 10000 },
        },
        ["payload_schema"] = new JsonObject(_indexes.Select(i => KeyValuePair.Create(i.Key, (JsonNode?)new JsonObject { ["data_type"] = i.Value }))),
    };

    public JsonNode CreateIndex(JsonObject body, string[] schemas)
    {
        OnlyKeys(body, "field_name", "field_schema");
        var field = RequireString(body["field_name"], "field_name");
        var schema = RequireString(body["field_schema"], "field_schema");
        Check(schemas.Contains(schema), $"field_schema '{schema}' is not a documented payload schema type");
        _indexes[field] = schema;
        return Completed();
    }

    public JsonNode Upsert(JsonObject body)
    {
        OnlyKeys(body, "points");
        var points = body["points"] as JsonArray ?? throw new ContractViolationException("points must be an array");
        Check(points.Count > 0, "points must not be empty");
        foreach (var node in points)
        {
            var point = node as JsonObject ?? throw new ContractViolationException("each point must be an object");
            OnlyKeys(point, "id", "vector", "payload");
            var id = Id(point["id"]);
            var vector = Vector(point["vector"], "point.vector");
            Check(point["payload"] is null or JsonObject, "point.payload must be an object");
            _points[id] = (vector, (JsonObject?)point["payload"]?.DeepClone() ?? []);
        }

        return Completed();
    }

    public JsonNode Get(JsonObject body)
    {
        OnlyKeys(body, "ids", "with_payload", "with_vector");
        var ids = (body["ids"] as JsonArray ?? throw new ContractViolationException("ids must be an array")).Select(Id);
        var withVector = Bool(body, "with_vector");
        return new JsonArray(ids.Where(_points.ContainsKey).Select(id => (JsonNode?)Point(id, withVector, null)).ToArray());
    }

    public JsonNode Delete(JsonObject body)
    {
        OnlyKeys(body, "points");
        var ids = body["points"] as JsonArray ?? throw new ContractViolationException("points must be an array of ids");
        foreach (var id in ids.Select(Id))
        {
            _points.Remove(id);
        }

        return Completed();
    }

    public JsonNode Query(JsonObject body)
    {
        // QueryRequest with a plain dense vector as "query" (a NearestQuery shorthand).
        OnlyKeys(body, "query", "using", "limit", "offset", "filter", "with_payload", "with_vector", "score_threshold", "params");
        Check(body["using"] is null, "this collection has only the default unnamed vector; 'using' must be absent");
        var query = Vector(body["query"], "query");
        var limit = PositiveInt(body, "limit") ?? throw new ContractViolationException("limit is required");
        var offset = PositiveInt(body, "offset") ?? 0;
        var threshold = body["score_threshold"]?.GetValue<double>();
        var withVector = Bool(body, "with_vector");
        var hits = Filtered(body["filter"])
            .Select(p => (p.Key, Score: Cosine(query, p.Value.Vector)))
            .Where(h => threshold is null || h.Score >= threshold)
            .OrderByDescending(h => h.Score).ThenBy(h => h.Key, StringComparer.Ordinal)
            .Skip(offset).Take(limit);
        return new JsonObject { ["points"] = new JsonArray(hits.Select(h => (JsonNode?)Point(h.Key, withVector, h.Score)).ToArray()) };
    }

    public JsonNode Count(JsonObject body)
    {
        OnlyKeys(body, "filter", "exact");
        Check(body["exact"] is null || body["exact"]!.GetValueKind() is JsonValueKind.True or JsonValueKind.False, "exact must be a bool");
        return new JsonObject { ["count"] = Filtered(body["filter"]).Count() };
    }

    public JsonNode Scroll(JsonObject body)
    {
        OnlyKeys(body, "limit", "offset", "filter", "with_payload", "with_vector");
        var limit = PositiveInt(body, "limit") ?? 10;
        var start = body["offset"] is null ? null : Id(body["offset"]);
        var withVector = Bool(body, "with_vector");
        var matching = Filtered(body["filter"]).Select(p => p.Key).Where(id => start is null || string.CompareOrdinal(id, start) >= 0).Take(limit + 1).ToList();
        return new JsonObject
        {
            ["points"] = new JsonArray(matching.Take(limit).Select(id => (JsonNode?)Point(id, withVector, null)).ToArray()),
            ["next_page_offset"] = matching.Count > limit ? matching[limit] : null,
        };
    }

    private IEnumerable<KeyValuePair<string, (float[] Vector, JsonObject Payload)>> Filtered(JsonNode? filter) =>
        filter is null ? _points : Validated(filter);

    // Evaluation short-circuits, so the whole filter is first checked against a point-free walk.
    private List<KeyValuePair<string, (float[] Vector, JsonObject Payload)>> Validated(JsonNode filter)
    {
        Validate(filter);
        return _points.Where(p => Matches(filter, p.Key, p.Value.Payload)).ToList();
    }

    private JsonObject Point(string id, bool withVector, double? score)
    {
        var (vector, payload) = _points[id];
        // ScoredPoint (query) has version and score; Record (get, scroll) has neither.
        var point = new JsonObject { ["id"] = id };
        if (score is not null)
        {
            point["version"] = 0;
            point["score"] = score;
        }

        point["payload"] = payload.DeepClone();
        point["vector"] = withVector ? new JsonArray(Normalized(vector).Select(v => (JsonNode?)v).ToArray()) : null;
        return point;
    }

    // Qdrant normalises vectors of Cosine collections on upsert and returns them normalised.
    private static float[] Normalized(float[] v)
    {
        var norm = Math.Sqrt(v.Sum(x => (double)x * x));
        return norm == 0 ? v : v.Select(x => (float)(x / norm)).ToArray();
    }

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += (double)a[i] * b[i];
            na += (double)a[i] * a[i];
            nb += (double)b[i] * b[i];
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    private float[] Vector(JsonNode? node, string what)
    {
        var array = node as JsonArray ?? throw new ContractViolationException($"{what} must be an array of numbers");
        Check(array.Count == size, $"{what} has {array.Count} dimensions; the collection's vectors.size is {size}");
        return array.Select(v => v is JsonValue n && n.GetValueKind() == JsonValueKind.Number ? n.GetValue<float>() : throw new ContractViolationException($"{what} must contain only numbers")).ToArray();
    }

    // Point ids are unsigned integers or UUID strings; this server only stores UUIDs, as the adapter does.
    private static string Id(JsonNode? node)
    {
        var text = RequireString(node, "point id");
        Check(Guid.TryParseExact(text, "D", out var id), $"point id '{text}' is not a hyphenated UUID");
        return id.ToString("D");
    }

    private static bool Bool(JsonObject body, string key)
    {
        Check(body[key] is null || body[key]!.GetValueKind() is JsonValueKind.True or JsonValueKind.False, $"{key} must be a bool");
        return body[key]?.GetValue<bool>() ?? false;
    }

    private static int? PositiveInt(JsonObject body, string key)
    {
        if (body[key] is null)
        {
            return null;
        }

        Check(body[key] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.GetValue<double>() >= 0 && v.GetValue<double>() % 1 == 0, $"{key} must be a non-negative integer");
        return body[key]!.GetValue<int>();
    }

    private static void OnlyKeys(JsonObject body, params string[] allowed)
    {
        foreach (var (key, _) in body)
        {
            Check(allowed.Contains(key), $"unexpected field '{key}' (documented here: {string.Join(", ", allowed)})");
        }
    }

    private static JsonObject Completed() => new() { ["operation_id"] = 0, ["status"] = "completed" };
}
