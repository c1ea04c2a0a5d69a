using System.ComponentModel;
using System.Text.Json;
using CxAssistant.Agents.Composition;
using CxAssistant.Agents.Tests.Support;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Xunit.Abstractions;

namespace CxAssistant.Agents.Tests.Providers;

/// <summary>
/// Chat through the real Azure.AI.OpenAI, OpenAI and OllamaSharp clients, configured through configuration and
/// the factory, against the in-process server (requests checked) and any configured live endpoint.
/// </summary>
public sealed class ChatWireTests(ITestOutputHelper output)
{
    private static readonly string[] Sentiments = ["negative", "neutral", "positive"];

    /// <summary>The shape the model is asked to fill (response_format json_schema / Ollama format).</summary>
    public sealed record Classification(string Touchpoint, string Sentiment);

    [Theory]
    [MemberData(nameof(ProviderTargets.All), MemberType = typeof(ProviderTargets))]
    public async Task GetResponseAsync_JsonSchemaFormat_SendsSchemaAndParsesTypedResult(string target)
    {
        output.WriteLine(ProviderTargets.LiveStatus());
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Chat",
            [Wire.Text("""{"touchpoint":"delivery","sentiment":"negative"}""")]
        );
        var messages = new List<ChatMessage>
        {
            new(
                ChatRole.System,
                "Classify the customer feedback. touchpoint: one lower-case word. "
                    + "sentiment: negative, neutral or positive."
            ),
            new(ChatRole.User, "<feedback>My parcel arrived two weeks late and nobody answered my emails.</feedback>"),
        };

        var response = await rig.Providers.ChatClient!.GetResponseAsync<Classification>(
            messages,
            new ChatOptions { Temperature = 0 }
        );

