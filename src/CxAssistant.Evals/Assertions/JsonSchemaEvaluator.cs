using System.Text.Json.Nodes;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Assertions;

/// <summary>
/// The output (or the node at <c>path</c>) matches a JSON schema given inline (<c>schema</c>) or as a file relative to
/// the suite (<c>schemaFile</c>).
/// </summary>
public sealed class JsonSchemaEvaluator : AssertionEvaluator
{
    /// <inheritdoc />
    public override string Type => "json-schema";

    /// <inheritdoc />
    protected override ValueTask<AssertionOutcome> EvaluateAsync(
        CaseContext context,
        ChatConfiguration? judge,
        CancellationToken cancellationToken
    )
    {
        JsonNode schema;
        if (context.Spec.Get("schema") is { } inline)
        {
            schema = JsonNode.Parse(inline.GetRawText())!;
        }
        else if (context.Spec.GetString("schemaFile") is { } file)
        {
            var full = Path.GetFullPath(Path.Combine(context.SuiteDirectory, file));
            if (!File.Exists(full))
            {
                throw new AssertionException($"schema file not found: {full}");
            }
            schema = JsonNode.Parse(File.ReadAllText(full)) ?? throw new AssertionException($"{full}: empty schema");
        }
        else
        {
            throw new AssertionException("'schema' or 'schemaFile' is required.");
        }
        var errors = SchemaValidator.Validate(JsonPath.First(context.Output, context.Spec.GetString("path")), schema);
        return ValueTask.FromResult(
            AssertionOutcome.Check(
                errors.Count == 0,
                errors.Count == 0
                    ? "matches the schema"
                    : $"{errors.Count} violations: " + string.Join("; ", errors.Take(3))
            )
        );
    }
}
