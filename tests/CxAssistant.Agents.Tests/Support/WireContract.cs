using System.Text.Json;
using System.Text.RegularExpressions;

namespace CxAssistant.Agents.Tests.Support;

/// <summary>
/// The parts of the documented request formats that a client can get wrong: OpenAI/Azure OpenAI
/// (POST …/chat/completions, …/embeddings; https://platform.openai.com/docs/api-reference) and Ollama
/// (POST /api/chat, /api/embed; https://github.com/ollama/ollama/blob/main/docs/api.md).
/// </summary>
public static partial class WireContract
{
    private static readonly HashSet<string> OpenAIRoles = ["system", "developer", "user", "assistant", "tool"];
    private static readonly HashSet<string> OllamaRoles = ["system", "user", "assistant", "tool"];

    /// <summary>
    /// Every way <paramref name="request"/> departs from the documented API (empty when it conforms).
    /// </summary>
    public static IReadOnlyList<string> Check(RecordedRequest request)
    {
        var problems = new List<string>();
        if (request.Method != "POST")
        {
            problems.Add($"expected POST, got {request.Method}");
        }
        if (request.Header("Content-Type")?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            problems.Add("Content-Type must be application/json");
        }
        JsonElement body;
        try
        {
            body = request.Json;
        }
        catch (JsonException)
        {
            problems.Add("body is not JSON");
            return problems;
        }
        if (body.ValueKind != JsonValueKind.Object)
        {
            problems.Add("body must be a JSON object");
        }
        else if (request.Path.EndsWith("/chat/completions", StringComparison.Ordinal))
        {
            CheckOpenAIChat(request, body, problems);
        }
        else if (request.Path.EndsWith("/embeddings", StringComparison.Ordinal))
        {
            CheckOpenAIEmbeddings(request, body, problems);
        }
        else if (request.Path == "/api/chat")
        {
            CheckOllamaChat(body, problems);
        }
        else if (request.Path == "/api/embed")
        {
            CheckOllamaEmbed(body, problems);
        }
        else
        {
            problems.Add("no such endpoint in the documented API");
        }
        return problems;
    }

    private static void CheckOpenAIAuthAndRoute(RecordedRequest request, JsonElement body, List<string> problems)
    {
        var isAzureDeployment = request.Path.Contains("/openai/deployments/", StringComparison.Ordinal);
        var hasKey = request.Header("api-key") is { Length: > 0 };
        var hasBearer = request.Header("Authorization")?.StartsWith("Bearer ", StringComparison.Ordinal) == true;
        if (hasKey == hasBearer)
        {
            problems.Add("exactly one of the api-key header (Azure key) or Authorization: Bearer is required");
        }
        if (isAzureDeployment && !request.Query.Contains("api-version=", StringComparison.Ordinal))
        {
            problems.Add("Azure deployment routes need the api-version query parameter");
        }
        if (!isAzureDeployment && !IsNonEmptyString(body, "model"))
        {
            problems.Add("model is required");
        }
    }