        Assert.True(response.TryGetResult(out var result), "response was not the requested JSON: " + response.Text);
        Assert.False(string.IsNullOrWhiteSpace(result!.Touchpoint));
        Assert.Contains(result.Sentiment.ToLowerInvariant(), Sentiments);
        if (rig.Server is not { } server)
        {
            return;
        }
        Assert.Empty(server.Violations);
        var request = Assert.Single(server.Requests);
        AssertRouteAndAuth(target, request, "chat");
        var body = request.Json;
        Assert.Equal(2, body.GetProperty("messages").GetArrayLength());
        Assert.Contains(
            "two weeks late",
            body.GetProperty("messages")[1].GetProperty("content").ToString(),
            StringComparison.Ordinal
        );
        var schema =
            target == "Ollama" ? body.GetProperty("format")
            : body.GetProperty("response_format") is var format
            && format.GetProperty("type").GetString() == "json_schema"
                ? format.GetProperty("json_schema").GetProperty("schema")
            : throw new Xunit.Sdk.XunitException("response_format is not json_schema: " + format);
        Assert.True(
            schema.GetProperty("properties").TryGetProperty("touchpoint", out _),
            "schema lacks touchpoint: " + schema
        );
        Assert.True(
            schema.GetProperty("properties").TryGetProperty("sentiment", out _),
            "schema lacks sentiment: " + schema
        );
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.All), MemberType = typeof(ProviderTargets))]
    public async Task KernelFunctionCalling_ToolCall_InvokesPluginFunctionAndSendsResultBack(string target)
    {
        // SK's function-calling loop over the configured client: the model sees the plugin's function under SK's
        // qualified name (plugin_function), the kernel invokes it and sends the result back on the same wire.
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Chat",
            [
                Wire.ToolCall("scores_get_touchpoint_score", """{"touchpointId":"delivery"}"""),
                Wire.Text("Delivery scores 42 out of 100."),
            ]
        );
        var calls = new List<string>();
        var tool = AIFunctionFactory.Create(
            [Description("Returns the priority score (0-100) of a touchpoint.")]
            (string touchpointId) =>
            {
                calls.Add(touchpointId);
                return 42;
            },
            "get_touchpoint_score"
        );
        var client = new ChatClientBuilder(rig.Providers.ChatClient!).UseKernelFunctionInvocation().Build();
        var kernel = AgentKernel.Create(
            client,
            new AgentKernelOptions
            {
                Plugins = [KernelPluginFactory.CreateFromFunctions("scores", [tool.AsKernelFunction()])],
            }
        );
        var settings = new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };

        var result = await kernel.InvokePromptAsync(
            "What is the priority score of the touchpoint with id 'delivery'? Use "
                + "the tool, then answer with the number.",
            new KernelArguments(settings)
        );
        var response = result.GetValue<ChatResponse>()!;

        var id = Assert.Single(calls);
        Assert.Equal("delivery", id, ignoreCase: true);
        Assert.Contains("42", response.Text, StringComparison.Ordinal);
        if (rig.Server is not { } server)
        {
            return;
        }
        Assert.Empty(server.Violations);
        Assert.Equal(2, server.Requests.Count);
        var first = server.Requests[0].Json;
        var declared = first.GetProperty("tools")[0].GetProperty("function");
        Assert.Equal("scores_get_touchpoint_score", declared.GetProperty("name").GetString());
        Assert.True(declared.GetProperty("parameters").GetProperty("properties").TryGetProperty("touchpointId", out _));
        var followUp = server.Requests[1].Json.GetProperty("messages").EnumerateArray().ToList();
        var toolResult = Assert.Single(followUp, m => m.GetProperty("role").GetString() == "tool");
        var content = toolResult.GetProperty("content").GetString()!;
        // OpenAI carries the bare result with tool_call_id; OllamaSharp wraps it as {"CallId":…,"Result":…}.
        Assert.Equal(
            42,
            target == "Ollama"
                ? JsonDocument.Parse(content).RootElement.GetProperty("Result").GetInt32()
                : int.Parse(content, System.Globalization.CultureInfo.InvariantCulture)
        );
        var assistant = Assert.Single(followUp, m => m.GetProperty("role").GetString() == "assistant");
        Assert.Equal(
            "scores_get_touchpoint_score",
            assistant.GetProperty("tool_calls")[0].GetProperty("function").GetProperty("name").GetString()
        );
        if (target != "Ollama")
        {
            Assert.Equal("call_cx_1", toolResult.GetProperty("tool_call_id").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.All), MemberType = typeof(ProviderTargets))]
    public async Task GetStreamingResponseAsync_StreamsUpdatesInOrder(string target)
    {
        await using var rig = await ProviderRig.StartAsync(target, "Chat", [Wire.Text("Fix delivery first.")]);

        var updates = new List<ChatResponseUpdate>();
        await foreach (
            var update in rig.Providers.ChatClient!.GetStreamingResponseAsync(
                "Reply with exactly: Fix delivery first.",
                new ChatOptions { Temperature = 0 }
            )
        )
        {
            updates.Add(update);
        }

        var text = string.Concat(updates.Select(u => u.Text));
        Assert.True(updates.Count(u => u.Text.Length > 0) >= 2, $"expected several text updates, got {updates.Count}");
        Assert.Contains("delivery", text, StringComparison.OrdinalIgnoreCase);
        if (rig.Server is not { } server)
        {
            return;
        }
        Assert.Equal("Fix delivery first.", text);
        Assert.Empty(server.Violations);
        var request = Assert.Single(server.Requests);
        AssertRouteAndAuth(target, request, "chat");
        if (target != "Ollama")
        {
            Assert.True(request.Json.GetProperty("stream").GetBoolean());
        }
        else
        {
            Assert.False(
                request.Json.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.False,
                "Ollama stream must be on (true or absent)"
            );
        }
    }

    /// <summary>Path, api-version and authentication header for each provider's documented API.</summary>
    internal static void AssertRouteAndAuth(string target, RecordedRequest request, string operation)
    {
        switch (target)
        {
            case "OpenAI":
                Assert.Equal(operation == "chat" ? "/v1/chat/completions" : "/v1/embeddings", request.Path);
                Assert.Equal("Bearer " + FakeKeys.OpenAI, request.Header("Authorization"));
                Assert.Null(request.Header("api-key"));
                break;
            case "AzureOpenAI":
                var deployment = operation == "chat" ? "cx-chat-deployment" : "cx-embedding-deployment";
                Assert.Equal(
                    $"/openai/deployments/{deployment}/{(operation == "chat" ? "chat/completions" : "embeddings")}",
                    request.Path
                );
                Assert.Matches(@"[?&]api-version=\d{4}-\d{2}-\d{2}", request.Query);
                Assert.Equal(FakeKeys.Azure, request.Header("api-key"));
                Assert.Null(request.Header("Authorization"));
                break;
            case "Ollama":
                Assert.Equal(operation == "chat" ? "/api/chat" : "/api/embed", request.Path);
                Assert.Null(request.Header("Authorization"));
                break;
        }
    }
}
