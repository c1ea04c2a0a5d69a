namespace CxAssistant.Agents.Resilience;

/// <summary>Recognises streamed model responses (OpenAI/Azure SSE, Ollama NDJSON).</summary>
internal static class StreamingResponses
{
    private static readonly HashSet<string> MediaTypes = new(
        ["text/event-stream", "application/x-ndjson", "application/jsonl"],
        StringComparer.OrdinalIgnoreCase
    );

    public static bool IsStreaming(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType is { } mediaType && MediaTypes.Contains(mediaType);
}
