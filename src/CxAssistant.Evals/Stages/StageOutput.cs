using System.Text.Json.Nodes;
using CxAssistant.Agents.Caching;
using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// What a stage produced: the output JSON, token usage, where it came from (<c>offline</c>, <c>model:&lt;id&gt;</c>,
/// <c>scripted</c>), the response-cache keys it used, and the prompt sent (for model-graded assertions).
/// <see cref="Error"/> is set when the stage could not produce an output; that case is an error, never a score.
/// </summary>
public sealed record StageOutput
{
    /// <summary>The output, or null on error.</summary>
    public JsonNode? Output { get; init; }

    /// <summary>Why there is no output.</summary>
    public string? Error { get; init; }

    /// <summary>Input tokens spent.</summary>
    public long InputTokens { get; init; }

    /// <summary>Output tokens spent.</summary>
    public long OutputTokens { get; init; }

    /// <summary><c>offline</c>, <c>model:&lt;id&gt;</c> or <c>scripted</c>.</summary>
    public string Origin { get; init; } = "offline";

    /// <summary>Response-cache keys used (model stages).</summary>
    public IReadOnlyList<string> CacheKeys { get; init; } = [];

    /// <summary>True when every model response came from the cache.</summary>
    public bool Cached { get; init; }

    /// <summary>The messages sent to the model (model stages).</summary>
    public IReadOnlyList<ChatMessage> Prompt { get; init; } = [];

    /// <summary>Hash of the rendered prompt template (model stages).</summary>
    public string? PromptHash { get; init; }

    /// <summary>
    /// Model parameters sent (temperature, max tokens, top-p, seed, response format), as canonical JSON (model stages).
    /// </summary>
    public string? Parameters { get; init; }

    /// <summary>An offline output.</summary>
    public static StageOutput Offline(JsonNode output) => new() { Output = output };

    /// <summary>
    /// A model stage's output from one response: its usage, and the origin, cache key and cached flag the response
    /// cache stamped on it.
    /// </summary>
    public static StageOutput FromResponse(JsonNode output, ChatResponse response, EvalVariant variant)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(variant);
        return new StageOutput
        {
            Output = output,
            InputTokens = response.Usage?.InputTokenCount ?? 0,
            OutputTokens = response.Usage?.OutputTokenCount ?? 0,
            Origin = PromptTags.OriginOf(response) ?? "model:" + (response.ModelId ?? variant.Model),
            CacheKeys = PromptTags.KeyOf(response) is { } key ? [key] : [],
            Cached = PromptTags.IsCached(response),
        };
    }

    /// <summary>A failure to produce an output.</summary>
    public static StageOutput Failed(string error, string origin = "offline") =>
        new() { Error = error, Origin = origin };
}
