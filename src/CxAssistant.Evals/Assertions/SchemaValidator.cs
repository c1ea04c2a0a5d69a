using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace CxAssistant.Evals.Assertions;

/// <summary>
/// Validates JSON against a JSON Schema with JsonSchema.Net (draft 2020-12 by default, <c>$schema</c> honoured) and
/// turns its list output into one line per violation, each with its JSON pointer.
/// </summary>
public static class SchemaValidator
{
    /// <summary>
    /// Every violation ("/items/0/intent: Value should match one of the values specified by the enum"); empty when
    /// valid.
    /// </summary>
    /// <exception cref="AssertionException">The schema itself is not valid JSON Schema.</exception>
    public static IReadOnlyList<string> Validate(JsonNode? value, JsonNode schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        JsonSchema parsed;
        try
        {
            // A registry per schema: suites may reuse an $id without colliding in the library's global registry.
            parsed = JsonSchema.FromText(
                schema.ToJsonString(),
                new BuildOptions { SchemaRegistry = new SchemaRegistry() }
            );
        }
        catch (Exception e)
            when (e is JsonException or JsonSchemaException or ArgumentException or InvalidOperationException)
        {
            throw new AssertionException($"the schema is not valid JSON Schema: {e.Message}");
        }
        using var instance = JsonDocument.Parse(value?.ToJsonString() ?? "null");
        var result = parsed.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{Where(d.InstanceLocation.ToString())}: {e.Value}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return errors.Count > 0 ? errors : ["$: does not match the schema"];
    }

    private static string Where(string pointer) => pointer.Length == 0 ? "$" : pointer;
}
