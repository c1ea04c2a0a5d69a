using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CxAssistant.Agents.Tests.Support;

/// <summary>
/// Scripted answers in the documented response formats. Each answer picks its dialect from the request path
/// (/api/* = Ollama, otherwise OpenAI/Azure) and streams when the request asked to (SSE for OpenAI, NDJSON for
/// Ollama, whose stream flag defaults to true).
/// </summary>
public static class Wire
{
    private const string Created = "2026-11-23T10:00:00Z";

    /// <summary>An assistant message with <paramref name="content"/> (streamed in three pieces when asked).</summary>
    public static FakeModelServer.Responder Text(string content) =>
        (request, response, ct) =>
            IsOllama(request)
                ? (
                    Streams(request)
                        ? OllamaStreamAsync(response, request, Pieces(content), ct)
                        : JsonAsync(
                            response,
                            OllamaMessage(request, new JsonObject { ["role"] = "assistant", ["content"] = content }),
                            ct
                        )
                )
                : (
                    Streams(request)
                        ? OpenAIStreamAsync(response, request, Pieces(content), ct)
                        : JsonAsync(
                            response,
                            OpenAICompletion(
                                request,
                                new JsonObject { ["role"] = "assistant", ["content"] = content },
                                "stop"
                            ),
                            ct
                        )
                );

