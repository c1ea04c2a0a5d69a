using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Models;

/// <summary>
/// The response-cache key: SHA-256 of a canonical JSON of everything that changes a model's answer (model id,
/// messages with roles, temperature, top-p, max tokens, seed, stop sequences, response format and schema).
/// </summary>
public static class RequestHash
{
    /// <summary>The canonical request text that is hashed (also stored in cache entries for audit).</summary>
    public static string Canonical(string modelId, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var o = new JsonObject
        {
            ["model"] = modelId,
            ["messages"] = new JsonArray([.. messages.Select(m => (JsonNode)new JsonObject { ["role"] = m.Role.Value, ["text"] = m.Text })]),
            ["temperature"] = options?.Temperature,
            ["topP"] = options?.TopP,
            ["maxOutputTokens"] = options?.MaxOutputTokens,
            ["seed"] = options?.Seed,
            ["stop"] = options?.StopSequences is { } stop ? new JsonArray([.. stop.Select(s => (JsonNode)s)]) : null,
            ["format"] = options?.ResponseFormat switch
            {
                ChatResponseFormatJson j => new JsonObject { ["type"] = "json", ["schema"] = j.Schema is { } s ? JsonNode.Parse(s.GetRawText()) : null, ["name"] = j.SchemaName },
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
