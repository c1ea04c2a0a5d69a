using CxAssistant.Evals.Assertions;
using CxAssistant.Evals.Reports;
using CxAssistant.Evals.Runs;
using CxAssistant.Evals.Stages;
using CxAssistant.Evals.Suites;
using Xunit.Abstractions;

namespace CxAssistant.Evals.Tests.Runs;

/// <summary>
/// CI gate: every committed suite runs offline (and on replay, for suites with recorded responses) and is compared
/// with its committed baseline in evals/baselines; any per-case regression fails the build with the case diff.
/// </summary>
public sealed class BaselineRegressionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task OfflineSuites_MatchCommittedBaselines_NoRegression()
    {
        var suites = SuiteLoader.LoadFolder(TestData.SuitesDir, StageRegistry.Offline().Names, EvaluatorCatalog.Types);
        var runner = new EvalRunner(
            new RunOptions { Providers = ["offline"], CacheDirectory = Path.Combine(TestData.EvalsDir, "cache") }
        );
        var (run, _) = await runner.RunAsync(suites);
        var baselines = new BaselineStore(Path.Combine(TestData.EvalsDir, "baselines"));
        var comparisons = RunComparer.Compare(run, name => baselines.Load(name)?.Suite).ToList();

        // Suites whose baselines hold replayed model variants are replayed from evals/cache with no client at all.
        foreach (var suite in suites)
        {
            foreach (
                var model in baselines
                    .Load(suite.Name)
                    ?.Suite.Variants.Where(v => v.Provider == "replay")
                    .Select(v => v.Model)
                    .OfType<string>()
                    .Distinct()
                    ?? []
            )
            {
                var replayer = new EvalRunner(
                    new RunOptions
                    {
                        Providers = ["replay"],
                        ReplayModel = model,
                        CacheDirectory = Path.Combine(TestData.EvalsDir, "cache"),
                    }
                );
                var (replayed, _) = await replayer.RunAsync([suite]);
                Assert.Equal(0, replayer.ModelCalls);
                comparisons.AddRange(RunComparer.Compare(replayed, name => baselines.Load(name)?.Suite));
            }
        }

        foreach (var c in comparisons)
        {
            output.WriteLine($"{(c.Regressed ? "REGRESSED" : "ok")} {c.Suite} [{c.Variant}] {c.Summary}");
            foreach (var d in c.Cases.Where(d => d.Kind != RunComparer.OutputChanged))
            {
                output.WriteLine($"  {d.Kind} {d.CaseId}: {d.Detail}");
            }
        }
        Assert.Equal(0, runner.ModelCalls);
        // Every suite has a committed offline baseline (bless with `cx eval bless`).
        Assert.All(comparisons, c => Assert.NotEqual("no baseline", c.Summary));
        Assert.All(suites, s => Assert.Contains(comparisons, c => c.Suite == s.Name));
        var regressions = comparisons
            .Where(c => c.Regressed)
            .SelectMany(c =>
                c.Regressions.Select(d => $"{c.Suite}/{d.CaseId}: {d.Detail}").DefaultIfEmpty($"{c.Suite}: {c.Summary}")
            )
            .ToList();
        Assert.True(regressions.Count == 0, "Regressions against evals/baselines:\n" + string.Join("\n", regressions));
    }
}
