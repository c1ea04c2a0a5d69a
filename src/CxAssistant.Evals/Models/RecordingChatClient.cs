using System.Diagnostics;
using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Models;

/// <summary>
/// An <see cref="IChatClient"/> that answers from the <see cref="ResponseCache"/> by request hash and records what the
/// inner client answers. Without an inner client it only replays: a miss throws <see cref="CacheMissException"/>.
/// Each response carries <c>cx.cacheKey</c>, <c>cx.origin</c> and <c>cx.cached</c> in its additional properties, so
/// results say whether an output came from a model, a scripted double, or the cache.
/// </summary>
public sealed class RecordingChatClient(ResponseCache cache, EvalModel? inner, string modelId, bool readCache = true) : IChatClient
{
    /// <summary>Property names stamped on responses.</summary>
    public const string KeyProperty = "cx.cacheKey", OriginProperty = "cx.origin", CachedProperty = "cx.cached";

    private int _innerCalls;

    /// <summary>How many requests reached the inner client.</summary>
    public int InnerCalls => _innerCalls;

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var key = RequestHash.Of(modelId, list, options);
        if (readCache && cache.TryGet(key) is { } hit) return ToResponse(hit, cached: true);
        if (inner is null) throw new CacheMissException(key);

        Interlocked.Increment(ref _innerCalls);
        var watch = Stopwatch.StartNew();
        var response = await inner.Client.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        var entry = new CacheEntry(key, inner.Origin, response.ModelId ?? modelId, RequestHash.Canonical(modelId, list, options), response.Text,
            response.Usage?.InputTokenCount ?? 0, response.Usage?.OutputTokenCount ?? 0, Math.Round(watch.Elapsed.TotalMilliseconds, 1), DateTimeOffset.UtcNow);
        cache.Put(entry);
        return ToResponse(entry, cached: false);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Evaluations compare whole responses; streaming is served from the same cached response.
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates()) yield return update;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : inner?.Client.GetService(serviceType, serviceKey);

    /// <inheritdoc />
    public void Dispose() { }

    private static ChatResponse ToResponse(CacheEntry entry, bool cached) => new(new ChatMessage(ChatRole.Assistant, entry.ResponseText))
    {
        ModelId = entry.ModelId,
        Usage = new UsageDetails { InputTokenCount = entry.InputTokens, OutputTokenCount = entry.OutputTokens, TotalTokenCount = entry.InputTokens + entry.OutputTokens },
        AdditionalProperties = new AdditionalPropertiesDictionary { [KeyProperty] = entry.Key, [OriginProperty] = entry.Origin, [CachedProperty] = cached },
    };
}
