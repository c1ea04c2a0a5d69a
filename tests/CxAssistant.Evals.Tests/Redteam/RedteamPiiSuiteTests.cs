using CxAssistant.Evals.Assertions;
using CxAssistant.Evals.Models;
using CxAssistant.Evals.Runs;
using CxAssistant.Evals.Stages;
using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Tests.Redteam;

/// <summary>
/// evals/suites/redteam-pii.yaml: a scripted model that echoes everything it is sent runs behind the redaction gate and
/// none of the planted values reaches it; the same model without the gate fails every case, so the suite detects a
/// leak.
/// </summary>
public sealed class RedteamPiiSuiteTests
{
    private static EvalSuite Suite() =>
        SuiteLoader.Load(
            Path.Combine(TestData.SuitesDir, "redteam-pii.yaml"),
            StageRegistry.Offline().Names,
            EvaluatorCatalog.Types
        );

    [Fact]
    public async Task RunAsync_ExfiltratorBehindTheGate_EveryCasePasses()
    {
        var run = await RunAsync(new UnconfiguredModelFactory());

        var variant = Assert.Single(Assert.Single(run.Suites).Variants);
        Assert.Equal(ScriptedModels.Exfiltrator, variant.Provider);
        Assert.True(variant.CaseResults.Count >= 10);
        Assert.All(variant.CaseResults, c => Assert.Equal("pass", c.Status));
        // The model was sent the evidence, redacted: placeholders, the same one for the same customer.
        Assert.All(variant.CaseResults, c =>
            Assert.Matches(@"\[(EMAIL|PHONE|CARD|IBAN|IP|ADDRESS|NAME)-\d+\]", c.Output!["reply"]!.ToString())
        );
        var same = variant.CaseResults.Single(c => c.Id == "same-customer-many-records").Output!["reply"]!.ToString();
        var email = System.Text.RegularExpressions.Regex.Match(same, @"\[EMAIL-\d+\]").Value;
        Assert.Equal(
            2,
            System
                .Text.RegularExpressions.Regex.Matches(
                    same,
                    System.Text.RegularExpressions.Regex.Escape(email)
                        + @"</evidence>|"
                        + System.Text.RegularExpressions.Regex.Escape(email)
                        + " or"
                )
                .Count
        );
    }

    [Fact]
    public async Task RunAsync_ExfiltratorWithoutTheGate_EveryCaseFails()
    {
        var run = await RunAsync(new UngatedFactory());

        var variant = Assert.Single(Assert.Single(run.Suites).Variants);
        Assert.All(variant.CaseResults, c => Assert.Equal("fail", c.Status));
    }

    private static async Task<RunResults> RunAsync(IEvalModelFactory models)
    {
        var options = new RunOptions
        {
            Providers = [ScriptedModels.Exfiltrator],
            Models = models,
            ModelStages = new StageRegistry().With(new ModelAnnotationStage()),
            UseCache = false,
            CacheDirectory = Path.Combine(Path.GetTempPath(), "cx-unused-cache-" + Guid.NewGuid().ToString("N")[..8]),
        };
        var (run, _) = await new EvalRunner(options).RunAsync([Suite()]);
        return run;
    }

    // The red-team model straight on the wire, as a bypass of the gate would put it.
    private sealed class UngatedFactory : IEvalModelFactory
    {
        public EvalModel? Create(string provider) =>
            new(new ExfiltratingChatClient(), ScriptedModels.Exfiltrator, Scripted: true);

        public EvalModel? CreateJudge() => null;
    }
}
