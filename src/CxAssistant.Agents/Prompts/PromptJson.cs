using System.Text.Encodings.Web;
using System.Text.Json;

namespace CxAssistant.Agents.Prompts;

/// <summary>
/// Serialises a draft for a pre-encoded prompt input: compact camelCase JSON, readable characters kept, then
/// <c>&amp; &lt; &gt;</c> escaped like evidence (drafts quote customers, so they are data too).
/// </summary>
public static class PromptJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One JSON value, escaped for a prompt.</summary>
    public static string Serialize<T>(T value) => EvidenceBlock.Escape(JsonSerializer.Serialize(value, Options));

    /// <summary>One JSON value per line.</summary>
    public static string Lines<T>(IEnumerable<T> values) => string.Join('\n', values.Select(Serialize));
}
