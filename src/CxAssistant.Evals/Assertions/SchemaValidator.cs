using System.Text.Json;
using System.Text.Json.Nodes;

namespace CxAssistant.Evals.Assertions;

/// <summary>
/// Validates JSON against the subset of JSON Schema that output contracts use: type (including arrays of types),
/// required, properties, additionalProperties (false or a schema), items, enum, const, minimum/maximum,
/// minItems/maxItems, minLength and local <c>$ref</c> (<c>#/$defs/…</c>). The mirror has no JSON Schema validator package; this covers what our prompts' schemas declare.
/// </summary>
public static class SchemaValidator
{
    /// <summary>Every violation, each with its JSON path (empty when valid).</summary>
    public static IReadOnlyList<string> Validate(JsonNode? value, JsonNode schema)
    {
        var errors = new List<string>();
        Check(value, schema, schema, "$", errors);
        return errors;
    }

    private static void Check(JsonNode? value, JsonNode? schema, JsonNode root, string path, List<string> errors)
    {
        if (schema is not JsonObject s || errors.Count > 50) return;
        if (s["$ref"] is JsonValue r && r.ToString() is ['#', '/', .. var pointer])
        {
            JsonNode? target = root;
            foreach (var part in pointer.Split('/')) target = target?[part];
            if (target is null) throw new AssertionException($"schema reference '{r}' not found");
            Check(value, target, root, path, errors);
            return;
        }
        if (s["type"] is { } type && !TypeMatches(value, type))
        {
            errors.Add($"{path}: expected {type.ToJsonString()}, got {Kind(value)}");
            return;
        }
        if (s["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, value)))
            errors.Add($"{path}: {value?.ToJsonString() ?? "null"} is not one of {options.ToJsonString()}");
        if (s["const"] is { } c && !JsonNode.DeepEquals(c, value)) errors.Add($"{path}: must be {c.ToJsonString()}");
        switch (value)
        {
            case JsonObject o:
                if (s["required"] is JsonArray required)
                    foreach (var name in required.Select(x => x!.ToString()).Where(n => !o.ContainsKey(n)))
                        errors.Add($"{path}: missing required property '{name}'");
                var props = s["properties"] as JsonObject;
                foreach (var (name, child) in o)
                {
                    if (props?[name] is { } childSchema) Check(child, childSchema, root, $"{path}.{name}", errors);
                    else if (s["additionalProperties"] is JsonValue ap && ap.GetValueKind() == JsonValueKind.False) errors.Add($"{path}: unexpected property '{name}'");
                    else if (s["additionalProperties"] is JsonObject extra) Check(child, extra, root, $"{path}.{name}", errors);
                }
                break;
            case JsonArray a:
                if (JsonPath.TryNumber(s["minItems"], out var min) && a.Count < min) errors.Add($"{path}: {a.Count} items, at least {min} required");
                if (JsonPath.TryNumber(s["maxItems"], out var max) && a.Count > max) errors.Add($"{path}: {a.Count} items, at most {max} allowed");
                if (s["items"] is { } items)
                    for (var i = 0; i < a.Count; i++) Check(a[i], items, root, $"{path}[{i}]", errors);
                break;
            case JsonValue when JsonPath.TryNumber(value, out var d):
                if (JsonPath.TryNumber(s["minimum"], out var lo) && d < lo) errors.Add($"{path}: {d} < minimum {lo}");
                if (JsonPath.TryNumber(s["maximum"], out var hi) && d > hi) errors.Add($"{path}: {d} > maximum {hi}");
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                if (JsonPath.TryNumber(s["minLength"], out var ml) && v.GetValue<string>().Length < ml) errors.Add($"{path}: shorter than {ml}");
                break;
        }
    }

    private static bool TypeMatches(JsonNode? value, JsonNode type) => type switch
    {
        JsonArray types => types.Any(t => Is(value, t!.ToString())),
        _ => Is(value, type.ToString()),
    };

    private static bool Is(JsonNode? value, string type) => type switch
    {
        "null" => value is null,
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue v && v.GetValueKind() == JsonValueKind.String,
        "boolean" => value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "number" => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number,
        "integer" => JsonPath.TryNumber(value, out var n) && Math.Abs(n % 1) < 1e-12,
        _ => throw new AssertionException($"unsupported schema type '{type}'"),
    };

    private static string Kind(JsonNode? value) => value is null ? "null" : value.GetValueKind().ToString().ToLowerInvariant();
}
