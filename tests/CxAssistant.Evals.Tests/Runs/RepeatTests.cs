using System.Text.Json.Nodes;
using CxAssistant.Evals.Runs;
using CxAssistant.Evals.Stages;

namespace CxAssistant.Evals.Tests.Runs;

public sealed class RepeatTests
{
    /// <summary>A stage that answers "yes" and "no" in turn, like a model at temperature 1.</summary>
    private sealed class AlternatingStage : IEvalStage
    {
        private int _calls;

        public string Name => "annotation";

        public Task<StageOutput> RunAsync(StageRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(
                StageOutput.Offline(
                    new JsonObject { ["answer"] = Interlocked.Increment(ref _calls) % 2 == 0 ? "yes" : "no" }
                )
            );
    }

    [Fact]
    public async Task Repeat_AlternatingOutputs_ReportsPassRateVarianceAndFlaky()
    {
        var suite = TestData.LoadSuite(
            "name: flaky\nstage: annotation\nassert:\n  - { type: contains, path: "
                + "answer, value: 'yes' }\ncases:\n  - { id: a, inputs: { records: [ { "
                + "id: r, text: hi } ] } }\n"
        );
        var (run, manifest) = await new EvalRunner(
            new RunOptions
            {
                Providers = ["offline"],
                Repeat = 4,
                Concurrency = 1,
                CacheDirectory = Path.GetTempPath(),
                Stages = new StageRegistry().With(new AlternatingStage()),
            }
        ).RunAsync([suite]);
        var variant = run.Suites[0].Variants[0];
        var c = Assert.Single(variant.CaseResults);
        Assert.Equal(new RepeatStats(4, 0.5, 0.25, true), c.Repeats);
        Assert.Equal("fail", c.Status);
        Assert.Equal(0.5, c.Score);
        Assert.Equal(1, variant.Flaky);
        Assert.Equal(4, manifest.Repeat);
        Assert.Contains(
            "| a | fail (2/4 runs pass, variance 0.25, flaky) |",
            CxAssistant.Evals.Reports.MarkdownReport.Render(run, manifest)
        );
    }

    /// <summary>A stage with a bug.</summary>
    private sealed class ThrowingStage : IEvalStage
    {
        public string Name => "annotation";

        public Task<StageOutput> RunAsync(StageRequest request, CancellationToken cancellationToken = default) =>
            request.Case.Id == "boom"
                ? throw new InvalidOperationException("index out of range in drafter")
                : Task.FromResult(StageOutput.Offline(new JsonObject { ["answer"] = "yes" }));
    }

    [Fact]
    public async Task Run_StageThrowsOnOneCase_ThatCaseErrorsAndTheOthersAreScored()
    {
        var suite = TestData.LoadSuite(
            "name: s\nstage: annotation\nassert:\n  - { type: contains, path: "
                + "answer, value: 'yes' }\ncases:\n  - { id: ok, inputs: { records: [ { "
                + "id: r, text: hi } ] } }\n  - { id: boom, inputs: { records: [ { id: "
                + "r, text: hi } ] } }\n"
        );
        var (run, _) = await new EvalRunner(
            new RunOptions
            {
                Providers = ["offline"],
                CacheDirectory = Path.GetTempPath(),
                Stages = new StageRegistry().With(new ThrowingStage()),
            }
        ).RunAsync([suite]);
        var cases = run.Suites[0].Variants[0].CaseResults;
        Assert.Equal(("pass", 1.0), (cases[0].Status, cases[0].Score!.Value));
        Assert.Equal("error", cases[1].Status);
        Assert.Null(cases[1].Score);
        Assert.Contains("index out of range in drafter", cases[1].Error);
        Assert.False(run.Suites[0].Variants[0].Passed);
        Assert.Equal(1.0, run.Suites[0].Variants[0].Score); // errors are not averaged in as zeros
    }
}
