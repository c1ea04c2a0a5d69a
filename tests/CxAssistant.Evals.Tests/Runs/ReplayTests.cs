using CxAssistant.Evals.Bench;
using CxAssistant.Evals.Models;
using CxAssistant.Evals.Reports;
using CxAssistant.Evals.Runs;
using Microsoft.Extensions.Configuration;

namespace CxAssistant.Evals.Tests.Runs;

/// <summary>
/// Record a run through a scripted chat client, replay it with no client at all: identical results, zero calls,
/// scripted origin shown.
/// </summary>
public sealed class ReplayTests
{
    internal const string Suite = """
        name: replay
        stage: annotation
        prompts: [bench/annotate]
        providers: [offline]
        assert:
          - { type: json-schema, schemaFile: schema.json }
          - { type: labels, fields: { sentiment: 'annotations[0].sentimentLabel' } }
          - { type: grounding, minQuotes: 0 }
        cases:
          - id: a
            inputs: { records: [ { id: r1, text: "Refund still not here after three weeks, awful." } ] }
            expect: { sentiment: negative }
          - id: b
            inputs: { records: [ { id: r2, text: "Lovely staff and a quick, easy checkout." } ] }
            expect: { sentiment: positive }
          - id: c
            inputs: { records: [ { id: r3, text: "What time do you open on Sunday?" } ] }
            expect: { sentiment: neutral }
        """;

    [Fact]
    public async Task Replay_RecordedScriptedRun_IdenticalResultsZeroCallsScriptedOrigin()
    {
        var (suite, cache) = Setup();
        var scripted = new ScriptedAnnotationClient();
        var record = RecordOptions(cache, scripted);
        var recorder = new EvalRunner(record);
        var (recorded, recordedManifest) = await recorder.RunAsync([suite]);
        Assert.Equal(3, scripted.Calls);
        Assert.Equal(3, recorder.ModelCalls);

        var replayer = new EvalRunner(
            record with
            {
                Providers = ["replay"],
                ReplayModel = ScriptedAnnotationClient.ModelId,
                Models = new UnconfiguredModelFactory(),
            }
        );
        var (replayed, manifest) = await replayer.RunAsync([suite]);

        Assert.Equal(0, replayer.ModelCalls);
        Assert.Equal(3, scripted.Calls);
        var before = recorded.Suites[0].Variants[0];
        var after = replayed.Suites[0].Variants[0];
        Assert.Equal("bench/annotate|replay", after.Id);
        Assert.Equal(before.CaseResults.Select(c => c.OutputHash), after.CaseResults.Select(c => c.OutputHash));
        Assert.Equal(
            before.CaseResults.Select(c => (c.Status, c.Score)),
            after.CaseResults.Select(c => (c.Status, c.Score))
        );
        Assert.Equal(before.InputTokens, after.InputTokens);
        Assert.All(after.CaseResults, c =>
        {
            Assert.Equal("scripted", c.Origin);
            Assert.True(c.Cached);
        });
        Assert.All(before.CaseResults, c => Assert.False(c.Cached));
        // The manifest names the cache keys the replay used, and they are the recorded ones.
        Assert.Equal(recordedManifest.Suites[0].Variants[0].CacheKeys, manifest.Suites[0].Variants[0].CacheKeys);
        Assert.Equal(["scripted"], manifest.Suites[0].Variants[0].Origins);
        Assert.Equal(
            ["""{"temperature":0,"topP":null,"maxOutputTokens":400,"seed":null,"responseFormat":"json"}"""],
            manifest.Suites[0].Variants[0].Parameters
        );
        Assert.Single(manifest.Suites[0].Variants[0].PromptHashes);
        Assert.Contains(manifest.Suites[0].DataHashes.Keys, k => k.EndsWith("suite.yaml", StringComparison.Ordinal));

        var html = HtmlReport.Render(replayed, manifest);
        var markdown = MarkdownReport.Render(replayed, manifest);
        Assert.Contains("scripted (cached)", html);
        Assert.Contains("scripted (cached)", markdown);
        Assert.DoesNotContain("model:", html);
    }

    [Fact]
    public async Task Run_TwoPromptVersionsOnTwoProviders_IsASideBySideMatrix()
    {
        var (suite, cache) = Setup();
        suite = suite with { Prompts = ["bench/annotate@1", "bench/annotate@2"] };
        var (run, _) = await new EvalRunner(
            RecordOptions(cache, new ScriptedAnnotationClient()) with
            {
                Providers = ["offline", "scripted"],
            }
        ).RunAsync([suite]);
        Assert.Equal(
            ["offline", "bench/annotate@1|scripted", "bench/annotate@2|scripted"],
            run.Suites[0].Variants.Select(v => v.Id)
        );
        var matrix = MarkdownReport
            .Render(run, null)
            .Split('\n')
            .First(l => l.StartsWith("| suite |", StringComparison.Ordinal));
        Assert.Equal("| suite | offline | bench/annotate@1\\|scripted | bench/annotate@2\\|scripted |", matrix);
        Assert.All(run.Suites[0].Variants, v => Assert.Equal(3, v.Cases));
    }

