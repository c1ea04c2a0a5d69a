using System.Text.Json.Nodes;
using CxAssistant.Evals.Assertions;
using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Tests.Suites;

/// <summary>
/// evals/schema/suite.schema.json documents the suite format: every committed suite must match it, and it must reject
/// what the loader rejects.
/// </summary>
public sealed class SuiteSchemaTests
{
    private static readonly JsonNode Schema = JsonNode.Parse(
        File.ReadAllText(Path.Combine(TestData.EvalsDir, "schema", "suite.schema.json"))
    )!;

    public static TheoryData<string> SuiteFiles() =>
        [.. Directory.EnumerateFiles(TestData.SuitesDir, "*.yaml").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(SuiteFiles))]
    public void CommittedSuite_MatchesTheDocumentedSchema(string file)
    {
        var tree = YamlJson.ToJson(File.ReadAllText(Path.Combine(TestData.SuitesDir, file)), file);
        var errors = SchemaValidator.Validate(tree, Schema);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Schema_RejectsUnknownAssertionTypeAndStrayKeys()
    {
        var tree = YamlJson.ToJson(
            "name: t\nstage: annotation\ncases:\n  - id: a\n    expectations: {}\n    assert: [ { type: vibes } ]\n",
            "t.yaml"
        );
        var errors = SchemaValidator.Validate(tree, Schema);
        Assert.True(
            errors.Any(e =>
                e.StartsWith("/cases/0", StringComparison.Ordinal)
                && e.Contains("expectations", StringComparison.Ordinal)
            ),
            string.Join("\n", errors)
        );
        Assert.True(
            errors.Any(e => e.StartsWith("/cases/0/assert/0/type", StringComparison.Ordinal)),
            string.Join("\n", errors)
        );
    }
}
