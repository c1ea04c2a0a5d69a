using CxAssistant.Agents.Configuration;
using CxAssistant.Agents.Providers;
using CxAssistant.Agents.Resilience;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CxAssistant.Hosting.Providers;

/// <summary>Registers the configured model providers.</summary>
public static class ModelProviderServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ModelProviderSettings"/>, <see cref="ModelProviderFactory"/>, an
    /// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> and, unless chat is Offline, an <see cref="IChatClient"/>
    /// (resolve it with GetService and take the offline path when it is absent). Settings are validated here, so a
    /// bad key fails at start-up with <see cref="ModelProviderConfigurationException"/>.
    /// </summary>
    public static IServiceCollection AddCxModelProviders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var settings = ModelProviderSettings.Load(configuration);
        services.AddSingleton(settings);
        services.AddHttpClient();
        AddModelHttpClient(services, ModelProviderFactory.ChatHttpClient, settings.Chat);
        AddModelHttpClient(services, ModelProviderFactory.EmbeddingsHttpClient, settings.Embeddings);
        services.AddSingleton(sp => new ModelProviderFactory(
            settings,
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance
        ));
        services.AddSingleton(sp => sp.GetRequiredService<ModelProviderFactory>().CreateEmbeddingGenerator());
        if (settings.Chat.Kind != ProviderKind.Offline)
        {
            services.AddSingleton(sp => sp.GetRequiredService<ModelProviderFactory>().CreateChatClient()!);
        }
        return services;
    }

    private static void AddModelHttpClient(IServiceCollection services, string name, ModelProviderOptions options)
    {
        var provider = ProviderDescriptions.Describe(options);
        // Handlers run in the order added: errors outermost, then the pipeline, then body reading under the attempt
        // timeout.
        var client = services
            .AddHttpClient(name)
            // The pipeline owns time: HttpClient's own 100 s limit would cut LLM calls short with a vague error.
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(() => new ProviderErrorHandler(provider));
        client.AddResilienceHandler(name, builder => ModelResiliencePipeline.Configure(builder, options.Resilience));
        client.AddHttpMessageHandler(() => new ResponseBodyHandler(options.Resilience.AttemptTimeout));
    }
}
