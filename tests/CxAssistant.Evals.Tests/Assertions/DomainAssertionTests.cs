using System.Text.Json.Nodes;
using CxAssistant.Evals.Stages;
using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Tests.Assertions;

public sealed class DomainAssertionTests
{
    [Fact]
    public async Task Jtbd_SolutionAndSatisfactionWords_FailTheGrammar()
    {
        var output = """
            {"jobs":{"tree":{"statements":[
              {"id":"j1","verb":"Get","object":"my order",
               "clarifier":"when I am travelling for work","altitude":"main"},
              {"id":"j2","verb":"Use","object":"the mobile app","clarifier":"quickly and easily","altitude":"main"}]}}}
            """;
        var metric = await AssertionRunner.EvaluateAsync(TestData.Context("{ type: jtbd }", output));
        Assert.True(metric.Value == 0.5, metric.Reason);
        Assert.Contains("Use the mobile app", metric.Reason);
    }

    [Fact]
    public async Task Claims_ScoreThatDiffersFromTheCore_Fails()
    {
        var records = Enumerable
            .Range(1, 8)
            .Select(i => new RecordInput
            {
                Id = $"r{i}",
                Customer = $"c{i}",
                Text =
                    i % 2 == 0
                        ? "Delivery was a week late and the box was crushed."
                        : "Checkout rejected my card twice, very frustrating.",
            })
            .ToList();
        var evalCase = new EvalCase
        {
            Id = "c",
            Inputs = new CaseInputs { Records = records, Catalog = "ecommerce" },
        };
        var data = CaseData.Build(evalCase.Inputs, TestData.SuitesDir, new CatalogResolver());
        var truth = (JsonObject)
            (
                await DraftStage
                    .Analysis()
                    .RunAsync(
                        new StageRequest(
                            new EvalSuite { Name = "s", Stage = "analysis" },
                            evalCase,
                            data,
                            EvalVariant.Offline
                        )
                    )
            ).Output!;
        var scores = truth["scores"]!.AsArray();
        Assert.True(scores.Count >= 2);

        var correct = await AssertionRunner.EvaluateAsync(
            TestData.Context(
                "{ type: claims }",
                new JsonObject { ["scores"] = scores.DeepClone() }.ToJsonString(),
                records,
                catalog: "ecommerce"
            )
        );
        Assert.Equal(1, correct.Value);

        var wrong = scores.DeepClone().AsArray();
        wrong[0]!["emotionalImpact"] = 0.9;
        var metric = await AssertionRunner.EvaluateAsync(
            TestData.Context(
                "{ type: claims }",
                new JsonObject { ["scores"] = wrong }.ToJsonString(),
                records,
                catalog: "ecommerce"
            )
        );
        Assert.Equal(1 - 1.0 / scores.Count, metric.Value!.Value, 6);
        Assert.Contains("emotionalImpact: states 0.9, core computes", metric.Reason);
    }
}