    [Fact]
    public async Task Replay_RequestNeverRecorded_IsACaseErrorNotAScore()
    {
        var (suite, cache) = Setup();
        var (run, _) = await new EvalRunner(
            new RunOptions
            {
                Providers = ["replay"],
                ReplayModel = "gpt-4o-mini",
                CacheDirectory = cache,
                Prompts = new JsonInputsPromptRenderer(),
            }
        ).RunAsync([suite]);
        var variant = run.Suites[0].Variants[0];
        Assert.All(variant.CaseResults, c =>
        {
            Assert.Equal("error", c.Status);
            Assert.Null(c.Score);
            Assert.Contains("no recorded response", c.Error);
        });
        Assert.False(variant.Passed);
        Assert.Equal(3, variant.Errors);
    }

    [Fact]
    public async Task Run_NoCache_AsksTheClientAgainAndStillRecords()
    {
        var (suite, cache) = Setup();
        var scripted = new ScriptedAnnotationClient();
        await new EvalRunner(RecordOptions(cache, scripted)).RunAsync([suite]);
        await new EvalRunner(RecordOptions(cache, scripted)).RunAsync([suite]);
        Assert.Equal(3, scripted.Calls); // second run served from the cache
        await new EvalRunner(RecordOptions(cache, scripted) with { UseCache = false }).RunAsync([suite]);
        Assert.Equal(6, scripted.Calls);
    }

    [Fact]
    public async Task Run_ModelProviderNotConfigured_FailsWithClearMessage()
    {
        var (suite, cache) = Setup();
        var e = await Assert.ThrowsAsync<EvalConfigurationException>(() =>
            new EvalRunner(new RunOptions { Providers = ["azure"], CacheDirectory = cache }).RunAsync([suite])
        );
        Assert.Contains("provider 'azure' is not configured", e.Message);
        var replay = await Assert.ThrowsAsync<EvalConfigurationException>(() =>
            new EvalRunner(new RunOptions { Providers = ["replay"], CacheDirectory = cache }).RunAsync([suite])
        );
        Assert.Contains("--replay-model", replay.Message);
    }

    [Fact]
    public async Task DryRun_CountsPromptTokensPricesThemAndKnowsWhatIsCached()
    {
        var (suite, cache) = Setup();
        var prices = new ConfigurationBuilder()
            .AddInMemoryCollection([
                new($"CxAssistant:Prices:{ScriptedAnnotationClient.ModelId}:Input", "0.15"),
                new($"CxAssistant:Prices:{ScriptedAnnotationClient.ModelId}:Output", "0.60"),
            ])
            .Build();
        var options = RecordOptions(cache, new ScriptedAnnotationClient()) with
        {
            Prices = Agents.Budget.PriceTable.From(prices),
        };
        var before = Assert.Single(await DryRun.EstimateAsync([suite], options));
        var renderer = new JsonInputsPromptRenderer();
        var expectedInput = suite.Cases.Sum(c =>
            Agents.Budget.TokenCounter.Count(
                renderer
                    .Render(
                        "bench/annotate",
                        Stages.PromptInputs.From(
                            Stages.CaseData.Build(
                                c.Inputs,
                                Path.GetDirectoryName(suite.SourcePath)!,
                                new Stages.CatalogResolver()
                            )
                        )
                    )
                    .Messages
            )
        );
        Assert.Equal(
            (3, 0, expectedInput, 3 * 400L),
            (before.Calls, before.CachedCalls, before.InputTokens, before.OutputTokens)
        );
        Assert.Equal((expectedInput * 0.15 + 1200 * 0.60) / 1_000_000, before.CostUsd!.Value, 8);
        Assert.True(expectedInput > 3 * 40, $"prompts of ~60 tokens each expected, counted {expectedInput}");

        await new EvalRunner(options).RunAsync([suite]);
        var after = Assert.Single(await DryRun.EstimateAsync([suite], options));
        Assert.Equal((0, 3, 0L, 0.0), (after.Calls, after.CachedCalls, after.InputTokens, after.CostUsd));
    }

    internal static RunOptions RecordOptions(string cache, ScriptedAnnotationClient scripted) =>
        new()
        {
            Providers = ["scripted"],
            CacheDirectory = cache,
            Prompts = new JsonInputsPromptRenderer(),
            Models = new SingleModelFactory(new EvalModel(scripted, ScriptedAnnotationClient.ModelId, Scripted: true)),
        };

    internal static (CxAssistant.Evals.Suites.EvalSuite Suite, string Cache) Setup()
    {
        var path = TestData.WriteSuite(Suite);
        File.Copy(
            Path.Combine(TestData.EvalsDir, "schema", "annotation-output.schema.json"),
            Path.Combine(Path.GetDirectoryName(path)!, "schema.json")
        );
        return (
            CxAssistant.Evals.Suites.SuiteLoader.Load(
                path,
                Stages.StageRegistry.Offline().Names,
                CxAssistant.Evals.Assertions.EvaluatorCatalog.Types
            ),
            Path.Combine(Path.GetDirectoryName(path)!, "cache")
        );
    }
}
