using CxAssistant.Agents.Prompts;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Caching;

/// <summary>
/// The names CxAssistant puts on requests and responses: a request says which prompt (name and content hash) it
/// renders, so the response cache keys on them; a response says its cache key, whether it was replayed, and its origin
/// (<c>model:&lt;id&gt;</c> for a provider, <c>scripted</c> for a test double). Request tags never reach a provider.
/// </summary>
public static class PromptTags
{
    /// <summary>Request tags.</summary>
    public const string Prompt = "cx.prompt",
        PromptHash = "cx.promptHash";

    /// <summary>Response tags.</summary>
    public const string CacheKey = "cx.cacheKey",
        Cached = "cx.cached",
        Origin = "cx.origin";

    /// <summary>Tags <paramref name="options"/> with the prompt it renders; returns the same options.</summary>
    public static ChatOptions Apply(ChatOptions options, PromptDefinition prompt)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(prompt);
        options.AdditionalProperties ??= [];
        options.AdditionalProperties[Prompt] = prompt.Name;
        options.AdditionalProperties[PromptHash] = prompt.ContentHash;
        return options;
    }

    /// <summary>The prompt name and content hash a request carries, or nulls.</summary>
    public static (string? Name, string? Hash) Of(ChatOptions? options) =>
        (Text(options?.AdditionalProperties, Prompt), Text(options?.AdditionalProperties, PromptHash));

    /// <summary>
    /// Options without CxAssistant's tags (what a provider receives); the same instance when there are none.
    /// </summary>
    public static ChatOptions? Strip(ChatOptions? options)
    {
        if (options?.AdditionalProperties is not { } props || !props.Keys.Any(IsOurs))
        {
            return options;
        }
        var clone = options.Clone();
        clone.AdditionalProperties = [];
        foreach (var (key, value) in props.Where(kv => !IsOurs(kv.Key)))
        {
            clone.AdditionalProperties[key] = value;
        }
        if (clone.AdditionalProperties.Count == 0)
        {
            clone.AdditionalProperties = null;
        }
        return clone;
    }

    /// <summary>The cache key a response was stored or replayed under, or null.</summary>
    public static string? KeyOf(ChatResponse response) => Text(response?.AdditionalProperties, CacheKey);

    /// <summary>The origin label of a response, or null when it did not pass through the response cache.</summary>
    public static string? OriginOf(ChatResponse response) => Text(response?.AdditionalProperties, Origin);

    /// <summary>True when the response was replayed from the cache.</summary>
    public static bool IsCached(ChatResponse response) =>
        response?.AdditionalProperties?.TryGetValue(Cached, out var value) == true && value is true;

    private static bool IsOurs(string key) => key.StartsWith("cx.", StringComparison.Ordinal);

    private static string? Text(AdditionalPropertiesDictionary? props, string key) =>
        props?.TryGetValue(key, out var value) == true && value is not null ? value.ToString() : null;
}
