using System.Text.Json.Nodes;
using CxAssistant.Evals.Assertions;
using CxAssistant.Evals.Stages;
using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Tests;

/// <summary>Builds suites in temp folders and assertion contexts for tests.</summary>
internal static class TestData
{
    public static string EvalsDir { get; } = TestKit.RepositoryRoot.Combine("evals");

    public static string SuitesDir => Path.Combine(EvalsDir, "suites");

    /// <summary>Writes <paramref name="yaml"/> to a new temp folder and returns the file path.</summary>
    public static string WriteSuite(string yaml, string name = "suite.yaml")
    {
        var dir = Path.Combine(Path.GetTempPath(), "cx-evals-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    public static EvalSuite LoadSuite(string yaml) =>
        SuiteLoader.Load(WriteSuite(yaml), StageRegistry.Offline().Names, EvaluatorCatalog.Types);

    /// <summary>An assertion spec parsed from a one-line YAML mapping.</summary>
    public static AssertionSpec Spec(string yaml)
    {
        var suite = LoadSuite(
            $"name: t\nstage: annotation\nassert:\n  - {yaml}\ncases:\n  - id: c\n  "
                + $"  inputs: {{ records: [ {{ id: r1, text: x }} ] }}\n"
        );
        return suite.Assertions[0];
    }

    /// <summary>A context for one assertion over an output with records and expectations.</summary>
    public static CaseContext Context(
        string specYaml,
        string outputJson,
        IReadOnlyList<RecordInput>? records = null,
        JsonObject? expect = null,
        string? controlJson = null,
        double latencyMs = 1,
        double? costUsd = 0,
        long inputTokens = 0,
        string? catalog = null
    )
    {
        var evalCase = new EvalCase
        {
            Id = "case-1",
            Inputs = new CaseInputs
            {
                Catalog = catalog,
                Records = records ?? [new RecordInput { Id = "r1", Text = "The parcel arrived late and crushed." }],
            },
            Expect = expect ?? [],
        };
        var data = CaseData.Build(evalCase.Inputs, SuitesDir, new CatalogResolver());
        var output = new StageOutput { Output = JsonNode.Parse(outputJson), InputTokens = inputTokens };
        return new CaseContext(
            evalCase,
            data,
            output,
            controlJson is null ? null : JsonNode.Parse(controlJson),
            Spec(specYaml),
            latencyMs,
            costUsd,
            SuitesDir
        );
    }
}
