using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using CxAssistant.Core.Analysis;

namespace CxAssistant.Reports;

/// <summary>Reads and writes analysis.json: camelCase, enums as kebab-case strings, nulls omitted.</summary>
public static class AnalysisJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Compact: at 100k records indentation alone adds ~90 MB. Pretty-print with any JSON tool.
        WriteIndented = false,
        // Non-ASCII stays readable; HTML-significant characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static void Write(Stream stream, AnalysisResult analysis) =>
        JsonSerializer.Serialize(stream, AnalysisDocument.From(analysis), Options);

    public static AnalysisDocument Read(Stream stream) =>
        JsonSerializer.Deserialize<AnalysisDocument>(stream, Options)
        ?? throw new InvalidDataException("analysis.json is empty.");
}
