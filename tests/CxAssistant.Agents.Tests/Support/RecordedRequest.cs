using System.Text.Json;

namespace CxAssistant.Agents.Tests.Support;

/// <summary>One request as the fake server received it.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string RawBody,
    DateTimeOffset ReceivedAt
)
{
    /// <summary>The body parsed as JSON (throws when it is not JSON, which is itself a wire violation).</summary>
    public JsonElement Json => JsonDocument.Parse(RawBody).RootElement;

    /// <summary>A header value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
