using CxAssistant.Agents.Configuration;
using CxAssistant.Chat;
using CxAssistant.Chat.Model;
using CxAssistant.Chat.Offline;
using CxAssistant.Chat.Tools;
using CxAssistant.Hosting.Configuration;
using CxAssistant.Hosting.Providers;

namespace CxAssistant.Cli.Chat;

/// <summary>
/// Chooses how chat answers: <c>--provider</c>, else <c>CxAssistant:Chat:Provider</c>, else offline. With a model the
/// agent answers through the read-only tools and falls back to the offline answer per question when the model fails.
/// </summary>
internal sealed class ChatModel : IDisposable
{
    private readonly ModelProviders? _providers;

    private ChatModel(ModelProviders? providers) => _providers = providers;

    /// <summary>"offline" or e.g. "OpenAI gpt-4o-mini at https://…" for the banner and --json.</summary>
    public string Description => _providers is null ? "offline" : _providers.Chat.ToString();

    /// <summary>
    /// Throws <see cref="ModelProviderConfigurationException"/> naming the bad key, or <see cref="ArgumentException"/>
    /// for an unknown name.
    /// </summary>
    public static ChatModel Resolve(string? provider)
    {
        var configuration = CxConfiguration.Load();
        var name = provider ?? configuration["CxAssistant:Chat:Provider"] ?? "offline";
        var kind = ProviderOverride.KindFor(name)
            ?? throw new ArgumentException($"Unknown provider '{name}'; use offline, azure, openai or ollama.");
        return kind == ProviderKind.Offline
            ? new ChatModel(null)
            : new ChatModel(ModelProviders.Create(ProviderOverride.Apply(configuration, kind)));
    }

    /// <summary>
    /// The responder for a toolbox: the offline answerer, or the model agent with the offline fallback.
    /// </summary>
    public IChatResponder Responder(ChatToolbox tools) =>
        _providers?.ChatClient is { } client
            ? new FallbackResponder(new ChatAgent(client, tools), new OfflineAnswerer(tools))
            : new OfflineAnswerer(tools);

    public void Dispose() => _providers?.Dispose();
}
