using CxAssistant.Evals.Assertions;
using CxAssistant.Evals.Runs;
using CxAssistant.Evals.Stages;
using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Tests.Chat;

/// <summary>
/// The chat suites (evals/suites/owner-questions.yaml, chat-questions.yaml) through the real harness, offline over the
/// two samples: each meets its own pass threshold; and the chat evaluators fail an answer that is wrong on purpose.
/// </summary>
public sealed class ChatSuitesTests
{
    [Theory]
    [InlineData("owner-questions")]
    [InlineData("chat-questions")]
    public async Task RunAsync_ChatSuite_MeetsItsPassThreshold(string name)
    {
        var suite = Load(Path.Combine(TestData.SuitesDir, name + ".yaml"));

        var variant = await RunAsync(suite);

        var failed = variant
            .CaseResults.Where(c => c.Status != "pass")
            .Select(c =>
                c.Id + ": " + string.Join("; ", c.Assertions.Where(a => a.Status != "pass").Select(a => a.Reason))
            );
        Assert.True(variant.PassRate >= suite.Thresholds.Pass, string.Join("\n", failed));
        Assert.Equal(0, variant.Errors);
    }

    [Fact]
    public async Task RunAsync_WrongExpectations_EveryChatEvaluatorFails()
    {
        var samples = Path.Combine(TestData.EvalsDir, "..", "samples", "trailhead-outfitters");
        var suite = Load(
            TestData.WriteSuite(
                $$"""
                name: wrong
                stage: chat
                cases:
                  - id: lookup
                    inputs: { paths: ["{{samples}}"], variables: { question: "what did customer CUST-30588 say?" } }
                    assert:
                      - { type: answered, value: false }
                      - { type: count, value: 999 }
                      - { type: citations, customer: CUST-30412 }
                      - { type: figures, values: ["nps_month:2026-08"] }
                """
            )
        );

        var variant = await RunAsync(suite);

        var result = Assert.Single(variant.CaseResults);
        Assert.Equal(["answered", "count", "citations", "figures"], result.Assertions.Select(a => a.Type));
        Assert.All(result.Assertions, a => Assert.Equal("fail", a.Status));
    }

    private static EvalSuite Load(string path) =>
        SuiteLoader.Load(path, StageRegistry.Offline().Names, EvaluatorCatalog.Types);

    private static async Task<VariantResult> RunAsync(EvalSuite suite)
    {
        var options = new RunOptions
        {
            Providers = ["offline"],
            UseCache = false,
            Concurrency = 2,
            CacheDirectory = Path.Combine(Path.GetTempPath(), "cx-unused-cache-" + Guid.NewGuid().ToString("N")[..8]),
        };
        var (run, _) = await new EvalRunner(options).RunAsync([suite]);
        return Assert.Single(Assert.Single(run.Suites).Variants);
    }
}
