using CxAssistant.Agents.Configuration;
using CxAssistant.Agents.Providers;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CxAssistant.Hosting.Providers;

/// <summary>
/// The configured providers for callers without a host (the CLI, tests, evals): builds the same services as
/// <see cref="ModelProviderServiceCollectionExtensions.AddCxModelProviders"/> and owns them.
/// </summary>
public sealed class ModelProviders : IAsyncDisposable, IDisposable
{
    private readonly ServiceProvider _services;

    private ModelProviders(ServiceProvider services)
    {
        _services = services;
        Factory = services.GetRequiredService<ModelProviderFactory>();
        ChatClient = services.GetService<IChatClient>();
        EmbeddingGenerator = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
    }

    /// <summary>
    /// Validates the configuration and creates the clients; throws <see cref="ModelProviderConfigurationException"/>.
    /// </summary>
    public static ModelProviders Create(IConfiguration configuration, ILoggerFactory? loggerFactory = null)
    {
        var services = new ServiceCollection();
        if (loggerFactory is not null)
        {
            services.AddSingleton(loggerFactory);
        }
        else
        {
            services.AddLogging();
        }
        services.AddCxModelProviders(configuration);
        return new ModelProviders(services.BuildServiceProvider());
    }

    /// <summary>The factory, for more generators (e.g. one per workspace cache file).</summary>
    public ModelProviderFactory Factory { get; }

    /// <summary>The chat provider's description.</summary>
    public ProviderInfo Chat => Factory.Chat;

    /// <summary>The embeddings provider's description.</summary>
    public ProviderInfo Embeddings => Factory.Embeddings;

    /// <summary>The chat client, or null when chat is Offline.</summary>
    public IChatClient? ChatClient { get; }

    /// <summary>The embedding generator (offline when so configured).</summary>
    public IEmbeddingGenerator<string, Embedding<float>> EmbeddingGenerator { get; }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _services.DisposeAsync();

    /// <inheritdoc />
    public void Dispose() => _services.Dispose();
}
