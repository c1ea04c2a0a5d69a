using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Caching;

/// <summary>
/// The response-cache key, written by us rather than left to the library (whose default key "is not guaranteed to be
/// stable across releases", and committed recordings must stay replayable): SHA-256 of a canonical JSON of everything
/// that changes an answer — format version, model, prompt name and content hash, messages with roles, temperature,
/// top-p, output cap, seed, stop sequences, response format and schema.
/// </summary>
public static class ResponseCacheKey
{
    /// <summary>Bumped when the canonical form changes (old entries then miss instead of answering wrongly).</summary>
    public const string Version = "cx-response/2";

    /// <summary>The canonical request text that is hashed.</summary>
    public static string Canonical(string modelId, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var (prompt, hash) = PromptTags.Of(options);
        var o = new JsonObject
        {
            ["v"] = Version,
            ["model"] = modelId,
            ["prompt"] = prompt,
            ["promptHash"] = hash,
            ["messages"] = new JsonArray([
                .. messages.Select(m => (JsonNode)new JsonObject { ["role"] = m.Role.Value, ["text"] = m.Text }),
            ]),
            ["temperature"] = options?.Temperature,
            ["topP"] = options?.TopP,
            ["maxOutputTokens"] = options?.MaxOutputTokens,
            ["seed"] = options?.Seed,
            ["stop"] = options?.StopSequences is { } stop ? new JsonArray([.. stop.Select(s => (JsonNode)s)]) : null,
            ["format"] = options?.ResponseFormat switch
            {
                ChatResponseFormatJson j => new JsonObject
                {
                    ["type"] = "json",
                    ["schema"] = j.Schema is { } s ? JsonNode.Parse(s.GetRawText()) : null,
                    ["name"] = j.SchemaName,
                },
                ChatResponseFormatText => "text",
                _ => null,
            },
        };
        return o.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    /// <summary>The key: lowercase hex SHA-256 of <see cref="Canonical"/>.</summary>
    public static string Of(string modelId, IEnumerable<ChatMessage> messages, ChatOptions? options) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(modelId, messages, options))));
}
