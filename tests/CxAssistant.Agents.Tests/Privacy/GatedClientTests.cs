using System.ComponentModel;
using CxAssistant.Agents.Composition;
using CxAssistant.Agents.Privacy;
using CxAssistant.Agents.Tests.Support;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using TextContent = Microsoft.Extensions.AI.TextContent;

namespace CxAssistant.Agents.Tests.Privacy;

/// <summary>
/// The gate as the product builds it: real SDK clients from configuration, requests recorded by the fake server.
/// </summary>
public sealed class GatedClientTests
{
    private const string Planted =
        "Hi Kim. Email kim.lee@example.com, call 0033 1 42 68 53 00, card 4111 1111 1111 1111, "
        + "IBAN DE89370400440532013000, IP 192.168.10.77, Hauptstraße 5, 10115 Berlin.";

    private static readonly string[] Values =
    [
        "Kim",
        "kim.lee@example.com",
        "42 68 53 00",
        "4111 1111 1111 1111",
        "DE89370400440532013000",
        "192.168.10.77",
        "Hauptstraße 5",
        "10115 Berlin",
    ];

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GetResponseAsync_PlantedPii_NoValueReachesTheProvider(string target)
    {
        await using var rig = await ProviderRig.StartAsync(target, "Chat", [Wire.Text("ok")]);

        await rig.Providers.ChatClient!.GetResponseAsync(
            [new ChatMessage(ChatRole.System, "Be brief."), new ChatMessage(ChatRole.User, Planted)],
            new ChatOptions { Instructions = "Reply to Mr Patel." }
        );

        var body = Assert.Single(rig.Server!.Requests).Json.ToString();
        Assert.All(Values.Append("Patel"), v => Assert.DoesNotContain(v, body, StringComparison.Ordinal));
        Assert.Contains("[EMAIL-1]", body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GetResponseAsync_ToolResultWithPii_IsRedactedBeforeItIsSentBack(string target)
    {
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Chat",
            [Wire.ToolCall("records_lookup", """{"id":"7"}"""), Wire.Text("done")]
        );
        var tool = AIFunctionFactory.Create(
            ([Description("id")] string id) => new { record = id, text = Planted },
            "lookup"
        );

        // The product's tool loop: SK's function-invoking client over the configured client, tools from a kernel plugin
        // whose function keeps its name (as the chat tools do), so each tool round re-enters at the gate.
        var kernel = AgentKernel.Create(
            new ChatClientBuilder(rig.Providers.ChatClient!).UseKernelFunctionInvocation().Build(),
            new AgentKernelOptions
            {
                Plugins = [KernelPluginFactory.CreateFromFunctions("records", [tool.AsKernelFunction()])],
            }
        );
        var client = kernel.GetRequiredService<IChatClient>();
        var settings = new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };

        var response = await client.GetResponseAsync("Look up record 7.", settings.ToChatOptions(kernel));

        Assert.Equal("done", response.Text);
        Assert.Equal(2, rig.Server!.Requests.Count);
        var second = rig.Server.Requests[1].Json.ToString();
        Assert.All(Values, v => Assert.DoesNotContain(v, second, StringComparison.Ordinal));
        Assert.Contains("[CARD-1]", second, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GenerateAsync_PlantedPii_NoValueReachesTheEmbeddingProvider(string target)
    {
        await using var rig = await ProviderRig.StartAsync(target, "Embeddings", [Wire.Embeddings()]);

        await rig.Providers.EmbeddingGenerator.GenerateAsync([Planted, "refund for sam@example.org"]);

        var body = Assert.Single(rig.Server!.Requests).Json.ToString();
        Assert.All(Values.Append("sam@example.org"), v => Assert.DoesNotContain(v, body, StringComparison.Ordinal));
        Assert.NotNull(rig.Providers.EmbeddingGenerator.GetService<RedactingEmbeddingGenerator>());
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GetService_AnyLayerBelowTheGate_IsNeverHandedOut(string target)
    {
        await using var rig = await ProviderRig.StartAsync(target, "Chat", [Wire.Text("ok")]);
        var chat = rig.Providers.ChatClient!;

        Assert.NotNull(chat.GetService<RedactingChatClient>());
        Assert.Null(chat.GetService<OpenTelemetryChatClient>());
        Assert.Null(chat.GetService<LoggingChatClient>());
        Assert.Null(chat.GetService<OpenAI.Chat.ChatClient>());
        Assert.Null(chat.GetService<OllamaSharp.OllamaApiClient>());
        Assert.NotNull(chat.GetService<ChatClientMetadata>());
        // Any IChatClient the client hands out must be the gate itself or a layer above it.
        foreach (
            var type in typeof(IChatClient)
                .Assembly.GetTypes()
                .Concat(typeof(ChatClientBuilder).Assembly.GetTypes())
                .Concat(typeof(ProviderRig).Assembly.GetTypes())
                .Where(t => typeof(IChatClient).IsAssignableFrom(t))
        )
        {
            if (chat.GetService(type) is IChatClient handed)
            {
                Assert.True(
                    handed is RedactingChatClient || handed.GetService<RedactingChatClient>() is not null,
                    $"{type.Name} bypasses the gate"
                );
            }
        }
    }

    [Fact]
    public async Task GetResponseAsync_ImageContent_IsRefusedNotSentUnread()
    {
        await using var rig = await ProviderRig.StartAsync("OpenAI", "Chat", [Wire.Text("ok")]);
        var message = new ChatMessage(
            ChatRole.User,
            [new TextContent("What is this?"), new DataContent(new byte[] { 1, 2, 3 }, "image/png")]
        );

        await Assert.ThrowsAsync<PiiGateException>(() => rig.Providers.ChatClient!.GetResponseAsync([message]));

        Assert.Empty(rig.Server!.Requests);
    }
}
