using System.Text.Json.Nodes;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Evals.Assertions;
using CxAssistant.Evals.Reports;
using CxAssistant.Evals.Runs;
using CxAssistant.Evals.Stages;
using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Tests.Runs;

/// <summary>
/// A deliberately degraded annotator or drafter must make compare fail against the committed baselines, with a per-case
/// diff.
/// </summary>
public sealed class DegradedStageTests
{
    /// <summary>Flips positive and negative sentiment: what a broken prompt or model might do.</summary>
    private sealed class FlippingAnnotator(IAnnotator inner) : IAnnotator
    {
        public Annotation Annotate(EvidenceRecord record)
        {
            var a = inner.Annotate(record);
            return a with
            {
                SentimentLabel = a.SentimentLabel switch
                {
                    SentimentLabel.Positive => SentimentLabel.Negative,
                    SentimentLabel.Negative => SentimentLabel.Positive,
                    var s => s,
                },
                Sentiment = -a.Sentiment,
            };
        }
    }

    /// <summary>A drafter that drops every quote from its persona cards.</summary>
    private sealed class QuoteDroppingStage(IEvalStage inner) : IEvalStage
    {
        public string Name => inner.Name;

        public async Task<StageOutput> RunAsync(StageRequest request, CancellationToken cancellationToken = default)
        {
            var result = await inner.RunAsync(request, cancellationToken);
            var output = result.Output!.DeepClone();
            Strip(output);
            return result with { Output = output };
        }

        private static void Strip(JsonNode? node)
        {
            if (node is JsonObject o)
            {
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    if (key is "quotes")
                    {
                        o[key] = new JsonArray();
                    }
                    else
                    {
                        Strip(o[key]);
                    }
                }
            }
            else if (node is JsonArray a)
            {
                foreach (var child in a)
                {
                    Strip(child);
                }
            }
        }
    }

    [Fact]
    public async Task Compare_SentimentFlippingAnnotator_RegressesWithPerCaseDiff()
    {
        var comparisons = await RunAndCompareAsync(
            "annotation-language",
            StageRegistry.Offline().With(new AnnotationStage(a => new FlippingAnnotator(a)))
        );
        var c = Assert.Single(comparisons);
        Assert.True(c.Regressed);
        var regressions = c.Regressions.ToList();
        Assert.True(regressions.Count > 20, $"only {regressions.Count} regressions");
        // Each diff names the case and the label that changed.
        Assert.Contains(regressions, d =>
            d.CaseId == "social-003"
            && d.Detail.Contains("sentiment: expected positive, got negative", StringComparison.Ordinal)
        );
        Assert.All(regressions, d => Assert.True(d.Score < d.BaselineScore || d.Status != "pass"));
    }

    [Fact]
    public async Task Compare_QuoteDroppingPersonaDrafter_RegressesOnGrounding()
    {
        var comparisons = await RunAndCompareAsync(
            "personas",
            StageRegistry.Offline().With(new QuoteDroppingStage(DraftStage.Personas()))
        );
        var c = Assert.Single(comparisons);
        Assert.True(c.Regressed);
        Assert.Equal(2, c.Regressions.Count());
        Assert.All(c.Regressions, d => Assert.Contains("grounding", d.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Compare_UndegradedStage_DoesNotRegress()
    {
        var c = Assert.Single(await RunAndCompareAsync("personas", StageRegistry.Offline()));
        Assert.False(c.Regressed, c.Summary);
    }

    private static async Task<IReadOnlyList<VariantComparison>> RunAndCompareAsync(
        string suiteName,
        StageRegistry stages
    )
    {
        var suite = SuiteLoader.Load(
            Path.Combine(TestData.SuitesDir, suiteName + ".yaml"),
            stages.Names,
            EvaluatorCatalog.Types
        );
        var (run, _) = await new EvalRunner(
            new RunOptions
            {
                Providers = ["offline"],
                Stages = stages,
                CacheDirectory = Path.Combine(Path.GetTempPath(), "cx-unused-cache"),
            }
        ).RunAsync([suite]);
        var baselines = new BaselineStore(Path.Combine(TestData.EvalsDir, "baselines"));
        return RunComparer.Compare(run, name => baselines.Load(name)?.Suite);
    }
}
