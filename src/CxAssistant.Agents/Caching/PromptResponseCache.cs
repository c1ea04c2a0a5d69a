using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;

namespace CxAssistant.Agents.Caching;

/// <summary>
/// The one response cache of CxAssistant (analysis runs and eval recordings alike): Microsoft.Extensions.AI's
/// <see cref="DistributedCachingChatClient"/> over an <see cref="IDistributedCache"/> (on disk:
/// <see cref="FileDistributedCache"/>), keyed by <see cref="ResponseCacheKey"/> (model, prompt name and content hash,
/// messages, parameters), so an edited prompt misses. It sits between the redaction gate and the resilient provider
/// client: business code → redaction → this cache → resilience → provider.
/// <para>
/// An answer is kept only once its caller accepts it (<see cref="AcceptAsync(ChatResponse, CancellationToken)"/>, after
/// the answer passed its checks): answers that fail their checks, empty answers and errors are never cached, so a
/// re-run asks again instead of replaying a failure. Without an inner client it only replays (a miss throws
/// <see cref="CacheMissException"/>); with <see cref="ReadCache"/> off it asks the model every time (<c>--no-cache</c>,
/// <c>--repeat</c>). Responses carry <see cref="PromptTags"/> (key, cached, origin). Streaming is not cached.
/// </para>
/// </summary>
public sealed class PromptResponseCache : DistributedCachingChatClient
{
    private static readonly JsonSerializerOptions Indented = new(AIJsonUtilities.DefaultOptions)
    {
        WriteIndented = true,
    };

    private readonly ConcurrentDictionary<string, ChatResponse> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _prompts = new(StringComparer.Ordinal);
    private readonly ProviderCall _provider;
    private readonly IDistributedCache _storage;
    private readonly string _modelId;
    private readonly string _origin;
    private int _hits;
    private int _accepted;

    /// <summary>
    /// Caches <paramref name="inner"/>'s answers for <paramref name="modelId"/> in <paramref name="storage"/>;
    /// <paramref name="origin"/> labels fresh answers (default <c>model:&lt;id&gt;</c>, or <c>scripted</c> when the
    /// inner
    /// client says it is a test double), so a replayed scripted answer is never passed off as a model's.
    /// A null <paramref name="inner"/> replays only.
    /// </summary>
    public PromptResponseCache(IChatClient? inner, IDistributedCache storage, string modelId, string? origin = null)
        : this(new ProviderCall(inner, modelId), storage, modelId, origin ?? DefaultOrigin(inner, modelId)) { }

    private static string DefaultOrigin(IChatClient? inner, string modelId) =>
        inner?.GetService<ChatClientMetadata>()?.ProviderName == "scripted" ? "scripted" : "model:" + modelId;

    private PromptResponseCache(ProviderCall provider, IDistributedCache storage, string modelId, string origin)
        : base(provider, storage)
    {
        _provider = provider;
        _storage = storage;
        _modelId = modelId;
        _origin = origin;
        JsonSerializerOptions = Indented;
    }

    /// <summary>False to ask the provider every time (answers that pass are still stored).</summary>
    public bool ReadCache { get; init; } = true;

    /// <summary>Requests that reached the provider.</summary>
    public int ProviderCalls => _provider.Calls;

    /// <summary>Requests answered from the cache.</summary>
    public int Hits => _hits;

    /// <summary>Answers stored after their caller accepted them.</summary>
    public int Accepted => _accepted;

    /// <summary>The prompts requests named, with their content hashes (for run manifests).</summary>
    public IReadOnlyDictionary<string, string> Prompts => _prompts;

    /// <summary>
    /// Stores a fresh answer that passed its checks; false when it was replayed, rejected or unknown.
    /// </summary>
    public async Task<bool> AcceptAsync(ChatResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (PromptTags.KeyOf(response) is not { } key || !_pending.TryRemove(key, out var value))
        {
            return false;
        }
        await base.WriteCacheAsync(key, value, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _accepted);
        return true;
    }

