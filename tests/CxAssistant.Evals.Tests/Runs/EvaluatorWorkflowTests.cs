using CxAssistant.Agents.Prompts;
using CxAssistant.Evals.Assertions;
using CxAssistant.Evals.Bench;
using CxAssistant.Evals.Models;
using CxAssistant.Evals.Reports;
using CxAssistant.Evals.Runs;
using CxAssistant.Evals.Stages;
using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Tests.Runs;

/// <summary>What an evaluator does: edit a prompt and re-run, repeat for variance, estimate before spending.</summary>
public sealed class EvaluatorWorkflowTests
{
    private const string NarrativeSuite = """
        name: narrative
        stage: narrative
        prompts: [report-narrative]
        providers: [openai]
        thresholds: { pass: 1.0, regression: 0.0, caseTolerance: 0 }
        assert:
          - { type: contains, path: summary, value: 'parcels' }
        cases:
          - id: a
            inputs: { records: [ { id: r1, text: "late parcel" } ], variables: { figures: "NPS: 5", quotes: "" } }
          - id: b
            inputs: { records: [ { id: r2, text: "rude staff" } ], variables: { figures: "NPS: -10", quotes: "" } }
        """;

    [Fact]
    public async Task Run_PromptFileEditedBetweenRuns_NewHashInManifestCacheMissAndRegressionDetected()
    {
        var prompts = CopyPromptLibrary();
        var suite = Load(NarrativeSuite);
        var cache = Directory.CreateTempSubdirectory("cx-cache-").FullName;
        // The double answers well unless the prompt carries the edited wording, as a model might.
        var model = JudgeModels.Answering(
            (m, _) =>
                m.Any(x => x.Text.Contains("Use at most ten words", StringComparison.Ordinal))
                    ? """{"summary":"Customers are unhappy."}"""
                    : """{"summary":"Late parcels hurt most."}"""
        );
        RunOptions Options() =>
            new()
            {
                CacheDirectory = cache,
                Prompts = new CatalogPromptRenderer(PromptCatalog.Load(prompts)),
                Models = new SingleModelFactory(new EvalModel(model, "gpt-4o-mini")),
            };

        var (baseline, first) = await new EvalRunner(Options()).RunAsync([suite]);
        Assert.True(
            model.Requests.Count == 2,
            string.Join("; ", baseline.Suites[0].Variants.SelectMany(v => v.CaseResults).Select(c => c.Error))
        );
        var second = new EvalRunner(Options());
        await second.RunAsync([suite]);
        Assert.Equal((2, 0, 2), (model.Requests.Count, second.ModelCalls, second.CacheHits));

        var file = Path.Combine(prompts, "reports", "report-narrative.prompty");
        File.WriteAllText(
            file,
            File.ReadAllText(file).Replace("user:", "user:\nUse at most ten words.", StringComparison.Ordinal)
        );
        var edited = new EvalRunner(Options());
        var (run, manifest) = await edited.RunAsync([suite]);

        Assert.Equal((2, 0), (edited.ModelCalls, edited.CacheHits));
        var before = first.Suites[0].Variants[0].Prompts["report-narrative"];
        var after = manifest.Suites[0].Variants[0].Prompts["report-narrative"];
        Assert.NotEqual(before, after);
        Assert.Equal(PromptCatalog.Load(prompts).Get("report-narrative").ContentHash, after);
        Assert.Equal(DataHashes.Relative(prompts), manifest.PromptSource);
        var comparison = Assert.Single(RunComparer.Compare(run, name => baseline.Suites.Single(s => s.Name == name)));
        Assert.True(comparison.Regressed);
    }

