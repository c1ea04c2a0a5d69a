using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CxAssistant.Agents.Tests.Support;

namespace CxAssistant.Agents.Tests.Privacy.Planted;

/// <summary>
/// Answers in the OpenAI wire format for end-to-end privacy runs: vectors for embedding calls; for a streamed chat with
/// tools, first a <c>search_evidence</c> call (so tool results travel back through the gate), then an answer; any other
/// chat gets an answer that echoes every evidence text it was sent (placeholders included) as quotes, names and text,
/// the way a model trying to exfiltrate data would.
/// </summary>
public static partial class ScriptedModel
{
    public static (int Status, string ContentType, string Body) Answer(RecordedRequest request)
    {
        var body = request.Json;
        if (request.Path.EndsWith("/embeddings", StringComparison.Ordinal))
        {
            return (200, "application/json", Embeddings(body));
        }
        var stream = body.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
        var hasTools = body.TryGetProperty("tools", out var tools) && tools.GetArrayLength() > 0;
        var toolAnswered = body.GetProperty("messages")
            .EnumerateArray()
            .Any(m => m.GetProperty("role").GetString() == "tool");
        if (stream && hasTools && !toolAnswered)
        {
            var call = new JsonObject
            {
                ["index"] = 0,
                ["id"] = "call_cx_2",
                ["type"] = "function",
                ["function"] = new JsonObject
                {
                    ["name"] = "search_evidence",
                    ["arguments"] = """{"query":"refund checkout delivery"}""",
                },
            };
            return (
                200,
                "text/event-stream",
                Events(
                    Model(body),
                    [
                        new JsonObject
                        {
                            ["role"] = "assistant",
                            ["content"] = null,
                            ["tool_calls"] = new JsonArray(call),
                        },
                    ],
                    "tool_calls"
                )
            );
        }
        var echo = Echo(body);
        if (stream)
        {
            return (
                200,
                "text/event-stream",
                Events(
                    Model(body),
                    [new JsonObject { ["role"] = "assistant", ["content"] = "Customers mention refunds [1]. " + echo }],
                    "stop"
                )
            );
        }
        var completion = new JsonObject
        {
            ["id"] = "chatcmpl-cx2",
            ["object"] = "chat.completion",
            ["created"] = 1_795_000_000,
            ["model"] = Model(body),
            ["choices"] = new JsonArray(
                new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = echo },
                    ["finish_reason"] = "stop",
                }
            ),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = 12,
                ["completion_tokens"] = 5,
                ["total_tokens"] = 17,
            },
        };
        return (200, "application/json", completion.ToJsonString());
    }

    private static string Model(JsonElement body) =>
        body.TryGetProperty("model", out var m) ? m.GetString() ?? "model" : "model";

    private static string Embeddings(JsonElement body)
    {
        var inputs = body.GetProperty("input") is { ValueKind: JsonValueKind.String } one
            ? [one.GetString()!]
            : body.GetProperty("input").EnumerateArray().Select(i => i.GetString()!).ToArray();
        var dims = body.TryGetProperty("dimensions", out var d) ? d.GetInt32() : 8;
        var data = new JsonArray([
            .. inputs.Select(
                (text, n) =>
                    (JsonNode)
                        new JsonObject
                        {
                            ["object"] = "embedding",
                            ["index"] = n,
                            ["embedding"] = new JsonArray([
                                .. Enumerable
                                    .Range(0, dims)
                                    .Select(i => JsonValue.Create((float)((text.Length + i * 7) % 13) / 13f)),
                            ]),
                        }
            ),
        ]);
        return new JsonObject
        {
            ["object"] = "list",
            ["model"] = Model(body),
            ["data"] = data,
            ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["total_tokens"] = 1 },
        }.ToJsonString();
    }

    private static string Events(string model, JsonObject[] deltas, string finish)
    {
        var sb = new StringBuilder();
        JsonObject Chunk(JsonObject delta, string? reason) =>
            new()
            {
                ["id"] = "chatcmpl-cx2",
                ["object"] = "chat.completion.chunk",
                ["created"] = 1_795_000_000,
                ["model"] = model,
                ["choices"] = new JsonArray(
                    new JsonObject
                    {
                        ["index"] = 0,
                        ["delta"] = delta,
                        ["finish_reason"] = reason,
                    }
                ),
            };
        foreach (var delta in deltas)
        {
            sb.Append("data: ").Append(Chunk(delta, null).ToJsonString()).Append("\n\n");
        }
        sb.Append("data: ").Append(Chunk([], finish).ToJsonString()).Append("\n\ndata: [DONE]\n\n");
        return sb.ToString();
    }

    // Every evidence text in the prompt, echoed back as quotes, names and text: whatever the model saw comes back.
    private static string Echo(JsonElement body)
    {
        var prompt = string.Join(
            "\n",
            body.GetProperty("messages")
                .EnumerateArray()
                .Select(m =>
                    m.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : ""
                )
        );
        var quotes = new JsonArray();
        foreach (Match m in Evidence().Matches(prompt))
        {
            quotes.Add(
                new JsonObject
                {
                    ["evidenceId"] = m.Groups[1].Value,
                    ["text"] = WebUtility.HtmlDecode(m.Groups[2].Value),
                }
            );
        }
        var first = quotes.Count > 0 ? quotes[0]!["text"]!.GetValue<string>() : "nothing";
        var item = new JsonObject { ["text"] = "Echo: " + first, ["quotes"] = quotes.DeepClone() };
        return new JsonObject
        {
            ["name"] = "Echo — " + first[..Math.Min(first.Length, 40)],
            ["summary"] = first,
            ["text"] = first,
            ["quotes"] = quotes.DeepClone(),
            ["jobs"] = new JsonArray(item.DeepClone()),
            ["pains"] = new JsonArray(item.DeepClone()),
            ["gains"] = new JsonArray(item.DeepClone()),
        }.ToJsonString();
    }

    [GeneratedRegex("<evidence id=\"(?!\\.\\.\\.\")([^\"]*)\">(.*?)</evidence>", RegexOptions.Singleline)]
    private static partial Regex Evidence();
}
