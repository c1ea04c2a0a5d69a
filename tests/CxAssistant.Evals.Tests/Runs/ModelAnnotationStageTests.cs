using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CxAssistant.Evals.Stages;
using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Tests.Runs;

/// <summary>
/// The product's annotate-batch prompt and its checks, as a suite's model stage (scripted client: no model runs here).
/// </summary>
public sealed partial class ModelAnnotationStageTests
{
    private static StageRequest Request(IChatClient client)
    {
        var suite = TestData.LoadSuite(
            "name: t\nstage: annotation\nprompts: [annotate-batch]\nassert:\n  - "
                + "type: grounding\ncases:\n  - id: c\n    inputs: { catalog: "
                + "restaurant, records: [ { id: r1, channel: review, text: \"Waited 50 "
                + "minutes for our mains and nobody came to explain why.\" } ] }\n"
        );
        var evalCase = suite.Cases[0];
        var data = CaseData.Build(evalCase.Inputs, Path.GetDirectoryName(suite.SourcePath)!, new CatalogResolver());
        return new StageRequest(
            suite,
            evalCase,
            data,
            new EvalVariant("scripted", "annotate-batch", "scripted-model", client)
        );
    }

    [Fact]
    public async Task RunAsync_CheckedAnswer_ReplacesTouchpointAndIntentAndKeepsTheCoresSentiment()
    {
        IReadOnlyList<ChatMessage>? sent = null;
        var client = JudgeModels.Answering(
            (messages, _) =>
            {
                sent = messages;
                var id = EvidenceId().Match(messages[^1].Text).Groups[1].Value;
                return $$"""
                    {"items":[{"evidenceId":"{{id}}","touchpoints":["wait-times"],"intent":"complaint",
                      "emotions":["frustration"],"quote":"Waited 50 minutes"}]}
                    """;
            }
        );

        var output = await new ModelAnnotationStage().RunAsync(Request(client));

        Assert.Null(output.Error);
        Assert.Equal("model", output.Output!["provenance"]!.GetValue<string>());
        var annotation = output.Output["annotations"]![0]!;
        Assert.Equal("wait-times", annotation["touchpoints"]![0]!.GetValue<string>());
        Assert.Equal("complaint", annotation["intent"]!.GetValue<string>());
        Assert.Equal("negative", annotation["sentimentLabel"]!.GetValue<string>());
        Assert.Contains("<data>", sent![^1].Text, StringComparison.Ordinal); // the product prompt, evidence as data
        Assert.Contains("annotate-batch@", output.PromptHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UngroundedQuoteOrGarbage_KeepsTheOfflineLabelsAndSaysWhy()
    {
        var invented = JudgeModels.Answering(
            (messages, _) =>
            {
                var id = EvidenceId().Match(messages[^1].Text).Groups[1].Value;
                return $$"""
                    {"items":[{"evidenceId":"{{id}}","touchpoints":["food"],"intent":"praise","emotions":[],
                      "quote":"best lamb in town"}]}
                    """;
            }
        );
        var garbage = JudgeModels.Answering((_, _) => "Sure! Here are the labels you asked for.");

        var fromInvented = await new ModelAnnotationStage().RunAsync(Request(invented));
        var fromGarbage = await new ModelAnnotationStage().RunAsync(Request(garbage));
        var offline = await new AnnotationStage().RunAsync(Request(garbage));

        foreach (var output in new[] { fromInvented, fromGarbage })
        {
            Assert.Equal("fallback", output.Output!["provenance"]!.GetValue<string>());
            Assert.NotEmpty(output.Output["findings"]!.AsArray());
            Assert.True(JsonNode.DeepEquals(offline.Output!["annotations"], output.Output["annotations"]));
        }
    }

    [GeneratedRegex("<evidence id=\"([^\"]+)\"")]
    private static partial Regex EvidenceId();
}