    /// <summary>The model asks to call <paramref name="function"/> with <paramref name="argumentsJson"/>.</summary>
    public static FakeModelServer.Responder ToolCall(string function, string argumentsJson) =>
        (request, response, ct) =>
        {
            if (IsOllama(request))
            {
                var call = new JsonObject
                {
                    ["function"] = new JsonObject
                    {
                        ["name"] = function,
                        ["arguments"] = JsonNode.Parse(argumentsJson),
                    },
                };
                return JsonAsync(
                    response,
                    OllamaMessage(
                        request,
                        new JsonObject
                        {
                            ["role"] = "assistant",
                            ["content"] = "",
                            ["tool_calls"] = new JsonArray(call),
                        }
                    ),
                    ct
                );
            }
            var openAICall = new JsonObject
            {
                ["id"] = "call_cx_1",
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = function, ["arguments"] = argumentsJson },
            };
            return JsonAsync(
                response,
                OpenAICompletion(
                    request,
                    new JsonObject
                    {
                        ["role"] = "assistant",
                        ["content"] = null,
                        ["tool_calls"] = new JsonArray(openAICall),
                    },
                    "tool_calls"
                ),
                ct
            );
        };

    /// <summary>
    /// One vector per input: the requested dimensions (else 8), values derived from the text so inputs differ.
    /// </summary>
    public static FakeModelServer.Responder Embeddings() =>
        (request, response, ct) =>
        {
            var body = request.Json;
            var inputs = body.GetProperty("input") is { ValueKind: JsonValueKind.String } one
                ? [one.GetString()!]
                : body.GetProperty("input").EnumerateArray().Select(i => i.GetString()!).ToArray();
            var dims = body.TryGetProperty("dimensions", out var d) ? d.GetInt32() : 8;
            var vectors = inputs
                .Select(text => new JsonArray([
                    .. Enumerable
                        .Range(0, dims)
                        .Select(i => JsonValue.Create((float)((text.Length + i * 7) % 13) / 13f)),
                ]))
                .ToArray();
            JsonObject answer = IsOllama(request)
                ? new()
                {
                    ["model"] = body.GetProperty("model").GetString(),
                    ["embeddings"] = new JsonArray([.. vectors]),
                    ["prompt_eval_count"] = inputs.Length,
                }
                : new()
                {
                    ["object"] = "list",
                    ["model"] = Model(request),
                    ["data"] = new JsonArray([
                        .. vectors.Select(
                            (v, i) =>
                                (JsonNode)
                                    new JsonObject
                                    {
                                        ["object"] = "embedding",
                                        ["index"] = i,
                                        ["embedding"] = v,
                                    }
                        ),
                    ]),
                    ["usage"] = new JsonObject { ["prompt_tokens"] = inputs.Length, ["total_tokens"] = inputs.Length },
                };
            return JsonAsync(response, answer, ct);
        };

    /// <summary>An error status with the dialect's error body and an optional Retry-After (seconds).</summary>
    public static FakeModelServer.Responder Error(int status, string message, int? retryAfterSeconds = null) =>
        (request, response, ct) =>
        {
            response.StatusCode = status;
            if (retryAfterSeconds is { } s)
            {
                response.Headers.RetryAfter = s.ToString(CultureInfo.InvariantCulture);
            }
            JsonNode body = IsOllama(request)
                ? new JsonObject { ["error"] = message }
                : new JsonObject
                {
                    ["error"] = new JsonObject
                    {
                        ["message"] = message,
                        ["type"] = "invalid_request_error",
                        ["code"] = status.ToString(CultureInfo.InvariantCulture),
                    },
                };
            return JsonAsync(response, body, ct, status);
        };

    /// <summary>A raw body, e.g. malformed JSON with a 200 status.</summary>
    public static FakeModelServer.Responder Raw(int status, string contentType, string body) =>
        async (_, response, ct) =>
        {
            response.StatusCode = status;
            response.ContentType = contentType;
            await response.WriteAsync(body, ct).ConfigureAwait(false);
        };

    /// <summary>
    /// Sends status and headers and the start of a JSON body, then stalls for <paramref name="stall"/>.
    /// </summary>
    public static FakeModelServer.Responder StalledBody(TimeSpan stall) =>
        async (_, response, ct) =>
        {
            response.StatusCode = 200;
            response.ContentType = "application/json";
            await response.WriteAsync("{\"id\":", ct).ConfigureAwait(false);
            await response.Body.FlushAsync(ct).ConfigureAwait(false);
            await Task.Delay(stall, ct).ConfigureAwait(false);
        };

    /// <summary>
    /// Starts a stream (SSE or NDJSON) with one piece of text, then goes quiet for <paramref name="stall"/>.
    /// </summary>
    public static FakeModelServer.Responder StalledStream(TimeSpan stall) =>
        async (request, response, ct) =>
        {
            if (IsOllama(request))
            {
                response.ContentType = "application/x-ndjson";
                var line = new JsonObject
                {
                    ["model"] = Model(request),
                    ["created_at"] = Created,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = "Fix " },
                    ["done"] = false,
                };
                await response.WriteAsync(line.ToJsonString() + "\n", ct).ConfigureAwait(false);
            }
            else
            {
                response.ContentType = "text/event-stream";
                var chunk = new JsonObject
                {
                    ["id"] = "chatcmpl-cx1",
                    ["object"] = "chat.completion.chunk",
                    ["created"] = 1_795_000_000,
                    ["model"] = Model(request),
                    ["choices"] = new JsonArray(
                        new JsonObject
                        {
                            ["index"] = 0,
                            ["delta"] = new JsonObject { ["role"] = "assistant", ["content"] = "Fix " },
                            ["finish_reason"] = null,
                        }
                    ),
                };
                await response.WriteAsync($"data: {chunk.ToJsonString()}\n\n", ct).ConfigureAwait(false);
            }
            await response.Body.FlushAsync(ct).ConfigureAwait(false);
            await Task.Delay(stall, ct).ConfigureAwait(false);
        };

    /// <summary>Waits <paramref name="delay"/> before answering (or until the client gives up).</summary>
    public static FakeModelServer.Responder Slow(TimeSpan delay, FakeModelServer.Responder then) =>
        async (request, response, ct) =>
        {
            await Task.Delay(delay, ct).ConfigureAwait(false);
            await then(request, response, ct).ConfigureAwait(false);
        };

    private static bool IsOllama(RecordedRequest request) => request.Path.StartsWith("/api/", StringComparison.Ordinal);

    private static bool Streams(RecordedRequest request) =>
        request.Json.TryGetProperty("stream", out var s) ? s.ValueKind == JsonValueKind.True : IsOllama(request);

    private static string Model(RecordedRequest request) =>
        request.Json.TryGetProperty("model", out var m) && m.GetString() is { } model ? model : "deployment-model";

    private static string[] Pieces(string content)
    {
        var third = Math.Max(1, content.Length / 3);
        return content.Length < 3 ? [content] : [content[..third], content[third..(2 * third)], content[(2 * third)..]];
    }

    private static JsonObject OpenAICompletion(RecordedRequest request, JsonObject message, string finish) =>
        new()
        {
            ["id"] = "chatcmpl-cx1",
            ["object"] = "chat.completion",
            ["created"] = 1_795_000_000,
            ["model"] = Model(request),
            ["choices"] = new JsonArray(
                new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = message,
                    ["finish_reason"] = finish,
                }
            ),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = 12,
                ["completion_tokens"] = 5,
                ["total_tokens"] = 17,
            },
        };

    private static JsonObject OllamaMessage(RecordedRequest request, JsonObject message) =>
        new()
        {
            ["model"] = Model(request),
            ["created_at"] = Created,
            ["message"] = message,
            ["done"] = true,
            ["done_reason"] = "stop",
            ["prompt_eval_count"] = 12,
            ["eval_count"] = 5,
        };

    private static async Task OpenAIStreamAsync(
        HttpResponse response,
        RecordedRequest request,
        string[] pieces,
        CancellationToken ct
    )
    {
        response.ContentType = "text/event-stream";
        JsonObject Chunk(JsonObject delta, string? finish) =>
            new()
            {
                ["id"] = "chatcmpl-cx1",
                ["object"] = "chat.completion.chunk",
                ["created"] = 1_795_000_000,
                ["model"] = Model(request),
                ["choices"] = new JsonArray(
                    new JsonObject
                    {
                        ["index"] = 0,
                        ["delta"] = delta,
                        ["finish_reason"] = finish,
                    }
                ),
            };
        foreach (var piece in pieces)
        {
            await WriteEventAsync(
                    response,
                    Chunk(new JsonObject { ["role"] = "assistant", ["content"] = piece }, null).ToJsonString(),
                    ct
                )
                .ConfigureAwait(false);
        }
        await WriteEventAsync(response, Chunk([], "stop").ToJsonString(), ct).ConfigureAwait(false);
        await WriteEventAsync(response, "[DONE]", ct).ConfigureAwait(false);
    }

    private static async Task WriteEventAsync(HttpResponse response, string data, CancellationToken ct)
    {
        await response.WriteAsync($"data: {data}\n\n", ct).ConfigureAwait(false);
        await response.Body.FlushAsync(ct).ConfigureAwait(false);
    }

    private static async Task OllamaStreamAsync(
        HttpResponse response,
        RecordedRequest request,
        string[] pieces,
        CancellationToken ct
    )
    {
        response.ContentType = "application/x-ndjson";
        foreach (var piece in pieces)
        {
            var line = new JsonObject
            {
                ["model"] = Model(request),
                ["created_at"] = Created,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = piece },
                ["done"] = false,
            };
            await response.WriteAsync(line.ToJsonString() + "\n", ct).ConfigureAwait(false);
            await response.Body.FlushAsync(ct).ConfigureAwait(false);
        }
        var last = OllamaMessage(request, new JsonObject { ["role"] = "assistant", ["content"] = "" });
        await response.WriteAsync(last.ToJsonString() + "\n", ct).ConfigureAwait(false);
    }

    private static async Task JsonAsync(HttpResponse response, JsonNode body, CancellationToken ct, int status = 200)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        await response.WriteAsync(body.ToJsonString(), Encoding.UTF8, ct).ConfigureAwait(false);
    }
}
