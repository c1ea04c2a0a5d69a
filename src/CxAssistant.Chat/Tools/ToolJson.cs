using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CxAssistant.Chat.Citations;

namespace CxAssistant.Chat.Tools;

/// <summary>
/// How tool results are serialised for a model or an MCP client: camelCase, nulls omitted, and every citation's quote
/// wrapped in <c>&lt;customer_text&gt;</c> tags (angle brackets inside replaced) so customer words reach a model as
/// data, never as instructions or markup it could mistake for ours.
/// </summary>
public static class ToolJson
{
    /// <summary>The serializer options used for every tool result.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // read by a model or an MCP client, never embedded in HTML
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new DelimitedCitationConverter(), new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    /// <summary>Serialises a tool result for a model.</summary>
    public static string Serialize(object result) => JsonSerializer.Serialize(result, result.GetType(), Options);

    /// <summary>Wraps customer text as data.</summary>
    public static string Delimit(string customerText) =>
        "<customer_text>" + customerText.Replace('<', '‹').Replace('>', '›') + "</customer_text>";

    private sealed class DelimitedCitationConverter : JsonConverter<Citation>
    {
        public override Citation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Tool results are written, not read.");

        public override void Write(Utf8JsonWriter writer, Citation value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("n", value.Number);
            writer.WriteString("recordId", value.RecordId);
            writer.WriteString("source", value.Source);
            writer.WriteNumber("line", value.Line);
            writer.WriteString("channel", value.Channel);
            writer.WriteString("quote", Delimit(value.Quote));
            writer.WriteEndObject();
        }
    }
}