    [Fact]
    public async Task Run_RepeatThree_MakesThreeFreshCallsPerCaseEvenWhenRecorded()
    {
        var suite = Load(NarrativeSuite);
        var cache = Directory.CreateTempSubdirectory("cx-cache-").FullName;
        var model = JudgeModels.Answering((_, _) => """{"summary":"Late parcels hurt most."}""");
        var options = new RunOptions
        {
            CacheDirectory = cache,
            Prompts = new CatalogPromptRenderer(),
            Models = new SingleModelFactory(new EvalModel(model, "gpt-4o-mini")),
        };
        await new EvalRunner(options).RunAsync([suite]);
        Assert.Equal(2, model.Requests.Count);

        var repeated = new EvalRunner(options with { Repeat = 3 });
        var (run, manifest) = await repeated.RunAsync([suite]);
        Assert.Equal((6, 0), (repeated.ModelCalls, repeated.CacheHits));
        Assert.Equal(8, model.Requests.Count);
        Assert.False(manifest.UseCache);
        Assert.All(run.Suites[0].Variants[0].CaseResults, c => Assert.Equal(3, c.Repeats!.Runs));

        var e = await Assert.ThrowsAsync<EvalConfigurationException>(() =>
            new EvalRunner(options with { Repeat = 3, Providers = ["replay"], ReplayModel = "gpt-4o-mini" }).RunAsync([
                suite,
            ])
        );
        Assert.Contains("--repeat", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("annotation-industries")]
    [InlineData("annotation-touchpoints")]
    [InlineData("personas")]
    [InlineData("jobs")]
    [InlineData("hypotheses")]
    public async Task DryRun_ShippedModelSuite_EstimatesTheRealCallsTokensAndCost(string name)
    {
        var suite = SuiteLoader.Load(
            Path.Combine(TestData.SuitesDir, name + ".yaml"),
            StageRegistry.Offline().Names,
            EvaluatorCatalog.Types
        );
        var options = new RunOptions
        {
            Providers = ["openai"],
            CacheDirectory = Directory.CreateTempSubdirectory("cx-cache-").FullName,
            Prompts = new CatalogPromptRenderer(),
            Models = new SingleModelFactory(new EvalModel(JudgeModels.Answering((_, _) => "{}"), "gpt-4o-mini")),
            ModelStages = new StageRegistry()
                .With(new ModelAnnotationStage())
                .With(ModelDraftStage.Personas())
                .With(ModelDraftStage.Jobs())
                .With(ModelDraftStage.Hypotheses()),
        };
        var estimate = Assert.Single(await DryRun.EstimateAsync([suite], options));
        Assert.True(estimate.Calls >= suite.Cases.Count, $"{estimate.Calls} calls for {suite.Cases.Count} cases");
        Assert.True(estimate.InputTokens > estimate.Calls * 100L, $"{estimate.InputTokens} input tokens");
        Assert.True(estimate.CostUsd > 0, "gpt-4o-mini has a default price");
        Assert.DoesNotContain(estimate.Notes, n => n.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_RubricWithAJudge_CountsTheJudgesTokensAndCost()
    {
        var suite = Load(
            NarrativeSuite.Replace(
                "  - { type: contains, path: summary, value: 'parcels' }",
                "  - { type: rubric, rubric: 'Names the worst problem', levels: { 1: no, 5: yes } }",
                StringComparison.Ordinal
            )
        );
        var judge = JudgeModels.Answering((_, _) => """{"level":5,"reason":"names late parcels"}""");
        var options = new RunOptions
        {
            CacheDirectory = Directory.CreateTempSubdirectory("cx-cache-").FullName,
            Prompts = new CatalogPromptRenderer(),
            Models = new SingleModelFactory(
                new EvalModel(JudgeModels.Answering((_, _) => """{"summary":"x"}"""), "gpt-4o-mini"),
                new EvalModel(judge, "gpt-4o")
            ),
        };
        var (run, _) = await new EvalRunner(options).RunAsync([suite]);
        var variant = run.Suites[0].Variants[0];
        Assert.Equal(2, judge.Requests.Count);
        Assert.Equal((20L, 10L), (variant.JudgeInputTokens, variant.JudgeOutputTokens));
        Assert.Equal((20 * 2.50 + 10 * 10.00) / 1_000_000, variant.JudgeCostUsd!.Value, 10);
        Assert.Contains("judge tokens 20 in / 10 out", MarkdownReport.Render(run, null), StringComparison.Ordinal);
    }

    private static EvalSuite Load(string yaml) =>
        SuiteLoader.Load(
            TestData.WriteSuite(yaml),
            StageRegistry.Offline().Names.Append("narrative").ToHashSet(),
            EvaluatorCatalog.Types
        );

    private static string CopyPromptLibrary()
    {
        var source = Path.Combine(TestKit.RepositoryRoot.Path, "prompts");
        var target = Path.Combine(Directory.CreateTempSubdirectory("cx-prompts-").FullName, "prompts");
        foreach (var file in Directory.EnumerateFiles(source, "*.prompty", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return target;
    }
}
