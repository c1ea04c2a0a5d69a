using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using CxAssistant.Agents.Configuration;
using CxAssistant.Agents.Privacy;
using CxAssistant.Analysis.Meaning;
using CxAssistant.Data.Memory.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using OllamaSharp;
using OpenAI;

namespace CxAssistant.Agents.Providers;

/// <summary>
/// Creates the chat client and embedding generator the configuration asks for. Every HTTP call goes through the
/// named clients <see cref="ChatHttpClient"/>/<see cref="EmbeddingsHttpClient"/> (resilience pipeline, error
/// translation); the SDKs' own retries are off. Business code only sees <see cref="IChatClient"/> and
/// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>, and only behind the redaction gate
/// (<see cref="RedactingChatClient"/>, <see cref="RedactingEmbeddingGenerator"/>): this is the one place where provider
/// clients are made, and every client it returns redacts personal data before anything below it (caches, logs,
/// resilience, the provider) sees a request. One <see cref="PiiGate"/> per factory keeps placeholders stable for the
/// run.
/// </summary>
public sealed class ModelProviderFactory : IDisposable
{
    /// <summary>Name of the HttpClient used for chat calls.</summary>
    public const string ChatHttpClient = "cx-chat";

    /// <summary>Name of the HttpClient used for embedding calls.</summary>
    public const string EmbeddingsHttpClient = "cx-embeddings";

    /// <summary>Source name of the OpenTelemetry activities and metrics.</summary>
    public const string TelemetrySource = "CxAssistant.Models";

    private readonly ModelProviderSettings _settings;
    private readonly IHttpClientFactory _httpClients;
    private readonly ILoggerFactory _loggerFactory;
    private readonly List<IDisposable> _owned = [];
    private readonly PiiGate _gate = new();

