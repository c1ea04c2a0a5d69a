using System.Diagnostics;
using System.Text.Json.Nodes;
using CxAssistant.Evals.Models;
using CxAssistant.Evals.Runs;
using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Bench;

/// <summary>
/// Measures the harness itself: N annotation cases (dev-set texts, cycled, each with its own record id) are recorded
/// once through <see cref="ScriptedAnnotationClient"/>, then replayed from the response cache with no client and
/// four assertions each (schema, allowed labels, gold labels, grounding). The replay is the timed part.
/// </summary>
public static class EvalBench
{
    /// <summary>Benchmark result.</summary>
    public sealed record Result(
        int Cases,
        TimeSpan Record,
        TimeSpan Replay,
        int ReplayModelCalls,
        double ReplayScore,
        bool IdenticalOutputs
    );

    /// <summary>Runs the benchmark in <paramref name="workDir"/> (a scratch folder for the cache).</summary>
    public static async Task<Result> RunAsync(
        int cases,
        string devsetFile,
        string workDir,
        int concurrency,
        CancellationToken cancellationToken = default
    )
    {
        var suitePath = Path.Combine(workDir, "bench.yaml");
        Directory.CreateDirectory(workDir);
        await File.WriteAllTextAsync(suitePath, SuiteYaml(cases, devsetFile), cancellationToken).ConfigureAwait(false);
        var suite = SuiteLoader.Load(suitePath);
        var cache = Path.Combine(workDir, "cache");
        var scripted = new ScriptedAnnotationClient();
        var record = new RunOptions
        {
            Providers = ["scripted"],
            CacheDirectory = cache,
            Concurrency = concurrency,
            Prompts = new JsonInputsPromptRenderer(),
            Models = new SingleModelFactory(new EvalModel(scripted, ScriptedAnnotationClient.ModelId, Scripted: true)),
        };
        var watch = Stopwatch.StartNew();
        var (recorded, _) = await new EvalRunner(record).RunAsync([suite], cancellationToken).ConfigureAwait(false);
        var recordTime = watch.Elapsed;

        var replayOptions = record with
        {
            Providers = ["replay"],
            ReplayModel = ScriptedAnnotationClient.ModelId,
            Models = new UnconfiguredModelFactory(),
        };
        var replayRunner = new EvalRunner(replayOptions);
        watch.Restart();
        var (replayed, _) = await replayRunner.RunAsync([suite], cancellationToken).ConfigureAwait(false);
        var replayTime = watch.Elapsed;
        var a = recorded.Suites[0].Variants[0].CaseResults.Select(c => c.OutputHash);
        var b = replayed.Suites[0].Variants[0].CaseResults.Select(c => c.OutputHash);
        return new Result(
            suite.Cases.Count,
            recordTime,
            replayTime,
            replayRunner.ModelCalls,
            replayed.Suites[0].Variants[0].Score,
            a.SequenceEqual(b)
        );
    }

    private static string SuiteYaml(int cases, string devsetFile)
    {
        var rows = File.ReadLines(devsetFile)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonNode.Parse(l)!.AsObject())
            .ToList();
        var lines = new List<string>
        {
            "name: bench",
            "stage: annotation",
            "prompts: [bench/annotate]",
            "providers: [scripted]",
            "thresholds: { pass: 0 }",
            "assert:",
            "  - { type: json-schema, schema: { type: object, required: "
                + "[annotations], properties: { annotations: { type: array, minItems: 1 "
                + "} } } }",
            "  - { type: allowed-labels, path: 'annotations[*].sentimentLabel', "
                + "values: [positive, negative, neutral, mixed] }",
            "  - { type: labels, fields: { sentiment: "
                + "'annotations[0].sentimentLabel', intent: 'annotations[0].intent' } }",
            "  - { type: grounding, minQuotes: 0 }",
            "cases:",
        };
        for (var i = 0; i < cases; i++)
        {
            var row = rows[i % rows.Count];
            lines.Add($"  - id: bench-{i:D5}");
            lines.Add($"    inputs: {{ records: [ {{ id: r{i:D5}, text: {Quote(row["text"]!.ToString())} }} ] }}");
            lines.Add($"    expect: {{ sentiment: {row["sentiment"]}, intent: {row["intent"]} }}");
        }
        return string.Join('\n', lines) + "\n";
    }

    private static string Quote(string s) =>
        "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