    private static void CheckOpenAIChat(RecordedRequest request, JsonElement body, List<string> problems)
    {
        CheckOpenAIAuthAndRoute(request, body, problems);
        if (
            !body.TryGetProperty("messages", out var messages)
            || messages.ValueKind != JsonValueKind.Array
            || messages.GetArrayLength() == 0
        )
        {
            problems.Add("messages must be a non-empty array");
        }
        else
        {
            foreach (var m in messages.EnumerateArray())
            {
                var role = m.TryGetProperty("role", out var r) ? r.GetString() : null;
                if (role is null || !OpenAIRoles.Contains(role))
                {
                    problems.Add($"message role '{role}' is not a documented role");
                }
                if (role == "tool" && !IsNonEmptyString(m, "tool_call_id"))
                {
                    problems.Add("tool messages need tool_call_id");
                }
                if (role != "assistant" && !m.TryGetProperty("content", out _))
                {
                    problems.Add($"{role} message without content");
                }
            }
        }
        if (body.TryGetProperty("response_format", out var format))
        {
            var type = format.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type is not ("text" or "json_object" or "json_schema"))
            {
                problems.Add($"response_format.type '{type}' is not documented");
            }
            if (
                type == "json_schema"
                && (
                    !format.TryGetProperty("json_schema", out var js)
                    || !IsName(js, "name")
                    || !js.TryGetProperty("schema", out var schema)
                    || schema.ValueKind != JsonValueKind.Object
                )
            )
            {
                problems.Add(
                    "response_format json_schema needs json_schema.name (a-z, 0-9, _ -) and json_schema.schema (object)"
                );
            }
        }
        if (body.TryGetProperty("tools", out var tools))
        {
            foreach (var tool in tools.EnumerateArray())
            {
                if (
                    !(
                        tool.TryGetProperty("type", out var tt)
                        && tt.GetString() == "function"
                        && tool.TryGetProperty("function", out var f)
                        && IsName(f, "name")
                    )
                )
                {
                    problems.Add("each tool must be {type: function, function: {name, parameters}}");
                }
            }
        }
        CheckStreamFlag(body, problems);
        if (
            body.TryGetProperty("stream_options", out _)
            && !(body.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True)
        )
        {
            problems.Add("stream_options is only allowed with stream: true");
        }
    }

    private static void CheckOpenAIEmbeddings(RecordedRequest request, JsonElement body, List<string> problems)
    {
        CheckOpenAIAuthAndRoute(request, body, problems);
        CheckInput(body, problems);
        if (body.TryGetProperty("dimensions", out var d) && !(d.ValueKind == JsonValueKind.Number && d.GetInt32() > 0))
        {
            problems.Add("dimensions must be a positive integer");
        }
        if (body.TryGetProperty("encoding_format", out var e) && e.GetString() is not ("float" or "base64"))
        {
            problems.Add("encoding_format must be float or base64");
        }
    }

    private static void CheckOllamaChat(JsonElement body, List<string> problems)
    {
        if (!IsNonEmptyString(body, "model"))
        {
            problems.Add("model is required");
        }
        if (!body.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            problems.Add("messages must be an array");
        }
        else
        {
            foreach (var m in messages.EnumerateArray())
            {
                var role = m.TryGetProperty("role", out var r) ? r.GetString() : null;
                if (role is null || !OllamaRoles.Contains(role))
                {
                    problems.Add($"message role '{role}' is not a documented role");
                }
            }
        }
        if (
            body.TryGetProperty("format", out var format)
            && format.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null)
            && !(format.ValueKind == JsonValueKind.String && format.GetString() == "json")
        )
        {
            problems.Add("format must be \"json\" or a JSON schema object");
        }
        if (body.TryGetProperty("tools", out var tools) && tools.ValueKind == JsonValueKind.Array)
        {
            foreach (var tool in tools.EnumerateArray())
            {
                if (!(tool.TryGetProperty("function", out var f) && IsName(f, "name")))
                {
                    problems.Add("each tool needs function.name");
                }
            }
        }
        CheckStreamFlag(body, problems);
    }

    private static void CheckOllamaEmbed(JsonElement body, List<string> problems)
    {
        if (!IsNonEmptyString(body, "model"))
        {
            problems.Add("model is required");
        }
        CheckInput(body, problems);
    }

    private static void CheckInput(JsonElement body, List<string> problems)
    {
        if (
            !body.TryGetProperty("input", out var input)
            || !(
                input.ValueKind == JsonValueKind.String
                || (
                    input.ValueKind == JsonValueKind.Array
                    && input.GetArrayLength() > 0
                    && input.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String)
                )
            )
        )
        {
            problems.Add("input must be a string or a non-empty array of strings");
        }
    }

    private static void CheckStreamFlag(JsonElement body, List<string> problems)
    {
        if (body.TryGetProperty("stream", out var s) && s.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            problems.Add("stream must be a boolean");
        }
    }

    private static bool IsNonEmptyString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v)
        && v.ValueKind == JsonValueKind.String
        && !string.IsNullOrEmpty(v.GetString());

    private static bool IsName(JsonElement e, string name) =>
        IsNonEmptyString(e, name) && NamePattern().IsMatch(e.GetProperty(name).GetString()!);

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex NamePattern();
}
