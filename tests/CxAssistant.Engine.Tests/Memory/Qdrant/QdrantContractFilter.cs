using System.Text.Json;
using System.Text.Json.Nodes;

namespace CxAssistant.Engine.Tests.Memory.Qdrant;

/// <summary>
/// Validates and evaluates Qdrant filters as documented (https://qdrant.tech/documentation/concepts/filtering/):
/// must / should / must_not of conditions {key, match:{value|any}}, {key, range:{gt,gte,lt,lte}}, {is_null:{key}},
/// {has_id:[…]} or nested filters. Anything else is a contract violation.
/// </summary>
internal static class QdrantContractFilter
{
    private static readonly string[] ClauseNames = ["must", "should", "must_not", "min_should"];

    public static bool Matches(JsonNode? filter, string id, JsonObject payload)
    {
        var f = filter as JsonObject ?? throw new ContractViolationException($"filter must be an object, got {filter?.GetValueKind()}");
        foreach (var (name, _) in f)
        {
            Check(ClauseNames.Contains(name), $"unknown filter clause '{name}'");
        }

        bool All(string clause, Func<bool, bool> expect) => f[clause] is not JsonArray list || list.All(c => expect(Condition(c, id, payload)));
        var should = f["should"] as JsonArray;
        return All("must", r => r)
            && All("must_not", r => !r)
            && (should is null || should.Count == 0 || should.Any(c => Condition(c, id, payload)));
    }

    /// <summary>Checks every clause and condition of a filter without needing any point to reach it.</summary>
    public static void Validate(JsonNode? filter)
    {
        var f = filter as JsonObject ?? throw new ContractViolationException($"filter must be an object, got {filter?.GetValueKind()}");
        foreach (var (name, clause) in f)
        {
            Check(ClauseNames.Contains(name), $"unknown filter clause '{name}'");
            if (name != "min_should")
            {
                var conditions = clause as JsonArray ?? throw new ContractViolationException($"filter.{name} must be an array");
                foreach (var condition in conditions)
                {
                    if (condition is JsonObject c && ClauseNames.Any(c.ContainsKey))
                    {
                        Validate(c);
                    }
                    else
                    {
                        // Evaluating against an empty payload visits every check of a leaf condition.
                        Condition(condition, Guid.Empty.ToString("D"), []);
                    }
                }
            }
        }
    }

    private static bool Condition(JsonNode? node, string id, JsonObject payload)
    {
        var c = node as JsonObject ?? throw new ContractViolationException("filter condition must be an object");
        if (ClauseNames.Any(c.ContainsKey))
        {
            return Matches(c, id, payload);
        }

        if (c["has_id"] is JsonArray ids)
        {
            return ids.Any(i => string.Equals(i?.ToString(), id, StringComparison.OrdinalIgnoreCase));
        }

        if (c["is_null"] is JsonObject isNull)
        {
            var nullKey = RequireString(isNull["key"], "is_null.key");
            return payload[nullKey] is null;
        }

        var key = RequireString(c["key"], "condition.key");
        var value = payload[key];
        var values = value is JsonArray array ? array.ToList() : [value];
        if (c["match"] is JsonObject match)
        {
            Check(match.Count == 1 && (match.ContainsKey("value") || match.ContainsKey("any")), $"match on '{key}' must have exactly one of value/any, got {match.ToJsonString()}");
            if (match["value"] is JsonNode single)
            {
                CheckScalar(single, $"match.value on '{key}'");
                return values.Any(v => v is not null && JsonNode.DeepEquals(Normalize(v), Normalize(single)));
            }

            var any = match["any"] as JsonArray ?? throw new ContractViolationException($"match.any on '{key}' must be an array");
            foreach (var item in any)
            {
                CheckScalar(item ?? throw new ContractViolationException($"match.any on '{key}' contains null"), $"match.any item on '{key}'");
            }

            return values.Any(v => v is not null && any.Any(a => a is not null && JsonNode.DeepEquals(Normalize(v), Normalize(a))));
        }

        if (c["range"] is JsonObject range)
        {
            foreach (var (op, bound) in range)
            {
                Check(op is "gt" or "gte" or "lt" or "lte", $"unknown range operator '{op}' on '{key}'");
                Check(bound is JsonValue b && b.GetValueKind() == JsonValueKind.Number, $"range.{op} on '{key}' must be a number (datetime ranges need a datetime index)");
            }

            return values.Any(v => v is JsonValue n && n.GetValueKind() == JsonValueKind.Number && InRange(n.GetValue<double>(), range));
        }

        throw new ContractViolationException($"unsupported filter condition {c.ToJsonString()}");
    }

    private static bool InRange(double v, JsonObject range) =>
        (range["gt"] is not JsonNode gt || v > gt.GetValue<double>())
        && (range["gte"] is not JsonNode gte || v >= gte.GetValue<double>())
        && (range["lt"] is not JsonNode lt || v < lt.GetValue<double>())
        && (range["lte"] is not JsonNode lte || v <= lte.GetValue<double>());

    // 3 and 3.0 are the same JSON number to Qdrant.
    private static JsonNode Normalize(JsonNode node) =>
        node.GetValueKind() == JsonValueKind.Number ? JsonValue.Create(node.GetValue<double>()) : node;

    private static void CheckScalar(JsonNode node, string what) =>
        Check(node.GetValueKind() is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False, $"{what} must be a string, integer or bool");

    public static string RequireString(JsonNode? node, string what) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw new ContractViolationException($"{what} must be a string");

    public static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new ContractViolationException(message);
        }
    }
}
