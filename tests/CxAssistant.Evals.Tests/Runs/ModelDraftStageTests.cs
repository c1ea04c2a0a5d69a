using System.Text.Json.Nodes;
using CxAssistant.Evals.Stages;
using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Tests.Runs;

/// <summary>
/// Drafting suites on a model provider run the product's agents (scripted client: no model runs here).
/// </summary>
public sealed class ModelDraftStageTests
{
    private static readonly string Sample = Path.Combine(
            Path.GetDirectoryName(TestData.EvalsDir)!,
            "samples",
            "bloom-and-crumb"
        )
        .Replace("\\", "/", StringComparison.Ordinal);

    private static StageRequest Request(string stage, IChatClient client)
    {
        var suite = TestData.LoadSuite(
            $"name: t\nstage: {stage}\nprompts: [p]\nassert:\n  - type: "
                + $"grounding\ncases:\n  - id: c\n    inputs: {{ paths: [\"{Sample}\"] "
                + $"}}\n"
        );
        var evalCase = suite.Cases[0];
        var data = CaseData.Build(evalCase.Inputs, Path.GetDirectoryName(suite.SourcePath)!, new CatalogResolver());
        return new StageRequest(suite, evalCase, data, new EvalVariant("scripted", "p", "scripted-model", client));
    }

    [Theory]
    [InlineData("personas", "persona-card")]
    [InlineData("hypotheses", "hypotheses")]
    public async Task RunAsync_ModelAnswersGarbage_UsesTheProductPromptThenKeepsTheOfflineDraft(
        string stage,
        string prompt
    )
    {
        var seen = new List<string>();
        var client = JudgeModels.Answering(
            (messages, _) =>
            {
                seen.Add(messages[0].Text);
                return "I'd rather write a poem.";
            }
        );
        var request = Request(stage, client);
        var offline = stage == "personas" ? DraftStage.Personas() : DraftStage.Hypotheses();

        var model =
            stage == "personas"
                ? await ModelDraftStage.Personas().RunAsync(request)
                : await ModelDraftStage.Hypotheses().RunAsync(request);
        var expected = await offline.RunAsync(request);

        Assert.Null(model.Error);
        Assert.NotEmpty(client.Requests);
        Assert.True(model.InputTokens > 0);
        // the untrusted-data preamble
        Assert.All(seen, system => Assert.Contains("data", system, StringComparison.OrdinalIgnoreCase));
        var sources = new List<string>();
        var withoutProvenance = Strip(model.Output!.DeepClone(), sources);
        Assert.True(
            JsonNode.DeepEquals(Strip(expected.Output!.DeepClone(), []), withoutProvenance),
            $"{prompt}: a rejected answer must leave the offline draft"
        );
        Assert.Contains("fallback", sources); // the drafts sent to the model say they fell back
        Assert.DoesNotContain("model", sources);
        Assert.DoesNotContain("repaired", sources);
        Assert.Equal("model:scripted-model", model.Origin);
    }

    /// <summary>
    /// Removes every "provenance" object (collecting its source) so drafts can be compared on content.
    /// </summary>
    private static JsonNode Strip(JsonNode node, List<string> sources)
    {
        if (node is JsonObject o)
        {
            if (o["provenance"] is JsonObject p)
            {
                sources.Add(p["source"]!.GetValue<string>());
                o.Remove("provenance");
            }
            foreach (var (_, child) in o.ToList())
            {
                if (child is not null)
                {
                    Strip(child, sources);
                }
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var child in a)
            {
                if (child is not null)
                {
                    Strip(child, sources);
                }
            }
        }
        return node;
    }

    [Fact]
    public async Task RunAsync_ModelCallFails_IsAnErrorNotTheOfflineDraftScoredAsTheModels()
    {
        var client = JudgeModels.Answering((_, _) => throw new HttpRequestException("connection refused"));

        var output = await ModelDraftStage.Personas().RunAsync(Request("personas", client));

        Assert.Null(output.Output);
        Assert.Contains("connection refused", output.Error, StringComparison.Ordinal);
    }
}
