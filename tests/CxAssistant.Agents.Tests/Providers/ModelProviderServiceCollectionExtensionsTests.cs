using CxAssistant.Agents.Providers;
using CxAssistant.Agents.Tests.Support;
using CxAssistant.Hosting.Providers;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CxAssistant.Agents.Tests.Providers;

/// <summary>
/// Registration for hosted callers (web, chat): what is resolvable depends on the configured providers.
/// </summary>
public sealed class ModelProviderServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddCxModelProviders(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task AddCxModelProviders_OfflineChat_RegistersNoChatClientButEmbeddings()
    {
        await using var services = Build([]);

        Assert.Null(services.GetService<IChatClient>());
        Assert.NotNull(services.GetService<IEmbeddingGenerator<string, Embedding<float>>>());
    }

    [Fact]
    public async Task AddCxModelProviders_OpenAIChat_ChatClientAnswersAndDescribesItself()
    {
        await using var server = await FakeModelServer.StartAsync(Wire.Text("ok"));
        await using var services = Build(ProviderTargets.Settings("OpenAI", "Chat", server.BaseAddress));

        var chat = services.GetRequiredService<IChatClient>();
        var response = await chat.GetResponseAsync("Say ok.");

        Assert.Equal("ok", response.Text);
        var info = chat.GetService<ProviderInfo>();
        Assert.NotNull(info);
        Assert.Equal("gpt-4o-mini", info.Model);
        Assert.Equal(new Uri(server.BaseAddress, "v1").ToString(), info.Endpoint);
        // Tool calls are the kernel's (SK's function-invoking client above this one), never a second loop in here.
        Assert.Null(chat.GetService<FunctionInvokingChatClient>());
        Assert.NotNull(chat.GetService<CxAssistant.Agents.Privacy.RedactingChatClient>());
        // Telemetry and logging sit below the redaction gate: handing them out would open a way around it.
        Assert.Null(chat.GetService<OpenTelemetryChatClient>());
        Assert.Null(chat.GetService<LoggingChatClient>());
    }

    [Fact]
    public void AddCxModelProviders_InvalidSettings_FailsAtRegistration()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<global::CxAssistant.Agents.Configuration.ModelProviderConfigurationException>(() =>
            services.AddCxModelProviders(
                new ConfigurationBuilder()
                    .AddInMemoryCollection([KeyValuePair.Create("CxAssistant:Chat:Provider", (string?)"Ollama")])
                    .Build()
            )
        );

        Assert.Contains(error.Errors, e =>
            e.StartsWith("CxAssistant:Chat:Ollama:Model is empty", StringComparison.Ordinal)
        );
    }
}
