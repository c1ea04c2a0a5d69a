using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;

namespace CxAssistant.Agents.Caching;

/// <summary>Puts <see cref="PromptResponseCache"/> into a <see cref="ChatClientBuilder"/> pipeline.</summary>
public static class PromptResponseCacheExtensions
{
    /// <summary>
    /// Adds the response cache as the next stage (a stage added before it, such as the redaction gate, sits outside
    /// it, so the cache only ever holds redacted requests).
    /// </summary>
    public static ChatClientBuilder UsePromptResponseCache(
        this ChatClientBuilder builder,
        IDistributedCache storage,
        string modelId,
        string? origin = null,
        bool readCache = true
    )
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new PromptResponseCache(inner, storage, modelId, origin) { ReadCache = readCache });
    }
}