    /// <summary>Creates the factory from validated settings.</summary>
    public ModelProviderFactory(
        ModelProviderSettings settings,
        IHttpClientFactory httpClients,
        ILoggerFactory loggerFactory
    )
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(httpClients);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _settings = settings;
        _httpClients = httpClients;
        _loggerFactory = loggerFactory;
        Chat = ProviderDescriptions.Describe(settings.Chat);
        Embeddings = ProviderDescriptions.Describe(settings.Embeddings);
    }

    /// <summary>The configured chat provider.</summary>
    public ProviderInfo Chat { get; }

    /// <summary>The configured embeddings provider.</summary>
    public ProviderInfo Embeddings { get; }

    /// <summary>
    /// The redaction gate every client of this factory sends through (its counts say what was replaced).
    /// </summary>
    public PiiGate Gate => _gate;

    /// <summary>
    /// The chat client, or null when the provider is Offline (callers then take their offline path).
    /// <paramref name="responseCache"/> adds a response cache (<see cref="Caching.PromptResponseCache"/>) at its agreed
    /// place in the pipeline: below the redaction gate, so it only ever holds redacted requests, and above telemetry,
    /// logging, resilience and the provider, so a replayed answer costs no call.
    /// </summary>
    public IChatClient? CreateChatClient(Func<IChatClient, IChatClient>? responseCache = null)
    {
        var options = _settings.Chat;
        IChatClient? inner = options.Kind switch
        {
            ProviderKind.AzureOpenAI => CreateAzureClient(options, ChatHttpClient)
                .GetChatClient(Chat.Model)
                .AsIChatClient(),
            ProviderKind.OpenAI => CreateOpenAIClient(options, ChatHttpClient)
                .GetChatClient(Chat.Model)
                .AsIChatClient(),
            ProviderKind.Ollama => CreateOllamaClient(options, ChatHttpClient, Chat.Model),
            _ => null,
        };
        if (inner is null)
        {
            return null;
        }
        // Outermost first. Function invocation is the caller's (the chat agent's kernel puts SK's loop above this
        // client), so every tool round re-enters at the gate and tool results pass it too; nothing under the gate (a
        // response cache belongs right below it, then telemetry, logs, resilience) sees raw PII.
        return new ChatClientBuilder(inner)
            .Use(client => new RedactingChatClient(client, _gate))
            .Use(client => responseCache?.Invoke(client) ?? client)
            .UseOpenTelemetry(_loggerFactory, TelemetrySource)
            .UseLogging(_loggerFactory)
            .Use(client => new ProviderErrorChatClient(client, Chat))
            .Build();
    }

    /// <summary>
    /// The embedding generator (offline when so configured). With a cache file (the argument, else
    /// CxAssistant:Embeddings:CacheFile) repeated texts are served from SQLite by content hash.
    /// </summary>
    public IEmbeddingGenerator<string, Embedding<float>> CreateEmbeddingGenerator(string? cacheFile = null)
    {
        var options = _settings.Embeddings;
        IEmbeddingGenerator<string, Embedding<float>> generator = options.Kind switch
        {
            ProviderKind.AzureOpenAI => CreateAzureClient(options, EmbeddingsHttpClient)
                .GetEmbeddingClient(Embeddings.Model)
                .AsIEmbeddingGenerator(options.Dimensions),
            ProviderKind.OpenAI => CreateOpenAIClient(options, EmbeddingsHttpClient)
                .GetEmbeddingClient(Embeddings.Model)
                .AsIEmbeddingGenerator(options.Dimensions),
            ProviderKind.Ollama => CreateOllamaClient(options, EmbeddingsHttpClient, Embeddings.Model),
            _ => MeaningEncoder.Shared(),
        };
        if (options.Kind != ProviderKind.Offline)
        {
            var builder = new EmbeddingGeneratorBuilder<string, Embedding<float>>(generator)
                .UseOpenTelemetry(_loggerFactory, TelemetrySource)
                .UseLogging(_loggerFactory)
                .Use(inner => new ProviderErrorEmbeddingGenerator(inner, Embeddings));
            if (options.Dimensions is { } dimensions)
            {
                builder.ConfigureOptions(o => o.Dimensions ??= dimensions);
            }
            generator = new CacheIdentityEmbeddingGenerator(builder.Build(), Embeddings, options.Dimensions);
        }
        cacheFile ??= options.CacheFile;
        if (!string.IsNullOrWhiteSpace(cacheFile))
        {
            var cache = new SqliteEmbeddingCache(cacheFile);
            lock (_owned)
            {
                _owned.Add(cache);
            }
            generator = new CachingEmbeddingGenerator(generator, cache);
        }
        // The local encoder never leaves the machine; a remote one only ever gets redacted text (and the cache keys on
        // it).
        return options.Kind == ProviderKind.Offline ? generator : new RedactingEmbeddingGenerator(generator, _gate);
    }

    /// <summary>Releases the embedding caches this factory opened.</summary>
    public void Dispose()
    {
        lock (_owned)
        {
            foreach (var owned in _owned)
            {
                owned.Dispose();
            }
            _owned.Clear();
        }
    }

    private AzureOpenAIClient CreateAzureClient(ModelProviderOptions options, string httpClientName)
    {
        var clientOptions = Configure(new AzureOpenAIClientOptions(), options, httpClientName);
        var endpoint = new Uri(options.AzureOpenAI.Endpoint!.Trim());
        return string.IsNullOrWhiteSpace(options.AzureOpenAI.ApiKey)
            ? new AzureOpenAIClient(endpoint, new DefaultAzureCredential(), clientOptions)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.AzureOpenAI.ApiKey.Trim()), clientOptions);
    }

    private OpenAIClient CreateOpenAIClient(ModelProviderOptions options, string httpClientName)
    {
        var clientOptions = Configure(new OpenAIClientOptions(), options, httpClientName);
        if (!string.IsNullOrWhiteSpace(options.OpenAI.BaseUrl))
        {
            clientOptions.Endpoint = new Uri(options.OpenAI.BaseUrl.Trim());
        }
        // Local OpenAI-compatible servers accept any key, but the SDK insists on one.
        var key = string.IsNullOrWhiteSpace(options.OpenAI.ApiKey) ? "no-key" : options.OpenAI.ApiKey.Trim();
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions);
    }

    private OllamaApiClient CreateOllamaClient(ModelProviderOptions options, string httpClientName, string model)
    {
        var http = _httpClients.CreateClient(httpClientName);
        http.BaseAddress = new Uri(options.Ollama.Endpoint!.Trim());
        return new OllamaApiClient(http, model);
    }

    private T Configure<T>(T clientOptions, ModelProviderOptions options, string httpClientName)
        where T : ClientPipelineOptions
    {
        // One retry layer only: ours (back-off, jitter, Retry-After, breaker). The SDK default retries at once.
        clientOptions.RetryPolicy = new ClientRetryPolicy(0);
        clientOptions.Transport = new HttpClientPipelineTransport(_httpClients.CreateClient(httpClientName));
        // The SDK's network timeout wraps all our attempts; keep it out of the way of the total timeout.
        clientOptions.NetworkTimeout = options.Resilience.TotalTimeout + TimeSpan.FromSeconds(5);
        return clientOptions;
    }
}