    /// <summary>
    /// An answer failed its checks: a fresh one is never stored, a replayed one is deleted (the checks changed since it
    /// was kept) unless this cache only replays recordings.
    /// </summary>
    public async Task RejectAsync(ChatResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (PromptTags.KeyOf(response) is not { } key)
        {
            return;
        }
        _pending.TryRemove(key, out _);
        if (PromptTags.IsCached(response) && _provider.CanCall)
        {
            await _storage.RemoveAsync(key, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Accepts <paramref name="response"/> in the response cache of <paramref name="client"/>'s pipeline, if any.
    /// </summary>
    public static Task<bool> AcceptAsync(
        IChatClient client,
        ChatResponse? response,
        CancellationToken cancellationToken = default
    ) =>
        client?.GetService<IResponseCacheControl>() is { } cache && response is not null
            ? cache.AcceptAsync(response, cancellationToken)
            : Task.FromResult(false);

    /// <summary>
    /// Rejects <paramref name="response"/> in the response cache of <paramref name="client"/>'s pipeline, if any.
    /// </summary>
    public static Task RejectAsync(
        IChatClient client,
        ChatResponse? response,
        CancellationToken cancellationToken = default
    ) =>
        client?.GetService<IResponseCacheControl>() is { } cache && response is not null
            ? cache.RejectAsync(response, cancellationToken)
            : Task.CompletedTask;

    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(IResponseCacheControl)
            ? new Control(this)
            : base.GetService(serviceType, serviceKey);

    /// <inheritdoc />
    protected override string GetCacheKey(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options,
        params ReadOnlySpan<object?> additionalValues
    )
    {
        // additionalValues only tells streaming from non-streaming calls; streaming is never cached.
        if (PromptTags.Of(options) is { Name: { } name } prompt)
        {
            _prompts[name] = prompt.Hash ?? "";
        }
        return ResponseCacheKey.Of(_modelId, messages, options);
    }

    /// <inheritdoc />
    protected override async Task<ChatResponse?> ReadCacheAsync(string key, CancellationToken cancellationToken)
    {
        if (!ReadCache)
        {
            return null;
        }
        ChatResponse? hit;
        try
        {
            hit = await base.ReadCacheAsync(key, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null; // a damaged entry is a miss; the next accepted answer replaces it
        }
        if (hit is null)
        {
            return null;
        }
        Interlocked.Increment(ref _hits);
        hit.AdditionalProperties ??= [];
        hit.AdditionalProperties[PromptTags.Origin] = PromptTags.OriginOf(hit) ?? "unknown";
        hit.AdditionalProperties[PromptTags.CacheKey] = key;
        hit.AdditionalProperties[PromptTags.Cached] = true;
        return hit;
    }

    /// <inheritdoc />
    protected override Task WriteCacheAsync(string key, ChatResponse value, CancellationToken cancellationToken)
    {
        value.AdditionalProperties ??= [];
        value.AdditionalProperties[PromptTags.Origin] = _origin;
        value.AdditionalProperties[PromptTags.CacheKey] = key;
        value.AdditionalProperties[PromptTags.Cached] = false;
        // Held until the caller's checks accept it; an empty or filtered answer can never be accepted.
        if (!string.IsNullOrWhiteSpace(value.Text) && value.FinishReason != ChatFinishReason.ContentFilter)
        {
            _pending[key] = value;
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override Task<IReadOnlyList<ChatResponseUpdate>?> ReadCacheStreamingAsync(
        string key,
        CancellationToken cancellationToken
    ) => Task.FromResult<IReadOnlyList<ChatResponseUpdate>?>(null);

    /// <inheritdoc />
    protected override Task WriteCacheStreamingAsync(
        string key,
        IReadOnlyList<ChatResponseUpdate> value,
        CancellationToken cancellationToken
    ) => Task.CompletedTask;

    /// <summary>
    /// The call below the cache: counts provider calls, strips request tags, replays only when there is no provider.
    /// </summary>
    private sealed class ProviderCall(IChatClient? inner, string modelId) : IChatClient
    {
        private int _calls;

        public int Calls => _calls;

        public bool CanCall => inner is not null;

        public Task<ChatResponse> GetResponseAsync(
            IEnumerable<ChatMessage> messages,
            ChatOptions? options = null,
            CancellationToken cancellationToken = default
        )
        {
            var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
            if (inner is null)
            {
                throw new CacheMissException(ResponseCacheKey.Of(modelId, list, options));
            }
            Interlocked.Increment(ref _calls);
            return inner.GetResponseAsync(list, PromptTags.Strip(options), cancellationToken);
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<ChatMessage> messages,
            ChatOptions? options = null,
            CancellationToken cancellationToken = default
        )
        {
            var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
            if (inner is null)
            {
                throw new CacheMissException(ResponseCacheKey.Of(modelId, list, options));
            }
            Interlocked.Increment(ref _calls);
            return inner.GetStreamingResponseAsync(list, PromptTags.Strip(options), cancellationToken);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceKey is null && serviceType.IsInstanceOfType(this)
                ? this
                : inner?.GetService(serviceType, serviceKey);

        // The inner client belongs to whoever built it (the provider factory, a test); this wrapper owns nothing.
        public void Dispose() { }
    }

    /// <summary>The cache's control surface without the cache itself (which is a chat client below the gate).</summary>
    private sealed class Control(PromptResponseCache cache) : IResponseCacheControl
    {
        public IReadOnlyDictionary<string, string> Prompts => cache.Prompts;

        public Task<bool> AcceptAsync(ChatResponse response, CancellationToken cancellationToken = default) =>
            cache.AcceptAsync(response, cancellationToken);

        public Task RejectAsync(ChatResponse response, CancellationToken cancellationToken = default) =>
            cache.RejectAsync(response, cancellationToken);
    }
}
